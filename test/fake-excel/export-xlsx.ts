/**
 * The fake workbook to and from .xlsx (Node only: exceljs). Export is what lets LibreOffice recalculate and
 * render what the adapter built; import lets tests and the preview start from a real file.
 *
 * Not exported (exceljs cannot write them): custom XML parts, worksheet custom properties, threaded comments
 * (written as notes instead), names whose value is not a range, sheet-scoped names.
 */
import ExcelJS from 'exceljs';
import { boxToA1, formatAbsoluteAddress, tryParseAddress } from './address';
import { errorFromText } from './formula';
import {
  addSheetState,
  createWorkbookState,
  ensureCell,
  findSheetById,
  parseCellKey,
  type BorderSide,
  type FakeBorder,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeDataValidation,
  type FakeSheet,
  type FakeWorkbook,
} from './model';

const PAPER_SIZE: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13 };

/** Column width in the API is points; .xlsx stores characters of the default font (inverse of 7 px/char + 5 px). */
export function pointsToCharacters(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const hexOf = (color: Partial<ExcelJS.Color> | undefined): string | null =>
  color?.argb && /^[0-9A-Fa-f]{8}$/.test(color.argb) ? `#${color.argb.slice(2).toUpperCase()}` : null;

/** The .xlsx border styles and the line style and weight each stands for: import reads it, export picks from it. */
const XLSX_BORDERS: Record<string, Pick<FakeBorder, 'style' | 'weight'>> = {
  hair: { style: 'Continuous', weight: 'Hairline' },
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
};

const isHeavy = (weight: string) => weight === 'Medium' || weight === 'Thick';

/** The .xlsx style of an API border: its line style in the same weight, else as heavy or as light, else the only one. */
function borderStyle(border: FakeBorder): ExcelJS.BorderStyle | null {
  const sameLine = Object.entries(XLSX_BORDERS).filter(([, xlsx]) => xlsx.style === border.style);
  const pick =
    sameLine.find(([, xlsx]) => xlsx.weight === border.weight) ??
    sameLine.find(([, xlsx]) => isHeavy(xlsx.weight) === isHeavy(border.weight)) ??
    sameLine[0];
  return pick ? (pick[0] as ExcelJS.BorderStyle) : null;
}

const H_ALIGN: Record<string, ExcelJS.Alignment['horizontal'] | undefined> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
  Fill: 'fill',
  Justify: 'justify',
  CenterAcrossSelection: 'centerContinuous',
  Distributed: 'distributed',
};
const V_ALIGN: Record<string, ExcelJS.Alignment['vertical'] | undefined> = {
  Top: 'top',
  Center: 'middle',
  Justify: 'justify',
  Distributed: 'distributed',
};
const UNDERLINE: Record<string, ExcelJS.Font['underline']> = {
  Single: 'single',
  Double: 'double',
  SingleAccountant: 'singleAccounting',
  DoubleAccountant: 'doubleAccounting',
};

function writeCell(target: ExcelJS.Cell, cell: FakeCell): void {
  if (cell.formula) {
    const error = errorFromText(cell.value);
    const result = error ? { error: error.code as ExcelJS.CellErrorValue['error'] } : cell.value;
    target.value = (
      result === null ? { formula: cell.formula.slice(1) } : { formula: cell.formula.slice(1), result }
    ) as ExcelJS.CellFormulaValue;
  } else if (cell.value !== null) {
    target.value = cell.value;
  }
  if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
  const f = cell.font;
  target.font = {
    name: f.name,
    size: f.size,
    bold: f.bold,
    italic: f.italic,
    color: { argb: argb(f.color) },
    ...(UNDERLINE[f.underline] ? { underline: UNDERLINE[f.underline] } : {}),
  };
  if (cell.fill.color) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.fill.color) } };
  const horizontal = H_ALIGN[cell.alignment.horizontal];
  const vertical = V_ALIGN[cell.alignment.vertical];
  if (horizontal || vertical || cell.alignment.wrapText) {
    target.alignment = { ...(horizontal ? { horizontal } : {}), ...(vertical ? { vertical } : {}), ...(cell.alignment.wrapText ? { wrapText: true } : {}) };
  }
  const borders: Partial<ExcelJS.Borders> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as BorderSide[]) {
    const b = cell.borders[side];
    const style = b && borderStyle(b);
    if (b && style) borders[side] = { style, color: { argb: argb(b.color) } };
  }
  if (Object.keys(borders).length > 0) target.border = borders as ExcelJS.Borders;
}

const CF_OPERATOR: Record<string, string> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThanOrEqual: 'lessThanOrEqual',
};

function conditionalRule(cf: FakeConditionalFormat): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (cf.fontColor) font.color = { argb: argb(cf.fontColor) };
  if (cf.bold !== null) font.bold = cf.bold;
  if (cf.italic !== null) font.italic = cf.italic;
  if (Object.keys(font).length > 0) style.font = font;
  const priority = cf.priority + 1;
  if (cf.type === 'Custom') {
    return { type: 'expression', formulae: [(cf.formula ?? '=FALSE').slice(1)], style, priority } as ExcelJS.ConditionalFormattingRule;
  }
  const rule = cf.cellValueRule ?? { formula1: '0', operator: 'EqualTo' };
  const formulae = [rule.formula1, rule.formula2].filter((f): f is string => f !== undefined).map((f) => f.replace(/^=/, ''));
  return { type: 'cellIs', operator: CF_OPERATOR[rule.operator], formulae, style, priority } as ExcelJS.ConditionalFormattingRule;
}

const DV_OPERATOR: Record<string, string> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};
const DV_TYPE: Record<string, string> = {
  wholeNumber: 'whole',
  decimal: 'decimal',
  textLength: 'textLength',
  date: 'date',
  time: 'time',
  list: 'list',
  custom: 'custom',
};
const ALERT_STYLE: Record<string, string> = { Stop: 'error', Warning: 'warning', Information: 'information' };

function validationModel(dv: FakeDataValidation): ExcelJS.DataValidation {
  const key = Object.keys(dv.rule)[0] as keyof FakeDataValidation['rule'];
  const body = dv.rule[key] as Record<string, unknown>;
  const strip = (v: unknown) => (typeof v === 'string' ? v.replace(/^=/, '') : v);
  let formulae: unknown[];
  let operator: string | undefined;
  if (key === 'list') formulae = [strip(body.source)];
  else if (key === 'custom') formulae = [strip(body.formula)];
  else {
    formulae = [body.formula1, body.formula2].filter((f) => f !== undefined).map(strip);
    operator = DV_OPERATOR[String(body.operator)];
  }
  return {
    type: DV_TYPE[key],
    ...(operator ? { operator } : {}),
    formulae,
    allowBlank: dv.ignoreBlanks,
    showErrorMessage: dv.errorAlert.showAlert,
    errorStyle: ALERT_STYLE[dv.errorAlert.style],
    errorTitle: dv.errorAlert.title,
    error: dv.errorAlert.message,
    showInputMessage: dv.prompt.showPrompt,
    promptTitle: dv.prompt.title,
    prompt: dv.prompt.message,
  } as unknown as ExcelJS.DataValidation;
}

function exportSheet(book: ExcelJS.Workbook, sheet: FakeSheet): void {
  const ws = book.addWorksheet(sheet.name, {
    state: sheet.visibility === 'Hidden' ? 'hidden' : sheet.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: [
      sheet.freeze
        ? { state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows, showGridLines: sheet.showGridlines }
        : { state: 'normal', showGridLines: sheet.showGridlines },
    ],
  });
  for (const [key, cell] of sheet.cells) {
    const { row, col } = parseCellKey(key);
    writeCell(ws.getCell(row + 1, col + 1), cell);
  }
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  for (const [col, points] of sheet.columnWidths) ws.getColumn(col + 1).width = pointsToCharacters(points);
  for (const [row, points] of sheet.rowHeights) ws.getRow(row + 1).height = points;
  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting({ ref: boxToA1(cf.box), rules: [conditionalRule(cf)] });
  for (const dv of sheet.dataValidations) {
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      boxToA1(dv.box),
      validationModel(dv),
    );
  }
  const notes = new Map<string, string>();
  for (const [key, note] of sheet.notes) notes.set(key, note.content);
  for (const [key, comment] of sheet.comments) notes.set(key, notes.has(key) ? `${notes.get(key)}\n${comment.content}` : comment.content);
  for (const [key, text] of notes) {
    const { row, col } = parseCellKey(key);
    ws.getCell(row + 1, col + 1).note = text;
  }
  const p = sheet.pageLayout;
  const fit = p.zoom.horizontalFitToPages !== undefined || p.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: p.orientation === 'Landscape' ? 'landscape' : 'portrait',
    paperSize: PAPER_SIZE[p.paperSize] as ExcelJS.PageSetup['paperSize'],
    ...(fit
      ? { fitToPage: true, fitToWidth: p.zoom.horizontalFitToPages ?? 0, fitToHeight: p.zoom.verticalFitToPages ?? 0 }
      : { fitToPage: false, scale: p.zoom.scale ?? 100 }),
    margins: {
      top: p.margins.top / 72,
      bottom: p.margins.bottom / 72,
      left: p.margins.left / 72,
      right: p.margins.right / 72,
      header: p.margins.header / 72,
      footer: p.margins.footer / 72,
    },
    horizontalCentered: p.centerHorizontally,
    verticalCentered: p.centerVertically,
    showGridLines: p.printGridlines,
    ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows.replace(/\$/g, '') } : {}),
    ...(p.printTitleColumns ? { printTitlesColumn: p.printTitleColumns.replace(/\$/g, '') } : {}),
    ...(p.printArea ? { printArea: p.printArea } : {}),
  };
}

export async function exportFakeWorkbookToXlsx(workbook: FakeWorkbook): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'KSTT fake Excel host';
  for (const sheet of workbook.sheets) exportSheet(book, sheet);
  for (const name of workbook.names) {
    const sheet = name.ref && findSheetById(workbook, name.ref.sheetId);
    if (name.ref && sheet) book.definedNames.add(formatAbsoluteAddress(sheet.name, name.ref.box), name.name);
  }
  const active = workbook.selection ? workbook.sheets.findIndex((s) => s.id === workbook.selection!.sheetId) : 0;
  book.views = [{ activeTab: Math.max(0, active), x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------------------
// Import

function excelDateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

/** `cachedResult` is `cell.result`: exceljs's `cell.value` drops a cached result of 0. */
function importValue(value: ExcelJS.CellValue, cachedResult: unknown): { value: FakeCell['value'] } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: excelDateSerial(value) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = cachedResult;
      const cached =
        result === undefined || result === null
          ? null
          : result instanceof Date
            ? excelDateSerial(result)
            : typeof result === 'object' && 'error' in (result as object)
              ? String((result as { error: string }).error)
              : (result as FakeCell['value']);
      return { value: cached };
    }
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('error' in value) return { value: String(value.error) };
    if ('text' in value) return { value: String((value as { text: unknown }).text) };
  }
  return { value: String(value) };
}

function importCell(source: ExcelJS.Cell, target: FakeCell): void {
  const imported = importValue(source.value, source.result);
  target.value = imported.value;
  if (source.type === ExcelJS.ValueType.Formula && source.formula) target.formula = `=${source.formula}`;
  if (source.numFmt) target.numberFormat = source.numFmt;
  const font = source.font;
  if (font) {
    if (font.name) target.font.name = font.name;
    if (font.size) target.font.size = font.size;
    target.font.bold = !!font.bold;
    target.font.italic = !!font.italic;
    target.font.color = hexOf(font.color) ?? '#000000';
    const underline = Object.entries(UNDERLINE).find(([, v]) => v === font.underline)?.[0];
    target.font.underline = font.underline === true ? 'Single' : (underline ?? 'None');
  }
  const fill = source.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') target.fill.color = hexOf(fill.fgColor);
  const a = source.alignment;
  if (a) {
    target.alignment.horizontal = Object.entries(H_ALIGN).find(([, v]) => v === a.horizontal)?.[0] ?? 'General';
    target.alignment.vertical = a.vertical === 'middle' ? 'Center' : a.vertical ? Object.entries(V_ALIGN).find(([, v]) => v === a.vertical)?.[0] ?? 'Bottom' : 'Bottom';
    target.alignment.wrapText = !!a.wrapText;
  }
  for (const side of ['top', 'bottom', 'left', 'right'] as BorderSide[]) {
    const b = source.border?.[side];
    const mapped = b?.style && XLSX_BORDERS[b.style];
    if (mapped) target.borders[side] = { ...mapped, color: hexOf(b.color) ?? '#000000' };
  }
}

/** Values, formulas (with cached results), formats, merges, widths, heights, freeze panes and range names. */
export async function importXlsxToFake(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const workbook = createWorkbookState();
  book.eachSheet((ws) => {
    const sheet = addSheetState(workbook, ws.name);
    sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.height) sheet.rowHeights.set(rowNumber - 1, row.height);
      row.eachCell({ includeEmpty: false }, (source, colNumber) => {
        // Cells covered by a merge repeat the master's value in exceljs; Excel keeps them empty.
        if (source.isMerged && source.master !== source) {
          importCell(source, ensureCell(sheet, rowNumber - 1, colNumber - 1));
          const covered = sheet.cells.get(`${rowNumber - 1},${colNumber - 1}`)!;
          covered.value = null;
          delete covered.formula;
          return;
        }
        importCell(source, ensureCell(sheet, rowNumber - 1, colNumber - 1));
      });
    });
    (ws.columns ?? []).forEach((column, index) => {
      if (column.width) sheet.columnWidths.set(index, charactersToPoints(column.width));
    });
    for (const merge of (ws.model as unknown as { merges: string[] }).merges ?? []) {
      const parsed = tryParseAddress(merge);
      if (parsed) sheet.merges.push(parsed.box);
    }
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen' && (view.xSplit || view.ySplit)) sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  });
  for (const defined of book.definedNames.model as { name: string; ranges: string[] }[]) {
    const parsed = defined.ranges.length === 1 ? tryParseAddress(defined.ranges[0]) : null;
    const sheet = parsed?.sheetName ? workbook.sheets.find((s) => s.name === parsed.sheetName) : undefined;
    if (parsed && sheet) workbook.names.push({ name: defined.name, ref: { sheetId: sheet.id, box: parsed.box }, formula: null, comment: '', visible: true });
  }
  return workbook;
}
