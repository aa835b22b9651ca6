/** Conditional formats and data validation on a range (ExcelApi 1.6 and 1.8). */
import { ClientObjectBase, CollectionBase, defineParts, defineProps, field, part, registerProxies, type InstancesOf, type ProxyKinds } from './client-object';
import { FakeOfficeError } from './errors';
import { boxesIntersect, newId, type FakeConditionalFormat, type FakeDataValidation, type FakeValidationRule } from './model';
import { subtractBox } from './sheet-ops';
import type { RangeTarget } from './targets';
import { checkFormula, invalid, normalizeColor, requireBoolean, requireEnum, requireNumber, requireString } from './validate';

export interface ConditionalFormatTarget {
  range: RangeTarget;
  cf: FakeConditionalFormat;
}

function liveFormat(t: ConditionalFormatTarget): FakeConditionalFormat {
  if (!t.range.sheet.conditionalFormats.includes(t.cf)) throw new FakeOfficeError('ItemNotFound', 'the conditional format was deleted');
  return t.cf;
}

export class ConditionalFormatCollectionProxy extends CollectionBase<RangeTarget, 'ConditionalFormat'> {
  readonly _typeName = 'ConditionalFormatCollection';
  readonly _itemKind = 'ConditionalFormat';

  _itemsOf(t: RangeTarget): ConditionalFormatTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => boxesIntersect(cf.box, t.box))
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ range: t, cf }));
  }

  /** Adds a rule; the new rule gets the top priority (0) as in Excel. Only Custom and CellValue are modelled. */
  add(type: string): ConditionalFormatProxy {
    return this._add('ConditionalFormat', 'add', (t) => {
      const checked = requireEnum('ConditionalFormatType', type, 'conditionalFormats.add');
      if (checked !== 'Custom' && checked !== 'CellValue') {
        throw new FakeOfficeError('NotImplemented', `fake-excel models Custom and CellValue conditional formats, not ${checked}`);
      }
      for (const cf of t.sheet.conditionalFormats) cf.priority += 1;
      const cf: FakeConditionalFormat = {
        id: newId(t.workbook, 'CF'),
        box: { ...t.box },
        type: checked,
        fill: null,
        fontColor: null,
        bold: null,
        italic: null,
        stopIfTrue: false,
        priority: 0,
      };
      t.sheet.conditionalFormats.push(cf);
      return { range: t, cf };
    });
  }

  /** Removes every rule on the range's cells; rules that extend beyond the range keep their outside part. */
  clearAll(): void {
    this._queue('clearAll', (t) => {
      const kept: FakeConditionalFormat[] = [];
      for (const cf of t.sheet.conditionalFormats) {
        if (!boxesIntersect(cf.box, t.box)) kept.push(cf);
        else for (const rest of subtractBox(cf.box, t.box)) kept.push({ ...cf, id: newId(t.workbook, 'CF'), box: rest });
      }
      t.sheet.conditionalFormats = kept;
    });
  }
}

export class ConditionalFormatProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'ConditionalFormat';
  declare type: string;
  declare id: string;
  declare priority: number;
  declare stopIfTrue: boolean;

  declare readonly custom: CustomConditionalFormatProxy;
  declare readonly cellValue: CellValueConditionalFormatProxy;

  delete(): void {
    this._queue('delete', (t) => {
      t.range.sheet.conditionalFormats = t.range.sheet.conditionalFormats.filter((cf) => cf !== liveFormat(t));
    });
  }

  getRange(): ProxyKinds['Range'] {
    return this._related('Range', 'getRange', (t) => ({ workbook: t.range.workbook, sheet: t.range.sheet, box: { ...liveFormat(t).box } }));
  }
}

/** A rule's type-specific part (custom, cellValue) exists only on a rule of that type. */
function ofType(member: string, expected: string) {
  return (t: ConditionalFormatTarget): ConditionalFormatTarget => {
    if (liveFormat(t).type !== expected) {
      throw new FakeOfficeError('InvalidOperation', `ConditionalFormat.${member} is only valid for a ${expected} rule (this one is ${t.cf.type})`);
    }
    return t;
  };
}

defineParts<ConditionalFormatTarget>(ConditionalFormatProxy, {
  custom: part('CustomConditionalFormat', ofType('custom', 'Custom')),
  cellValue: part('CellValueConditionalFormat', ofType('cellValue', 'CellValue')),
});

defineProps<ConditionalFormatTarget>(ConditionalFormatProxy, {
  type: field(liveFormat, 'type'),
  id: field(liveFormat, 'id'),
  priority: field(liveFormat, 'priority', (v) => requireNumber(v, 'ConditionalFormat.priority', 0, 1e6)),
  stopIfTrue: field(liveFormat, 'stopIfTrue', (v) => requireBoolean(v, 'ConditionalFormat.stopIfTrue')),
});

export class CustomConditionalFormatProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'CustomConditionalFormat';
  declare readonly rule: ConditionalFormatRuleProxy;
  declare readonly format: ConditionalRangeFormatProxy;
}

defineParts<ConditionalFormatTarget>(CustomConditionalFormatProxy, { rule: 'ConditionalFormatRule', format: 'ConditionalRangeFormat' });

export class ConditionalFormatRuleProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'ConditionalFormatRule';
  declare formula: string;
}

defineProps<ConditionalFormatTarget>(ConditionalFormatRuleProxy, {
  formula: {
    read: (t) => liveFormat(t).formula ?? '',
    write: (t, v) => {
      const formula = requireString(v, 'ConditionalFormatRule.formula');
      checkFormula(formula.startsWith('=') ? formula : `=${formula}`, 'ConditionalFormatRule.formula');
      liveFormat(t).formula = formula.startsWith('=') ? formula : `=${formula}`;
    },
  },
});

export class CellValueConditionalFormatProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'CellValueConditionalFormat';
  declare rule: { formula1: string; formula2?: string; operator: string };
  declare readonly format: ConditionalRangeFormatProxy;
}

defineParts<ConditionalFormatTarget>(CellValueConditionalFormatProxy, { format: 'ConditionalRangeFormat' });

defineProps<ConditionalFormatTarget>(CellValueConditionalFormatProxy, {
  rule: {
    read: (t) => liveFormat(t).cellValueRule ?? null,
    write: (t, v) => {
      const rule = v as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
      if (!rule || typeof rule !== 'object') throw invalid('CellValueConditionalFormat.rule must be an object');
      const operator = requireEnum('ConditionalCellValueOperator', rule.operator, 'CellValueConditionalFormat.rule.operator');
      if (operator === 'Invalid') throw invalid('operator Invalid');
      const formula1 = String(requireDefined(rule.formula1, 'rule.formula1'));
      const needsTwo = operator === 'Between' || operator === 'NotBetween';
      if (needsTwo && rule.formula2 === undefined) throw invalid(`${operator} needs formula2`);
      liveFormat(t).cellValueRule = needsTwo ? { formula1, formula2: String(rule.formula2), operator } : { formula1, operator };
    },
  },
});

function requireDefined(v: unknown, what: string): unknown {
  if (v === undefined || v === null || v === '') throw invalid(`${what} is required`);
  return v;
}

export class ConditionalRangeFormatProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'ConditionalRangeFormat';
  declare readonly fill: ConditionalRangeFillProxy;
  declare readonly font: ConditionalRangeFontProxy;
}

defineParts<ConditionalFormatTarget>(ConditionalRangeFormatProxy, { fill: 'ConditionalRangeFill', font: 'ConditionalRangeFont' });

export class ConditionalRangeFillProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'ConditionalRangeFill';
  declare color: string;
  clear(): void {
    this._queue('clear', (t) => (liveFormat(t).fill = null));
  }
}

defineProps<ConditionalFormatTarget>(ConditionalRangeFillProxy, {
  color: field(liveFormat, 'fill', (v) => normalizeColor(v, 'ConditionalRangeFill.color')),
});

export class ConditionalRangeFontProxy extends ClientObjectBase<ConditionalFormatTarget> {
  readonly _typeName = 'ConditionalRangeFont';
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  clear(): void {
    this._queue('clear', (t) => {
      const cf = liveFormat(t);
      cf.fontColor = null;
      cf.bold = null;
      cf.italic = null;
    });
  }
}

defineProps<ConditionalFormatTarget>(ConditionalRangeFontProxy, {
  color: field(liveFormat, 'fontColor', (v) => normalizeColor(v, 'ConditionalRangeFont.color')),
  bold: field(liveFormat, 'bold', (v) => requireBoolean(v, 'ConditionalRangeFont.bold')),
  italic: field(liveFormat, 'italic', (v) => requireBoolean(v, 'ConditionalRangeFont.italic')),
});

// ---------------------------------------------------------------------------------------------------------
// Data validation

const RULE_KEYS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'] as const;
const TYPE_OF_KEY: Record<(typeof RULE_KEYS)[number], string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
  list: 'List',
  custom: 'Custom',
};

function checkRule(value: unknown): FakeValidationRule {
  if (!value || typeof value !== 'object') throw invalid('DataValidation.rule must be an object');
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(RULE_KEYS as readonly string[]).includes(keys[0])) {
    throw invalid(`DataValidation.rule needs exactly one of ${RULE_KEYS.join(', ')}; got ${keys.join(', ') || 'none'}`);
  }
  const key = keys[0] as (typeof RULE_KEYS)[number];
  const body = (value as Record<string, Record<string, unknown>>)[key];
  if (!body || typeof body !== 'object') throw invalid(`DataValidation.rule.${key} must be an object`);
  if (key === 'list') {
    return { list: { inCellDropDown: body.inCellDropDown !== false, source: requireString(body.source, 'rule.list.source') } };
  }
  if (key === 'custom') {
    const formula = requireString(body.formula, 'rule.custom.formula');
    checkFormula(formula.startsWith('=') ? formula : `=${formula}`, 'rule.custom.formula');
    return { custom: { formula } };
  }
  const operator = requireEnum('DataValidationOperator', body.operator, `rule.${key}.operator`);
  const formula1 = requireDefined(body.formula1, `rule.${key}.formula1`) as string | number;
  if (typeof formula1 !== 'string' && typeof formula1 !== 'number') throw invalid(`rule.${key}.formula1 must be a number or a string`);
  const needsTwo = operator === 'Between' || operator === 'NotBetween';
  if (needsTwo && (body.formula2 === undefined || body.formula2 === null)) throw invalid(`${operator} needs formula2`);
  const criteria = needsTwo ? { formula1, formula2: body.formula2 as string | number, operator } : { formula1, operator };
  return { [key]: criteria } as FakeValidationRule;
}

export class DataValidationProxy extends ClientObjectBase<RangeTarget> {
  readonly _typeName = 'DataValidation';
  declare rule: FakeValidationRule;
  declare errorAlert: FakeDataValidation['errorAlert'];
  declare prompt: FakeDataValidation['prompt'];
  declare ignoreBlanks: boolean;
  declare type: string;

  clear(): void {
    this._queue('clear', (t) => removeValidations(t));
  }
}

/** Removes validation from the range's cells, keeping the parts of larger validations outside it. */
function removeValidations(t: RangeTarget): void {
  const kept: FakeDataValidation[] = [];
  for (const v of t.sheet.dataValidations) {
    if (!boxesIntersect(v.box, t.box)) kept.push(v);
    else for (const rest of subtractBox(v.box, t.box)) kept.push({ ...v, box: rest });
  }
  t.sheet.dataValidations = kept;
}

/** The validation covering exactly this range, if any. */
function exactValidation(t: RangeTarget): FakeDataValidation | undefined {
  const touching = t.sheet.dataValidations.filter((v) => boxesIntersect(v.box, t.box));
  return touching.find(
    (v) => v.box.row <= t.box.row && v.box.col <= t.box.col && v.box.row + v.box.rowCount >= t.box.row + t.box.rowCount && v.box.col + v.box.colCount >= t.box.col + t.box.colCount,
  );
}

/** Alerts and prompts apply to the validation rule the range has; without one there is nothing to alert on. */
function withValidation(t: RangeTarget, what: string): FakeDataValidation {
  const v = exactValidation(t);
  if (!v) throw new FakeOfficeError('InvalidOperation', `${what}: the range has no data validation rule; set rule first`);
  return v;
}

defineProps<RangeTarget>(DataValidationProxy, {
  rule: {
    read: (t) => exactValidation(t)?.rule ?? {},
    write: (t, v) => {
      const rule = checkRule(v);
      const previous = exactValidation(t);
      removeValidations(t);
      t.sheet.dataValidations.push({
        box: { ...t.box },
        rule,
        errorAlert: previous?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
        prompt: previous?.prompt ?? { showPrompt: false, title: '', message: '' },
        ignoreBlanks: previous?.ignoreBlanks ?? true,
      });
    },
  },
  errorAlert: {
    read: (t) => exactValidation(t)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
    write: (t, v) => {
      const alert = (v ?? {}) as Partial<FakeDataValidation['errorAlert']>;
      const target = withValidation(t, 'DataValidation.errorAlert');
      target.errorAlert = {
        showAlert: alert.showAlert === undefined ? target.errorAlert.showAlert : requireBoolean(alert.showAlert, 'errorAlert.showAlert'),
        style: alert.style === undefined ? target.errorAlert.style : requireEnum('DataValidationAlertStyle', alert.style, 'errorAlert.style'),
        title: alert.title === undefined ? target.errorAlert.title : requireString(alert.title, 'errorAlert.title'),
        message: alert.message === undefined ? target.errorAlert.message : requireString(alert.message, 'errorAlert.message'),
      };
      // Excel's dialog limits: title 32 characters, message 225.
      if (target.errorAlert.title.length > 32) throw invalid('errorAlert.title is longer than 32 characters');
      if (target.errorAlert.message.length > 225) throw invalid('errorAlert.message is longer than 225 characters');
    },
  },
  prompt: {
    read: (t) => exactValidation(t)?.prompt ?? { showPrompt: false, title: '', message: '' },
    write: (t, v) => {
      const prompt = (v ?? {}) as Partial<FakeDataValidation['prompt']>;
      const target = withValidation(t, 'DataValidation.prompt');
      target.prompt = {
        showPrompt: prompt.showPrompt === undefined ? target.prompt.showPrompt : requireBoolean(prompt.showPrompt, 'prompt.showPrompt'),
        title: prompt.title === undefined ? target.prompt.title : requireString(prompt.title, 'prompt.title'),
        message: prompt.message === undefined ? target.prompt.message : requireString(prompt.message, 'prompt.message'),
      };
      if (target.prompt.title.length > 32) throw invalid('prompt.title is longer than 32 characters');
      if (target.prompt.message.length > 255) throw invalid('prompt.message is longer than 255 characters');
    },
  },
  ignoreBlanks: {
    read: (t) => exactValidation(t)?.ignoreBlanks ?? true,
    write: (t, v) => {
      withValidation(t, 'DataValidation.ignoreBlanks').ignoreBlanks = requireBoolean(v, 'DataValidation.ignoreBlanks');
    },
  },
  type: {
    read: (t) => {
      const touching = t.sheet.dataValidations.filter((v) => boxesIntersect(v.box, t.box));
      if (touching.length === 0) return 'None';
      const exact = exactValidation(t);
      if (!exact) return 'Inconsistent';
      const key = Object.keys(exact.rule)[0] as (typeof RULE_KEYS)[number];
      return TYPE_OF_KEY[key];
    },
  },
});

const RULE_CLASSES = {
  ConditionalFormatCollection: ConditionalFormatCollectionProxy,
  ConditionalFormat: ConditionalFormatProxy,
  CustomConditionalFormat: CustomConditionalFormatProxy,
  ConditionalFormatRule: ConditionalFormatRuleProxy,
  CellValueConditionalFormat: CellValueConditionalFormatProxy,
  ConditionalRangeFormat: ConditionalRangeFormatProxy,
  ConditionalRangeFill: ConditionalRangeFillProxy,
  ConditionalRangeFont: ConditionalRangeFontProxy,
  DataValidation: DataValidationProxy,
};
registerProxies(RULE_CLASSES);

declare module './client-object' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the registry's types: one list, above
  interface ProxyKinds extends InstancesOf<typeof RULE_CLASSES> {}
}
