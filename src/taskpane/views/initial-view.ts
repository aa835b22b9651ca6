/**
 * The view the pane opens on (`?view=`, from the ribbon button) and its chunk's download, started as this module
 * is evaluated. index.tsx imports it first, so the download overlaps the evaluation of the shell's modules instead
 * of starting after it (issue 14: on a slow PC that evaluation takes a few hundred milliseconds).
 */
import { preloadView } from './registry';
import { viewFromQuery } from './view-ids';

export const initialView = viewFromQuery(window.location.search);

/** Resolves once the view's chunk has run; a failed download resolves too and shows in the view's error boundary. */
export const initialViewLoaded: Promise<unknown> = preloadView(initialView).catch(() => undefined);
