/**
 * Task pane entry: starts loading the `?view=` view's chunk, waits for Office (when office.js is present) in the
 * meantime, then renders the shell into #container.
 */
import { createRoot } from 'react-dom/client';
import { waitForHost } from '../excel/host';
import { App } from './App';
import { preloadView } from './views/registry';
import { viewFromQuery } from './views/view-ids';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  const initialView = viewFromQuery(window.location.search);
  // The view's chunk downloads while Office starts; the shell renders once both are there, so the first paint
  // shows the view. A failed download shows in the view's error boundary (with «Thử lại»), not here.
  const view = preloadView(initialView).catch(() => undefined);
  const host = await waitForHost();
  if (host.available) await view;
  createRoot(container).render(<App initialView={initialView} host={host} />);
}

// Started from a microtask, not from the bundle's top level: webpack's chunk loader creates an Error for every
// `import()`, and where the browser records stacks for errors (DevTools, test harnesses) that makes V8 re-parse every
// function on the stack for its source positions — from the top level that is the whole bundle (~0,3 s at CPU 4×).
void Promise.resolve().then(start);
