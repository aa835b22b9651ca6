/**
 * Task pane entry: the `?view=` view's chunk starts downloading first (./views/initial-view, imported before
 * everything else), Office starts in the meantime, then the shell renders into #container.
 */
import { initialView, initialViewLoaded } from './views/initial-view';
import { createRoot } from 'react-dom/client';
import { waitForHost } from '../excel/host';
import { App } from './App';

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  // The shell renders once Office and the view are both there, so the first paint shows the view.
  const host = await waitForHost();
  if (host.available) await initialViewLoaded;
  createRoot(container).render(<App initialView={initialView} host={host} />);
}

void start();
