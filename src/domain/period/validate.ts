/**
 * Checks a period the user typed or a form states. Errors are things that cannot be true (a day that does not exist,
 * a start after the end, an end after the report was signed); infos are deviations from the proposed cut-off dates,
 * which real reports make on purpose (13/3, 15/3, 19/5) and which the user may keep.
 */
import { formatDdMmYyyy, fromIsoDate, parseDateDetailed } from './calendar';
import { describePeriodArgumentError, mustProposePeriod } from './propose';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR, type IsoDate, type PeriodKind, type ReportPeriod } from './types';

export interface PeriodInput {
  /** «dd/mm/yyyy», «d/m/yyyy» or ISO. */
  from: string;
  to: string;
  /** Date the report is signed (ngày báo cáo); when given, the period must end on or before it. */
  reportDate?: string;
  /** The declared kỳ; when kind and year are given, the dates are compared with the proposed cut-off dates. */
  kind?: PeriodKind;
  year?: number;
  index?: number;
}

export interface PeriodValidation {
  ok: boolean;
  /** Vietnamese sentences, one per problem. */
  errors: string[];
  /** Vietnamese sentences: deviations and reminders that do not block anything. */
  infos: string[];
  /** The dates as ISO when they could be read. */
  from?: IsoDate;
  to?: IsoDate;
  reportDate?: IsoDate;
  /** The proposed period for the declared kind/year/index, when those were given and valid. */
  proposed?: ReportPeriod;
}

const FIELD_NAMES = {
  from: 'Ngày bắt đầu kỳ báo cáo',
  to: 'Ngày kết thúc kỳ báo cáo',
  reportDate: 'Ngày báo cáo',
} as const;

type DateField = keyof typeof FIELD_NAMES;

function readDate(field: DateField, text: string, errors: string[]): IsoDate | undefined {
  const name = FIELD_NAMES[field];
  const r = parseDateDetailed(text);
  if (!r.ok) {
    errors.push(
      r.reason === 'calendar'
        ? `${name} «${text}» không tồn tại trên lịch (ví dụ: tháng 2 không có ngày 30, 31).`
        : `${name} «${text}» không đọc được; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/03/2026.`,
    );
    return undefined;
  }
  const { year } = fromIsoDate(r.iso)!;
  if (year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) {
    errors.push(`${name} «${text}» có năm ${year} ngoài khoảng ${MIN_REPORT_YEAR}–${MAX_REPORT_YEAR}; có thể gõ nhầm năm.`);
    return undefined;
  }
  return r.iso;
}

export function validatePeriod(input: PeriodInput): PeriodValidation {
  const errors: string[] = [];
  const infos: string[] = [];
  const from = readDate('from', input.from, errors);
  const to = readDate('to', input.to, errors);
  const reportDate = input.reportDate === undefined ? undefined : readDate('reportDate', input.reportDate, errors);

  if (from && to && from > to) {
    errors.push(
      `Ngày bắt đầu (${formatDdMmYyyy(from)}) sau ngày kết thúc (${formatDdMmYyyy(to)}) kỳ báo cáo; kiểm tra lại năm hoặc tháng.`,
    );
  }
  if (to && reportDate && to > reportDate) {
    errors.push(
      `Ngày kết thúc kỳ báo cáo (${formatDdMmYyyy(to)}) sau ngày báo cáo (${formatDdMmYyyy(reportDate)}): không thể báo cáo số liệu của ngày chưa đến.`,
    );
  }

  let proposed: ReportPeriod | undefined;
  if (input.kind !== undefined && input.year !== undefined) {
    const argError = describePeriodArgumentError(input.kind, input.year, input.index ?? 1);
    if (argError) {
      errors.push(argError);
    } else {
      proposed = mustProposePeriod(input.kind, input.year, input.index ?? 1);
      compareWithProposal(proposed, from, to, reportDate, infos);
    }
  }

  const result: PeriodValidation = { ok: errors.length === 0, errors, infos };
  if (from) result.from = from;
  if (to) result.to = to;
  if (reportDate) result.reportDate = reportDate;
  if (proposed) result.proposed = proposed;
  return result;
}

function compareWithProposal(
  proposed: ReportPeriod,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
  reportDate: IsoDate | undefined,
  infos: string[],
): void {
  const basis = 'theo thời gian chốt số liệu của Nghị định 09/2019/NĐ-CP';
  if (from && from !== proposed.from) {
    infos.push(
      `Ngày bắt đầu ${formatDdMmYyyy(from)} khác ngày đề xuất ${formatDdMmYyyy(proposed.from)} cho ${proposed.label} (${basis}); giữ nguyên nếu cơ quan cấp trên có hướng dẫn khác.`,
    );
  }
  if (to && to !== proposed.to) {
    infos.push(
      `Ngày kết thúc ${formatDdMmYyyy(to)} khác ngày đề xuất ${formatDdMmYyyy(proposed.to)} cho ${proposed.label} (${basis}); giữ nguyên nếu cơ quan cấp trên có hướng dẫn khác.`,
    );
  }
  if (reportDate && reportDate > proposed.deadline) {
    infos.push(
      `Ngày báo cáo ${formatDdMmYyyy(reportDate)} sau hạn gửi đề xuất ${formatDdMmYyyy(proposed.deadline)} (ngày 25 của tháng cuối kỳ).`,
    );
  }
}
