/**
 * II.5 Tình hình, kết quả giải quyết TTHC — from Biểu II.06b (the aggregate) or II.06a: dossiers received (online,
 * direct or postal, carried over), resolved (early, on time, late) with the early-or-on-time rate and its fraction,
 * in progress, returned and paused when those columns exist, the lĩnh vực with most dossiers and those with late ones.
 * The change against the previous period is added by compare.ts.
 */
import { formatCount } from '../../format';
import type { RecognisedForm } from '../../read/types';
import { figuresOf, previousFiguresOf, type DraftContext, type SectionDrafter } from '../context';
import { cellsOf, rateFig, sumFigs, type Fig, type FormFigures } from '../figures';
import { bullet, detailLine, plain, whereOf, type ParagraphBuilder } from '../paragraph';
import type { DraftParagraph } from '../types';
import { cellAddress } from '../../layout/a1';

export const DOSSIER_CODES = ['II.06b', 'II.06a'] as const;
const NOUN = 'hồ sơ';

/** The parts of the pipeline that left «nhận giải quyết»: resolved, in progress, and (since 2025) returned, paused. */
function balanceParts(f: FormFigures): (Fig | null)[] {
  return [f.total('resolved'), f.total('pending'), f.total('returned'), f.total('paused')];
}

function receivedParagraph(f: FormFigures, prev: FormFigures | null): ParagraphBuilder | null {
  const received = f.total('received');
  const online = f.total('online');
  const direct = f.total('direct');
  const carried = f.total('carried');
  if (!received) return null;
  const p = bullet();
  if (received.value === 0) {
    p.text('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: ').amount(received, NOUN).text('.');
    return p;
  }
  p.text('Tổng số hồ sơ TTHC nhận giải quyết trong kỳ báo cáo: ').count(received).text(` ${NOUN}`);
  let listed = false;
  if (online && direct) {
    const fresh = sumFigs([online, direct]);
    p.text(', trong đó: ').measure('tiếp nhận mới trong kỳ', fresh, NOUN);
    if (fresh.value > 0) {
      p.text(' (').measure('tiếp nhận trực tuyến', online, NOUN).text('; ');
      p.measure('tiếp nhận trực tiếp, qua dịch vụ bưu chính công ích', direct, NOUN).text(')');
    }
    listed = true;
  }
  if (carried) p.text(listed ? '; ' : ', trong đó: ').measure('từ kỳ trước chuyển sang', carried, NOUN);
  p.text('.');
  p.requireSum(
    received,
    'tổng số hồ sơ nhận giải quyết',
    [online, direct, carried],
    'số hồ sơ trực tuyến, trực tiếp và từ kỳ trước',
  );
  const outflow = balanceParts(f);
  if (outflow.some((x) => x !== null)) {
    p.requireSum(
      received,
      'tổng số hồ sơ nhận giải quyết',
      outflow,
      'số hồ sơ đã giải quyết, đang giải quyết' +
        (f.hasColumn('returned') || f.hasColumn('paused') ? ', không đủ điều kiện và tạm dừng' : ''),
    );
  }
  // «Từ kỳ trước» must be the previous report's «đang giải quyết».
  const prevPending = prev?.total('pending');
  if (carried && prevPending && carried.value !== prevPending.value) {
    p.flag(
      `Số hồ sơ từ kỳ trước chuyển sang (${whereOf(carried)}) là ${formatCount(carried.value)} nhưng báo cáo kỳ trước ` +
        `còn ${formatCount(prevPending.value)} hồ sơ đang giải quyết (${whereOf(prevPending)}).`,
      [...cellsOf(carried.source), ...cellsOf(prevPending.source)],
    );
  }
  return p;
}

function resolvedParagraphs(f: FormFigures): ParagraphBuilder[] {
  const resolved = f.total('resolved');
  if (!resolved) return [];
  const early = f.total('early');
  const onTime = f.total('onTime');
  const late = f.total('late');
  const p = bullet().text('Số hồ sơ đã giải quyết: ');
  if (resolved.value === 0) {
    p.amount(resolved, NOUN).text('.');
    return [p];
  }
  p.count(resolved).text(` ${NOUN}`);
  const parts = [
    { label: 'giải quyết trước hạn', fig: early },
    { label: 'giải quyết đúng hạn', fig: onTime },
    { label: 'giải quyết quá hạn', fig: late },
  ].filter((x): x is { label: string; fig: Fig } => x.fig !== null);
  parts.forEach((part, i) => {
    p.text(i === 0 ? ', trong đó: ' : '; ');
    p.measure(part.label, part.fig, NOUN);
  });
  p.text('.');
  p.requireSum(
    resolved,
    'tổng số hồ sơ đã giải quyết',
    [early, onTime, late],
    'số hồ sơ trước hạn, đúng hạn và quá hạn',
  );
  const out = [p];
  if (early && onTime) {
    const timely = sumFigs([early, onTime]);
    const rate = rateFig(timely, resolved);
    if (rate) {
      const r = bullet().text('Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ').percent(rate).text(' (');
      r.fraction(timely, resolved).text(` ${NOUN}).`);
      r.requireSum(
        resolved,
        'tổng số hồ sơ đã giải quyết',
        [early, onTime, late],
        'số hồ sơ trước hạn, đúng hạn và quá hạn',
      );
      out.push(r);
    }
  }
  return out;
}

function pendingParagraph(f: FormFigures): ParagraphBuilder | null {
  const pending = f.total('pending');
  if (!pending) return null;
  const inTime = f.total('pendingOnTime');
  const late = f.total('pendingLate');
  const p = bullet().text('Số hồ sơ đang giải quyết: ');
  if (pending.value === 0) return p.amount(pending, NOUN).text('.');
  p.count(pending).text(` ${NOUN}`);
  if (inTime) p.text(', trong đó: ').measure('trong hạn', inTime, NOUN);
  if (late) p.text(inTime ? '; ' : ', trong đó: ').measure('quá hạn', late, NOUN);
  p.text('.');
  return p.requireSum(
    pending,
    'tổng số hồ sơ đang giải quyết',
    [inTime, late],
    'số hồ sơ trong hạn và quá hạn',
  );
}

function optionalParagraphs(f: FormFigures): ParagraphBuilder[] {
  const out: ParagraphBuilder[] = [];
  const returned = f.total('returned');
  if (returned)
    out.push(bullet().headline('Số hồ sơ không đủ điều kiện giải quyết (trả lại)', returned, NOUN).text('.'));
  const paused = f.total('paused');
  if (paused) out.push(bullet().headline('Số hồ sơ tạm dừng giải quyết', paused, NOUN).text('.'));
  return out;
}

/** The label cell of an item row, for a traceable lĩnh vực name. */
function labelSource(form: RecognisedForm, row: { row: number }): { sheet: string; cell: string } {
  const col = form.columns['field'] ?? 1;
  return { sheet: form.sheet, cell: cellAddress(row.row, col) };
}

function fieldParagraphs(f: FormFigures, received: Fig | null): ParagraphBuilder[] {
  const out: ParagraphBuilder[] = [];
  const rows = f.itemRows
    .map((row) => ({ row, received: f.cell(row, 'received'), late: f.cell(row, 'late') }))
    .filter((r) => r.row.label.trim() !== '');
  const withDossiers = rows.filter(
    (r): r is typeof r & { received: Fig } => r.received !== null && r.received.value > 0,
  );
  if (withDossiers.length >= 2) {
    const top = withDossiers.reduce((a, b) => (b.received.value > a.received.value ? b : a));
    const p = plain().text('Lĩnh vực có số hồ sơ nhận giải quyết nhiều nhất là lĩnh vực ');
    p.cellText(top.row.label.trim(), labelSource(f.form, top.row))
      .text(' với ')
      .count(top.received)
      .text(` ${NOUN}`);
    const share = received ? rateFig(top.received, received) : null;
    if (share) p.text(', chiếm ').percent(share).text(' tổng số hồ sơ');
    p.text('.');
    out.push(p);
  }
  const lateRows = rows.filter((r): r is typeof r & { late: Fig } => r.late !== null && r.late.value > 0);
  if (lateRows.length > 0) {
    const p = plain().text(
      lateRows.length === 1
        ? 'Hồ sơ giải quyết quá hạn thuộc lĩnh vực '
        : 'Hồ sơ giải quyết quá hạn thuộc các lĩnh vực: ',
    );
    lateRows.forEach((r, i) => {
      if (i > 0) p.text(', ');
      p.cellText(r.row.label.trim(), labelSource(f.form, r.row)).text(' (').count(r.late).text(` ${NOUN})`);
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
    const built = [
      receivedParagraph(f, prev),
      ...resolvedParagraphs(f),
      pendingParagraph(f),
      ...optionalParagraphs(f),
      ...fieldParagraphs(f, received),
    ].filter((p): p is ParagraphBuilder => p !== null && !p.isEmpty());
    if (built.length === 0) return null;
    return [...built, detailLine(f.form)].map((p) => p.build());
  },
};
