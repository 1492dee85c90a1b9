## Các lệnh và bản xem trước trực tiếp

### src/cli/build.rs

cli-loa-now-invalid = LOA_NOW={ $value } không phải là một thời điểm ({ $reason })
    .hint = hãy viết ngày giờ theo chuẩn RFC 3339, ví dụ LOA_NOW=2026-11-26T12:00:00+07:00, hoặc bỏ biến LOA_NOW để dùng giờ thật
cli-build-progress = { $spinner } đang dựng { $pos }/{ $len } { $bar } { $elapsed }
cli-build-summary = Đã dựng { $pages } bài, { $sections } chuyên mục ({ $files } tệp từ mẫu giao diện) trong { $seconds } giây, vào thư mục { $output }
cli-build-summary-warnings = , { $count } cảnh báo
cli-build-summary-images = ; { $images } ảnh: tạo mới { $made } bản cỡ ảnh, dùng lại { $reused } bản đã lưu sẵn, mất { $seconds } giây
cli-build-summary-drafts = ; bỏ qua { $count } bản nháp (thêm --drafts để dựng cả bản nháp)
cli-build-summary-next-change = ; lần thay đổi tới vào { $at } ({ $what })

### src/cli/check.rs

cli-check-done = Đã kiểm tra { $pages } bài và { $sections } chuyên mục: không có lỗi.
cli-check-done-warnings = Đã kiểm tra { $pages } bài và { $sections } chuyên mục: không có lỗi, { $count } cảnh báo.
cli-check-broken-link = liên kết nội bộ bị hỏng: `{ $target }`
    .hint = trang được liên kết tới không có trong trang web đã dựng; hãy sửa liên kết trong tệp Markdown của bài hoặc trong mẫu giao diện (template)
cli-check-broken-file = không tìm thấy ảnh hoặc tệp nội bộ `{ $target }`
    .hint = ảnh hoặc tệp này không có trong trang web đã dựng; hãy sửa đường dẫn trong tệp Markdown của bài hoặc trong mẫu giao diện (template)

### src/cli/init.rs

cli-init-site-exists = thư mục { $dir } đã có một trang web (đã có tệp site.yaml); loa init không bao giờ ghi đè
    .hint = hãy chạy loa init với một thư mục mới, ví dụ `loa init trang-tin`
cli-init-files-exist = thư mục { $dir } đã có { $files }; loa init không bao giờ ghi đè, nên chưa ghi tệp nào
    .hint = hãy chạy loa init với một thư mục trống hoặc thư mục mới
cli-init-done = Đã tạo trang web trong thư mục { $dir } với giao diện (theme) baochi.

    Việc tiếp theo:
      cd { $dir }
      loa serve                      # xem trước ở http://127.0.0.1:1111, tự tải lại mỗi lần lưu tệp
      loa new tin-tuc/"Tiêu đề bài"   # viết bài mới (có cả --kind model, achievement, award, page)
      loa check                      # kiểm tra mọi liên kết và ảnh
      loa build                      # dựng trang web vào thư mục public/

    Đăng lên mạng: netlify.toml (Netlify), deploy/nginx.conf hoặc deploy/Caddyfile (máy chủ riêng của bạn).

### src/cli/new.rs

cli-new-no-slug = `{ $target }` không có chữ cái hay chữ số nào để đặt tên tệp
    .hint = hãy viết theo dạng CHUYÊN-MỤC/TIÊU-ĐỀ, ví dụ tin-hoat-dong/Hội nghị sơ kết
cli-new-bad-section = `{ $section }` không dùng được làm đường dẫn chuyên mục
cli-new-exists = tệp { $file } đã có; loa new không bao giờ ghi đè
    .hint = hãy chọn tiêu đề khác hoặc đường dẫn rút gọn (slug) khác
cli-new-created = Đã tạo { $file } (đây là bản nháp: `loa serve --drafts` sẽ hiện bài; xoá dòng `draft: true` để đăng bài)
cli-new-no-section-page = thư mục { $dir } chưa có tệp _index.md; bài sẽ được xếp vào chuyên mục gần nhất có tệp này

### src/cli/theme.rs

cli-theme-unknown = loa không có sẵn giao diện (theme) `{ $name }`
    .hint = các giao diện có sẵn là: { $themes }
    .hint-closest = có phải ý bạn là `{ $closest }`? các giao diện có sẵn là: { $themes }
cli-theme-files-exist = { $count } tệp của giao diện đã có sẵn; loa theme export không bao giờ ghi đè: { $files }
    .hint = hãy chuyển các tệp đó đi chỗ khác, hoặc xuất ra một thư mục khác (loa theme export { $name } THƯ-MỤC)
cli-theme-files-exist-more = { $count } tệp của giao diện đã có sẵn; loa theme export không bao giờ ghi đè: { $files } và { $more } tệp nữa
cli-theme-exported = Đã ghi { $count } tệp của giao diện { $name } vào { $dir }.
    Trang web có `theme: { $name }` giờ sẽ dùng các tệp này thay cho tệp có sẵn, từng tệp một: hãy xoá những tệp bạn không sửa, để chúng vẫn được cập nhật theo các bản loa mới.

### src/cli/serve.rs

serve-listening = Xem trang web tại http://{ $host }:{ $port }/ (bấm Ctrl+C để dừng)
serve-built = Đã dựng { $files } tệp trong { $seconds } giây
serve-rebuilt = Đã dựng lại vì sửa { $what }: { $files } tệp trong { $ms } ms, báo trình duyệt tải lại { $latency } ms sau khi sửa
serve-rebuilt-more = Đã dựng lại vì sửa { $what }: { $files } tệp trong { $ms } ms, báo trình duyệt tải lại { $latency } ms sau khi sửa; còn { $more } tệp sẽ dựng tiếp
serve-render-problems = Có { $count } tệp không dựng được; trình duyệt vẫn xem được bản tốt gần nhất của các tệp đó.
serve-finished = tiếp đó dựng { $files } tệp có nhắc tới phần vừa sửa (danh sách, trang chủ…) trong { $ms } ms
serve-finished-left = tiếp đó dựng { $files } tệp có nhắc tới phần vừa sửa (danh sách, trang chủ…) trong { $ms } ms (còn { $left } tệp để lại cho lần sửa sau)
serve-scheduled = Đến giờ hẹn: { $reason }; đã dựng lại { $files } tệp trong { $seconds } giây
serve-kept = Trình duyệt vẫn xem được các trang tốt gần nhất cho tới khi lỗi này được sửa.
serve-changed-templates = mẫu giao diện (template)
serve-changed-data = tệp dữ liệu
serve-changed-static = tệp tĩnh (static)
serve-changed-content = { $count } tệp nội dung

### src/serve/mod.rs

serve-cannot-listen = không mở được địa chỉ { $address } để xem trước: { $reason }
serve-cannot-start = không khởi động được máy chủ xem trước: { $reason }
serve-overlay-title = loa: lần dựng vừa rồi bị lỗi; các trang đang hiện là của lần dựng tốt gần nhất.
serve-overlay-close = đóng

### src/serve/rebuild.rs

serve-watcher-stopped = bộ theo dõi tệp đã ngừng chạy

### src/serve/watch.rs

serve-cannot-watch = không theo dõi được thư mục { $dir }: { $reason }

### src/serve/http.rs

serve-nothing-here = Không có trang này (chưa dựng được trang web?)
serve-http-bad-path = đường dẫn không hợp lệ
serve-http-head-too-large = phần đầu yêu cầu quá lớn
serve-http-method = chỉ nhận GET và HEAD
serve-http-moved = đã chuyển địa chỉ
serve-http-not-found = không tìm thấy
