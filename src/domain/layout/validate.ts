/**
 * Checks the user's choices before a form is built, with messages an official understands. The period
 * itself (dates, cut-offs) is the period module's business; here only what the layout depends on.
 */
import { sanitizeSheetName } from './names';
import type { FormSpec } from '../forms/spec';
import type { FormOptions } from './options';
import { resolveGroups, resolveListLabels } from './rows';
import { formatCount } from '../format';

/**
 * Limits are Excel's own (a province merges thousands of communes; a lĩnh vực name can be long):
 * rows of a sheet, characters of a cell. Sheet names (31 characters) are checked below.
 */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_TEXT = 32_767;
export const MAX_LABEL_LENGTH = EXCEL_MAX_CELL_TEXT;
/** Rows a form needs besides its item rows: title block, header, column numbers, TỔNG CỘNG, signatures. */
const FORM_OVERHEAD_ROWS = 40;
/** Item rows (and group rows) one form can hold on one sheet. */
export const MAX_ROWS = EXCEL_MAX_ROWS - FORM_OVERHEAD_ROWS;
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

function normalise(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Blank, over-long and duplicate labels in one list; `where` names the list in messages. */
function labelErrors(labels: readonly string[], noun: string, where: string): string[] {
  const errors: string[] = [];
  if (labels.length === 0) errors.push(`${where}: danh sách ${noun} trống, cần ít nhất một dòng.`);
  if (labels.length > MAX_ROWS) return [tooManyRows(labels.length, where)]; // refused whatever the names
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    const line = i + 1;
    if (label.trim() === '') {
      errors.push(`${where}: dòng ${line} chưa có tên ${noun}.`);
      return;
    }
    if (label.length > MAX_LABEL_LENGTH) {
      errors.push(
        `${where}: tên ${noun} ở dòng ${line} dài ${formatCount(label.length)} ký tự, vượt quá ${formatCount(MAX_LABEL_LENGTH)} ký tự của một ô Excel.`,
      );
    }
    const key = normalise(label);
    const first = seen.get(key);
    if (first !== undefined)
      errors.push(`${where}: ${noun} «${label.trim()}» bị trùng (dòng ${first} và dòng ${line}).`);
    else seen.set(key, line);
  });
  return errors;
}

function tooManyRows(rows: number, where: string): string {
  return `${where}: có ${formatCount(rows)} dòng, vượt quá sức chứa của một trang tính Excel (${formatCount(EXCEL_MAX_ROWS)} dòng, trong đó biểu cần ${FORM_OVERHEAD_ROWS} dòng cho tiêu đề, tiêu đề cột và chữ ký): hãy chia thành nhiều biểu.`;
}

function validDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function validateFormOptions(spec: FormSpec, options: FormOptions): ValidationResult {
  const errors: string[] = [];
  if (options.reportingUnit.trim() === '') errors.push('Chưa nhập tên đơn vị báo cáo.');
  if (options.reportingUnit.length > MAX_LABEL_LENGTH) {
    errors.push(`Tên đơn vị báo cáo dài quá ${formatCount(MAX_LABEL_LENGTH)} ký tự (giới hạn của một ô Excel).`);
  }
  if (options.receivingUnit.length > MAX_LABEL_LENGTH) {
    errors.push(`Tên đơn vị nhận báo cáo dài quá ${formatCount(MAX_LABEL_LENGTH)} ký tự (giới hạn của một ô Excel).`);
  }
  if (options.period.label.trim() === '') errors.push('Chưa có tên kỳ báo cáo.');
  if (!validDate(options.period.from) || !validDate(options.period.to)) {
    errors.push('Ngày bắt đầu và kết thúc kỳ báo cáo phải có dạng ngày/tháng/năm (ví dụ 15/12/2025).');
  }
  if (options.reportDate !== '' && !validDate(options.reportDate)) {
    errors.push(
      `Ngày báo cáo «${options.reportDate}» không hợp lệ (cần dạng ngày/tháng/năm, ví dụ 18/03/2026).`,
    );
  }
  if (options.sheetName !== undefined && sanitizeSheetName(options.sheetName) !== options.sheetName) {
    errors.push(
      'Tên trang tính tối đa 31 ký tự, không chứa các ký tự [ ] : * ? / \\ và không bắt đầu, kết thúc bằng dấu nháy.',
    );
  }

  const model = spec.rows;
  if (model.kind === 'list') {
    errors.push(...labelErrors(resolveListLabels(model, options), model.itemNoun, 'Danh sách dòng'));
  } else if (model.kind === 'grouped') {
    const groups = resolveGroups(model, options);
    if (groups.length === 0) errors.push('Chưa có nhóm nào (cấp tỉnh, cấp huyện, cấp xã).');
    errors.push(
      ...labelErrors(
        groups.map((g) => g.label),
        'nhóm',
        'Danh sách nhóm',
      ).filter((e) => !e.includes('trống')),
    );
    for (const group of groups) {
      errors.push(
        ...labelErrors(group.rows, model.itemNoun, `Nhóm «${group.label.trim() || '(chưa đặt tên)'}»`),
      );
    }
    const allRows = groups.reduce((n, g) => n + 1 + g.rows.length, 0);
    if (allRows > MAX_ROWS && groups.every((g) => g.rows.length <= MAX_ROWS)) errors.push(tooManyRows(allRows, 'Biểu'));
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
