//! `kind: page`: pages that are not news (about, contact, a legal notice) are
//! rendered, searchable and in `sitemap.xml`, but in no list, feed, archive or
//! news sitemap, and described as a `WebPage`, not a `NewsArticle`.

use crate::common::SiteTest;

fn site() -> SiteTest {
    let site = SiteTest::new()
        .file(
            "content/tin/_index.md",
            "---\ntitle: \"Tin\"\n---\n",
        )
        .page(
            "content/tin/hoi-nghi.md",
            "title: \"Hội nghị sơ kết\"\ndate: 2026-11-25T09:00:00+07:00\ntags: [thi đua]",
            "Tin hội nghị.\n",
        )
        .page(
            "content/gioi-thieu.md",
            "title: \"Giới thiệu chuyên trang\"\ndate: 2026-11-25T10:00:00+07:00\nkind: page\ntags: [thi đua]\nfeatured: true",
            "Chuyên trang giới thiệu phong trào bưuđiệnvănhoá.\n",
        )
        .page(
            "content/tin/lien-he.md",
            "title: \"Liên hệ tòa soạn\"\ndate: 2026-11-25T11:00:00+07:00\nkind: page",
            "Địa chỉ tòa soạn.\n",
        );
    site.build().success();
    site
}

#[test]
fn a_page_is_rendered_as_a_web_page_without_an_embed_card() {
    let site = site();
    let html = site.read("gioi-thieu/index.html");
    assert!(html.contains("\"@type\":\"WebPage\""), "{html}");
    assert!(!html.contains("NewsArticle"), "{html}");
    assert!(html.contains("<meta property=\"og:type\" content=\"website\">"));
    assert!(!html.contains("json+oembed"));
    assert!(!site.exists("gioi-thieu/embed.html"));
    assert!(!site.exists("gioi-thieu/oembed.json"));
    let news = site.read("tin/hoi-nghi/index.html");
    assert!(news.contains("NewsArticle"));
    assert!(site.exists("tin/hoi-nghi/embed.html"));
}

#[test]
fn a_page_is_in_no_list_feed_archive_or_news_sitemap() {
    let site = site();
    for file in [
        "index.html",
        "tin/index.html",
        "rss.xml",
        "atom.xml",
        "feed.json",
        "tin/rss.xml",
        "tin/feed.json",
        "news-sitemap.xml",
        "luu-tru/index.html",
        "luu-tru/2026/index.html",
        "luu-tru/2026/11/index.html",
        "chu-de/thi-dua/index.html",
        "chu-de/thi-dua/rss.xml",
        "embed/index.html",
        "embed/tin/index.html",
    ] {
        let text = site.read(file);
        // The archive index lists months, not stories.
        if file != "luu-tru/index.html" {
            assert!(text.contains("/tin/hoi-nghi/"), "{file} lost the news");
        }
        for page in ["/gioi-thieu/", "/tin/lien-he/"] {
            assert!(!text.contains(page), "{file} lists {page}");
        }
    }
    // The tag counts the news alone.
    let tags = site.read("chu-de/index.html");
    assert!(tags.contains("thi đua"), "{tags}");
}

#[test]
fn a_page_is_searchable_and_in_the_sitemap() {
    let site = site();
    let sitemap = site.read("sitemap.xml");
    assert!(
        sitemap.contains("https://example.org/gioi-thieu/"),
        "{sitemap}"
    );
    assert!(
        sitemap.contains("https://example.org/tin/lien-he/"),
        "{sitemap}"
    );
    let documents: String = site
        .output_files()
        .iter()
        .filter(|f| f.starts_with("search/d/"))
        .map(|f| site.read(f))
        .collect();
    assert!(documents.contains("\"/gioi-thieu/\""), "{documents}");
    assert!(documents.contains("\"/tin/lien-he/\""), "{documents}");
}

#[test]
fn loa_new_makes_a_page_of_every_kind_that_builds() {
    let site = SiteTest::new().file("content/tin/_index.md", "---\ntitle: \"Tin\"\n---\n");
    for kind in ["article", "model", "achievement", "award", "page"] {
        site.run(&["new", &format!("tin/Thử {kind}"), "--kind", kind])
            .success();
        let text = std::fs::read_to_string(site.root().join(format!("content/tin/thu-{kind}.md")))
            .expect("the new file");
        assert!(text.contains(&format!("kind: {kind}\n")), "{text}");
        assert!(text.contains("draft: true"), "{text}");
    }
    let built = site.run(&["build", "--drafts"]).success();
    assert!(!built.stderr.contains("warning"), "{}", built.stderr);
    for kind in ["article", "model", "achievement", "award", "page"] {
        assert!(site.exists(&format!("tin/thu-{kind}/index.html")), "{kind}");
    }
    let unknown = site.run(&["new", "tin/x", "--kind", "bai"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("article"), "{}", unknown.stderr);
    assert!(!site.root().join("content/tin/x.md").exists());
}
