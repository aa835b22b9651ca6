/** Argument checks that Excel performs at sync; each failure is an InvalidArgument like Excel's. */
import { FakeOfficeError } from './errors';
import { enumValues, type ExcelEnums } from './enums';
import { FormulaSyntaxError, parseFormula } from './formula';

export function invalid(detail: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', detail);
}

export function requireEnum(kind: keyof typeof ExcelEnums, value: unknown, what: string): string {
  const allowed = enumValues(kind);
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalid(`${what}: '${String(value)}' is not one of ${allowed.join(', ')}`);
  }
  return value;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw invalid(`${what} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

export function requireNumber(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(`${what} must be a number in [${min}, ${max}], got ${JSON.stringify(value)}`);
  }
  return value;
}

export function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw invalid(`${what} must be a string, got ${JSON.stringify(value)}`);
  return value;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
};

/** Excel accepts '#RRGGBB' (and HTML colour names); returns the upper-case '#RRGGBB'. */
export function normalizeColor(value: unknown, what: string): string {
  if (typeof value === 'string') {
    const named = NAMED_COLORS[value.toLowerCase()];
    if (named) return named;
    const m = /^#([0-9a-fA-F]{6})$/.exec(value) ?? /^#([0-9a-fA-F]{3})$/.exec(value);
    if (m) {
      const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
      return `#${hex.toUpperCase()}`;
    }
  }
  throw invalid(`${what}: '${String(value)}' is not a colour (expected #RRGGBB)`);
}

/** Excel's rules for a worksheet name. */
export function checkSheetName(name: unknown): string {
  if (typeof name !== 'string') throw invalid('sheet name must be a string');
  if (name.trim().length === 0) throw invalid('sheet name cannot be blank');
  if (name.length > 31) throw invalid(`sheet name «${name}» is longer than 31 characters`);
  if (/[[\]:*?/\\]/.test(name)) throw invalid(`sheet name «${name}» contains one of [ ] : * ? / \\`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalid(`sheet name «${name}» cannot begin or end with an apostrophe`);
  if (name.toLowerCase() === 'history') throw invalid('«History» is reserved by Excel');
  return name;
}

/** Excel's rules for a defined name. */
export function checkDefinedName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0) throw invalid('a name cannot be empty');
  if (name.length > 255) throw invalid('a name is at most 255 characters');
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) throw invalid(`«${name}» is not a valid name (letters, digits, _ . only)`);
  const cellLike = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (cellLike) {
    let col = 0;
    for (const ch of cellLike[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (col <= 16384 && Number(cellLike[2]) >= 1 && Number(cellLike[2]) <= 1048576) {
      throw invalid(`«${name}» looks like a cell reference`);
    }
  }
  if (/^(R|C|R\d*C\d*|R\d+|C\d+)$/i.test(name)) throw invalid(`«${name}» looks like an R1C1 reference`);
  return name;
}

/** Excel refuses a syntactically invalid formula (e.g. a Vietnamese-locale «;» separator). */
export function checkFormula(formula: string, where: string): void {
  try {
    parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) throw invalid(`invalid formula ${JSON.stringify(formula)} at ${where}: ${error.message}`);
    throw error;
  }
}
