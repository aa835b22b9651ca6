/* Bench: recognise + check a consolidated II.06b of 2.000 rows × 13 columns in the pure core (budget 100 ms median). */
import { checkWorkbook } from '../../src/domain/checks';
import { recogniseSheet, type InputCell, type InputSheet } from '../../src/domain/read';
import { type BenchSection, viNumber } from './types';

const ROWS = 2000;
const BUDGET_MS = 100;
const RUNS = 9;

/** A consolidated II.06b typed out: 3 groups with subtotals, 2.000 lĩnh vực rows, TỔNG CỘNG; every row consistent. */
export function bigII06b(rows = ROWS): InputSheet {
  const cells: InputCell[] = [];
  const put = (row: number, values: (string | number | null)[]) =>
    values.forEach((value, col) => value !== null && cells.push({ row, col, value }));
  put(0, ['Biểu số II.06b/VPCP/KSTT']);
  put(1, ['Kỳ báo cáo: Quý I năm 2026']);
  put(2, ['(Từ ngày 15/12/2025 đến ngày 14/03/2026)']);
  put(4, ['STT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Số hồ sơ nhận giải quyết', null, null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết']);
  put(5, [null, null, 'Tổng số', 'Trong kỳ', null, 'Từ kỳ trước', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn']);
  put(6, [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính']);
  put(7, Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
  const line = (i: number) => {
    const early = (i * 3) % 30, onTime = i % 5, late = i % 2, pOn = i % 3, pLate = i % 2;
    const received = early + onTime + late + pOn + pLate;
    const carried = Math.min(received, i % 4), direct = Math.min(received - carried, i % 9), online = received - carried - direct;
    return [online + direct + carried, online, direct, carried, early + onTime + late, early, onTime, late, pOn + pLate, pOn, pLate];
  };
  const add = (a: number[], b: number[]) => a.map((x, k) => x + b[k]);
  let row = 8;
  const groups = 3;
  const perGroup = Math.ceil(rows / groups);
  let total = new Array<number>(11).fill(0);
  for (let g = 0; g < groups; g++) {
    const members = Array.from({ length: Math.min(perGroup, rows - g * perGroup) }, (_, k) => line(g * perGroup + k));
    const subtotal = members.reduce(add, new Array<number>(11).fill(0));
    total = add(total, subtotal);
    put(row++, [['I', 'II', 'III'][g], `Cấp ${g}`, ...subtotal]);
    members.forEach((m, k) => put(row++, [k + 1, `Lĩnh vực ${g}.${k + 1}`, ...m]));
  }
  put(row++, ['TỔNG CỘNG', null, ...total]);
  put(row + 1, [null, null, null, null, null, null, null, 'Tam Thanh, ngày 18 tháng 3 năm 2026']);
  return { name: 'II.06b', cells };
}

export const checksSection: BenchSection = {
  title: 'Kiểm tra đối chiếu (nhận diện + kiểm tra II.06b 2.000 dòng × 13 cột)',
  async run({ log }) {
    const sheet = bigII06b();
    const times: number[] = [];
    let findings = -1;
    let dataRows = 0;
    // Two warm-up runs first: the task pane checks a workbook after the code is loaded and compiled.
    for (let i = 0; i < 2; i++) checkWorkbook(recogniseSheet(sheet));
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const forms = recogniseSheet(sheet);
      findings = checkWorkbook(forms).length;
      times.push(performance.now() - started);
      dataRows = forms[0]?.dataRows.length ?? 0;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    log(`   ${viNumber(dataRows, 0)} dòng đọc được, ${findings} phát hiện (bảng nhất quán: phải là 0)`);
    log(`   trung vị ${viNumber(median)} ms qua ${RUNS} lần (nhanh nhất ${viNumber(times[0])} ms, chậm nhất ${viNumber(times[times.length - 1])} ms); ngân sách ${BUDGET_MS} ms`);
    return { ok: median < BUDGET_MS && findings === 0 && dataRows === ROWS };
  },
};
