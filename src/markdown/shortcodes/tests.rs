use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::parse::ArgValue;
use super::*;
use crate::content::front_matter::{Award, Recipient};
use crate::markdown::{MarkdownSource, Rendered, render};

/// A site folder with a bundle page (`content/tin/bai/` holding `anh.png`), the
/// data files the campaign uses, and optional site templates.
struct Harness {
    dir: tempfile::TempDir,
    shortcodes: Shortcodes,
}

fn data() -> serde_json::Value {
    serde_json::json!({
        "tien_do": {
            "title": "Tiến độ phong trào",
            "note": "Số liệu minh họa.",
            "series": [
                {"key": "communes_standard_pct", "label": "Tỷ lệ xã đạt chuẩn", "unit": "%", "target": 50},
                {"key": "bdvhx_internet", "label": "Điểm BĐ-VHX có Internet", "unit": "điểm"}
            ],
            "years": [
                {"year": 2016, "communes_standard_pct": 23.5, "bdvhx_internet": 4080},
                {"year": 2020, "communes_standard_pct": 54, "bdvhx_internet": 7480}
            ]
        },
        "khen_thuong_2020": {
            "title": "Khen thưởng 2020",
            "recipients": [
                {"name": "Phạm Thị Hạnh", "province": "Thái Bình", "form": "Bằng khen", "kind": "cá nhân"},
                {"name": "Bưu điện huyện Hòn Mây", "province": "Kiên Giang", "form": "Cờ thi đua", "kind": "tập thể"},
                {"name": "Đặng Văn Hiếu", "province": "Kiên Giang", "form": "Bằng khen", "kind": "cá nhân"},
                {"name": "Nguyễn Thị Hoa", "province": "Bắc Ninh", "form": "Bằng khen", "kind": "cá nhân"}
            ]
        },
        "sai_tinh": {"recipients": [{"name": "A", "province": "Hà Tây"}]}
    })
}

/// A 1200 × 600 PNG that does not compress (so it gets resized copies).
static PHOTO: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    let mut seed = 7u32;
    let image = image::RgbImage::from_fn(1200, 600, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        image::Rgb([(seed >> 24) as u8, (seed >> 16) as u8, 60])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
});

fn harness(templates: &[(&str, &str)]) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("content/tin/bai");
    std::fs::create_dir_all(&bundle).unwrap();
    std::fs::write(bundle.join("anh.png"), &*PHOTO).unwrap();
    std::fs::write(bundle.join("clip.mp4"), b"....").unwrap();
    for (name, text) in templates {
        let p = dir.path().join("templates/shortcodes").join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let config = crate::config::Config::parse(
        "title: T\nbase_url: https://example.org\n",
        Path::new("site.yaml"),
    )
    .unwrap();
    let images = Arc::new(ImageStore::new(
        dir.path(),
        Arc::new(crate::files::SiteFiles::static_only(dir.path())),
    ));
    let shortcodes = Shortcodes::new(
        dir.path(),
        &config,
        &crate::theme::Theme::default(),
        Arc::new(data()),
        images,
    )
    .unwrap();
    Harness { dir, shortcodes }
}

impl Harness {
    fn bundle(&self) -> PathBuf {
        self.dir.path().join("content/tin/bai")
    }

    fn render_with(&self, md: &str, award: Option<&Award>) -> Result<Rendered, Vec<Diagnostic>> {
        let bundle = self.bundle();
        let scope = PageScope {
            shortcodes: &self.shortcodes,
            page: crate::templating::Obj::new().set("title", "Bài").done(),
            page_ref: crate::images::PageRef {
                url: "/tin/bai/",
                bundle_dir: Some(&bundle),
            },
            award,
            id_prefix: "bai".into(),
        };
        // Three lines of front matter: the body starts on line 5.
        let file_text = format!("---\ntitle: Bài\ndate: 2020-01-01\n---\n{md}");
        let links = HashMap::new();
        let source = MarkdownSource {
            file: Path::new("content/tin/bai/index.md"),
            file_text: &file_text,
            first_line: 5,
            links: &links,
            unpublished: &HashMap::new(),
            rich: Some(&scope),
        };
        render(md, &source)
    }

    fn html(&self, md: &str) -> String {
        match self.render_with(md, None) {
            Ok(r) => r.html,
            Err(e) => panic!(
                "{}",
                e.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
        }
    }

    fn error(&self, md: &str) -> String {
        let errors = self.render_with(md, None).expect_err("expected an error");
        errors[0].to_string()
    }
}

#[test]
fn scans_inline_body_and_escaped_calls() {
    let text = "a {{ f(x=\"y\", n=-2, r=1.5, b=true, l=[1, 'z']) }} b {% q() %}body{% end %} {{/* f() */}} {{ not a call }}";
    let (pieces, errors) = scan(text, &[]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(pieces.len(), 3);
    let Piece::Call(f) = &pieces[0] else { panic!() };
    assert_eq!(f.name, "f");
    let values: Vec<&ArgValue> = f.args.iter().map(|a| &a.value).collect();
    assert_eq!(
        values,
        [
            &ArgValue::Str("y".into()),
            &ArgValue::Int(-2),
            &ArgValue::Float(1.5),
            &ArgValue::Bool(true),
            &ArgValue::List(vec![ArgValue::Int(1), ArgValue::Str("z".into())])
        ]
    );
    let Piece::Call(q) = &pieces[1] else { panic!() };
    assert_eq!(&text[q.body.clone().unwrap()], "body");
    assert_eq!(
        pieces[2],
        Piece::Literal {
            range: pieces[2].range().clone(),
            text: "{{ f() }}".into()
        }
    );
}

#[test]
fn syntax_errors_are_located() {
    for (text, wanted) in [
        ("{{ f(x=“y”) }}", "typographic quote"),
        ("{{ f(x=\"y) }}", "never closed"),
        ("{{ f(x) }}", "expected `=`"),
        ("{{ f(x=1, x=2) }}", "given twice"),
        ("{{ f(x=y) }}", "not a value"),
        ("{% f() }}", "closes with `}}`"),
        ("{% f() %} no end", "never closed with `{% end %}`"),
        ("text {% end %}", "without a shortcode"),
    ] {
        let (_, errors) = scan(text, &[]);
        assert_eq!(errors.len(), 1, "{text}");
        assert!(
            errors[0].message.contains(wanted),
            "{text}: {}",
            errors[0].message
        );
    }
}

#[test]
fn code_blocks_and_spans_are_left_alone() {
    let h = harness(&[]);
    let md = "`{{ figure(src=\"x\") }}`\n\n```\n{{ figure(src=\"x\") }}\n```\n\n    {{ figure(src=\"x\") }}\n";
    let html = h.html(md);
    assert_eq!(html.matches("{{ figure(src=").count(), 3, "{html}");
    assert!(!html.contains("<figure"));
}

#[test]
fn escaped_calls_print_literally() {
    let h = harness(&[]);
    assert_eq!(
        h.html("Viết {{/* figure(src=\"a.png\") */}} để chèn ảnh.\n"),
        // Escaped as any HTML text is (the one HTML escaper also escapes quotes).
        "<p>Viết {{ figure(src=&quot;a.png&quot;) }} để chèn ảnh.</p>\n"
    );
}

#[test]
fn figure_has_responsive_image_caption_and_credit() {
    let h = harness(&[]);
    let html = h.html("Đoạn đầu.\n\n{{ figure(src=\"anh.png\", caption=\"Cáp quang *về* xã\", credit=\"Ảnh: Minh Anh\") }}\n\nĐoạn sau.\n");
    assert!(html.contains("<figure class=\"figure\">"), "{html}");
    assert!(
        !html.contains("<p><figure"),
        "a call alone on its line is a block: {html}"
    );
    assert!(html.contains("<source type=\"image/webp\" srcset=\"/tin/bai/anh-480w.webp 480w, /tin/bai/anh-960w.webp 960w, /tin/bai/anh-1200w.webp 1200w\""));
    assert!(
        html.contains("alt=\"Cáp quang về xã\""),
        "alt defaults to the caption's text: {html}"
    );
    assert!(html.contains("width=\"1200\" height=\"600\""));
    assert!(html.contains("loading=\"lazy\""));
    assert!(html.contains("<figcaption>Cáp quang <em>về</em> xã <span class=\"credit\">Ảnh: Minh Anh</span></figcaption>"));
    assert!(html.ends_with("<p>Đoạn sau.</p>\n"));
}

#[test]
fn bad_arguments_are_errors_at_their_line_and_column() {
    let h = harness(&[]);
    let e = h.error("Mở đầu.\n\n{{ figure(src=\"anh.png\", captoin=\"x\") }}\n");
    assert!(
        e.starts_with(
            "error: content/tin/bai/index.md:7:26: shortcode `figure` has no argument `captoin`"
        ),
        "{e}"
    );
    assert!(e.contains("did you mean `caption`?"), "{e}");
    let e = h.error("{{ figure(src=\"khong-co.png\") }}\n");
    assert!(e.starts_with("error: content/tin/bai/index.md:5:11: shortcode `figure`: image not found: `khong-co.png`"), "{e}");
    let e = h.error("{{ figure(caption=\"x\") }}\n");
    assert!(e.contains("shortcode `figure` needs `src`"), "{e}");
    let e = h.error("{{ figure(src=1) }}\n");
    assert!(
        e.contains("`src` takes text in quotes, not a whole number"),
        "{e}"
    );
    let e = h.error("{% stat(value=1, label=\"x\") %}x{% end %}\n");
    assert!(e.contains("shortcode `stat` takes no body"), "{e}");
    let html = h.html("{% figure(src=\"anh.png\") %}Chú thích *dài*{% end %}\n");
    assert!(
        html.contains("<figcaption>Chú thích <em>dài</em></figcaption>"),
        "a figure's body is its caption: {html}"
    );
}

#[test]
fn unknown_shortcode_suggests_the_closest() {
    let h = harness(&[]);
    let e = h.error("Một\nhai {{ figur(src=\"anh.png\") }}\n");
    assert!(
        e.starts_with("error: content/tin/bai/index.md:6:8: unknown shortcode `figur`"),
        "{e}"
    );
    assert!(e.contains("did you mean `figure`?"), "{e}");
    assert!(e.contains(" 6 | hai {{ figur"), "{e}");
}

#[test]
fn video_loads_nothing_from_a_third_party_before_the_click() {
    let h = harness(&[]);
    let html = h.html("{{ video(youtube=\"https://youtu.be/dQw4w9WgXcQ\", title=\"Lễ phát động\", poster=\"anh.png\") }}\n");
    assert!(!html.contains("<iframe"), "{html}");
    assert!(
        html.contains(
            "data-embed=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1\""
        )
    );
    assert!(
        html.contains("href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\""),
        "works without JavaScript: {html}"
    );
    for attr in ["src=\"", "srcset=\""] {
        for part in html.split(attr).skip(1) {
            assert!(part.starts_with('/'), "only local files load: {attr}{part}");
        }
    }
    assert!(html.contains("Video được tải từ YouTube chỉ khi bạn bấm phát."));
    let own = h.html("{{ video(src=\"clip.mp4\", poster=\"anh.png\") }}\n");
    assert!(own.contains("<video controls preload=\"none\""), "{own}");
    assert!(own.contains("<source src=\"/tin/bai/clip.mp4\" type=\"video/mp4\">"));
    assert!(
        h.error("{{ video(youtube=\"abc\", title=\"x\") }}\n")
            .contains("not a YouTube video id")
    );
    assert!(
        h.error("{{ video(youtube=\"dQw4w9WgXcQ\") }}\n")
            .contains("needs a title")
    );
    assert!(
        h.error("{{ video(src=\"clip.mp4\", youtube=\"dQw4w9WgXcQ\") }}\n")
            .contains("exactly one of")
    );
    assert!(
        h.error("{{ video(facebook=\"https://example.org/v\", title=\"x\") }}\n")
            .contains("not a Facebook video link")
    );
}

#[test]
fn quote_takes_text_or_a_markdown_body() {
    let h = harness(&[]);
    let html = h.html("{% quote(author=\"Nguyễn Văn A\", role=\"Chủ tịch xã\") %}\nCó **Internet**, bà con biết giá lúa.\n{% end %}\n");
    assert!(
        html.contains("<blockquote>\n<p>Có <strong>Internet</strong>, bà con biết giá lúa.</p>"),
        "{html}"
    );
    assert!(html.contains("<span class=\"quote-author\">Nguyễn Văn A</span>, <span class=\"quote-role\">Chủ tịch xã</span>"));
    let inline = h.html("{{ quote(text=\"Ngắn gọn\", source=\"Báo Nhân Dân\") }}\n");
    assert!(
        inline.contains("<p>Ngắn gọn</p></blockquote>")
            && inline.contains("<cite>Báo Nhân Dân</cite>"),
        "{inline}"
    );
    assert!(
        h.error("{% quote(text=\"a\") %}b{% end %}\n")
            .contains("not both")
    );
    assert!(
        h.error("{{ quote(author=\"a\") }}\n")
            .contains("quotation is missing")
    );
}

#[test]
fn stat_from_arguments_or_from_data() {
    let h = harness(&[]);
    let html = h.html("{{ stat(value=7480, unit=\"điểm\", label=\"Điểm BĐ-VHX có Internet\") }}\n");
    assert!(
        html.contains(
            "<data value=\"7480\">7.480</data><span class=\"stat-unit\">\u{a0}điểm</span>"
        ),
        "{html}"
    );
    let html = h.html("{{ stat(data=\"tien_do\", series=\"communes_standard_pct\") }}\n");
    assert!(html.contains("stat-reached"), "{html}");
    assert!(
        html.contains("<data value=\"54\">54</data><span class=\"stat-unit\">%</span>"),
        "{html}"
    );
    assert!(
        html.contains("(2020)")
            && html.contains("Mục tiêu: 50%")
            && html.contains("Đã đạt mục tiêu"),
        "{html}"
    );
    let e = h.error("{{ stat(data=\"tien_do\", series=\"xa_dat_chuan\") }}\n");
    assert!(
        e.contains(":5:25: shortcode `stat`: no series `xa_dat_chuan`"),
        "{e}"
    );
    let e = h.error("{{ stat(data=\"tien-dox\", series=\"a\") }}\n");
    assert!(
        e.contains("no data file `tien-dox`") && e.contains("did you mean `tien_do`?"),
        "{e}"
    );
}

#[test]
fn award_table_from_data_or_the_award_page() {
    let h = harness(&[]);
    let html = h.html("{{ award_table(data=\"khen_thuong_2020\") }}\n");
    assert!(
        html.contains("<caption>Bằng khen (3 tập thể, cá nhân)</caption>"),
        "{html}"
    );
    // People by given name: Hạnh, Hiếu, Hoa.
    let order: Vec<usize> = ["Phạm Thị Hạnh", "Đặng Văn Hiếu", "Nguyễn Thị Hoa"]
        .iter()
        .map(|n| html.find(n).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{html}");
    let only = h.html("{{ award_table(data=\"khen_thuong_2020\", form=\"Cờ thi đua\") }}\n");
    assert!(only.contains("Hòn Mây") && !only.contains("Hạnh"));
    assert!(
        h.error("{{ award_table(data=\"khen_thuong_2020\", form=\"Huân chương\") }}\n")
            .contains("Bằng khen, Cờ thi đua")
    );
    assert!(h.error("{{ award_table() }}\n").contains("no `award:`"));
    let award = Award {
        decision: None,
        date: None,
        issuer: None,
        recipients: vec![Recipient {
            name: "Lò Văn Chiến".into(),
            form: Some("Bằng khen".into()),
            ..Recipient::default()
        }],
    };
    let html = h
        .render_with("{{ award_table() }}\n", Some(&award))
        .unwrap()
        .html;
    assert!(html.contains("Lò Văn Chiến"), "{html}");
}

#[test]
fn charts_and_maps_from_data() {
    let h = harness(&[]);
    let html = h.html("{{ chart(data=\"tien_do\", kind=\"line\", series=\"communes_standard_pct\", caption=\"Nguồn: *minh họa*\") }}\n");
    assert!(
        html.contains("<figure class=\"chart chart-line\" id=\"bai-1\">"),
        "{html}"
    );
    assert!(html.contains("<figcaption>Nguồn: <em>minh họa</em></figcaption>"));
    assert!(
        h.html("{{ chart(data=\"tien_do\", kind=\"bar\", series=\"bdvhx_internet\") }}")
            .contains("chart-bar")
    );
    assert!(
        h.html("{{ chart(data=\"tien_do\", kind=\"progress\") }}")
            .contains("chart-progress")
    );
    assert!(
        h.html("{{ chart(data=\"khen_thuong_2020\", kind=\"bar\", group_by=\"province\") }}")
            .contains("Kiên Giang")
    );
    let map = h.html("{{ map_provinces(data=\"khen_thuong_2020\") }}\n");
    assert!(
        map.contains("<title>Kiên Giang: 2 tập thể, cá nhân</title>"),
        "{map}"
    );
    let e = h.error("{{ chart(data=\"tien_do\", kind=\"pie\") }}\n");
    assert!(
        e.contains(":5:26: shortcode `chart`: `kind` takes one of \"line\", \"bar\", \"progress\""),
        "{e}"
    );
    let e = h.error("{{ chart(data=\"tien_do\", kind=\"bar\") }}\n");
    assert!(e.contains("a bar chart draws one series"), "{e}");
    let e = h.error("{{ map_provinces(data=\"sai_tinh\") }}\n");
    assert!(e.contains("not a province of Viet Nam: `Hà Tây`"), "{e}");
}

#[test]
fn site_templates_override_and_add_shortcodes() {
    let h = harness(&[
        (
            "figure.html",
            "{% set img = image(src=src) %}<div class=\"mine\">{{ img.width }}|{{ caption }}</div>",
        ),
        (
            "note.html",
            "<aside class=\"note {{ kind | default(value='info') }}\">{{ body | markdown }}</aside>",
        ),
        ("broken.html", "{{ missing.field }}"),
    ]);
    assert_eq!(
        h.html("{{ figure(src=\"anh.png\", caption=\"c\") }}\n"),
        "<div class=\"mine\">1200|c</div>\n"
    );
    assert!(
        h.error("{{ figure(src=\"anh.png\", size=2) }}\n")
            .contains("no argument `size`"),
        "built-in arguments stay checked"
    );
    let html = h.html("Trước.\n\n{% note(kind=\"warn\") %}\n*Chú ý*\n{% end %}\n");
    assert!(
        html.contains("<aside class=\"note warn\"><p><em>Chú ý</em></p>\n</aside>"),
        "{html}"
    );
    let e = h.error("A\n\nB {{ broken(x=1) }}\n");
    assert!(
        e.starts_with("error: content/tin/bai/index.md:7:3: shortcode `broken` failed"),
        "{e}"
    );
}

#[test]
fn later_errors_keep_their_file_lines() {
    let h = harness(&[]);
    // A long call before a broken link does not shift the link's reported line.
    let e = h.error("{% quote(author=\"A\") %}\nmột\nhai\n{% end %}\n\n[x](@/khong-co.md)\n");
    assert!(
        e.starts_with("error: content/tin/bai/index.md:10:1: link to a page that does not exist"),
        "{e}"
    );
}

#[test]
fn inline_calls_stay_in_their_paragraph() {
    let h = harness(&[("badge.html", "<b>{{ text }}</b>")]);
    assert_eq!(
        h.html("Hạng {{ badge(text=\"nhất\") }} toàn quốc.\n"),
        "<p>Hạng <b>nhất</b> toàn quốc.</p>\n"
    );
}

#[test]
fn shortcode_templates_share_the_page_filters() {
    // One `num` and one `markdown` for page and shortcode templates: the same
    // number prints the same in both (docs/reference/templates.md).
    let h = harness(&[(
        "so.html",
        "{{ v | num }}|{{ v | num(decimals=2) }}|{{ 108 | num(decimals=1) }}|{{ 7480 | num }}|{{ t | markdown }}",
    )]);
    assert_eq!(
        h.html("{{ so(v=23.456, t=\"*a*\") }}\n"),
        "23,5|23,46|108|7.480|<p><em>a</em></p>\n"
    );
}
