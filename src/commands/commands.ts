/* Ribbon function file (manifest: FunctionFile → commands.html).
 *
 * The four KSTT buttons are ShowTaskpane actions: Office opens the task pane at `taskpane.html?view=…` itself, so no
 * ExecuteFunction handler is needed. The file must still exist and initialise Office.js, or Office reports the
 * add-in's commands as failed to load. A later ExecuteFunction command registers here with Office.actions.associate. */

/** Resolves once Office.js is ready; exported so a test can await it. */
export const commandsReady: Promise<Office.HostType | null> =
  typeof Office === 'undefined'
    ? Promise.resolve(null) // opened outside Office (e.g. a plain browser): nothing to register
    : Office.onReady().then((info) => info.host ?? null);
