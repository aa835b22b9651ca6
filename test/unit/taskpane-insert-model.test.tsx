/** The pure parts behind «Chèn biểu mẫu»: row-list text, error merging, the download name, text templates. */
import { downloadFileName } from '../../src/taskpane/insert/actions';
import {
  buildInsertPlans,
  buildInsertPlansInSteps,
  editDates,
  initialInsertState,
  rowListSlots,
  selectedForms,
  toggleForm,
  type InsertFormState,
} from '../../src/taskpane/insert/model';
import { formatGroupText, parseGroupText, parseRowLines } from '../../src/taskpane/insert/row-text';
import { fillTemplate, localTodayIso } from '../../src/taskpane/insert/text';

function withUnit(state: InsertFormState): InsertFormState {
  return { ...state, reportingUnit: 'UBND phường Tam Thanh' };
}

describe('row-list text', () => {
  test('one row per line; blank lines and surrounding spaces dropped', () => {
    expect(parseRowLines('  Hộ tịch \r\n\n Chứng thực\n   \n')).toEqual(['Hộ tịch', 'Chứng thực']);
  });

  test('groups: «#» lines open a group; rows before any group land in an unnamed one (reported, not lost)', () => {
    expect(parseGroupText('# Cấp tỉnh\nĐất đai\n#Cấp xã\nHộ tịch\nChứng thực')).toEqual([
      { label: 'Cấp tỉnh', rows: ['Đất đai'] },
      { label: 'Cấp xã', rows: ['Hộ tịch', 'Chứng thực'] },
    ]);
    expect(parseGroupText('Đất đai\n# Cấp xã')).toEqual([
      { label: '', rows: ['Đất đai'] },
      { label: 'Cấp xã', rows: [] },
    ]);
    const groups = [{ label: 'Cấp xã', rows: ['Hộ tịch'] }];
    expect(parseGroupText(formatGroupText(groups))).toEqual(groups);
  });
});

describe('buildInsertPlansInSteps (the insert button: one form per task)', () => {
  test('pauses after each ticked form and comes to what buildInsertPlans gives, valid or not', async () => {
    let valid = withUnit(initialInsertState('2025-09-20'));
    valid = toggleForm(toggleForm(valid, 'II.07b', true), 'II.05a', true);
    const invalid = { ...valid, reportingUnit: '' };
    for (const state of [valid, invalid]) {
      const pause = jest.fn(() => Promise.resolve());
      const result = await buildInsertPlansInSteps(state, pause);
      expect(result).toEqual(buildInsertPlans(state));
      expect(pause).toHaveBeenCalledTimes(selectedForms(state).length);
    }
  });
});

describe('buildInsertPlans', () => {
  test('one plan per ticked form, in catalogue order', () => {
    let state = withUnit(initialInsertState('2025-09-20'));
    state = toggleForm(toggleForm(state, 'II.07b', true), 'II.05a', true);
    const result = buildInsertPlans(state);
    expect(result.ok && result.plans.map((p) => p.formCode)).toEqual(['II.05a', 'II.06a', 'II.07b']);
  });

  test('a message all failing forms share is shown once; one form’s own problem names the form', () => {
    let state = initialInsertState('2025-09-20');
    state = toggleForm(state, 'II.07b', true);
    state = { ...state, rowTexts: { ...state.rowTexts, 'list:đơn vị': '' } };
    const result = buildInsertPlans(state);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.filter((e) => e === 'Chưa nhập tên đơn vị báo cáo.')).toHaveLength(1);
    expect(errors).toContain('Biểu II.07b: Danh sách dòng: danh sách đơn vị trống, cần ít nhất một dòng.');
  });

  test('a II.06b whose rows come before any group is refused, not silently trimmed', () => {
    let state = withUnit(toggleForm(initialInsertState('2025-09-20'), 'II.06b', true));
    state = { ...state, rowTexts: { ...state.rowTexts, 'grouped:II.06b': 'Hộ tịch\n# Cấp xã\nChứng thực' } };
    const result = buildInsertPlans(state);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toContain('chưa có tên nhóm');
  });

  test('dates typed as d/m/yyyy are accepted and printed as dd/mm/yyyy', () => {
    const state = editDates(withUnit(initialInsertState('2025-09-20')), { from: '1/7/2025', to: '14/9/2025' });
    const result = buildInsertPlans(state);
    expect(result.ok).toBe(true);
    const texts = result.ok
      ? result.plans[0].cells.flatMap((c) => (c.content.kind === 'text' ? [c.content.text] : []))
      : [];
    expect(texts.some((t) => t.includes('01/07/2025') && t.includes('14/09/2025'))).toBe(true);
    // The deviation from 15/06/2025 is reported as an info.
    expect(result.infos.join(' ')).toContain('khác ngày đề xuất 15/06/2025');
  });

  test('row list slots: lĩnh vực shared, đơn vị separate, II.06b its own, fixed forms none', () => {
    let state = initialInsertState('2025-09-20');
    for (const code of ['II.05a', 'II.06b', 'II.07b', 'KSTT-CB']) state = toggleForm(state, code, true);
    expect(rowListSlots(selectedForms(state)).map((s) => [s.key, s.codes])).toEqual([
      ['list:cơ quan, đơn vị', ['II.05a']],
      ['list:lĩnh vực', ['II.06a']],
      ['grouped:II.06b', ['II.06b']],
      ['list:đơn vị', ['II.07b']],
    ]);
  });
});

describe('small helpers', () => {
  test('download names are ASCII and readable', () => {
    expect(downloadFileName('Quý I năm 2026')).toBe('bieu-mau-kstt-quy-i-nam-2026.xlsx');
    expect(downloadFileName('6 tháng đầu năm 2026')).toBe('bieu-mau-kstt-6-thang-dau-nam-2026.xlsx');
    expect(downloadFileName('')).toBe('bieu-mau-kstt.xlsx');
  });

  test('templates fill known placeholders and leave unknown ones visible', () => {
    expect(fillTemplate('Đã chèn {count} trang tính {x}', { count: 2 })).toBe('Đã chèn 2 trang tính {x}');
  });

  test('today is the local calendar date', () => {
    expect(localTodayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
