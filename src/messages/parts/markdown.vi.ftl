## Markdown và mã chèn (shortcode)

### markdown/mod.rs

link-missing-file = liên kết tới tệp không tồn tại: `{ $target }`
    .hint = tệp trong thư mục static/ có địa chỉ tính từ / (`static/tai-lieu/ke-hoach.pdf` là `/tai-lieu/ke-hoach.pdf`); hãy kiểm tra tên tệp, chữ hoa chữ thường và phần đuôi tên tệp
link-missing-page = liên kết tới trang không tồn tại: `{ $target }`
    .hint = trang web dựng ra không có gì ở địa chỉ này: hãy chép địa chỉ trên thanh địa chỉ của trang bạn muốn trỏ tới, hoặc liên kết tới tệp của trang đó bằng `@/`, ví dụ `@/tin-hoat-dong/bai-viet.md` (địa chỉ do một hệ thống khác phục vụ trên cùng tên miền thì viết đầy đủ, https://…)
    .hint-internal = liên kết `@/` ghi tên một tệp trong thư mục content/, ví dụ `@/tin-hoat-dong/bai-viet.md` hoặc `@/tin-hoat-dong/bai-viet/index.md`

### markdown/events.rs

code-options-hint = các tùy chọn viết sau tên ngôn ngữ, cách nhau bằng dấu phẩy: ```rust,linenos,hl_lines=2-3 5
md-image-bad = ảnh `{ $src }`: { $problem }
    .hint = hãy xuất lại ảnh ở dạng PNG, JPEG hoặc WebP, hoặc dùng SVG
md-image-not-found = không tìm thấy ảnh `{ $src }`
    .hint-root = đường dẫn bắt đầu bằng / là một tệp trong static/ (`static/anh/x.jpg` là `/anh/x.jpg`) hoặc trong thư mục của một trang khác; hãy kiểm tra tên tệp, chữ hoa chữ thường và phần đuôi tên tệp
    .hint-bundle = hãy đặt ảnh cạnh tệp index.md của trang, hoặc bắt đầu đường dẫn bằng / nếu ảnh là tệp trong static/
    .hint-single = trang chỉ là một tệp .md nên không có thư mục riêng: hãy viết `/anh/x.jpg` cho ảnh trong static/, hoặc chuyển trang thành một thư mục có index.md và đặt ảnh bên cạnh

### markdown/highlight.rs

code-linenostart-not-number = khối mã: `linenostart={ $value }` không phải là số dòng
code-option-needs-value = khối mã: `{ $option }` cần có giá trị, ví dụ `{ $option }=2`
code-hl-lines-bad = khối mã: `hl_lines={ $value }` phải liệt kê các dòng và khoảng dòng, ví dụ `hl_lines=2-3 5`

### markdown/shortcodes.rs

shortcode-unknown = không có mã chèn (shortcode) `{ $name }`
    .hint = các mã chèn hiện có: { $names }; muốn có mã chèn riêng thì tạo tệp templates/shortcodes/{ $name }.html
    .guess = có phải ý bạn là `{ $guess }`? các mã chèn hiện có: { $names }; muốn có mã chèn riêng thì tạo tệp templates/shortcodes/{ $name }.html
shortcode-in-template = trong mẫu giao diện (template)
shortcode-failed = mã chèn (shortcode) `{ $name }` bị lỗi: { $problem }
    .hint = hãy đối chiếu các tham số của mã chèn với mẫu giao diện của nó

### markdown/shortcodes/parse.rs

shortcode-syntax-hint = hãy viết `{ "{{" } name(key="value", n=1) { "}}" }`, hoặc `{ "{%" } name(key="value") { "%}" }` … `{ "{%" } end { "%}" }` nếu có phần nội dung
shortcode-escape-unclosed = mã chèn (shortcode): `{ $open }` mở ra nhưng không có `{ $close }` để đóng lại
    .hint = `{ "{{" }/* name() */{ "}}" }` in ra nguyên văn lời gọi mã chèn
shortcode-end-alone = mã chèn (shortcode): có `{ "{%" } end { "%}" }` nhưng không có mã chèn nào để đóng
shortcode-mismatched-close = mã chèn (shortcode): mã chèn `{ $name }` mở bằng `{ $open }` nhưng lại đóng bằng `{ $close }`
shortcode-expected-close = mã chèn (shortcode): cần `{ $close }` để kết thúc mã chèn `{ $name }`
shortcode-body-unclosed = mã chèn (shortcode): mã chèn `{ $name }` có phần nội dung nhưng thiếu `{ "{%" } end { "%}" }` để đóng lại
    .hint = hãy kết thúc phần nội dung bằng `{ "{%" } end { "%}" }` trên một dòng riêng, hoặc dùng `{ "{{" } … { "}}" }` cho lời gọi không có phần nội dung
shortcode-expected-arg-name = mã chèn (shortcode): cần tên một tham số, ví dụ `src=`, hoặc dấu `)`
shortcode-arg-twice = mã chèn (shortcode): tham số `{ $name }` được ghi hai lần
shortcode-expected-equals = mã chèn (shortcode): cần dấu `=` sau `{ $name }`
shortcode-expected-comma = mã chèn (shortcode): cần dấu `,` hoặc `)` sau một tham số
shortcode-ends-in-arg = mã chèn (shortcode): mã chèn kết thúc giữa chừng một tham số
shortcode-curly-quote = mã chèn (shortcode): `{ $quote }` là dấu nháy cong; chuỗi chữ trong mã chèn phải dùng dấu nháy kép thẳng `"`
    .hint = hãy viết tham số dạng key="chữ" bằng phím " (trình soạn thảo văn bản hay tự đổi nó thành dấu nháy cong “ ”)
shortcode-list-expected-comma = mã chèn (shortcode): cần dấu `,` hoặc `]` trong danh sách
shortcode-not-a-value = mã chèn (shortcode): `{ $word }` không phải là giá trị: hãy đặt chuỗi chữ trong dấu nháy kép, ví dụ "{ $text }"
shortcode-text-unclosed = mã chèn (shortcode): chuỗi chữ mở bằng { $quote } nhưng không được đóng lại

### markdown/shortcodes/builtin.rs

shortcode-example-either = { $first } hoặc { $second }
shortcode-example-award-table = { $first } trên trang khen thưởng, hoặc { $second }

### markdown/shortcodes/args.rs

shortcode-usage = ví dụ { $example }; các tham số: { $names }
shortcode-usage-guess = có phải ý bạn là `{ $guess }`? ví dụ { $example }; các tham số: { $names }
shortcode-no-such-arg = mã chèn (shortcode) `{ $shortcode }` không có tham số `{ $arg }`
shortcode-unusable-address = mã chèn (shortcode) `{ $shortcode }`: `{ $arg }` không phải là địa chỉ dùng được
    .hint = hãy ghi một địa chỉ https:// hoặc một đường dẫn trong trang web
shortcode-wrong-kind = mã chèn (shortcode) `{ $shortcode }`: `{ $arg }` cần { $expected ->
        [int] một số nguyên
        [number] một con số
        [one-of] một trong các giá trị { $choices }
       *[text] chuỗi chữ trong dấu nháy kép
    }, không phải { $given ->
        [int] số nguyên
        [float] con số
        [bool] true hoặc false
        [list] danh sách
       *[text] chuỗi chữ
    }
shortcode-no-data-file = mã chèn (shortcode) `{ $shortcode }`: không có tệp dữ liệu `{ $name }` trong data/
    .hint = các tệp dữ liệu hiện có: { $files } (data/tien-do.yaml được gọi là `tien_do`)
    .guess = có phải ý bạn là `{ $guess }`? các tệp dữ liệu hiện có: { $files } (data/tien-do.yaml được gọi là `tien_do`)
shortcode-image-not-found = mã chèn (shortcode) `{ $shortcode }`: không tìm thấy ảnh `{ $src }`
shortcode-image-bad = mã chèn (shortcode) `{ $shortcode }`: ảnh `{ $src }`: { $problem }
    .hint = hãy xuất lại ảnh ở dạng PNG, JPEG hoặc WebP
shortcode-image-hint-single = trang này chỉ là một tệp .md: hãy dùng ảnh trong static/ (`/anh/x.jpg`), hoặc chuyển trang thành một thư mục có index.md và đặt ảnh bên cạnh
shortcode-needs-arg = mã chèn (shortcode) `{ $shortcode }` cần có tham số `{ $arg }`
shortcode-no-body = mã chèn (shortcode) `{ $shortcode }` không nhận phần nội dung
    .hint = hãy gọi nó gọn trong một cặp ngoặc: { $example }

### markdown/shortcodes/env.rs

shortcode-image-outside = hàm image() chỉ dùng được trong mã chèn (shortcode)
shortcode-image-fn-not-found = không tìm thấy ảnh `{ $src }` (hãy đặt ảnh cạnh index.md của trang, hoặc viết /đường-dẫn cho tệp trong static/)

### markdown/shortcodes/prepare/mod.rs

shortcode-chart = mã chèn (shortcode) `{ $shortcode }`: { $problem }
    .hint = hãy xem các mục `series:` và các bản ghi trong tệp dữ liệu

### markdown/shortcodes/prepare/media.rs

shortcode-video-one-source = mã chèn (shortcode) `{ $shortcode }`: hãy ghi đúng một trong ba tham số youtube=, facebook= hoặc src=
    .hint = youtube="VIDEO_ID" (hoặc liên kết của video), facebook="https://www.facebook.com/…/videos/…", hoặc src="clip.mp4" cho tệp video trên trang web
shortcode-video-needs-title = mã chèn (shortcode) `{ $shortcode }`: video nhúng cần có tiêu đề
    .hint = hãy thêm title="…": tiêu đề là nhãn của nút phát và của trình phát video cho phần mềm đọc màn hình
shortcode-video-ratio = mã chèn (shortcode) `{ $shortcode }`: `{ $ratio }` không phải là tỉ lệ khung hình
    .hint = hãy viết dạng rộng:cao, ví dụ "16:9" hoặc "4:3"
shortcode-youtube-bad = mã chèn (shortcode) `{ $shortcode }`: `{ $value }` không phải là mã hay liên kết của video YouTube
    .hint = hãy ghi mã 11 ký tự đứng sau `watch?v=`, hoặc cả liên kết
shortcode-facebook-bad = mã chèn (shortcode) `{ $shortcode }`: `{ $url }` không phải là liên kết video Facebook
    .hint = hãy chép liên kết của video từ Facebook (https://www.facebook.com/…/videos/…)
shortcode-video-not-found = mã chèn (shortcode) `{ $shortcode }`: không tìm thấy tệp video `{ $src }`
shortcode-quote-both = mã chèn (shortcode) `{ $shortcode }`: lời trích chỉ ghi ở một chỗ, hoặc ở text= hoặc ở phần nội dung, không ghi cả hai
    .hint = { "{%" } quote(author="…") { "%}" }Lời trích{ "{%" } end { "%}" }
shortcode-quote-missing = mã chèn (shortcode) `{ $shortcode }`: thiếu lời trích
    .hint = hãy viết { "{{" } quote(text="…", author="…") { "}}" } hoặc { "{%" } quote(author="…") { "%}" }Lời trích{ "{%" } end { "%}" }

### markdown/shortcodes/prepare/figures.rs

shortcode-stat-no-value = mã chèn (shortcode) `{ $shortcode }`: thiếu con số
    .hint = hãy ghi value= (và label=), hoặc data= và series= để lấy con số mới nhất trong một tệp dữ liệu
shortcode-stat-no-label = mã chèn (shortcode) `{ $shortcode }`: hãy cho biết con số này đếm cái gì
    .hint = hãy thêm label="…"
shortcode-stat-no-series = mã chèn (shortcode) `{ $shortcode }`: đã ghi data= thì cần ghi cả series=
    .hint = ví dụ { "{{" } stat(data="tien_do", series="communes_standard_pct") { "}}" }
shortcode-record-no-name = mã chèn (shortcode) `{ $shortcode }`: bản ghi thứ { $number } của `{ $name }` không có mục `name:`
    .hint = mỗi tập thể, cá nhân được khen cần có name:, và có thể có unit:, province:, form:, kind:
shortcode-no-award = mã chèn (shortcode) `{ $shortcode }`: trang này không có mục `award:` trong phần đầu bài (front matter)
    .hint-table = hãy ghi data="…" (một tệp dữ liệu có recipients:), hoặc dùng mã chèn này trên trang khen thưởng
    .hint-map = hãy ghi data="…", một tệp dữ liệu có danh sách bản ghi với mục `province:`
shortcode-no-recipient = mã chèn (shortcode) `{ $shortcode }`: không có tập thể, cá nhân nào có { $field ->
        [form] hình thức khen thưởng (`form`)
       *[other] tỉnh, thành phố (`province`)
    } là `{ $value }`
    .hint = { $field ->
        [form] các hình thức khen thưởng
       *[other] các tỉnh, thành phố
    } có trong danh sách: { $known }
shortcode-group-by-not-bar = mã chèn (shortcode) `{ $shortcode }`: group_by= vẽ số đếm thành biểu đồ cột
    .hint = hãy dùng kind="bar" cùng với group_by=
shortcode-group-by-empty = mã chèn (shortcode) `{ $shortcode }`: không bản ghi nào của `{ $name }` có mục `{ $field }:`
    .hint = hãy ghi tên một mục mà các bản ghi có, ví dụ group_by="province"
shortcode-bar-one-series = mã chèn (shortcode) `{ $shortcode }`: biểu đồ cột chỉ vẽ một dãy số liệu
    .hint = hãy chọn một dãy bằng series="…", hoặc dùng kind="line" để vẽ nhiều dãy
shortcode-map-no-field = mã chèn (shortcode) `{ $shortcode }`: không bản ghi nào có mục `{ $field }:`
    .hint = các bản ghi cần ghi tỉnh, thành phố ở mục `province:` (hoặc ghi tên mục khác bằng field=)
