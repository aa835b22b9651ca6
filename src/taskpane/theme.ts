/**
 * The pane's Fluent theme. `webLightTheme` is built when its module first runs (createLightTheme spreads ~700
 * tokens: 30–60 ms of the pane's start-up at CPU 4×, issue 14), so the production build computes the same object in
 * Node and inlines it as a literal (`__KSTT_LIGHT_THEME__`, webpack.config.js). Webpack settles the test (a boolean
 * flag's `typeof` is a constant to it, an object literal's is not) and so leaves Fluent's theme module out. Tests
 * and other bundlers use Fluent's object directly.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

declare const __KSTT_LIGHT_THEME__: Theme;
declare const __KSTT_LIGHT_THEME_INLINED__: boolean | undefined;

export const paneTheme: Theme =
  typeof __KSTT_LIGHT_THEME_INLINED__ === 'boolean' ? __KSTT_LIGHT_THEME__ : webLightTheme;
