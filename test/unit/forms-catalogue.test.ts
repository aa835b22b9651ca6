import {
  FORM_CATALOGUE,
  chiTieuPrefill,
  defaultLegalBasis,
  formulaOperands,
  getForm,
  leafColumns,
  LEGAL_BASES,
  type FormCheck,
  type FormSpec,
  type LegalBasis,
} from '../../src/domain/forms';

const BASES = Object.keys(FORM_CATALOGUE) as LegalBasis[];
const ALL: [LegalBasis, FormSpec][] = BASES.flatMap((b) =>
  FORM_CATALOGUE[b].map((f): [LegalBasis, FormSpec] => [b, f]),
);

/** Ids a check names, by axis: column ids or fixed-row ids. */
function checkIds(check: FormCheck): { axis: 'columns' | 'rows'; ids: string[] } {
  switch (check.rule) {
    case 'row-sum':
      return { axis: check.axis, ids: [check.target, ...check.parts] };
    case 'col-sum':
      return { axis: 'columns', ids: [...check.columns] };
    case 'balance':
      return { axis: check.axis, ids: [...check.left, ...check.right] };
    case 'subset':
      return { axis: check.axis, ids: [...check.part, ...check.whole] };
    case 'rate':
      return { axis: check.axis, ids: [check.target, ...check.numerator, ...check.denominator] };
    case 'cross-form':
      return { axis: check.axis, ids: [...check.ids] };
    case 'carry-over':
      return { axis: 'columns', ids: [...check.current, ...check.previous] };
  }
}

describe('form catalogue', () => {
  it('holds the required forms under both legal bases', () => {
    const wanted = [
      'II.05a',
      'II.06a',
      'II.06b',
      'II.07b',
      'KSTT-CB',
      'KSTT-RS',
      'KSTT-DG',
      'KSTT-DT',
      'KSTT-CT',
      'KSTT-DC',
      'KSTT-PL',
    ];
    for (const basis of BASES) {
      expect(FORM_CATALOGUE[basis].map((f) => f.code).sort()).toEqual([...wanted].sort());
      for (const f of FORM_CATALOGUE[basis]) expect(f.legalBasis).toBe(basis);
    }
  });

  it('finds forms by code, case-insensitively, and nothing for unknown codes', () => {
    expect(getForm('II.06a')?.title).toMatch(/giải quyết TTHC/);
    expect(getForm('ii.06A')?.code).toBe('II.06a');
    expect(getForm('II.06a', 'TT05/2025')?.legalBasis).toBe('TT05/2025');
    expect(getForm('II.99')).toBeUndefined();
    expect(getForm('')).toBeUndefined();
  });

  it('never calls a TT05/2025 layout confirmed while its appendix is unread', () => {
    expect(LEGAL_BASES['TT05/2025'].layouts.kind).toBe('assumed');
    for (const f of FORM_CATALOGUE['TT05/2025']) {
      expect(f.status.layout).toBe('inferred');
      expect(f.status.notes).toMatch(/05\/2025/);
    }
    expect(getForm('II.06a', 'TT01/2020')?.status.layout).toBe('confirmed');
  });

  it('prints official codes only for official forms, and local ones say they are not official', () => {
    for (const [basis, f] of ALL) {
      if (f.officialCode) expect(f.printedCode).toMatch(/^Biểu số II\.\d{2}[a-z]\/VPCP\/KSTT$/);
      else {
        expect(f.printedCode).not.toMatch(/VPCP\/KSTT/);
        expect(f.code).toMatch(/^KSTT-[A-Z]{2}$/);
      }
      if (basis === 'TT01/2020' && f.status.layout === 'inferred' && !f.officialCode)
        expect(f.printedCode).toMatch(/không phải mẫu chính thức/);
      expect(f.status.source.length).toBeGreaterThan(20);
    }
  });

  it.each(ALL.map(([b, f]) => [`${f.code} ${b}`, f] as const))('%s is internally consistent', (_name, f) => {
    const leaves = leafColumns(f.columns);
    const ids = leaves.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(leaves.filter((l) => l.kind === 'label')).toHaveLength(1);
    for (const leaf of leaves) {
      const needsFormula = leaf.kind === 'computed' || leaf.kind === 'rate';
      expect(Boolean(leaf.formula)).toBe(needsFormula);
      if (leaf.formula) {
        expect('ratio' in leaf.formula).toBe(leaf.kind === 'rate');
        for (const op of formulaOperands(leaf.formula)) expect(ids).toContain(op);
      }
      if (leaf.targetColumn) expect(ids).toContain(leaf.targetColumn);
    }
    const rowIds = f.rows.kind === 'fixed' ? f.rows.rows.map((r) => r.id) : [];
    expect(new Set(rowIds).size).toBe(rowIds.length);
    if (f.rows.kind === 'fixed') {
      for (const row of f.rows.rows) {
        if (row.formula) for (const op of formulaOperands(row.formula)) expect(rowIds).toContain(op);
        for (const c of row.columns ?? []) expect(ids).toContain(c);
        for (const c of Object.keys(row.texts ?? {}))
          expect(leaves.find((l) => l.id === c)?.kind).toBe('text');
      }
    }
    const checkIdsSeen = f.checks.map((c) => c.id);
    expect(new Set(checkIdsSeen).size).toBe(checkIdsSeen.length);
    for (const check of f.checks) {
      const { axis, ids: named } = checkIds(check);
      for (const id of named) expect(axis === 'columns' ? ids : rowIds).toContain(id);
      expect(check.description).toMatch(/[ăâđêôơưáàảãạ]/i);
    }
    if (f.totalRow) expect(f.rows.kind).not.toBe('fixed');
  });

  it('has the 13 printed columns of II.06a plus two optional Nghị định 118 columns', () => {
    const f = getForm('II.06a')!;
    expect(leafColumns(f.columns, {})).toHaveLength(13);
    expect(leafColumns(f.columns, { returned: true })).toHaveLength(14);
    expect(
      leafColumns(f.columns, { returned: true, paused: true })
        .map((l) => l.id)
        .slice(-2),
    ).toEqual(['returned', 'paused']);
    expect(f.checks.find((c) => c.rule === 'balance')).toMatchObject({
      left: ['received'],
      right: ['resolved', 'pending', 'returned', 'paused'],
    });
  });

  it('groups II.06b by level with cấp huyện proposed only before 1/7/2025', () => {
    const f = getForm('II.06b')!;
    expect(f.rows.kind).toBe('grouped');
    if (f.rows.kind !== 'grouped') return;
    expect(f.rows.groups.map((g) => g.label.split(' (')[0])).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
    expect(f.rows.groups[1].proposedUntil).toBe('2025-07-01');
  });
});

describe('defaultLegalBasis', () => {
  it('switches to TT05/2025 for periods ending on or after 15/02/2026', () => {
    expect(defaultLegalBasis('2025-12-14')).toBe('TT01/2020');
    expect(defaultLegalBasis('2026-02-14')).toBe('TT01/2020');
    expect(defaultLegalBasis('2026-02-15')).toBe('TT05/2025');
    expect(defaultLegalBasis('2026-03-14')).toBe('TT05/2025');
  });
  it('refuses dates that are not ISO', () => {
    expect(() => defaultLegalBasis('14/03/2026')).toThrow(/yyyy-mm-dd/);
  });
});

describe('indicator targets', () => {
  it('uses the 2024 targets and says when a later year falls back to them', () => {
    const exact = chiTieuPrefill(2024);
    expect(exact.exact).toBe(true);
    expect(exact.prefill['target:onlineDossiers']).toEqual({ target: 50 });
    const later = chiTieuPrefill(2026);
    expect(later.exact).toBe(false);
    expect(later.prefill['target:onlinePayment']).toEqual({ target: 45 });
  });
  it('keeps the Quyết định 766 groups at 100 points in total', () => {
    const f = getForm('KSTT-CT')!;
    if (f.rows.kind !== 'fixed') throw new Error('fixed rows expected');
    const points = f.rows.rows.filter((r) => r.id.startsWith('score:')).map((r) => r.prefill?.maxPoints ?? 0);
    expect(points.reduce((a, b) => a + b, 0)).toBe(100);
  });
});
