/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import {
  DICTIONARIES,
  I18nProvider,
  LANGUAGES,
  en,
  loadLanguage,
  saveLanguage,
  translator,
  useLanguage,
  useT,
  vi,
} from '../../src/taskpane/i18n';

describe('i18n dictionaries', () => {
  test('every Vietnamese key has an English key and vice versa', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const language of LANGUAGES)
      expect(Object.keys(DICTIONARIES[language]).sort()).toEqual(Object.keys(vi).sort());
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
    const untranslated = Object.keys(vi).filter(
      (key) => en[key as keyof typeof vi] === vi[key as keyof typeof vi],
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
