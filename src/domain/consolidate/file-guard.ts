/**
 * Refuses a unit's file before it is loaded, from its bytes alone: not a workbook, an encrypted (password-
 * protected) workbook, a zip bomb. The uncompressed sizes come from the zip central directory, read without
 * inflating anything, so a 10 KB file that would expand to gigabytes is refused before it costs memory.
 * Pure: works on a Uint8Array in Node, a browser and a Web Worker alike.
 */
import { formatCount } from '../format';

export interface FileLimits {
  /** Largest file accepted, bytes. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of every zip entry, bytes. */
  maxUncompressedBytes: number;
  /** Largest expansion ratio of one entry (uncompressed / compressed) once it is bigger than 1 MB. */
  maxRatio: number;
  /** Zip entries in one file. */
  maxEntries: number;
  /** Non-empty cells in one sheet (checked after loading, see `gridLimitProblem`). */
  maxCellsPerSheet: number;
  /** Last row / column a cell may sit in before the sheet is called absurd. */
  maxRow: number;
  maxCol: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 2_000,
  maxCellsPerSheet: 200_000,
  maxRow: 100_000,
  maxCol: 1_000,
};

export type FileVerdict = { ok: true; uncompressedBytes: number } | { ok: false; reason: string };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
const MB = 1024 * 1024;

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

/** End-of-central-directory record: scanned backwards over the largest possible zip comment. */
function findEnd(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === ZIP_END) return at;
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

export function inspectWorkbookBytes(
  bytes: Uint8Array,
  limits: FileLimits = DEFAULT_FILE_LIMITS,
): FileVerdict {
  if (bytes.length === 0) return { ok: false, reason: 'Tệp rỗng (0 byte).' };
  if (bytes.length > limits.maxFileBytes) {
    return {
      ok: false,
      reason: `Tệp quá lớn (${mb(bytes.length)} MB, tối đa ${mb(limits.maxFileBytes)} MB).`,
    };
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    // An encrypted .xlsx is an OLE compound file; so is the old binary .xls.
    return {
      ok: false,
      reason:
        'Tệp được đặt mật khẩu (mã hóa) hoặc là tệp Excel cũ (.xls): hãy gỡ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi gửi lại.',
    };
  }
  if (u32(bytes, 0) !== ZIP_LOCAL) {
    return { ok: false, reason: 'Không phải tệp Excel .xlsx (nội dung không đúng định dạng).' };
  }
  const end = findEnd(bytes);
  if (end < 0)
    return { ok: false, reason: 'Tệp .xlsx bị hỏng (thiếu mục lục của tệp nén), có thể tải về chưa hết.' };
  const entries = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) {
    return { ok: false, reason: 'Tệp nén quá lớn (định dạng ZIP64), không nhận để tránh tràn bộ nhớ.' };
  }
  if (entries > limits.maxEntries) {
    return { ok: false, reason: `Tệp có ${entries} thành phần, vượt giới hạn ${limits.maxEntries}.` };
  }
  if (dirOffset + dirSize > end)
    return { ok: false, reason: 'Tệp .xlsx bị hỏng (mục lục tệp nén sai vị trí).' };

  let total = 0;
  let at = dirOffset;
  let hasWorkbook = false;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || u32(bytes, at) !== ZIP_CENTRAL) {
      return { ok: false, reason: 'Tệp .xlsx bị hỏng (mục lục tệp nén không đọc được).' };
    }
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff || compressed === 0xffffffff) {
      return { ok: false, reason: `Thành phần «${name}» quá lớn (ZIP64), không nhận.` };
    }
    if (name === 'xl/workbook.xml') hasWorkbook = true;
    total += size;
    if (total > limits.maxUncompressedBytes) {
      return {
        ok: false,
        reason: `Dữ liệu giải nén vượt ${mb(limits.maxUncompressedBytes)} MB (nghi là «bom nén»); tệp không được mở.`,
      };
    }
    if (size > MB && size > limits.maxRatio * Math.max(1, compressed)) {
      return {
        ok: false,
        reason: `Thành phần «${name}» nén bất thường (tỉ lệ ${Math.round(size / Math.max(1, compressed))}:1, nghi là «bom nén»); tệp không được mở.`,
      };
    }
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  if (!hasWorkbook)
    return { ok: false, reason: 'Tệp nén không phải sổ tính Excel (không có xl/workbook.xml).' };
  return { ok: true, uncompressedBytes: total };
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
