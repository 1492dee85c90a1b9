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
    .hint = kiểm tra cách viết giá trị: danh sách viết là `[a, b]` hoặc thành các dòng `- item`; chuỗi chữ có `:` hay `#` phải đặt trong dấu nháy kép thẳng `"`
yaml-invalid = { $what } không hợp lệ
    .hint = { $what } viết bằng YAML: mỗi dòng một `key: value`; hãy đặt trong dấu nháy kép thẳng `"` chuỗi chữ có `: ` hoặc bắt đầu bằng `[`, `{ "{" }`, `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%` hay `@`
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
yaml-curly-quotes = dấu nháy cong ({ $open }…) không phải dấu nháy của YAML
    .hint = Word tự đổi " thành dấu nháy cong; hãy viết dấu nháy kép thẳng: `{ $fixed }`
# Thay cho tên kiểu của Rust trong lời của bộ đọc YAML ("expected struct RawConfig").
yaml-expected-map = cần các dòng `key: value`

### read.rs

-read-save-as-utf8 = hãy lưu lại với bảng mã UTF-8: trong Notepad chọn File › Save as, ở ô Encoding chọn "UTF-8" ("Unicode" ở đó là UTF-16, "ANSI" là bảng mã cũ)
read-bom = tệp bắt đầu bằng dấu thứ tự byte (BOM, lưu kiểu "UTF-8 with BOM"); loa đã đọc nó như UTF-8
    .hint = lưu lại với bảng mã "UTF-8" không có BOM: một số công cụ hiện dấu này thành ký tự lạ
read-utf16 = tệp dùng bảng mã UTF-16 ("Unicode" của Notepad); loa đã đọc theo bảng mã đó
    .hint = { -read-save-as-utf8 }; Git, Netlify và hầu hết trình soạn thảo đều cần UTF-8
read-utf16-no-bom = tệp dùng bảng mã UTF-16 không có dấu thứ tự byte (BOM), không phải UTF-8
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
    .hint = một số bộ gõ gõ ra tiếng Việt dạng tổ hợp ("Unicode tổ hợp"); hãy đặt trình soạn thảo hoặc Unikey sang "Unicode dựng sẵn"

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
    .detail = { $first } và { $second } đều rơi vào { $path }
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
    .hint-draft = hãy sửa trước khi đăng; `loa build --drafts` sẽ báo các lỗi này là lỗi
    .hint = hãy sửa trước khi đăng; `loa build --future` sẽ báo lỗi của bài hẹn giờ đăng là lỗi

### content/taxonomy.rs

taxonomy-spellings-clash = { $taxonomy } `{ $spelling }` và `{ $name }` trùng một địa chỉ (URL) { $path }
    .hint = `{ $spelling }` được viết ở { $count } trang, ví dụ { $file }; `{ $name }` ở { $name_count } trang, ví dụ { $name_file }; nếu là cùng một giá trị, hãy viết giống nhau

### content/provinces.rs

province-unknown = `{ $spelling }` không thuộc 63 tỉnh, thành phố; nó được liệt kê riêng trên trang tỉnh thành
    .hint-closest = có phải ý bạn là `{ $province }`? (có { $count } trang dùng `{ $spelling }`)
    .hint = hãy viết tên chính thức của tỉnh, thành phố, ví dụ `Hà Giang` (có { $count } trang dùng `{ $spelling }`)
