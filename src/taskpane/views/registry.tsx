/**
 * The task pane's views, one entry each, in tab order: the tab label in both languages, the tab icon and how to
 * load the view. Every view is its own chunk (webpack splits at each `import()`), so the first load carries only
 * the shell and the view that was asked for; the others are prefetched once the first view is shown and the browser
 * is idle (a low-priority download, no script runs: scripts/lib/view-loading-script.cjs, after the pane's
 * `kstt:view-shown`) and evaluated when their tab is opened.
 *
 * Adding a view = its file (the component, with its own text through view-kit/view-text.ts) + one entry here, the
 * tab label written in the entry in both languages (`label: { vi: 'Giới thiệu', en: 'About' }`) — like a form is its
 * file + one line in src/domain/forms/index.ts. The entry cannot live in the view's file: the shell shows the tab
 * (label and icon) before the view's chunk loads, and a view's code must stay out of the shell's chunk.
 */
import {
  DocumentMultiple20Regular,
  Stethoscope20Regular,
  TableAdd20Regular,
  TableSimpleCheckmark20Regular,
  TextBulletListSquareEdit20Regular,
} from '@fluentui/react-icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactElement } from 'react';
import type { Language, MessageKey } from '../i18n';

export interface ViewEntry {
  /** The tab's label: a key of ../i18n.ts (`view.<id>`), or the label itself in both languages. */
  label: MessageKey | Record<Language, string>;
  icon: ReactElement;
  /** Loads the view's chunk; resolves to its component. */
  load: () => Promise<ComponentType>;
}

export const VIEWS = {
  insert: {
    label: 'view.insert',
    icon: <TableAdd20Regular />,
    load: () => import(/* webpackChunkName: "view-insert" */ './InsertView').then((m) => m.InsertView),
  },
  check: {
    label: 'view.check',
    icon: <TableSimpleCheckmark20Regular />,
    load: () => import(/* webpackChunkName: "view-check" */ './CheckView').then((m) => m.CheckView),
  },
  narrate: {
    label: 'view.narrate',
    icon: <TextBulletListSquareEdit20Regular />,
    load: () => import(/* webpackChunkName: "view-narrate" */ './NarrateView').then((m) => m.NarrateView),
  },
  consolidate: {
    label: 'view.consolidate',
    icon: <DocumentMultiple20Regular />,
    load: () =>
      import(/* webpackChunkName: "view-consolidate" */ './ConsolidateView').then((m) => m.ConsolidateView),
  },
  selftest: {
    label: 'view.selftest',
    icon: <Stethoscope20Regular />,
    load: () => import(/* webpackChunkName: "view-selftest" */ './SelfTestView').then((m) => m.SelfTestView),
  },
} satisfies Record<string, ViewEntry>;

/** The views' ids (`?view=<id>`, `data-testid="view-<id>"`); view-ids.ts lists them in order. */
export type ViewId = keyof typeof VIEWS;

const loading = new Map<ViewId, Promise<ComponentType>>();
const loaded = new Map<ViewId, ComponentType>();
const lazyComponents = new Map<ViewId, LazyExoticComponent<ComponentType>>();

/**
 * Starts loading a view's chunk (once; later calls share the promise). index.tsx calls it for the `?view=` view
 * before waiting for Office, so the chunk downloads while office.js initialises. A failed load is forgotten so
 * that «Thử lại» in the error boundary can try again.
 */
export function preloadView(id: ViewId): Promise<ComponentType> {
  let promise = loading.get(id);
  if (!promise) {
    promise = VIEWS[id].load();
    promise.then(
      (view) => loaded.set(id, view),
      () => {
        loading.delete(id);
        lazyComponents.delete(id);
      },
    );
    loading.set(id, promise);
  }
  return promise;
}

/**
 * The view as a component: itself once its chunk has run (no Suspense round, so the `?view=` view, loaded before
 * the first render, paints with the shell), otherwise React.lazy over preloadView for <Suspense>.
 */
export function viewComponent(id: ViewId): ComponentType {
  return loaded.get(id) ?? lazyView(id);
}

function lazyView(id: ViewId): LazyExoticComponent<ComponentType> {
  let component = lazyComponents.get(id);
  if (!component) {
    component = lazy(() => preloadView(id).then((view) => ({ default: view })));
    lazyComponents.set(id, component);
  }
  return component;
}

/** A view's tab label in the pane's language. */
export function viewLabel(id: ViewId, language: Language, t: (key: MessageKey) => string): string {
  const label: ViewEntry['label'] = VIEWS[id].label;
  return typeof label === 'string' ? t(label) : label[language];
}
