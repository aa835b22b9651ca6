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

void start();
