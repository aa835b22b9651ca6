/** Rules on single cells: type (counts are whole, non-negative numbers) and formula (add-in cells keep theirs). */
import type { LeafColumn } from '../forms/spec';
import type { ReadValue } from '../read/types';
import type { FormView } from './form-view';
import { en, vi } from './say';
import type { Finding } from './types';

/** Whether the cell holds a rate (a rate column, or a fixed row whose formula is a ratio). */
function isRateCell(view: FormView, leaf: LeafColumn, fixedRowId: string | undefined): boolean {
  if (leaf.kind === 'rate') return true;
  if (!fixedRowId || view.form.spec.rows.kind !== 'fixed') return false;
  const fr = view.form.spec.rows.rows.find((r) => r.id === fixedRowId);
  return !!fr?.formula && 'ratio' in fr.formula;
}

/** An Excel date serial as an official reads it: «01/05/2025», «08:30», «01/05/2025 08:30». */
export function serialText(serial: number): string {
  const days = Math.floor(serial);
  const minutes = Math.round((serial - days) * 24 * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  if (days === 0) return time;
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return minutes === 0 ? day : `${day} ${time}`;
}

/** Above this many text numbers in one table, they are reported as one finding. */
const MAX_SINGLE_TEXT_WARNINGS = 5;

export function cellFindings(view: FormView): Finding[] {
  const form = view.form;
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'sheet'>) => findings.push({ sheet: view.sheet, ...f });
  const fixedIdOf = new Map<number, string>();
  for (const [id, i] of Object.entries(form.fixedRows)) fixedIdOf.set(i, id);
  const bodyRows = [
    ...form.dataRows.map((row, i) => ({ row, fixedId: fixedIdOf.get(i), aggregate: false })),
    ...form.groupRows.map((row) => ({ row, fixedId: undefined, aggregate: true })),
    ...(form.totalRow ? [{ row: form.totalRow, fixedId: undefined, aggregate: true }] : []),
  ];
  const fixedSpec = form.spec.rows.kind === 'fixed' ? form.spec.rows.rows : [];
  let pending: ReadValue | null = null;
  const textNumbers: { cell: ReadValue; where: string; rate: boolean }[] = [];
  let pendingCount = 0;

  for (const { row, fixedId, aggregate } of bodyRows) {
    let rowName: string | undefined;
    for (const id in row.values) {
      const cell = row.values[id];
      // Fast path: a whole, non-negative number in a cell that keeps its formula or needs none (most cells).
      if (cell.kind === 'number' && cell.value! >= 0 && Number.isInteger(cell.value) && (!form.madeByAddin || cell.formula)) continue;
      const leaf = view.leaves.get(id);
      if (!leaf) continue;
      const rate = isRateCell(view, leaf, fixedId);
      const where = (rowName ??= view.rowName(row));
      if (cell.kind === 'pending') {
        pending ??= cell;
        pendingCount++;
      }
      // --- type: a count cell holds a number; text, a date or a time there is not a figure Excel adds.
      if (cell.kind === 'text') {
        view.untrusted.add(cell);
        add({
          rule: 'type',
          severity: rate ? 'warning' : 'error',
          cell: cell.address,
          found: String(cell.raw),
          expected: null,
          message: `Ô ${cell.address} (${where}): «${String(cell.raw)}» không phải là số nên không được cộng vào số liệu; hãy nhập số (ô không có hồ sơ ghi 0).`,
          messageEn: `Cell ${cell.address}: «${String(cell.raw)}» is not a number; it is not added to any total.`,
        });
        continue;
      }
      if (cell.kind === 'date') {
        view.untrusted.add(cell);
        const serial = typeof cell.raw === 'number' ? cell.raw : 0;
        const shown = serialText(serial);
        add({
          rule: 'type',
          severity: 'error',
          cell: cell.address,
          found: shown,
          expected: null,
          message: `Ô ${cell.address} (${where}): ô số liệu ghi ${Number.isInteger(serial) ? 'ngày' : serial < 1 ? 'giờ' : 'ngày giờ'} ${shown} (Excel lưu là số ${vi(serial)}), không phải số ${rate ? 'liệu' : 'đếm'}; số này không được cộng vào số liệu: hãy nhập lại số và đặt định dạng ô là số.`,
          messageEn: `Cell ${cell.address}: holds the date/time ${shown} (stored as ${en(serial)}), not a count; it is not added to any total.`,
        });
        continue;
      }
      if (cell.value === null) continue;
      if (cell.value < 0) {
        add({
          rule: 'type',
          severity: 'error',
          cell: cell.address,
          found: cell.value,
          expected: null,
          message: `Ô ${cell.address} (${where}): số liệu ${vi(cell.value)} là số âm; số hồ sơ, số lượng không thể âm.`,
          messageEn: `Cell ${cell.address}: ${en(cell.value)} is negative.`,
        });
      }
      const wholeExpected = !rate && !leaf.allowDecimals && id !== 'payAmount';
      if (wholeExpected && !Number.isInteger(cell.value)) {
        // 1.652 typed into an English-locale Excel is stored as 1,652: a thousand-times-too-small count.
        const thousand = Math.round(cell.value * 1000);
        const likelyThousands = cell.kind === 'number' && Math.abs(cell.value * 1000 - thousand) < 1e-6 && cell.value < 1000;
        view.untrusted.add(cell);
        add({
          rule: 'type',
          severity: 'error',
          cell: cell.address,
          found: cell.value,
          expected: likelyThousands ? thousand : null,
          message: likelyThousands
            ? `Ô ${cell.address} (${where}): số đếm là số thập phân ${vi(cell.value)}; có thể «${vi(thousand)}» đã bị Excel hiểu là ${vi(cell.value)}, hãy nhập lại ${thousand}.`
            : `Ô ${cell.address} (${where}): số đếm phải là số nguyên nhưng ô ghi ${vi(cell.value)}.`,
          messageEn: `Cell ${cell.address}: a count must be a whole number, found ${en(cell.value)}.`,
        });
        continue;
      }
      if (cell.kind === 'text-number') textNumbers.push({ cell, where, rate });
      // --- formula: cells the add-in computes must keep their formulas.
      if (!form.madeByAddin || cell.formula) continue;
      const computed =
        leaf.kind === 'computed' ||
        leaf.kind === 'rate' ||
        (aggregate && leaf.kind === 'input') ||
        (!!fixedId && !!fixedSpec.find((r) => r.id === fixedId)?.formula && leaf.kind === 'input');
      if (!computed) continue;
      add({
        rule: 'formula',
        severity: 'warning',
        cell: cell.address,
        found: cell.value,
        expected: null,
        message: `Ô ${cell.address} (${where}): ô tính toán của biểu đã mất công thức (đang ghi số cố định ${vi(cell.value)}); số này sẽ không tự cập nhật khi sửa số liệu.`,
        messageEn: `Cell ${cell.address}: this computed cell lost its formula (fixed value ${en(cell.value)}).`,
      });
    }
  }
  // Text numbers: one warning per cell when few; a pasted table of text gets one warning, plus the ambiguous readings.
  const shown = (v: ReadValue, rate: boolean) =>
    rate || v.isPercent ? `${String(v.value).replace('.', ',')}${v.isPercent ? '%' : ''}` : vi(v.value ?? 0);
  const conversionOf = (v: ReadValue) => form.conversions.find((c) => c.address === v.address);
  const single = textNumbers.length <= MAX_SINGLE_TEXT_WARNINGS;
  for (const { cell, where, rate } of textNumbers) {
    const warning = conversionOf(cell)?.warning;
    if (!single && !warning) continue;
    add({
      rule: 'type',
      severity: 'warning',
      cell: cell.address,
      found: String(cell.raw),
      expected: cell.value,
      message: `Ô ${cell.address} (${where}): số «${String(cell.raw)}» được nhập dạng chữ, đã đọc là ${shown(cell, rate)}; Excel không cộng ô dạng chữ, hãy nhập lại dạng số.${warning ? ` ${warning}` : ''}`,
      messageEn: `Cell ${cell.address}: «${String(cell.raw)}» is text; read as ${cell.value}.`,
    });
  }
  if (!single) {
    const first = textNumbers[0].cell;
    add({
      rule: 'type',
      severity: 'warning',
      cell: first.address,
      found: String(first.raw),
      expected: first.value,
      message: `Ô ${first.address} và ${vi(textNumbers.length - 1)} ô khác của bảng ghi số dạng chữ (thường do dán từ phần mềm một cửa); đã đọc theo cách viết Việt Nam (ví dụ «${String(first.raw)}» là ${shown(first, textNumbers[0].rate)}), nhưng Excel không cộng các ô này: hãy chuyển chúng sang dạng số.`,
      messageEn: `Cell ${first.address} and ${textNumbers.length - 1} other cells hold numbers as text (read the Vietnamese way).`,
    });
  }
  if (pending) {
    add({
      rule: 'formula',
      severity: 'info',
      cell: pending.address,
      found: null,
      expected: null,
      message: `Ô ${pending.address} và ${pendingCount - 1 > 0 ? `${vi(pendingCount - 1)} ô công thức khác` : 'không ô nào khác'} chưa có kết quả tính lưu trong tệp; hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lần nữa để đối chiếu các ô này.`,
      messageEn: `${pendingCount} formula cells have no stored result; open and save the file in Excel, then check again.`,
    });
  }
  return findings;
}
