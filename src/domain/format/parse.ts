/**
 * Reads numbers typed or pasted as text, the Vietnamese way: «1.652», «1.652,5», «04», «12,5%», « 1 652 », «-3».
 *
 * Vietnamese convention: «.» groups thousands, «,» marks decimals. So «1,652» is one point six five two — but an
 * English-locale source could have meant one thousand six hundred fifty-two, so it is read the Vietnamese way and
 * flagged. Unambiguous English spellings («1,652,000», «1,652.5», «12.5») are read the English way and flagged.
 * Anything else («1.65.2», «12a», «—») is refused with null.
 */

export interface ParsedViNumber {
  value: number;
  /** The text ended with «%»; `value` is then the percent (12.5 for «12,5%»). */
  isPercent: boolean;
  /** Vietnamese sentence when the reading is a guess or the text uses English separators. */
  warning?: string;
}

const SPACES = /[\u00a0\u2007\u2009\u202f]/g;

export function parseViNumber(text: string): ParsedViNumber | null {
  let s = text.normalize('NFC').replace(SPACES, ' ').trim();
  let negative = false;
  const sign = /^([-−+])\s*/.exec(s);
  if (sign) {
    negative = sign[1] !== '+';
    s = s.slice(sign[0].length);
  }
  const isPercent = /\s*%$/.test(s);
  if (isPercent) s = s.replace(/\s*%$/, '');
  if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(s)) s = s.replace(/ /g, ''); // «1 652» grouped with spaces

  const read = readBody(s, text.trim());
  if (!read) return null;
  const value = negative && read.value !== 0 ? -read.value : read.value;
  const result: ParsedViNumber = { value, isPercent };
  if (read.warning) result.warning = read.warning;
  return result;
}

function readBody(s: string, original: string): { value: number; warning?: string } | null {
  if (/^\d+$/.test(s)) return { value: Number(s) };
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    return { value: Number(s.replace(/\./g, '').replace(',', '.')) };
  }
  if (/^\d+,\d+$/.test(s)) {
    const value = Number(s.replace(',', '.'));
    if (/^\d{1,3},\d{3}$/.test(s)) {
      const english = Number(s.replace(',', ''));
      return {
        value,
        warning: `«${original}» được đọc theo cách viết Việt Nam là ${s} (dấu phẩy là dấu thập phân); nếu đây là ${english} theo cách viết tiếng Anh, hãy sửa lại số.`,
      };
    }
    return { value };
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    return {
      value: Number(s.replace(/,/g, '')),
      warning: `«${original}» viết theo kiểu tiếng Anh (dấu phẩy phân cách hàng nghìn); đã đọc là ${Number(s.replace(/,/g, ''))}.`,
    };
  }
  if (/^\d+\.\d+$/.test(s)) {
    return {
      value: Number(s),
      warning: `«${original}» dùng dấu chấm thập phân kiểu tiếng Anh; theo cách viết Việt Nam là ${s.replace('.', ',')}.`,
    };
  }
  return null;
}
