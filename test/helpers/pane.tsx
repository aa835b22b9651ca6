/**
 * What the task pane's jsdom tests share: the browser parts jsdom lacks, a view rendered inside the pane's
 * language provider, and a click that lets the action settle.
 */
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { TextDecoder, TextEncoder } from 'node:util';
import { I18nProvider, type Language } from '../../src/taskpane/i18n';

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const scope = globalThis as unknown as Record<string, unknown>;

// The views show long results in steps, one task each (src/taskpane/use-steps.ts), and jsdom renders Fluent
// slowly: on a 2-core CI box under load a draft takes more than testing-library's default 1 s to be complete.
// `findBy…`/`waitFor` wait up to 10 s here; what they wait for is unchanged.
configure({ asyncUtilTimeout: 10_000 });

/** jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Layout is not under test. */
export function installResizeObserver(): void {
  scope.ResizeObserver ??= NoopResizeObserver;
}

/**
 * jsdom has no TextEncoder/TextDecoder; the file guard, exceljs and the merge fixtures need them when imported, so
 * call this before requiring those modules (imports are hoisted above any statement).
 */
export function installTextCodecs(): void {
  scope.TextEncoder ??= TextEncoder;
  scope.TextDecoder ??= TextDecoder;
}

/** The usual setup of a view test: ResizeObserver before all tests and, unless told not to, a clean localStorage. */
export function setUpPaneTests(options: { clearStorage?: boolean } = {}): void {
  beforeAll(installResizeObserver);
  if (options.clearStorage !== false) beforeEach(() => localStorage.clear());
}

/** A view (or any pane part) rendered in the pane's language provider. */
export function renderInPane(view: ReactElement, language: Language = 'vi') {
  return render(<I18nProvider initialLanguage={language}>{view}</I18nProvider>);
}

/** Clicks the element with this test id and waits for what the click started to settle. */
export async function clickAndSettle(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
}
