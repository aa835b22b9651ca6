/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { checkMessages } from '../../src/taskpane/check/messages';
import { consolidateMessages } from '../../src/taskpane/consolidate/messages';
import {
  DICTIONARIES,
  I18nProvider,
  LANGUAGES,
  addViewMessages,
  en,
  loadLanguage,
  saveLanguage,
  translator,
  useLanguage,
  useT,
  vi,
  type ViewMessages,
} from '../../src/taskpane/i18n';
import { insertChartMessages } from '../../src/taskpane/insert/messages';
import { narrateMessages } from '../../src/taskpane/narrate/messages';
import { selfTestMessages } from '../../src/taskpane/self-test/messages';

/** Every view's messages.ts: what the views add to the dictionaries as their chunks run. */
const VIEW_MESSAGES: ViewMessages[] = [
  checkMessages,
  consolidateMessages,
  insertChartMessages,
  narrateMessages,
  selfTestMessages,
];

describe('i18n dictionaries', () => {
  beforeAll(() => VIEW_MESSAGES.forEach(addViewMessages));

  test('every Vietnamese key has an English key and vice versa: the shell, each view, all together', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const messages of VIEW_MESSAGES) expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    expect(Object.keys(DICTIONARIES.en).sort()).toEqual(Object.keys(DICTIONARIES.vi).sort());
    const everyKey = [vi, ...VIEW_MESSAGES.map((messages) => messages.vi)].flatMap((dictionary) => Object.keys(dictionary));
    expect(Object.keys(DICTIONARIES.vi).sort()).toEqual([...new Set(everyKey)].sort());
  });

  test("a view's text is not in the shell's first load; once the view has added it, the translator finds it", () => {
    expect(Object.keys(vi)).not.toContain('check.title');
    expect(translator('vi')('check.title')).toBe('Kiểm tra số liệu');
    expect(translator('en')('check.title')).toBe(checkMessages.en['check.title']);
  });

  test('no string is empty or only spaces', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(DICTIONARIES[language])) {
        expect({ key, language, ok: typeof text === 'string' && text.trim().length > 0 }).toEqual({
          key,
          language,
          ok: true,
        });
      }
    }
  });

  test('Vietnamese text is Vietnamese: the labels of the four views keep their diacritics', () => {
    expect([vi['view.insert'], vi['view.check'], vi['view.narrate'], vi['view.consolidate']]).toEqual([
      'Chèn biểu mẫu',
      'Kiểm tra số liệu',
      'Soạn thuyết minh',
      'Tổng hợp',
    ]);
    expect(vi['error.retry']).toBe('Thử lại');
    expect(vi['host.unavailable']).toMatch(/^Vui lòng mở trong Excel/);
  });

  test('English differs from Vietnamese for user-visible labels (not copied untranslated)', () => {
    const untranslated = Object.keys(DICTIONARIES.vi).filter(
      (key) => DICTIONARIES.en[key as keyof typeof vi] === DICTIONARIES.vi[key as keyof typeof vi],
    );
    expect(untranslated).toEqual([]);
  });

  test('the parity check can fail: a dictionary with a missing key is detected', () => {
    const broken: Record<string, string> = { ...en };
    delete broken['error.retry'];
    expect(Object.keys(broken).sort()).not.toEqual(Object.keys(vi).sort());
  });

  test('translator picks the language', () => {
    expect(translator('vi')('error.retry')).toBe('Thử lại');
    expect(translator('en')('error.retry')).toBe('Try again');
  });
});

describe('language preference', () => {
  beforeEach(() => localStorage.clear());

  test('defaults to Vietnamese; remembers English', () => {
    expect(loadLanguage()).toBe('vi');
    saveLanguage('en');
    expect(loadLanguage()).toBe('en');
    saveLanguage('vi');
    expect(loadLanguage()).toBe('vi');
  });

  test('an unknown stored value falls back to Vietnamese', () => {
    localStorage.setItem('kstt.language', 'fr');
    expect(loadLanguage()).toBe('vi');
  });

  test('a throwing localStorage does not break loading or saving', () => {
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      expect(loadLanguage()).toBe('vi');
      expect(() => saveLanguage('en')).not.toThrow();
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });

  function Probe() {
    const t = useT();
    const { language, setLanguage } = useLanguage();
    return (
      <button type="button" onClick={() => setLanguage(language === 'vi' ? 'en' : 'vi')}>
        {t('view.check')}
      </button>
    );
  }

  test('useT follows the provider and switching persists the choice', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Kiểm tra số liệu');
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('Check figures');
    expect(localStorage.getItem('kstt.language')).toBe('en');
  });

  test('the provider starts from the stored preference', () => {
    localStorage.setItem('kstt.language', 'en');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Check figures');
  });
});
