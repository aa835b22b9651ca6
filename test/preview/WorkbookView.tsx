/** The left side of the preview: the banner, the active sheet's grid and Excel-like sheet tabs. */
import { useEffect, useState } from 'react';
import { findSheetById, type FakeWorkbook } from '../fake-excel/model';
import { SheetGrid } from './SheetGrid';

export function WorkbookView(props: { workbook: FakeWorkbook }) {
  const { workbook } = props;
  const [, setVersion] = useState(0);
  // The fake calls listeners after every sync that changed something: redraw then.
  useEffect(() => workbook.onChange(() => setVersion((v) => v + 1)), [workbook]);

  const visible = workbook.sheets.filter((s) => s.visibility === 'Visible');
  const active = (workbook.selection && findSheetById(workbook, workbook.selection.sheetId)) || visible[0];

  const activate = (sheetId: string) => {
    // What a click on a sheet tab does in Excel: the sheet becomes active with A1 selected.
    workbook.selection = { sheetId, box: { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    setVersion((v) => v + 1);
  };

  return (
    <div className="workbook">
      <div className="banner" role="note" data-testid="preview-banner">
        <strong>Bản xem thử — sổ tính giả lập, không phải Excel</strong>
        <span lang="en"> · Preview — a simulated workbook, not Excel</span>
      </div>
      <div className="grid-scroll">
        {active ? (
          <SheetGrid
            sheet={active}
            selection={workbook.selection?.sheetId === active.id ? workbook.selection.box : null}
          />
        ) : (
          <p className="empty">Sổ tính trống.</p>
        )}
      </div>
      <div className="sheet-tabs" role="tablist" aria-label="Trang tính">
        {visible.map((sheet) => (
          <button
            key={sheet.id}
            type="button"
            role="tab"
            aria-selected={sheet.id === active?.id}
            className={sheet.id === active?.id ? 'sheet-tab active' : 'sheet-tab'}
            onClick={() => activate(sheet.id)}
            style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
          >
            {sheet.name}
          </button>
        ))}
      </div>
    </div>
  );
}
