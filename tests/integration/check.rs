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
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "Xem [bài cũ](/khong-co/) và ![ảnh](/anh/khong-co.png).",
    );
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["check", "--root", &root]).failure();
    assert!(
        run.stderr.contains("broken internal link: `/khong-co/`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("broken internal image or file: `/anh/khong-co.png`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("public/a/index.html"), "{}", run.stderr);
    assert!(!site.public().exists());
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
