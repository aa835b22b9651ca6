/**
 * What Excel stores when a string is written through `Range.values` / `Range.formulas`: the same thing as if
 * the user typed it (en-US parsing, which is what the API uses whatever the user's locale). This is why the
 * add-in must write literal text with a leading apostrophe: «(1)» would become -1, «01» 1, «03/2024» a date.
 */
import type { CellValue } from './model';

export interface TypedInput {
  value: CellValue;
  formula?: string;
  /** Excel also switches a General cell to a matching format (0%, m/d/yyyy …). */
  numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parsePlainNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Days since 1899-12-30, Excel's date serial (1900 system). */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

function fullYear(text: string): number {
  const y = Number(text);
  return text.length <= 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

function parseDate(text: string): { serial: number; format: string } | null {
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const serial = dateSerial(fullYear(m[3]), Number(m[1]), Number(m[2]));
    return serial === null ? null : { serial, format: 'm/d/yyyy' };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const serial = dateSerial(Number(m[2]), Number(m[1]), 1);
    return serial === null ? null : { serial, format: 'mmm-yy' };
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) {
    const serial = dateSerial(Number(m[1]), Number(m[2]), Number(m[3]));
    return serial === null ? null : { serial, format: 'm/d/yyyy' };
  }
  return null;
}

export function interpretTypedInput(input: string, cellNumberFormat: string): TypedInput {
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) return { value: null, formula: input };
  if (cellNumberFormat === '@') return { value: input };

  const text = input.trim();
  if (/^true$/i.test(text)) return { value: true };
  if (/^false$/i.test(text)) return { value: false };

  const general = cellNumberFormat === 'General';
  let body = text;
  let negative = false;
  let percent = false;
  let currency = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    body = paren[1];
    negative = true;
  }
  if (body.startsWith('$')) {
    body = body.slice(1);
    currency = true;
  } else if (/^[+-]\$/.test(body)) {
    body = body[0] + body.slice(2);
    currency = true;
  }
  if (body.endsWith('%')) {
    body = body.slice(0, -1);
    percent = true;
  }
  const n = parsePlainNumber(body);
  if (n !== null && !(negative && /^[+-]/.test(body))) {
    let value = negative ? -n : n;
    if (percent) value = value / 100;
    const result: TypedInput = { value };
    if (general && percent) result.numberFormat = body.includes('.') ? '0.00%' : '0%';
    else if (general && currency) result.numberFormat = '$#,##0.00';
    else if (general && /\d,\d{3}/.test(body)) result.numberFormat = '#,##0';
    return result;
  }
  if (!negative && !percent && !currency) {
    const date = parseDate(text);
    if (date) return general ? { value: date.serial, numberFormat: date.format } : { value: date.serial };
  }
  return { value: input };
}
