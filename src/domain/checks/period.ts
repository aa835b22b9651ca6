/** The period rule: start ≤ end ≤ report date, dates vs the declared kỳ (info), no «Quý…» placeholders left. */
import { formatDdMmYyyy, hasPeriodPlaceholder, validatePeriod } from '../period';
import type { RecognisedForm } from '../read/types';
import type { Finding } from './types';

const BLANKS = /^[\s.…_]*$/;
const isBlankDate = (text: string | null) => text === null || /^[\s.…_/]*$/.test(text) || /…|\.{2,}|_{2,}/.test(text);

export function periodFindings(form: RecognisedForm): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'sheet'>) => findings.push({ sheet: form.sheet, ...f });
  const { label, parsed, range, fromText, toText } = form.period;

  if (label && (BLANKS.test(label.text) || hasPeriodPlaceholder(label.text))) {
    add({
      rule: 'period',
      severity: 'warning',
      cell: label.address,
      found: label.text,
      expected: null,
      message: `Ô ${label.address}: kỳ báo cáo «${label.text}» chưa được điền đầy đủ (còn để mẫu trống).`,
      messageEn: `Cell ${label.address}: the reporting period «${label.text}» is still a blank template.`,
    });
  }
  if (!range) return findings;
  if (isBlankDate(fromText) || isBlankDate(toText)) {
    add({
      rule: 'period',
      severity: 'warning',
      cell: range.address,
      found: range.text,
      expected: null,
      message: `Ô ${range.address}: ngày bắt đầu, kết thúc kỳ báo cáo chưa được điền («${range.text}»).`,
      messageEn: `Cell ${range.address}: the period dates are not filled in.`,
    });
    return findings;
  }
  const declared = parsed && !parsed.placeholder && parsed.year !== null ? parsed : null;
  const result = validatePeriod({
    from: fromText!,
    to: toText!,
    reportDate: form.reportDate?.iso ?? undefined,
    kind: declared?.kind,
    year: declared?.year ?? undefined,
    index: declared?.index,
  });
  for (const error of result.errors) {
    // A report date later than the period end is stated in the date cell; everything else in the dates cell.
    const onReportDate = /sau ngày báo cáo/.test(error) && form.reportDate;
    add({
      rule: 'period',
      severity: 'error',
      cell: onReportDate ? form.reportDate!.address : range.address,
      found: onReportDate ? form.reportDate!.text : range.text,
      expected: null,
      message: `Ô ${onReportDate ? form.reportDate!.address : range.address}: ${error}`,
      messageEn: `Cell ${range.address}: the period dates contradict each other or the report date.`,
    });
  }
  for (const info of result.infos) {
    add({
      rule: 'period',
      severity: 'info',
      cell: range.address,
      found: range.text,
      expected: result.proposed ? `${formatDdMmYyyy(result.proposed.from)} – ${formatDdMmYyyy(result.proposed.to)}` : null,
      message: `Ô ${range.address}: ${info}`,
      messageEn: `Cell ${range.address}: the dates differ from the proposed cut-off dates (Decree 09/2019).`,
    });
  }
  return findings;
}
