/**
 * The pane's Fluent theme: the production build inlines it as a literal computed in Node (webpack.config.js,
 * src/taskpane/theme.ts), so that the pane does not build it while it starts. The literal must be Fluent's theme.
 */
import { webLightTheme } from '@fluentui/react-components';
import { paneTheme } from '../../src/taskpane/theme';

interface DefinePluginLike {
  constructor: { name: string };
  definitions: Record<string, string>;
}

test("outside the webpack build the pane uses Fluent's light theme object", () => {
  expect(paneTheme).toBe(webLightTheme);
});

test("the production build's inlined theme is Fluent's light theme, token for token", async () => {
  const makeConfig = require('../../webpack.config.js') as (env: object, argv: object) => Promise<{ plugins: object[] }>;
  const config = await makeConfig({}, { mode: 'production' });
  const define = config.plugins.find((plugin) => plugin.constructor.name === 'DefinePlugin') as DefinePluginLike;
  expect(define.definitions.__KSTT_LIGHT_THEME_INLINED__).toBe('true');
  const inlined = JSON.parse(define.definitions.__KSTT_LIGHT_THEME__) as Record<string, unknown>;
  expect(inlined).toEqual({ ...webLightTheme });
  expect(Object.keys(inlined).length).toBeGreaterThan(400);
});
