//! Rich content in a whole build: every built-in shortcode and chart on one page,
//! highlighted code with its stylesheets, resized images with their cache, and
//! located errors for a misspelt shortcode, a bad argument and a corrupt image.

use std::path::Path;

use crate::common::SiteTest;

const PROGRESS: &str = r#"title: "Tiến độ"
note: "Số liệu minh họa."
series:
  - { key: xa_dat_chuan, label: "Tỷ lệ xã đạt chuẩn", unit: "%", target: 50 }
  - { key: diem_internet, label: "Điểm có Internet", unit: "điểm" }
years:
  - { year: 2016, xa_dat_chuan: 23.5, diem_internet: 4080 }
  - { year: 2018, xa_dat_chuan: 39.5, diem_internet: 5780 }
  - { year: 2020, xa_dat_chuan: 54, diem_internet: 7480 }
"#;

const AWARDS: &str = r#"title: "Khen thưởng 2020"
recipients:
  - { name: "Bưu điện huyện Hòn Mây", province: "Kiên Giang", form: "Cờ thi đua", kind: "tập thể" }
  - { name: "Lò Văn Chiến", province: "Điện Biên", form: "Bằng khen", kind: "cá nhân" }
  - { name: "Phạm Thị Hạnh", province: "Thái Bình", form: "Bằng khen", kind: "cá nhân" }
"#;

const FRONT: &str = "title: \"Tiến độ\"\ndate: 2020-12-01\nimage: anh.png\naward:\n  recipients:\n    - { name: \"Hồ Thị Thu\", province: \"Quảng Trị\", form: \"Bằng khen\" }";

const BODY: &str = r#"Mở đầu.

{{ figure(src="anh.png", caption="Cáp quang về xã", credit="Ảnh: Minh Anh") }}

![Ảnh trong bài](anh.png)

{{ video(youtube="dQw4w9WgXcQ", title="Lễ phát động", poster="anh.png") }}

{{ video(src="clip.mp4", title="Phóng sự") }}

{% quote(author="Nguyễn Văn A") %}
Có **Internet**, bà con biết giá lúa.
{% end %}

{{ stat(data="tien_do", series="xa_dat_chuan") }}

{{ award_table() }}

{{ award_table(data="khen", form="Bằng khen") }}

{{ chart(data="tien_do", kind="line", series="xa_dat_chuan,diem_internet") }}

{{ chart(data="tien_do", kind="bar", series="diem_internet") }}

{{ chart(data="tien_do", kind="progress") }}

{{ chart(data="khen", kind="bar", group_by="province") }}

{{ map_provinces(data="khen") }}

```rust,linenos,hl_lines=2
fn main() {
    println!("{}", 1);
}
```

```
{{ figure() }}
```
"#;

fn rich_site() -> SiteTest {
    SiteTest::new()
        .file("data/tien-do.yaml", PROGRESS)
        .file("data/khen.yaml", AWARDS)
        .file("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        .file("content/tin/bai/anh.png", crate::common::photo())
        .file("content/tin/bai/clip.mp4", b"....")
        .page("content/tin/bai/index.md", FRONT, BODY)
}

#[test]
fn every_shortcode_and_chart_in_one_build() {
    let site = rich_site();
    site.build().success();
    let html = site.read("tin/bai/index.html");
    assert!(html.contains("<figure class=\"figure\">"), "{html}");
    assert!(html.contains("srcset=\"/tin/bai/anh-480w.webp 480w, /tin/bai/anh-960w.webp 960w, /tin/bai/anh-1200w.webp 1200w\""));
    assert!(
        html.contains("alt=\"Ảnh trong bài\" width=\"1200\" height=\"600\""),
        "Markdown images are responsive too"
    );
    assert!(html.contains("class=\"video-frame\"") && !html.contains("<iframe"));
    assert!(html.contains("<video controls preload=\"none\""));
    assert!(html.contains("<blockquote>"));
    assert!(html.contains("class=\"stat stat-reached\""));
    assert!(
        html.contains("Hồ Thị Thu"),
        "award_table() lists the page's own award"
    );
    assert!(
        html.contains("Phạm Thị Hạnh") && !html.contains(">Bưu điện huyện Hòn Mây<"),
        "form= filters"
    );
    for kind in ["chart-line", "chart-bar", "chart-progress", "chart-map"] {
        assert!(html.contains(&format!("class=\"chart {kind}\"")), "{kind}");
    }
    assert_eq!(html.matches("role=\"img\"").count(), 5);
    assert_eq!(html.matches("<table class=\"chart-table\">").count(), 5);
    assert!(
        html.contains("<span class=\"line hl\" data-ln=\"2\">"),
        "{html}"
    );
    assert!(
        html.contains("{{ figure() }}"),
        "shortcodes are not expanded in code"
    );
    for file in [
        "tin/bai/anh.png",
        "tin/bai/anh-480w.png",
        "tin/bai/anh-960w.png",
        "tin/bai/anh-480w.webp",
        "tin/bai/anh-1200w.webp",
        "css/syntax.css",
        "css/syntax-light.css",
        "css/syntax-dark.css",
        "css/rich.css",
    ] {
        assert!(site.exists(file), "{file} missing");
    }
    assert!(
        html.contains("<meta property=\"og:image:width\" content=\"1200\">"),
        "OpenGraph gets the image's size"
    );
    let resized =
        image::image_dimensions(site.public().join("tin/bai/anh-480w.webp")).expect("a real WebP");
    assert_eq!(resized, (480, 240));
}

#[test]
fn a_second_build_reuses_the_image_cache() {
    let site = rich_site();
    site.build().success();
    let cache = site.root().join(".loa-cache/images");
    let variants = |dir: &std::path::Path| {
        std::fs::read_dir(dir)
            .expect("cache folder")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("-p"))
            .count()
    };
    let cached = variants(&cache);
    assert!(
        cache.join("hashes.tsv").is_file(),
        "content hashes are remembered"
    );
    // 480 and 960 px PNG, 480, 960 and 1200 px WebP (the original is its own
    // OpenGraph image).
    assert_eq!(cached, 5, "files in the cache");
    let first = std::fs::read(site.public().join("tin/bai/anh-960w.png")).expect("variant");
    site.build().success();
    assert_eq!(variants(&cache), cached);
    assert_eq!(
        std::fs::read(site.public().join("tin/bai/anh-960w.png")).expect("variant"),
        first
    );
}

#[test]
fn misspelt_shortcodes_and_bad_arguments_are_located() {
    let site = SiteTest::new()
        .file("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        .page(
            "content/tin/a.md",
            "title: A\ndate: 2020-01-01",
            "Một.\n\n{{ figur(src=\"x.png\") }}\n\n{{ quote(text=\"a\", autor=\"B\") }}\n",
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/tin/a.md:7:4: unknown shortcode `figur`"),
        "{err}"
    );
    assert!(err.contains("did you mean `figure`?"), "{err}");
    assert!(
        err.contains("content/tin/a.md:9:20: shortcode `quote` has no argument `autor`"),
        "{err}"
    );
    assert!(err.contains("did you mean `author`?"), "{err}");
}

#[test]
fn a_corrupt_image_names_the_page_and_the_file() {
    let mut bytes = crate::common::photo();
    bytes.truncate(200);
    let site = SiteTest::new()
        .file("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        .file("content/tin/bai/hong.png", bytes)
        .page(
            "content/tin/bai/index.md",
            "title: A\ndate: 2020-01-01",
            "{{ figure(src=\"hong.png\") }}\n",
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/tin/bai/index.md:5:1: image `content/tin/bai/hong.png`"),
        "{err}"
    );
    assert!(err.contains("corrupt"), "{err}");
}

#[test]
fn the_campaign_progress_page_shows_every_chart() {
    let site = SiteTest::campaign();
    site.build().success();
    let html = site.read("tien-do-phong-trao/index.html");
    for class in [
        "class=\"chart chart-line\"",
        "class=\"chart chart-bar\"",
        "class=\"chart chart-progress\"",
        "class=\"chart chart-map\"",
        "class=\"stat stat-reached\"",
        "class=\"figure\"",
        "class=\"quote\"",
        "class=\"award-table\"",
        "<video controls preload=\"none\"",
    ] {
        assert!(html.contains(class), "{class} missing");
    }
    assert!(site.exists("video/trinh-chieu-phong-trao.mp4"));
    assert!(
        !html.contains("{{") && !html.contains("{%"),
        "every call was expanded"
    );
    assert!(html.contains("<link rel=\"stylesheet\" href=\"/css/rich.css\">"));
    assert!(site.exists("css/rich.css"));
}

#[test]
fn a_copy_of_a_built_in_shortcode_overrides_it_in_the_site_and_the_theme() {
    // The built-in figure calls `picture` and `md_inline`, which only shortcode
    // templates have: the page templates must not compile the site's copy.
    let figure = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/markdown/shortcodes/templates/figure.html"),
    )
    .expect("the built-in figure");
    let quote = "<blockquote class=\"cua-theme\">{{ body | md_inline }}</blockquote>";
    let site = SiteTest::new()
        .file("site.yaml", "title: T\nbase_url: https://example.org\ntheme: rieng\n")
        .file("themes/rieng/templates/shortcodes/quote.html", quote)
        .file(
            "templates/shortcodes/figure.html",
            format!("<div class=\"cua-trang\">{figure}</div>"),
        )
        .file("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        .file("content/tin/bai/index.md", "---\ntitle: Bài\ndate: 2020-01-01\n---\n{{ figure(src=\"anh.svg\", caption=\"Ảnh *đẹp*\") }}\n\n{% quote() %}\nLời **trích**.\n{% end %}\n")
        .file(
            "content/tin/bai/anh.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\"></svg>",
        );
    site.build().success();
    let page = site.read("tin/bai/index.html");
    assert!(page.contains("<div class=\"cua-trang\">"), "{page}");
    assert!(page.contains("<em>đẹp</em>"), "{page}");
    assert!(page.contains("<blockquote class=\"cua-theme\">"), "{page}");
}

#[test]
fn image_names_with_spaces_and_marks_are_percent_encoded() {
    let site = SiteTest::new()
        .file("content/tin/bai/ảnh đẹp 1.png", crate::common::photo())
        .page(
            "content/tin/bai/index.md",
            "title: Bài\ndate: 2020-01-01\nimage: \"ảnh đẹp 1.png\"",
            "![Quang cảnh](<ảnh đẹp 1.png>)\n",
        );
    site.build().success();
    let encoded = "/tin/bai/%E1%BA%A3nh%20%C4%91%E1%BA%B9p%201";
    let html = site.read("tin/bai/index.html");
    assert!(!html.contains("ảnh đẹp 1"), "raw names in URLs: {html}");
    assert!(html.contains(&format!("src=\"{encoded}")), "{html}");
    assert!(html.contains(&format!("srcset=\"{encoded}")), "{html}");
    assert!(
        html.contains(&format!(
            "property=\"og:image\" content=\"https://example.org{encoded}"
        )),
        "{html}"
    );
    let rss = site.read("rss.xml");
    assert!(
        rss.contains(&format!("url=\"https://example.org{encoded}")),
        "{rss}"
    );
    assert!(
        site.exists("tin/bai/ảnh đẹp 1.png"),
        "the file keeps its name"
    );
}
