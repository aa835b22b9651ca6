/**
 * webpack.config.js writes into the pane's pages the script of scripts/lib/view-loading-script.cjs: it preloads the
 * `?view=` view's chunk at once (the default view's when `?view=` names none) and prefetches the other views only
 * once the pane says its first view is shown and the browser is idle (issue 14). Here the script runs against a
 * hand-made window that records what it does.
 */
import vm from 'node:vm';
import { DEFAULT_VIEW } from '../../src/taskpane/views/view-ids';
import { VIEW_SHOWN_EVENT } from '../../src/taskpane/view-shown';

const { viewLoadingScript, VIEW_SHOWN_EVENT: PAGE_EVENT } =
  require('../../scripts/lib/view-loading-script.cjs') as {
    viewLoadingScript: (files: Record<string, string[]>, defaultView: string, later: string[]) => string;
    VIEW_SHOWN_EVENT: string;
  };

const VIEW_FILES = {
  insert: ['chunks/view-insert.1.js'],
  check: ['chunks/shared-a.js', 'chunks/view-check.2.js'],
  narrate: ['chunks/shared-a.js', 'chunks/view-narrate.3.js'],
};
const LATER = ['chunks/spinner.4.js', 'chunks/view-insert.1.js'];

/** Runs the script in a page at `search`; returns the links it adds and the means to fire events and idle time. */
function page(search: string) {
  const links: { rel: string; as?: string; href: string }[] = [];
  const listeners = new Map<string, { run: () => void; once: boolean }[]>();
  const idle: (() => void)[] = [];
  const window = {
    location: { search },
    URLSearchParams,
    document: {
      createElement: () => ({}) as { rel: string; as?: string; href: string },
      head: { appendChild: (link: { rel: string; as?: string; href: string }) => links.push({ ...link }) },
    },
    addEventListener: (type: string, run: () => void, options?: { once?: boolean }) =>
      listeners.set(type, [...(listeners.get(type) ?? []), { run, once: options?.once === true }]),
    requestIdleCallback: (run: () => void) => idle.push(run),
  } as Record<string, unknown>;
  window.window = window;
  vm.runInNewContext(viewLoadingScript(VIEW_FILES, 'insert', LATER), window);
  return {
    links,
    fire(type: string) {
      const registered = listeners.get(type) ?? [];
      listeners.set(
        type,
        registered.filter((listener) => !listener.once),
      );
      registered.forEach((listener) => listener.run());
    },
    runIdle: () => idle.splice(0).forEach((run) => run()),
  };
}

test("the page's default view is the pane's, and both name the same event", () => {
  const config = require('../../webpack.config.js') as { DEFAULT_VIEW_ID: string };
  expect(config.DEFAULT_VIEW_ID).toBe(DEFAULT_VIEW);
  expect(PAGE_EVENT).toBe(VIEW_SHOWN_EVENT);
});

test('preloads the asked view at once, and nothing else until the first view is shown', () => {
  const check = page('?view=check');
  expect(check.links).toEqual([
    { rel: 'preload', as: 'script', href: 'chunks/shared-a.js' },
    { rel: 'preload', as: 'script', href: 'chunks/view-check.2.js' },
  ]);
  check.runIdle();
  expect(check.links).toHaveLength(2);
});

test('an unknown or missing ?view= preloads the default view', () => {
  expect(page('').links.map((link) => link.href)).toEqual(['chunks/view-insert.1.js']);
  expect(page('?view=__proto__').links.map((link) => link.href)).toEqual(['chunks/view-insert.1.js']);
});

test('once the view is shown and the browser idle: every other file prefetched once, none twice', () => {
  const check = page('?view=check');
  check.fire(VIEW_SHOWN_EVENT);
  expect(check.links).toHaveLength(2); // waits for idle time
  check.runIdle();
  expect(check.links.slice(2)).toEqual([
    { rel: 'prefetch', href: 'chunks/view-insert.1.js' },
    { rel: 'prefetch', href: 'chunks/view-narrate.3.js' },
    { rel: 'prefetch', href: 'chunks/spinner.4.js' },
  ]);
  check.fire(VIEW_SHOWN_EVENT);
  check.runIdle();
  expect(check.links).toHaveLength(5);
});
