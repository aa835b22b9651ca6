/**
 * The consolidation core: tolerant lĩnh vực matching, unit names and levels, the byte guard, and the engine's
 * verdicts (sums, duplicates, other period, missing form, checker errors) on real generated workbooks read by the
 * real reader, recogniser and checker.
 */
import {
  buildConsolidatedPlans,
  createConsolidation,
  FieldMatcher,
  fieldKey,
  findReportingUnit,
  gridLimitProblem,
  inspectWorkbookBytes,
  levelFromUnitName,
  readUnitFile,
  type UnitFileResult,
  type UnitReaders,
} from '../../src/domain/consolidate';
import { DEFAULT_FIELDS } from '../../src/domain/forms/shared/fields';
import { checkWorkbook } from '../../src/domain/checks';
import { recogniseWorkbook } from '../../src/domain/read';
import { readWorkbookGrid } from '../../src/xlsx/read-grid';
import {
  corruptWorkbookXml,
  encryptedLookalike,
  notAWorkbook,
  truncated,
  withDeclaredSize,
  zipWithoutWorkbook,
} from '../fixtures/merge/bad-files';
import {
  Q1_2026,
  Q2_2026,
  randomCommune,
  sumFigures,
  unitWorkbook,
  type UnitFixture,
} from '../fixtures/merge/units';

const readers: UnitReaders = {
  loadGrid: (bytes) => readWorkbookGrid(bytes),
  recognise: (wb) => recogniseWorkbook(wb),
  check: (forms) => checkWorkbook(forms),
};

async function unitFile(
  fixture: UnitFixture,
  fileName = `${fixture.unitName}.xlsx`,
): Promise<UnitFileResult> {
  return readUnitFile(await unitWorkbook(fixture), fileName, readers);
}

describe('lĩnh vực names', () => {
  const matcher = () => new FieldMatcher(DEFAULT_FIELDS.xa);

  it.each([
    ['Hộ tịch', 'Hộ tịch'],
    ['HỘ TỊCH', 'Hộ tịch'],
    ['Lĩnh vực Hộ tịch.', 'Hộ tịch'],
    ['LĨNH VỰC: hộ  tịch;', 'Hộ tịch'],
    ['Ho tich', 'Hộ tịch'],
    ['- Đất đai', 'Đất đai'],
    ['3. Chứng thực', 'Chứng thực'],
    ['Thi đua – Khen thưởng', 'Thi đua - Khen thưởng'],
    ['thi dua-khen thuong', 'Thi đua - Khen thưởng'],
  ])('«%s» is the catalogue row «%s»', (name, expected) => {
    const m = matcher();
    const index = m.match(name)!;
    expect(m.rows[index]).toEqual({ label: expected, unmatched: false });
  });

  it('keeps an unknown name as its own row, without the «Lĩnh vực» prefix, and flags it', () => {
    const m = matcher();
    const a = m.match('Lĩnh vực Nuôi con nuôi.')!;
    expect(m.rows[a]).toEqual({ label: 'Nuôi con nuôi', unmatched: true });
    expect(m.match('NUÔI CON NUÔI')).toBe(a);
    expect(m.rows).toHaveLength(DEFAULT_FIELDS.xa.length + 1);
  });

  it('does not merge different names that share words', () => {
    const m = matcher();
    expect(m.match('Hộ tịch điện tử')).not.toBe(m.match('Hộ tịch'));
    expect(m.match('Đất đai, môi trường')).not.toBe(m.match('Đất đai'));
    expect(m.rows[m.match('   ')]).toEqual({ label: '(Không ghi tên lĩnh vực)', unmatched: true });
  });

  it('fieldKey drops prefix, list marks and trailing punctuation only', () => {
    expect(fieldKey(' Lĩnh vực  Bảo trợ xã hội … ')).toBe('bảo trợ xã hội');
    expect(fieldKey('a) Xây dựng')).toBe('xây dựng');
    expect(fieldKey('Xây dựng cơ bản')).toBe('xây dựng cơ bản');
  });
});

describe('unit name and level', () => {
  it.each([
    ['UBND xã An Phú', 'xa'],
    ['Ủy ban nhân dân Phường Ba Đình', 'xa'],
    ['UBND thị trấn Tân Phú', 'xa'],
    ['UBND thị xã Bỉm Sơn', 'huyen'],
    ['UBND huyện Bình Sơn', 'huyen'],
    ['UBND thành phố Thanh Hóa', 'huyen'],
    ['Sở Tư pháp', 'tinh'],
    ['UBND tỉnh Quảng Nam', 'tinh'],
  ])('%s → %s', (name, level) => expect(levelFromUnitName(name)).toBe(level));

  it('says nothing for a name without a level', () => {
    expect(levelFromUnitName('Bộ phận một cửa')).toBeNull();
    expect(levelFromUnitName('Trung tâm Y tế')).toBeNull();
  });

  it('reads «Đơn vị báo cáo:» in the cell or the next one, and ignores an unfilled blank', () => {
    const sheet = (cells: { row: number; col: number; value: string }[]) => [{ name: 'S', cells }];
    expect(findReportingUnit(sheet([{ row: 0, col: 7, value: 'Đơn vị báo cáo: UBND xã An Phú' }]))).toBe(
      'UBND xã An Phú',
    );
    expect(
      findReportingUnit(
        sheet([
          { row: 1, col: 5, value: 'Đơn vị báo cáo:' },
          { row: 1, col: 6, value: 'UBND phường Ba Đình' },
        ]),
      ),
    ).toBe('UBND phường Ba Đình');
    expect(findReportingUnit(sheet([{ row: 0, col: 0, value: 'Đơn vị báo cáo: ……………' }]))).toBeNull();
    expect(findReportingUnit(sheet([{ row: 40, col: 0, value: 'Đơn vị báo cáo: UBND xã X' }]))).toBeNull();
  });
});

describe('byte guard', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await unitWorkbook(randomCommune(2, 'UBND xã An Phú'));
  });

  it('accepts a real workbook and reports its uncompressed size', () => {
    const verdict = inspectWorkbookBytes(good);
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.uncompressedBytes).toBeGreaterThan(good.length);
  });

  it.each([
    ['empty', () => new Uint8Array(0), /rỗng/],
    ['password-protected', () => encryptedLookalike(), /mật khẩu/],
    ['not a workbook', () => notAWorkbook(), /Không phải tệp Excel/],
    ['a zip without workbook', () => zipWithoutWorkbook(), /không phải sổ tính/],
  ])('refuses %s', (_name, make, reason) => {
    const verdict = inspectWorkbookBytes(make());
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  it('passes a zip whose workbook XML is garbage to the loader, which refuses it with a Vietnamese reason', async () => {
    expect(inspectWorkbookBytes(corruptWorkbookXml()).ok).toBe(true);
    const result = await readUnitFile(corruptWorkbookXml(), 'hong.xlsx', readers);
    expect(result).toMatchObject({
      kind: 'unreadable',
      fileName: 'hong.xlsx',
      reason: expect.stringMatching(/^Tệp .xlsx bị hỏng/),
    });
  });

  it('refuses a truncated download', () => {
    const verdict = inspectWorkbookBytes(truncated(good));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toMatch(/bị hỏng/);
  });

  it('does not trust declared sizes: a real workbook declaring a huge sheet is read for what it holds', () => {
    // The guard counts what really inflates (see file-guard.test.ts for the bomb that lies the other way).
    const verdict = inspectWorkbookBytes(withDeclaredSize(good, 'xl/worksheets/sheet1.xml', 60 * 1024 * 1024));
    expect(verdict.ok).toBe(true);
  });

  it('flags a sheet with too many cells or a cell far away', () => {
    const cells = Array.from({ length: 11 }, (_, i) => ({ row: i, col: 0 }));
    const limits = { maxCellsPerSheet: 10, maxRow: 100, maxCol: 10 } as const;
    expect(gridLimitProblem({ name: 'A', cells }, { ...defaultLimits(), ...limits })).toMatch(/11 ô dữ liệu/);
    expect(
      gridLimitProblem({ name: 'A', cells: [{ row: 500, col: 0 }] }, { ...defaultLimits(), ...limits }),
    ).toMatch(/bất thường/);
    expect(
      gridLimitProblem({ name: 'A', cells: cells.slice(0, 10) }, { ...defaultLimits(), ...limits }),
    ).toBeNull();
  });
});

function defaultLimits() {
  // Imported lazily to keep the test's own limits visible above.
  return jest.requireActual('../../src/domain/consolidate').DEFAULT_FILE_LIMITS;
}

describe('createConsolidation', () => {
  const a = randomCommune(2, 'UBND xã An Phú');
  const b = randomCommune(3, 'UBND phường Ba Đình');
  const c = randomCommune(4, 'UBND thị xã Bỉm Sơn');

  it('sums the units by level, lĩnh vực by lĩnh vực, and lists every file', async () => {
    const merge = createConsolidation();
    for (const unit of [a, b, c]) merge.add(await unitFile(unit));
    expect(merge.size).toBe(3);
    const result = merge.result();
    const expected = sumFigures([a, b, c]);
    for (const [id, value] of Object.entries(expected)) expect(result.totals[id]).toBe(value);
    expect(result.totals.received).toBe(expected.online + expected.direct + expected.carried);
    expect(result.groups.map((g) => g.level)).toEqual(['huyen', 'xa']);
    // «Hộ tịch» of the two communes is one row holding both.
    const hoTich = result.groups[1].rows.find((r) => r.label === 'Hộ tịch')!;
    const fig = (u: UnitFixture) => u.fields.find((f) => f.label === 'Hộ tịch')!.figures.online;
    expect(hoTich.values.online).toBe(fig(a) + fig(b));
    expect(result.units.map((u) => [u.unitName, u.level])).toEqual([
      ['UBND thị xã Bỉm Sơn', 'huyen'],
      ['UBND xã An Phú', 'xa'],
      ['UBND phường Ba Đình', 'xa'],
    ]);
    expect(result.statuses.every((s) => s.status === 'ok' && s.merged)).toBe(true);
    expect(result.periodLabel).toBe('Quý I năm 2026');
    expect([result.periodFrom, result.periodTo]).toEqual(['15/12/2025', '14/03/2026']);
    // Names outside the catalogue («Nuôi con nuôi» …) are rows of their own and listed.
    expect(result.unmatchedFields.map((f) => f.label)).toContain('Nuôi con nuôi');
  });

  it('matches lĩnh vực spelled differently by different units', async () => {
    const shout: UnitFixture = {
      ...b,
      fields: b.fields.map((f) => ({ ...f, label: `LĨNH VỰC ${f.label.toLocaleUpperCase('vi')}.` })),
    };
    const merge = createConsolidation();
    merge.add(await unitFile(a));
    merge.add(await unitFile(shout));
    const rows = merge.result().groups[0].rows;
    expect(rows.map((r) => r.label)).toContain('Hộ tịch');
    expect(rows.some((r) => r.label.startsWith('LĨNH VỰC'))).toBe(false);
    expect(rows.length).toBe(Math.max(a.fields.length, b.fields.length));
  });

  it('counts the same file once, and the same unit name at the same level once', async () => {
    const merge = createConsolidation();
    const bytes = await unitWorkbook(a);
    merge.add(await readUnitFile(bytes, 'an-phu.xlsx', readers));
    const again = merge.add(await readUnitFile(bytes.slice(), 'an-phu (1).xlsx', readers));
    // The same unit again with other figures (a corrected file sent under another name, spelled otherwise).
    const corrected = { ...b, unitName: 'Ủy ban nhân dân XÃ AN PHÚ.' };
    const sameName = merge.add(await unitFile(corrected, 'an-phu-sua.xlsx'));
    expect(again.status).toBe('duplicate');
    expect(again.reasons[0]).toMatch(/Tệp giống hệt tệp «an-phu.xlsx»/);
    expect(sameName.status).toBe('duplicate');
    expect(sameName.reasons[0]).toMatch(/Trùng đơn vị .* với tệp «an-phu.xlsx»/);
    const result = merge.result();
    expect(result.totals.online).toBe(sumFigures([a]).online);
    expect(result.counts).toEqual({ files: 3, merged: 1, notMerged: 2, unreadable: 0, warned: 0 });
  });

  it('merges two units with identical figures under different names, with a warning on both', async () => {
    const merge = createConsolidation();
    merge.add(await unitFile(a, 'an-phu.xlsx'));
    const twin = merge.add(await unitFile({ ...a, unitName: 'UBND xã Tân Lập' }, 'tan-lap.xlsx'));
    expect(twin).toMatchObject({ status: 'ok', merged: true });
    const result = merge.result();
    expect(result.statuses[0].reasons.join(' ')).toMatch(/Số liệu giống hệt đơn vị «UBND xã Tân Lập»/);
    expect(result.statuses[1].reasons.join(' ')).toMatch(/Số liệu giống hệt đơn vị «UBND xã An Phú»/);
    expect(result.totals.online).toBe(2 * sumFigures([a]).online);
    expect(result.counts).toMatchObject({ files: 2, merged: 2, notMerged: 0, warned: 2 });
  });

  it('keeps names that differ only by tone marks as two units, with a warning on both', async () => {
    const merge = createConsolidation();
    merge.add(await unitFile({ ...a, unitName: 'UBND xã Phú Mỹ' }, 'phu-my.xlsx'));
    merge.add(await unitFile({ ...b, unitName: 'UBND xã Phù Mỹ' }, 'phu-my-2.xlsx'));
    // Old and new tone placement are one spelling: «Hoà» and «Hòa» are the same commune.
    merge.add(await unitFile({ ...b, unitName: 'UBND xã Hòa An' }, 'hoa-an.xlsx'));
    const again = merge.add(await unitFile({ ...a, unitName: 'UBND xã Hoà An' }, 'hoa-an-2.xlsx'));
    const result = merge.result();
    expect(result.statuses.slice(0, 2).map((s) => s.merged)).toEqual([true, true]);
    expect(result.statuses[0].reasons.join(' ')).toMatch(/chỉ khác dấu với «UBND xã Phù Mỹ»/);
    expect(result.statuses[1].reasons.join(' ')).toMatch(/chỉ khác dấu với «UBND xã Phú Mỹ»/);
    expect(again.status).toBe('duplicate');
    expect(result.totals.online).toBe(sumFigures([a, b, b]).online);
  });

  it('leaves out a unit reporting another period than most units', async () => {
    const merge = createConsolidation();
    merge.add(await unitFile(a));
    merge.add(await unitFile(b));
    merge.add(await unitFile(randomCommune(9, 'UBND xã Hà Lan', Q2_2026)));
    const result = merge.result();
    expect(result.periodLabel).toBe(Q1_2026.label);
    const late = result.statuses[2];
    expect(late).toMatchObject({ status: 'other-period', merged: false, periodLabel: 'Quý II năm 2026' });
    expect(late.reasons[0]).toMatch(/kỳ khác/);
    expect(result.totals.online).toBe(sumFigures([a, b]).online);
  });

  it('lists a file without Biểu II.06a and an unreadable one, and still merges the rest', async () => {
    const merge = createConsolidation();
    merge.add(await unitFile(a));
    merge.add(await readUnitFile(encryptedLookalike(), 'mat-khau.xlsx', readers));
    merge.add({ kind: 'read', fileName: 'khac.xlsx', forms: [], unitName: 'UBND xã Quang Trung' });
    const result = merge.result();
    expect(result.statuses.map((s) => s.status)).toEqual(['ok', 'unreadable', 'no-form']);
    expect(result.statuses[2].reasons[0]).toMatch(/Không nhận ra biểu nào trong tệp/);
    expect(result.counts).toEqual({ files: 3, merged: 1, notMerged: 2, unreadable: 1, warned: 0 });
    expect(result.totals.online).toBe(sumFigures([a]).online);
  });

  it('marks a unit whose workbook has checker errors as «lỗi» but counts its figures', async () => {
    const wrong: UnitFixture = {
      ...randomCommune(5, 'UBND xã Quang Trung'),
      style: 'plain',
      wrongTotal: true,
    };
    const merge = createConsolidation();
    const status = merge.add(await unitFile(wrong));
    expect(status.status).toBe('errors');
    expect(status.merged).toBe(true);
    expect(status.reasons[0]).toMatch(/lỗi đối chiếu/);
    // The aggregate takes the lĩnh vực rows, not the unit's wrong total.
    expect(merge.result().totals.online).toBe(sumFigures([wrong]).online);
  });

  it('uses the default level, and says so, when the unit name tells none', async () => {
    const merge = createConsolidation({ defaultLevel: 'tinh' });
    const status = merge.add(await unitFile({ ...a, unitName: 'Trung tâm Phục vụ hành chính công' }));
    expect(status).toMatchObject({ level: 'tinh', levelSource: 'default' });
    expect(status.reasons.join(' ')).toMatch(/xếp vào cấp tỉnh/);
  });
});

describe('buildConsolidatedPlans', () => {
  it('writes the units’ numbers into input cells and every total as a formula', async () => {
    const a = randomCommune(2, 'UBND xã An Phú');
    const b = randomCommune(3, 'UBND phường Ba Đình');
    const merge = createConsolidation();
    merge.add(await unitFile(a));
    merge.add(await unitFile(b));
    const result = merge.result();
    const plans = buildConsolidatedPlans(result, {
      reportingUnit: 'UBND huyện Mẫu Sơn',
      fallbackPeriod: { label: 'Quý IV năm 2025', from: '15/09/2025', to: '14/12/2025' },
    });
    expect(plans.map((p) => p.formCode)).toEqual(['II.06b', 'KSTT-PL', 'KSTT-TT']);
    const [ii06b, appendix] = plans;
    const onlineCol = ii06b.layout.columns.online;
    const inputs = ii06b.cells.filter((c) => c.col === onlineCol && c.role === 'input');
    const sum = inputs.reduce((s, c) => s + (c.content.kind === 'number' ? c.content.value : 0), 0);
    expect(sum).toBe(result.totals.online);
    const total = ii06b.cells.find((c) => c.row === ii06b.layout.totalRow && c.col === onlineCol)!;
    expect(total.content.kind).toBe('formula');
    expect(ii06b.layout.groupRows.map((g) => g.label)).toEqual(['Cấp xã (xã, phường, thị trấn)']);
    // The period printed is the units' period, not the fallback.
    expect(
      ii06b.cells.some((c) => c.content.kind === 'text' && c.content.text === 'Kỳ báo cáo: Quý I năm 2026'),
    ).toBe(true);
    // Appendix: one row per unit, the rate a guarded formula.
    const rateCol = appendix.layout.columns.onTimeRate;
    const rate = appendix.cells.find(
      (c) => c.col === rateCol && c.row === appendix.layout.dataRows.first + 1,
    )!;
    expect(rate.content).toEqual({ kind: 'formula', formula: expect.stringMatching(/^=IF\(\w+\d+=0,"",/) });
  });
});

describe('the other forms a unit sends', () => {
  it('puts each unit’s II.05a line and the summed KSTT-DT into the consolidated workbook', async () => {
    const { getForm } = await import('../../src/domain/forms');
    const { buildSheetPlan } = await import('../../src/domain/layout/build-plan');
    const { renderPlansToXlsx } = await import('../../src/xlsx/render-plan');
    const base = {
      receivingUnit: '',
      level: 'xa' as const,
      period: Q1_2026,
      reportPlace: '',
      reportDate: '',
    };
    async function unitWithOtherForms(
      name: string,
      pakn: number,
      fullOnline: number,
    ): Promise<UnitFileResult> {
      const commune = randomCommune(pakn, name);
      const values: Record<string, Record<string, number>> = {};
      for (const f of commune.fields) values[f.label] = { ...f.figures };
      const plans = [
        buildSheetPlan(getForm('II.06a')!, {
          ...base,
          reportingUnit: name,
          rowLabels: commune.fields.map((f) => f.label),
          values,
        }),
        buildSheetPlan(getForm('II.05a')!, {
          ...base,
          reportingUnit: name,
          rowLabels: ['Bộ phận một cửa', 'Văn phòng'],
          values: {
            'Bộ phận một cửa': { new: pakn, processed: pakn },
            'Văn phòng': { new: 1, processed: 1 },
          },
        }),
        buildSheetPlan(getForm('KSTT-DT')!, {
          ...base,
          reportingUnit: name,
          prefill: { fullOnline: { value: fullOnline } },
        }),
      ];
      return readUnitFile(await renderPlansToXlsx(plans), `${name}.xlsx`, readers);
    }
    const merge = createConsolidation();
    merge.add(await unitWithOtherForms('UBND xã An Phú', 6, 40));
    merge.add(await unitWithOtherForms('UBND xã Hà Lan', 11, 2));
    const result = merge.result();
    expect(result.unitForms['II.05a']).toEqual([
      { unitName: 'UBND xã An Phú', values: expect.objectContaining({ new: 7, processed: 7, carried: 0 }) },
      { unitName: 'UBND xã Hà Lan', values: expect.objectContaining({ new: 12, processed: 12 }) },
    ]);
    expect(result.electronic.unitCount).toBe(2);
    expect(result.electronic.values.fullOnline).toEqual({ value: 42 });
    const plans = buildConsolidatedPlans(result, {
      reportingUnit: 'UBND huyện Mẫu Sơn',
      fallbackPeriod: Q1_2026,
    });
    expect(plans.map((p) => p.formCode)).toEqual(['II.06b', 'KSTT-PL', 'II.05a', 'KSTT-DT', 'KSTT-TT']);
    const dt = plans[3];
    const fullOnlineCell = dt.cells.find(
      (c) => c.row === dt.layout.rows!.fullOnline && c.col === dt.layout.columns.value,
    );
    expect(fullOnlineCell?.content).toEqual({ kind: 'number', value: 42 });
  });
});

describe('FormOptions.values (the layout option consolidation fills)', () => {
  it('writes numbers into the named rows’ input cells only, never over a formula, and ignores unknown labels', async () => {
    const { getForm } = await import('../../src/domain/forms');
    const { buildSheetPlan } = await import('../../src/domain/layout/build-plan');
    const plan = buildSheetPlan(getForm('II.06a')!, {
      reportingUnit: 'UBND xã An Phú',
      receivingUnit: '',
      level: 'xa',
      period: Q1_2026,
      reportPlace: '',
      reportDate: '',
      rowLabels: ['Hộ tịch', 'Đất đai'],
      values: { 'Hộ tịch': { online: 5, received: 999 }, 'Không có dòng này': { online: 7 } },
    });
    const first = plan.layout.dataRows.first;
    const at = (row: number, id: string) =>
      plan.cells.find((c) => c.row === row && c.col === plan.layout.columns[id]);
    expect(at(first, 'online')).toMatchObject({ content: { kind: 'number', value: 5 }, role: 'input' });
    expect(at(first, 'received')?.content.kind).toBe('formula');
    expect(at(first + 1, 'online')).toBeUndefined();
    expect(plan.cells.some((c) => c.content.kind === 'number' && c.content.value === 7)).toBe(false);
  });
});
