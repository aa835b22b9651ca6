/**
 * The row lists as the official edits them: one textarea, one row per line. For a grouped form (II.06b) a line
 * starting with «#» opens a group — one box instead of one per group keeps the pane usable at 320 px.
 */
import type { RowGroupOption } from '../../domain/layout/options';

export const GROUP_MARK = '#';

/** Lines of a textarea, trimmed; blank lines are dropped (an empty line is a typing habit, not a row). */
export function parseRowLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function formatRowLines(rows: readonly string[]): string {
  return rows.join('\n');
}

/**
 * Groups from «# group» lines. Rows typed before the first group line go into a group without a name, so the
 * validator reports them instead of silently dropping them.
 */
export function parseGroupText(text: string): RowGroupOption[] {
  const groups: RowGroupOption[] = [];
  for (const line of parseRowLines(text)) {
    if (line.startsWith(GROUP_MARK)) {
      groups.push({ label: line.slice(GROUP_MARK.length).trim(), rows: [] });
    } else {
      if (groups.length === 0) groups.push({ label: '', rows: [] });
      groups[groups.length - 1].rows.push(line);
    }
  }
  return groups;
}

export function formatGroupText(groups: readonly { label: string; rows: readonly string[] }[]): string {
  return groups.map((g) => [`${GROUP_MARK} ${g.label}`, ...g.rows].join('\n')).join('\n');
}
