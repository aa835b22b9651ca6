/**
 * Writes a SheetPlan into the open workbook as a NEW worksheet, in two `context.sync()` calls whatever the
 * form's size: one to learn the existing sheet and defined names (so nothing is overwritten), one to
 * write everything. Features above the ExcelApi 1.8 floor are used only when `supports` says so.
 */
import type { CellStyle, SheetPlan, StyledBox } from '../domain/layout/sheet-plan';
import { uniqueDefinedName, uniqueSheetName } from '../domain/layout/names';
import { boxAddress } from './a1';

export interface RenderResult {
  sheetName: string;
  /** Plan name -> the workbook-unique name actually used. */
  names: Record<string, string>;
  /** What was skipped because the host lacks the API (e.g. page layout below ExcelApi 1.9). */
  skipped: string[];
}

/** `(version) => boolean`, e.g. backed by Office.context.requirements.isSetSupported('ExcelApi', version). */
export type ApiSupport = (version: string) => boolean;

const BORDER_EDGE: Record<string, Excel.BorderIndex> = {
  top: 'EdgeTop' as Excel.BorderIndex,
  bottom: 'EdgeBottom' as Excel.BorderIndex,
  left: 'EdgeLeft' as Excel.BorderIndex,
  right: 'EdgeRight' as Excel.BorderIndex,
  insideHorizontal: 'InsideHorizontal' as Excel.BorderIndex,
  insideVertical: 'InsideVertical' as Excel.BorderIndex,
};

/** Excel's column width unit in the API is points; plans speak characters of the default font. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Text is written with a leading apostrophe so Excel stores it as typed text: otherwise «(1)» becomes -1,
 * «01» becomes 1 and a unit name starting with «=» becomes a formula.
 */
function textAsTyped(text: string): string {
  return `'${text}`;
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
    // Inside edges of a single row or column do not exist.
    if (edge === 'insideHorizontal' && styled.box.rowCount < 2) continue;
    if (edge === 'insideVertical' && styled.box.colCount < 2) continue;
    const border = range.format.borders.getItem(BORDER_EDGE[edge]);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.weight = 'Thin' as Excel.BorderWeight;
    border.color = '#000000';
  }
}

export async function renderSheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  supports: ApiSupport,
): Promise<RenderResult> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const existingNames = workbook.names.load('items/name');
  await context.sync();

  const sheetName = uniqueSheetName(
    plan.sheetName,
    sheets.items.map((s) => s.name),
  );
  const takenNames = existingNames.items.map((n) => n.name);
  const names: Record<string, string> = {};
  const skipped: string[] = [];

  workbook.application.suspendApiCalculationUntilNextSync();
  const sheet = workbook.worksheets.add(sheetName);
  const whole = sheet.getRangeByIndexes(0, 0, plan.rowCount, plan.colCount);
  const { formulas, numberFormats } = planGrids(plan);
  // Formats first so text cells never pass through a number format that would reinterpret them.
  whole.numberFormat = numberFormats;
  whole.formulas = formulas;

  for (const styled of plan.styles) applyStyle(sheet.getRange(boxAddress(styled.box)), styled);
  for (const merge of plan.merges) sheet.getRange(boxAddress(merge)).merge(false);

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
    const name = uniqueDefinedName(planned.name, takenNames);
    takenNames.push(name);
    names[planned.name] = name;
    workbook.names.add(name, sheet.getRange(boxAddress(planned.box)), planned.comment);
  }

  if (supports('1.9')) {
    const page = sheet.pageLayout;
    page.orientation = (plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    page.paperSize = 'A4' as Excel.PaperType;
    if (plan.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows) page.setPrintTitleRows(`$${plan.print.repeatRows.first + 1}:$${plan.print.repeatRows.last + 1}`);
    const m = plan.print.margins;
    if (m) {
      page.topMargin = m.top * 72;
      page.bottomMargin = m.bottom * 72;
      page.leftMargin = m.left * 72;
      page.rightMargin = m.right * 72;
    }
  } else {
    skipped.push('pageLayout (ExcelApi 1.9)');
  }

  sheet.activate();
  sheet.getRange('A1').select();
  await context.sync();
  return { sheetName, names, skipped };
}
