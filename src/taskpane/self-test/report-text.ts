/**
 * The self-test report as the pane shows it and as «Sao chép báo cáo» copies it: pure text from the report data.
 * Only technical facts go in (steps, results, times, Excel's version and language): no workbook figures, no sheet
 * names of the official's, no user name.
 */
import { formatCount } from '../../domain/format';
import { API_FEATURES } from '../../excel/api-features';
import type { SelfTestReport, SelfTestRow } from '../../excel/self-test/types';
import type { Language, MessageKey, Translate } from '../i18n';
import { fillTemplate } from '../insert/text';

export function statusLabel(row: SelfTestRow, t: Translate): string {
  return t(`selftest.status.${row.status}` as MessageKey);
}

/** «Không hỗ trợ (cần ExcelApi 1.18)», «Không đạt: GeneralException · …», «Bỏ qua (…)» or «Đạt». */
export function resultText(row: SelfTestRow, t: Translate): string {
  const label = statusLabel(row, t);
  if (row.status === 'unsupported' && row.requires)
    return `${label} (${fillTemplate(t('selftest.needs'), { set: API_FEATURES[row.requires].set })})`;
  if (row.status === 'skipped') return `${label} (${t('selftest.skippedWhy')})`;
  if (row.status === 'fail' && row.detail) return `${label}: ${row.detail}`;
  return label;
}

export function durationText(ms: number, language: Language): string {
  return `${formatCount(ms, { locale: language })} ms`;
}

/** A step that was not tried («Không hỗ trợ», «Bỏ qua») has no time of its own: «—». */
export function stepDuration(row: SelfTestRow, language: Language): string {
  return row.status === 'unsupported' || row.status === 'skipped' ? '—' : durationText(row.ms, language);
}

export function factLines(report: SelfTestReport, t: Translate): [string, string][] {
  const unknown = t('selftest.unknown');
  const f = report.facts;
  return [
    [t('selftest.fact.platform'), f.platform ?? unknown],
    [t('selftest.fact.version'), f.officeVersion ?? unknown],
    [t('selftest.fact.api'), f.highestExcelApi ? `ExcelApi ${f.highestExcelApi}` : unknown],
    [t('selftest.fact.language'), f.displayLanguage ?? unknown],
    [t('selftest.fact.theme'), f.theme ? t(`selftest.theme.${f.theme}`) : unknown],
  ];
}

export function summaryText(report: SelfTestReport, t: Translate): string {
  const count = (status: SelfTestRow['status']) => report.rows.filter((r) => r.status === status).length;
  return count('fail') > 0
    ? fillTemplate(t('selftest.summary.fail'), { fail: count('fail') })
    : fillTemplate(t('selftest.summary.ok'), { pass: count('pass'), unsupported: count('unsupported') });
}

/** Plain text for the clipboard: a title, the facts, one line per step, the summary. */
export function reportText(
  report: SelfTestReport,
  t: Translate,
  language: Language,
  meta: { addinVersion: string; when: Date },
): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = meta.when;
  const when = `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const lines = [
    t('selftest.text.title'),
    `${t('selftest.text.addin')}: ${meta.addinVersion}`,
    `${t('selftest.text.date')}: ${when}`,
    ...factLines(report, t).map(([k, v]) => `${k}: ${v}`),
    '',
    `${t('selftest.col.step')} | ${t('selftest.col.result')} | ${t('selftest.col.time')} | ${t('selftest.col.syncs')}`,
    ...report.rows.map(
      (row, i) =>
        `${i + 1}. ${t(`selftest.step.${row.id}` as MessageKey)} | ${resultText(row, t)} | ${stepDuration(row, language)} | ${row.syncs}`,
    ),
    '',
    summaryText(report, t),
    fillTemplate(t('selftest.total'), { ms: durationText(report.totalMs, language) }),
  ];
  if (report.leftovers.length > 0) lines.push(fillTemplate(t('selftest.leftovers'), { list: report.leftovers.join(', ') }));
  return lines.join('\n');
}
