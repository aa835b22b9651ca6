/** What the official's IT office needs to know about this Excel, read from `Office.context` (no workbook data). */
import { getOffice, isExcelApiSupported } from '../host';
import type { HostFacts } from './types';

/** Every ExcelApi set so far, newest first (probed with isSetSupported; the first yes is the highest). */
export const EXCEL_API_SETS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

export function readHostFacts(supports: (version: string) => boolean = isExcelApiSupported): HostFacts {
  const context = (() => {
    try {
      return getOffice()?.context;
    } catch {
      return undefined;
    }
  })();
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const background = context?.officeTheme?.bodyBackgroundColor;
  const light = typeof background === 'string' ? luminance(background) : null;
  return {
    platform: text(context?.platform ?? context?.diagnostics?.platform),
    officeVersion: text(context?.diagnostics?.version),
    highestExcelApi: EXCEL_API_SETS.find((set) => supports(set)) ?? null,
    displayLanguage: text(context?.displayLanguage),
    theme: light === null ? null : light < 0.5 ? 'dark' : 'light',
  };
}
