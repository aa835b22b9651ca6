/**
 * Last period's «Thuyết minh» sheet (what «Ghi vào trang Thuyết minh» wrote, then edited by the official) as a
 * previous report: column A top to bottom. The sheet title stands for «BÁO CÁO» so its «Kỳ báo cáo: …» line is read
 * as the title block; reasons of old flags and the «[cần kiểm tra …]»/«[cần cập nhật …]» marks and empty
 * placeholders are not the unit's words and are left out.
 */
import type { InputWorkbook } from '../../read/types';
import { NEEDS_CHECK_MARK, PLACEHOLDER_TEXT } from '../types';
import type { SourceParagraph } from './types';

/** The add-in's sheet name, or a copy of it («Thuyết minh (2)», «Thuyết minh quý I»). */
const SHEET_NAME = /^thuyết minh\b/i;

export function previousReportFromSheet(
  workbook: InputWorkbook,
  sheetName?: string,
): SourceParagraph[] | null {
  const sheet = workbook.sheets.find((s) =>
    sheetName ? s.name === sheetName : SHEET_NAME.test(s.name.trim()),
  );
  if (!sheet) return null;
  const lines = sheet.cells
    .filter((c) => c.col === 0 && typeof c.value === 'string')
    .sort((a, b) => a.row - b.row)
    .map((c) =>
      String(c.value)
        .split(NEEDS_CHECK_MARK)
        .join('')
        .replace(/\s*\[cần cập nhật:[^\]]*\]/g, '')
        .trim(),
    )
    .filter((text) => text !== '' && text !== PLACEHOLDER_TEXT && !text.startsWith('(Lý do:'));
  if (lines.length === 0) return null;
  const out: SourceParagraph[] = [];
  lines.forEach((text, i) => {
    if (i === 0 && /^thuyết minh báo cáo/i.test(text)) out.push({ text: 'BÁO CÁO', bold: true });
    else out.push({ text, bold: /^[IVX]+\.\s/.test(text) });
  });
  return out;
}
