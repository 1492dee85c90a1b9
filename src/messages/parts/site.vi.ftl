## Mẫu giao diện, trang web và thư mục xuất bản

### templating/hints.rs

template-unclosed-tag = thẻ `{ "{" }% { $tag } %{ "}" }` ở dòng { $line }, cột { $column } chưa được đóng: hãy thêm `{ "{" }% end{ $tag } %{ "}" }` trước chỗ này
template-did-you-mean = có phải ý bạn là `{ $name }`?
template-cannot-parse-because = không đọc hiểu được mẫu giao diện (template): { $error }
template-unknown-filter = không đọc hiểu được mẫu giao diện (template): không có bộ lọc (filter) `{ $name }`
template-unknown-function = không đọc hiểu được mẫu giao diện (template): không có hàm (function) `{ $name }`
template-unknown-test = không đọc hiểu được mẫu giao diện (template): không có phép thử (test) `{ $name }`
template-unknown-component = không đọc hiểu được mẫu giao diện (template): không có thành phần (component) `{ $name }`
template-unknown-template = không đọc hiểu được mẫu giao diện (template): không có mẫu giao diện `{ $name }`
template-unknown-other = không đọc hiểu được mẫu giao diện (template): không có { $kind } `{ $name }`
template-see-reference = xem danh sách bộ lọc (filter) và hàm (function) trong docs/reference/templates.md
template-block-not-in-parent = không đọc hiểu được mẫu giao diện (template): khối `{ "{" }% block { $block } %{ "}" }` không có trong `{ $parent }`, là mẫu mà mẫu này kế thừa (extends)
template-add-block = `{ $parent }` ở đây là tệp { $file }; hãy thêm `{ "{" }% block { $block } %{ "}" }{ "{" }% endblock { $block } %{ "}" }` vào tệp đó, hoặc viết đè cả mẫu này (lệnh `loa theme export` cho bạn một bản sao mẫu của giao diện để bắt đầu)
template-block-not-in-extended = không đọc hiểu được mẫu giao diện (template): khối `{ "{" }% block { $block } %{ "}" }` không có trong mẫu mà mẫu này kế thừa (extends)

### templating/sources.rs

template-cannot-parse = không đọc hiểu được mẫu giao diện (template)
template-failed = { $what }: { $error }
template-tera-syntax = mẫu giao diện viết theo cú pháp tera 2; xem docs/reference/templates.md

### templating/mod.rs

template-num-needs-number = bộ lọc `num` cần một số, không phải { $kind }

### render/mod.rs

render-cannot-render = không dựng được trang từ mẫu giao diện (template)
render-template-not-found = không tìm thấy mẫu giao diện (template) `{ $template }`
    .hint = hãy thêm tệp này vào templates/ hoặc templates/ của giao diện (theme), hoặc sửa tên trong mục `template:`

### render/functions.rs

render-date-format-needs-date = bộ lọc `date_format` cần một ngày (ví dụ page.date)
render-date-format-bad-date = `date_format`: ngày không hợp lệ: { $error }
render-used-before-content = `{ $name }` được gọi trước khi nội dung của trang web được nạp
render-get-page-missing = `get_page`: không tìm thấy trang `{ $path }` (hãy ghi đường dẫn trong content/, ví dụ `tin/bai.md`)
render-get-section-missing = `get_section`: không tìm thấy chuyên mục `{ $path }` (hãy ghi `tin-hoat-dong/_index.md` hoặc `/tin-hoat-dong/`)
render-get-taxonomy-missing = `get_taxonomy`: không có phân loại `{ $kind }` trong site.yaml

### render/i18n.rs, templating/sources.rs, theme/mod.rs

files-cannot-read = không đọc được: { $error }
render-i18n-file = tệp chữ giao diện (i18n)
render-i18n-dates-count = `dates.weekdays` cần đủ 7 tên thứ (bắt đầu từ thứ Hai) và `dates.months` cần đủ 12 tên tháng

### theme/mod.rs

theme-not-found = không tìm thấy giao diện (theme) `{ $name }`
    .hint = loa có sẵn các giao diện { $themes }; giao diện của riêng bạn đặt trong thư mục themes/{ $name }/
theme-did-you-mean = có phải ý bạn là `{ $near }`? { $hint }

### feeds/mod.rs

feed-id-repeated = mã nguồn tin `{ $id }` (mục `id`) trùng với mã của { $file }
    .hint = mỗi trang cần một mục `id:` riêng; xoá mục này để dùng mã tạo từ ngày và địa chỉ (URL) của trang

### discovery/schedule.rs

schedule-goes-live = { $file } được đăng lên
schedule-expires = { $file } hết hạn
schedule-leaves-news-sitemap = { $file } rời khỏi sơ đồ tin tức (news sitemap)

### output.rs

output-refused = không ghi trang web vào { $output }: { $why }
    .hint = hãy ghi --output với một thư mục riêng, ví dụ { $suggestion }
output-is-site-root = đây là thư mục gốc của trang web
output-contains-site-root = thư mục này chứa thư mục gốc của trang web
output-inside-source = thư mục này nằm trong thư mục { $folder }/ của trang web
output-is-file-system-root = đây là thư mục gốc của ổ đĩa
output-is-a-file = đây là một tệp, không phải thư mục
output-holds-other-files = thư mục này đã có những tệp không do loa ghi (không có tệp đánh dấu { $marker }); hãy xoá các tệp đó hoặc chọn thư mục khác
output-no-parent = { $path }: không có thư mục cha
output-file-in-the-way = không ghi được trang web vào { $output }: { $file } là một tệp, không phải thư mục
output-beside-failed = không ghi được bên cạnh thư mục xuất bản { $output }: { $path }: { $error }
output-busy = một lần dựng khác của loa đang ghi vào { $output } (đang giữ { $lock }); hãy chờ lần đó xong, hoặc dựng vào thư mục khác bằng --output
output-cannot-write = không ghi được { $path }: { $error }
output-more-not-written = còn { $count } tệp nữa không ghi được

### output/sink.rs, site/live/output.rs

output-outside = không ghi ra ngoài thư mục xuất bản: { $path }
output-cannot-copy = không chép được { $from } sang { $to }: { $error }

### site/assets.rs

asset-image-not-found = không tìm thấy ảnh `{ $src }`
    .hint-bundle = hãy đặt ảnh cạnh tệp index.md trong thư mục của bài, hoặc bắt đầu đường dẫn bằng / để dùng tệp trong static/
    .hint-single = bài chỉ gồm một tệp .md thì dùng được ảnh trong static/ (viết `/images/x.jpg`); muốn để ảnh cạnh bài, hãy chuyển bài thành một thư mục có tệp index.md

### site/rich.rs

asset-lead-image-bad = ảnh `{ $src }`: { $problem }
    .hint = hãy xuất lại ảnh dưới dạng PNG, JPEG hoặc WebP, hoặc dùng SVG

### site/jobs/page.rs

site-page-template-not-found = không tìm thấy mẫu giao diện (template) `{ $template }`
    .hint = hãy thêm tệp này vào templates/ (hoặc templates/ của giao diện), hoặc sửa tên trong mục `template:`

### site/mod.rs

site-menu-links-to-nothing = mục `{ $name }` của thanh trình đơn (menu) dẫn tới địa chỉ không có: `{ $url }`
    .hint = trang web đã dựng không có trang hay tệp nào ở địa chỉ này; hãy sửa mục `url:` của mục trình đơn này (địa chỉ do hệ thống khác phục vụ trên cùng tên miền thì viết đầy đủ, https://…)
site-schedule-not-written = không ghi được lịch đăng bài: { $error }
