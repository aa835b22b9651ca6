/**
 * The pane's Fluent theme: Fluent's light theme with a font stack that draws every Vietnamese letter in one font.
 *
 * `webLightTheme` is built when its module first runs (createLightTheme spreads ~700 tokens: 30–60 ms of the pane's
 * start-up at CPU 4×, issue 14), so the production build computes the same object in Node and inlines it as a
 * literal (`__KSTT_LIGHT_THEME__`, webpack.config.js). Webpack settles the test (a boolean flag's `typeof` is a
 * constant to it, an object literal's is not) and so leaves Fluent's theme module out. Tests and other bundlers use
 * Fluent's object directly.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

declare const __KSTT_LIGHT_THEME__: Theme;
declare const __KSTT_LIGHT_THEME_INLINED__: boolean | undefined;

/**
 * Fluent's stack (Segoe UI on Windows, the system font on a Mac) with two Linux fonts before the generic family.
 * Where none of the named fonts exists (Excel on the web in Chromium on Linux), `sans-serif` is Liberation Sans,
 * whose Debian 12 version has no ể, ẫ, ờ…: each such letter came from another font, in a different shape, found
 * letter by letter while the pane laid itself out. Noto Sans and DejaVu Sans have them all. Windows and Mac never
 * reach them.
 */
export const PANE_FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', " +
  "'Noto Sans', 'DejaVu Sans', sans-serif";

const fluentLightTheme: Theme =
  typeof __KSTT_LIGHT_THEME_INLINED__ === 'boolean' ? __KSTT_LIGHT_THEME__ : webLightTheme;

export const paneTheme: Theme = { ...fluentLightTheme, fontFamilyBase: PANE_FONT_FAMILY };
