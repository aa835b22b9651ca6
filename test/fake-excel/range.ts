/** Range and its format proxies (Excel.Range, RangeFormat, RangeFont, RangeFill, RangeBorder…, RangeAreas). */
import { formatAddress } from './address';
import { ClientObjectBase, CollectionBase, defineParts, defineProps, part, registerProxies, type InstancesOf, type ProxyKinds } from './client-object';
import { FakeOfficeError } from './errors';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_COLUMNS,
  MAX_ROWS,
  ensureCell,
  getCell,
  type BorderSide,
  type FakeBorder,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbook,
  type RangeBox,
} from './model';
import {
  cellCount,
  clearBox,
  displayText,
  forEachCell,
  intersectBoxes,
  mergeBox,
  mergedAreasStartingIn,
  readGridOf,
  shapeGrid,
  uniform,
  unmergeBox,
  usedBox,
  valueType,
  writeContent,
} from './sheet-ops';
import { rangeOn, type RangeTarget } from './targets';
import { invalid, normalizeColor, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

function checkInSheet(box: RangeBox | null): RangeBox | null {
  if (!box) return null;
  if (
    box.row < 0 ||
    box.col < 0 ||
    box.rowCount < 1 ||
    box.colCount < 1 ||
    box.row + box.rowCount > MAX_ROWS ||
    box.col + box.colCount > MAX_COLUMNS
  ) {
    throw invalid(`the range would lie outside the sheet (${JSON.stringify(box)})`);
  }
  return box;
}

export class RangeProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'Range';
  declare address: string;
  declare addressLocal: string;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare text: string[][];
  declare valueTypes: string[][];
  declare rowCount: number;
  declare columnCount: number;
  declare rowIndex: number;
  declare columnIndex: number;
  declare cellCount: number;

  declare readonly format: RangeFormatProxy;
  declare readonly conditionalFormats: ProxyKinds['ConditionalFormatCollection'];
  declare readonly dataValidation: ProxyKinds['DataValidation'];
  declare readonly worksheet: ProxyKinds['Worksheet'];

  private _sub(member: string, fn: (t: RangeTarget) => RangeBox | null, nullable = false): RangeProxy {
    return this._related('Range', member, (t) => rangeOn(t, checkInSheet(fn(t))), nullable);
  }

  getCell(row: number, column: number): RangeProxy {
    return this._sub('getCell', (t) => ({ row: t.box.row + row, col: t.box.col + column, rowCount: 1, colCount: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._sub('getOffsetRange', (t) => ({ ...t.box, row: t.box.row + rowOffset, col: t.box.col + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._sub('getResizedRange', (t) => ({
      ...t.box,
      rowCount: t.box.rowCount + deltaRows,
      colCount: t.box.colCount + deltaColumns,
    }));
  }

  getRow(row: number): RangeProxy {
    return this._sub('getRow', (t) => {
      if (row < 0 || row >= t.box.rowCount) throw invalid(`getRow(${row}) is outside the range`);
      return { ...t.box, row: t.box.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): RangeProxy {
    return this._sub('getColumn', (t) => {
      if (column < 0 || column >= t.box.colCount) throw invalid(`getColumn(${column}) is outside the range`);
      return { ...t.box, col: t.box.col + column, colCount: 1 };
    });
  }

  getEntireRow(): RangeProxy {
    return this._sub('getEntireRow', (t) => ({ row: t.box.row, rowCount: t.box.rowCount, col: 0, colCount: MAX_COLUMNS }));
  }

  getEntireColumn(): RangeProxy {
    return this._sub('getEntireColumn', (t) => ({ row: 0, rowCount: MAX_ROWS, col: t.box.col, colCount: t.box.colCount }));
  }

  getLastCell(): RangeProxy {
    return this._sub('getLastCell', (t) => ({
      row: t.box.row + t.box.rowCount - 1,
      col: t.box.col + t.box.colCount - 1,
      rowCount: 1,
      colCount: 1,
    }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return this._sub('getUsedRange', (t) => {
      const used = usedBox(t.sheet, valuesOnly);
      const inside = used && intersectBoxes(used, t.box);
      if (!inside) throw new FakeOfficeError('ItemNotFound', 'the range has no used cells');
      return inside;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._sub(
      'getUsedRangeOrNullObject',
      (t) => {
        const used = usedBox(t.sheet, valuesOnly);
        return used && intersectBoxes(used, t.box);
      },
      true,
    );
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this._related(
      'RangeAreas',
      'getMergedAreasOrNullObject',
      (t) => {
        const boxes = mergedAreasStartingIn(t.sheet, t.box);
        return boxes.length > 0 ? { workbook: t.workbook, sheet: t.sheet, boxes } : null;
      },
      true,
    );
  }

  merge(across = false): void {
    this._queue('merge', (t) => mergeBox(t.sheet, t.box, requireBoolean(across, 'merge(across)')));
  }

  unmerge(): void {
    this._queue('unmerge', (t) => unmergeBox(t.sheet, t.box));
  }

  select(): void {
    this._queue('select', (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot select on a hidden sheet');
      t.workbook.selection = { sheetId: t.sheet.id, box: { ...t.box } };
    });
  }

  clear(applyTo: string = 'All'): void {
    this._queue('clear', (t) => clearBox(t.sheet, t.box, requireEnum('ClearApplyTo', applyTo, 'clear(applyTo)')));
  }
}

const content = (where: string) => (t: RangeTarget, value: unknown) => {
  const at = shapeGrid(value, t.box, where);
  forEachCell(t.box, (r, c, i, j) => writeContent(t.sheet, r, c, at(i, j), `${where} ${formatAddress(t.sheet.name, { row: r, col: c, rowCount: 1, colCount: 1 })}`));
};

defineParts<RangeTarget>(RangeProxy, {
  format: 'RangeFormat',
  conditionalFormats: 'ConditionalFormatCollection',
  dataValidation: 'DataValidation',
  worksheet: part('Worksheet', (t: RangeTarget) => ({ workbook: t.workbook, sheet: t.sheet })),
});

defineProps<RangeTarget>(RangeProxy, {
  address: { read: (t) => formatAddress(t.sheet.name, t.box) },
  addressLocal: { read: (t) => formatAddress(t.sheet.name, t.box) },
  values: { read: (t) => readGridOf(t.sheet, t.box, (c) => c?.value ?? ''), write: content('Range.values') },
  formulas: {
    read: (t) => readGridOf(t.sheet, t.box, (c) => c?.formula ?? c?.value ?? ''),
    write: content('Range.formulas'),
  },
  numberFormat: {
    read: (t) => readGridOf(t.sheet, t.box, (c) => c?.numberFormat ?? 'General'),
    write: (t, value) => {
      const at = shapeGrid(value, t.box, 'Range.numberFormat');
      forEachCell(t.box, (r, c, i, j) => {
        const format = at(i, j);
        if (format === null) return;
        ensureCell(t.sheet, r, c).numberFormat = requireString(format, 'Range.numberFormat');
      });
    },
  },
  text: { read: (t) => readGridOf(t.sheet, t.box, displayText) },
  valueTypes: { read: (t) => readGridOf(t.sheet, t.box, valueType) },
  rowCount: { read: (t) => t.box.rowCount },
  columnCount: { read: (t) => t.box.colCount },
  rowIndex: { read: (t) => t.box.row },
  columnIndex: { read: (t) => t.box.col },
  cellCount: { read: (t) => cellCount(t.box) },
});

/** Applies `fn` to every cell of the range, creating the cells (formats make a cell exist). */
function eachCell(t: RangeTarget, fn: (cell: FakeCell) => void): void {
  forEachCell(t.box, (r, c) => fn(ensureCell(t.sheet, r, c)));
}

export class RangeFormatProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'RangeFormat';
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;

  declare readonly font: RangeFontProxy;
  declare readonly fill: RangeFillProxy;
  declare readonly borders: RangeBorderCollectionProxy;

  /** Autofit depends on rendered text: a queued no-op in the fake. */
  autofitColumns(): void {
    this._queue('autofitColumns', () => undefined, false);
  }

  autofitRows(): void {
    this._queue('autofitRows', () => undefined, false);
  }
}

defineParts<RangeTarget>(RangeFormatProxy, { font: 'RangeFont', fill: 'RangeFill', borders: 'RangeBorderCollection' });

function sameOrNull(values: number[]): number | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

defineProps<RangeTarget>(RangeFormatProxy, {
  horizontalAlignment: {
    read: (t) => uniform(t.sheet, t.box, (c) => c?.alignment.horizontal ?? 'General'),
    write: (t, v) => {
      const value = requireEnum('HorizontalAlignment', v, 'RangeFormat.horizontalAlignment');
      eachCell(t, (c) => (c.alignment.horizontal = value));
    },
  },
  verticalAlignment: {
    read: (t) => uniform(t.sheet, t.box, (c) => c?.alignment.vertical ?? 'Bottom'),
    write: (t, v) => {
      const value = requireEnum('VerticalAlignment', v, 'RangeFormat.verticalAlignment');
      eachCell(t, (c) => (c.alignment.vertical = value));
    },
  },
  wrapText: {
    read: (t) => uniform(t.sheet, t.box, (c) => c?.alignment.wrapText ?? false),
    write: (t, v) => {
      const value = requireBoolean(v, 'RangeFormat.wrapText');
      eachCell(t, (c) => (c.alignment.wrapText = value));
    },
  },
  columnWidth: {
    read: (t) =>
      sameOrNull(
        Array.from({ length: Math.min(t.box.colCount, 500) }, (_, j) => t.sheet.columnWidths.get(t.box.col + j) ?? DEFAULT_COLUMN_WIDTH),
      ),
    write: (t, v) => {
      // Excel's limit is 255 characters, about 1 790 points.
      const width = requireNumber(v, 'RangeFormat.columnWidth', 0, 1790);
      for (let j = 0; j < t.box.colCount; j++) t.sheet.columnWidths.set(t.box.col + j, width);
    },
  },
  rowHeight: {
    read: (t) =>
      sameOrNull(Array.from({ length: Math.min(t.box.rowCount, 5000) }, (_, i) => t.sheet.rowHeights.get(t.box.row + i) ?? DEFAULT_ROW_HEIGHT)),
    write: (t, v) => {
      const height = requireNumber(v, 'RangeFormat.rowHeight', 0, 409);
      if (t.box.rowCount > 100_000) throw new FakeOfficeError('OperationCellsExceedLimit', 'fake-excel: row heights on more than 100 000 rows');
      for (let i = 0; i < t.box.rowCount; i++) t.sheet.rowHeights.set(t.box.row + i, height);
    },
  },
});

export class RangeFontProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'RangeFont';
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare underline: string;
}

function fontProp<K extends keyof FakeCell['font']>(key: K, check: (v: unknown) => FakeCell['font'][K], fallback: FakeCell['font'][K]) {
  return {
    read: (t: RangeTarget) => uniform(t.sheet, t.box, (c) => c?.font[key] ?? fallback),
    write: (t: RangeTarget, v: unknown) => {
      const value = check(v);
      eachCell(t, (c) => (c.font[key] = value));
    },
  };
}

defineProps<RangeTarget>(RangeFontProxy, {
  name: fontProp('name', (v) => {
    const s = requireString(v, 'RangeFont.name');
    if (!s.trim()) throw invalid('RangeFont.name cannot be empty');
    return s;
  }, 'Calibri'),
  size: fontProp('size', (v) => requireNumber(v, 'RangeFont.size', 1, 409), 11),
  bold: fontProp('bold', (v) => requireBoolean(v, 'RangeFont.bold'), false),
  italic: fontProp('italic', (v) => requireBoolean(v, 'RangeFont.italic'), false),
  color: fontProp('color', (v) => normalizeColor(v, 'RangeFont.color'), '#000000'),
  underline: fontProp('underline', (v) => requireEnum('RangeUnderlineStyle', v, 'RangeFont.underline'), 'None'),
});

export class RangeFillProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'RangeFill';
  declare color: string;

  clear(): void {
    this._queue('clear', (t) => eachCell(t, (c) => (c.fill.color = null)));
  }
}

defineProps<RangeTarget>(RangeFillProxy, {
  // Excel reports "no fill" as white.
  color: {
    read: (t) => uniform(t.sheet, t.box, (c) => c?.fill.color ?? '#FFFFFF'),
    write: (t, v) => {
      const color = normalizeColor(v, 'RangeFill.color');
      eachCell(t, (c) => (c.fill.color = color));
    },
  },
});

export interface BorderTarget {
  range: RangeTarget;
  index: string;
}

/** The cell sides that a border index paints: [row, col, side] triples. */
function borderSides(t: BorderTarget): [number, number, BorderSide][] {
  const { box } = t.range;
  const out: [number, number, BorderSide][] = [];
  const lastRow = box.row + box.rowCount - 1;
  const lastCol = box.col + box.colCount - 1;
  switch (t.index) {
    case 'EdgeTop':
      for (let c = box.col; c <= lastCol; c++) out.push([box.row, c, 'top']);
      break;
    case 'EdgeBottom':
      for (let c = box.col; c <= lastCol; c++) out.push([lastRow, c, 'bottom']);
      break;
    case 'EdgeLeft':
      for (let r = box.row; r <= lastRow; r++) out.push([r, box.col, 'left']);
      break;
    case 'EdgeRight':
      for (let r = box.row; r <= lastRow; r++) out.push([r, lastCol, 'right']);
      break;
    case 'InsideHorizontal':
      for (let r = box.row; r < lastRow; r++) {
        for (let c = box.col; c <= lastCol; c++) out.push([r, c, 'bottom'], [r + 1, c, 'top']);
      }
      break;
    case 'InsideVertical':
      for (let r = box.row; r <= lastRow; r++) {
        for (let c = box.col; c < lastCol; c++) out.push([r, c, 'right'], [r, c + 1, 'left']);
      }
      break;
    default:
      break; // diagonals are accepted and not modelled
  }
  return out;
}

export class RangeBorderCollectionProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'RangeBorderCollection';

  getItem(index: string): RangeBorderProxy {
    return this._related('RangeBorder', 'getItem', (range) => {
      const checked = requireEnum('BorderIndex', index, 'borders.getItem');
      if (checked === 'InsideHorizontal' && range.box.rowCount < 2) throw invalid('InsideHorizontal needs a range of two or more rows');
      if (checked === 'InsideVertical' && range.box.colCount < 2) throw invalid('InsideVertical needs a range of two or more columns');
      return { range, index: checked };
    });
  }
}

export class RangeBorderProxy extends ClientObjectBase<BorderTarget> {
  readonly _typeName = 'RangeBorder';
  declare style: string;
  declare weight: string;
  declare color: string;
  declare sideIndex: string;
}

function borderProp(key: keyof FakeBorder, check: (v: unknown) => string) {
  return {
    read: (t: BorderTarget) => {
      const sides = borderSides(t);
      const values = sides.map(([r, c, side]) => {
        const b = getCell(t.range.sheet, r, c)?.borders[side];
        return b ? b[key] : key === 'style' ? 'None' : key === 'weight' ? 'Thin' : '#000000';
      });
      return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
    },
    write: (t: BorderTarget, v: unknown) => {
      const value = check(v);
      for (const [r, c, side] of borderSides(t)) {
        const cell = ensureCell(t.range.sheet, r, c);
        if (key === 'style' && value === 'None') {
          delete cell.borders[side];
          continue;
        }
        // Setting the weight or colour of an absent border draws a continuous one, as in Excel.
        const border = cell.borders[side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
        border[key] = value;
        cell.borders[side] = border;
      }
    },
  };
}

defineProps<BorderTarget>(RangeBorderProxy, {
  style: borderProp('style', (v) => requireEnum('BorderLineStyle', v, 'RangeBorder.style')),
  weight: borderProp('weight', (v) => requireEnum('BorderWeight', v, 'RangeBorder.weight')),
  color: borderProp('color', (v) => normalizeColor(v, 'RangeBorder.color')),
  sideIndex: { read: (t) => t.index },
});

export interface RangeAreasTarget {
  workbook: FakeWorkbook;
  sheet: FakeSheet;
  boxes: RangeBox[];
}

export class RangeAreasProxy extends ClientObjectBase<RangeAreasTarget> {
  readonly _typeName = 'RangeAreas';
  declare address: string;
  declare areaCount: number;
  declare cellCount: number;

  declare readonly areas: RangeCollectionProxy;
}

defineParts<RangeAreasTarget>(RangeAreasProxy, { areas: 'RangeCollection' });

defineProps<RangeAreasTarget>(RangeAreasProxy, {
  address: { read: (t) => t.boxes.map((b) => formatAddress(t.sheet.name, b)).join(', ') },
  areaCount: { read: (t) => t.boxes.length },
  cellCount: { read: (t) => t.boxes.reduce((n, b) => n + cellCount(b), 0) },
});

export class RangeCollectionProxy extends CollectionBase<RangeAreasTarget, 'Range'> {
  readonly _typeName = 'RangeCollection';
  readonly _itemKind = 'Range';
  _itemsOf(t: RangeAreasTarget): RangeTarget[] {
    return t.boxes.map((box) => ({ workbook: t.workbook, sheet: t.sheet, box }));
  }
}

const RANGE_CLASSES = {
  Range: RangeProxy,
  RangeFormat: RangeFormatProxy,
  RangeFont: RangeFontProxy,
  RangeFill: RangeFillProxy,
  RangeBorderCollection: RangeBorderCollectionProxy,
  RangeBorder: RangeBorderProxy,
  RangeAreas: RangeAreasProxy,
  RangeCollection: RangeCollectionProxy,
};
registerProxies(RANGE_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof RANGE_CLASSES> {}
}
