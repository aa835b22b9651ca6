/** `kstt check` end to end: real .xlsx files, spawned CLI, JSON on stdout, exit codes, unreadable files. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { handTypedII06a, HAND_FIRST_DATA_ROW, oneStopPaste, sheetsToXlsx, TAM_THANH_ROWS } from '../fixtures/check/grids';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output', 'cli-check');

function kstt(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/kstt.ts', 'check', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const file = (name: string) => path.join(OUT, name);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(file('good.xlsx'), await sheetsToXlsx([handTypedII06a(), oneStopPaste()]));
  const bad = handTypedII06a(undefined, {
    edit: (rows) => {
      rows[HAND_FIRST_DATA_ROW + TAM_THANH_ROWS.length][3] = 1640; // TỔNG CỘNG online 1.640, rows 1.568
    },
  });
  writeFileSync(file('bad.xlsx'), await sheetsToXlsx([bad]));
  writeFileSync(file('not-xlsx.xlsx'), 'STT;Lĩnh vực\n1;Hộ tịch\n');
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  writeFileSync(file('encrypted.xlsx'), cfb);
  writeFileSync(file('empty.xlsx'), '');
  // 51 MB sparse file starting like a zip: refused by size before any parsing.
  const fd = openSync(file('huge.xlsx'), 'w');
  writeFileSync(fd, 'PK\u0003\u0004');
  ftruncateSync(fd, 51 * 1024 * 1024);
  closeSync(fd);
}, 60000);

describe('kstt check', () => {
  it('a consistent workbook: exit 0, JSON lists both sheets with their forms and no error', () => {
    const r = kstt(file('good.xlsx'), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const [f] = json.files;
    expect(f.sheets.map((s: { sheet: string; form: string }) => [s.sheet, s.form])).toEqual([
      ['II.06a', 'II.06a'],
      ['Dán từ phần mềm', 'II.06a'],
    ]);
    expect(f.sheets[0].findings).toEqual([]);
    expect(f.sheets[1].findings.every((x: { severity: string }) => x.severity !== 'error')).toBe(true);
  });

  it('a contradiction: exit 1 and the finding with rule, cell, found, expected', () => {
    const r = kstt(file('bad.xlsx'), '--json');
    expect(r.code).toBe(1);
    const finding = JSON.parse(r.stdout).files[0].sheets[0].findings[0];
    expect(finding).toMatchObject({ rule: 'col-sum', severity: 'error', cell: 'D16', found: 1640, expected: 1568 });
    expect(finding.message).toContain('1.640');
  });

  it('unreadable files: exit 2, a Vietnamese reason each, the other files still checked', () => {
    const names = ['not-xlsx.xlsx', 'encrypted.xlsx', 'empty.xlsx', 'huge.xlsx', 'missing.xlsx'];
    const r = kstt(...names.map(file), file('bad.xlsx'), '--json');
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    const errorOf = (n: string) => files.find((f: { file: string }) => f.file.endsWith(n)).error as string;
    expect(errorOf('not-xlsx.xlsx')).toMatch(/Không phải tệp Excel/);
    expect(errorOf('encrypted.xlsx')).toMatch(/mật khẩu/);
    expect(errorOf('empty.xlsx')).toMatch(/rỗng/);
    expect(errorOf('huge.xlsx')).toMatch(/quá lớn/);
    expect(errorOf('missing.xlsx')).toMatch(/Không tìm thấy/);
    const checked = files.find((f: { file: string }) => f.file.endsWith('bad.xlsx'));
    expect(checked.error).toBeUndefined();
    expect(checked.sheets[0].findings[0].rule).toBe('col-sum');
  });

  it('the text report groups by file, sheet and severity, with counts', () => {
    const r = kstt(file('bad.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Trang «II.06a» — Biểu II.06a: 1 lỗi, 0 cảnh báo, 0 thông tin.');
    expect(r.stdout).toMatch(/\[Lỗi\] Ô D16/);
    expect(r.stdout).toContain('Tổng cộng: 1 tệp (0 không đọc được), 1 lỗi');
  });

  it('--previous compares «từ kỳ trước» with the previous report (the previous file itself is not reported)', () => {
    const r = kstt(file('good.xlsx'), '--previous', file('good.xlsx'), '--json');
    const json = JSON.parse(r.stdout);
    expect(json.files).toHaveLength(1);
    // This period's carried (69 in total) differ from the same report's in-progress (41): carry-over warnings.
    const carry = json.files[0].sheets[0].findings.filter((f: { rule: string }) => f.rule === 'carry-over');
    expect(carry.length).toBeGreaterThan(0);
    expect(r.code).toBe(0); // carry-over is a warning
  });

  it('no file: usage error, exit 1', () => {
    const r = kstt();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Cần ít nhất một tệp/);
  });
});
