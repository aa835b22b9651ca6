/** «Đi tới ô»: shows a finding's cell in Excel. */

/**
 * Activates `sheet` and selects `a1` (e.g. «C14») in one sync. Selecting alone would not switch the visible sheet
 * on every host, hence the explicit activate. Fails (Excel's ItemNotFound) when the sheet no longer exists.
 */
export function selectCell(excel: typeof Excel, sheet: string, a1: string): Promise<void> {
  return excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(a1).select();
    await context.sync();
  });
}
