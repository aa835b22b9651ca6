/**
 * `kstt merge <tệp.xlsx…> -o <kết-quả.xlsx> [--level xa|huyen|tinh]`: consolidates the units' workbooks into
 * Biểu II.06b (lĩnh vực by level, totals as formulas), the per-unit appendix and a «Tình trạng đơn vị» sheet.
 * Files are read one at a time and released, so memory stays bounded however many units there are. A bad
 * file never stops the merge: it is listed with its reason. Exit 0 written · 1 usage · 2 no file readable.
 */
import { existsSync, statSync } from 'node:fs';
import { isSameFile, writeFileAtomic } from '../write-file';
import path from 'node:path';
import {
  buildConsolidatedPlans,
  createConsolidation,
  DEFAULT_FILE_LIMITS,
  LEVEL_NAMES,
  readUnitFile,
  STATUS_DETAIL,
  statusWord,
  type ConsolidationResult,
  type UnitFileResult,
  type UnitReaders,
  type UnitStatus,
} from '../../domain/consolidate';
import type { AdminLevel } from '../../domain/forms';
import { NAME_CAP } from '../../domain/consolidate/consolidation';
import { formatCount } from '../../domain/format';
import { defaultPeriodFor, formatDdMmYyyy, parseDate } from '../../domain/period';
import { NODE_UNIT_READERS, readInputBytes } from './open-input';
import { renderPlansToXlsx } from '../../xlsx/render-plan';
import { choiceOption, parseArgs, type OptionSpec } from './args';
import { UNIT_PLACEHOLDER } from './template';
import { EXIT, UnreadableInputError, UsageError, type CliCommand, type CliIo, type ExitCode } from './types';

const LEVELS: readonly AdminLevel[] = ['xa', 'huyen', 'tinh'];

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', short: 'o' },
  level: { type: 'string' },
  unit: { type: 'string' },
  receiver: { type: 'string' },
  place: { type: 'string' },
  date: { type: 'string' },
  force: { type: 'boolean' },
};

const HELP = `kstt merge — tổng hợp báo cáo của các đơn vị thành Biểu II.06b và phụ lục theo đơn vị

Cách dùng:
  kstt merge <tệp đơn vị.xlsx> [<tệp.xlsx>…] -o <tệp tổng hợp.xlsx> [tùy chọn]

Tùy chọn:
  -o, --output <tệp.xlsx>   tệp kết quả (không ghi đè tệp đã có, trừ khi có --force)
  --level xa|huyen|tinh     cấp của đơn vị khi không nhận ra được từ tên đơn vị (mặc định: xa)
  <tệp.xlsx>=huyen          nêu cấp cho riêng một tệp (xa, huyen hoặc tinh)
  --unit <tên>              đơn vị tổng hợp (in ở «Đơn vị báo cáo»)
  --receiver <tên>          đơn vị nhận báo cáo
  --place <địa danh>        địa danh ghi trước ngày báo cáo
  --date dd/mm/yyyy         ngày báo cáo
  --force                   ghi đè tệp kết quả nếu đã có

Tệp kết quả gồm: Biểu II.06b (lĩnh vực theo cấp, cộng nhóm và TỔNG CỘNG bằng công thức), «Phụ lục đơn vị»
(mỗi đơn vị một dòng, tỷ lệ giải quyết trước hạn, đúng hạn), Biểu II.05a, II.07b và KSTT-DT nếu đơn vị có gửi,
và trang «Tình trạng đơn vị» liệt kê từng tệp: ok / lỗi / không đọc được, kèm lý do.
Đọc tệp .xlsx, .xlsm, .xls, .ods, .xlsb và .csv. Tệp hỏng, có mật khẩu, quá lớn, trùng đơn vị hoặc khác kỳ báo cáo
được nêu rõ và không làm dừng việc tổng hợp; hai đơn vị có số liệu giống hệt nhau vẫn được tổng hợp, kèm cảnh báo.

Mã thoát: 0 đã ghi tệp tổng hợp · 1 sai cú pháp · 2 không đọc được tệp nào.

Ví dụ:
  kstt merge don-vi/*.xlsx -o tong-hop-quy-1.xlsx --unit "UBND huyện Bình Sơn" --level xa
`;

export interface MergeInput {
  path: string;
  /** Stated on the command line as `tệp.xlsx=huyen`. */
  level?: AdminLevel;
}

export interface MergeRequest {
  inputs: MergeInput[];
  output: string;
  force: boolean;
  defaultLevel: AdminLevel;
  reportingUnit: string;
  receivingUnit: string;
  reportPlace: string;
  reportDate: string;
}

/** «don-vi/a.xlsx=huyen»: the file and the unit's level; a plain path otherwise. */
function inputOf(arg: string): MergeInput {
  const m = /^(.+\.(?:xlsx|xlsm|xls|ods|xlsb|csv))=(xa|huyen|tinh)$/i.exec(arg);
  return m ? { path: m[1], level: m[2].toLowerCase() as AdminLevel } : { path: arg };
}

export function mergeRequestFromArgs(args: readonly string[]): MergeRequest {
  const parsed = parseArgs(args, OPTIONS);
  const inputs = parsed.positionals.map(inputOf);
  if (inputs.length === 0) throw new UsageError('Chưa nêu tệp nào của các đơn vị (ví dụ: don-vi/*.xlsx).');
  const output = parsed.strings.output;
  if (!output) throw new UsageError('Chưa nêu tệp kết quả: thêm -o <tệp.xlsx>.');
  if (!/\.xlsx$/i.test(output))
    throw new UsageError(`Tệp kết quả phải có đuôi .xlsx, nhận được «${output}».`);
  const date = parsed.strings.date;
  const dateIso = date === undefined ? null : parseDate(date);
  if (date !== undefined && !dateIso)
    throw new UsageError(`Ngày báo cáo «${date}» không hợp lệ (cần dạng ngày/tháng/năm).`);
  for (const name of ['unit', 'receiver'] as const) {
    const value = parsed.strings[name];
    if (value !== undefined && value.trim().length > NAME_CAP) {
      throw new UsageError(`Tên ở --${name} dài ${value.trim().length} ký tự, tối đa ${NAME_CAP} ký tự.`);
    }
  }
  return {
    inputs,
    output,
    force: parsed.flags.force === true,
    defaultLevel: choiceOption(parsed, 'level', LEVELS) ?? 'xa',
    reportingUnit: parsed.strings.unit ?? UNIT_PLACEHOLDER,
    receivingUnit: parsed.strings.receiver ?? '',
    reportPlace: parsed.strings.place ?? '',
    reportDate: dateIso ? formatDdMmYyyy(dateIso) : '',
  };
}

export { NODE_UNIT_READERS };

/** Reads one path: a missing or oversized file is refused before its bytes are loaded. */
export async function readUnitPath(
  file: string,
  cwd: string,
  readers: UnitReaders = NODE_UNIT_READERS,
  level?: AdminLevel,
): Promise<UnitFileResult> {
  const full = path.resolve(cwd, file);
  // The unit's reading (guard, loader, recogniser, checker) is the domain's; only the bytes come from disk here.
  const read = readInputBytes(full, DEFAULT_FILE_LIMITS);
  if (!read.ok) return { kind: 'unreadable', fileName: file, reason: read.reason, details: read.details };
  return readUnitFile(read.bytes, file, readers, { level });
}

function statusLine(s: UnitStatus, width: number): string {
  const mark = s.status === 'ok' ? '✓' : s.merged ? '!' : '✗';
  const word = statusWord(s.status).padEnd(14);
  const who = s.status === 'unreadable' ? '' : ` — ${s.unitName} (${LEVEL_NAMES[s.level]})`;
  const head = `  ${mark} ${word} ${s.fileName.padEnd(width)}${who}`;
  if (s.reasons.length === 0) return head;
  // Units merged with warnings show their reasons too (name taken from the file, figures equal to another unit's…).
  const detail = s.status === 'ok' ? 'Đã tổng hợp, cần xem lại' : STATUS_DETAIL[s.status];
  return `${head}\n      ${detail}: ${s.reasons.join(' ')}`;
}

const UNMATCHED_SHOWN = 10;

function unmatchedLine(result: ConsolidationResult): string[] {
  const names = [...new Set(result.unmatchedFields.map((f) => f.label))];
  if (names.length === 0) return [];
  const shown = names
    .slice(0, UNMATCHED_SHOWN)
    .map((n) => `«${n}»`)
    .join(', ');
  const more = names.length > UNMATCHED_SHOWN ? ` và ${names.length - UNMATCHED_SHOWN} tên khác` : '';
  return [`Lĩnh vực ngoài danh mục (giữ thành dòng riêng, xem trang «Tình trạng đơn vị»): ${shown}${more}.`];
}

export function mergeSummary(result: ConsolidationResult, output: string, sheets: string[]): string {
  const width = Math.min(40, Math.max(...result.statuses.map((s) => s.fileName.length)));
  const t = result.totals;
  return [
    `Tổng hợp ${result.counts.files} tệp — kỳ báo cáo: ${result.periodLabel ?? 'chưa xác định'}`,
    ...result.statuses.map((s) => statusLine(s, width)),
    '',
    `Đã tổng hợp ${result.counts.merged}/${result.counts.files} đơn vị (${result.counts.warned} có cảnh báo)` +
      (result.counts.notMerged > 0
        ? `; ${result.counts.notMerged} tệp không tổng hợp (xem trang «Tình trạng đơn vị»).`
        : '.'),
    `TỔNG CỘNG: ${formatCount(t.received)} hồ sơ nhận giải quyết, ${formatCount(t.resolved)} đã giải quyết ` +
      `(trước hạn ${formatCount(t.early)}, đúng hạn ${formatCount(t.onTime)}, quá hạn ${formatCount(t.late)}), ` +
      `${formatCount(t.pending)} đang giải quyết.`,
    ...unmatchedLine(result),
    `Đã ghi ${output}: ${sheets.join(', ')}.`,
    '',
  ].join('\n');
}

async function run(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const request = mergeRequestFromArgs(args);
  const target = path.resolve(io.cwd, request.output);
  // Real paths and inodes: a symlink or hard link to an input is that input, --force or not.
  if (request.inputs.some((input) => isSameFile(path.resolve(io.cwd, input.path), target))) {
    throw new UsageError(`Tệp kết quả «${request.output}» trùng với một tệp đầu vào.`);
  }
  if (existsSync(target) && !request.force) {
    throw new UsageError(`Tệp «${request.output}» đã có; không ghi đè. Chọn tên khác hoặc thêm --force.`);
  }
  if (!existsSync(path.dirname(target))) {
    throw new UsageError(`Thư mục «${path.dirname(request.output)}» của tệp kết quả không tồn tại.`);
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new UsageError(`«${request.output}» là một thư mục, không phải tệp kết quả.`);
  }
  const consolidation = createConsolidation({ defaultLevel: request.defaultLevel });
  // One file at a time: its bytes and grid are garbage once `add` has taken the numbers.
  for (const input of request.inputs) {
    consolidation.add(await readUnitPath(input.path, io.cwd, NODE_UNIT_READERS, input.level));
  }
  const result = consolidation.result();
  if (result.counts.unreadable === result.counts.files) {
    io.stderr(result.statuses.map((s) => `  ✗ ${s.fileName}: ${s.reasons.join(' ')}`).join('\n') + '\n');
    throw new UnreadableInputError('không đọc được tệp nào trong số các tệp đã nêu; chưa ghi tệp tổng hợp.');
  }
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const fallback = defaultPeriodFor(iso, 'quarter');
  const plans = buildConsolidatedPlans(result, {
    reportingUnit: request.reportingUnit,
    receivingUnit: request.receivingUnit,
    level: request.defaultLevel === 'xa' ? 'huyen' : request.defaultLevel,
    reportPlace: request.reportPlace,
    reportDate: request.reportDate,
    fallbackPeriod: {
      label: fallback.label,
      from: formatDdMmYyyy(fallback.from),
      to: formatDdMmYyyy(fallback.to),
    },
  });
  writeFileAtomic(target, await renderPlansToXlsx(plans), request.output, io.writeOps);
  io.stdout(
    mergeSummary(
      result,
      request.output,
      plans.map((p) => p.sheetName),
    ),
  );
  return EXIT.ok;
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'tổng hợp tệp .xlsx của các đơn vị thành Biểu II.06b, phụ lục theo đơn vị và danh sách tình trạng',
  help: HELP,
  run,
};
