/**
 * Writes SheetPlans into the open workbook as NEW worksheets, in two `context.sync()` calls whatever the number
 * of forms and rows: one to learn the existing sheet and defined names (so nothing is overwritten), one to write
 * everything. The work is split so several forms share those two syncs:
 *   1. `loadWorkbookInventory` queues the loads; after the caller's sync, `.read()` gives the names;
 *   2. `placePlans` (pure) picks unique sheet and defined names for every plan;
 *   3. `queueSheetPlan` queues one plan's writes without syncing.
 * Features above the ExcelApi 1.8 floor are used only when `supports` says so, and are reported as skipped.
 */
import type { CellStyle, SheetPlan, StyledBox } from '../domain/layout/sheet-plan';
import { boxAddress, rowSpanAddress } from './a1';
import { API_FEATURES } from './api-features';
import { ownershipComment } from './ownership';
import { placePlans, type Placement, type WorkbookInventory } from './placement';

export interface RenderResult extends Placement {
  /** What was skipped because the host lacks the API (e.g. page layout below ExcelApi 1.9). */
  skipped: string[];
}

/** `(version) => boolean`, e.g. backed by Office.context.requirements.isSetSupported('ExcelApi', version). */
export type ApiSupport = (version: string) => boolean;

/** The message put in `skipped` when the host lacks page layout (ExcelApi 1.9). */
export const SKIPPED_PAGE_LAYOUT = `pageLayout (ExcelApi ${API_FEATURES.pageLayout.set})`;

const BORDER_EDGE: Record<string, Excel.BorderIndex> = {
  top: 'EdgeTop' as Excel.BorderIndex,
  bottom: 'EdgeBottom' as Excel.BorderIndex,
  left: 'EdgeLeft' as Excel.BorderIndex,
  right: 'EdgeRight' as Excel.BorderIndex,
  insideHorizontal: 'InsideHorizontal' as Excel.BorderIndex,
  insideVertical: 'InsideVertical' as Excel.BorderIndex,
};

/** Excel's column width unit in the API is points; plans speak characters of the default font (7 px + 5 px padding). */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Text is written with a leading apostrophe so Excel stores it as typed text: otherwise «(1)» becomes -1,
 * «01» becomes 1 and a unit name starting with «=» becomes a formula. Excel drops the apostrophe itself.
 */
export function textAsTyped(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** The plan's cells as one 2D `formulas` array and one 2D `numberFormat` array covering the whole form. */
export function planGrids(plan: SheetPlan): { formulas: (string | number)[][]; numberFormats: string[][] } {
  const formulas: (string | number)[][] = Array.from({ length: plan.rowCount }, () =>
    new Array<string | number>(plan.colCount).fill(''),
  );
  const numberFormats: string[][] = Array.from({ length: plan.rowCount }, () =>
    new Array<string>(plan.colCount).fill('General'),
  );
  for (const cell of plan.cells) {
    const c = cell.content;
    formulas[cell.row][cell.col] = c.kind === 'text' ? textAsTyped(c.text) : c.kind === 'number' ? c.value : c.formula;
  }
  for (const { box, style } of plan.styles) {
    if (!style.numberFormat) continue;
    for (let r = box.row; r < box.row + box.rowCount; r++) {
      for (let c = box.col; c < box.col + box.colCount; c++) numberFormats[r][c] = style.numberFormat;
    }
  }
  return { formulas, numberFormats };
}

/** Queues the loads of the sheet and defined names; `read()` is valid after the caller's next sync. */
export function loadWorkbookInventory(context: Excel.RequestContext): { read(): WorkbookInventory } {
  const sheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name');
  return {
    read: () => ({ sheetNames: sheets.items.map((s) => s.name), definedNames: names.items.map((n) => n.name) }),
  };
}

function applyStyle(range: Excel.Range, styled: StyledBox): void {
  const s: CellStyle = styled.style;
  const font = range.format.font;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.underline !== undefined) font.underline = (s.underline ? 'Single' : 'None') as Excel.RangeUnderlineStyle;
  if (s.fontColor !== undefined) font.color = s.fontColor;
  if (s.fill !== undefined) range.format.fill.color = s.fill;
  if (s.horizontalAlign !== undefined) {
    range.format.horizontalAlignment = { left: 'Left', center: 'Center', right: 'Right' }[
      s.horizontalAlign
    ] as Excel.HorizontalAlignment;
  }
  if (s.verticalAlign !== undefined) {
    range.format.verticalAlignment = { top: 'Top', center: 'Center', bottom: 'Bottom' }[
      s.verticalAlign
    ] as Excel.VerticalAlignment;
  }
  if (s.wrapText !== undefined) range.format.wrapText = s.wrapText;
  for (const edge of s.borders ?? []) {
    // Inside edges of a single row or column do not exist (Excel refuses them).
    if (edge === 'insideHorizontal' && styled.box.rowCount < 2) continue;
    if (edge === 'insideVertical' && styled.box.colCount < 2) continue;
    const border = range.format.borders.getItem(BORDER_EDGE[edge]);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.weight = 'Thin' as Excel.BorderWeight;
    border.color = '#000000';
  }
}

function queuePageLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const page = sheet.pageLayout;
  page.orientation = (plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  page.paperSize = 'A4' as Excel.PaperType;
  if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (plan.print.repeatRows) page.setPrintTitleRows(rowSpanAddress(plan.print.repeatRows.first, plan.print.repeatRows.last));
  const m = plan.print.margins;
  if (m) {
    // Plans speak inches, the API points.
    page.topMargin = m.top * 72;
    page.bottomMargin = m.bottom * 72;
    page.leftMargin = m.left * 72;
    page.rightMargin = m.right * 72;
  }
}

export interface QueuedPlan {
  sheet: Excel.Worksheet;
  /** What was skipped for lack of API support. */
  skipped: string[];
}

/**
 * Queues every write of one plan into a new worksheet named `placement.sheetName` (no sync). The caller syncs
 * once for all plans.
 */
export function queueSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  placement: Placement,
  supports: ApiSupport,
): QueuedPlan {
  const workbook = context.workbook;
  const skipped: string[] = [];
  const sheet = workbook.worksheets.add(placement.sheetName);
  const whole = sheet.getRangeByIndexes(0, 0, plan.rowCount, plan.colCount);
  const { formulas, numberFormats } = planGrids(plan);
  // Formats first so a number never passes through General and picks up a format Excel guessed.
  whole.numberFormat = numberFormats;
  whole.formulas = formulas;

  for (const styled of plan.styles) applyStyle(sheet.getRange(boxAddress(styled.box)), styled);
  for (const merge of plan.merges) {
    if (merge.rowCount * merge.colCount > 1) sheet.getRange(boxAddress(merge)).merge(false);
  }

  for (const [col, width] of Object.entries(plan.columnWidths)) {
    sheet.getRangeByIndexes(0, Number(col), 1, 1).format.columnWidth = charactersToPoints(width);
  }
  for (const [row, height] of Object.entries(plan.rowHeights)) {
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  }
  if (plan.freeze?.columns) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows || 1, plan.freeze.columns));
  } else if (plan.freeze?.rows) {
    sheet.freezePanes.freezeRows(plan.freeze.rows);
  }

  for (const v of plan.validations) {
    const validation = sheet.getRange(boxAddress(v.box)).dataValidation;
    validation.rule = {
      wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator },
    };
    validation.errorAlert = {
      showAlert: true,
      style: 'Stop' as Excel.DataValidationAlertStyle,
      title: v.errorTitle,
      message: v.errorMessage,
    };
  }
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(boxAddress(cf.box)).conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    if (cf.fontColor) format.custom.format.font.color = cf.fontColor;
  }
  for (const planned of plan.names) {
    const name = placement.names[planned.name];
    // The marker's comment says which form and basis in full: the name itself can only spell them approximately.
    const comment = name === placement.markerName ? ownershipComment(plan.formCode, plan.legalBasis) : planned.comment;
    workbook.names.add(name, sheet.getRange(boxAddress(planned.box)), comment);
  }

  if (supports(API_FEATURES.pageLayout.set)) queuePageLayout(sheet, plan);
  else skipped.push(SKIPPED_PAGE_LAYOUT);
  return { sheet, skipped };
}

/**
 * Queuing a dozen forms' writes is ~0,2 s of main-thread work on a slow office PC: it is done in slices of about
 * this many milliseconds, a task each, so the pane keeps painting and taking input (issue 14). The queued commands
 * wait for the one write sync either way.
 */
const QUEUE_SLICE_MS = 40;

function laterTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Rebuilds plans once their final sheet names are known (same order as the plans). The indicator sheet uses it to
 * link to «II.06a (2)» when «II.06a» was taken. It must keep each plan's proposed sheet name and defined names.
 */
export type RelinkPlans = (plans: readonly SheetPlan[], sheetNames: readonly string[]) => SheetPlan[];

/**
 * Renders several plans with exactly two syncs: one load, one write. Activates the first new sheet. Use inside
 * `Excel.run`; see `insertForms` for the undo grouping.
 */
export async function renderSheetPlans(
  context: Excel.RequestContext,
  proposed: readonly SheetPlan[],
  supports: ApiSupport,
  relink?: RelinkPlans,
  onPlaced?: (placements: readonly Placement[]) => void,
): Promise<RenderResult[]> {
  const inventory = loadWorkbookInventory(context);
  await context.sync();

  const placements = placePlans(proposed, inventory.read());
  // Told before anything is written, so a caller can remove exactly these if the write is refused half-way.
  onPlaced?.(placements);
  const plans = relink ? relink(proposed, placements.map((p) => p.sheetName)) : proposed;
  plans.forEach((plan, i) => {
    const same = plan.sheetName === proposed[i].sheetName && plan.names.every((n) => n.name in placements[i].names);
    if (!same) throw new Error(`relink changed the names of «${proposed[i].sheetName}»`);
  });
  // Nothing needs computing until every form is written (the API's calculation resumes at the sync).
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const queued: QueuedPlan[] = [];
  let sliceStart = Date.now();
  for (const [i, plan] of plans.entries()) {
    if (Date.now() - sliceStart > QUEUE_SLICE_MS) {
      await laterTask();
      sliceStart = Date.now();
    }
    queued.push(queueSheetPlan(context, plan, placements[i], supports));
  }
  if (queued.length > 0) {
    queued[0].sheet.activate();
    queued[0].sheet.getRange('A1').select();
  }
  await context.sync();
  return placements.map((placement, i) => ({ ...placement, skipped: queued[i].skipped }));
}

/** One plan, two syncs (kept for callers that render a single form). */
export async function renderSheetPlan(context: Excel.RequestContext, plan: SheetPlan, supports: ApiSupport): Promise<RenderResult> {
  const [result] = await renderSheetPlans(context, [plan], supports);
  return result;
}
