/**
 * The LibreOffice oracle must really recalculate: a formula written by the adapter through the fake host,
 * exported with no (or a wrong) cached value, must come back with the value a spreadsheet engine computes.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { createFakeExcel, readGrid } from '../fake-excel';
import { exportFakeWorkbookToXlsx } from '../fake-excel/export-xlsx';
import { readComputedValues, recalculateXlsx, renderXlsxToPng } from '../helpers/libreoffice';
import { testOutputDir } from '../helpers/paths';

jest.setTimeout(180_000);

/** A1=2, A2=3, A3 =A1+A2 (no cached value), B3 =A1*A2 cached 99 (wrong), C3 =A1-2 (0), D3 a guarded rate. */
async function buildWorkbook(): Promise<Buffer> {
  const fake = createFakeExcel();
  await (fake.Excel as unknown as typeof Excel).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.name = 'Tính';
    sheet.getRange('A1:A2').values = [[2], [3]];
    sheet.getRange('A3:D3').formulas = [['=A1+A2', '=A1*A2', '=A1-2', '=IF(C3=0,"",ROUND(A1/C3*100,2))']];
    sheet.getRange('A1:D3').format.borders.getItem('InsideHorizontal' as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle;
    sheet.getRange('A1:D1').format.fill.color = '#FFC7CE';
    await context.sync();
  });
  // A stale cached value, as in a workbook saved before its inputs changed.
  fake.workbook.sheets[0].cells.get('2,1')!.value = 99;
  expect(readGrid(fake.workbook.sheets[0])[2]).toEqual([null, 99, null, null]);
  return exportFakeWorkbookToXlsx(fake.workbook);
}

describe('LibreOffice recalculation', () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await buildWorkbook();
  });

  it('the exported file itself carries the stale value (so the next test proves recalculation)', async () => {
    const grid = await readComputedValues(original, 'Tính');
    expect(grid[2][1]).toBe(99);
  });

  it('recalculates every formula when the profile forces it', async () => {
    const recalculated = await recalculateXlsx(original);
    const grid = await readComputedValues(recalculated, 'Tính');
    expect(grid.slice(0, 3)).toEqual([
      [2, null, null, null],
      [3, null, null, null],
      [5, 6, 0, ''],
    ]);
  });

  it('keeps the stale 99 when converted without the setting: the oracle depends on it', async () => {
    const untouched = await recalculateXlsx(original, { forceRecalc: false });
    const grid = await readComputedValues(untouched, 'Tính');
    expect(grid[2][1]).toBe(99);
  });

  it('accepts a file path and survives parallel calls (one private profile each)', async () => {
    const outDir = testOutputDir('recalc');
    const file = `${outDir}/stale.xlsx`;
    writeFileSync(file, original);
    const results = await Promise.all([recalculateXlsx(file), recalculateXlsx(original)]);
    for (const result of results) expect((await readComputedValues(result, 'Tính'))[2][1]).toBe(6);
  });

  it('renders the recalculated sheet to a non-trivial PNG', async () => {
    const outDir = testOutputDir('recalc');
    const pngs = await renderXlsxToPng(original, outDir, 'libreoffice-smoke');
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    expect(statSync(pngs[0]).size).toBeGreaterThan(2000);
    const image = PNG.sync.read(readFileSync(pngs[0]));
    expect(image.width).toBeGreaterThan(400);
    let dark = 0;
    let pink = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (r < 100 && g < 100 && b < 100) dark++;
      if (r > 240 && g > 180 && g < 215 && b > 190 && b < 220) pink++;
    }
    expect(dark).toBeGreaterThan(50); // text and borders
    expect(pink).toBeGreaterThan(50); // the #FFC7CE fill of row 1
  });

  it('fails with a clear message when soffice is missing', async () => {
    const saved = process.env.KSTT_SOFFICE;
    process.env.KSTT_SOFFICE = '/nonexistent/soffice';
    try {
      await expect(recalculateXlsx(original)).rejects.toThrow(/not found.*libreoffice-calc-nogui/);
    } finally {
      if (saved === undefined) delete process.env.KSTT_SOFFICE;
      else process.env.KSTT_SOFFICE = saved;
    }
  });
});
