/** @jest-environment jsdom */
/**
 * The «Chèn biểu mẫu» view in jsdom with its two actions replaced by recording fakes: what reaches them, what is
 * refused before them, and what the official sees.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SheetPlan } from '../../src/domain/layout/sheet-plan';
import type { DownloadPlans, InsertOutcome, InsertPlans } from '../../src/taskpane/insert/actions';
import { REMEMBERED_KEY } from '../../src/taskpane/insert/remembered';
import { InsertView, type InsertViewProps } from '../../src/taskpane/views/InsertView';
import { clickAndSettle, renderInPane, setUpPaneTests } from '../helpers/pane';

setUpPaneTests();

/** 2025-09-20 → Quý III/2025 (15/06/2025 – 14/09/2025), under Thông tư 01/2020. */
const TODAY_TT01 = '2025-09-20';
/** 2026-03-18 → Quý I/2026 (15/12/2025 – 14/03/2026), under Thông tư 05/2025. */
const TODAY_TT05 = '2026-03-18';

interface Recorder {
  insert: jest.Mock<ReturnType<InsertPlans>, Parameters<InsertPlans>>;
  download: jest.Mock<ReturnType<DownloadPlans>, Parameters<DownloadPlans>>;
}

function recorder(outcome?: InsertOutcome): Recorder {
  return {
    insert: jest.fn(async (plans: SheetPlan[]) => ({
      sheets: outcome?.sheets ?? plans.map((p) => ({ sheetName: p.sheetName, formCode: p.formCode })),
      skipped: outcome?.skipped ?? [],
    })),
    download: jest.fn(async (_plans: SheetPlan[], _fileName: string) => {}),
  };
}

function renderView(props: InsertViewProps = {}) {
  return renderInPane(<InsertView today={TODAY_TT01} {...props} />);
}

/** The view with the reporting unit typed: where most cases start. */
function renderWithUnit(r: Recorder) {
  renderView(r);
  type('insert-reporting-unit', 'UBND phường Tam Thanh');
}

const byTestId = (id: string) => screen.getByTestId(id) as HTMLInputElement;

function type(testId: string, value: string) {
  fireEvent.change(byTestId(testId), { target: { value } });
}

function choose(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function formCheckbox(code: string): HTMLInputElement {
  return within(screen.getByTestId(`insert-form-${code}`)).getByRole('checkbox') as HTMLInputElement;
}

describe('«Chèn biểu mẫu»: validation blocks the actions', () => {
  test('without a reporting unit: a Vietnamese error, and insert is never called', async () => {
    const r = recorder();
    renderView(r);
    await clickAndSettle('insert-submit');
    const errors = screen.getByTestId('insert-errors');
    expect(errors.textContent).toContain('Chưa chèn gì — cần sửa:');
    expect(errors.textContent).toContain('Chưa nhập tên đơn vị báo cáo.');
    expect(r.insert).not.toHaveBeenCalled();
    expect(screen.queryByTestId('insert-success')).toBeNull();
  });

  test('a start after the end: shown while typing and on the attempt; neither action runs', async () => {
    const r = recorder();
    renderWithUnit(r);
    type('insert-from', '20/09/2025');
    expect(screen.getByTestId('insert-period-errors').textContent).toContain(
      'Ngày bắt đầu (20/09/2025) sau ngày kết thúc (14/09/2025) kỳ báo cáo',
    );
    await clickAndSettle('insert-submit');
    expect(screen.getByTestId('insert-errors').textContent).toContain('sau ngày kết thúc');
    await clickAndSettle('insert-download');
    expect(r.insert).not.toHaveBeenCalled();
    expect(r.download).not.toHaveBeenCalled();
  });

  test('a date that does not exist and a duplicated lĩnh vực are both listed at once', async () => {
    const r = recorder();
    renderWithUnit(r);
    type('insert-to', '31/02/2025');
    type('insert-rows-list:lĩnh vực', 'Hộ tịch\nChứng thực\nhộ tịch');
    await clickAndSettle('insert-submit');
    const text = screen.getByTestId('insert-errors').textContent ?? '';
    expect(text).toContain('không tồn tại trên lịch');
    expect(text).toContain('lĩnh vực «hộ tịch» bị trùng (dòng 1 và dòng 3)');
    expect(r.insert).not.toHaveBeenCalled();
  });

  test('no form ticked: refused', async () => {
    const r = recorder();
    renderWithUnit(r);
    fireEvent.click(formCheckbox('II.06a'));
    expect(formCheckbox('II.06a').checked).toBe(false);
    await clickAndSettle('insert-submit');
    expect(screen.getByTestId('insert-errors').textContent).toContain('Chưa chọn biểu mẫu nào.');
    expect(r.insert).not.toHaveBeenCalled();
  });

  test('a deviation from the cut-off dates is an info, not a blocker', async () => {
    const r = recorder();
    renderWithUnit(r);
    type('insert-to', '15/09/2025');
    expect(screen.getByTestId('insert-period-infos').textContent).toContain('khác ngày đề xuất 14/09/2025');
    expect(screen.queryByTestId('insert-period-errors')).toBeNull();
    await clickAndSettle('insert-submit');
    expect(r.insert).toHaveBeenCalledTimes(1);
  });
});

describe('«Chèn biểu mẫu»: insertion', () => {
  test('a valid II.06a reaches insert as one plan with the options typed; the created sheets are listed', async () => {
    const r = recorder({
      sheets: [{ sheetName: 'II.06a (2)', formCode: 'II.06a' }],
      skipped: ['pageLayout (ExcelApi 1.9)'],
    });
    renderWithUnit(r);
    type('insert-receiving-unit', 'UBND thành phố Đà Nẵng');
    type('insert-report-place', 'Tam Thanh');
    await clickAndSettle('insert-submit');

    expect(r.insert).toHaveBeenCalledTimes(1);
    const plans = r.insert.mock.calls[0][0];
    expect(plans.map((p) => p.formCode)).toEqual(['II.06a']);
    expect(plans[0].legalBasis).toBe('TT01/2020');
    const texts = plans[0].cells.flatMap((c) => (c.content.kind === 'text' ? [c.content.text] : []));
    expect(texts.some((t) => t.includes('UBND phường Tam Thanh'))).toBe(true);
    expect(texts.some((t) => t.includes('Quý III năm 2025'))).toBe(true);
    expect(texts).toContain('TỔNG CỘNG');

    const success = screen.getByTestId('insert-success');
    expect(success.textContent).toContain('Đã chèn 1 trang tính:');
    expect(success.textContent).toContain('«II.06a (2)»');
    expect(screen.getByTestId('insert-skipped').textContent).toContain('pageLayout (ExcelApi 1.9)');
    // Remembered for the next report.
    expect(JSON.parse(localStorage.getItem(REMEMBERED_KEY)!)).toEqual({
      reportingUnit: 'UBND phường Tam Thanh',
      receivingUnit: 'UBND thành phố Đà Nẵng',
      reportPlace: 'Tam Thanh',
    });
  });

  test('busy while Excel works: button disabled with «Đang chèn…»; a second click does not insert twice', async () => {
    let finish!: (outcome: InsertOutcome) => void;
    const insert = jest.fn(() => new Promise<InsertOutcome>((resolve) => (finish = resolve)));
    renderView({ insert, download: jest.fn() });
    type('insert-reporting-unit', 'UBND phường Tam Thanh');
    await clickAndSettle('insert-submit');
    const button = screen.getByTestId('insert-submit') as HTMLButtonElement;
    expect(button.textContent).toContain('Đang chèn…');
    expect(button.disabled).toBe(true);
    expect((screen.getByTestId('insert-download') as HTMLButtonElement).disabled).toBe(true);
    await clickAndSettle('insert-submit');
    expect(insert).toHaveBeenCalledTimes(1);
    await act(async () => finish({ sheets: [{ sheetName: 'II.06a', formCode: 'II.06a' }], skipped: [] }));
    expect(button.disabled).toBe(false);
    expect(button.textContent).toContain('Chèn vào sổ tính');
    expect(screen.getByTestId('insert-success').textContent).toContain('«II.06a»');
  });

  test('an error from Excel is shown with its message and code', async () => {
    const failure = Object.assign(new Error('The request payload size has exceeded the limit.'), {
      code: 'RequestPayloadSizeLimitExceeded',
    });
    renderView({ insert: jest.fn(async () => Promise.reject(failure)), download: jest.fn() });
    type('insert-reporting-unit', 'UBND phường Tam Thanh');
    await clickAndSettle('insert-submit');
    const shown = screen.getByTestId('insert-excel-error').textContent ?? '';
    expect(shown).toContain('Excel báo lỗi khi chèn');
    expect(shown).toContain('The request payload size has exceeded the limit. (RequestPayloadSizeLimitExceeded)');
    expect(screen.queryByTestId('insert-success')).toBeNull();
    expect((screen.getByTestId('insert-submit') as HTMLButtonElement).disabled).toBe(false);
  });

  test('the optional Nghị định 118/2025 columns: shown only with II.06a/II.06b, and they reach the plan', async () => {
    const r = recorder();
    renderWithUnit(r);
    expect(screen.getByTestId('insert-optional')).toBeTruthy();
    await clickAndSettle('insert-submit');
    const without = r.insert.mock.calls[0][0][0].colCount;

    fireEvent.click(screen.getByTestId('insert-optional-returned'));
    fireEvent.click(screen.getByTestId('insert-optional-paused'));
    await clickAndSettle('insert-submit');
    expect(r.insert.mock.calls[1][0][0].colCount).toBe(without + 2);

    fireEvent.click(formCheckbox('II.06a'));
    fireEvent.click(formCheckbox('II.07b'));
    expect(screen.queryByTestId('insert-optional')).toBeNull();
  });
});

describe('«Chèn biểu mẫu»: the period drives the dates', () => {
  test('default: the period around today with its Nghị định 09/2019 cut-off dates', () => {
    renderView();
    expect((screen.getByTestId('insert-period-kind') as HTMLSelectElement).value).toBe('quarter');
    expect(byTestId('insert-period-year').value).toBe('2025');
    expect((screen.getByTestId('insert-period-index') as HTMLSelectElement).value).toBe('3');
    expect(byTestId('insert-from').value).toBe('15/06/2025');
    expect(byTestId('insert-to').value).toBe('14/09/2025');
  });

  test('choosing kind, index and year refills «Từ ngày» / «Đến ngày»', () => {
    renderView();
    choose('insert-period-kind', 'half');
    // Quarter III does not exist for a half year: index falls back to the last half.
    expect((screen.getByTestId('insert-period-index') as HTMLSelectElement).value).toBe('2');
    expect([byTestId('insert-from').value, byTestId('insert-to').value]).toEqual(['15/06/2025', '14/12/2025']);
    choose('insert-period-index', '1');
    expect([byTestId('insert-from').value, byTestId('insert-to').value]).toEqual(['15/12/2024', '14/06/2025']);
    type('insert-period-year', '2026');
    expect([byTestId('insert-from').value, byTestId('insert-to').value]).toEqual(['15/12/2025', '14/06/2026']);
    choose('insert-period-kind', 'year');
    expect(screen.queryByTestId('insert-period-index')).toBeNull();
    expect([byTestId('insert-from').value, byTestId('insert-to').value]).toEqual(['15/12/2025', '14/12/2026']);
    choose('insert-period-kind', 'month');
    choose('insert-period-index', '3');
    expect([byTestId('insert-from').value, byTestId('insert-to').value]).toEqual(['15/02/2026', '14/03/2026']);
  });

  test('a half-typed year keeps the dates; the attempt names the year problem', async () => {
    const r = recorder();
    renderWithUnit(r);
    type('insert-period-year', '202');
    expect(byTestId('insert-from').value).toBe('15/06/2025');
    await clickAndSettle('insert-submit');
    expect(screen.getByTestId('insert-errors').textContent).toContain('Năm báo cáo «202» không hợp lệ');
    expect(r.insert).not.toHaveBeenCalled();
  });

  test('the legal basis follows the period end until the user picks one', () => {
    renderView();
    const basis = () => (screen.getByTestId('insert-basis') as HTMLSelectElement).value;
    expect(basis()).toBe('TT01/2020');
    type('insert-period-year', '2026');
    expect(basis()).toBe('TT05/2025');
    choose('insert-basis', 'TT01/2020');
    type('insert-period-year', '2027');
    expect(basis()).toBe('TT01/2020');
  });
});

describe('«Chèn biểu mẫu»: forms and their status', () => {
  function badge(code: string): HTMLElement {
    return within(screen.getByTestId(`insert-form-${code}`)).getByTestId('insert-form-status');
  }

  test('under Thông tư 01/2020: confirmed forms say so, inferred ones are never called official', () => {
    renderView();
    expect(badge('II.06a').textContent).toBe('Chính thức (đã xác nhận)');
    expect(badge('II.07b').textContent).toBe('Chính thức (đã xác nhận)');
    expect(badge('II.05a').textContent).toBe('Suy luận — chưa đối chiếu văn bản');
    expect(badge('II.06b').textContent).toBe('Suy luận — chưa đối chiếu văn bản');
    // The tooltip (the badge's accessible name) carries the source.
    expect(badge('II.06a').getAttribute('aria-label')).toContain('Nguồn: Biểu II.06a in trong báo cáo năm 2024');
  });

  test('under Thông tư 05/2025 (layouts assumed): every form is inferred', () => {
    renderView({ today: TODAY_TT05 });
    const badges = within(screen.getByTestId('insert-forms')).getAllByTestId('insert-form-status');
    expect(badges.length).toBeGreaterThanOrEqual(10);
    for (const b of badges) {
      expect(b.getAttribute('data-status')).toBe('inferred');
      expect(b.textContent).toBe('Suy luận — chưa đối chiếu văn bản');
    }
    expect(screen.queryByText('Chính thức (đã xác nhận)')).toBeNull();
  });

  test('row lists: one box per kind of row; the level refills an untouched list and keeps an edited one', () => {
    renderView();
    const fields = () => byTestId('insert-rows-list:lĩnh vực').value.split('\n');
    expect(fields()[0]).toBe('Chứng thực');
    choose('insert-level', 'tinh');
    expect(fields()[0]).toBe('Đất đai');
    type('insert-rows-list:lĩnh vực', 'Tư pháp\nY tế');
    choose('insert-level', 'huyen');
    expect(fields()).toEqual(['Tư pháp', 'Y tế']);

    fireEvent.click(formCheckbox('II.06b'));
    const groups = byTestId('insert-rows-grouped:II.06b').value.split('\n').filter((l) => l.startsWith('#'));
    // Quý III/2025 starts on 15/06/2025, before cấp huyện ended (1/7/2025): its group is still proposed.
    expect(groups).toEqual([
      '# Cấp tỉnh (sở, ban, ngành)',
      '# Cấp huyện (huyện, thị xã, thành phố)',
      '# Cấp xã (xã, phường, thị trấn)',
    ]);
    choose('insert-period-index', '4');
    const later = byTestId('insert-rows-grouped:II.06b').value.split('\n').filter((l) => l.startsWith('#'));
    expect(later).toEqual(['# Cấp tỉnh (sở, ban, ngành)', '# Cấp xã (xã, phường, thị trấn)']);
  });
});

describe('«Chèn biểu mẫu»: download', () => {
  test('valid: download gets the same plans and an ASCII file name; nothing is inserted', async () => {
    const r = recorder();
    renderWithUnit(r);
    fireEvent.click(formCheckbox('II.07b'));
    await clickAndSettle('insert-download');
    expect(r.download).toHaveBeenCalledTimes(1);
    const [plans, fileName] = r.download.mock.calls[0];
    expect(plans.map((p) => p.formCode)).toEqual(['II.06a', 'II.07b']);
    expect(fileName).toBe('bieu-mau-kstt-quy-iii-nam-2025.xlsx');
    expect(r.insert).not.toHaveBeenCalled();
    expect(screen.getByTestId('insert-downloaded').textContent).toContain('bieu-mau-kstt-quy-iii-nam-2025.xlsx');
  });

  test('a failing download says so', async () => {
    renderView({ insert: jest.fn(), download: jest.fn(async () => Promise.reject(new Error('chunk failed'))) });
    type('insert-reporting-unit', 'UBND phường Tam Thanh');
    await clickAndSettle('insert-download');
    expect(screen.getByTestId('insert-download-error').textContent).toContain('Không tạo được tệp .xlsx');
    expect(screen.getByTestId('insert-download-error').textContent).toContain('chunk failed');
  });
});

describe('«Chèn biểu mẫu»: remembered fields and language', () => {
  test('the last unit, receiver and place are filled in; bad stored data is ignored', () => {
    localStorage.setItem(
      REMEMBERED_KEY,
      JSON.stringify({ reportingUnit: 'UBND xã A', receivingUnit: 42, reportPlace: 'A' }),
    );
    renderView();
    expect(byTestId('insert-reporting-unit').value).toBe('UBND xã A');
    expect(byTestId('insert-receiving-unit').value).toBe('');
    expect(byTestId('insert-report-place').value).toBe('A');
  });

  test('a throwing localStorage neither breaks the view nor the insertion', async () => {
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      const r = recorder();
      renderView(r);
      type('insert-reporting-unit', 'UBND phường Tam Thanh');
      await clickAndSettle('insert-submit');
      await waitFor(() => expect(r.insert).toHaveBeenCalledTimes(1));
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });

  test('English labels come from i18n; the Mac note is there in both languages', () => {
    renderInPane(<InsertView today={TODAY_TT01} />, 'en');
    expect(screen.getByTestId('insert-submit').textContent).toContain('Insert into workbook');
    expect(screen.getByTestId('insert-download').textContent).toContain('Download forms (.xlsx)');
    expect(screen.getByText(/Excel for Mac cannot download files/)).toBeTruthy();
  });
});
