/**
 * The one file guard of check, narrate and merge (CLI, task pane, Web Worker): from a file's bytes alone it tells
 * what the file is (.xlsx/.xlsm, .xlsb, .ods, .xls, .csv, encrypted, something else) and refuses what must not be
 * parsed. For a zip it inflates, in small streamed pieces, only the entries a reader needs (never images, printer
 * settings or macros) and counts the bytes really produced, so a zip that lies about its sizes is stopped at the
 * limit instead of trusting the declared sizes; worksheet cells are counted in the XML before any parser sees it.
 * What passes is handed on as a new, uncompressed zip of exactly the inflated entries.
 *
 * Every refusal is a Vietnamese sentence; a library's own text, if any, goes in `details` only.
 * Pure: fflate and plain Uint8Arrays, the same in Node, a browser and a Web Worker.
 */
import { Inflate, zipSync, type Zippable } from 'fflate';
import { formatCount } from '../format';

export interface FileLimits {
  /** Largest file accepted, bytes. */
  maxFileBytes: number;
  /** Bytes really inflated from one zip entry. */
  maxEntryBytes: number;
  /** Bytes really inflated from all the entries read. */
  maxUncompressedBytes: number;
  /** Zip entries in one file. */
  maxEntries: number;
  /** Non-empty cells in one sheet (counted in the XML before parsing, and again after loading). */
  maxCellsPerSheet: number;
  /** Cells in the whole workbook. */
  maxCells: number;
  /** Last row / column a cell may sit in before the sheet is called absurd. */
  maxRow: number;
  maxCol: number;
}

export const ENCRYPTED_REASON =
  'Tệp được đặt mật khẩu (mã hóa), không mở được: hãy mở bằng Excel hoặc LibreOffice, gỡ mật khẩu, lưu lại rồi gửi lại.';

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntryBytes: 64 * 1024 * 1024,
  maxUncompressedBytes: 128 * 1024 * 1024,
  maxEntries: 2_000,
  maxCellsPerSheet: 500_000,
  maxCells: 1_000_000,
  maxRow: 100_000,
  maxCol: 1_000,
};

export type WorkbookFormat = 'xlsx' | 'xlsb' | 'ods' | 'xls' | 'csv';

export type FileVerdict =
  | {
      ok: true;
      format: WorkbookFormat;
      /** What the loader reads: for a zip, a new stored zip of the needed entries; the file's bytes otherwise. */
      bytes: Uint8Array;
      /** Bytes inflated (zip formats), for the figures. */
      uncompressedBytes: number;
    }
  | { ok: false; reason: string; details?: string };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const MB = 1024 * 1024;
/** Compressed bytes pushed at a time: one push inflates to at most ~1032 × this. */
const SLICE = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function mb(bytes: number): string {
  return (bytes / MB).toFixed(1).replace('.', ',');
}
function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((v, i) => bytes[i] === v);
}
function refuse(reason: string, details?: string): FileVerdict {
  return details ? { ok: false, reason, details } : { ok: false, reason };
}

/** End-of-central-directory record: scanned backwards over the largest possible zip comment. */
function findEnd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === ZIP_END) return at;
  return -1;
}

/** Whether `bytes` contain `text` written in UTF-16LE (how a compound file's directory names its streams). */
function hasUtf16Name(bytes: Uint8Array, text: string): boolean {
  const want = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + want.length <= bytes.length; i++) {
    if (bytes[i] !== want[0]) continue;
    for (let j = 1; j < want.length; j++) if (bytes[i + j] !== want[j]) continue outer;
    return true;
  }
  return false;
}

/** Entries a reader never needs: pictures, embedded objects, macros, printer settings, thumbnails. */
function isUnneeded(name: string): boolean {
  return (
    /(^|\/)(media|embeddings|Pictures|Thumbnails|printerSettings|activeX)\//i.test(name) ||
    /vbaProject\.bin$/i.test(name) ||
    /\.(png|jpe?g|gif|emf|wmf|bmp|tiff?|svg)$/i.test(name)
  );
}

/** Cells in a worksheet's XML: «<c » / «<c>» / «<c/>» of SpreadsheetML, «<table:table-cell» of ODS. */
function countCells(xml: Uint8Array, ods: boolean): number {
  let n = 0;
  if (ods) {
    const tag = '<table:table-cell';
    const codes = [...tag].map((c) => c.charCodeAt(0));
    outer: for (let i = 0; i + codes.length < xml.length; i++) {
      if (xml[i] !== 0x3c) continue;
      for (let j = 1; j < codes.length; j++) if (xml[i + j] !== codes[j]) continue outer;
      const next = xml[i + codes.length];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    }
    return n;
  }
  for (let i = 0; i + 2 < xml.length; i++) {
    if (xml[i] === 0x3c && xml[i + 1] === 0x63) {
      const next = xml[i + 2];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    }
  }
  return n;
}

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  localOffset: number;
}

/** Inflates one entry in slices, counting what really comes out; null and a reason when a limit is passed. */
function inflateEntry(
  bytes: Uint8Array,
  entry: CentralEntry,
  dataStart: number,
  dataEnd: number,
  limit: number,
): { data: Uint8Array } | { reason: string; details?: string } {
  if (entry.method === 0) {
    const end = Math.min(dataEnd, dataStart + entry.compressed);
    if (end - dataStart > limit) return { reason: 'too-big' };
    return { data: bytes.slice(dataStart, end) };
  }
  if (entry.method !== 8) return { reason: 'method' };
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let finished = false;
  let over = false;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > limit) over = true;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = dataStart; at < dataEnd && !finished && !over; at += SLICE) {
      const end = Math.min(dataEnd, at + SLICE);
      inflate.push(bytes.subarray(at, end), end >= dataEnd);
    }
  } catch (error) {
    return { reason: 'corrupt', details: error instanceof Error ? error.message : String(error) };
  }
  if (over) return { reason: 'too-big' };
  if (!finished) return { reason: 'corrupt', details: 'deflate stream did not end' };
  const data = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    data.set(c, at);
    at += c.length;
  }
  return { data };
}

function inspectZip(bytes: Uint8Array, limits: FileLimits): FileVerdict {
  const end = findEnd(bytes);
  if (end < 0) return refuse('Tệp bị hỏng (thiếu mục lục của tệp nén), có thể tải về chưa hết.');
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    return refuse('Tệp nén quá lớn (định dạng ZIP64), không nhận để tránh tràn bộ nhớ.');
  }
  if (count > limits.maxEntries) {
    return refuse(
      `Tệp có ${formatCount(count)} thành phần, vượt giới hạn ${formatCount(limits.maxEntries)}.`,
    );
  }
  if (dirOffset + dirSize > end) return refuse('Tệp bị hỏng (mục lục tệp nén sai vị trí).');

  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: CentralEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== ZIP_CENTRAL)
      return refuse('Tệp bị hỏng (mục lục tệp nén không đọc được).');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      localOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  const names = new Set(entries.map((e) => e.name));
  let format: WorkbookFormat;
  if (names.has('xl/workbook.xml')) format = 'xlsx';
  else if (names.has('xl/workbook.bin')) format = 'xlsb';
  else if (names.has('content.xml')) format = 'ods';
  else return refuse('Tệp nén không phải sổ tính (không có xl/workbook.xml hoặc content.xml).');
  if (entries.some((e) => e.flags & 1)) return refuse(ENCRYPTED_REASON);

  // Local headers sorted by offset: an entry's data ends where the next header (or the directory) starts.
  const starts = [...entries.map((e) => e.localOffset), dirOffset].sort((a, b) => a - b);
  const files: Zippable = {};
  let total = 0;
  let cells = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/') || isUnneeded(entry.name)) continue;
    const local = entry.localOffset;
    if (local + 30 > dirOffset || u32(bytes, local) !== ZIP_LOCAL)
      return refuse('Tệp bị hỏng (một thành phần của tệp nén không đọc được).');
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const dataEnd = starts.find((s) => s > local) ?? dirOffset;
    const room = Math.min(limits.maxEntryBytes, limits.maxUncompressedBytes - total);
    const out = inflateEntry(bytes, entry, dataStart, dataEnd, room);
    if ('reason' in out) {
      if (out.reason === 'too-big') {
        return room < limits.maxEntryBytes
          ? refuse(
              `Dữ liệu giải nén vượt ${mb(limits.maxUncompressedBytes)} MB (nghi là «bom nén»); tệp không được mở.`,
            )
          : refuse(
              `Thành phần «${entry.name}» giải nén vượt ${mb(limits.maxEntryBytes)} MB (nghi là «bom nén»); tệp không được mở.`,
            );
      }
      if (out.reason === 'method')
        return refuse(`Thành phần «${entry.name}» nén theo cách không hỗ trợ; tệp không được mở.`);
      return refuse('Tệp bị hỏng (dữ liệu nén không giải được), có thể tải về chưa hết.', out.details);
    }
    total += out.data.length;
    const isSheet =
      format === 'ods' ? entry.name === 'content.xml' : /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    if (isSheet) {
      const n = countCells(out.data, format === 'ods');
      cells += n;
      if (format !== 'ods' && n > limits.maxCellsPerSheet) {
        return refuse(
          `Trang tính «${entry.name.replace(/^.*\//, '')}» có ${formatCount(n)} ô, vượt giới hạn ${formatCount(limits.maxCellsPerSheet)} ô của một báo cáo; tệp không được mở.`,
        );
      }
      if (cells > limits.maxCells) {
        return refuse(
          `Tệp có hơn ${formatCount(limits.maxCells)} ô dữ liệu, quá lớn đối với một báo cáo; tệp không được mở.`,
        );
      }
    }
    files[entry.name] = [out.data, { level: 0 }];
  }
  return { ok: true, format, bytes: zipSync(files, { level: 0 }), uncompressedBytes: total };
}

/** A text file (CSV): UTF-8 or plain ASCII, no NUL bytes in its first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      head.length < bytes.length ? head.subarray(0, lastCharBoundary(head)) : head,
    );
    return true;
  } catch {
    return false;
  }
}
function lastCharBoundary(b: Uint8Array): number {
  let end = b.length;
  while (end > 0 && (b[end - 1] & 0xc0) === 0x80) end--;
  return end > 0 && b[end - 1] >= 0xc0 ? end - 1 : end;
}

/** What the file is and whether a reader may open it. `fileName` only helps tell a .csv from other text. */
export function inspectWorkbookBytes(
  bytes: Uint8Array,
  limits: FileLimits = DEFAULT_FILE_LIMITS,
  fileName = '',
): FileVerdict {
  if (bytes.length === 0) return refuse('Tệp rỗng (0 byte).');
  if (bytes.length > limits.maxFileBytes) {
    return refuse(
      `Tệp quá lớn (${mb(bytes.length)} MB, tối đa ${mb(limits.maxFileBytes)} MB); một báo cáo thường chỉ vài trăm KB.`,
    );
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    // An OLE compound file: a password-protected .xlsx/.xlsb (EncryptedPackage stream) or an old binary .xls.
    if (hasUtf16Name(bytes.subarray(0, Math.min(bytes.length, 8 * MB)), 'EncryptedPackage'))
      return refuse(ENCRYPTED_REASON);
    return { ok: true, format: 'xls', bytes, uncompressedBytes: bytes.length };
  }
  if (u32(bytes, 0) === ZIP_LOCAL || u32(bytes, 0) === ZIP_END) return inspectZip(bytes, limits);
  if (/\.(csv|txt)$/i.test(fileName) && looksLikeText(bytes))
    return { ok: true, format: 'csv', bytes, uncompressedBytes: bytes.length };
  return refuse(
    'Không phải tệp Excel hay bảng tính (.xlsx, .xlsm, .xls, .ods, .xlsb, .csv): nội dung không đúng định dạng.',
  );
}

/** A loaded sheet that is too big or absurdly wide/tall, or null when it is fine. */
export function gridLimitProblem(
  sheet: { name: string; cells: readonly { row: number; col: number }[] },
  limits: FileLimits = DEFAULT_FILE_LIMITS,
): string | null {
  if (sheet.cells.length > limits.maxCellsPerSheet) {
    return `Trang «${sheet.name}» có ${formatCount(sheet.cells.length)} ô dữ liệu, vượt giới hạn ${formatCount(limits.maxCellsPerSheet)} ô.`;
  }
  for (const cell of sheet.cells) {
    if (cell.row >= limits.maxRow || cell.col >= limits.maxCol) {
      return `Trang «${sheet.name}» có dữ liệu ở vị trí bất thường (dòng ${cell.row + 1}, cột ${cell.col + 1}); biểu báo cáo không lớn như vậy.`;
    }
  }
  return null;
}
