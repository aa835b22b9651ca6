/**
 * What to tell an official when Excel refuses an operation (src/excel/host-errors.ts sorts the codes into kinds):
 * one sentence that says what happened and what to do, merged into the dictionaries of ./i18n.ts.
 */
import type { HostErrorKind } from '../excel/host-errors';

const vi = {
  'hostError.invalid-argument':
    'Excel không nhận dữ liệu add-in gửi vào (tên, địa chỉ ô hoặc công thức không hợp lệ với phiên bản Excel này). Hãy thử lại; nếu vẫn lỗi, chạy «Tự kiểm tra» và gửi báo cáo cho bộ phận CNTT.',
  'hostError.invalid-operation':
    'Excel không cho thực hiện thao tác này ở trạng thái hiện tại của sổ tính (ví dụ vùng ô đang gộp, đang lọc hoặc có PivotTable). Hãy đóng hộp thoại đang mở, bỏ lọc rồi thử lại.',
  'hostError.already-exists':
    'Trong sổ tính đã có một trang tính hoặc tên cùng tên với thứ add-in định tạo. Hãy bấm lại để add-in chọn tên khác; không có gì bị ghi đè.',
  'hostError.not-found':
    'Không tìm thấy trang tính hoặc ô cần dùng — có thể vừa bị xóa hoặc đổi tên. Hãy kiểm tra lại sổ tính rồi thử lại.',
  'hostError.access-denied':
    'Excel không cho phép sửa sổ tính này: sổ tính có thể đang mở ở chế độ chỉ đọc, được bảo vệ cấu trúc hoặc chỉ được chia sẻ quyền xem. Hãy lưu một bản sao có quyền sửa (Tệp › Lưu thành) rồi thử lại.',
  'hostError.protected-sheet':
    'Trang tính đang được khóa (bảo vệ trang tính). Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) hoặc làm việc trên một trang tính khác, rồi thử lại.',
  'hostError.payload-too-large':
    'Lượng dữ liệu vượt giới hạn Excel cho phép trong một lần trao đổi (Excel trên web: 5 MB). Hãy chia nhỏ: kiểm tra từng trang tính, tổng hợp ít tệp hơn mỗi lần, hoặc dùng Excel trên máy tính.',
  'hostError.api-not-found':
    'Phiên bản Excel này chưa có chức năng add-in cần dùng. Hãy cập nhật Office (Tệp › Tài khoản › Tùy chọn cập nhật) hoặc dùng Excel trên web; «Tự kiểm tra» cho biết chức năng nào được hỗ trợ.',
  'hostError.cell-edit-mode':
    'Excel đang ở chế độ sửa ô (con trỏ đang nằm trong một ô). Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô, rồi bấm lại.',
  'hostError.busy':
    'Excel đang bận hoặc mất kết nối tạm thời (sổ tính đang được đồng bộ hay người khác đang sửa). Hãy chờ vài giây rồi thử lại.',
  'hostError.general':
    'Excel gặp lỗi nội bộ khi thực hiện thao tác. Hãy lưu sổ tính, đóng và mở lại ngăn tác vụ rồi thử lại; nếu vẫn lỗi, chạy «Tự kiểm tra» và gửi báo cáo cho bộ phận CNTT.',
  'hostError.unknown':
    'Excel báo một lỗi chưa được mô tả. Hãy thử lại; nếu vẫn lỗi, chạy «Tự kiểm tra» và gửi báo cáo kèm mã lỗi dưới đây cho bộ phận CNTT.',
  'hostError.restored': 'Phần đã ghi dở đã được xóa: sổ tính như trước khi bấm.',
  'hostError.notRestored':
    'Add-in không xóa hết được phần đã ghi dở: hãy xem các trang tính mới tạo và xóa trang ghi dở nếu có.',
  'hostError.code': 'Mã lỗi',
} as const satisfies Record<`hostError.${HostErrorKind}` | 'hostError.restored' | 'hostError.notRestored' | 'hostError.code', string>;

const en: Record<keyof typeof vi, string> = {
  'hostError.invalid-argument':
    'Excel did not accept what the add-in sent (a name, cell address or formula this Excel considers invalid). Try again; if it persists, run «Self-test» and send the report to your IT office.',
  'hostError.invalid-operation':
    'Excel does not allow this in the workbook’s current state (e.g. merged, filtered or PivotTable cells in the way). Close any open dialog, clear filters and try again.',
  'hostError.already-exists':
    'The workbook already has a sheet or name like the one the add-in was creating. Press the button again so the add-in picks another name; nothing was overwritten.',
  'hostError.not-found':
    'A sheet or cell the add-in needs was not found — it may have just been deleted or renamed. Check the workbook and try again.',
  'hostError.access-denied':
    'Excel does not allow changes to this workbook: it may be read-only, structure-protected or shared view-only. Save a copy you can edit (File › Save As) and try again.',
  'hostError.protected-sheet':
    'The sheet is protected. Unprotect it (Review › Unprotect Sheet) or work on another sheet, then try again.',
  'hostError.payload-too-large':
    'Too much data for one exchange with Excel (Excel on the web: 5 MB). Split the work: check one sheet at a time, consolidate fewer files at once, or use desktop Excel.',
  'hostError.api-not-found':
    'This version of Excel lacks a feature the add-in needs. Update Office (File › Account › Update Options) or use Excel on the web; «Self-test» shows what is supported.',
  'hostError.cell-edit-mode':
    'Excel is editing a cell (the cursor is inside a cell). Press Enter or Esc to finish editing, then press the button again.',
  'hostError.busy':
    'Excel is busy or briefly disconnected (the workbook is syncing or someone else is editing). Wait a few seconds and try again.',
  'hostError.general':
    'Excel hit an internal error. Save the workbook, close and reopen the task pane and try again; if it persists, run «Self-test» and send the report to your IT office.',
  'hostError.unknown':
    'Excel reported an error we have not described yet. Try again; if it persists, run «Self-test» and send the report with the code below to your IT office.',
  'hostError.restored': 'What was half written has been removed: the workbook is as it was before.',
  'hostError.notRestored':
    'The add-in could not remove everything it had half written: look at the newly created sheets and delete a half-written one.',
  'hostError.code': 'Error code',
};

export const hostErrorMessages = { vi, en };
