/**
 * Checks the user's choices before a form is built, with messages an official understands. The period
 * itself (dates, cut-offs) is the period module's business; here only what the layout depends on.
 */
import { sanitizeSheetName } from './names';
import type { FormSpec } from '../forms/spec';
import type { FormOptions } from './options';
import { resolveGroups, resolveListLabels } from './rows';

export const MAX_LABEL_LENGTH = 200;
export const MAX_ROWS = 500;
const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

export type ValidationResult = { ok: true } | { ok: false; errors: string[] };

function normalise(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Blank, over-long and duplicate labels in one list; `where` names the list in messages. */
function labelErrors(labels: readonly string[], noun: string, where: string): string[] {
  const errors: string[] = [];
  if (labels.length === 0) errors.push(`${where}: danh sách ${noun} trống, cần ít nhất một dòng.`);
  if (labels.length > MAX_ROWS) errors.push(`${where}: có ${labels.length} dòng, tối đa ${MAX_ROWS} dòng.`);
  const seen = new Map<string, number>();
  labels.forEach((label, i) => {
    const line = i + 1;
    if (label.trim() === '') {
      errors.push(`${where}: dòng ${line} chưa có tên ${noun}.`);
      return;
    }
    if (label.length > MAX_LABEL_LENGTH) {
      errors.push(
        `${where}: tên ${noun} ở dòng ${line} dài ${label.length} ký tự, tối đa ${MAX_LABEL_LENGTH} ký tự.`,
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
    errors.push(`Tên đơn vị báo cáo dài quá ${MAX_LABEL_LENGTH} ký tự.`);
  }
  if (options.receivingUnit.length > MAX_LABEL_LENGTH) {
    errors.push(`Tên đơn vị nhận báo cáo dài quá ${MAX_LABEL_LENGTH} ký tự.`);
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
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
