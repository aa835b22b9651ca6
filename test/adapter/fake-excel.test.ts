/**
 * The strict fake must refuse what Excel refuses; each test here fails if the fake is made lenient.
 */
import { REPO_ROOT } from '../helpers/paths';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  MEMBER_VERSIONS,
  cellAt,
  createFakeExcel,
  createFakeOffice,
  fakeFromGrid,
  readGrid,
  sheetNamed,
  tryParseAddress,
  type FakeExcel,
} from '../fake-excel';

/** The fake typed as the real namespace, as adapter code will see it. */
function excelOf(fake: FakeExcel): typeof Excel {
  return fake.Excel as unknown as typeof Excel;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

describe('load and sync semantics', () => {
  it('throws PropertyNotLoaded for a property that was never loaded, even after a sync', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      let caught: unknown;
      try {
        void range.address;
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'PropertyNotLoaded', name: 'RichApi.Error' });
      expect(String((caught as Error).message)).toContain("The property 'address' is not available");
    });
  });

  it('throws PropertyNotLoaded when load() was queued but sync() not yet awaited', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      // Only name was loaded on the items.
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('reads loaded properties after sync, and a load sees the writes queued before it', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getRange('A1:B1').load('values');
      sheet.getRange('A1:B1').values = [[1, 'x']];
      const after = sheet.getRange('A1:B1').load('values, address, rowCount, columnCount');
      await context.sync();
      expect(before.values).toEqual([['', '']]);
      expect(after.values).toEqual([[1, 'x']]);
      expect(after.address).toBe('Sheet1!A1:B1');
      expect([after.rowCount, after.columnCount]).toEqual([1, 2]);
    });
  });

  it('does not change the document before sync', async () => {
    const fake = createFakeExcel();
    const sheet = sheetNamed(fake.workbook, 'Sheet1');
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [[42]];
      expect(cellAt(sheet, 'B2')).toBeUndefined();
      await context.sync();
      expect(cellAt(sheet, 'B2')?.value).toBe(42);
    });
  });

  it('rejects a 2D array whose shape does not match the range, and stops the batch there', async () => {
    const fake = createFakeExcel();
    const sheet = sheetNamed(fake.workbook, 'Sheet1');
    await excelOf(fake).run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2:B3').values = [[1, 2]]; // 1×2 into 2×2
      ws.getRange('A4').values = [[4]];
      await expectCode(context.sync(), 'InvalidArgument');
    });
    expect(cellAt(sheet, 'A1')?.value).toBe(1);
    expect(cellAt(sheet, 'A2')).toBeUndefined();
    expect(cellAt(sheet, 'A4')).toBeUndefined();

    for (const bad of [{ formulas: [['=1'], ['=2']] }, { numberFormat: [['0', '0', '0']] }]) {
      await expect(
        excelOf(fake).run(async (context) => {
          Object.assign(context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1'), bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('counts every sync, per run, including the implicit one at the end of Excel.run', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').load('name');
      await context.sync();
      await context.sync();
    });
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      // no explicit sync: Excel.run sends the queue
    });
    await excelOf(fake).run(async () => undefined);
    expect(fake.stats.syncsPerRun).toEqual([2, 1, 0]);
    expect(fake.stats.syncCount).toBe(3);
    fake.stats.reset();
    expect(fake.stats.syncCount).toBe(0);
    expect(fake.stats.syncsPerRun).toEqual([]);
  });

  it('refuses a batch that does not return a promise and a context used after its run', async () => {
    const fake = createFakeExcel();
    await expectCode(excelOf(fake).run((() => 1) as never), 'RunMustReturnPromise');
    let leaked: Excel.RequestContext | undefined;
    await excelOf(fake).run(async (context) => {
      leaked = context;
    });
    expect(() => leaked!.workbook.worksheets.getItem('Sheet1').load('name')).toThrow(
      expect.objectContaining({ code: 'InvalidRequestContext' }),
    );
  });

  it('notifies onChange listeners after a sync that changed something', async () => {
    const fake = createFakeExcel();
    const seen: number[] = [];
    const unsubscribe = fake.workbook.onChange((wb) => seen.push(wb.sheets.length));
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').load('name');
      await context.sync(); // read only: no notification
      context.workbook.worksheets.add('Thêm');
      await context.sync();
    });
    unsubscribe();
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.add('Nữa');
    });
    expect(seen).toEqual([2]);
  });
});

describe('worksheets', () => {
  it('refuses a duplicate sheet name, case-insensitively, with ItemAlreadyExists', async () => {
    const fake = createFakeExcel();
    await expectCode(
      excelOf(fake).run(async (context) => {
        context.workbook.worksheets.add('sheet1');
        await context.sync();
      }),
      'ItemAlreadyExists',
    );
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it.each([['x'.repeat(32)], ['a[b]'], ['a/b'], ['   '], ['Q1:Q2'], ["'quoted'"]])(
    'refuses the invalid sheet name %p with InvalidArgument',
    async (name) => {
      const fake = createFakeExcel();
      await expectCode(
        excelOf(fake).run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
        'InvalidArgument',
      );
    },
  );

  it('accepts a 31-character Vietnamese name and reports ItemNotFound / null objects for missing sheets', async () => {
    const fake = createFakeExcel();
    const name = 'Biểu II.06a - Kết quả giải quyết'.slice(0, 31);
    await excelOf(fake).run(async (context) => {
      const added = context.workbook.worksheets.add(name);
      added.load('name, position');
      const missing = context.workbook.worksheets.getItemOrNullObject('Không có');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(added.name).toBe(name);
      expect(added.position).toBe(1);
      expect(missing.isNullObject).toBe(true);
      const found = context.workbook.worksheets.getItemOrNullObject(name.toUpperCase());
      await context.sync();
      expect(found.isNullObject).toBe(false);
      context.workbook.worksheets.getItem('Không có').load('name');
      await expectCode(context.sync(), 'ItemNotFound');
    });
  });

  it('keeps one visible sheet, renames with validation, activates', async () => {
    const fake = createFakeExcel();
    await expectCode(
      excelOf(fake).run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').delete();
        await context.sync();
      }),
      'InvalidOperation',
    );
    await excelOf(fake).run(async (context) => {
      const b = context.workbook.worksheets.add('B');
      b.activate();
      b.name = 'Báo cáo';
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('Báo cáo');
      b.name = 'Sheet1';
      await expectCode(context.sync(), 'ItemAlreadyExists');
    });
  });
});

describe('requirement sets', () => {
  it('fails the sync with ApiNotFound for APIs above the host version', async () => {
    const cases: [string, (context: Excel.RequestContext) => void][] = [
      ['1.8', (c) => (c.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape' as Excel.PageOrientation)],
      ['1.12', (c) => void c.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getMergedAreasOrNullObject().load('address')],
      ['1.17', (c) => void c.workbook.worksheets.getItem('Sheet1').notes.add('A1', 'ghi chú')],
      ['1.9', (c) => void c.workbook.comments.add('Sheet1!A1', 'nhận xét')],
      ['1.11', (c) => void c.workbook.worksheets.getItem('Sheet1').customProperties.add('kstt', 'II.06a')],
      ['1.7', (c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } } as Excel.DataValidationRule)],
      ['1.5', (c) => void c.workbook.worksheets.getItem('Sheet1').getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType)],
      ['1.5', (c) => c.workbook.application.suspendApiCalculationUntilNextSync()],
      ['1.3', (c) => void c.workbook.names.add('x', '=1')],
      ['1.4', (c) => void c.workbook.customXmlParts.add('<a xmlns="urn:x"/>')],
      ['1.6', (c) => c.workbook.worksheets.getItem('Sheet1').freezePanes.freezeRows(1)],
      ['1.6', (c) => void c.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).load('address')],
    ];
    for (const [version, act] of cases) {
      const fake = createFakeExcel({ apiVersion: version });
      await expectCode(
        excelOf(fake).run(async (context) => {
          act(context);
          await context.sync();
        }),
        'ApiNotFound',
      );
    }
  });

  it('allows the same calls at the version that introduced them', async () => {
    const fake = createFakeExcel({ apiVersion: '1.9' });
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.pageLayout.orientation = 'Landscape' as Excel.PageOrientation;
      sheet.getRangeByIndexes(0, 0, 2, 2).load('address');
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
    expect(fake.workbook.sheets[0].pageLayout.orientation).toBe('Landscape');
  });

  it('accepts mergeUndoGroup only from ExcelApi 1.20', async () => {
    const old = createFakeExcel({ apiVersion: '1.19' });
    await expectCode(
      excelOf(old).run({ mergeUndoGroup: true }, async () => undefined),
      'ApiNotFound',
    );
    const recent = createFakeExcel({ apiVersion: '1.20' });
    await expect(excelOf(recent).run({ mergeUndoGroup: true }, async () => 'ok')).resolves.toBe('ok');
  });

  it('answers isSetSupported by comparing version numbers, not strings', async () => {
    const office = createFakeOffice(createFakeExcel({ apiVersion: '1.9' }));
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
  });

  it('records each member with the version the reference list gives', () => {
    // ../shared sits beside the checkout, on developers' machines and in CI alike.
    const file = path.join(REPO_ROOT, '..', 'shared', 'reference', 'excel-api-requirement-sets.txt');
    const reference = new Map<string, string>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^(\d+\.\d+) ([A-Za-z]+\.[A-Za-z]+)/.exec(line);
      if (m) reference.set(m[2], m[1]);
    }
    const wrong = Object.entries(MEMBER_VERSIONS).filter(([member, version]) => reference.get(member) !== version);
    expect(wrong).toEqual([]);
  });
});

describe('ranges: formats, merges, formulas', () => {
  it('stores merges, fonts, fills, borders, alignment, number formats and formulas', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const title = sheet.getRange('A1:F1');
      title.merge(false);
      title.values = [['BIỂU SỐ II.06a', '', '', '', '', '']];
      title.format.font.bold = true;
      title.format.font.name = 'Times New Roman';
      title.format.font.size = 13;
      title.format.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
      title.format.fill.color = '#ffeecc';
      const grid = sheet.getRange('A3:C4');
      grid.numberFormat = [['#,##0', '#,##0', '0.00%'], ['#,##0', '#,##0', '0.00%']];
      grid.formulas = [[1, 2, '=IF(A3=0,0,B3/A3)'], [3, 4, '=IF(A4=0,0,B4/A4)']];
      for (const edge of ['EdgeTop', 'EdgeBottom', 'InsideHorizontal'] as Excel.BorderIndex[]) {
        grid.format.borders.getItem(edge).style = 'Continuous' as Excel.BorderLineStyle;
      }
      sheet.getRange('A:A').format.columnWidth = 30;
      const readBack = grid.load('formulas, values, numberFormat');
      const font = title.format.font.load('bold, name, size');
      const top = grid.format.borders.getItem('EdgeTop' as Excel.BorderIndex).load('style');
      const left = grid.format.borders.getItem('EdgeLeft' as Excel.BorderIndex).load('style');
      await context.sync();
      expect(readBack.formulas).toEqual([[1, 2, '=IF(A3=0,0,B3/A3)'], [3, 4, '=IF(A4=0,0,B4/A4)']]);
      // Formulas are not evaluated by default: the cached value is empty.
      expect(readBack.values).toEqual([[1, 2, ''], [3, 4, '']]);
      expect(readBack.numberFormat[0][2]).toBe('0.00%');
      expect([font.bold, font.name, font.size]).toEqual([true, 'Times New Roman', 13]);
      expect(top.style).toBe('Continuous');
      expect(left.style).toBe('None');
    });
    const sheet = fake.workbook.sheets[0];
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 6 }]);
    expect(cellAt(sheet, 'A1')?.fill.color).toBe('#FFEECC');
    expect(cellAt(sheet, 'A4')?.borders.top?.style).toBe('Continuous'); // inside horizontal
    expect(cellAt(sheet, 'A4')?.borders.bottom?.style).toBe('Continuous');
    expect(sheet.columnWidths.get(0)).toBe(30);
  });

  it('refuses invalid formats and enum values that belong to another enum', async () => {
    const attempts: ((r: Excel.Range) => void)[] = [
      (r) => (r.format.font.color = 'đỏ'),
      (r) => (r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment),
      (r) => (r.format.borders.getItem('InsideHorizontal' as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle),
      (r) => (r.format.font.size = 0),
      // The conditional-format operator name is not a data-validation operator.
      (r) => (r.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqual' } } as unknown as Excel.DataValidationRule),
    ];
    for (const attempt of attempts) {
      const fake = createFakeExcel();
      await expectCode(
        excelOf(fake).run(async (context) => {
          attempt(context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1'));
          await context.sync();
        }),
        'InvalidArgument',
      );
    }
  });

  it('refuses formulas in a non-en-US syntax and keeps text typed with an apostrophe', async () => {
    const fake = createFakeExcel();
    await expectCode(
      excelOf(fake).run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=IF(B1>0;1;0)']];
        await context.sync();
      }),
      'InvalidArgument',
    );
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:D1').values = [['(1)', "'(1)", '03/2024', '01']];
    });
    const [row] = readGrid(fake.workbook.sheets[0]);
    expect(row[0]).toBe(-1); // what Excel makes of «(1)» typed as a value
    expect(row[1]).toBe('(1)');
    expect(row[2]).toBe(45352); // a date: 1 March 2024
    expect(row[3]).toBe(1);
  });

  it('merges like Excel: keeps the top-left value, refuses partial overlap, lists merges by their top-left cell', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B2').values = [['a', 'b'], ['c', 'd']];
      sheet.getRange('A1:B2').merge();
      sheet.getRange('D1:E1').merge();
      const inside = sheet.getRange('B1:E2').getMergedAreasOrNullObject().load('address, areaCount');
      const none = sheet.getRange('G1:H2').getMergedAreasOrNullObject();
      await context.sync();
      // A1:B2 starts outside B1:E2, so Excel does not report it.
      expect(inside.address).toBe('Sheet1!D1:E1');
      expect(inside.areaCount).toBe(1);
      expect(none.isNullObject).toBe(true);
      sheet.getRange('B2:C3').merge();
      await expectCode(context.sync(), 'MergedRangeConflict');
    });
    // Merging emptied B1, A2 and B2.
    expect(readGrid(fake.workbook.sheets[0])).toEqual([['a']]);
  });

  it('computes the used range and returns a null object for an empty sheet', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const empty = sheet.getUsedRangeOrNullObject(true);
      const whole = sheet.getUsedRange().load('address');
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(whole.address).toBe('Sheet1!A1');
      sheet.getRange('C3:D5').values = [[1, null], [null, null], [null, 'x']];
      const used = sheet.getUsedRange(true).load('address');
      await context.sync();
      expect(used.address).toBe('Sheet1!C3:D5');
    });
  });
});

describe('addresses', () => {
  it.each([
    ['A1', { sheetName: null, kind: 'cells', box: { row: 0, col: 0, rowCount: 1, colCount: 1 } }],
    ['$B$2:A1', { sheetName: null, kind: 'cells', box: { row: 0, col: 0, rowCount: 2, colCount: 2 } }],
    ['Sheet1!A1:B2', { sheetName: 'Sheet1', kind: 'cells', box: { row: 0, col: 0, rowCount: 2, colCount: 2 } }],
    ["'My Sheet'!C3", { sheetName: 'My Sheet', kind: 'cells', box: { row: 2, col: 2, rowCount: 1, colCount: 1 } }],
    ["'It''s'!A1", { sheetName: "It's", kind: 'cells', box: { row: 0, col: 0, rowCount: 1, colCount: 1 } }],
    ['1:3', { sheetName: null, kind: 'rows', box: { row: 0, col: 0, rowCount: 3, colCount: 16384 } }],
    ['A:C', { sheetName: null, kind: 'columns', box: { row: 0, col: 0, rowCount: 1048576, colCount: 3 } }],
    ['XFD1048576', { sheetName: null, kind: 'cells', box: { row: 1048575, col: 16383, rowCount: 1, colCount: 1 } }],
  ])('parses %s', (address, expected) => {
    expect(tryParseAddress(address)).toEqual(expected);
  });

  it.each(['A0', 'XFE1', 'A1048577', 'A1:', '1A', 'A1:B2:C3', ''])('rejects %p', (address) => {
    expect(tryParseAddress(address)).toBeNull();
  });

  it('refuses getRange on another sheet and returns whole-row addresses', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.add('Biểu 1');
      const rows = sheet.getRange('2:3').load('address');
      await context.sync();
      expect(rows.address).toBe("'Biểu 1'!2:3");
      sheet.getRange('Sheet1!A1').load('address');
      await expectCode(context.sync(), 'InvalidArgument');
    });
  });
});

describe('formula evaluator (preview only)', () => {
  it('computes totals and guarded rates on sync when enabled', async () => {
    const fake = createFakeExcel({ evaluateFormulas: true });
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:D4').formulas = [
        [10, 5, '=A1+B1', '=IF(A1=0,"",ROUND(B1/A1*100,2))'],
        [0, 0, '=A2+B2', '=IF(A2=0,"",ROUND(B2/A2*100,2))'],
        [3, 1, '=SUM(A1:B3)', '=IFERROR(B3/0,"lỗi")'],
        ['=SUM(A1:A3)', '=AND(A1>0,OR(B2=0,B2>1))', '=ROUND(2.675,2)', '=FOO(1)'],
      ];
      const result = sheet.getRange('A1:D4').load('values');
      await context.sync();
      expect(result.values).toEqual([
        [10, 5, 15, 50],
        [0, 0, 0, ''],
        [3, 1, 19, 'lỗi'],
        [13, true, 2.68, '#NAME?'],
      ]);
    });
  });

  it('leaves cached values untouched when disabled (the default)', async () => {
    const workbook = fakeFromGrid('S', [[2, 3, '=A1+B1']]);
    workbook.sheets[0].cells.get('0,2')!.value = 99;
    const fake = createFakeExcel({ workbook });
    await excelOf(fake).run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[7]];
      const c1 = context.workbook.worksheets.getItem('S').getRange('C1').load('values');
      await context.sync();
      expect(c1.values).toEqual([[99]]);
    });
  });

  it('handles division by zero, cross-sheet references and defined names', async () => {
    const workbook = fakeFromGrid('Số liệu', [[4, 0]]);
    const fake = createFakeExcel({ workbook, evaluateFormulas: true });
    await excelOf(fake).run(async (context) => {
      const data = context.workbook.worksheets.getItem('Số liệu');
      context.workbook.names.add('TongSo', data.getRange('A1:B1'));
      const other = context.workbook.worksheets.add('Tính');
      other.getRange('A1:C1').formulas = [["='Số liệu'!A1/'Số liệu'!B1", '=SUM(TongSo)*2', '=-2^2']];
      const r = other.getRange('A1:C1').load('values');
      await context.sync();
      expect(r.values).toEqual([['#DIV/0!', 8, 4]]);
    });
  });
});

describe('rules, names, metadata', () => {
  it('adds custom and cell-value conditional formats, refusing the wrong sub-object', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C3:C10');
      const custom = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      custom.custom.rule.formula = '=C3<>D3+E3';
      custom.custom.format.fill.color = '#FFC7CE';
      custom.custom.format.font.color = '#9C0006';
      const byValue = range.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType);
      byValue.cellValue.rule = { formula1: '0', operator: 'LessThan' };
      byValue.cellValue.format.font.bold = true;
      const list = range.conditionalFormats.load('items/type');
      await context.sync();
      expect(list.items.map((i) => i.type)).toEqual(['CellValue', 'Custom']);
      custom.cellValue.rule = { formula1: '1', operator: 'EqualTo' };
      await expectCode(context.sync(), 'InvalidOperation');
    });
    const [cf] = fake.workbook.sheets[0].conditionalFormats;
    expect(cf).toMatchObject({ type: 'Custom', formula: '=C3<>D3+E3', fill: '#FFC7CE', fontColor: '#9C0006' });
  });

  it('stores data validation with its Vietnamese error alert and clears it', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop' as Excel.DataValidationAlertStyle, title: 'Số liệu không hợp lệ', message: 'Nhập số nguyên không âm.' };
      const dv = range.dataValidation.load('type');
      await context.sync();
      expect(dv.type).toBe('WholeNumber');
      context.workbook.worksheets.getItem('Sheet1').getRange('B2:D2').dataValidation.clear();
      await context.sync();
    });
    const [dv] = fake.workbook.sheets[0].dataValidations;
    expect(dv.box).toEqual({ row: 2, col: 1, rowCount: 3, colCount: 3 });
    expect(dv.errorAlert.title).toBe('Số liệu không hợp lệ');
  });

  it('manages defined names with Excel rules', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.names.add('KSTT_TongCong', sheet.getRange('B9:F9'), 'Dòng tổng cộng');
      context.workbook.names.add('TyLe', '=0.95');
      const item = context.workbook.names.getItem('kstt_tongcong').load('name, type, value, formula, comment');
      const range = context.workbook.names.getItem('KSTT_TongCong').getRange().load('address');
      const missing = context.workbook.names.getItemOrNullObject('Khac');
      await context.sync();
      expect(item).toMatchObject({ name: 'KSTT_TongCong', type: 'Range', value: 'Sheet1!$B$9:$F$9', formula: '=Sheet1!$B$9:$F$9', comment: 'Dòng tổng cộng' });
      expect(range.address).toBe('Sheet1!B9:F9');
      expect(missing.isNullObject).toBe(true);
      for (const [name, code] of [['KSTT_TongCong', 'ItemAlreadyExists'], ['A1', 'InvalidArgument'], ['has space', 'InvalidArgument'], ['R1C1', 'InvalidArgument']]) {
        context.workbook.names.add(name, '=1');
        await expectCode(context.sync(), code);
      }
    });
  });

  it('keeps custom XML parts, custom properties, notes and comments', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const ns = 'urn:kstt:forms:1';
      context.workbook.customXmlParts.add(`<?xml version="1.0"?><forms xmlns="${ns}"><form sheet="Sheet1" code="II.06a"/></forms>`);
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.customProperties.add('KSTT.form', 'II.06a');
      sheet.notes.add('B3', 'Số liệu từ phần mềm một cửa');
      context.workbook.comments.add('Sheet1!C4', 'Kiểm tra lại');
      await context.sync();
      const part = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      const absent = context.workbook.customXmlParts.getByNamespace('urn:other').getOnlyItemOrNullObject();
      const prop = sheet.customProperties.getItem('kstt.FORM').load('key, value');
      const notes = sheet.notes.load('items/content');
      await context.sync();
      expect(part.isNullObject).toBe(false);
      expect(absent.isNullObject).toBe(true);
      const xml = part.getXml();
      expect(() => xml.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(xml.value).toContain('code="II.06a"');
      expect(prop).toMatchObject({ key: 'KSTT.form', value: 'II.06a' });
      expect(notes.items.map((n) => n.content)).toEqual(['Số liệu từ phần mềm một cửa']);
      context.workbook.customXmlParts.add('<broken><a></broken>');
      await expectCode(context.sync(), 'InvalidArgument');
      sheet.notes.add('A1:B2', 'x');
      await expectCode(context.sync(), 'InvalidArgument');
    });
    expect(fake.workbook.sheets[0].comments.get('3,2')?.content).toBe('Kiểm tra lại');
  });

  it('sets freeze panes and the A4 landscape print setup', async () => {
    const fake = createFakeExcel();
    await excelOf(fake).run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeRows(7);
      const page = sheet.pageLayout;
      page.orientation = 'Landscape' as Excel.PageOrientation;
      page.paperSize = 'A4' as Excel.PaperType;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintTitleRows('$5:$7');
      page.leftMargin = 36;
      await context.sync();
      page.setPrintTitleRows('A5:C7');
      await expectCode(context.sync(), 'InvalidArgument');
      page.paperSize = 'A4Paper' as Excel.PaperType;
      await expectCode(context.sync(), 'InvalidArgument');
    });
    const sheet = fake.workbook.sheets[0];
    expect(sheet.freeze).toEqual({ rows: 7, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$7',
    });
    expect(sheet.pageLayout.margins.left).toBe(36);
  });

  it('builds and reads workbooks from grids', () => {
    const workbook = fakeFromGrid('Biểu', [
      ['STT', 'Lĩnh vực', 'Tổng'],
      [1, 'Tư pháp', '=SUM(D2:F2)'],
    ]);
    const sheet = sheetNamed(workbook, 'biểu');
    expect(readGrid(sheet)).toEqual([
      ['STT', 'Lĩnh vực', 'Tổng'],
      [1, 'Tư pháp', null],
    ]);
    expect(readGrid(sheet, { formulas: true })[1][2]).toBe('=SUM(D2:F2)');
  });
});

describe('collections', () => {
  it('count their items where the requirement-set table lists getCount, and have no getCount elsewhere', async () => {
    const fake = createFakeExcel({ apiVersion: '1.12' });
    await excelOf(fake).run(async (context) => {
      const properties = context.workbook.worksheets.getItem('Sheet1').customProperties;
      properties.add('kstt', 'II.06a');
      properties.add('KSTT', 'II.07b');
      const count = properties.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(count.value).toBe(1);
      // The table has no CustomXmlPartCollection.getCount: the fake does not offer it, so no adapter relies on it.
      const parts = context.workbook.customXmlParts as unknown as { getCount(): unknown };
      expect(() => parts.getCount()).toThrow(TypeError);
    });
  });
});

describe('reading a range much larger than the sheet (sparse read)', () => {
  it('gives the same values, formulas, number formats and text as looking up every cell', async () => {
    const fake = createFakeExcel();
    const excel = excelOf(fake);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Thưa');
      sheet.getRange('A1').values = [[1652]];
      sheet.getRange('D3').formulas = [['=A1*2']];
      sheet.getRange('B6').numberFormat = [['0.00%']];
      sheet.getRange('C2').values = [['Lĩnh vực']];
      await context.sync();
    });
    // 10 × 6 = 60 positions for 4 cells: the sparse path. The expected grids are read cell by cell (1 × 1 ranges).
    const read = (address: string) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem('Thưa')
          .getRange(address)
          .load('values,formulas,numberFormat,text,valueTypes');
        await context.sync();
        return {
          values: range.values,
          formulas: range.formulas,
          numberFormat: range.numberFormat,
          text: range.text,
          valueTypes: range.valueTypes,
        };
      });
    const letters = 'ABCDEF';
    for (const [first, address] of [[0, 'A1:F10'], [1, 'B2:F10']] as const) {
      const whole = await read(address);
      for (let row = first; row < 10; row++) {
        for (let col = first; col < 6; col++) {
          const one = await read(`${letters[col]}${row + 1}`);
          for (const key of ['values', 'formulas', 'numberFormat', 'text', 'valueTypes'] as const) {
            const got = whole[key][row - first][col - first];
            expect([address, row, col, key, got]).toEqual([address, row, col, key, one[key][0][0]]);
          }
        }
      }
    }
    const whole = await read('A1:F10');
    expect(whole.values[0][0]).toBe(1652);
    expect(whole.formulas[2][3]).toBe('=A1*2');
    expect(whole.numberFormat[5][1]).toBe('0.00%');
    expect(whole.values[9][5]).toBe('');
  });
});
