/**
 * `kstt narrate`: real processes (tsx src/cli/kstt.ts narrate …) for the entry point, UTF-8 output and exit codes,
 * on the add-in's own workbook and on a workbook typed by hand in another layout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { NEEDS_CHECK_MARK } from '../../src/domain/narrative';
import {
  buildWorkbook,
  TAM_THANH_II06A,
  TAM_THANH_II06A_PREVIOUS,
} from '../fixtures/narrative/build-workbook';
import { HEADER_LOW, HEADER_MID, HEADER_TOP } from '../fixtures/printed-ii06a';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;

function kstt(args: string[]) {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, ['src/cli/kstt.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A II.06a as an official types it by hand: own title rows, one header row per level, no add-in marker. */
async function foreignWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bao cao quy 1');
  ws.getCell('A1').value = 'Biểu số II.06a/VPCP/KSTT';
  ws.getCell('C2').value = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
  ws.getCell('C3').value = 'Kỳ báo cáo: Quý I/2026';
  ws.addRow([]);
  ws.addRow(HEADER_TOP);
  ws.addRow(HEADER_MID);
  ws.addRow(HEADER_LOW);
  ws.mergeCells('C5:F5');
  ws.mergeCells('G5:J5');
  ws.mergeCells('K5:M5');
  ws.mergeCells('D6:E6');
  ws.addRow(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);
  ws.addRow([1, 'Hộ tịch', 420, 400, 0, 20, 400, 380, 20, 0, 20, 20, 0]);
  ws.addRow([2, 'Đất đai', 307, 268, 0, 39, 298, 217, 70, 11, 9, 9, 0]);
  ws.addRow(['', 'TỔNG CỘNG', 727, 668, 0, 59, 698, 597, 90, 11, 29, 29, 0]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-narrate-'));
  writeFileSync(path.join(dir, 'quy1.xlsx'), await buildWorkbook([TAM_THANH_II06A]));
  writeFileSync(path.join(dir, 'quy4.xlsx'), await buildWorkbook([TAM_THANH_II06A_PREVIOUS]));
  writeFileSync(
    path.join(dir, 'sai.xlsx'),
    await buildWorkbook([{ ...TAM_THANH_II06A, override: [{ row: 'TOTAL', col: 'received', value: 1640 }] }]),
  );
  writeFileSync(path.join(dir, 'tay.xlsx'), await foreignWorkbook());
  writeFileSync(path.join(dir, 'hong.xlsx'), 'không phải tệp xlsx');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Trống').getCell('A1').value = 'Ghi chú';
  writeFileSync(
    path.join(dir, 'trong.xlsx'),
    new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer),
  );
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

jest.setTimeout(60_000);

test('prints the drafted outline in UTF-8 with the II.5 figures, exit 0', () => {
  const r = kstt(['narrate', path.join(dir, 'quy1.xlsx')]);
  expect(r.stderr).toContain('Đã nhận ra: II.06a');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^I\. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH$/m);
  expect(r.stdout).toContain('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 1.637 hồ sơ');
  expect(r.stdout).toContain('đạt 99,26% (1.477/1.488 hồ sơ)');
  expect(r.stdout).toContain('[Nội dung do đơn vị bổ sung]');
  expect(r.stdout).not.toContain(NEEDS_CHECK_MARK);
});

test('--previous compares with the previous period', () => {
  const r = kstt(['narrate', path.join(dir, 'quy1.xlsx'), '--previous', path.join(dir, 'quy4.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('1.637 hồ sơ (tăng 11,36% so với kỳ trước)');
});

test('an inconsistent workbook: the sentence is marked and the reason printed', () => {
  const r = kstt(['narrate', path.join(dir, 'sai.xlsx')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`1.640 hồ sơ`);
  expect(r.stdout).toContain(NEEDS_CHECK_MARK);
  expect(r.stderr).toMatch(/Có \d+ câu cần kiểm tra/);
});

test('a workbook the add-in did not make is recognised and drafted', () => {
  const r = kstt(['narrate', path.join(dir, 'tay.xlsx')]);
  expect(r.stderr).toContain('II.06a');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: 727 hồ sơ');
  expect(r.stdout).toContain(
    'giải quyết trước hạn 597 hồ sơ; giải quyết đúng hạn 90 hồ sơ; giải quyết quá hạn 11 hồ sơ',
  );
  expect(r.stdout).toContain('đạt 98,42% (687/698 hồ sơ)');
});

test('--docx writes a Word file and refuses to overwrite without --force', () => {
  const out = path.join(dir, 'thuyet-minh.docx');
  const r = kstt([
    'narrate',
    path.join(dir, 'quy1.xlsx'),
    '--docx',
    out,
    '--unit',
    'UBND phường Tam Thanh',
    '--place',
    'Tam Thanh',
    '--date',
    '18/03/2026',
  ]);
  expect(r.code).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  const again = kstt(['narrate', path.join(dir, 'quy1.xlsx'), '--docx', out]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain('--force');
});

test('--decimals picks the precision of percentages, --zero-parts states zero parts; a bad precision is refused', () => {
  const file = path.join(dir, 'quy1.xlsx');
  const plain = kstt(['narrate', file]);
  expect(plain.stdout).toContain('đạt 99,26% (1.477/1.488 hồ sơ)');
  expect(plain.stdout).not.toContain('không có hồ sơ giải quyết đúng hạn');
  const chosen = kstt(['narrate', file, '--decimals', '1', '--zero-parts']);
  expect(chosen.code).toBe(0);
  expect(chosen.stdout).toContain('đạt 99,3% (1.477/1.488 hồ sơ)');
  expect(chosen.stdout).toContain('không có hồ sơ giải quyết đúng hạn');
  const bad = kstt(['narrate', file, '--decimals', 'hai']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('--decimals');
});

test('unreadable input: exit 2 (missing file, not an .xlsx)', () => {
  const missing = kstt(['narrate', path.join(dir, 'khong-co.xlsx')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain('Không đọc được tệp');
  expect(missing.stdout).toBe('');
  const broken = kstt(['narrate', path.join(dir, 'hong.xlsx')]);
  expect(broken.code).toBe(2);
  const previous = kstt(['narrate', path.join(dir, 'quy1.xlsx'), '--previous', path.join(dir, 'hong.xlsx')]);
  expect(previous.code).toBe(2);
});

test('no recognised form: exit 2 naming the sheets looked at; no file: usage error', () => {
  const r = kstt(['narrate', path.join(dir, 'trong.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Không nhận ra biểu nào \(đã xem trang «/);
  const usage = kstt(['narrate']);
  expect(usage.code).toBe(1);
  expect(usage.stderr).toContain('Cần đúng một tệp');
});
