//! Date archives: the year index, year and month pages, their pagination, the site's
//! time zone, English words, and a section that would take their URL.

use crate::common::SiteTest;

#[test]
fn year_index_counts_articles_per_year_and_month() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let index = site.read("luu-tru/index.html");
    for (url, text) in [
        ("/luu-tru/2019/", "Năm 2019</a> (2)"),
        ("/luu-tru/2019/12/", "Tháng 12</a> (1)"),
        ("/luu-tru/2018/", "Năm 2018</a> (1)"),
        ("/luu-tru/2016/", "Năm 2016</a> (2)"),
        ("/luu-tru/2016/06/", "Tháng 6</a> (2)"),
    ] {
        assert!(
            index.contains(&format!(r#"<a href="{url}">{text}"#)),
            "{url}: {index}"
        );
    }
    assert!(
        !index.contains("/luu-tru/2017/"),
        "no year without articles"
    );
    let years: Vec<usize> = ["2019", "2018", "2016"]
        .iter()
        .map(|y| index.find(&format!("/luu-tru/{y}/")).expect(y))
        .collect();
    assert!(years.windows(2).all(|w| w[0] < w[1]), "newest first");
}

#[test]
fn year_and_month_pages_list_their_articles() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let year = site.read("luu-tru/2016/index.html");
    assert!(year.contains("<h1>Năm 2016</h1>"), "{year}");
    assert!(
        year.contains(r#"<a href="/luu-tru/2016/06/">Tháng 6</a> (2)"#),
        "{year}"
    );
    assert!(year.contains("/tin-tuc/duong-ve-xa/") && year.contains("/tin-tuc/ong-duong/"));
    let month = site.read("luu-tru/2016/06/index.html");
    assert!(month.contains("<h1>Tháng 6/2016</h1>"), "{month}");
    assert!(
        month.contains(r#"<a href="/luu-tru/2016/">Năm 2016</a>"#),
        "{month}"
    );
    assert!(!site.exists("luu-tru/2016/07/index.html"));
}

#[test]
fn pages_are_filed_by_their_date_as_shown() {
    // Written 2019-12-31T23:30:00+00:00: shown as 31/12/2019, filed in December.
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let month = site.read("luu-tru/2019/12/index.html");
    assert!(month.contains("/tin-tuc/giao-thua/") && month.contains("31/12/2019"));
    assert!(!site.exists("luu-tru/2020/index.html"));
    // A date without an offset is in the site's time zone.
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2019-12-31 23:30", "");
    site.build().success();
    assert!(
        site.read("luu-tru/2019/12/index.html")
            .contains(r#"href="/a/""#)
    );
    assert!(!site.exists("luu-tru/2020/index.html"));
}

#[test]
fn archive_pages_paginate_and_speak_english() {
    let mut site = SiteTest::new().file(
        "site.yaml",
        "title: T\nbase_url: https://example.org\nlanguage: en\npaginate_by: 2\n",
    );
    for day in 1..=5 {
        site = site.page(
            &format!("content/p{day}.md"),
            &format!("title: \"Story {day}\"\ndate: 2020-05-0{day}"),
            "",
        );
    }
    site.build().success();
    let first = site.read("luu-tru/2020/05/index.html");
    assert!(first.contains("<h1>May 2020</h1>"), "{first}");
    assert!(first.contains("Story 5") && first.contains("Story 4"));
    assert!(
        first.contains(r#"href="/luu-tru/2020/05/page/2/""#),
        "{first}"
    );
    let last = site.read("luu-tru/2020/05/page/3/index.html");
    assert!(
        last.contains("Story 1") && !last.contains("Story 2"),
        "{last}"
    );
    assert!(site.exists("luu-tru/2020/page/3/index.html"));
    assert!(site.read("luu-tru/index.html").contains(">May</a> (5)"));
}

#[test]
fn a_section_at_the_archive_url_is_an_error() {
    let site = SiteTest::new().page("content/luu-tru/_index.md", "title: Lưu trữ", "");
    let run = site.build().failure();
    assert!(
        run.stderr.contains("content/luu-tru/_index.md"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("/luu-tru/"), "{}", run.stderr);
    assert!(
        run.stderr.contains("the date archives (built in)"),
        "{}",
        run.stderr
    );
}
