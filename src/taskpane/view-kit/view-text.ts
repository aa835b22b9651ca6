/**
 * A view's own text kept in the view's file: the Vietnamese sentences and their English, checked by the compiler
 * (English must have exactly the Vietnamese keys), read in the pane's current language. The larger views keep
 * theirs in a messages file merged into ../i18n.ts; a small view needs no second file.
 */
import { useCallback } from 'react';
import { useLanguage, type Language } from '../i18n';

export type ViewText<Key extends string> = Record<Language, Record<Key, string>>;

/** `viewText({ title: 'Giới thiệu' }, { title: 'About' })`; a missing or extra English key is a type error. */
export function viewText<const Vi extends Record<string, string>>(
  vi: Vi,
  en: { [Key in keyof Vi]: string },
): ViewText<Extract<keyof Vi, string>> {
  return { vi, en };
}

/** The translate function of a view's own text, in the pane's current language. */
export function useViewText<Key extends string>(text: ViewText<Key>): (key: Key) => string {
  const { language } = useLanguage();
  return useCallback((key: Key) => text[language][key], [text, language]);
}
