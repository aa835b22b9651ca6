/**
 * Which paragraphs of last period's report are figure sentences — the ones this period's draft restates from the
 * workbook — and which are the unit's own words. Figure sentences are the reports' statistic lines: a label and its
 * figure («- Số hồ sơ đã giải quyết: 1.488 hồ sơ», «Số từ kỳ trước chuyển qua: Không có;»), a count of dossiers,
 * procedures or feedback as the subject («Tổng số lượng hồ sơ tiếp nhận … là 1.568 hồ sơ»), their lead-ins
 * («- Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo, trong đó:») and «(Chi tiết tại Biểu số …)». A
 * paragraph about staff («Tổng số công chức … là 06 đồng chí») or with a figure inside prose stays the unit's text.
 */
import { foldKeepingPositions } from './fold';

/** Nouns the forms count (folded). «đồng» is a payment amount, «đồng chí» a person. */
const COUNTED = String.raw`(?:ho so|tthc|thu tuc(?: hanh chinh)?|phan anh|kien nghi|pakn|don\b|giao dich|dong(?! chi)|quy trinh|ban sao)`;
const NUMBER = String.raw`\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?`;

const DETAIL_LINE = /^\(?\s*\(?chi tiet (?:tai|theo|tai muc [ivx]+)\b.*bieu/;
/** «label: figure noun» or «label: không» */
// The label is one clause: no «. » (a new sentence) and no «;» before the colon.
const LABEL_VALUE = new RegExp(String.raw`^(?:(?!\.\s)[^:;]){3,220}:\s*(?:${NUMBER}\s*${COUNTED}|khong\b)`);
/** A counted subject: «Tổng số (lượng) hồ sơ …», «Số lượng TTHC …», «Số phản ánh …», «Tỷ lệ hồ sơ …» */
const COUNTED_SUBJECT = new RegExp(
  String.raw`^(?:tong so|so luong|so|ty le|ket qua giai quyet)\s+(?:luong\s+)?(?:cac\s+)?${COUNTED}`,
);
const HAS_FIGURE = new RegExp(String.raw`${NUMBER}|\bkhong\b`);

function body(text: string): string {
  return foldKeepingPositions(text.trim())
    .replace(/\*\*/g, '')
    .replace(/^[-+•–*]\s*(?:[-+]\s*)?/, '')
    .trim();
}

export function isFigureSentence(text: string): boolean {
  const folded = body(text);
  if (folded.length > 600) return false;
  if (DETAIL_LINE.test(folded)) return true;
  if (LABEL_VALUE.test(folded)) return true;
  if (COUNTED_SUBJECT.test(folded))
    return HAS_FIGURE.test(folded) || /(?:trong do|gom|bao gom)\s*:?$|:$/.test(folded);
  return false;
}
