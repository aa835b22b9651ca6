/**
 * II.5 Tình hình, kết quả giải quyết TTHC — from Biểu II.06b (the aggregate) or II.06a: dossiers received (online,
 * direct or postal, carried over), resolved (early, on time, late) with the early-or-on-time rate and its fraction,
 * in progress, returned and paused when those columns exist, the lĩnh vực with most dossiers and those with late ones.
 * The change against the previous period is added by compare.ts.
 */
import { formatCount } from '../../format';
import { fold } from '../../read/text';
import type { GroupRow, RecognisedForm } from '../../read/types';
import { bulletOf, plainOf, previousFiguresOf, type DraftContext } from '../context';
import { cellsOf, diffFig, sumFigs, type Fig, type FormFigures } from '../figures';
import { whereOf, type ParagraphBuilder } from '../paragraph';
import { addsUp, applyChecks, ifStated, list, ofForm, stated, total, type SectionSpec } from '../section';
import { isCellSource, type CellSource } from '../types';
import { cellAddress } from '../../layout/a1';

export const DOSSIER_CODES = ['II.06b', 'II.06a'] as const;
const NOUN = 'hồ sơ';

/** The dossier figures of one scope: a level (its subtotal or its rows) or the whole table. */
interface Scope {
  fig(col: string): Fig | null;
  /** Where the scope's figure of a column is, for «[chưa có số liệu: ô …]». */
  where(col: string): CellSource | null;
}

function tableScope(f: FormFigures): Scope {
  return { fig: (col) => f.total(col), where: (col) => f.totalCell(col) };
}

function levelScope(f: FormFigures, group: GroupRow): Scope {
  const members = group.members.map((i) => f.itemRows[i]!).filter(Boolean);
  return {
    fig: (col) => f.aggregate(group, members, col),
    where: (col) => {
      const read = group.values[col];
      return read ? { sheet: f.sheet, cell: read.address } : null;
    },
  };
}

/** «Cấp huyện» for «II. Cấp huyện (huyện, thị xã, thành phố)»; other group labels as typed. */
function levelName(label: string): string | null {
  const folded = fold(label);
  if (/\bcap tinh\b|so, ban, nganh/.test(folded)) return 'Cấp tỉnh';
  if (/\bcap huyen\b/.test(folded)) return 'Cấp huyện';
  if (/\bcap xa\b/.test(folded)) return 'Cấp xã';
  return null;
}

const ONLINE = 'tiếp nhận trực tuyến';
const DIRECT = 'tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích';

/** «tiếp nhận mới trong kỳ 1.568 hồ sơ (tiếp nhận trực tuyến 1.568 hồ sơ); từ kỳ trước chuyển sang 69 hồ sơ». */
function receivedParts(p: ParagraphBuilder, s: Scope, intro: string): void {
  const online = s.fig('online');
  const direct = s.fig('direct');
  p.beginList();
  if (online && direct) {
    const fresh = sumFigs([online, direct]);
    if (p.item(intro, 'tiếp nhận mới trong kỳ', fresh, NOUN) && fresh.value > 0) {
      const parts = [
        { label: ONLINE, fig: online },
        { label: DIRECT, fig: direct },
      ];
      if (p.parts(' (', parts, NOUN) > 0) p.text(')');
    }
  } else {
    p.item(intro, ONLINE, online, NOUN);
    p.item(intro, DIRECT, direct, NOUN);
  }
  p.item(intro, 'từ kỳ trước chuyển sang', s.fig('carried'), NOUN);
}

/** Not late = trước hạn + đúng hạn when both are stated, else đã giải quyết − quá hạn. */
function timelyOf(s: Scope): Fig | null {
  const early = s.fig('early');
  const onTime = s.fig('onTime');
  if (early && onTime) return sumFigs([early, onTime]);
  const resolved = s.fig('resolved');
  const late = s.fig('late');
  return resolved && late ? diffFig(resolved, late) : null;
}

function requireReceived(p: ParagraphBuilder, f: FormFigures, s: Scope): void {
  const received = s.fig('received');
  p.requireSum(
    received,
    'tổng số hồ sơ nhận giải quyết',
    [s.fig('online'), s.fig('direct'), s.fig('carried')],
    'số hồ sơ trực tuyến, trực tiếp và từ kỳ trước',
  );
  const outflow = ['resolved', 'pending', 'returned', 'paused'].filter((c) => f.hasColumn(c));
  p.requireSum(
    received,
    'tổng số hồ sơ nhận giải quyết',
    outflow.map((c) => s.fig(c)),
    'số hồ sơ đã giải quyết, đang giải quyết' +
      (f.hasColumn('returned') || f.hasColumn('paused') ? ', không đủ điều kiện và tạm dừng' : ''),
  );
}

const RESOLVED_ADDS_UP = addsUp(
  total('resolved'),
  'tổng số hồ sơ đã giải quyết',
  [total('early'), total('onTime'), total('late')],
  'số hồ sơ trước hạn, đúng hạn và quá hạn',
);

/** The check over a scope: a level (its subtotal or rows) or the whole table. */
function requireResolved(p: ParagraphBuilder, s: Scope): void {
  applyChecks(p, (ref) => ('total' in ref ? s.fig(ref.total) : null), [RESOLVED_ADDS_UP]);
}

interface LevelClause {
  col: string;
  /** «tiếp nhận », «đã giải quyết » */
  verb: string;
  /** Its parts, in brackets after it when it is not zero. */
  parts?: readonly (readonly [label: string, col: string])[];
  /** A clause left out when zero unless the style states zero parts (the optional columns). */
  optional?: boolean;
  /** What follows the parts (the timely rate) and the sums it must satisfy. */
  then?(p: ParagraphBuilder, f: FormFigures, s: Scope, fig: Fig): void;
}

const LEVEL_CLAUSES: readonly LevelClause[] = [
  {
    col: 'received',
    verb: 'tiếp nhận ',
    parts: [
      ['trực tuyến', 'online'],
      ['trực tiếp, qua dịch vụ bưu chính công ích', 'direct'],
      ['từ kỳ trước chuyển sang', 'carried'],
    ],
    then: (p, f, s) => requireReceived(p, f, s),
  },
  {
    col: 'resolved',
    verb: 'đã giải quyết ',
    parts: [
      ['trước hạn', 'early'],
      ['đúng hạn', 'onTime'],
      ['quá hạn', 'late'],
    ],
    then: (p, _f, s, resolved) => {
      const timely = resolved.value > 0 ? timelyOf(s) : null;
      const rate = timely ? p.rate(timely, resolved) : null;
      if (timely && rate) {
        p.text(', tỷ lệ giải quyết trước hạn, đúng hạn đạt ').percent(rate).text(' (');
        p.fraction(timely, resolved).text(` ${NOUN})`);
      }
      requireResolved(p, s);
    },
  },
  {
    col: 'pending',
    verb: 'đang giải quyết ',
    parts: [
      ['trong hạn', 'pendingOnTime'],
      ['quá hạn', 'pendingLate'],
    ],
  },
  { col: 'returned', verb: 'không đủ điều kiện giải quyết ', optional: true },
  { col: 'paused', verb: 'tạm dừng ', optional: true },
];

/**
 * «- Cấp huyện: tiếp nhận 998 hồ sơ (…); đã giải quyết 979 hồ sơ (…), tỷ lệ giải quyết trước hạn, đúng hạn đạt
 * 98,10%; đang giải quyết 19 hồ sơ (…).» — how district and provincial reports state each level.
 */
function levelParagraph(ctx: DraftContext, f: FormFigures, group: GroupRow): ParagraphBuilder | null {
  const s = levelScope(f, group);
  const p = bulletOf(ctx);
  const name = levelName(group.label);
  if (name) p.text(name);
  else p.cellText(group.label.trim(), labelSource(f.form, group));
  p.text(': ');
  let stated = 0;
  for (const clause of LEVEL_CLAUSES) {
    const fig = s.fig(clause.col);
    if (!fig || (clause.optional && !p.shows(fig))) continue;
    p.text(stated++ === 0 ? '' : '; ')
      .text(clause.verb)
      .amount(fig, NOUN);
    const parts = (clause.parts ?? []).map(([label, col]) => ({ label, fig: s.fig(col) }));
    if (fig.value > 0 && p.parts(' (', parts, NOUN) > 0) p.text(')');
    clause.then?.(p, f, s, fig);
  }
  return stated > 0 ? p.text('.') : null;
}

/** One sentence per level of a grouped form (II.06b) when more than one level has figures. */
function levelParagraphs(ctx: DraftContext, f: FormFigures): ParagraphBuilder[] {
  const levels = f.form.groupRows
    .map((group) => levelParagraph(ctx, f, group))
    .filter((p): p is ParagraphBuilder => p !== null);
  return levels.length >= 2 ? levels : [];
}

function receivedParagraph(ctx: DraftContext, f: FormFigures): ParagraphBuilder | null {
  const s = tableScope(f);
  const received = s.fig('received');
  const carried = s.fig('carried');
  const p = bulletOf(ctx);
  p.headline('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo', received, NOUN, s.where('received'));
  if (!received || received.value > 0) receivedParts(p, s, ', trong đó: ');
  if (!p.hasFigure()) return null;
  p.text('.');
  requireReceived(p, f, s);
  // «Từ kỳ trước» must be the previous report's «đang giải quyết».
  const prevPending = previousFiguresOf(ctx, f.form.code)?.total('pending');
  if (carried && prevPending && carried.value !== prevPending.value) {
    p.flag(
      `Số hồ sơ từ kỳ trước chuyển sang (${whereOf(carried)}) là ${formatCount(carried.value)} nhưng báo cáo kỳ trước ` +
        `còn ${formatCount(prevPending.value)} hồ sơ đang giải quyết (${whereOf(prevPending)}).`,
      [...cellsOf(carried.source), ...cellsOf(prevPending.source)],
      isCellSource(carried.source) ? carried.source : undefined,
    );
  }
  return p;
}

/** «- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 99,39% (1.642/1.652 hồ sơ).» */
function timelyRateParagraph(ctx: DraftContext, f: FormFigures): ParagraphBuilder | null {
  const s = tableScope(f);
  const resolved = s.fig('resolved');
  const timely = timelyOf(s);
  const p = bulletOf(ctx);
  const rate = resolved && timely ? p.rate(timely, resolved) : null;
  if (!resolved || !timely || !rate) return null;
  p.text('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ').percent(rate).text(' (');
  p.fraction(timely, resolved).text(` ${NOUN}).`);
  requireResolved(p, s);
  return p;
}

/** The label cell of an item row, for a traceable lĩnh vực name. */
function labelSource(form: RecognisedForm, row: { row: number }): { sheet: string; cell: string } {
  const col = form.columns['field'] ?? 1;
  return { sheet: form.sheet, cell: cellAddress(row.row, col) };
}

/**
 * A row that adds up others rather than naming one lĩnh vực («Các lĩnh vực thuộc thẩm quyền cấp xã», «Cấp huyện»,
 * «Cộng»): never named as a lĩnh vực.
 */
export function isAggregateLabel(label: string): boolean {
  const folded = fold(label);
  return (
    /^(cac linh vuc|tat ca|tong|cong\b|trong do|cap (tinh|huyen|xa)\b|ubnd cap|ubnd cac)/.test(folded) ||
    /thuoc tham quyen (cua )?(cap|ubnd)/.test(folded)
  );
}

/** «Lĩnh vực Hộ tịch» → «Hộ tịch», so that «lĩnh vực Hộ tịch» is not doubled. */
export function fieldName(label: string): string {
  return (
    label
      .trim()
      .replace(/^lĩnh vực\s*[:\-–]?\s*/iu, '')
      .trim() || label.trim()
  );
}

/**
 * At most this many lĩnh vực are named in the sentence on overdue files. A report names the main ones; a table of
 * hundreds of rows would otherwise make one sentence of hundreds of names and figures.
 */
const LATE_FIELDS_NAMED = 10;

/** All of them in the table's order when they are few; else the LATE_FIELDS_NAMED with most overdue files, most first. */
function lateFieldsNamed<T extends { late: Fig }>(lateRows: readonly T[]): readonly T[] {
  if (lateRows.length <= LATE_FIELDS_NAMED) return lateRows;
  return [...lateRows].sort((a, b) => b.late.value - a.late.value).slice(0, LATE_FIELDS_NAMED);
}

function fieldParagraphs(ctx: DraftContext, f: FormFigures): ParagraphBuilder[] {
  const received = f.total('received');
  const out: ParagraphBuilder[] = [];
  const labelled = f.itemRows.filter((row) => row.label.trim() !== '');
  // A row that adds up several lĩnh vực hides which one has most: no «nhiều nhất» then.
  const hasAggregate = labelled.some((row) => isAggregateLabel(row.label));
  const rows = labelled
    .filter((row) => !isAggregateLabel(row.label))
    .map((row) => ({ row, received: f.cell(row, 'received'), late: f.cell(row, 'late') }));
  const withDossiers = rows.filter(
    (r): r is typeof r & { received: Fig } => r.received !== null && r.received.value > 0,
  );
  if (withDossiers.length >= 2 && !hasAggregate) {
    const top = withDossiers.reduce((a, b) => (b.received.value > a.received.value ? b : a));
    const p = plainOf(ctx).text('Lĩnh vực có số hồ sơ nhận giải quyết nhiều nhất là lĩnh vực ');
    p.cellText(fieldName(top.row.label), labelSource(f.form, top.row))
      .text(' với ')
      .count(top.received)
      .text(` ${NOUN}`);
    const share = received ? p.rate(top.received, received) : null;
    if (share) p.text(', chiếm ').percent(share).text(' tổng số hồ sơ');
    p.text('.');
    out.push(p);
  }
  const lateRows = rows.filter((r): r is typeof r & { late: Fig } => r.late !== null && r.late.value > 0);
  if (lateRows.length > 0) {
    const named = lateFieldsNamed(lateRows);
    const p = plainOf(ctx).text(
      lateRows.length === 1
        ? 'Hồ sơ giải quyết quá hạn thuộc lĩnh vực '
        : named.length < lateRows.length
          ? `Hồ sơ giải quyết quá hạn thuộc ${formatCount(lateRows.length)} lĩnh vực, nhiều nhất là các lĩnh vực: `
          : 'Hồ sơ giải quyết quá hạn thuộc các lĩnh vực: ',
    );
    named.forEach((r, i) => {
      if (i > 0) p.text(', ');
      p.cellText(fieldName(r.row.label), labelSource(f.form, r.row))
        .text(' (')
        .count(r.late)
        .text(` ${NOUN})`);
    });
    p.text('.');
    out.push(p);
  }
  return out;
}

export const dossiersSection: SectionSpec = {
  id: 'II.5',
  form: { codes: DOSSIER_CODES },
  sentences: [
    // A grouped form (II.06b) level by level, then the whole table.
    ofForm(levelParagraphs),
    ofForm(receivedParagraph),
    stated('Số hồ sơ đã giải quyết', total('resolved'), NOUN, {
      parts: list(', trong đó: ', [
        ['giải quyết trước hạn', total('early')],
        ['giải quyết đúng hạn', total('onTime')],
        ['giải quyết quá hạn', total('late')],
      ]),
      checks: [RESOLVED_ADDS_UP],
    }),
    ofForm(timelyRateParagraph),
    stated('Số hồ sơ đang giải quyết', total('pending'), NOUN, {
      parts: list(', trong đó: ', [
        ['trong hạn', total('pendingOnTime')],
        ['quá hạn', total('pendingLate')],
      ]),
      checks: [
        addsUp(
          total('pending'),
          'tổng số hồ sơ đang giải quyết',
          [total('pendingOnTime'), total('pendingLate')],
          'số hồ sơ trong hạn và quá hạn',
        ),
      ],
    }),
    ifStated('Số hồ sơ không đủ điều kiện giải quyết (trả lại)', total('returned'), NOUN),
    ifStated('Số hồ sơ tạm dừng giải quyết', total('paused'), NOUN),
    ofForm(fieldParagraphs),
  ],
};
