/**
 * The pure core off the UI thread: recognition, checks and drafting of a whole workbook take hundreds of
 * milliseconds on a slow PC for a 2.000-row table, which would freeze the pane (issue 14). The same functions run
 * here as in the pane's fallback (check/model.ts, narrate/run-draft.ts), so results are identical.
 */
import { runCheck } from '../check/model';
import { runDraft } from '../narrate/run-draft';
import { unpackWorkbook, type CoreRequest, type CoreResponse } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CoreRequest>) => void) | null;
  postMessage(message: CoreResponse): void;
};

scope.onmessage = (event) => {
  const { id, kind, draft } = event.data;
  try {
    const grid = unpackWorkbook(event.data.grid);
    const result = kind === 'check' ? runCheck(grid) : runDraft(grid, draft);
    scope.postMessage({ id, ok: true, result });
  } catch (thrown) {
    scope.postMessage({
      id,
      ok: false,
      error: thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown),
    });
  }
};
