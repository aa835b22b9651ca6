/** Task pane entry: waits for Office (when office.js is present), then renders the shell into #container. */
import { createRoot } from 'react-dom/client';
import { waitForHost } from '../excel/host';
import { App } from './App';
import { viewFromQuery } from './views/view-ids';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  const host = await waitForHost();
  createRoot(container).render(<App initialView={viewFromQuery(window.location.search)} host={host} />);
}

void start();
