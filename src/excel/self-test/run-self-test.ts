/**
 * «Tự kiểm tra»: runs every Office.js operation the add-in uses, as the features run them, on sheets it creates
 * with unique names, then deletes them and proves the workbook is as before. Each step is timed and its
 * `context.sync()` calls counted; a step whose requirement set is missing is reported «Không hỗ trợ» without being
 * tried (the set comes from api-features.ts, the same table the features check).
 *
 * Nothing leaves the machine: the report is data for the task pane, which formats and copies it.
 */
import { dossierChartSpec } from '../../domain/indicators/chart-specs';
import { boxAddress } from '../../domain/layout/a1';
import { computeExpected } from '../../domain/layout/compute-expected';
import { uniqueSheetName } from '../../domain/layout/names';
import {
  SELF_TEST_NARRATIVE,
  SELF_TEST_PREFIX,
  figureRuns,
  selfTestForms,
  type SelfTestForm,
} from '../../domain/self-test/fixture';
import { API_FEATURES, compareApiVersions, hasFeature, type ApiFeatureId } from '../api-features';
import { addReportCharts } from '../charts';
import { classifyHostError, deleteCreated } from '../host-errors';
import { HIGHLIGHT_FILLS, HIGHLIGHT_RECORD_SHEET, hasHighlights, highlightFindings, removeHighlights } from '../highlight';
import { insertForms, type InsertResult } from '../insert-form';
import { writeNarrativeSheet } from '../narrative-sheet';
import { planGrids, type ApiSupport } from '../render-plan';
import { readHostFacts } from './host-facts';
import type { SelfTestReport, SelfTestRow, SelfTestStepId } from './types';

/** A check that did not hold: the step fails with this detail. */
class Mismatch extends Error {}

/** `Excel` whose every Excel.run counts its context.sync() calls into `counter.syncs`. */
function countingExcel(excel: typeof Excel, counter: { syncs: number }): typeof Excel {
  type Batch = (context: Excel.RequestContext) => Promise<unknown>;
  const wrap = (batch: Batch): Batch => (context) => {
    const sync = context.sync.bind(context);
    context.sync = ((value?: unknown) => {
      counter.syncs += 1;
      return sync(value);
    }) as typeof context.sync;
    return batch(context);
  };
  const counting = Object.create(excel) as typeof Excel & { run: (...args: unknown[]) => Promise<unknown> };
  counting.run = (...args: unknown[]) => {
    const batch = args[args.length - 1] as Batch;
    const run = excel.run as unknown as (...a: unknown[]) => Promise<unknown>;
    // Called on `excel` itself, as office.js expects; only the batch is wrapped.
    return args.length > 1 ? run.call(excel, args[0], wrap(batch)) : run.call(excel, wrap(batch));
  };
  return counting;
}

interface Inventory {
  sheets: string[];
  names: string[];
  active: string;
}

function readInventory(excel: typeof Excel): Promise<Inventory> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const names = context.workbook.names.load('items/name');
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    return {
      sheets: sheets.items.map((s) => `${s.name} (${s.visibility})`),
      names: names.items.map((n) => n.name),
      active: active.name,
    };
  });
}

const near = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

function cellName(sheet: string, row: number, col: number): string {
  return `${sheet}!${boxAddress({ row, col, rowCount: 1, colCount: 1 })}`;
}

export interface SelfTestOptions {
  supports: ApiSupport;
  /** Milliseconds clock; performance.now by default. */
  now?: () => number;
}

export async function runSelfTest(excel: typeof Excel, options: SelfTestOptions): Promise<SelfTestReport> {
  const { supports } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const rows: SelfTestRow[] = [];
  const counter = { syncs: 0 };
  const cx = countingExcel(excel, counter);
  const created = { sheets: [] as string[], names: [] as string[] };
  const forms = selfTestForms();
  // Filled by the steps, read by later ones.
  let before: Inventory | null = null;
  let inserted: InsertResult | null = null;
  let read: { values: unknown[][]; formulas: unknown[][]; formats: unknown[][] }[] | null = null;

  const step = async (id: SelfTestStepId, requires: ApiFeatureId | null, work: () => Promise<void | 'skipped'>) => {
    if (requires && !hasFeature(requires, supports)) {
      rows.push({ id, status: 'unsupported', ms: 0, syncs: 0, requires, detail: null, hostError: null });
      return;
    }
    counter.syncs = 0;
    const t0 = now();
    let status: SelfTestRow['status'] = 'pass';
    let detail: string | null = null;
    let hostError: SelfTestRow['hostError'] = null;
    try {
      if ((await work()) === 'skipped') status = 'skipped';
    } catch (thrown) {
      status = 'fail';
      const host = classifyHostError(thrown);
      hostError = host?.kind ?? null;
      detail = host ? host.code + (host.location ? ` · ${host.location}` : '') : thrown instanceof Error ? thrown.message : String(thrown);
    }
    rows.push({ id, status, ms: Math.round(now() - t0), syncs: counter.syncs, requires, detail, hostError });
  };
  const needInserted = () => {
    if (!inserted) throw new Mismatch('chưa chèn được biểu / forms not inserted');
    return inserted;
  };
  const sheetOf = (i: number) => needInserted().forms[i].sheetName;

  try {
    await step('scratch', null, async () => {
      before = await readInventory(cx);
      const taken = before.sheets.map((s) => s.slice(0, s.lastIndexOf(' (')));
      const name = uniqueSheetName(SELF_TEST_PREFIX, taken);
      created.sheets.push(name);
      await cx.run(async (context) => {
        const sheet = context.workbook.worksheets.add(name);
        sheet.getRange('A1').values = [["'Trang nháp của «Tự kiểm tra» — add-in sẽ tự xóa."]];
        await context.sync();
      });
    });

    await step('insert', null, async () => {
      inserted = await insertForms(cx, forms.map((f) => f.plan), supports);
      for (const form of inserted.forms) {
        created.sheets.push(form.sheetName);
        created.names.push(...Object.values(form.names));
      }
    });

    await step('pageLayout', 'pageLayout', async () => {
      const layouts = await cx.run(async (context) => {
        const loaded = forms.map((_, i) =>
          context.workbook.worksheets.getItem(sheetOf(i)).pageLayout.load('orientation,paperSize'),
        );
        await context.sync();
        return loaded.map((l) => ({ orientation: l.orientation as string, paperSize: l.paperSize as string }));
      });
      layouts.forEach((layout, i) => {
        const wanted = forms[i].plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        if (layout.orientation !== wanted || layout.paperSize !== 'A4')
          throw new Mismatch(`${sheetOf(i)}: ${layout.orientation}/${layout.paperSize} ≠ ${wanted}/A4`);
      });
    });

    await step('undoGroup', 'undoGroup', async () => {
      if (!needInserted().undoGrouped) throw new Mismatch('Excel.run({ mergeUndoGroup }) không được dùng / not used');
    });

    await step('write', null, async () => {
      await cx.run(async (context) => {
        forms.forEach((form, i) => {
          const sheet = context.workbook.worksheets.getItem(sheetOf(i));
          for (const run of figureRuns(form.figures))
            sheet.getRangeByIndexes(run.row, run.col, 1, run.values.length).values = [run.values];
        });
        await context.sync();
      });
    });

    await step('read', null, async () => {
      read = await cx.run(async (context) => {
        const ranges = forms.map((form, i) =>
          context.workbook.worksheets
            .getItem(sheetOf(i))
            .getRangeByIndexes(0, 0, form.plan.rowCount, form.plan.colCount)
            .load('values,formulas,numberFormat'),
        );
        await context.sync();
        return ranges.map((r) => ({ values: r.values, formulas: r.formulas, formats: r.numberFormat }));
      });
      forms.forEach((form, i) => compareWithPlan(form, read![i], sheetOf(i)));
    });

    await step('merges', 'mergedAreas', async () => {
      const found = await cx.run(async (context) => {
        const areas = forms.map((form, i) =>
          context.workbook.worksheets
            .getItem(sheetOf(i))
            .getRangeByIndexes(0, 0, form.plan.rowCount, form.plan.colCount)
            .getMergedAreasOrNullObject()
            .load('address'),
        );
        await context.sync();
        return areas.map((a) => (a.isNullObject ? '' : a.address));
      });
      forms.forEach((form, i) => {
        const wanted = form.plan.merges
          .filter((m) => m.rowCount * m.colCount > 1)
          .map((m) => boxAddress(m))
          .sort();
        const got = found[i]
          .split(',')
          .filter(Boolean)
          .map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, ''))
          .sort();
        if (wanted.join(',') !== got.join(','))
          throw new Mismatch(`${sheetOf(i)}: ${got.length} vùng gộp, cần ${wanted.length}`);
      });
    });

    await step('totals', null, async () => {
      if (!read) throw new Mismatch('chưa đọc lại được / not read back');
      forms.forEach((form, i) => {
        const inputs = new Map(form.figures.map((f) => [`${f.row},${f.col}`, f.value]));
        const expected = computeExpected(form.spec, form.plan, inputs);
        let compared = 0;
        for (const [key, value] of expected) {
          const [row, col] = key.split(',').map(Number);
          const excelValue = read![i].values[row]?.[col];
          if (!near(excelValue, value))
            throw new Mismatch(`${cellName(sheetOf(i), row, col)}: Excel ${String(excelValue)} ≠ ${String(value)}`);
          compared++;
        }
        if (compared === 0) throw new Mismatch(`${sheetOf(i)}: không có ô tổng nào / no total cell`);
      });
    });

    // Highlighting: never over an official's own highlight (its record would be replaced): then «Bỏ qua».
    const highlightRoundTrip = async (annotationBelow: string | null, expect: 'none' | 'comment' | 'note') => {
      if (await hasHighlights(cx)) return 'skipped' as const;
      const sheet = sheetOf(0);
      const total = forms[0].plan.cells.find((c) => c.role !== 'input' && c.content.kind === 'formula');
      if (!total) throw new Mismatch('II.06a: không có ô công thức / no formula cell');
      const cell = boxAddress({ row: total.row, col: total.col, rowCount: 1, colCount: 1 });
      const capped: ApiSupport = (v) =>
        supports(v) && (annotationBelow === null || compareApiVersions(v, annotationBelow) < 0);
      const fillOf = () =>
        cx.run(async (context) => {
          const fill = context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill.load('color');
          await context.sync();
          return (fill.color ?? '').toUpperCase();
        });
      const original = await fillOf();
      created.sheets.push(HIGHLIGHT_RECORD_SHEET);
      const marked = await highlightFindings(
        cx,
        [{ rule: 'formula', severity: 'error', sheet, cell, found: 1, expected: 2, message: 'Tự kiểm tra.' }],
        capped,
      );
      if (marked.marked !== 1 || marked.annotation !== expect)
        throw new Mismatch(`đánh dấu ${marked.marked} ô, ${marked.annotation} ≠ 1 ô, ${expect}`);
      if ((await fillOf()) !== HIGHLIGHT_FILLS.error) throw new Mismatch(`${sheet}!${cell}: chưa được tô màu`);
      const removed = await removeHighlights(cx, capped);
      const wantNotes = expect === 'none' ? 0 : 1;
      if (removed.restored !== 1 || removed.notesRemoved !== wantNotes || removed.keptUserChanges.length > 0)
        throw new Mismatch(`bỏ đánh dấu: ${removed.restored} ô, ${removed.notesRemoved} ghi chú`);
      const after = await fillOf();
      if (after !== original) throw new Mismatch(`${sheet}!${cell}: màu ${after} ≠ ${original}`);
      return undefined;
    };
    await step('highlight', null, () => highlightRoundTrip(API_FEATURES.comments.set, 'none'));
    await step('comments', 'comments', () => highlightRoundTrip(API_FEATURES.notes.set, 'comment'));
    await step('notes', 'notes', () => highlightRoundTrip(null, 'note'));

    await step('narrative', null, async () => {
      const marker = `${SELF_TEST_PREFIX}_TM`;
      created.names.push(marker);
      const result = await writeNarrativeSheet(cx, SELF_TEST_NARRATIVE, {
        marker,
        sheetName: `${SELF_TEST_PREFIX}_TM`,
        replaceOwn: true,
      });
      if (result.kind !== 'written') throw new Mismatch(`trang thuyết minh: ${result.kind}`);
      created.sheets.push(result.sheetName);
      const first = await cx.run(async (context) => {
        const range = context.workbook.worksheets.getItem(result.sheetName).getRange('A1').load('values');
        await context.sync();
        return range.values[0][0];
      });
      if (first !== SELF_TEST_NARRATIVE[0].text) throw new Mismatch(`A1: «${String(first)}»`);
    });

    await step('chart', null, async () => {
      const spec = dossierChartSpec({ sheetName: sheetOf(0), layout: forms[0].plan.layout }, 'field');
      const result = await cx.run((context) =>
        addReportCharts(context, [spec], supports, `${SELF_TEST_PREFIX}_BD`, (name) => created.sheets.push(name)),
      );
      const count = await cx.run(async (context) => {
        const charts = context.workbook.worksheets.getItem(result.sheetName).charts.load('items/name');
        await context.sync();
        return charts.items.length;
      });
      if (count !== 1) throw new Mismatch(`${count} biểu đồ / charts`);
    });
  } finally {
    await step('cleanup', null, async () => {
      await deleteCreated(cx, {
        sheets: [...new Set(created.sheets)].filter((name) => !before?.sheets.includes(`${name} (VeryHidden)`)),
        names: [...new Set(created.names)],
      });
      const active = before?.active;
      if (active) {
        await cx.run(async (context) => {
          context.workbook.worksheets.getItem(active).activate();
          await context.sync();
        });
      }
    });
  }

  let leftovers: string[] = [];
  await step('unchanged', null, async () => {
    const after = await readInventory(cx);
    const was = before as Inventory | null;
    if (!was) throw new Mismatch('không có ảnh chụp ban đầu / no initial inventory');
    leftovers = [
      ...after.sheets.filter((s) => !was.sheets.includes(s)),
      ...after.names.filter((n) => !was.names.includes(n)),
    ];
    const missing = [...was.sheets.filter((s) => !after.sheets.includes(s)), ...was.names.filter((n) => !after.names.includes(n))];
    if (leftovers.length > 0 || missing.length > 0 || after.sheets.join('\n') !== was.sheets.join('\n'))
      throw new Mismatch(`còn lại / left: ${leftovers.join(', ') || '—'}; mất / missing: ${missing.join(', ') || '—'}`);
  });

  return { rows, facts: readHostFacts(supports), totalMs: Math.round(now() - started), leftovers };
}

/** Formulas, number formats and typed figures read back equal the plan (values of formula cells: see totals). */
function compareWithPlan(
  form: SelfTestForm,
  got: { values: unknown[][]; formulas: unknown[][]; formats: unknown[][] },
  sheet: string,
): void {
  const { numberFormats } = planGrids(form.plan);
  const typed = new Map(form.figures.map((f) => [`${f.row},${f.col}`, f.value]));
  for (const cell of form.plan.cells) {
    const where = cellName(sheet, cell.row, cell.col);
    const content = cell.content;
    const formula = got.formulas[cell.row]?.[cell.col];
    const value = got.values[cell.row]?.[cell.col];
    if (content.kind === 'formula' && formula !== content.formula)
      throw new Mismatch(`${where}: ${String(formula)} ≠ ${content.formula}`);
    if (content.kind === 'text' && value !== content.text) throw new Mismatch(`${where}: «${String(value)}» ≠ «${content.text}»`);
    const wanted = typed.get(`${cell.row},${cell.col}`);
    if (wanted !== undefined && value !== wanted) throw new Mismatch(`${where}: ${String(value)} ≠ ${wanted}`);
    const format = got.formats[cell.row]?.[cell.col];
    if (format !== numberFormats[cell.row][cell.col])
      throw new Mismatch(`${where}: định dạng ${String(format)} ≠ ${numberFormats[cell.row][cell.col]}`);
  }
}
