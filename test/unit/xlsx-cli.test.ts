/**
 * The `kstt` command line: a few real processes (npx tsx src/cli/kstt.ts …) prove the entry point, exit codes
 * and the file on disk; the many option cases run in-process through runKstt with a recording CliIo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runKstt } from '../../src/cli/kstt';
import { templateRequestFromArgs, UNIT_PLACEHOLDER } from '../../src/cli/commands/template';
import { XLSX_CHARTS_NOTE } from '../../src/domain/indicators';
import { parseArgs } from '../../src/cli/commands/args';
import { UsageError, type CliIo } from '../../src/cli/commands/types';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kstt(args: string[]) {
  // The tsx that `npx tsx` would run, called directly so npm's own warnings do not pollute stderr.
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, ['src/cli/kstt.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function recordingIo(cwd = dir): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('kstt as a process', () => {
  test('template II.06a -o <file> → exit 0 and a workbook holding the form', async () => {
    const file = path.join(dir, 'ii06a.xlsx');
    const r = kstt(['template', 'II.06a', '-o', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã ghi');
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['II.06a']);
    const texts = wb.worksheets[0].getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('Biểu số II.06a/VPCP/KSTT'))).toBe(true);
    expect(texts).toContain('TỔNG CỘNG');
    const names = (wb.definedNames.model as { name: string }[]).map((n) => n.name);
    expect(names).toContain('KSTT__II.06a__TT01_2020');
  }, 30_000);

  test('an unknown code → exit 1, a Vietnamese message on stderr, no file', () => {
    const file = path.join(dir, 'bad.xlsx');
    const r = kstt(['template', 'II.99', '-o', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không có biểu mẫu «II.99»');
    expect(r.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
  }, 30_000);

  test('a unit name that looks like a formula is written as text', async () => {
    const file = path.join(dir, 'formula-unit.xlsx');
    const unit = '=HYPERLINK("http://x","UBND")';
    const r = kstt(['template', 'II.06a', '-o', file, '--unit', unit]);
    expect(r.code).toBe(0);
    const grid = await readWorkbookGrid(readFileSync(file));
    const cells = grid.sheets[0].cells;
    expect(cells.some((c) => c.formula?.includes('HYPERLINK'))).toBe(false);
    expect(cells.some((c) => typeof c.value === 'string' && c.value.includes(unit))).toBe(true);
  }, 30_000);
});

describe('runKstt in-process', () => {
  test('--help lists the commands in Vietnamese and exits 0; no command exits 1', async () => {
    const io = recordingIo();
    expect(await runKstt(['--help'], io)).toBe(0);
    expect(io.out).toContain('Các lệnh:');
    expect(io.out).toContain('template');
    const bare = recordingIo();
    expect(await runKstt([], bare)).toBe(1);
    expect(bare.err).toContain('Các lệnh:');
    expect(bare.out).toBe('');
  });

  test('an unknown command exits 1 with the list of commands', async () => {
    const io = recordingIo();
    expect(await runKstt(['tempalte'], io)).toBe(1);
    expect(io.err).toContain('Lệnh không tồn tại: «tempalte»');
  });

  test('template --help and template --list', async () => {
    const help = recordingIo();
    expect(await runKstt(['template', '--help'], help)).toBe(0);
    expect(help.out).toContain('--linh-vuc');
    const list = recordingIo();
    expect(await runKstt(['template', '--list'], list)).toBe(0);
    expect(list.out).toMatch(/II\.06a\s+\[đã xác nhận\]/);
    expect(list.out).toMatch(/II\.05a\s+\[suy luận/);
    const tt05 = recordingIo();
    expect(await runKstt(['template', '--list', '--basis', 'TT05/2025'], tt05)).toBe(0);
    // Under 05/2025 every layout is assumed from 2020, so nothing is confirmed.
    expect(tt05.out).not.toContain('đã xác nhận]');
  });

  test.each([
    [['template', '-o', 'x.xlsx'], 'Chưa nêu mã biểu'],
    [['template', 'II.06a'], 'Chưa nêu tệp kết quả'],
    [['template', 'II.06a', '-o', 'x.csv'], 'đuôi .xlsx'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--level', 'phuong'], '--level không nhận «phuong»'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--period', 'week'], '--period không nhận'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--year', '2026', '--index', '5'], 'Quý'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--year', 'hai'], '--year phải là số nguyên'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--from', '15/12/2025'], 'cả --from và --to'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--from', '15/03/2026', '--to', '14/12/2025'], 'Ngày'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--date', '31/02/2026'], 'không tồn tại trên lịch'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--basis', 'TT99/2030'], '--basis không nhận'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--linh-vuc', 'Hộ tịch;hộ tịch'], 'bị trùng'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--linh-vuc', ' ; '], '--linh-vuc trống'],
    [['template', 'II.06a', '-o', 'x.xlsx', '--bogus'], 'Tùy chọn không được hỗ trợ: --bogus'],
    [['template', 'II.06a', 'II.99', '-o', 'x.xlsx'], '«II.99»'],
  ])('%j → exit 1, «%s» on stderr, no file', async (args, message) => {
    const io = recordingIo();
    expect(await runKstt(args, io)).toBe(1);
    expect(io.err).toContain(message);
    expect(io.out).toBe('');
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });

  test('an existing file is not overwritten without --force', async () => {
    const file = path.join(dir, 'existing.xlsx');
    writeFileSync(file, 'user data');
    const io = recordingIo();
    expect(await runKstt(['template', 'II.06a', '-o', 'existing.xlsx'], io)).toBe(1);
    expect(io.err).toContain('không ghi đè');
    expect(readFileSync(file, 'utf8')).toBe('user data');
    const forced = recordingIo();
    expect(await runKstt(['template', 'II.06a', '-o', 'existing.xlsx', '--force'], forced)).toBe(0);
    expect((await loadWorkbook(file)).worksheets).toHaveLength(1);
  });

  test('several forms go into one workbook; options reach the sheet', async () => {
    const io = recordingIo();
    const args = ['template', 'II.06a', 'ii.05a', '-o', 'many.xlsx', '--unit', 'UBND phường Tam Thanh', '--receiver',
      'UBND tỉnh Quảng Nam', '--year', '2026', '--index', '1', '--place', 'Tam Thanh', '--date', '18/3/2026',
      '--linh-vuc', 'Hộ tịch; Chứng thực ;Đất đai', '--returned', '--paused'];
    expect(await runKstt(args, io)).toBe(0);
    // II.05a's rows are đơn vị, not lĩnh vực: the list is not applied there, and the user is told.
    expect(io.err).toContain('II.05a');
    const grid = await readWorkbookGrid(readFileSync(path.join(dir, 'many.xlsx')));
    expect(grid.sheets.map((s) => s.name)).toEqual(['II.06a', 'II.05a']);
    const texts = grid.sheets[0].cells.map((c) => String(c.value));
    const has = (fragment: string) => texts.some((t) => t.includes(fragment));
    for (const expected of ['UBND phường Tam Thanh', 'UBND tỉnh Quảng Nam', 'Quý I năm 2026', '15/12/2025', '14/03/2026',
      'Tam Thanh', 'Hộ tịch', 'Chứng thực', 'Đất đai']) {
      expect(has(expected)).toBe(true);
    }
    expect(has('Bảo trợ xã hội')).toBe(false); // the default list was replaced
    expect(has('Tạm dừng') || has('tạm dừng')).toBe(true); // optional column switched on
  });

  /** The formulas of the online-share row's numerator and denominator on the «Chỉ tiêu» sheet of a file. */
  async function indicatorLinks(file: string) {
    const wb = await loadWorkbook(path.join(dir, file));
    const sheet = wb.getWorksheet('Chỉ tiêu')!;
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula && cell.formula.includes('!')) formulas.push(cell.formula);
      }),
    );
    return { names: wb.worksheets.map((s) => s.name), formulas };
  }

  test('KSTT-CT links to the forms written with it, by the names they get, and says the file has no charts', async () => {
    const io = recordingIo();
    // KSTT-CT first and II.06a twice: the links still go to the sheets actually written («II.06a», the first copy).
    const args = ['template', 'KSTT-CT', 'II.06a', 'II.06a', '-o', 'chi-tieu.xlsx', '--year', '2026', '--index', '1'];
    expect(await runKstt(args, io)).toBe(0);
    const { names, formulas } = await indicatorLinks('chi-tieu.xlsx');
    expect(names).toEqual(['Chỉ tiêu', 'II.06a', 'II.06a (2)']);
    expect(formulas.length).toBe(2);
    for (const f of formulas) expect(f).toMatch(/^'II\.06a'!/);
    expect(io.out).toContain(XLSX_CHARTS_NOTE);
  });

  test('two KSTT-CT: the second is «Chỉ tiêu (2)» and both are written', async () => {
    const io = recordingIo();
    expect(await runKstt(['template', 'II.06a', 'KSTT-CT', 'KSTT-CT', '-o', 'ct2.xlsx', '--year', '2026'], io)).toBe(0);
    const wb = await loadWorkbook(path.join(dir, 'ct2.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['II.06a', 'Chỉ tiêu', 'Chỉ tiêu (2)']);
  });

  test('without KSTT-CT nothing is linked and no chart note is printed', async () => {
    const io = recordingIo();
    expect(await runKstt(['template', 'II.06a', '-o', 'no-ct.xlsx'], io)).toBe(0);
    expect(io.out).not.toContain(XLSX_CHARTS_NOTE);
    expect(io.out).toContain('Đã ghi');
  });
});

describe('templateRequestFromArgs', () => {
  const now = new Date(2026, 2, 10); // 10/03/2026: the report being written is Quý I/2026

  test('defaults: the current quarter, level xã, a hand-fill placeholder for the unit, no optional columns', () => {
    const r = templateRequestFromArgs(['II.06a', '-o', 'a.xlsx'], now);
    expect(r.basis).toBe('TT01/2020');
    expect(r.options.reportingUnit).toBe(UNIT_PLACEHOLDER);
    expect(r.options.level).toBe('xa');
    expect(r.options.period).toEqual({ label: 'Quý I năm 2026', from: '15/12/2025', to: '14/03/2026' });
    expect(r.options.reportDate).toBe('');
    expect(r.options.optionalColumns).toEqual({ returned: false, paused: false });
    expect(r.options.rowLabels).toBeUndefined();
  });

  test('overridden dates are kept and the deviation is a note, not an error', () => {
    const r = templateRequestFromArgs(['II.06a', '-o=a.xlsx', '--from', '13/3/2026', '--to=14/6/2026', '--year', '2026', '--index', '2'], now);
    expect(r.options.period).toEqual({ label: 'Quý II năm 2026', from: '13/03/2026', to: '14/06/2026' });
    expect(r.notes.join(' ')).toContain('13/03/2026');
  });

  test('month and year periods', () => {
    expect(templateRequestFromArgs(['II.06a', '-o', 'a.xlsx', '--period', 'month', '--year', '2026', '--index', '3'], now).options.period)
      .toEqual({ label: expect.stringContaining('3'), from: '15/02/2026', to: '14/03/2026' });
    expect(templateRequestFromArgs(['II.06a', '-o', 'a.xlsx', '--period', 'year', '--year', '2025'], now).options.period)
      .toMatchObject({ from: '15/12/2024', to: '14/12/2025' });
  });

  test('a missing option value is refused', () => {
    expect(() => templateRequestFromArgs(['II.06a', '-o'], now)).toThrow(UsageError);
    expect(() => templateRequestFromArgs(['II.06a', '-o', 'a.xlsx', '--unit', '--level', 'xa'], now)).toThrow('--unit cần một giá trị');
  });
});

describe('parseArgs', () => {
  const spec = { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } } as const;
  test('long, inline, short, flags and «--»', () => {
    expect(parseArgs(['a', '--output=x', '--force', '--', '--not-an-option'], spec)).toEqual({
      positionals: ['a', '--not-an-option'],
      strings: { output: 'x' },
      flags: { force: true },
    });
    expect(parseArgs(['-o', 'y'], spec).strings.output).toBe('y');
  });
  test('refusals', () => {
    expect(() => parseArgs(['-x'], spec)).toThrow('Tùy chọn không được hỗ trợ: -x');
    expect(() => parseArgs(['--force=yes'], spec)).toThrow('không nhận giá trị');
    expect(() => parseArgs(['-o', 'a', '-o', 'b'], spec)).toThrow('hai lần');
    expect(() => parseArgs(['-xyz'], spec)).toThrow('Tùy chọn không được hỗ trợ: -xyz');
  });
});
