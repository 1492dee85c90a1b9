## Biểu đồ, ảnh và chữ

### charts/series.rs

chart-no-records = tệp dữ liệu `{ $name }` không có danh sách bản ghi `years:` (hoặc `rows:`)
chart-no-series-list = hãy ghi tên dãy số liệu cần vẽ: `{ $name }` không có danh sách `series:`
chart-unknown-series = không có dãy số liệu `{ $key }` trong `{ $name }`; các dãy có trong tệp: { $known }
chart-unknown-series-suggest = không có dãy số liệu `{ $key }` trong `{ $name }` (có phải ý bạn là `{ $suggestion }`?); các dãy có trong tệp: { $known }
chart-series-no-figures = dãy số liệu `{ $key }` của `{ $name }` chưa có số liệu nào
chart-no-list = tệp dữ liệu `{ $name }` không có danh sách `recipients:` (hoặc `rows:`)

### charts/progress.rs

chart-progress-no-target-series = không có dãy số liệu nào có mục tiêu để vẽ
chart-progress-no-target = dãy số liệu `{ $key }` chưa có mục `target:` (mục tiêu) để so tiến độ
chart-progress-no-figures = dãy số liệu `{ $key }` chưa có số liệu nào

### charts/tiles.rs

chart-not-a-province = không phải tên tỉnh, thành phố của Việt Nam: { $names } (hãy viết tên như “Kiên Giang”, “TP. Hồ Chí Minh”, “Thừa Thiên Huế”)

### images/process.rs

image-not-a-site-file = ảnh `{ $image }`: không phải tệp của trang web
image-cannot-read = ảnh `{ $image }`: không đọc được: { $error }
image-not-raster = ảnh `{ $image }`: không phải ảnh điểm (PNG, JPEG, WebP)
image-corrupt = ảnh `{ $image }`: tệp ảnh bị hỏng hoặc không đọc được: { $error }
image-cannot-encode = ảnh `{ $image }`: không tạo được bản `{ $variant }`: { $error }
image-cannot-write = ảnh `{ $image }`: không ghi được `{ $variant }`: { $error }
image-cannot-write-cache = ảnh `{ $image }`: không ghi được vào thư mục bộ nhớ đệm (cache): { $error }
image-process-failed =
    .hint = hãy xuất lại ảnh dưới dạng PNG, JPEG hoặc WebP, hoặc thay bằng tệp khác

### media/probe.rs

media-cannot-read = không đọc được: { $error }
media-cannot-read-svg = không đọc được tệp SVG: { $error }
media-cannot-read-image = không đọc được ảnh: { $error }
media-unsupported-extension = loa không dùng được ảnh định dạng `{ $ext }`: loa thu nhỏ ảnh PNG, JPEG và WebP, còn ảnh SVG thì giữ nguyên
media-unsupported-format = loa không dùng được ảnh định dạng { $format }: loa thu nhỏ ảnh PNG, JPEG và WebP, còn ảnh SVG thì giữ nguyên
media-not-svg = không phải tệp SVG (không có thẻ <svg>)
media-not-an-image = không phải ảnh loa đọc được (PNG, JPEG, WebP hoặc SVG)
media-corrupt = tệp ảnh bị hỏng: { $error }
media-no-pixels = tệp ảnh bị hỏng: ảnh không có điểm ảnh nào
