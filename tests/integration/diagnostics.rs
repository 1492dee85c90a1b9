//! What an editor sees: every mistake of issue 15 in one site, built once in Vietnamese
//! (the site's language) and once with `LOA_LANG=en`, the terminal output snapshotted so
//! a reviewer reads the messages as they are printed. The previous output stays whole.

use crate::common::{Run, SiteTest};

/// One file per mistake an editor makes, each where a real one would be.
fn broken_content(site: SiteTest) -> SiteTest {
    site.file("content/tin-tuc/_index.md", "---\ntitle: Tin tức\n---\n")
        .page(
            "content/tin-tuc/tot.md",
            "title: Bài đúng\ndate: 2018-06-01",
            "Nội dung.\n",
        )
        // Word's curly quotes around a title with a colon.
        .page(
            "content/tin-tuc/nhay-cong.md",
            "title: “Hội nghị sơ kết: kết quả”\ndate: 2018-06-01",
            "Nội dung.\n",
        )
        // A non-breaking space pasted after the colon.
        .page(
            "content/tin-tuc/cach-khong-ngat.md",
            "title:\u{a0}Hội nghị\ndate: 2018-06-01",
            "Nội dung.\n",
        )
        // A tab in the indentation.
        .page(
            "content/tin-tuc/tab.md",
            "title: Hội nghị\ndate: 2018-06-01\nextra:\n\tnguon: Sở TT&TT",
            "Nội dung.\n",
        )
        // Tags written as one text.
        .page(
            "content/tin-tuc/chu-de.md",
            "title: Hội nghị\ndate: 2018-06-01\ntags: thi đua, nông thôn mới",
            "Nội dung.\n",
        )
        // A key misspelt and a date that is not one.
        .page(
            "content/tin-tuc/go-nham.md",
            "titel: Hội nghị\ndate: 2018-13-45",
            "Nội dung.\n",
        )
        // An image and a link to nothing, and an unknown shortcode.
        .page(
            "content/tin-tuc/anh.md",
            "title: Ảnh hội nghị\ndate: 2018-06-01",
            "Ảnh:\n\n![ảnh](khong-co.png)\n\nXem [bài](/khong-co/).\n\n{{ bieu_do() }}\n",
        )
        // A half-written draft: a warning, not an error.
        .page(
            "content/tin-tuc/nhap.md",
            "title: Bản nháp\ndate: 2018-06-01\ndraft: true\ntags: [a",
            "",
        )
        // A template mistake, found in the same run as the content's.
        .file("templates/section.html", "<h1>{{ section.titel }}</h1>\n")
        // A folder with no _index.md.
        .page(
            "content/dien-hinh/nguoi-tot.md",
            "title: Người tốt\ndate: 2018-06-01",
            "Nội dung.\n",
        )
}

/// A site whose templates are wrong: a misspelt field on every page, an unclosed `if`.
fn broken_templates(site: SiteTest) -> SiteTest {
    let mut site = site
        .file(
            "templates/page.html",
            "<h1>{{ page.titel }}</h1>\n{{ page.content | safe }}\n",
        )
        .file(
            "templates/section.html",
            "{% if section.pages %}\n<p>{{ section.title }}</p>\n",
        )
        .file(
            "templates/index.html",
            "<h1>{{ section.title | slugfy }}</h1>\n",
        );
    for n in 1..=3 {
        site = site.page(
            &format!("content/bai-{n}.md"),
            &format!("title: Bài {n}\ndate: 2018-06-0{n}"),
            "Nội dung.\n",
        );
    }
    site
}

/// A `site.yaml` with a misspelt key and a menu link to nothing.
fn broken_config(site: SiteTest) -> SiteTest {
    site.file(
        "site.yaml",
        "title: \"Chuyên trang\"\nbase_url: \"https://example.org\"\nlanguge: vi\nmenu:\n  - { name: \"Tin tức\", url: \"/tin-tuc/\" }\n",
    )
}

/// Builds a good site in `language`, then `breaks` it and builds again: checks that
/// the second build failed and left the first one's output whole, and returns what
/// the terminal showed.
fn failed_build(breaks: fn(SiteTest) -> SiteTest, language: &'static str) -> String {
    let site = SiteTest::new().speaking(language);
    site.build().success();
    let before = site.read("index.html");
    let site = breaks(site);
    let run: Run = site.build().failure();
    assert_eq!(
        site.read("index.html"),
        before,
        "the previous output is untouched"
    );
    run.stderr
}

macro_rules! snapshot {
    ($name:literal, $text:expr) => {
        insta::with_settings!({ prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!($name, $text);
        })
    };
}

#[test]
fn content_mistakes_in_vietnamese() {
    snapshot!("content_vi", failed_build(broken_content, "vi"));
}

#[test]
fn content_mistakes_in_english() {
    snapshot!("content_en", failed_build(broken_content, "en"));
}

#[test]
fn template_mistakes_in_vietnamese() {
    snapshot!("templates_vi", failed_build(broken_templates, "vi"));
}

#[test]
fn template_mistakes_in_english() {
    snapshot!("templates_en", failed_build(broken_templates, "en"));
}

#[test]
fn config_mistakes_in_vietnamese() {
    snapshot!("config_vi", failed_build(broken_config, "vi"));
}

#[test]
fn config_mistakes_in_english() {
    snapshot!("config_en", failed_build(broken_config, "en"));
}

#[test]
fn the_site_language_decides_without_loa_lang() {
    let vi = failed_build(broken_config, "");
    assert!(vi.contains("lỗi: site.yaml:3:1"), "{vi}");
    let en = failed_build(
        |site| {
            site.file(
                "site.yaml",
                "title: \"A site\"\nbase_url: \"https://example.org\"\nlanguage: en\nlanguge: vi\n",
            )
        },
        "",
    );
    assert!(en.contains("error: site.yaml:4:1"), "{en}");
}
