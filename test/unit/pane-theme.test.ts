/**
 * The pane's Fluent theme: the production build inlines Fluent's light theme as a literal computed in Node
 * (webpack.config.js, src/taskpane/theme.ts), so that the pane does not build it while it starts. The literal must
 * be Fluent's theme; the pane changes only its font stack.
 */
import { webLightTheme } from '@fluentui/react-components';
import { PANE_FONT_FAMILY, paneTheme } from '../../src/taskpane/theme';

interface DefinePluginLike {
  constructor: { name: string };
  definitions: Record<string, string>;
}

test("the pane's theme is Fluent's light theme but for the font stack, which only adds fonts before the generic one", () => {
  const { fontFamilyBase, ...rest } = paneTheme;
  const { fontFamilyBase: fluentFamily, ...fluentRest } = webLightTheme;
  expect(rest).toEqual(fluentRest);
  expect(fontFamilyBase).toBe(PANE_FONT_FAMILY);
  // Fluent's fonts first and in order (Windows and Mac unchanged), the generic family last.
  expect(fontFamilyBase.replace(" 'Noto Sans', 'DejaVu Sans',", '')).toBe(fluentFamily);
});

test("the production build's inlined theme is Fluent's light theme, token for token", async () => {
  const makeConfig = require('../../webpack.config.js') as (
    env: object,
    argv: object,
  ) => Promise<{ plugins: object[] }>;
  const config = await makeConfig({}, { mode: 'production' });
  const define = config.plugins.find(
    (plugin) => plugin.constructor.name === 'DefinePlugin',
  ) as DefinePluginLike;
  expect(define.definitions.__KSTT_LIGHT_THEME_INLINED__).toBe('true');
  const inlined = JSON.parse(define.definitions.__KSTT_LIGHT_THEME__) as Record<string, unknown>;
  expect(inlined).toEqual({ ...webLightTheme });
  expect(Object.keys(inlined).length).toBeGreaterThan(400);
});
