/**
 * `kstt check <tệp.xlsx…> [--previous <tệp.xlsx>] [--json]`: recognises the forms in each workbook (made by the
 * add-in, typed by hand or pasted from one-stop software) and reports reconciliation findings.
 * Exit: 0 no error-severity finding · 1 errors found (or usage) · 2 a file could not be read (the others are
 * still checked).
 */
import path from 'node:path';
import { checkWorkbook, type Finding } from '../../domain/checks';
import type { RecognisedForm } from '../../domain/read';
import { noFormReason, openForms } from './open-input';
import { parseArgs, type OptionSpec } from './args';
import { EXIT, UsageError, type CliCommand, type CliIo, type ExitCode } from './types';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  previous: { type: 'string' },
  json: { type: 'boolean' },
};

const HELP = `kstt check — kiểm tra đối chiếu số liệu các biểu báo cáo KSTT trong tệp .xlsx

Cách dùng:
  kstt check <tệp.xlsx> [<tệp.xlsx>…] [--previous <tệp kỳ trước.xlsx>] [--json]

Nhận diện các biểu (do add-in tạo, gõ tay theo mẫu in, hoặc dán từ phần mềm một cửa) theo tiêu đề cột và kiểm tra:
cộng dòng, cộng cột (TỔNG CỘNG, cộng nhóm), cân đối tiếp nhận = giải quyết + đang giải quyết, số thành phần không
vượt tổng, tỷ lệ, số liệu trùng giữa các biểu, số từ kỳ trước, kỳ báo cáo và ngày, kiểu số liệu, công thức, và
những dòng phải diễn giải khi đọc bảng (dòng trống giữa bảng, dòng không tên, dòng «Cộng»/«Tổng» giữa bảng).

Tùy chọn:
  --previous <tệp.xlsx>   báo cáo kỳ trước: đối chiếu «Từ kỳ trước» với «Đang giải quyết» của kỳ trước
  --json                  chỉ in kết quả dạng JSON ra stdout

Đọc .xlsx, .xlsm, .xls, .ods, .xlsb và .csv; tệp có mật khẩu, hỏng hoặc quá lớn được nêu rõ lý do.

Mã thoát: 0 không có lỗi · 1 có lỗi (mức «lỗi») · 2 có tệp không đọc được hoặc không nhận ra biểu nào (các tệp khác vẫn được kiểm tra).
`;

export interface FileReport {
  file: string;
  error?: string;
  /** A library's own text behind `error`, for a technician (JSON only). */
  details?: string;
  sheets: { sheet: string; form: string | null; findings: Finding[] }[];
}

/** Reads and recognises one workbook through the shared guard, or says in Vietnamese why it cannot. */
export async function loadForms(
  file: string,
): Promise<{ forms: RecognisedForm[]; sheetNames: string[] } | { error: string; details?: string }> {
  const opened = await openForms(file);
  if (!opened.ok) return { error: opened.reason, ...(opened.details ? { details: opened.details } : {}) };
  // Nothing silent: a readable file without any form is reported (and exits 2), never a bare file name.
  if (opened.forms.length === 0) return { error: noFormReason(opened.sheetNames) };
  return { forms: opened.forms, sheetNames: opened.sheetNames };
}

const SEVERITY_VI = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

function textReport(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`Tệp ${r.file}`);
    if (r.error) {
      lines.push(`  KHÔNG ĐỌC ĐƯỢC: ${r.error}`, '');
      continue;
    }
    for (const s of r.sheets) {
      if (!s.form) {
        lines.push(`  Trang «${s.sheet}»: không nhận ra biểu mẫu nào.`);
        continue;
      }
      const count = (sev: Finding['severity']) => s.findings.filter((f) => f.severity === sev).length;
      lines.push(
        `  Trang «${s.sheet}» — Biểu ${s.form}: ${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('info')} thông tin.`,
      );
      for (const sev of ['error', 'warning', 'info'] as const) {
        for (const f of s.findings.filter((x) => x.severity === sev)) lines.push(`    [${SEVERITY_VI[sev]}] ${f.message}`);
      }
    }
    lines.push('');
  }
  const all = reports.flatMap((r) => r.sheets.flatMap((s) => s.findings));
  const unreadable = reports.filter((r) => r.error).length;
  lines.push(
    `Tổng cộng: ${reports.length} tệp (${unreadable} không đọc được), ${all.filter((f) => f.severity === 'error').length} lỗi, ` +
      `${all.filter((f) => f.severity === 'warning').length} cảnh báo, ${all.filter((f) => f.severity === 'info').length} thông tin.`,
  );
  return `${lines.join('\n')}\n`;
}

function toJson(reports: FileReport[]): string {
  return `${JSON.stringify({
    files: reports.map((r) => ({
      file: r.file,
      ...(r.error ? { error: r.error } : {}),
      ...(r.details ? { details: r.details } : {}),
      sheets: r.sheets.map((s) => ({
        sheet: s.sheet,
        form: s.form,
        findings: s.findings.map((f) => {
          const out: Record<string, unknown> = {
            rule: f.rule,
            severity: f.severity,
            cell: f.cell,
            found: f.found,
            expected: f.expected,
            message: f.message,
          };
          if (f.messageEn) out.messageEn = f.messageEn;
          return out;
        }),
      })),
    })),
  })}\n`;
}

async function run(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.positionals.length === 0) throw new UsageError('Cần ít nhất một tệp .xlsx để kiểm tra.');
  const resolve = (f: string) => path.resolve(io.cwd, f);
  let previous: RecognisedForm[] | undefined;
  let unreadable = false;
  const reports: FileReport[] = [];
  if (parsed.strings.previous !== undefined) {
    const loaded = await loadForms(resolve(parsed.strings.previous));
    if ('error' in loaded) {
      unreadable = true;
      reports.push({ file: parsed.strings.previous, error: `(báo cáo kỳ trước) ${loaded.error}`, details: loaded.details, sheets: [] });
    } else previous = loaded.forms;
  }
  for (const file of parsed.positionals) {
    const loaded = await loadForms(resolve(file));
    if ('error' in loaded) {
      unreadable = true;
      reports.push({ file, error: loaded.error, details: loaded.details, sheets: [] });
      if (!parsed.flags.json) io.stderr(`Không đọc được tệp ${file}: ${loaded.error}\n`);
      continue;
    }
    const findings = checkWorkbook(loaded.forms, previous ? { previous } : {});
    const sheets: FileReport['sheets'] = [];
    for (const name of loaded.sheetNames) {
      const forms = loaded.forms.filter((f) => f.sheet === name);
      if (forms.length === 0) {
        sheets.push({ sheet: name, form: null, findings: [] });
        continue;
      }
      // Several tables can share a sheet: a finding belongs to the last table starting above its cell.
      const regionStart = (i: number) => (i === 0 ? 0 : forms[i - 1].lastRow + 1);
      const owner = (f: Finding) => {
        const row = Number(/\d+$/.exec(f.cell)?.[0] ?? 1) - 1;
        let at = 0;
        forms.forEach((_, i) => {
          if (regionStart(i) <= row) at = i;
        });
        return at;
      };
      const here = findings.filter((f) => f.sheet === name);
      forms.forEach((form, i) => sheets.push({ sheet: name, form: form.code, findings: here.filter((f) => owner(f) === i) }));
    }
    reports.push({ file, sheets });
  }
  io.stdout(parsed.flags.json ? toJson(reports) : textReport(reports));
  if (unreadable) return EXIT.unreadableInput;
  const errors = reports.some((r) => r.sheets.some((s) => s.findings.some((f) => f.severity === 'error')));
  return errors ? EXIT.findingsOrUsage : EXIT.ok;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'kiểm tra đối chiếu số liệu các biểu trong tệp .xlsx (cộng dòng, cộng cột, tỷ lệ, kỳ báo cáo…)',
  help: HELP,
  run,
};
