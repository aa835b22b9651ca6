/**
 * The one helper every view calls when an action fails: an Excel refusal becomes the Vietnamese (or English)
 * sentence for its kind, whether the workbook was put back, and the code kept for support; anything else (a file
 * that cannot be read, a bug) keeps its own message.
 */
import { classifyHostError } from '../excel/host-errors';
import type { Translate } from './i18n';

export function explainThrown(thrown: unknown, t: Translate): string {
  const host = classifyHostError(thrown);
  if (!host) return describeThrown(thrown);
  const parts: string[] = [t(`hostError.${host.kind}`)];
  if (host.restored === true) parts.push(t('hostError.restored'));
  if (host.restored === false) parts.push(t('hostError.notRestored'));
  const support = host.location ? `${host.code} · ${host.location}` : host.code;
  parts.push(`(${t('hostError.code')}: ${support})`);
  return parts.join(' ');
}

/** An Office.js error's message with its code (OfficeExtension.Error has one), or a thrown value as text. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) {
    const code = (thrown as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !thrown.message.includes(code)
      ? `${thrown.message} (${code})`
      : thrown.message;
  }
  return String(thrown);
}
