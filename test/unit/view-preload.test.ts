/**
 * webpack.config.js writes into the pane's pages a script that preloads the `?view=` view's chunk, and that of the
 * default view when `?view=` names none (ViewPreloadPlugin). Its default must stay the pane's.
 */
import { DEFAULT_VIEW } from '../../src/taskpane/views/view-ids';

test("the page preloads the pane's default view when ?view= names none", () => {
  const config = require('../../webpack.config.js') as { DEFAULT_VIEW_ID: string };
  expect(config.DEFAULT_VIEW_ID).toBe(DEFAULT_VIEW);
});
