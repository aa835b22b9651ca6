/**
 * A small Excel formula parser and evaluator (en-US syntax, as the API takes it).
 *
 * The parser is used on every formula write: Excel refuses a syntactically invalid formula, and a formula in
 * a locale's syntax («=IF(A1>0;1;0)», «=SUM(A1:A3)*0,5») is exactly the bug this catches. The evaluator is
 * optional (the preview turns it on) and covers what the report forms need: + - * / ^ & %, comparisons,
 * references, ranges (also built with «:» from INDEX results, as the forms' totals are), defined names, SUM,
 * SUBTOTAL(9/109), INDEX, ROW, IF, IFERROR, ROUND, AND, OR, NOT, MIN, MAX, ABS, AVERAGE, COUNT, ISNUMBER, ISBLANK,
 * ISERROR. Any other function yields #NAME?, as Excel shows for a function it does not know.
 */
import { tryParseAddress } from './address';
import type { CellValue, RangeBox } from './model';

export type Ast =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'error'; code: string }
  | { type: 'ref'; sheetName: string | null; box: RangeBox; single: boolean }
  | { type: 'name'; name: string }
  | { type: 'call'; name: string; args: Ast[] }
  | { type: 'unary'; op: '-' | '+'; arg: Ast }
  | { type: 'percent'; arg: Ast }
  | { type: 'binary'; op: string; left: Ast; right: Ast };

export class FormulaSyntaxError extends Error {}

export const ERROR_CODES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'] as const;

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'error'; code: string }
  | { kind: 'ref'; text: string }
  | { kind: 'ident'; text: string }
  | { kind: 'op'; text: string };

const REF =
  /^(?:(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_.(!])/u;
const IDENT = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const OPERATOR = /^(?:<>|<=|>=|[-+*/^&=<>%(),:])/;

/** The tokens read by a pattern, tried in this order: a reference before a number or a name. */
const LEXEMES: [RegExp, (text: string) => Token][] = [
  [REF, (text) => ({ kind: 'ref', text })],
  [NUMBER, (text) => ({ kind: 'number', value: Number(text) })],
  [IDENT, (text) => ({ kind: 'ident', text })],
  [OPERATOR, (text) => ({ kind: 'op', text })],
];

function nextLexeme(rest: string): { token: Token; length: number } | null {
  for (const [pattern, make] of LEXEMES) {
    const match = pattern.exec(rest);
    if (match) return { token: make(match[0]), length: match[0].length };
  }
  return null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) throw new FormulaSyntaxError('unterminated string');
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += text[j++];
      }
      tokens.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) throw new FormulaSyntaxError(`unknown error literal at ${i}`);
      tokens.push({ kind: 'error', code });
      i += code.length;
      continue;
    }
    const lexeme = nextLexeme(rest);
    if (!lexeme) throw new FormulaSyntaxError(`unexpected character «${ch}» at ${i}`);
    tokens.push(lexeme.token);
    i += lexeme.length;
  }
  return tokens;
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
  // The range operator binds tightest: C12:INDEX(C:C,ROW()-1).
  ':': 6,
};

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Ast {
    const ast = this.expression(0);
    if (this.pos < this.tokens.length) throw new FormulaSyntaxError('unexpected token after the end of the formula');
    return ast;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.isOp(text)) throw new FormulaSyntaxError(`expected «${text}»`);
    this.pos++;
  }

  private expression(minPrecedence: number): Ast {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t?.kind !== 'op' || !(t.text in BINARY_PRECEDENCE)) return left;
      const precedence = BINARY_PRECEDENCE[t.text];
      if (precedence < minPrecedence) return left;
      this.pos++;
      // All Excel binary operators are left-associative (even ^).
      const right = this.expression(precedence + 1);
      left = { type: 'binary', op: t.text, left, right };
    }
  }

  private unary(): Ast {
    if (this.isOp('-') || this.isOp('+')) {
      const op = (this.tokens[this.pos++] as { text: '-' | '+' }).text;
      return { type: 'unary', op, arg: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Ast {
    let ast = this.primary();
    while (this.isOp('%')) {
      this.pos++;
      ast = { type: 'percent', arg: ast };
    }
    return ast;
  }

  private primary(): Ast {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaSyntaxError('the formula ends too early');
    switch (t.kind) {
      case 'number':
        return { type: 'number', value: t.value };
      case 'string':
        return { type: 'string', value: t.value };
      case 'error':
        return { type: 'error', code: t.code };
      case 'ref': {
        const parsed = tryParseAddress(t.text);
        if (!parsed) throw new FormulaSyntaxError(`invalid reference ${t.text}`);
        return {
          type: 'ref',
          sheetName: parsed.sheetName,
          box: parsed.box,
          single: parsed.kind === 'cells' && !t.text.includes(':'),
        };
      }
      case 'ident': {
        if (this.isOp('(')) {
          this.pos++;
          const args: Ast[] = [];
          if (!this.isOp(')')) {
            for (;;) {
              args.push(this.expression(0));
              if (this.isOp(',')) {
                this.pos++;
                continue;
              }
              break;
            }
          }
          this.expect(')');
          return { type: 'call', name: t.text.toUpperCase(), args };
        }
        const upper = t.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { type: 'boolean', value: upper === 'TRUE' };
        return { type: 'name', name: t.text };
      }
      case 'op':
        if (t.text === '(') {
          const inner = this.expression(0);
          this.expect(')');
          return inner;
        }
        throw new FormulaSyntaxError(`unexpected «${t.text}»`);
    }
  }
}

/** Parses a formula with its leading «=»; throws FormulaSyntaxError when Excel would refuse it. */
export function parseFormula(formula: string): Ast {
  if (!formula.startsWith('=')) throw new FormulaSyntaxError('a formula starts with «=»');
  const tokens = tokenize(formula.slice(1));
  if (tokens.length === 0) throw new FormulaSyntaxError('empty formula');
  return new Parser(tokens).parse();
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

export class FormulaError {
  constructor(readonly code: string) {}
}

type Scalar = number | string | boolean | null | FormulaError;
type Value = Scalar | { range: Scalar[][] };

/** What the evaluator needs from the workbook. */
export interface EvaluationHost {
  /** A cell's current value (computing it first if it holds a formula); errors as FormulaError. */
  cellValue(sheetName: string | null, row: number, col: number): Scalar;
  /** A defined name's target, or null if the name does not exist. */
  resolveName(name: string): { sheetName: string; box: RangeBox } | { formula: string } | null;
  /** Rows/columns actually used on that sheet, so whole-column ranges stay cheap. */
  usedExtent(sheetName: string | null): { rows: number; cols: number };
  /** A cell's formula, if it holds one (SUBTOTAL skips cells that are themselves SUBTOTALs). */
  cellFormula?(sheetName: string | null, row: number, col: number): string | undefined;
}

/** A reference: where a range is, not what it holds. */
interface Reference {
  sheetName: string | null;
  box: RangeBox;
}

const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
const DIV0 = new FormulaError('#DIV/0!');
const VALUE = new FormulaError('#VALUE!');
const NAME = new FormulaError('#NAME?');
const NUM = new FormulaError('#NUM!');

export function errorFromText(value: CellValue): FormulaError | null {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value) ? new FormulaError(value) : null;
}

function toNumber(v: Scalar): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const text = v.trim();
  let percent = false;
  let body = text;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1);
  }
  if (body === '' || !/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(body) || !/\d/.test(body)) {
    return VALUE;
  }
  const n = Number(body.replace(/,/g, ''));
  return percent ? n / 100 : n;
}

function toBoolean(v: Scalar): boolean | FormulaError {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return VALUE;
}

export function numberToText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function toText(v: Scalar): string | FormulaError {
  if (isError(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberToText(v);
  return v;
}

function checkNumber(n: number): number | FormulaError {
  return Number.isFinite(n) ? n : NUM;
}

/** Excel's ordering for comparisons: numbers < text < booleans; text compares case-insensitively. */
function compare(a: Scalar, b: Scalar): number {
  const blankAs = (other: Scalar): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLocaleLowerCase();
    const q = y.toLocaleLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

/** ROUND half away from zero, on the decimal representation (ROUND(2.675, 2) = 2.68 as in Excel). */
function roundHalfAway(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  if (digits >= 0) {
    const shifted = Number(`${Number(abs.toPrecision(15))}e${digits}`);
    return sign * Number(`${Math.round(shifted)}e-${digits}`);
  }
  const factor = 10 ** -digits;
  return sign * Math.round(abs / factor) * factor;
}

export class Evaluator {
  constructor(
    private readonly host: EvaluationHost,
    /** The sheet the formula lives on (unqualified references point there). */
    private readonly sheetName: string,
    /** The cell the formula lives in, for ROW() without an argument. */
    private readonly at: { row: number; col: number } | null = null,
  ) {}

  /** Where an expression points, for «:», ROW(ref) and SUBTOTAL; an error when it is not a reference. */
  private reference(ast: Ast): Reference | FormulaError {
    switch (ast.type) {
      case 'ref':
        return { sheetName: ast.sheetName, box: ast.box };
      case 'name': {
        const target = this.host.resolveName(ast.name);
        return target && 'box' in target ? target : NAME;
      }
      case 'binary': {
        if (ast.op !== ':') return VALUE;
        const a = this.reference(ast.left);
        const b = this.reference(ast.right);
        if (isError(a)) return a;
        if (isError(b)) return b;
        const row = Math.min(a.box.row, b.box.row);
        const col = Math.min(a.box.col, b.box.col);
        const lastRow = Math.max(a.box.row + a.box.rowCount, b.box.row + b.box.rowCount);
        const lastCol = Math.max(a.box.col + a.box.colCount, b.box.col + b.box.colCount);
        return { sheetName: a.sheetName ?? b.sheetName, box: { row, col, rowCount: lastRow - row, colCount: lastCol - col } };
      }
      case 'call':
        if (ast.name === 'INDEX') return this.indexReference(ast.args);
        return VALUE;
      default:
        return VALUE;
    }
  }

  /** INDEX(range, row, [col]) as a one-cell reference (1-based offsets into the range). */
  private indexReference(args: Ast[]): Reference | FormulaError {
    const bad = this.arity(args, 2, 3);
    if (bad) return bad;
    const base = this.reference(args[0]);
    if (isError(base)) return base;
    const r = toNumber(this.scalar(this.evaluate(args[1])));
    const c = args.length === 3 ? toNumber(this.scalar(this.evaluate(args[2]))) : 1;
    if (isError(r)) return r;
    if (isError(c)) return c;
    const ri = Math.trunc(r);
    const ci = Math.trunc(c);
    if (ri < 1 || ci < 1 || ri > base.box.rowCount || ci > base.box.colCount) return new FormulaError('#REF!');
    return { sheetName: base.sheetName, box: { row: base.box.row + ri - 1, col: base.box.col + ci - 1, rowCount: 1, colCount: 1 } };
  }

  /** Evaluates to what the cell shows: a scalar, an error code string, or 0 for a reference to a blank cell. */
  evaluateToCell(ast: Ast): CellValue {
    const result = this.scalar(this.evaluate(ast));
    if (isError(result)) return result.code;
    if (result === null) return 0;
    return result;
  }

  private scalar(v: Value): Scalar {
    if (v !== null && typeof v === 'object' && 'range' in v) {
      // Implicit intersection is not modelled: only a single cell can stand for a scalar.
      return v.range.length === 1 && v.range[0].length === 1 ? v.range[0][0] : VALUE;
    }
    return v;
  }

  private readRange(sheetName: string | null, box: RangeBox): Scalar[][] {
    const used = this.host.usedExtent(sheetName ?? this.sheetName);
    const lastRow = Math.min(box.row + box.rowCount, used.rows);
    const lastCol = Math.min(box.col + box.colCount, used.cols);
    const rows: Scalar[][] = [];
    for (let r = box.row; r < lastRow; r++) {
      const row: Scalar[] = [];
      for (let c = box.col; c < lastCol; c++) row.push(this.host.cellValue(sheetName ?? this.sheetName, r, c));
      rows.push(row);
    }
    return rows;
  }

  private evaluate(ast: Ast): Value {
    switch (ast.type) {
      case 'number':
      case 'string':
      case 'boolean':
        return ast.value;
      case 'error':
        return new FormulaError(ast.code);
      case 'ref':
        if (ast.single) return this.host.cellValue(ast.sheetName ?? this.sheetName, ast.box.row, ast.box.col);
        return { range: this.readRange(ast.sheetName, ast.box) };
      case 'name': {
        const target = this.host.resolveName(ast.name);
        if (!target) return NAME;
        if ('formula' in target) {
          try {
            return this.evaluate(parseFormula(target.formula));
          } catch {
            return NAME;
          }
        }
        if (target.box.rowCount === 1 && target.box.colCount === 1) {
          return this.host.cellValue(target.sheetName, target.box.row, target.box.col);
        }
        return { range: this.readRange(target.sheetName, target.box) };
      }
      case 'unary': {
        const n = toNumber(this.scalar(this.evaluate(ast.arg)));
        if (isError(n)) return n;
        return ast.op === '-' ? -n : n;
      }
      case 'percent': {
        const n = toNumber(this.scalar(this.evaluate(ast.arg)));
        return isError(n) ? n : n / 100;
      }
      case 'binary': {
        if (ast.op === ':') {
          const ref = this.reference(ast);
          return isError(ref) ? ref : { range: this.readRange(ref.sheetName, ref.box) };
        }
        return this.binary(ast.op, this.scalar(this.evaluate(ast.left)), this.scalar(this.evaluate(ast.right)));
      }
      case 'call':
        return this.call(ast.name, ast.args);
    }
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '&') {
      const x = toText(a);
      const y = toText(b);
      if (isError(x)) return x;
      if (isError(y)) return y;
      return x + y;
    }
    if (op in { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1 }) {
      const c = compare(a, b);
      switch (op) {
        case '=':
          return c === 0;
        case '<>':
          return c !== 0;
        case '<':
          return c < 0;
        case '>':
          return c > 0;
        case '<=':
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (isError(x)) return x;
    if (isError(y)) return y;
    switch (op) {
      case '+':
        return checkNumber(x + y);
      case '-':
        return checkNumber(x - y);
      case '*':
        return checkNumber(x * y);
      case '/':
        return y === 0 ? DIV0 : checkNumber(x / y);
      case '^':
        return checkNumber(x ** y);
      default:
        return VALUE;
    }
  }

  /** Numbers for aggregate functions: in ranges only real numbers count; direct arguments are coerced. */
  private numbersOf(args: Ast[]): number[] | FormulaError {
    const out: number[] = [];
    for (const arg of args) {
      const v = this.evaluate(arg);
      if (v !== null && typeof v === 'object' && 'range' in v) {
        for (const row of v.range) {
          for (const cell of row) {
            if (isError(cell)) return cell;
            if (typeof cell === 'number') out.push(cell);
          }
        }
      } else {
        const n = toNumber(v);
        if (isError(n)) return n;
        out.push(n);
      }
    }
    return out;
  }

  private logicalsOf(args: Ast[]): boolean[] | FormulaError {
    const out: boolean[] = [];
    for (const arg of args) {
      const v = this.evaluate(arg);
      const cells = v !== null && typeof v === 'object' && 'range' in v ? v.range.flat() : null;
      if (cells) {
        for (const cell of cells) {
          if (isError(cell)) return cell;
          if (typeof cell === 'boolean') out.push(cell);
          else if (typeof cell === 'number') out.push(cell !== 0);
        }
      } else {
        const b = toBoolean(v as Scalar);
        if (isError(b)) return b;
        out.push(b);
      }
    }
    return out;
  }

  /** SUBTOTAL(9 or 109, refs…): a sum that leaves out cells which are SUBTOTALs themselves, as Excel does. */
  private subtotal(args: Ast[]): Value {
    if (args.length < 2) return VALUE;
    const fn = toNumber(this.scalar(this.evaluate(args[0])));
    if (isError(fn)) return fn;
    if (fn !== 9 && fn !== 109) return NAME; // only the sum is modelled
    let total = 0;
    for (const arg of args.slice(1)) {
      const ref = this.reference(arg);
      if (isError(ref)) return ref;
      const sheet = ref.sheetName ?? this.sheetName;
      const used = this.host.usedExtent(sheet);
      const lastRow = Math.min(ref.box.row + ref.box.rowCount, used.rows);
      const lastCol = Math.min(ref.box.col + ref.box.colCount, used.cols);
      for (let r = ref.box.row; r < lastRow; r++) {
        for (let c = ref.box.col; c < lastCol; c++) {
          if (/\bSUBTOTAL\s*\(/i.test(this.host.cellFormula?.(sheet, r, c) ?? '')) continue;
          const v = this.host.cellValue(sheet, r, c);
          if (isError(v)) return v;
          if (typeof v === 'number') total += v;
        }
      }
    }
    return checkNumber(total);
  }

  private arity(args: Ast[], min: number, max: number): FormulaError | null {
    return args.length < min || args.length > max ? VALUE : null;
  }

  private call(name: string, args: Ast[]): Value {
    switch (name) {
      case 'SUM': {
        const ns = this.numbersOf(args);
        return isError(ns) ? ns : checkNumber(ns.reduce((s, n) => s + n, 0));
      }
      case 'SUBTOTAL':
        return this.subtotal(args);
      case 'INDEX': {
        const ref = this.indexReference(args);
        return isError(ref) ? ref : this.host.cellValue(ref.sheetName ?? this.sheetName, ref.box.row, ref.box.col);
      }
      case 'ROW': {
        const bad = this.arity(args, 0, 1);
        if (bad) return bad;
        if (args.length === 0) return this.at ? this.at.row + 1 : VALUE;
        const ref = this.reference(args[0]);
        return isError(ref) ? ref : ref.box.row + 1;
      }
      case 'MIN':
      case 'MAX': {
        const ns = this.numbersOf(args);
        if (isError(ns)) return ns;
        if (ns.length === 0) return 0;
        return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'AVERAGE': {
        const ns = this.numbersOf(args);
        if (isError(ns)) return ns;
        return ns.length === 0 ? DIV0 : ns.reduce((s, n) => s + n, 0) / ns.length;
      }
      case 'COUNT': {
        let count = 0;
        for (const arg of args) {
          const v = this.evaluate(arg);
          const cells = v !== null && typeof v === 'object' && 'range' in v ? v.range.flat() : [v];
          count += cells.filter((c) => typeof c === 'number').length;
        }
        return count;
      }
      case 'IF': {
        const bad = this.arity(args, 1, 3);
        if (bad) return bad;
        const cond = toBoolean(this.scalar(this.evaluate(args[0])));
        if (isError(cond)) return cond;
        if (cond) return args.length >= 2 ? this.evaluate(args[1]) : true;
        return args.length >= 3 ? this.evaluate(args[2]) : false;
      }
      case 'IFERROR': {
        const bad = this.arity(args, 2, 2);
        if (bad) return bad;
        const v = this.scalar(this.evaluate(args[0]));
        return isError(v) ? this.evaluate(args[1]) : v;
      }
      case 'ROUND': {
        const bad = this.arity(args, 2, 2);
        if (bad) return bad;
        const x = toNumber(this.scalar(this.evaluate(args[0])));
        const d = toNumber(this.scalar(this.evaluate(args[1])));
        if (isError(x)) return x;
        if (isError(d)) return d;
        return roundHalfAway(x, Math.trunc(d));
      }
      case 'AND':
      case 'OR': {
        const bs = this.logicalsOf(args);
        if (isError(bs)) return bs;
        if (bs.length === 0) return VALUE;
        return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
      }
      case 'NOT': {
        const bad = this.arity(args, 1, 1);
        if (bad) return bad;
        const b = toBoolean(this.scalar(this.evaluate(args[0])));
        return isError(b) ? b : !b;
      }
      case 'ABS': {
        const bad = this.arity(args, 1, 1);
        if (bad) return bad;
        const x = toNumber(this.scalar(this.evaluate(args[0])));
        return isError(x) ? x : Math.abs(x);
      }
      case 'ISNUMBER':
      case 'ISBLANK':
      case 'ISERROR': {
        const bad = this.arity(args, 1, 1);
        if (bad) return bad;
        const v = this.scalar(this.evaluate(args[0]));
        if (name === 'ISNUMBER') return typeof v === 'number';
        if (name === 'ISBLANK') return v === null;
        return isError(v);
      }
      default:
        return NAME;
    }
  }
}
