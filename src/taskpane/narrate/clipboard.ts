/**
 * Copying text from the task pane. `navigator.clipboard.writeText` is missing or refused in some Office webviews
 * (no clipboard permission in the iframe, older Edge WebView), so a hidden textarea with `execCommand('copy')`
 * is the fallback; only when both fail does the caller hear about it. With `html`, rich text is tried first.
 */
export async function copyText(text: string, doc: Document = document, html?: string): Promise<void> {
  const view = doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null;
  const clipboard = view?.navigator.clipboard;
  // Rich text first where the host allows it, so headings stay bold when pasted into Word.
  if (html && clipboard && typeof clipboard.write === 'function' && view?.ClipboardItem) {
    try {
      await clipboard.write([
        new view.ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Rich clipboard refused: plain text below.
    }
  }
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Refused (permissions policy of the host's iframe): fall through to the textarea.
    }
  }
  if (!copyWithTextarea(text, doc)) throw new Error('Clipboard unavailable');
}

export function copyWithTextarea(text: string, doc: Document = document): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  // Off-screen rather than display:none, which cannot be selected.
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  const active = doc.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.();
  return ok;
}
