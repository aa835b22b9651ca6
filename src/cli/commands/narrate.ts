/**
 * `kstt narrate <tệp.xlsx> [--previous <tệp.xlsx>] [--docx <tệp.docx>]`: recognises the forms in any workbook (the
 * add-in's or a foreign one), checks them, and prints the drafted narrative (Phụ lục I outline) as UTF-8 text;
 * sentences whose cells the checker flags are marked «[cần kiểm tra: số liệu chưa khớp]». With --docx the same draft
 * is written as a Word document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isSameFile, writeFileAtomic } from '../write-file';
import path from 'node:path';
import { checkWorkbook } from '../../domain/checks';
import { attachedTables, draftReport, flaggedParagraphs, renderDraftText } from '../../domain/narrative';
import type { RecognisedForm } from '../../domain/read';
import type { InputWorkbook } from '../../domain/read/types';
import { carryForward, periodOfLabel, type SourceParagraph } from '../../domain/narrative/carry';
import { readDocxParagraphs } from '../../docx/read-docx';
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
  decimals: { type: 'string' },
  'zero-parts': { type: 'boolean' },
  number: { type: 'string' },
  'parent-unit': { type: 'string' },
  signer: { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-authority': { type: 'string' },
  cc: { type: 'string' },
  'attach-forms': { type: 'boolean' },
  carry: { type: 'string' },
  'last-year': { type: 'string' },
};

const HELP = `kstt narrate — soạn dự thảo phần thuyết minh báo cáo (đề cương Phụ lục I) từ số liệu các biểu

Cách dùng:
  kstt narrate <tệp.xlsx> [--previous <tệp kỳ trước.xlsx>] [--docx <tệp.docx>] [tùy chọn]

Tùy chọn:
  --previous <tệp.xlsx>  báo cáo kỳ trước: so sánh tăng, giảm và đối chiếu số hồ sơ từ kỳ trước
  --last-year <tệp.xlsx> cùng kỳ năm trước: so sánh «so với cùng kỳ năm trước»
  --carry <tệp.docx>     báo cáo kỳ trước (Word): giữ các đoạn văn của đơn vị dưới từng đề mục, thay các câu số
                         liệu bằng số liệu kỳ này, đánh dấu «[cần cập nhật: …]» tên kỳ, ngày và số liệu của kỳ trước
  --docx <tệp.docx>      ghi thêm bản Word (A4 dọc, Times New Roman 14, thể thức Nghị định 30/2020/NĐ-CP)
  --force                ghi đè tệp .docx nếu đã có
  --unit <tên>           đơn vị báo cáo in ở đầu văn bản .docx
  --receiver <tên>       nơi nhận («Kính gửi: …»)
  --place <địa danh>     địa danh trước ngày báo cáo
  --date dd/mm/yyyy      ngày báo cáo (mặc định: để trống dạng «ngày … tháng … năm …»)
  --decimals <0–4>       số chữ số thập phân của tỷ lệ phần trăm (mặc định 2: 98,10%)
  --zero-parts           nêu cả các phần bằng 0 («không có hồ sơ quá hạn»); mặc định bỏ qua
  --number <số>          số/ký hiệu: «235» (in «Số: 235/BC-UBND») hoặc đủ «235/BC-UBND»; mặc định để trống
  --parent-unit <tên>    cơ quan chủ quản in trên tên đơn vị (nếu có)
  --signer-authority <…> quyền hạn người ký, ví dụ «TM. ỦY BAN NHÂN DÂN», «KT. CHỦ TỊCH»
  --signer-title <…>     chức vụ người ký, ví dụ «Chủ tịch» (mặc định «Thủ trưởng đơn vị»)
  --signer <họ tên>      họ tên người ký
  --cc "<nơi 1>; <nơi 2>" nơi nhận thêm (ngoài «Như trên» và «Lưu: VT»), cách nhau bằng dấu chấm phẩy
  --attach-forms         kèm theo các biểu (bảng số liệu) ở cuối văn bản, trang khổ ngang

Đọc được cả sổ tính không do add-in tạo (biểu dán từ phần mềm một cửa, biểu gõ tay) nếu nhận ra tiêu đề cột.
Câu có số liệu chưa khớp được đánh dấu «[cần kiểm tra: số liệu chưa khớp]» kèm lý do. Ô để trống không được coi là 0:
câu đó được bỏ qua hoặc ghi «[chưa có số liệu: ô …, trang …]».
Đọc .xlsx, .xlsm, .xls, .ods, .xlsb và .csv.
Mã thoát: 0 thành công · 1 sai cú pháp · 2 không đọc được tệp đầu vào hoặc không nhận ra biểu nào trong tệp.
`;

/** The forms of one input through the shared guard; any refusal is one Vietnamese line and exit 2. */
async function readForms(file: string, io: CliIo): Promise<RecognisedForm[]> {
  return (await readBook(file, io)).forms;
}

/** The forms and the grid of one input through the shared guard; any refusal is one Vietnamese line and exit 2. */
async function readBook(file: string, io: CliIo): Promise<{ forms: RecognisedForm[]; grid: InputWorkbook }> {
  const opened = await openForms(path.resolve(io.cwd, file));
  if (!opened.ok) throw new UnreadableInputError(`${file}: ${opened.reason}`);
  // Nothing silent: a readable file without any form is said, with the sheets looked at (exit 2).
  if (opened.forms.length === 0) throw new UnreadableInputError(`${file}: ${noFormReason(opened.sheetNames)}`);
  return { forms: opened.forms, grid: opened.workbook };
}

/** The paragraphs of last period's .docx; unreadable input is exit 2 with a Vietnamese reason. */
function readPreviousReport(file: string, io: CliIo): SourceParagraph[] {
  const full = path.resolve(io.cwd, file);
  if (!existsSync(full)) throw new UnreadableInputError(`${file} (không có tệp này)`);
  try {
    return readDocxParagraphs(readFileSync(full));
  } catch (error) {
    throw new UnreadableInputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
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
  const decimalsText = parsed.strings.decimals;
  const percentDecimals = decimalsText === undefined ? undefined : Number(decimalsText);
  if (
    percentDecimals !== undefined &&
    !(Number.isInteger(percentDecimals) && percentDecimals >= 0 && percentDecimals <= 4)
  )
    throw new UsageError('Tùy chọn --decimals cần một số nguyên từ 0 đến 4.');
  const inputs = [
    parsed.positionals[0]!,
    parsed.strings.previous,
    parsed.strings['last-year'],
    parsed.strings.carry,
  ].filter((f): f is string => f !== undefined);
  if (docxPath && inputs.some((f) => isSameFile(path.resolve(io.cwd, f), docxPath))) {
    throw new UsageError(`Tệp --docx «${parsed.strings.docx}» trùng với một tệp đầu vào; không ghi đè.`);
  }
  const { forms, grid } = await readBook(parsed.positionals[0]!, io);
  const previous = parsed.strings.previous ? await readForms(parsed.strings.previous, io) : [];
  const lastYear = parsed.strings['last-year'] ? await readForms(parsed.strings['last-year'], io) : [];
  const carried = parsed.strings.carry ? readPreviousReport(parsed.strings.carry, io) : null;
  const findings = checkWorkbook(forms, { previous });
  let report = draftReport(forms, {
    previous,
    lastYear,
    findings,
    percentDecimals,
    zeroParts: parsed.flags['zero-parts'] === true,
  });
  if (carried) {
    const result = carryForward(report, carried, {
      current: periodOfLabel(report.periodLabel),
      previousForms: previous,
    });
    report = result.report;
    const { summary } = result;
    io.stderr(
      `Báo cáo kỳ trước${summary.previousLabel ? ` (${summary.previousLabel})` : ''}: nhận ra ${summary.headings.length} đề mục, ` +
        `giữ ${summary.kept} đoạn văn, thay ${summary.replaced.length} câu số liệu, ${summary.marks.length} chỗ cần cập nhật.\n`,
    );
    if (summary.samePeriod)
      io.stderr(
        'Lưu ý: báo cáo đã chọn cùng kỳ với số liệu (bản soạn trước?), nên không đánh dấu «cần cập nhật».\n',
      );
  }
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
      number: parsed.strings.number,
      parentUnit: parsed.strings['parent-unit'],
      signerAuthority: parsed.strings['signer-authority'],
      signerTitle: parsed.strings['signer-title'],
      signerName: parsed.strings.signer,
      recipients: (parsed.strings.cc ?? '')
        .split(';')
        .map((r) => r.trim())
        .filter(Boolean),
      attachments: parsed.flags['attach-forms'] ? attachedTables(forms, grid) : undefined,
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
