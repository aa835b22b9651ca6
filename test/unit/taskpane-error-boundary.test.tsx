/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../src/taskpane/ErrorBoundary';
import { I18nProvider, type Language } from '../../src/taskpane/i18n';

function wrap(children: ReactNode, language: Language = 'vi') {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider initialLanguage={language}>{children}</I18nProvider>
    </FluentProvider>
  );
}

/** The boundary around a Fragile child, in the pane's providers. */
function renderFragile(control: { broken: boolean; renders: number }, language: Language = 'vi', onRetry?: () => void) {
  return render(
    wrap(
      <ErrorBoundary onRetry={onRetry}>
        <Fragile control={control} />
      </ErrorBoundary>,
      language,
    ),
  );
}

/** Throws while `control.broken` is true. */
function Fragile(props: { control: { broken: boolean; renders: number } }) {
  props.control.renders += 1;
  if (props.control.broken) throw new Error('bảng hỏng: ô C12');
  return <p>Nội dung bình thường</p>;
}

describe('ErrorBoundary', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    // React reports caught errors on the console; keep the test output readable.
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => consoleError.mockRestore());

  test('renders its children when nothing throws', () => {
    const control = { broken: false, renders: 0 };
    renderFragile(control);
    expect(screen.getByText('Nội dung bình thường')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('shows the Vietnamese message, the detail collapsed, and «Thử lại»', () => {
    const control = { broken: true, renders: 0 };
    renderFragile(control);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Đã xảy ra lỗi');
    expect(alert.textContent).toContain('Dữ liệu trong sổ tính không bị thay đổi.');
    const details = alert.querySelector('details');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    expect(details!.querySelector('summary')!.textContent).toBe('Chi tiết kỹ thuật');
    const detail = details!.querySelector('pre')!.textContent ?? '';
    expect(detail).toContain('Error: bảng hỏng: ô C12');
    // Name and message once, followed by the stack.
    expect(detail.split('Error: bảng hỏng: ô C12').length).toBe(2);
    expect(detail).toMatch(/\n\s+at /);
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
    expect(screen.queryByText('Nội dung bình thường')).toBeNull();
  });

  test('«Thử lại» re-mounts the children and calls onRetry', () => {
    const control = { broken: true, renders: 0 };
    const onRetry = jest.fn();
    renderFragile(control, 'vi', onRetry);
    // Still broken: the retry renders again and lands on the message again.
    const rendersBefore = control.renders;
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Thử lại' })));
    expect(control.renders).toBeGreaterThan(rendersBefore);
    expect(screen.getByRole('alert')).toBeTruthy();
    control.broken = false;
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Thử lại' })));
    expect(screen.getByText('Nội dung bình thường')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  test('speaks English when the pane does', () => {
    const control = { broken: true, renders: 0 };
    renderFragile(control, 'en');
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  test('a non-Error throw is still shown', () => {
    function ThrowsString(): ReactNode {
      throw 'chuỗi lỗi';
    }
    render(
      wrap(
        <ErrorBoundary>
          <ThrowsString />
        </ErrorBoundary>,
      ),
    );
    expect(screen.getByRole('alert').querySelector('pre')!.textContent).toContain('chuỗi lỗi');
  });
});
