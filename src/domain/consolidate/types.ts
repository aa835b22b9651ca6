/** Consolidation: many units' recognised forms in, one aggregate out. Plain data, no I/O. */
import type { AdminLevel } from '../forms/spec';
import type { RecognisedForm } from '../read/types';

/** A checker finding, as much of it as consolidation needs (structurally a subset of checks' Finding). */
export interface UnitFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  sheet?: string;
  cell?: string;
}

/** What one unit's file gave: read and recognised, or refused with a reason. */
export type UnitFileResult =
  | {
      kind: 'read';
      fileName: string;
      forms: readonly RecognisedForm[];
      /** «Đơn vị báo cáo: …» found in the workbook, if any (see `findReportingUnit`). */
      unitName?: string | null;
      /** The unit's level when the user states it for this file; detected from the unit name otherwise. */
      level?: AdminLevel;
      /** The checker's findings on this workbook (errors mark the unit «lỗi»; it is still merged). */
      findings?: readonly UnitFinding[];
      /** Problems noticed while reading that did not stop it. */
      notes?: readonly string[];
      /** A hash of the file's bytes: the same file sent twice is counted once. */
      contentHash?: string;
      /** Every sheet the reader looked at (named when no form is recognised). */
      sheetNames?: readonly string[];
    }
  /** `reason`: one Vietnamese sentence; `details`: a library's own text, for a technician only. */
  | { kind: 'unreadable'; fileName: string; reason: string; details?: string };

export type UnitStatusCode =
  /** Merged, nothing to say. */
  | 'ok'
  /** Merged, but the checker found errors in the unit's workbook. */
  | 'errors'
  /** Not merged: no Biểu II.06a found. */
  | 'missing-form'
  /** Not merged: a readable file in which no form at all was recognised. */
  | 'no-form'
  /** Not merged: another period than most units. */
  | 'other-period'
  /** Not merged: the same file, or the same unit name at the same level, was already counted. */
  | 'duplicate'
  /** Not merged: read, but it cannot be merged (e.g. more lĩnh vực than II.06b holds); the reason says why. */
  | 'refused'
  /** Not merged: the file could not be read. */
  | 'unreadable';

export interface UnitStatus {
  fileName: string;
  unitName: string;
  level: AdminLevel;
  /** How the level was decided. */
  levelSource: 'option' | 'detected' | 'default';
  /** «Quý I năm 2026» as the unit wrote it, or null. */
  periodLabel: string | null;
  status: UnitStatusCode;
  /** Counted in the aggregate. */
  merged: boolean;
  /** Vietnamese sentences: why the status, what to do. */
  reasons: string[];
  /** Forms found in the file (codes). */
  forms: string[];
}

/** The dossier numbers of one lĩnh vực or one unit, by II.06a column id (inputs only). */
export type DossierValues = Record<string, number>;

export interface AggregateFieldRow {
  label: string;
  values: DossierValues;
  /** Not in the level's catalogue list: the name the units used, listed for the official to check. */
  unmatched: boolean;
  /** Units that reported under this row (for unmatched rows: who used the name). */
  units: string[];
}

export interface AggregateLevelGroup {
  level: AdminLevel;
  rows: AggregateFieldRow[];
}

/** One row of the per-unit appendix. */
export interface UnitRow {
  unitName: string;
  level: AdminLevel;
  received: number;
  early: number;
  onTime: number;
  late: number;
  pending: number;
}

/** A unit's total line of a list form whose rows are units (II.05a, II.07b), by input column id. */
export interface UnitFormRow {
  unitName: string;
  values: Record<string, number>;
}

export interface ConsolidationResult {
  /** The majority period's label («Quý I năm 2026»), null when no unit stated a readable one. */
  periodLabel: string | null;
  /** dd/mm/yyyy, when some merged unit printed «(Từ ngày … đến ngày …)» for that period. */
  periodFrom: string | null;
  periodTo: string | null;
  /** II.06b: lĩnh vực by level, levels in order tỉnh, huyện, xã, empty levels left out. */
  groups: AggregateLevelGroup[];
  /** TỔNG CỘNG the core computes (input columns and the three computed ones), to check the workbook against. */
  totals: DossierValues;
  /** Optional II.06a columns some merged unit used. */
  optionalColumns: { returned: boolean; paused: boolean };
  /** Appendix rows, one per merged unit, levels in order. */
  units: UnitRow[];
  /** Per-unit lines of II.05a and II.07b (units that sent them). */
  unitForms: Record<'II.05a' | 'II.07b', UnitFormRow[]>;
  /** KSTT-DT (TTHC trên môi trường điện tử): input rows summed over units, rowId -> columnId -> value. */
  electronic: { values: Record<string, Record<string, number>>; unitCount: number };
  /** Every file, in the order added. */
  statuses: UnitStatus[];
  /** Lĩnh vực names matching no catalogue name (each became its own row). */
  unmatchedFields: { level: AdminLevel; label: string; units: string[] }[];
  /** `warned`: merged units with something to check (figures equal to another unit's, name from the file…). */
  counts: { files: number; merged: number; notMerged: number; unreadable: number; warned: number };
}

export interface ConsolidationOptions {
  /** Level of a unit whose level is neither stated nor detected (default 'xa'). */
  defaultLevel?: AdminLevel;
}
