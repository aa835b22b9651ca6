/** Fills «{name}» placeholders of a translated template; an unknown placeholder is left visible, not dropped. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Today as «yyyy-mm-dd» in the user's own time zone (the date on their calendar, not UTC's). */
export function localTodayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * «bieu-mau-kstt-quy-i-nam-2026.xlsx» from «Quý I năm 2026»: ASCII, so the name survives e-mail and old Windows
 * file shares.
 */
export function asciiFileName(prefix: string, label: string, extension: string): string {
  const ascii = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}${ascii ? `-${ascii}` : ''}.${extension}`;
}
