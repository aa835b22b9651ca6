/**
 * II.5 Tình hình, kết quả giải quyết TTHC — from Biểu II.06b (the aggregate) or II.06a: dossiers received (online,
 * direct or postal, carried over), resolved (early, on time, late) with the early-or-on-time rate and its fraction,
 * in progress, returned and paused when those columns exist, the lĩnh vực with most dossiers and those with late ones.
 * The change against the previous period is added by compare.ts.
 */
import { formatCount } from '../../format';
import { fold } from '../../read/text';
import type { GroupRow, RecognisedForm } from '../../read/types';
import {
  bulletOf,
  figuresOf,
  plainOf,
  previousFiguresOf,
  type DraftContext,
  type SectionDrafter,
} from '../context';
import { cellsOf, diffFig, sumFigs, type Fig, type FormFigures } from '../figures';
import { detailLine, whereOf, type ParagraphBuilder } from '../paragraph';
import { isCellSource, type CellSource, type DraftParagraph } from '../types';
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

/**
 * «tiếp nhận mới trong kỳ 1.568 hồ sơ (tiếp nhận trực tuyến 1.568 hồ sơ); từ kỳ trước chuyển sang 69 hồ sơ», or flat
 * for a level's sentence, inside its brackets: «trực tuyến 610 hồ sơ; trực tiếp, …; từ kỳ trước chuyển sang 18 hồ sơ».
 */
function receivedParts(p: ParagraphBuilder, s: Scope, intro: string, flat = false): void {
  const online = s.fig('online');
  const direct = s.fig('direct');
  p.beginList();
  if (online && direct && !flat) {
    const fresh = sumFigs([online, direct]);
    if (p.item(intro, 'tiếp nhận mới trong kỳ', fresh, NOUN) && fresh.value > 0) {
      const listed = p.parts(
        ' (',
        [
          { label: 'tiếp nhận trực tuyến', fig: online },
          { label: 'tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích', fig: direct },
        ],
        NOUN,
      );
      if (listed > 0) p.text(')');
    }
  } else {
    p.item(intro, flat ? 'trực tuyến' : 'tiếp nhận trực tuyến', online, NOUN);
    p.item(
      intro,
      flat
        ? 'trực tiếp, qua dịch vụ bưu chính công ích'
        : 'tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích',
      direct,
      NOUN,
    );
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

function requireResolved(p: ParagraphBuilder, s: Scope): void {
  p.requireSum(
    s.fig('resolved'),
    'tổng số hồ sơ đã giải quyết',
    [s.fig('early'), s.fig('onTime'), s.fig('late')],
    'số hồ sơ trước hạn, đúng hạn và quá hạn',
  );
}

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
  const clauses: ((first: boolean) => boolean)[] = [
    (first) => {
      const received = s.fig('received');
      if (!received) return false;
      p.text(first ? '' : '; ')
        .text('tiếp nhận ')
        .amount(received, NOUN);
      if (received.value > 0) {
        receivedParts(p, s, ' (', true);
        if (p.listedCount() > 0) p.text(')');
      }
      requireReceived(p, f, s);
      return true;
    },
    (first) => {
      const resolved = s.fig('resolved');
      if (!resolved) return false;
      p.text(first ? '' : '; ')
        .text('đã giải quyết ')
        .amount(resolved, NOUN);
      if (resolved.value > 0) {
        p.beginList();
        p.item(' (', 'trước hạn', s.fig('early'), NOUN);
        p.item(' (', 'đúng hạn', s.fig('onTime'), NOUN);
        p.item(' (', 'quá hạn', s.fig('late'), NOUN);
        if (p.listedCount() > 0) p.text(')');
        const timely = timelyOf(s);
        const rate = timely ? p.rate(timely, resolved) : null;
        if (timely && rate) {
          p.text(', tỷ lệ giải quyết trước hạn, đúng hạn đạt ').percent(rate).text(' (');
          p.fraction(timely, resolved).text(` ${NOUN})`);
        }
      }
      requireResolved(p, s);
      return true;
    },
    (first) => {
      const pending = s.fig('pending');
      if (!pending) return false;
      p.text(first ? '' : '; ')
        .text('đang giải quyết ')
        .amount(pending, NOUN);
      if (pending.value > 0) {
        p.beginList();
        p.item(' (', 'trong hạn', s.fig('pendingOnTime'), NOUN);
        p.item(' (', 'quá hạn', s.fig('pendingLate'), NOUN);
        if (p.listedCount() > 0) p.text(')');
      }
      return true;
    },
    (first) => {
      const returned = s.fig('returned');
      if (!returned || !p.shows(returned)) return false;
      p.text(first ? '' : '; ')
        .text('không đủ điều kiện giải quyết ')
        .amount(returned, NOUN);
      return true;
    },
    (first) => {
      const paused = s.fig('paused');
      if (!paused || !p.shows(paused)) return false;
      p.text(first ? '' : '; ')
        .text('tạm dừng ')
        .amount(paused, NOUN);
      return true;
    },
  ];
  let stated = 0;
  for (const clause of clauses) if (clause(stated === 0)) stated++;
  return stated > 0 ? p.text('.') : null;
}

/** One sentence per level of a grouped form (II.06b) when more than one level has figures. */
function levelParagraphs(ctx: DraftContext, f: FormFigures): ParagraphBuilder[] {
  const levels = f.form.groupRows
    .map((group) => levelParagraph(ctx, f, group))
    .filter((p): p is ParagraphBuilder => p !== null);
  return levels.length >= 2 ? levels : [];
}

function receivedParagraph(
  ctx: DraftContext,
  f: FormFigures,
  prev: FormFigures | null,
): ParagraphBuilder | null {
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
  const prevPending = prev?.total('pending');
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

function resolvedParagraphs(ctx: DraftContext, f: FormFigures): ParagraphBuilder[] {
  const s = tableScope(f);
  const resolved = s.fig('resolved');
  const p = bulletOf(ctx);
  p.headline('Số hồ sơ đã giải quyết', resolved, NOUN, s.where('resolved'));
  if (!resolved || resolved.value > 0) {
    p.beginList();
    p.item(', trong đó: ', 'giải quyết trước hạn', s.fig('early'), NOUN);
    p.item(', trong đó: ', 'giải quyết đúng hạn', s.fig('onTime'), NOUN);
    p.item(', trong đó: ', 'giải quyết quá hạn', s.fig('late'), NOUN);
  }
  if (!p.hasFigure()) return [];
  p.text('.');
  requireResolved(p, s);
  const out = [p];
  const timely = timelyOf(s);
  const rate = resolved && timely ? p.rate(timely, resolved) : null;
  if (resolved && timely && rate) {
    const r = bulletOf(ctx).text('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ').percent(rate).text(' (');
    r.fraction(timely, resolved).text(` ${NOUN}).`);
    requireResolved(r, s);
    out.push(r);
  }
  return out;
}

function pendingParagraph(ctx: DraftContext, f: FormFigures): ParagraphBuilder | null {
  const s = tableScope(f);
  const pending = s.fig('pending');
  const p = bulletOf(ctx);
  p.headline('Số hồ sơ đang giải quyết', pending, NOUN, s.where('pending'));
  if (!pending || pending.value > 0) {
    p.beginList();
    p.item(', trong đó: ', 'trong hạn', s.fig('pendingOnTime'), NOUN);
    p.item(', trong đó: ', 'quá hạn', s.fig('pendingLate'), NOUN);
  }
  if (!p.hasFigure()) return null;
  p.text('.');
  return p.requireSum(
    pending,
    'tổng số hồ sơ đang giải quyết',
    [s.fig('pendingOnTime'), s.fig('pendingLate')],
    'số hồ sơ trong hạn và quá hạn',
  );
}

function optionalParagraphs(ctx: DraftContext, f: FormFigures): ParagraphBuilder[] {
  const out: ParagraphBuilder[] = [];
  const returned = f.total('returned');
  if (returned)
    out.push(
      bulletOf(ctx).headline('Số hồ sơ không đủ điều kiện giải quyết (trả lại)', returned, NOUN).text('.'),
    );
  const paused = f.total('paused');
  if (paused) out.push(bulletOf(ctx).headline('Số hồ sơ tạm dừng giải quyết', paused, NOUN).text('.'));
  return out;
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

function fieldParagraphs(ctx: DraftContext, f: FormFigures, received: Fig | null): ParagraphBuilder[] {
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
    const p = plainOf(ctx).text(
      lateRows.length === 1
        ? 'Hồ sơ giải quyết quá hạn thuộc lĩnh vực '
        : 'Hồ sơ giải quyết quá hạn thuộc các lĩnh vực: ',
    );
    lateRows.forEach((r, i) => {
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

export const dossiersSection: SectionDrafter = {
  sources: DOSSIER_CODES,
  draft(ctx: DraftContext): DraftParagraph[] | null {
    const f = figuresOf(ctx.forms, ...DOSSIER_CODES);
    if (!f) return null;
    const prev = previousFiguresOf(ctx, f.form.code);
    const received = f.total('received');
    // A grouped form (II.06b) level by level, then the whole table.
    const built = [
      ...levelParagraphs(ctx, f),
      receivedParagraph(ctx, f, prev),
      ...resolvedParagraphs(ctx, f),
      pendingParagraph(ctx, f),
      ...optionalParagraphs(ctx, f),
      ...fieldParagraphs(ctx, f, received),
    ].filter((p): p is ParagraphBuilder => p !== null && !p.isEmpty());
    if (built.length === 0) return null;
    return [...built, detailLine(f.form)].map((p) => p.build());
  },
};
