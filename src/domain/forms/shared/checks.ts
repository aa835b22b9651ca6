/**
 * Builders for the reconciliation rules a form states beyond those its formulas imply (see
 * `checksFromColumns`, `checksFromFixedRows`). `axis: 'columns'` compares column ids within every row;
 * `axis: 'rows'` compares row ids within every value column.
 */
import type { FormCheck, Severity } from '../spec';

type Axis = 'columns' | 'rows';
type Ids = string | readonly string[];

/** A rule's severity and id when they are not the builder's default. */
interface CheckOverrides {
  severity?: Severity;
  id?: string;
}

const list = (ids: Ids): readonly string[] => (typeof ids === 'string' ? [ids] : ids);

/** A rule comparing two sides (subset: part ≤ whole; balance: left = sum of right). */
type TwoSidedCheck = (
  axis: Axis,
  first: Ids,
  second: Ids,
  description: string,
  overrides?: CheckOverrides,
) => FormCheck;

/** Id `<rule>:<first id of the first side>` and severity error, unless overridden. */
function identity(rule: 'subset' | 'balance', first: Ids, overrides: CheckOverrides) {
  return { id: overrides.id ?? `${rule}:${list(first)[0]}`, severity: overrides.severity ?? 'error' };
}

/** `part` never exceeds `whole`. */
export const subsetCheck: TwoSidedCheck = (axis, part, whole, description, overrides = {}) => ({
  ...identity('subset', part, overrides),
  rule: 'subset',
  axis,
  part: list(part),
  whole: list(whole),
  description,
});

/** `left` equals the sum of `right`. */
export const balanceCheck: TwoSidedCheck = (axis, left, right, description, overrides = {}) => ({
  ...identity('balance', left, overrides),
  rule: 'balance',
  axis,
  left: list(left),
  right: list(right),
  description,
});

/** The quantities several forms report and the checker compares across them. */
const CROSS_FORM_KEYS = {
  online: 'ho-so-truc-tuyen',
  new: 'ho-so-tiep-nhan-moi',
} as const;

/**
 * A warning when `ids` disagree with the same quantity in another form of the workbook: the TỔNG CỘNG row of a
 * list form (`axis: 'columns'`), the row's value of a fixed form (`axis: 'rows'`). Id `cross:<quantity>`.
 */
export function crossFormCheck(
  quantity: keyof typeof CROSS_FORM_KEYS,
  axis: Axis,
  ids: Ids,
  description: string,
): FormCheck {
  return {
    id: `cross:${quantity}`,
    rule: 'cross-form',
    key: CROSS_FORM_KEYS[quantity],
    axis,
    ids: list(ids),
    at: axis === 'columns' ? 'total' : 'value',
    severity: 'warning',
    description,
  };
}
