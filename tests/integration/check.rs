//! `loa check`: validates like `build`, plus internal links and images in the
//! rendered HTML, and writes nothing.

use crate::common::SiteTest;

#[test]
fn a_clean_site_passes_and_nothing_is_written() {
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "Xem [trang chủ](/).",
    );
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["check", "--root", &root]).success();
    assert!(run.stdout.contains("no errors"), "{}", run.stdout);
    assert!(!site.public().exists());
}

#[test]
fn broken_internal_links_and_images_are_reported() {
    // A Markdown image or link to nothing is found by the build, at its place in
    // the source; `check` finds the rest (a template's links) in the output.
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "Xem [bài cũ](/khong-co/) và ![ảnh](/anh/khong-co.png).",
    );
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["check", "--root", &root]).failure();
    assert!(
        run.stderr
            .contains("content/a.md:5:29: image not found: `/anh/khong-co.png`"),
        "{}",
        run.stderr
    );
    let site = site.page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "Xem [bài cũ](/khong-co/) và [tệp](/tai-lieu/khong.pdf).",
    );
    let run = site.run(&["check", "--root", &root]).failure();
    assert!(
        run.stderr
            .contains("content/a.md:5:5: link to a page that does not exist: `/khong-co/`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "content/a.md:5:29: link to a file that does not exist: `/tai-lieu/khong.pdf`"
        ),
        "{}",
        run.stderr
    );
    assert!(!site.public().exists());
    // A template's link is only in the output: it is reported at the template's
    // line, once for every page it broke.
    let site = site
        .page("content/a.md", "title: A\ndate: 2020-01-01", "Đúng.")
        .page("content/b.md", "title: B\ndate: 2020-01-02", "Đúng.")
        .file(
            "templates/page.html",
            "<p>{{ page.title }}</p>\n<a href=\"/khong-co/\">x</a>{{ page.content | safe }}",
        );
    let run = site.run(&["check", "--root", &root]).failure();
    assert!(
        run.stderr
            .contains("templates/page.html:2:10: broken internal link: `/khong-co/`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("in 2 pages, e.g. content/a.md"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("broken internal link").count(),
        1,
        "{}",
        run.stderr
    );
}

#[test]
fn check_reports_content_errors_like_build() {
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01\ntittle: x", "");
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["check", "--root", &root]).failure();
    assert!(
        run.stderr
            .contains("content/a.md:4:1: unknown key `tittle`"),
        "{}",
        run.stderr
    );
}

#[test]
fn drafts_and_future_pages_are_checked_when_asked() {
    let site = SiteTest::new()
        .page(
            "content/nhap.md",
            "title: Nháp\ndate: 2020-01-01\ndraft: true",
            "[hỏng](/khong-co/)\n",
        )
        .page(
            "content/sau.md",
            "title: Sau\ndate: 2030-01-01",
            "[hỏng](/cung-khong-co/)\n",
        );
    site.run(&["check"]).success();
    let drafts = site.run(&["check", "--drafts"]).failure();
    assert!(drafts.stderr.contains("/khong-co/"), "{}", drafts.stderr);
    assert!(
        !drafts.stderr.contains("/cung-khong-co/"),
        "{}",
        drafts.stderr
    );
    let future = site.run(&["check", "--future"]).failure();
    assert!(
        future.stderr.contains("/cung-khong-co/"),
        "{}",
        future.stderr
    );
}

#[test]
fn a_build_clock_that_is_not_an_instant_is_an_error() {
    let site = SiteTest::new();
    let run: crate::common::Run = std::process::Command::new(crate::common::loa_binary())
        .env("LOA_LANG", "en")
        .args(["build"])
        .current_dir(site.root())
        .env("LOA_NOW", "ngày mai")
        .output()
        .expect("run loa")
        .into();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("LOA_NOW"), "{}", run.stderr);
    assert!(!site.public().exists());
}
