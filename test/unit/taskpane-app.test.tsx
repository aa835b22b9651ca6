/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { HostStatus } from '../../src/excel/host';
import { App } from '../../src/taskpane/App';
import { PREVIEW_HOOKS_GLOBAL } from '../../src/taskpane/preview-hooks';
import { VIEW_IDS, viewFromQuery } from '../../src/taskpane/views/view-ids';
import { VIEW_SHOWN_EVENT } from '../../src/taskpane/view-shown';
import { setUpPaneTests } from '../helpers/pane';

/** Views are chunks loaded on demand; the first require of a view (and its ts-jest transform) can take seconds. */
const VIEW_LOAD = { timeout: 15000 };

const AVAILABLE: HostStatus = { available: true, problem: null, host: 'Excel' };

/** Fluent repeats a tab's content in a hidden bold copy (to reserve width); read the first label only. */
function tabNames(): string[] {
  return screen.getAllByRole('tab').map((tab) => tab.querySelector('[data-tab-label]')?.textContent ?? '');
}

setUpPaneTests();

describe('viewFromQuery', () => {
  test('reads ?view= and falls back to insert', () => {
    expect(VIEW_IDS.map((id) => viewFromQuery(`?view=${id}`))).toEqual([...VIEW_IDS]);
    expect(viewFromQuery('')).toBe('insert');
    expect(viewFromQuery('?view=CHECK')).toBe('insert');
    expect(viewFromQuery('?view=__proto__')).toBe('insert');
  });
});

describe('App shell', () => {
  test('Vietnamese title and the four tabs; the initial view is the one asked for', async () => {
    render(<App initialView="check" host={AVAILABLE} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Báo cáo KSTT');
    expect(tabNames()).toEqual(['Chèn biểu mẫu', 'Kiểm tra số liệu', 'Soạn thuyết minh', 'Tổng hợp', 'Tự kiểm tra']);
    expect(screen.getByRole('tab', { name: 'Kiểm tra số liệu' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByTestId('view-check', {}, VIEW_LOAD)).toBeTruthy();
    expect(screen.queryByTestId('view-insert')).toBeNull();
    expect(document.documentElement.lang).toBe('vi');
  });

  test('clicking a tab switches the view', async () => {
    render(<App initialView="insert" host={AVAILABLE} />);
    await screen.findByTestId('view-insert', {}, VIEW_LOAD);
    act(() => fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' })));
    expect(await screen.findByTestId('view-consolidate', {}, VIEW_LOAD)).toBeTruthy();
    expect(screen.queryByTestId('view-insert')).toBeNull();
  });

  test('tells the page once, after the first view is shown, that it may prefetch the others', async () => {
    const announced = jest.fn();
    window.addEventListener(VIEW_SHOWN_EVENT, announced);
    try {
      render(<App initialView="check" host={AVAILABLE} />);
      expect(await screen.findByTestId('view-check', {}, VIEW_LOAD)).toBeTruthy();
      expect(announced).toHaveBeenCalledTimes(1);
      fireEvent.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
      expect(await screen.findByTestId('view-consolidate', {}, VIEW_LOAD)).toBeTruthy();
      expect(announced).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener(VIEW_SHOWN_EVENT, announced);
    }
  });

  test('empty states have no buttons that do nothing', async () => {
    render(<App initialView="insert" host={AVAILABLE} />);
    // Only views still showing the «Đang phát triển» empty state; a finished view has real buttons.
    for (const id of VIEW_IDS) {
      act(() => fireEvent.click(screen.getByTestId(`tab-${id}`)));
      const view = await screen.findByTestId(`view-${id}`, {}, VIEW_LOAD);
      if (!within(view).queryByText('Đang phát triển')) continue;
      expect(within(view).queryAllByRole('button')).toEqual([]);
    }
  });

  test('the language switch turns the pane English and sets <html lang>', () => {
    render(<App initialView="insert" host={AVAILABLE} />);
    act(() => fireEvent.click(screen.getByTestId('language-switch')));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('KSTT report');
    expect(tabNames()).toEqual(['Insert form', 'Check figures', 'Draft narrative', 'Consolidate', 'Self-test']);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('kstt.language')).toBe('en');
  });

  test('outside Excel: the one-line message and no tabs', () => {
    render(<App initialView="insert" host={{ available: false, problem: 'no-office', host: null }} />);
    expect(screen.getByTestId('host-unavailable').textContent).toMatch(/^Vui lòng mở trong Excel/);
    expect(screen.queryAllByRole('tab')).toEqual([]);
  });

  test('old Excel: the update message', () => {
    render(<App initialView="insert" host={{ available: false, problem: 'old-excel', host: 'Excel' }} />);
    expect(screen.getByTestId('host-unavailable').textContent).toContain('1.8');
  });

  test('a crashing view is contained: tabs keep working and another view renders', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
    const scope = globalThis as Record<string, unknown>;
    scope[PREVIEW_HOOKS_GLOBAL] = {
      beforeViewRender: (view: string) => {
        if (view === 'narrate') throw new Error('narrate hỏng');
      },
    };
    try {
      render(<App initialView="narrate" host={AVAILABLE} />);
      expect(screen.getByRole('alert').textContent).toContain('Đã xảy ra lỗi');
      act(() => fireEvent.click(screen.getByRole('tab', { name: 'Kiểm tra số liệu' })));
      expect(await screen.findByTestId('view-check', {}, VIEW_LOAD)).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      delete scope[PREVIEW_HOOKS_GLOBAL];
      consoleError.mockRestore();
    }
  });
});
