//! Building sites: URLs, sections, pages, bundles, dates, publishing rules.

use crate::common::SiteTest;

#[test]
fn builds_pages_sections_and_home_at_pretty_urls() {
    let site = SiteTest::new()
        .page("content/tin-tuc/_index.md", "title: \"Tin tức\"", "Giới thiệu chuyên mục.")
        .page(
            "content/tin-tuc/Đẩy mạnh tuyên truyền.md",
            "title: \"Đẩy mạnh tuyên truyền: Phong trào thi đua\"\ndate: 2016-08-15",
            "Nội dung **bài**.",
        )
        .page(
            "content/tin-tuc/anh/index.md",
            "title: \"Ảnh\"\ndate: 2016-08-16T09:00:00+07:00\nimage: anh.svg\nimage_caption: \"Bưu điện - Văn hóa xã\"",
            "Bài có ảnh.",
        )
        .file("content/tin-tuc/anh/anh.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.build().success();
    assert!(site.exists("index.html"));
    assert!(site.exists("tin-tuc/index.html"));
    assert!(site.exists("tin-tuc/day-manh-tuyen-truyen/index.html"));
    assert!(site.exists("tin-tuc/anh/index.html"));
    assert!(site.exists("tin-tuc/anh/anh.svg"));
    assert!(site.exists("404.html"));
    let page = site.read("tin-tuc/day-manh-tuyen-truyen/index.html");
    assert!(page.contains("Nội dung <strong>bài</strong>."));
    // A bare date is in the site's time zone, and the date reads in Vietnamese.
    assert!(page.contains("2016-08-15T00:00:00+07:00"), "{page}");
    assert!(page.contains("Thứ Hai, 15/08/2016"), "{page}");
    let section = site.read("tin-tuc/index.html");
    assert!(section.contains("Tin tức"));
    assert!(section.contains("/tin-tuc/day-manh-tuyen-truyen/"));
}

#[test]
fn nfd_file_names_and_text_become_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let title: String = "Nông thôn mới".nfd().collect();
    let name: String = "content/nông-thôn-mới.md".nfd().collect();
    let site = SiteTest::new().page(
        &name,
        &format!("title: \"{title}\"\ndate: 2020-01-01"),
        "Chữ tổ hợp.",
    );
    let run = site.build().success();
    assert!(run.stderr.contains("not in Unicode NFC"), "{}", run.stderr);
    let page = site.read("nong-thon-moi/index.html");
    assert!(page.contains("Nông thôn mới"));
}

#[test]
fn custom_slug_pagination_and_sorting() {
    let mut site = SiteTest::new()
        .file(
            "site.yaml",
            "title: T\nbase_url: https://example.org\npaginate_by: 2\n",
        )
        .page("content/a/_index.md", "title: A\nsort_by: weight", "");
    for (i, w) in [(1, 3), (2, 1), (3, 2)] {
        site = site.page(
            &format!("content/a/p{i}.md"),
            &format!("title: \"P{i}\"\ndate: 2020-01-0{i}\nweight: {w}\nslug: \"Bài số {i}\""),
            "",
        );
    }
    site.build().success();
    assert!(site.exists("a/bai-so-1/index.html"));
    let first = site.read("a/index.html");
    let second = site.read("a/trang/2/index.html");
    // weight order: p2 (1), p3 (2) on page 1; p1 (3) on page 2
    assert!(first.find("P2").unwrap() < first.find("P3").unwrap());
    assert!(second.contains("P1"));
}

#[test]
fn drafts_future_and_expired_pages_are_hidden_unless_asked() {
    let site = SiteTest::new()
        .page(
            "content/draft.md",
            "title: D\ndate: 2020-01-01\ndraft: true",
            "",
        )
        .page("content/future.md", "title: F\ndate: 2030-01-01", "")
        .page(
            "content/gone.md",
            "title: G\ndate: 2020-01-01\nexpires: 2021-01-01",
            "",
        )
        .page(
            "content/live.md",
            "title: L\ndate: 2020-01-01\nexpires: 2031-01-01",
            "",
        );
    let run = site.build().success();
    assert!(!site.exists("draft/index.html"));
    assert!(!site.exists("future/index.html"));
    assert!(!site.exists("gone/index.html"));
    assert!(site.exists("live/index.html"));
    assert!(
        run.stdout.contains("next change 2030-01-01T00:00:00+07:00"),
        "{}",
        run.stdout
    );
    let site = site.speaking("vi");
    let vi = site.build().success().stdout;
    assert!(
        vi.contains("lần thay đổi tới vào lúc 00:00 ngày 01/01/2030"),
        "{vi}"
    );
    let site = site.speaking("en");
    let root = site.root().to_string_lossy().into_owned();
    site.run(&["build", "--root", &root, "--drafts", "--future"])
        .success();
    assert!(site.exists("draft/index.html"));
    assert!(site.exists("future/index.html"));
}

#[test]
fn aliases_write_redirect_pages_and_netlify_rules() {
    let site = SiteTest::new().page(
        "content/moi.md",
        "title: M\ndate: 2020-01-01\naliases: [/cu/, \"/tin/bai-cu.html\"]",
        "",
    );
    site.build().success();
    assert!(
        site.read("cu/index.html")
            .contains("https://example.org/moi/")
    );
    assert!(site.exists("tin/bai-cu.html"));
    let rules = site.read("_redirects");
    assert!(rules.contains("/cu/ /moi/ 301"), "{rules}");
    assert!(rules.contains("/tin/bai-cu.html /moi/ 301"));
    // Aliases that would leave the site are errors: see hostile.rs.
}

#[test]
fn internal_links_resolve_to_urls() {
    let site = SiteTest::new()
        .page("content/tin/_index.md", "title: Tin", "")
        .page(
            "content/tin/a.md",
            "title: A\ndate: 2020-01-01",
            "Xem [B](@/tin/b.md#muc-1).",
        )
        .page(
            "content/tin/b.md",
            "title: B\ndate: 2020-01-01",
            "## Mục 1\n",
        );
    site.build().success();
    assert!(
        site.read("tin/a/index.html")
            .contains(r#"href="/tin/b/#muc-1""#)
    );
    assert!(site.read("tin/b/index.html").contains(r#"id="muc-1""#));
}

#[test]
fn site_templates_override_the_built_in_ones() {
    let site = SiteTest::new()
        .page("content/a.md", "title: A\ndate: 2020-01-01", "")
        .file(
            "templates/page.html",
            "<p>riêng: {{ page.title }} {{ page.date.short }}</p>",
        );
    site.build().success();
    assert_eq!(site.read("a/index.html"), "<p>riêng: A 01/01/2020</p>");
}

#[test]
fn data_files_reach_templates() {
    let site = SiteTest::new()
        .file("data/tien-do.yaml", "nam: [2018, 2020]\nty_le: 50\n")
        .file("templates/index.html", "{{ data.tien_do.ty_le }}%");
    site.build().success();
    assert_eq!(site.read("index.html"), "50%");
}

#[test]
fn init_creates_a_site_that_builds() {
    let site = SiteTest::empty();
    site.run(&["init", "moi"]).success();
    let root = site.root().join("moi").to_string_lossy().into_owned();
    site.run(&["build", "--root", &root]).success();
    assert!(
        site.root()
            .join("moi/public/tin-tuc/khai-truong-diem-internet/index.html")
            .exists()
    );
    site.run(&["init", "moi"]).failure();
    // What the build left beside the sources is ignored by git.
    let ignore = std::fs::read_to_string(site.root().join("moi/.gitignore")).expect(".gitignore");
    assert_eq!(ignore, "/public/\n.loa-cache/\n.*.loa-*\n/.loa-bin/\n");
}

#[test]
fn init_keeps_an_existing_gitignore() {
    let site = SiteTest::empty().file("moi/.gitignore", "node_modules/\n");
    site.run(&["init", "moi"]).success();
    assert_eq!(
        std::fs::read_to_string(site.root().join("moi/.gitignore")).expect(".gitignore"),
        "node_modules/\n"
    );
}

#[test]
fn new_creates_a_page_and_never_overwrites() {
    let site = SiteTest::new().page("content/tin/_index.md", "title: Tin", "");
    let root = site.root().to_string_lossy().into_owned();
    site.run(&[
        "new",
        "--root",
        &root,
        "tin/Hội nghị sơ kết 2018",
        "--kind",
        "award",
    ])
    .success();
    let text =
        std::fs::read_to_string(site.root().join("content/tin/hoi-nghi-so-ket-2018.md")).unwrap();
    assert!(text.contains("title: \"Hội nghị sơ kết 2018\""));
    assert!(text.contains("kind: award"));
    site.run(&["new", "--root", &root, "tin/Hội nghị sơ kết 2018"])
        .failure();
    // The new page is a draft: it builds only with --drafts.
    site.run(&["build", "--root", &root, "--drafts"]).success();
    assert!(site.exists("tin/hoi-nghi-so-ket-2018/index.html"));
}

#[test]
fn wrong_usage_exits_2() {
    let site = SiteTest::new();
    assert_eq!(site.run(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(site.run(&["frobnicate"]).code, 2);
}

#[test]
fn a_date_written_without_a_time_shows_without_one() {
    let site = crate::common::SiteTest::new()
        .page("content/a.md", "title: A\ndate: 2020-06-01", "")
        .page("content/b.md", "title: B\ndate: 2020-06-01 09:30", "")
        .file(
            "templates/page.html",
            "{{ page.date.full }}|{{ page.date.time }}",
        );
    site.build().success();
    assert_eq!(site.read("a/index.html"), "Thứ Hai, 01/06/2020|");
    assert_eq!(
        site.read("b/index.html"),
        "Thứ Hai, 01/06/2020, 09:30 (GMT+7)|09:30"
    );
}
