/** The short Vietnamese deployment guide put in every release package (HUONG-DAN-TRIEN-KHAI.md). */

export function deploymentGuide(url: string, version: string): string {
  const host = new URL(url).host;
  const path = new URL(url).pathname;
  return `# Hướng dẫn triển khai add-in Báo cáo KSTT — phiên bản ${version}

Gói này dành cho bộ phận công nghệ thông tin của cơ quan. Add-in là các tệp tĩnh (HTML, JavaScript, hình)
chạy trong Excel; số liệu của cán bộ không được gửi đi đâu. Gói được dựng cho địa chỉ:

    ${url}

Nếu đặt ở địa chỉ khác, hãy dựng lại: \`npm run release -- --url https://may-chu/duong-dan/\`.

## Nội dung gói
- \`web/\` — các tệp cần đặt lên máy chủ HTTPS, đúng tại ${url}
- \`manifest.xml\` — tệp khai báo add-in (đã ghi địa chỉ trên và phiên bản ${version}), dùng để cài vào Excel
- \`HUONG-DAN-TRIEN-KHAI.md\` — tài liệu này

## 1. Đặt tệp lên máy chủ HTTPS
Excel chỉ nạp add-in qua HTTPS với chứng chỉ hợp lệ (chứng chỉ tự ký chỉ dùng được khi máy trạm tin cậy nó).
Sao chép toàn bộ thư mục \`web/\` vào thư mục phục vụ đường dẫn \`${path}\` trên máy chủ \`${host}\`.

**IIS (Windows Server):** tạo (hoặc dùng) một site có binding HTTPS; thêm Virtual Directory trỏ tới thư mục đã
chép. Trong MIME Types, bảo đảm có \`.js\` → \`application/javascript\`, \`.json\` → \`application/json\`,
\`.png\` → \`image/png\`. Không cần ASP.NET hay cơ sở dữ liệu.

**nginx (Linux):**

    location ${path} {
        alias /var/www/kstt/;          # thư mục đã chép web/ vào
        try_files $uri =404;
        add_header Cache-Control "no-cache" always;   # để máy trạm nhận bản mới ngay khi cập nhật
    }

Kiểm tra: mở ${url}taskpane.html bằng trình duyệt trên một máy trạm — trang phải mở được, không báo lỗi chứng chỉ.

## 2. Cài add-in cho cán bộ
Chọn MỘT cách phù hợp với cơ quan.

**a) Thư mục dùng chung (Windows, Excel 2019/2021/2024/Microsoft 365):**
1. Chép \`manifest.xml\` vào một thư mục chia sẻ, ví dụ \`\\\\may-chu\\kstt-addin\`, cấp quyền đọc cho cán bộ.
2. Trên từng máy: Excel › Tệp › Tùy chọn › Trung tâm Tin cậy › Thiết đặt Trung tâm Tin cậy ›
   Danh mục Phần bổ trợ Tin cậy; nhập đường dẫn \`\\\\may-chu\\kstt-addin\` vào «URL danh mục», bấm «Thêm danh mục», đánh dấu
   «Hiển thị trong Menu», bấm OK và khởi động lại Excel.
3. Trang đầu › Phần bổ trợ (hoặc Chèn › Phần bổ trợ của tôi) › THƯ MỤC DÙNG CHUNG › chọn «Báo cáo KSTT».

**b) Excel cho Mac:** chép \`manifest.xml\` vào thư mục
\`~/Library/Containers/com.microsoft.Excel/Data/Documents/wef\` (tạo thư mục \`wef\` nếu chưa có), khởi động lại
Excel, rồi Chèn › Phần bổ trợ của tôi › chọn «Báo cáo KSTT».

**c) Excel trên web:** mở một sổ tính, Trang đầu › Phần bổ trợ › Thêm phần bổ trợ khác › Tải lên Phần bổ trợ của
tôi › chọn \`manifest.xml\`. (Cách này chỉ cho người tải lên; cả cơ quan thì dùng cách d.)

**d) Trung tâm quản trị Microsoft 365 (nếu cơ quan dùng Microsoft 365):** quản trị viên vào
Thiết đặt › Ứng dụng tích hợp › Tải lên ứng dụng tùy chỉnh › chọn \`manifest.xml\`, chọn người dùng hoặc nhóm được
dùng, hoàn tất. Add-in tự xuất hiện trong Excel của họ (có thể mất đến 24 giờ).

Excel 2019 bản cấp phép số lượng lớn không hiện các nút trên dải băng: cán bộ mở add-in từ Trang đầu › Phần bổ
trợ; mọi chức năng có trong ngăn tác vụ. Cần tối thiểu Excel 2019 (bộ API Excel 1.8).

## 3. Kiểm tra sau khi cài
Trên máy cán bộ, mở add-in, chọn thẻ «Tự kiểm tra» và bấm «Chạy tự kiểm tra». Add-in chạy thử mọi thao tác trên
trang tính nháp rồi xóa; bấm «Sao chép báo cáo» để gửi kết quả về bộ phận CNTT nếu có dòng «Không đạt».
«Không hỗ trợ» nghĩa là phiên bản Excel đó thiếu một chức năng phụ; add-in vẫn chạy với cách thay thế.

## 4. Cập nhật phiên bản mới
1. Dựng gói mới với CÙNG địa chỉ: \`npm run release -- --url ${url}\`.
2. Chép đè thư mục \`web/\` lên máy chủ (tên tệp JavaScript có mã băm nên không lẫn với bản cũ).
3. Thay \`manifest.xml\` trong thư mục dùng chung / tải lại lên Trung tâm quản trị (số phiên bản trong manifest
   tăng theo package.json). Cán bộ đóng và mở lại Excel để nhận bản mới.
Không đổi \`<Id>\` trong manifest: Excel coi Id khác là một add-in khác.
`;
}
