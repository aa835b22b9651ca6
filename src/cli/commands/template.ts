/**
 * `kstt template <mã biểu…> -o <tệp.xlsx> [tùy chọn]`: writes blank forms (with their formulas, checks and print
 * setup) into a new workbook; `kstt template --list` prints the catalogue. Nothing is written unless every code
 * and option is valid.
 */
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../write-file';
import path from 'node:path';
import { FORM_CATALOGUE, getForm, type AdminLevel, type FormSpec, type LegalBasis } from '../../domain/forms';
import { buildIndicatorPlan, INDICATOR_FORM_CODE, XLSX_CHARTS_NOTE, type IndicatorSource } from '../../domain/indicators';
import { buildSheetPlan } from '../../domain/layout/build-plan';
import { uniqueSheetName } from '../../domain/layout/names';
import type { SheetPlan } from '../../domain/layout/sheet-plan';
import type { FormOptions, PeriodText } from '../../domain/layout/options';
import { validateFormOptions } from '../../domain/layout/validate';
import {
  defaultPeriodFor,
  formatDdMmYyyy,
  parseDate,
  PERIOD_KINDS,
  proposePeriod,
  validatePeriod,
  type PeriodKind,
} from '../../domain/period';
import { renderPlansToXlsx } from '../../xlsx/render-plan';
import { choiceOption, integerOption, parseArgs, type OptionSpec } from './args';
import { EXIT, UsageError, type CliCommand, type CliIo, type ExitCode } from './types';

const LEVELS: readonly AdminLevel[] = ['xa', 'huyen', 'tinh'];
const BASES = Object.keys(FORM_CATALOGUE) as LegalBasis[];
/** Printed where the official writes the unit by hand when no --unit is given. */
export const UNIT_PLACEHOLDER = '……………………………';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', short: 'o' },
  list: { type: 'boolean' },
  force: { type: 'boolean' },
  unit: { type: 'string' },
  receiver: { type: 'string' },
  level: { type: 'string' },
  period: { type: 'string' },
  year: { type: 'string' },
  index: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  place: { type: 'string' },
  date: { type: 'string' },
  'linh-vuc': { type: 'string' },
  returned: { type: 'boolean' },
  paused: { type: 'boolean' },
  basis: { type: 'string' },
};

const HELP = `kstt template — tạo biểu mẫu trống (.xlsx) theo Phụ lục II Thông tư 01/2020/TT-VPCP

Cách dùng:
  kstt template <mã biểu> [<mã biểu>…] -o <tệp.xlsx> [tùy chọn]
  kstt template --list [--basis TT01/2020|TT05/2025]

Tùy chọn:
  -o, --output <tệp.xlsx>   tệp kết quả (không ghi đè tệp đã có, trừ khi có --force)
  --unit <tên>              đơn vị báo cáo (mặc định: để trống dạng «……» để điền tay)
  --receiver <tên>          đơn vị nhận báo cáo
  --level xa|huyen|tinh     cấp của đơn vị (chọn danh sách lĩnh vực mặc định; mặc định: xa)
  --period quarter|month|half|nine-months|year
                            loại kỳ báo cáo (mặc định: quarter = quý)
  --year <năm> --index <số> năm và số thứ tự kỳ (quý 1–4, tháng 1–12, 6 tháng 1–2)
                            (mặc định: kỳ đang làm báo cáo tính theo ngày hôm nay)
  --from dd/mm/yyyy --to dd/mm/yyyy
                            ngày chốt số liệu khác với đề xuất theo Nghị định 09/2019/NĐ-CP
  --place <địa danh>        địa danh ghi trước ngày báo cáo
  --date dd/mm/yyyy         ngày báo cáo (mặc định: «ngày … tháng … năm …» để điền tay)
  --linh-vuc "A;B;C"        danh sách lĩnh vực (các dòng của biểu), cách nhau bởi dấu chấm phẩy
  --returned                thêm cột «Không đủ điều kiện» (Nghị định 118/2025/NĐ-CP)
  --paused                  thêm cột «Tạm dừng»
  --basis TT01/2020|TT05/2025
                            căn cứ pháp lý của mẫu biểu (mặc định: TT01/2020)
  --force                   ghi đè tệp kết quả nếu đã có
  --list                    liệt kê các biểu mẫu, nêu rõ mẫu đã xác nhận hay suy luận

Ví dụ:
  kstt template II.06a II.05a -o bao-cao-quy-1.xlsx --unit "UBND phường Tam Thanh" \\
       --receiver "UBND tỉnh Quảng Nam" --period quarter --year 2026 --index 1 --place "Tam Thanh"
`;

export interface TemplateRequest {
  codes: string[];
  output: string;
  force: boolean;
  basis: LegalBasis;
  options: FormOptions;
  /** Things the user should know that do not stop the command (period deviations, ignored options). */
  notes: string[];
}

function isoToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function basisOf(parsed: ReturnType<typeof parseArgs>): LegalBasis {
  return choiceOption(parsed, 'basis', BASES) ?? 'TT01/2020';
}

/** The period printed on the form, from --period/--year/--index/--from/--to/--date. */
function periodFrom(parsed: ReturnType<typeof parseArgs>, today: string, notes: string[]): PeriodText {
  const kind: PeriodKind = choiceOption(parsed, 'period', PERIOD_KINDS) ?? 'quarter';
  const year = integerOption(parsed, 'year');
  const index = integerOption(parsed, 'index');
  let proposed;
  if (year === undefined && index === undefined) {
    proposed = defaultPeriodFor(today, kind);
  } else {
    const result = proposePeriod(kind, year ?? defaultPeriodFor(today, kind).year, index ?? 1);
    if (!result.ok) throw new UsageError(result.error);
    proposed = result.value;
  }
  const { from: fromText, to: toText, date } = parsed.strings;
  if ((fromText === undefined) !== (toText === undefined)) {
    throw new UsageError('Cần nhập cả --from và --to (ngày bắt đầu và ngày kết thúc kỳ báo cáo).');
  }
  const check = validatePeriod({
    from: fromText ?? formatDdMmYyyy(proposed.from),
    to: toText ?? formatDdMmYyyy(proposed.to),
    reportDate: date,
    kind,
    year: proposed.year,
    index: proposed.index,
  });
  if (!check.ok) throw new UsageError(check.errors.join('\n'));
  notes.push(...check.infos);
  return { label: proposed.label, from: formatDdMmYyyy(check.from!), to: formatDdMmYyyy(check.to!) };
}

/** Reads the command line into a request; throws UsageError with a Vietnamese message. */
export function templateRequestFromArgs(args: readonly string[], now: Date = new Date()): TemplateRequest {
  const parsed = parseArgs(args, OPTIONS);
  const basis = basisOf(parsed);
  const codes = parsed.positionals;
  if (codes.length === 0) throw new UsageError('Chưa nêu mã biểu nào (ví dụ: II.06a). Xem danh sách: kstt template --list');
  const unknown = codes.filter((code) => !getForm(code, basis));
  if (unknown.length > 0) {
    const known = FORM_CATALOGUE[basis].map((f) => f.code).join(', ');
    throw new UsageError(`Không có biểu mẫu ${unknown.map((c) => `«${c}»`).join(', ')} (căn cứ ${basis}). Các mã có: ${known}.`);
  }
  const output = parsed.strings.output;
  if (!output) throw new UsageError('Chưa nêu tệp kết quả: thêm -o <tệp.xlsx>.');
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`Tệp kết quả phải có đuôi .xlsx, nhận được «${output}».`);

  const notes: string[] = [];
  const period = periodFrom(parsed, isoToday(now), notes);
  const dateIso = parsed.strings.date === undefined ? null : parseDate(parsed.strings.date);
  const rowLabels = parsed.strings['linh-vuc']
    ?.split(';')
    .map((label) => label.trim())
    .filter((label) => label !== '');
  if (parsed.strings['linh-vuc'] !== undefined && rowLabels!.length === 0) {
    throw new UsageError('Danh sách --linh-vuc trống; ví dụ: --linh-vuc "Hộ tịch;Chứng thực;Đất đai".');
  }
  const options: FormOptions = {
    reportingUnit: parsed.strings.unit ?? UNIT_PLACEHOLDER,
    receivingUnit: parsed.strings.receiver ?? '',
    level: choiceOption(parsed, 'level', LEVELS) ?? 'xa',
    period,
    reportPlace: parsed.strings.place ?? '',
    reportDate: dateIso ? formatDdMmYyyy(dateIso) : '',
    optionalColumns: { returned: parsed.flags.returned === true, paused: parsed.flags.paused === true },
  };
  if (rowLabels) options.rowLabels = rowLabels;
  return { codes, output, force: parsed.flags.force === true, basis, options, notes };
}

/** Options for one form: the lĩnh vực list only applies to forms whose rows are lĩnh vực. */
function optionsFor(spec: FormSpec, request: TemplateRequest): FormOptions {
  const takesLabels = spec.rows.kind === 'list' && spec.rows.itemNoun === 'lĩnh vực';
  if (takesLabels || !request.options.rowLabels) return request.options;
  request.notes.push(`Biểu ${spec.code}: các dòng không phải lĩnh vực nên bỏ qua --linh-vuc.`);
  return { ...request.options, rowLabels: undefined };
}

export function listCatalogue(basis: LegalBasis): string {
  const forms = FORM_CATALOGUE[basis];
  const width = Math.max(...forms.map((f) => f.code.length));
  const lines = forms.map((f) => {
    const status = f.status.layout === 'confirmed' ? 'đã xác nhận' : 'suy luận   ';
    return `  ${f.code.padEnd(width)}  [${status}]  ${f.shortName} — ${f.title}`;
  });
  return [
    `Các biểu mẫu theo ${basis} (${forms.length} biểu):`,
    ...lines,
    '',
    '«đã xác nhận»: bố cục đã thấy trong báo cáo hoặc phần mềm một cửa thực tế;',
    '«suy luận»: dựng từ đề cương và câu chữ của các báo cáo, cần đối chiếu với văn bản Thông tư.',
    '',
  ].join('\n');
}

/** The names the .xlsx writer gives sheets proposed in this order (a second II.06a becomes «II.06a (2)»). */
function uniqueNamesInOrder(proposed: readonly string[]): string[] {
  const taken: string[] = [];
  return proposed.map((wanted) => {
    const name = uniqueSheetName(wanted, taken);
    taken.push(name);
    return name;
  });
}

const isIndicator = (code: string) => code.toUpperCase() === INDICATOR_FORM_CODE;

/**
 * The plans in the order asked; KSTT-CT («Chỉ tiêu») is built last, once the other forms' sheet names are known,
 * with its numerators and denominators linked to them (a form's first copy wins).
 */
export function buildTemplatePlans(request: TemplateRequest): SheetPlan[] {
  const specs = request.codes.map((code) => getForm(code, request.basis)!);
  const plans: (SheetPlan | null)[] = specs.map((spec) => {
    if (isIndicator(spec.code)) return null;
    const options = optionsFor(spec, request);
    const verdict = validateFormOptions(spec, options);
    if (!verdict.ok) throw new UsageError(`Biểu ${spec.code}:\n  ${verdict.errors.join('\n  ')}`);
    return buildSheetPlan(spec, options);
  });
  if (plans.every((p) => p !== null)) return plans as SheetPlan[];
  // Every sheet's proposed name is fixed by its form, so the final names are known before KSTT-CT is built.
  const proposedNames = specs.map((spec, i) => plans[i]?.sheetName ?? spec.sheetName ?? spec.code);
  const finalNames = uniqueNamesInOrder(proposedNames);
  const sources: IndicatorSource[] = plans.flatMap((plan, i) =>
    plan ? [{ formCode: plan.formCode, sheetName: finalNames[i], layout: plan.layout }] : [],
  );
  const year = Number(/\d{4}/.exec(request.options.period.to)?.[0]);
  return specs.map((spec, i) => {
    const plan = plans[i];
    if (plan) return plan;
    const options = { ...optionsFor(spec, request), legalBasis: request.basis };
    const verdict = validateFormOptions(spec, options);
    if (!verdict.ok) throw new UsageError(`Biểu ${spec.code}:\n  ${verdict.errors.join('\n  ')}`);
    const indicator = buildIndicatorPlan(sources, year, options);
    if (indicator.sheetName !== proposedNames[i]) throw new Error('KSTT-CT: unexpected sheet name');
    return indicator;
  });
}

async function run(args: readonly string[], io: CliIo): Promise<ExitCode> {
  if (args.includes('--list')) {
    const parsed = parseArgs(args, OPTIONS);
    io.stdout(listCatalogue(basisOf(parsed)));
    return EXIT.ok;
  }
  const request = templateRequestFromArgs(args);
  const plans = buildTemplatePlans(request);
  const target = path.resolve(io.cwd, request.output);
  if (existsSync(target) && !request.force) {
    throw new UsageError(`Tệp «${request.output}» đã có; không ghi đè. Chọn tên khác hoặc thêm --force.`);
  }
  const bytes = await renderPlansToXlsx(plans);
  writeFileAtomic(target, bytes, request.output, io.writeOps);
  for (const note of request.notes) io.stderr(`Lưu ý: ${note}\n`);
  io.stdout(`Đã ghi ${request.output}: ${plans.map((p) => p.formCode).join(', ')} (${plans.length} trang tính).\n`);
  // The indicator sheet has a block of chart data: say plainly that this file has no charts (exceljs writes none).
  if (plans.some((p) => isIndicator(p.formCode))) io.stdout(`${XLSX_CHARTS_NOTE}\n`);
  return EXIT.ok;
}

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'tạo biểu mẫu trống (.xlsx) có sẵn công thức, kiểm tra và thiết lập in A4',
  help: HELP,
  run,
};
