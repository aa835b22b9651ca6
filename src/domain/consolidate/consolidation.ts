/**
 * The incremental consolidation engine: `createConsolidation()` → `.add(file)` once per unit's file →
 * `.result()`. Each `add` keeps only the numbers it needs (see extract.ts), so a Web Worker can feed it
 * 200 workbooks one at a time, report progress after each and stop whenever the user cancels.
 *
 * Rules: a unit without Biểu II.06a, a duplicate (the same file, or the same unit name at the same level, already
 * counted) and a unit reporting another period than most units are listed and not counted. Units with the same
 * figures under different names, or names differing only by tone marks, are counted with a warning on both. A unit whose
 * workbook has checker errors is counted (its figures are what it reported) and listed as «lỗi».
 */
import type { AdminLevel } from '../forms/spec';
import { DEFAULT_FIELDS } from '../forms/shared/fields';
import { MAX_LABEL_LENGTH, MAX_ROWS } from '../layout/validate';
import { formatCount } from '../format';
import { formatDdMmYyyy, proposePeriod } from '../period';
import type { RecognisedForm } from '../read/types';
import { DOSSIER_INPUTS, extractDossierRows, extractFixedValues, extractUnitTotals } from './extract';
import { FieldMatcher } from './fields';
import { fieldKey, looseKey, unitFoldedKey, unitKey } from './text';
import type {
  AggregateFieldRow,
  AggregateLevelGroup,
  ConsolidationOptions,
  ConsolidationResult,
  DossierValues,
  UnitFileResult,
  UnitFormRow,
  UnitRow,
  UnitStatus,
} from './types';
import { levelFromUnitName } from './unit-meta';

export const LEVEL_ORDER: readonly AdminLevel[] = ['tinh', 'huyen', 'xa'];
export const LEVEL_NAMES: Readonly<Record<AdminLevel, string>> = {
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện',
  xa: 'cấp xã',
};
const MAX_FINDINGS_LISTED = 3;
/**
 * Lĩnh vực rows one level of II.06b may hold: a national catalogue has a few hundred, so more is a unit's file
 * gone wrong (names in the wrong column, a pasted list), not a report; and never more than a sheet holds.
 */
export const FIELD_CAP = Math.min(1_000, MAX_ROWS);
/** Characters kept of a unit's or a lĩnh vực's name: longer is a paragraph pasted by mistake, not a name. */
export const NAME_CAP = Math.min(200, MAX_LABEL_LENGTH);
const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

interface UnitRecord {
  status: UnitStatus;
  periodKey: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  dossier: { label: string; values: DossierValues }[];
  unitForms: Partial<Record<'II.05a' | 'II.07b', Record<string, number>>>;
  electronic: Record<string, Record<string, number>> | null;
}

export interface Consolidation {
  /** Takes one unit's file; returns its status so far (the period verdict comes with `result`). */
  add(file: UnitFileResult): UnitStatus;
  /** Files added so far. */
  readonly size: number;
  /** The aggregate of everything added; can be called at any time and again after more `add`s. */
  result(): ConsolidationResult;
}

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.xlsx$/i, '');
}

function periodKeyOf(form: RecognisedForm): string | null {
  const p = form.period.parsed;
  if (!p || p.placeholder || p.year === null) return null;
  return `${p.kind}|${p.index}|${p.year}`;
}

function fingerprint(rows: UnitRecord['dossier']): string | null {
  let total = 0;
  const parts = rows.map((r) => {
    const values = DOSSIER_INPUTS.map((id) => r.values[id] ?? 0);
    total += values.reduce((a, b) => a + b, 0);
    return `${fieldKey(r.label)}=${values.join(',')}`;
  });
  // Two units with nothing to report are not duplicates of each other.
  return total === 0 ? null : parts.sort().join(';');
}

/** The level's own list first (its spelling wins), then the other levels' (still known names, not unmatched). */
function levelMatcher(level: AdminLevel): FieldMatcher {
  return new FieldMatcher([...DEFAULT_FIELDS[level], ...LEVEL_ORDER.flatMap((l) => DEFAULT_FIELDS[l])]);
}

function clipLabel(label: string): string {
  return label.length > NAME_CAP ? `${label.slice(0, NAME_CAP - 1)}…` : label;
}

function sheetList(names: readonly string[] | undefined): string {
  if (!names || names.length === 0) return 'không có trang tính nào';
  const shown = names
    .slice(0, 5)
    .map((n) => `«${n}»`)
    .join(', ');
  return `trang ${shown}${names.length > 5 ? ` và ${names.length - 5} trang khác` : ''}`;
}

function sumInto(target: Record<string, number>, values: Readonly<Record<string, number>>): void {
  for (const [id, v] of Object.entries(values)) target[id] = (target[id] ?? 0) + v;
}

export function createConsolidation(options: ConsolidationOptions = {}): Consolidation {
  const defaultLevel = options.defaultLevel ?? 'xa';
  const records: UnitRecord[] = [];
  const seenFiles = new Map<string, string>(); // content hash -> file that counted it
  const seenNames = new Map<string, string>(); // level|unit key -> file that counted it
  const seenTwins = new Map<string, UnitRecord>(); // level|unit key without diacritics -> first unit
  const seenFigures = new Map<string, UnitRecord>(); // fingerprint -> first unit with those figures

  const fieldsByLevel = new Map<AdminLevel, { matcher: FieldMatcher; used: Set<number> }>();
  function levelFields(level: AdminLevel) {
    let fields = fieldsByLevel.get(level);
    if (!fields) fieldsByLevel.set(level, (fields = { matcher: levelMatcher(level), used: new Set() }));
    return fields;
  }

  function add(file: UnitFileResult): UnitStatus {
    if (file.kind === 'unreadable') {
      const status: UnitStatus = {
        fileName: file.fileName,
        unitName: baseName(file.fileName),
        level: defaultLevel,
        levelSource: 'default',
        periodLabel: null,
        status: 'unreadable',
        merged: false,
        reasons: [file.reason],
        forms: [],
      };
      records.push({
        status,
        periodKey: null,
        periodFrom: null,
        periodTo: null,
        dossier: [],
        unitForms: {},
        electronic: null,
      });
      return status;
    }

    const fullName = file.unitName?.trim() || baseName(file.fileName);
    // A name longer than a row label can hold is cut (and said), never a reason to stop the whole merge.
    const unitName = clipLabel(fullName);
    const detected = file.unitName ? levelFromUnitName(file.unitName) : null;
    const level = file.level ?? detected ?? defaultLevel;
    const levelSource: UnitStatus['levelSource'] = file.level ? 'option' : detected ? 'detected' : 'default';
    const reasons: string[] = [...(file.notes ?? [])];
    const dossierForm = file.forms.find((f) => f.code === 'II.06a');
    const periodForm = dossierForm ?? file.forms.find((f) => f.period.parsed) ?? file.forms[0];
    const status: UnitStatus = {
      fileName: file.fileName,
      unitName,
      level,
      levelSource,
      periodLabel: periodForm?.period.label?.text ?? null,
      status: 'ok',
      merged: true,
      reasons,
      forms: [...new Set(file.forms.map((f) => f.code))],
    };
    const record: UnitRecord = {
      status,
      periodKey: periodForm ? periodKeyOf(periodForm) : null,
      periodFrom: periodForm?.period.fromText ?? null,
      periodTo: periodForm?.period.toText ?? null,
      dossier: [],
      unitForms: {},
      electronic: null,
    };
    records.push(record);

    if (unitName !== fullName)
      reasons.push(`Tên đơn vị dài ${fullName.length} ký tự: đã cắt còn ${NAME_CAP} ký tự.`);
    if (!file.unitName) reasons.push('Không thấy dòng «Đơn vị báo cáo: …»: lấy tên tệp làm tên đơn vị.');
    if (levelSource === 'default')
      reasons.push(`Không xác định được cấp của đơn vị: xếp vào ${LEVEL_NAMES[level]}.`);
    if (file.forms.filter((f) => f.code === 'II.06a').length > 1) {
      reasons.push(`Tệp có nhiều Biểu II.06a: chỉ lấy trang «${dossierForm!.sheet}».`);
    }
    if (!dossierForm) {
      status.status = file.forms.length === 0 ? 'no-form' : 'missing-form';
      status.merged = false;
      reasons.unshift(
        file.forms.length === 0
          ? `Không nhận ra biểu nào trong tệp (đã xem ${sheetList(file.sheetNames)}; cần Biểu II.06a có tiêu đề cột theo mẫu).`
          : `Thiếu Biểu II.06a (chỉ có ${status.forms.join(', ')}).`,
      );
      return status;
    }

    const extracted = extractDossierRows(dossierForm);
    reasons.push(...extracted.notes);
    record.dossier = extracted.rows.map((row) => {
      const label = clipLabel(row.label.trim());
      if (label !== row.label.trim()) {
        reasons.push(
          `Tên lĩnh vực dài ${row.label.trim().length} ký tự: đã cắt còn ${NAME_CAP} ký tự («${label.slice(0, 40)}…»).`,
        );
      }
      return { ...row, label };
    });

    // II.06b holds at most FIELD_CAP lĩnh vực per level: a unit bringing more new names than fit is refused
    // (with the count), the units already counted and those after it are merged.
    const fields = levelFields(level);
    const newRows = new Set<string>();
    for (const row of record.dossier) {
      const index = fields.matcher.peek(row.label);
      // Every blank name goes to the one nameless row: one new row for all of them.
      if (index === null) newRows.add(`new:${fieldKey(row.label) || looseKey(row.label)}`);
      else if (!fields.used.has(index)) newRows.add(`#${index}`);
    }
    if (fields.used.size + newRows.size > FIELD_CAP) {
      status.status = 'refused';
      status.merged = false;
      reasons.unshift(
        `Biểu II.06a có ${record.dossier.length} dòng lĩnh vực, thêm ${newRows.size} lĩnh vực mới vào ${LEVEL_NAMES[level]} ` +
          `sẽ vượt ${formatCount(FIELD_CAP)} dòng lĩnh vực của Biểu II.06b: không tổng hợp đơn vị này, đề nghị kiểm tra lại tên lĩnh vực.`,
      );
      return status;
    }
    // Duplicates: the same file twice, or the same unit (name and level) twice, is counted once. The same
    // figures under another name is merged with a warning on both: two communes may well report alike, and
    // dropping a real unit would be a wrong total.
    const sameFile = file.contentHash ? seenFiles.get(file.contentHash) : undefined;
    const nameKey = `${level}|${unitKey(unitName)}`;
    const sameName = seenNames.get(nameKey);
    if (sameFile !== undefined || sameName !== undefined) {
      status.status = 'duplicate';
      status.merged = false;
      reasons.unshift(
        sameFile !== undefined
          ? `Tệp giống hệt tệp «${sameFile}» (cùng nội dung): chỉ tính một lần.`
          : `Trùng đơn vị «${unitName}» (${LEVEL_NAMES[level]}) với tệp «${sameName}»: chỉ tính một lần, ` +
              'đề nghị kiểm tra tệp nào là báo cáo đúng.',
      );
      return status;
    }
    if (file.contentHash) seenFiles.set(file.contentHash, file.fileName);
    seenNames.set(nameKey, file.fileName);

    const twinKey = `${level}|${unitFoldedKey(unitName)}`;
    const twin = seenTwins.get(twinKey);
    if (twin && twin.status.unitName !== unitName) {
      const note = (other: string) =>
        `Tên đơn vị chỉ khác dấu với «${other}»: tính là hai đơn vị khác nhau, đề nghị kiểm tra lại tên.`;
      reasons.push(note(twin.status.unitName));
      twin.status.reasons.push(note(unitName));
    } else if (!twin) seenTwins.set(twinKey, record);

    const figures = fingerprint(record.dossier);
    const sameFigures = figures ? seenFigures.get(figures) : undefined;
    if (sameFigures) {
      const note = (other: UnitRecord) =>
        `Số liệu giống hệt đơn vị «${other.status.unitName}» (tệp «${other.status.fileName}»), đề nghị kiểm tra lại ` +
        '(vẫn tổng hợp cả hai đơn vị).';
      reasons.push(note(sameFigures));
      sameFigures.status.reasons.push(note(record));
    } else if (figures) seenFigures.set(figures, record);

    for (const row of record.dossier) {
      fields.used.add(fields.matcher.match(row.label));
    }

    for (const form of file.forms) {
      if ((form.code === 'II.05a' || form.code === 'II.07b') && !record.unitForms[form.code]) {
        const totals = extractUnitTotals(form);
        record.unitForms[form.code] = totals.values;
        reasons.push(...totals.notes);
      }
      if (form.code === 'KSTT-DT' && !record.electronic) record.electronic = extractFixedValues(form);
    }

    const errors = (file.findings ?? []).filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      status.status = 'errors';
      const listed = errors
        .slice(0, MAX_FINDINGS_LISTED)
        .map((f) => (f.sheet ? `[${f.sheet}] ${f.message}` : f.message));
      const more =
        errors.length > MAX_FINDINGS_LISTED ? ` (và ${errors.length - MAX_FINDINGS_LISTED} lỗi khác)` : '';
      reasons.unshift(
        `Biểu có ${errors.length} lỗi đối chiếu, vẫn được tổng hợp: ${listed.join(' ')}${more}`,
      );
    }
    return status;
  }

  function result(): ConsolidationResult {
    // The majority period among units that could be merged; ties go to the period seen first.
    const votes = new Map<string, number>();
    for (const r of records) {
      if (r.status.merged && r.periodKey) votes.set(r.periodKey, (votes.get(r.periodKey) ?? 0) + 1);
    }
    let period: string | null = null;
    for (const [key, count] of votes) if (period === null || count > votes.get(period)!) period = key;

    const merged: UnitRecord[] = [];
    const statuses: UnitStatus[] = [];
    let periodLabel: string | null = null;
    let periodFrom: string | null = null;
    let periodTo: string | null = null;
    for (const r of records) {
      // Statuses are recomputed from the record each time: result() may be called again after more files.
      const status: UnitStatus = { ...r.status, reasons: [...r.status.reasons] };
      if (status.merged && period !== null && r.periodKey !== period) {
        if (r.periodKey === null) {
          status.reasons.push('Không đọc được kỳ báo cáo của biểu: vẫn tổng hợp, đề nghị kiểm tra lại.');
        } else {
          status.status = 'other-period';
          status.merged = false;
          status.reasons.unshift(
            `Báo cáo kỳ khác («${status.periodLabel ?? '?'}»), không trùng kỳ của đa số đơn vị: không tổng hợp.`,
          );
        }
      }
      if (status.merged) {
        merged.push(r);
        if (r.periodKey === period && periodLabel === null) periodLabel = status.periodLabel;
        if (r.periodKey === period && periodFrom === null && r.periodFrom && r.periodTo) {
          if (DATE.test(r.periodFrom) && DATE.test(r.periodTo)) {
            periodFrom = r.periodFrom;
            periodTo = r.periodTo;
          }
        }
      }
      statuses.push(status);
    }
    if (period !== null && periodFrom === null) {
      const [kind, index, year] = period.split('|');
      const proposed = proposePeriod(kind as never, Number(year), Number(index));
      if (proposed.ok) {
        periodFrom = formatDdMmYyyy(proposed.value.from);
        periodTo = formatDdMmYyyy(proposed.value.to);
        periodLabel ??= proposed.value.label;
      }
    }

    // II.06b: lĩnh vực by level, matched tolerantly against the level's catalogue.
    const groups: AggregateLevelGroup[] = [];
    const totals: DossierValues = {};
    const optionalColumns = { returned: false, paused: false };
    const unmatchedFields: ConsolidationResult['unmatchedFields'] = [];
    for (const level of LEVEL_ORDER) {
      const atLevel = merged.filter((r) => r.status.level === level);
      if (atLevel.length === 0) continue;
      // The level's own list first (its spelling wins), then the other levels': a commune field reported by a
      // district is still a known name, not an unmatched one.
      const matcher = levelMatcher(level);
      const sums = new Map<number, { values: DossierValues; units: Set<string> }>();
      for (const r of atLevel) {
        for (const row of r.dossier) {
          const index = matcher.match(row.label);
          let slot = sums.get(index);
          if (!slot) sums.set(index, (slot = { values: {}, units: new Set() }));
          sumInto(slot.values, row.values);
          slot.units.add(r.status.unitName);
          if ('returned' in row.values) optionalColumns.returned = true;
          if ('paused' in row.values) optionalColumns.paused = true;
        }
      }
      const rows: AggregateFieldRow[] = [...sums.keys()]
        .sort((a, b) => a - b)
        .map((index) => {
          const slot = sums.get(index)!;
          const { label, unmatched } = matcher.rows[index];
          return { label, values: slot.values, unmatched, units: [...slot.units] };
        });
      for (const row of rows) {
        sumInto(totals, row.values);
        if (row.unmatched) unmatchedFields.push({ level, label: row.label, units: row.units });
      }
      if (rows.length > 0) groups.push({ level, rows });
    }
    for (const id of DOSSIER_INPUTS) totals[id] ??= 0;
    totals.received = totals.online + totals.direct + totals.carried;
    totals.resolved = totals.early + totals.onTime + totals.late;
    totals.pending = totals.pendingOnTime + totals.pendingLate;

    const units: UnitRow[] = [];
    for (const level of LEVEL_ORDER) {
      for (const r of merged.filter((m) => m.status.level === level)) {
        const v: DossierValues = {};
        for (const row of r.dossier) sumInto(v, row.values);
        const n = (id: string) => v[id] ?? 0;
        units.push({
          unitName: r.status.unitName,
          level,
          received: n('online') + n('direct') + n('carried'),
          early: n('early'),
          onTime: n('onTime'),
          late: n('late'),
          pending: n('pendingOnTime') + n('pendingLate'),
        });
      }
    }

    const unitForms: Record<'II.05a' | 'II.07b', UnitFormRow[]> = { 'II.05a': [], 'II.07b': [] };
    const electronic: ConsolidationResult['electronic'] = { values: {}, unitCount: 0 };
    for (const r of merged) {
      for (const code of ['II.05a', 'II.07b'] as const) {
        const values = r.unitForms[code];
        if (values) unitForms[code].push({ unitName: r.status.unitName, values });
      }
      if (r.electronic) {
        electronic.unitCount++;
        for (const [rowId, cols] of Object.entries(r.electronic))
          sumInto((electronic.values[rowId] ??= {}), cols);
      }
    }

    const unreadable = statuses.filter((s) => s.status === 'unreadable').length;
    const mergedCount = statuses.filter((s) => s.merged).length;
    const warned = statuses.filter((s) => s.merged && s.reasons.length > 0).length;
    return {
      periodLabel,
      periodFrom,
      periodTo,
      groups,
      totals,
      optionalColumns,
      units,
      unitForms,
      electronic,
      statuses,
      unmatchedFields,
      counts: {
        files: statuses.length,
        merged: mergedCount,
        notMerged: statuses.length - mergedCount,
        unreadable,
        warned,
      },
    };
  }

  return {
    add,
    get size() {
      return records.length;
    },
    result,
  };
}
