# Lời loa nói với biên tập viên, bằng tiếng Việt: mỗi mã ở đây ứng với một mã trong
# en.ftl (một bài kiểm thử bảo đảm điều đó). Viết cho phóng viên, biên tập viên đọc
# hiểu và biết phải làm gì tiếp theo; giữ nguyên tên mục, tên tệp, mã trong `...`.

## Cách in một thông báo

label-error = lỗi
label-warning = cảnh báo
label-hint = gợi ý
label-caused-by = nguyên nhân
while-rendering = khi dựng trang { $page }
repeated-in-pages = ở { $count } trang, ví dụ { $page }
errors-found = Có { $count } lỗi; chưa ghi tệp nào.

## Nội dung và cấu hình

### config.rs

config-missing = không có tệp site.yaml ở thư mục gốc của trang web
    .hint = chạy `loa init` để tạo trang web mới, hoặc dùng --root chỉ tới thư mục chứa site.yaml (đã tìm trong { $root })
# Tên tệp trong các thông báo của yaml.rs ($what).
config-what = tệp site.yaml
config-paginate-by-zero = `paginate_by` phải từ 1 trở lên
config-base-url-relative = `base_url` phải là một địa chỉ (URL) đầy đủ
    .hint = viết cả giao thức và tên miền, ví dụ `base_url: "https://example.org"`; tùy chọn `--base-url` sẽ thay cho giá trị này
config-unknown-timezone = không biết múi giờ `{ $name }`
    .hint = dùng tên múi giờ theo chuẩn IANA, ví dụ "Asia/Ho_Chi_Minh"
config-taxonomy-not-plain = phân loại `{ $name }` cần tên và đường dẫn viết thường, không dấu
    .hint = tên là một mục trong phần đầu bài (front matter), như `tags`; đường dẫn là một đoạn của địa chỉ (URL), như `chu-de`
config-taxonomy-twice = phân loại `{ $name }` được khai báo hai lần

### yaml.rs
# $what là tên phần văn bản YAML: config-what, page-what, section-what, data-what.

yaml-unknown-key = không nhận ra mục `{ $key }` trong { $what }
yaml-did-you-mean = có phải ý bạn là `{ $best }`?
yaml-known-keys = các mục { $what } nhận là: { $keys }
yaml-missing-key = thiếu mục `{ $key }` trong { $what }
    .hint = thêm một dòng `{ $key }: ...` vào { $what }
yaml-too-deep = { $what } không hợp lệ: lồng nhau quá sâu
    .hint = danh sách và nhóm mục trong YAML chỉ được lồng nhau tối đa 128 tầng
yaml-too-much = { $what } không hợp lệ: các neo (anchor) bung ra quá nhiều dữ liệu
    .hint = bí danh YAML (`*name`) lặp lại nội dung của một neo (`&name`); ở đây chúng nhân lên thành hàng triệu giá trị: hãy viết thẳng các giá trị ra
# Cách lời của loa về một giá trị sai kiểu bắt đầu (date-expected,
# page-expected-list); yaml.rs tìm chuỗi này.
yaml-invalid-type = sai kiểu giá trị
yaml-wrong-type = sai kiểu giá trị trong { $what }
    .hint = kiểm tra cách viết giá trị: danh sách viết là `[a, b]` hoặc thành các dòng `- item`; chuỗi chữ có `:` hay `#` phải đặt trong dấu ngoặc kép thẳng `"`
yaml-invalid = { $what } không hợp lệ
    .hint = { $what } viết bằng YAML: mỗi dòng một `key: value`; hãy đặt trong dấu ngoặc kép thẳng `"` chuỗi chữ có `: ` hoặc bắt đầu bằng `[`, `{ "{" }`, `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%` hay `@`
yaml-parser-said = bộ đọc YAML báo (bằng tiếng Anh): { $words }
yaml-tab = có ký tự tab ở đầu dòng: YAML thụt đầu dòng bằng dấu cách
    .hint = thay ký tự tab bằng dấu cách (hai dấu cách cho mỗi bậc); hầu hết trình soạn thảo có thể đặt để phím Tab gõ ra dấu cách
yaml-unicode-space = có { $space ->
        [nbsp] dấu cách không ngắt
        [narrow-nbsp] dấu cách hẹp không ngắt
        [typographic] dấu cách dàn trang
        [zero-width] dấu cách độ rộng bằng 0
        [ideographic] dấu cách chữ tượng hình
       *[zero-width-no-break] dấu cách không ngắt độ rộng bằng 0
    } (U+{ $code }) ở chỗ YAML cần một dấu cách thường
    .hint = Word và các trang web hay gõ ra những dấu cách như vậy: hãy xóa nó đi và gõ lại một dấu cách thường
yaml-curly-quotes = dấu ngoặc kép cong ({ $open }…) không dùng được để bao giá trị trong YAML
    .hint = Word tự đổi " thành dấu ngoặc kép cong; hãy viết dấu ngoặc kép thẳng: `{ $fixed }`
# Thay cho tên kiểu của Rust trong lời của bộ đọc YAML ("expected struct RawConfig").
yaml-expected-map = cần các dòng `key: value`

### read.rs

-read-save-as-utf8 = hãy lưu lại với bảng mã UTF-8: trong Notepad chọn File › Save as, ở ô Encoding chọn "UTF-8" ("Unicode" ở đó là UTF-16, "ANSI" là bảng mã cũ)
read-bom = tệp bắt đầu bằng ký hiệu BOM vô hình (lưu kiểu "UTF-8 with BOM"); loa đã đọc nó như UTF-8
    .hint = lưu lại với bảng mã "UTF-8" không có BOM: một số công cụ hiện dấu này thành ký tự lạ
read-utf16 = tệp dùng bảng mã UTF-16 ("Unicode" của Notepad); loa đã đọc theo bảng mã đó
    .hint = { -read-save-as-utf8 }; Git, Netlify và hầu hết trình soạn thảo đều cần UTF-8
read-utf16-no-bom = tệp dùng bảng mã UTF-16 không có ký hiệu BOM ở đầu tệp, không phải UTF-8
    .hint = { -read-save-as-utf8 }
read-not-utf8 = tệp không phải bảng mã UTF-8 hợp lệ
    .hint = { -read-save-as-utf8 }; chữ gõ bằng bảng mã tiếng Việt cũ (Windows-1258, TCVN3, VNI) cần chuyển mã trước, ví dụ bằng công cụ chuyển mã của Unikey

### site/data.rs

data-cannot-read = không đọc được: { $error }
data-what = tệp dữ liệu

### content/mod.rs

content-no-folder = không có thư mục content/: trang web chỉ có trang chủ
    .hint = tạo tệp content/_index.md cho trang chủ và các thư mục content/<chuyen-muc>/ cho bài viết
content-cannot-read = không đọc được: { $error }
content-not-nfc = chữ chưa ở dạng Unicode dựng sẵn (NFC); loa đã chuẩn hóa lại
    .hint = một số bộ gõ tạo ra tiếng Việt dạng tổ hợp ("Unicode tổ hợp"); hãy đặt trình soạn thảo hoặc Unikey sang "Unicode dựng sẵn"

### content/walk.rs

content-link-loop-parent = liên kết tượng trưng (symbolic link) bị vòng lặp: thư mục này trỏ ngược về một thư mục cha của nó
content-link-loop = liên kết tượng trưng (symbolic link) bị vòng lặp: qua các liên kết khác, liên kết này lại trỏ về chính nó
    .hint = xóa liên kết, hoặc trỏ nó tới một thư mục nằm ngoài content/

### content/front_matter/split.rs

content-no-front-matter = tệp không bắt đầu bằng phần đầu bài (front matter)
    .hint = mở đầu tệp bằng một dòng `---`, tiếp theo là `title:` và `date:`, rồi một dòng `---` để đóng lại
content-front-matter-unclosed = phần đầu bài (front matter) chưa được đóng lại
    .hint = kết thúc phần đầu bài bằng một dòng chỉ có `---`

### content/front_matter/mod.rs

date-expected = { yaml-invalid-type }: cần một ngày, ví dụ 2016-08-15 hoặc 2016-08-15T09:00:00+07:00

### content/front_matter/page.rs

page-what = phần đầu bài (front matter)
page-expected-list = { yaml-invalid-type }: cần một danh sách chuỗi chữ, ví dụ [a, b]
page-not-a-map = phần đầu bài (front matter) phải gồm các dòng `key: value`
page-key-not-a-word = tên mục trong phần đầu bài (front matter) phải là chữ
    .hint = viết mỗi mục là một từ, theo sau là dấu hai chấm, ví dụ `title: ...`
page-use-extra = hãy đặt các giá trị riêng dưới mục `extra:`
taxonomy-one-text = `{ $key }` là một chuỗi chữ có dấu phẩy, không phải danh sách
    .hint = nếu có nhiều giá trị, hãy viết thành danh sách: `{ $key }: [{ $list }]`
taxonomy-wrong-type = sai kiểu giá trị của `{ $key }`
    .hint = `{ $key }` là một danh sách, ví dụ `{ $key }: [nông thôn mới, Internet]`

### content/front_matter/section.rs

section-what = phần đầu bài (front matter) của chuyên mục

### content/section.rs

section-missing-title = thiếu mục `title` trong phần đầu bài (front matter) của chuyên mục
    .hint = tên chuyên mục không bao giờ được lấy từ tên thư mục: hãy thêm `title: "..."`

### content/page.rs

page-missing-title = thiếu mục `title` trong phần đầu bài (front matter)
    .hint = bài nào cũng cần có tiêu đề: `title: "..."`
date-unreadable = không đọc được ngày ở mục `{ $key }`: `{ $value }`
    .hint = viết ngày theo dạng 2016-08-15, 2016-08-15 09:00 hoặc 2016-08-15T09:00:00+07:00
page-missing-date = thiếu mục `date` trong phần đầu bài (front matter)
    .hint = thêm ngày đăng bài, ví dụ `date: 2016-08-15T09:00:00+07:00`
page-empty-slug = đường dẫn rút gọn (slug) của trang bị trống
    .hint = đặt cho trang một mục `slug:` có chữ cái hoặc chữ số, hoặc đổi tên tệp
page-segment-too-long = hãy rút ngắn lại: mỗi đoạn của địa chỉ (URL) thành tên một thư mục, dài tối đa { $bytes } byte
page-slug-too-long = đường dẫn rút gọn (slug) của trang dài { $bytes } byte
    .hint = đặt cho trang một mục `slug:` ngắn hơn
page-alias-outside = địa chỉ cũ (alias) `{ $alias }` không phải một đường dẫn của trang web này
    .hint = địa chỉ cũ là một địa chỉ (URL) trước đây của trang, như `/tin-cu/bai-viet/`; nó không được chứa `..`, `\`, `:` hay ký tự điều khiển
page-alias-too-long = một đoạn của địa chỉ cũ (alias) `{ $alias }…` quá dài
page-term-too-long = giá trị `{ $term }…` của `{ $taxonomy }` quá dài để làm địa chỉ (URL)
content-folder-without-slug = tên thư mục `{ $folder }` không có chữ cái hay chữ số nào để tạo địa chỉ (URL)
    .hint = đổi tên thư mục cho có chữ cái hoặc chữ số, ví dụ `tin-tuc`

### content/library.rs

section-missing-index = có { $count } trang ở đây nhưng không có _index.md: thư mục này không có trang chuyên mục
    .hint = tạo tệp content/{ $folder }/_index.md có một dòng `title:`; trong lúc chưa có, các trang của nó được liệt kê trong `{ $title }`
    .hint-home = tạo tệp content/{ $folder }/_index.md có một dòng `title:`; trong lúc chưa có, các trang của nó được liệt kê ở trang chủ
content-same-url = hai trang sẽ được ghi vào cùng một địa chỉ (URL) { $path }
    .detail = { $first } và { $second } đều có địa chỉ { $path }
    .hint = đặt cho một trong hai trang một `slug:` khác (đường dẫn rút gọn bỏ dấu: "Đường" và "Dương" đều thành `duong`)
# Nơi khác cũng chiếm một địa chỉ, trong content-same-url.detail ($first, $second).
content-owner-home = trang chủ
content-owner-archives = trang lưu trữ theo ngày (có sẵn)
content-owner-search = trang tìm kiếm (có sẵn)
content-owner-taxonomy = phân loại `{ $name }` trong site.yaml
content-owner-alias = { $file } (địa chỉ cũ)

### content/unpublished.rs

unpublished-left-out = { $why ->
        [draft] bản nháp
        [expired] bài đã hết hạn
       *[future] bài hẹn giờ đăng
    } có { $count } lỗi, không đưa vào lần dựng này
    .hint-draft = hãy sửa trước khi đăng; dựng bằng `loa build --drafts` thì các lỗi này sẽ làm dừng việc dựng trang
    .hint = hãy sửa trước khi đăng; dựng bằng `loa build --future` thì lỗi của bài hẹn giờ đăng sẽ làm dừng việc dựng trang
unpublished-link = liên kết tới { $why ->
        [draft] một bản nháp
        [expired] một bài đã hết hạn
       *[other] một bài hẹn giờ đăng
    }, bài này không có trong lần dựng này: `{ $target }`
    .hint-draft = hãy đăng bài đó trước (bỏ dòng `draft: true`), hoặc xem thử cả hai với `--drafts`
    .hint-future = bài đó lên trang lúc { $date }; trước giờ đó liên kết sẽ dẫn bạn đọc tới một trang không có: hãy đăng cả hai cùng lúc, hoặc thêm liên kết khi bài đã lên trang (`--future` để xem thử)
    .hint-expired = bài đó đã hết hạn lúc { $date } và không còn trên trang: hãy bỏ liên kết, hoặc sửa mục `expires` của bài

### content/taxonomy.rs

taxonomy-spellings-clash = giá trị `{ $spelling }` và `{ $name }` của mục `{ $taxonomy }` có cùng một địa chỉ (URL) { $path }
    .hint = `{ $spelling }` được viết ở { $count } trang, ví dụ { $file }; `{ $name }` ở { $name_count } trang, ví dụ { $name_file }; nếu là cùng một giá trị, hãy viết giống nhau

### content/provinces.rs

province-unknown = `{ $spelling }` không thuộc 63 tỉnh, thành phố; nó được liệt kê riêng trên trang tỉnh thành
    .hint-closest = có phải ý bạn là `{ $province }`? (có { $count } trang dùng `{ $spelling }`)
    .hint = hãy viết tên chính thức của tỉnh, thành phố, ví dụ `Hà Giang` (có { $count } trang dùng `{ $spelling }`)

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
shortcode-curly-quote = mã chèn (shortcode): `{ $quote }` là dấu ngoặc kép cong; chuỗi chữ trong mã chèn phải dùng dấu ngoặc kép thẳng `"`
    .hint = hãy viết tham số dạng key="chữ" bằng phím " (trình soạn thảo văn bản hay tự đổi nó thành dấu ngoặc kép cong “ ”)
shortcode-list-expected-comma = mã chèn (shortcode): cần dấu `,` hoặc `]` trong danh sách
shortcode-not-a-value = mã chèn (shortcode): `{ $word }` không phải là giá trị: hãy đặt chuỗi chữ trong dấu ngoặc kép, ví dụ "{ $text }"
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
       *[text] chuỗi chữ trong dấu ngoặc kép
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
template-unknown-field = { $what }: không có trường `{ $field }`
    .detail = các trường có thể dùng: { $fields }
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
    .hint = mỗi trang cần một mục `id:` riêng; xóa mục này để dùng mã tạo từ ngày và địa chỉ (URL) của trang

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
output-holds-other-files = thư mục này đã có những tệp không do loa ghi (không có tệp đánh dấu { $marker }); hãy xóa các tệp đó hoặc chọn thư mục khác
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
    .hint-single = bài chỉ gồm một tệp .md thì dùng được ảnh trong static/ (viết `/anh/x.jpg`); muốn để ảnh cạnh bài, hãy chuyển bài thành một thư mục có tệp index.md

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

## Các lệnh và bản xem trước trực tiếp

### src/cli/build.rs

cli-loa-now-invalid = LOA_NOW={ $value } không phải là một thời điểm ({ $reason })
    .hint = hãy viết ngày giờ theo chuẩn RFC 3339, ví dụ LOA_NOW=2026-11-26T12:00:00+07:00, hoặc bỏ biến LOA_NOW để dùng giờ thật
cli-build-progress = { $spinner } đang dựng { $pos }/{ $len } { $bar } { $elapsed }
cli-build-summary = Đã dựng { $pages } bài, { $sections } chuyên mục ({ $files } tệp từ mẫu giao diện) trong { $seconds } giây, vào thư mục { $output }
cli-build-summary-warnings = , { $count } cảnh báo
cli-build-summary-images = ; { $images } ảnh: tạo mới { $made } bản cỡ ảnh, dùng lại { $reused } bản đã lưu sẵn, mất { $seconds } giây
cli-build-summary-drafts = ; bỏ qua { $count } bản nháp (thêm --drafts để dựng cả bản nháp)
cli-build-summary-next-change = ; lần thay đổi tới vào lúc { $at } ({ $what })

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
cli-new-created = Đã tạo { $file } (đây là bản nháp: `loa serve --drafts` sẽ hiện bài; xóa dòng `draft: true` để đăng bài)
cli-new-no-section-page = thư mục { $dir } chưa có tệp _index.md; bài sẽ được xếp vào chuyên mục gần nhất có tệp này

### src/cli/theme.rs

cli-theme-unknown = loa không có sẵn giao diện (theme) `{ $name }`
    .hint = các giao diện có sẵn là: { $themes }
    .hint-closest = có phải ý bạn là `{ $closest }`? các giao diện có sẵn là: { $themes }
cli-theme-files-exist = { $count } tệp của giao diện đã có sẵn; loa theme export không bao giờ ghi đè: { $files }
    .hint = hãy chuyển các tệp đó đi chỗ khác, hoặc xuất ra một thư mục khác (loa theme export { $name } THƯ-MỤC)
cli-theme-files-exist-more = { $count } tệp của giao diện đã có sẵn; loa theme export không bao giờ ghi đè: { $files } và { $more } tệp nữa
cli-theme-exported = Đã ghi { $count } tệp của giao diện { $name } vào { $dir }.
    Trang web có `theme: { $name }` giờ sẽ dùng các tệp này thay cho tệp có sẵn, từng tệp một: hãy xóa những tệp bạn không sửa, để chúng vẫn được cập nhật theo các bản loa mới.

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
serve-port-busy = cổng { $port } đang có chương trình khác dùng (có thể là một `loa serve` khác)
    .hint = hãy dừng chương trình đó (bấm Ctrl+C trong cửa sổ của nó), hoặc chọn cổng khác: `loa serve --port { $next }`
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
