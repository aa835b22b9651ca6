/**
 * `kstt narrate <tệp.xlsx> [--previous <tệp.xlsx>] [--docx <tệp.docx>]`: recognises the forms in any workbook (the
 * add-in's or a foreign one), checks them, and prints the drafted narrative (Phụ lục I outline) as UTF-8 text;
 * sentences whose cells the checker flags are marked «[cần kiểm tra: số liệu chưa khớp]». With --docx the same draft
 * is written as a Word document.
 */
import { existsSync } from 'node:fs';
import { isSameFile, writeFileAtomic } from '../write-file';
import path from 'node:path';
import { checkWorkbook } from '../../domain/checks';
import { draftReport, flaggedParagraphs, renderDraftText } from '../../domain/narrative';
import type { RecognisedForm } from '../../domain/read';
import { draftToDocx } from '../../docx/draft-docx';
import { noFormReason, openForms } from './open-input';
import { parseArgs, type OptionSpec } from './args';
import { EXIT, UnreadableInputError, UsageError, type CliCommand, type CliIo, type ExitCode } from './types';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  previous: { type: 'string' },
  docx: { type: 'string' },
  force: { type: 'boolean' },
  unit: { type: 'string' },
  place: { type: 'string' },
  date: { type: 'string' },
  receiver: { type: 'string' },
};

const HELP = `kstt narrate — soạn dự thảo phần thuyết minh báo cáo (đề cương Phụ lục I) từ số liệu các biểu

Cách dùng:
  kstt narrate <tệp.xlsx> [--previous <tệp kỳ trước.xlsx>] [--docx <tệp.docx>] [tùy chọn]

Tùy chọn:
  --previous <tệp.xlsx>  báo cáo kỳ trước: so sánh tăng, giảm và đối chiếu số hồ sơ từ kỳ trước
  --docx <tệp.docx>      ghi thêm bản Word (A4 dọc, Times New Roman 14, thể thức Nghị định 30/2020/NĐ-CP)
  --force                ghi đè tệp .docx nếu đã có
  --unit <tên>           đơn vị báo cáo in ở đầu văn bản .docx
  --receiver <tên>       nơi nhận («Kính gửi: …»)
  --place <địa danh>     địa danh trước ngày báo cáo
  --date dd/mm/yyyy      ngày báo cáo (mặc định: để trống dạng «ngày … tháng … năm …»)

Đọc được cả sổ tính không do add-in tạo (biểu dán từ phần mềm một cửa, biểu gõ tay) nếu nhận ra tiêu đề cột.
Câu có số liệu chưa khớp được đánh dấu «[cần kiểm tra: số liệu chưa khớp]» kèm lý do.
Đọc .xlsx, .xlsm, .xls, .ods, .xlsb và .csv.
Mã thoát: 0 thành công · 1 sai cú pháp · 2 không đọc được tệp đầu vào hoặc không nhận ra biểu nào trong tệp.
`;

/** The forms of one input through the shared guard; any refusal is one Vietnamese line and exit 2. */
async function readForms(file: string, io: CliIo): Promise<RecognisedForm[]> {
  const opened = await openForms(path.resolve(io.cwd, file));
  if (!opened.ok) throw new UnreadableInputError(`${file}: ${opened.reason}`);
  // Nothing silent: a readable file without any form is said, with the sheets looked at (exit 2).
  if (opened.forms.length === 0) throw new UnreadableInputError(`${file}: ${noFormReason(opened.sheetNames)}`);
  return opened.forms;
}

async function run(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArgs(args, OPTIONS);
  if (parsed.positionals.length !== 1) throw new UsageError('Cần đúng một tệp .xlsx để soạn thuyết minh.');
  const docxPath = parsed.strings.docx ? path.resolve(io.cwd, parsed.strings.docx) : null;
  if (docxPath && !docxPath.toLowerCase().endsWith('.docx'))
    throw new UsageError('Tệp --docx phải có đuôi .docx.');
  if (docxPath && existsSync(docxPath) && !parsed.flags.force) {
    throw new UsageError(`Tệp ${parsed.strings.docx} đã có; thêm --force để ghi đè.`);
  }
  const inputs = [parsed.positionals[0]!, parsed.strings.previous].filter((f): f is string => f !== undefined);
  if (docxPath && inputs.some((f) => isSameFile(path.resolve(io.cwd, f), docxPath))) {
    throw new UsageError(`Tệp --docx «${parsed.strings.docx}» trùng với một tệp đầu vào; không ghi đè.`);
  }
  const forms = await readForms(parsed.positionals[0]!, io);
  const previous = parsed.strings.previous ? await readForms(parsed.strings.previous, io) : [];
  const findings = checkWorkbook(forms, { previous });
  const report = draftReport(forms, { previous, findings });
  io.stderr(`Đã nhận ra: ${forms.map((f) => `${f.code} (trang «${f.sheet}»)`).join(', ')}.\n`);
  const flagged = flaggedParagraphs(report).length;
  if (flagged > 0) io.stderr(`Có ${flagged} câu cần kiểm tra vì số liệu chưa khớp.\n`);
  io.stdout(renderDraftText(report));
  if (docxPath) {
    const bytes = await draftToDocx(report, {
      unit: parsed.strings.unit ?? '',
      period: report.periodLabel ?? '',
      place: parsed.strings.place ?? '',
      date: parsed.strings.date ?? '',
      receiver: parsed.strings.receiver,
    });
    writeFileAtomic(docxPath, bytes, parsed.strings.docx, io.writeOps);
    io.stderr(`Đã ghi ${parsed.strings.docx}.\n`);
  }
  return EXIT.ok;
}

export const narrateCommand: CliCommand = {
  name: 'narrate',
  summary: 'soạn dự thảo thuyết minh (đề cương Phụ lục I) từ số liệu các biểu, in ra hoặc ghi .docx',
  help: HELP,
  run,
};
