/**
 * Charts exist only in workbooks the add-in builds inside Excel (Office.js, src/excel/charts.ts). The .xlsx
 * writer (exceljs 4) cannot write charts at all, so template files from the command line have none: every
 * .xlsx output says so instead of pretending.
 */
export const XLSX_CHARTS_NOTE =
  'Lưu ý: tệp .xlsx này không có biểu đồ (thư viện ghi tệp exceljs không hỗ trợ biểu đồ). Mở tệp trong Excel ' +
  'có cài add-in «Báo cáo KSTT» để add-in vẽ biểu đồ gốc của Excel từ các ô số liệu. / ' +
  'Note: this .xlsx has no charts (exceljs cannot write charts); open it in Excel with the add-in to add them.';
