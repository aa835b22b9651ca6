/**
 * Reusable fixture for browser tests: serves dist/ with scripts/preview-server.mjs on a free port, launches
 * Debian's chromium through playwright-core, blocks every request that is not to 127.0.0.1 (the add-in must work
 * offline; office.js would otherwise phone Microsoft) and collects console errors so tests can assert there are none.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'e2e');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Each new window of Chromium 156 (Debian) also starts a renderer for the address bar's drop-down
  // (chrome://omnibox-popup…), which loads ~400 modules while our page loads: on a 2-core box it took the CPU from
  // the pane (interactive at 4×: 1.192 → 621 ms, interleaved). Excel's web views have no address bar, and Excel on
  // the web opens the pane inside a tab that already exists. Chromium merges this with Playwright's own list.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export interface PreviewServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Runs `node scripts/preview-server.mjs` with PORT=0 (any free port) in a child process and reads its URL from
 * stdout. A child process because jest's module system cannot load the server's ES module in-process.
 */
export function startServer(root = DIST): Promise<PreviewServer> {
  if (!existsSync(path.join(root, 'preview.html'))) {
    return Promise.reject(
      new Error(`No build in ${root}: run \`npx webpack --mode production\` (or node scripts/e2e.mjs).`),
    );
  }
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts', 'preview-server.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', PREVIEW_ROOT: root },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`preview server did not start: ${output}`));
    }, 15000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url: match[0],
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}): ${output}`));
    });
  });
}

export interface PreviewSession {
  page: Page;
  /** Base URL of the server, e.g. http://127.0.0.1:41234/ */
  baseUrl: string;
  /** Console errors and uncaught page errors so far. */
  consoleErrors: string[];
  /** Requests the fixture refused because they left 127.0.0.1. */
  blockedRequests: string[];
  close: () => Promise<void>;
}

export interface OpenPreviewOptions {
  /** Path and query under the server, default 'preview.html'. */
  path?: string;
  viewport?: { width: number; height: number };
  /** Script run in the page before any of its own scripts (e.g. to stand in for Office). */
  initScript?: string;
}

export async function openPreview(options: OpenPreviewOptions = {}): Promise<PreviewSession> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 720 },
      locale: 'vi-VN',
      // Fluent animates the tab indicator; screenshots should not catch it mid-way.
      reducedMotion: 'reduce',
    });
    const consoleErrors: string[] = [];
    const blockedRequests: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    if (options.initScript) await context.addInitScript(options.initScript);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    await page.goto(server.url + (options.path ?? 'preview.html'));
    const opened = browser;
    return {
      page,
      baseUrl: server.url,
      consoleErrors,
      blockedRequests,
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The script URLs of an HTML page, with or without quotes around the attribute (the build minifies). */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
}
