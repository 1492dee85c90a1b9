//! Taxonomies: one term per slug, warnings for clashing spellings and unknown
//! provinces, term lists in Vietnamese order with counts, the provinces page, and the
//! template functions.

use crate::common::SiteTest;

/// The fixture built, with its stderr.
fn vietnamese() -> (SiteTest, String) {
    let site = SiteTest::fixture("vietnamese");
    let run = site.build().success();
    (site, run.stderr)
}

/// The text between `<main` and `</main>`.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html.find("</main>").unwrap_or(html.len());
    &html[start..end]
}

#[test]
fn case_variants_are_one_term_named_by_the_first_spelling() {
    let (site, stderr) = vietnamese();
    assert!(!stderr.contains("share the URL"), "{stderr}");
    let term = site.read("tinh-thanh/ha-giang/index.html");
    assert!(term.contains("<h1>Hà Giang</h1>"), "{term}");
    assert!(term.contains("/tin-tuc/duong-ve-xa/") && term.contains("/tin-tuc/ong-duong/"));
    // The page that wrote "Hà giang" shows and links the term as first written.
    let page = site.read("tin-tuc/ong-duong/index.html");
    assert!(page.contains(r#"href="/tinh-thanh/ha-giang/""#), "{page}");
    assert!(!main_of(&page).contains("Hà giang"), "{page}");
    // Each term has its feeds.
    assert!(site.exists("tinh-thanh/ha-giang/rss.xml"));
}

#[test]
fn spellings_that_differ_in_marks_warn_naming_both_pages() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: A\ndate: 2020-01-01\nprovinces: [Hà Giang]",
            "",
        )
        .page(
            "content/b.md",
            "title: B\ndate: 2020-02-01\nprovinces: [Hà Giáng]",
            "",
        );
    let run = site.build().success();
    let err = &run.stderr;
    // A tie: the spelling written first (a.md) names the term; the other is flagged.
    assert!(
        err.contains("warning: content/b.md:4:13: provinces `Hà Giáng` and `Hà Giang` share the URL /tinh-thanh/ha-giang/"),
        "{err}"
    );
    assert!(
        err.contains("as in content/a.md"),
        "names the other page: {err}"
    );
    assert_eq!(err.matches("share the URL").count(), 1, "{err}");
    // Still one term, with both pages.
    let term = site.read("tinh-thanh/ha-giang/index.html");
    assert!(term.contains("/a/") && term.contains("/b/"));
}

#[test]
fn term_lists_count_and_sort_in_vietnamese_order() {
    let (site, _) = vietnamese();
    let list = site.read("chu-de/index.html");
    let main = main_of(&list);
    assert!(main.contains("<h1>Chủ đề</h1>"), "{main}");
    let order = [
        "bưu chính",
        "bưu điện văn hóa xã",
        "chuyển đổi số",
        "điển hình tiên tiến",
        "giao thông",
        "nông thôn mới",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|t| {
            main.find(&format!(">{t}<"))
                .unwrap_or_else(|| panic!("{t} in {main}"))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{main}");
    assert!(main.contains(">nông thôn mới</a> (2)"), "{main}");
}

#[test]
fn term_pages_paginate_like_sections() {
    let (site, _) = vietnamese();
    // paginate_by: 2, and Minh Anh wrote three articles.
    let first = site.read("tac-gia/minh-anh/index.html");
    let second = site.read("tac-gia/minh-anh/trang/2/index.html");
    assert!(first.contains("/tin-tuc/giao-thua/") && first.contains("/dien-hinh/thai-binh/"));
    assert!(second.contains("/tin-tuc/duong-ve-xa/"), "{second}");
    assert!(!site.exists("tac-gia/minh-anh/trang/3/index.html"));
}

#[test]
fn provinces_page_lists_all_63_by_region_with_zero_counts() {
    let (site, stderr) = vietnamese();
    assert!(!stderr.contains("not one of the 63"), "{stderr}");
    let html = site.read("tinh-thanh/index.html");
    let main = main_of(&html);
    assert_eq!(main.matches("<li>").count(), 63, "{main}");
    assert!(
        main.contains("4/63"),
        "four provinces have articles: {main}"
    );
    let regions = [
        "Đồng bằng sông Hồng",
        "Trung du và miền núi phía Bắc",
        "Bắc Trung Bộ và duyên hải miền Trung",
        "Tây Nguyên",
        "Đông Nam Bộ",
        "Đồng bằng sông Cửu Long",
    ];
    let at: Vec<usize> = regions.iter().map(|r| main.find(r).expect(r)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]));
    assert!(main.contains(
        r#"<a href="/tinh-thanh/ha-giang/">Hà Giang</a> <span class="count">(2)</span>"#
    ));
    assert!(
        main.contains(r#"<li>Vĩnh Phúc <span class="count">(0)</span>"#),
        "{main}"
    );
    // "TP. Hồ Chí Minh" and "Thành phố Hồ Chí Minh" are one city: two articles.
    assert!(
        main.contains(r#"TP. Hồ Chí Minh</a> <span class="count">(2)</span>"#),
        "{main}"
    );
}

#[test]
fn unknown_provinces_warn_at_the_page_with_a_suggestion() {
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01\nprovinces: [Hà Nội, Hà Giangg]",
        "",
    );
    let run = site.build().success();
    let err = &run.stderr;
    assert!(
        err.contains("`Hà Giangg` is not one of the 63 provinces"),
        "{err}"
    );
    assert!(err.contains("content/a.md:4:21"), "{err}");
    assert!(err.contains("did you mean `Hà Giang`?"), "{err}");
    assert!(!err.contains("`Hà Nội` is not"), "{err}");
    // Listed apart on the provinces page, with its own term page.
    let html = site.read("tinh-thanh/index.html");
    assert!(
        html.contains(r#"<a href="/tinh-thanh/ha-giangg/">Hà Giangg</a>"#),
        "{html}"
    );
}

#[test]
fn templates_look_up_taxonomies_and_terms() {
    let site = SiteTest::fixture("vietnamese").file(
        "templates/index.html",
        r#"{% set tags = get_taxonomy(kind="tags") %}{% for term in tags.terms %}[{{ term.name }}:{{ term.count }}]{% endfor %}
{% set t = get_term(kind="provinces", name="hà giang") %}<p id="term">{{ t.name }} {{ t.url }} {{ t.count }}{% for p in t.pages %} |{{ p.title }}{% endfor %}</p>
{% set missing = get_term(kind="provinces", name="Atlantis") %}<p id="missing">{{ missing is none }}</p>
{% set news = get_section(path="tin-tuc/_index.md") %}{% for p in news.pages %}{% for term in p.taxonomies.provinces %}({{ term.name }} {{ term.url }}){% endfor %}{% endfor %}"#,
    );
    site.build().success();
    let home = site.read("index.html");
    assert!(
        home.contains("[bưu chính:1][bưu điện văn hóa xã:1]"),
        "{home}"
    );
    assert!(home.contains("[nông thôn mới:2]"), "{home}");
    assert!(
        home.contains("Hà Giang /tinh-thanh/ha-giang/ 2 |Ông Dương, người giữ trạm bưu điện |Con đường bê tông về xã vùng cao"),
        "{home}"
    );
    assert!(home.contains(r#"<p id="missing">true</p>"#), "{home}");
    assert!(
        home.contains("(Hà Giang /tinh-thanh/ha-giang/)(Hà Giang /tinh-thanh/ha-giang/)"),
        "{home}"
    );
}

#[test]
fn warnings_point_at_the_whole_term() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: A\ndate: 2020-01-01\nprovinces: [Hà Giang]",
            "",
        )
        .page(
            "content/b.md",
            "title: B\ndate: 2020-01-02\nprovinces: [Hà Giang]",
            "",
        )
        .page(
            "content/c.md",
            "title: C\ndate: 2020-01-03\nprovinces: [Hà Giángg, Hà Giáng]",
            "",
        );
    let run = site.build().success();
    // Column 24 is "Hà Giáng", not the start of "Hà Giángg" at 13.
    assert!(
        run.stderr
            .contains("content/c.md:4:24: provinces `Hà Giáng` and `Hà Giang`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("content/c.md:4:13: `Hà Giángg` is not one of"),
        "{}",
        run.stderr
    );
}

/// Maps reach templates in the order they were built: the built-in page template
/// lists a page's taxonomies in `site.yaml` order on every build (they once came
/// in hash order, different from one run to the next).
#[test]
fn page_taxonomies_keep_the_configured_order() {
    let site = SiteTest::empty()
        .file(
            "site.yaml",
            "title: T\nbase_url: https://example.org\ntaxonomies:\n  - { name: tags, path: chu-de }\n  - { name: provinces, path: tinh-thanh }\n  - { name: authors, path: tac-gia }\n  - { name: units, path: don-vi }\n",
        )
        .file("content/_index.md", "---\ntitle: Trang chủ\n---\n")
        .page(
            "content/bai.md",
            "title: Bài\ndate: 2020-01-01\ntags: [a]\nprovinces: [Hà Giang]\nauthors: [Lan]\nunits: [Bưu điện]",
            "Thân bài.",
        );
    for _ in 0..3 {
        site.build().success();
        let html = site.read("bai/index.html");
        let page = main_of(&html);
        let at = |needle: &str| {
            page.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {page}"))
        };
        let order = [
            at("/chu-de/a/"),
            at("/tinh-thanh/ha-giang/"),
            at("/tac-gia/lan/"),
            at("/don-vi/buu-dien/"),
        ];
        assert!(order.is_sorted(), "{order:?}\n{page}");
    }
}
