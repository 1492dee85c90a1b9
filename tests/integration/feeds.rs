//! Feeds, sitemaps, embeds and head tags, read back with real parsers: every feed
//! of the `feeds` fixture through `feed-rs`, JSON through serde_json, sitemaps
//! through quick-xml.

use chrono::{DateTime, Utc};
use feed_rs::model::Feed;

use crate::common::SiteTest;

/// The fixture, built with the tests' clock (2026-11-26 12:00 +07:00).
fn built() -> SiteTest {
    let site = SiteTest::fixture("feeds");
    site.build().success();
    site
}

fn parse(site: &SiteTest, path: &str) -> Feed {
    let text = site.read(path);
    feed_rs::parser::parse(text.as_bytes())
        .unwrap_or_else(|e| panic!("{path} does not parse: {e}\n{text}"))
}

fn instant(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("a date written by the test")
        .with_timezone(&Utc)
}

fn ids(feed: &Feed) -> Vec<&str> {
    feed.entries.iter().map(|e| e.id.as_str()).collect()
}

/// Every `<loc>` of an XML file, after checking the whole file is well-formed.
fn locs(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut in_loc = false;
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => in_loc = e.name().as_ref() == "loc",
            Ok(Event::End(_)) => in_loc = false,
            Ok(Event::Text(t)) if in_loc => out.push(t.into_inner().into_owned()),
            Ok(Event::Eof) => return out,
            Ok(_) => {}
            Err(e) => panic!(
                "not well-formed XML at {}: {e}\n{xml}",
                reader.buffer_position()
            ),
        }
    }
}

const HARD_TITLE: &str = "<b>Tin & \"nóng\"</b> </script><script>alert(1)</script> a < b  đường";

const SITE_IDS: [&str; 5] = [
    "tag:example.org,2026-11-25:/tin-tuc/tieu-de-kho/",
    "tag:example.org,2026-11-20:/tin-tuc/khai-truong-buu-dien/",
    "urn:uuid:6f1c2a4e-1d3b-4c5a-9e7f-0a1b2c3d4e5f",
    "tag:example.org,2026-10-05:/tin-tuc/con-han/",
    "tag:example.org,2026-01-01:/gioi-thieu/ban-bien-tap/",
];

#[test]
fn site_feeds_parse_with_stable_ids_dates_and_links_newest_first() {
    let site = built();
    for path in ["rss.xml", "atom.xml", "feed.json"] {
        let feed = parse(&site, path);
        // No draft, future-dated or expired page; newest first.
        assert_eq!(ids(&feed), SITE_IDS, "{path}");
        let first = &feed.entries[0];
        assert_eq!(
            first.links[0].href, "https://example.org/tin-tuc/tieu-de-kho/",
            "{path}"
        );
        assert_eq!(
            first.published,
            Some(instant("2026-11-25T20:00:00+07:00")),
            "{path}"
        );
        let bundle = &feed.entries[1];
        assert_eq!(
            bundle.published,
            Some(instant("2026-11-20T08:30:00+07:00")),
            "{path}"
        );
        // A bare date is midnight in the site's time zone, not UTC.
        assert_eq!(
            feed.entries[2].published,
            Some(instant("2026-11-10T00:00:00+07:00")),
            "{path}"
        );
        assert!(
            feed.links.iter().any(|l| l.href == "https://example.org/"),
            "{path}: {:?}",
            feed.links
        );
        assert_eq!(
            feed.title.as_ref().unwrap().content,
            "Trang thử & <tin>",
            "{path}"
        );
    }
    // Dates are written in the site's offset: RFC 822 for RSS, RFC 3339 elsewhere.
    let rss = site.read("rss.xml");
    assert!(
        rss.contains("<pubDate>Fri, 20 Nov 2026 08:30:00 +0700</pubDate>"),
        "{rss}"
    );
    assert!(rss.contains("<lastBuildDate>Wed, 25 Nov 2026 20:00:00 +0700</lastBuildDate>"));
    assert!(rss.contains("<guid isPermaLink=\"false\">tag:example.org,2026-11-20:/tin-tuc/khai-truong-buu-dien/</guid>"));
    assert!(rss.contains("<atom:link href=\"https://example.org/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>"));
    let atom = site.read("atom.xml");
    assert!(
        atom.contains("<published>2026-11-20T08:30:00+07:00</published>"),
        "{atom}"
    );
    assert!(atom.contains("<updated>2026-11-21T10:00:00+07:00</updated>"));
    assert!(atom.contains(
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/atom.xml\"/>"
    ));
    let atom_feed = parse(&site, "atom.xml");
    assert_eq!(
        atom_feed.entries[1].updated,
        Some(instant("2026-11-21T10:00:00+07:00"))
    );
    assert_eq!(
        atom_feed.updated,
        Some(instant("2026-11-25T20:00:00+07:00"))
    );
    let json = site.read("feed.json");
    assert!(
        json.contains("\"date_published\":\"2026-11-20T08:30:00+07:00\""),
        "{json}"
    );
    assert!(json.contains("\"date_modified\":\"2026-11-21T10:00:00+07:00\""));
}

#[test]
fn items_carry_absolute_html_the_lead_image_authors_and_tags() {
    let site = built();
    let image = "https://example.org/tin-tuc/khai-truong-buu-dien/anh-chinh.png";
    let size = std::fs::metadata(
        site.root()
            .join("content/tin-tuc/khai-truong-buu-dien/anh-chinh.png"),
    )
    .unwrap()
    .len();
    for path in ["rss.xml", "atom.xml", "feed.json"] {
        let feed = parse(&site, path);
        let e = &feed.entries[1];
        let body = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(
            body.contains(&format!("<img src=\"{image}\" alt=\"Ảnh trong bài\"")),
            "{path}: {body}"
        );
        assert!(
            body.contains(&format!("<a href=\"{image}\">bưu điện</a>")),
            "{path}"
        );
        assert!(
            body.contains("<a href=\"https://example.org/tin-tuc/\">chuyên mục</a>"),
            "{path}"
        );
        assert!(
            body.contains("<a href=\"https://example.org/tin-tuc/dia-phuong/\">"),
            "{path}"
        );
        assert!(
            body.contains("<a href=\"https://example.org/tin-tuc/khai-truong-buu-dien/#muc-luc\">"),
            "{path}"
        );
        assert!(
            body.contains("<a href=\"https://vnexpress.net/\">"),
            "{path}"
        );
        assert!(
            !body.contains("src=\"anh-chinh.png\"") && !body.contains("href=\"/"),
            "{path}: {body}"
        );
        // The sapo written in front matter opens the content and is the summary.
        assert!(
            body.starts_with("<p>Sapo: điểm <strong>Bưu điện - Văn hóa xã</strong>"),
            "{path}: {body}"
        );
        let summary = e
            .summary
            .as_ref()
            .map(|s| s.content.clone())
            .unwrap_or_default();
        assert!(summary.contains("Sapo: điểm"), "{path}: {summary}");
        let authors: Vec<_> = e.authors.iter().filter_map(|a| a.name.clone()).collect();
        assert_eq!(authors, ["Minh Anh"], "{path}");
    }
    let rss = parse(&site, "rss.xml");
    let tags: Vec<&str> = rss.entries[1]
        .categories
        .iter()
        .map(|c| c.term.as_str())
        .collect();
    assert_eq!(tags, ["bưu điện", "nông thôn mới"]);
    let media = &rss.entries[1].media[0];
    assert_eq!(media.credits[0].entity, "Minh Anh");
    assert_eq!(
        media.description.as_ref().unwrap().content,
        "Bưu điện - Văn hóa xã Lũng Mây"
    );
    assert_eq!(media.content[0].width, Some(16));
    let text = site.read("rss.xml");
    assert!(
        text.contains(&format!(
            "<enclosure url=\"{image}\" length=\"{size}\" type=\"image/png\"/>"
        )),
        "{text}"
    );
    let atom = parse(&site, "atom.xml");
    let labels: Vec<_> = atom.entries[1]
        .categories
        .iter()
        .map(|c| c.label.clone().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["bưu điện", "nông thôn mới"]);
    let enclosure = atom.entries[1]
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("enclosure"))
        .unwrap();
    assert_eq!(
        (enclosure.href.as_str(), enclosure.length),
        (image, Some(size))
    );
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    let item = &json["items"][1];
    assert_eq!(item["image"], image);
    assert_eq!(
        item["tags"],
        serde_json::json!(["bưu điện", "nông thôn mới"])
    );
    assert_eq!(item["_loa"]["image_credit"], "Minh Anh");
}

#[test]
fn section_and_term_feeds_follow_their_switches() {
    let site = built();
    for format in ["rss.xml", "atom.xml", "feed.json"] {
        // A section's feed has its subsections' pages too.
        assert_eq!(
            ids(&parse(&site, &format!("tin-tuc/{format}"))),
            [SITE_IDS[0], SITE_IDS[1], SITE_IDS[2], SITE_IDS[3]]
        );
        assert_eq!(
            ids(&parse(&site, &format!("tin-tuc/dia-phuong/{format}"))),
            [SITE_IDS[2]]
        );
        assert_eq!(
            ids(&parse(&site, &format!("chu-de/nong-thon-moi/{format}"))),
            [SITE_IDS[1], SITE_IDS[2]]
        );
        assert_eq!(
            ids(&parse(&site, &format!("tac-gia/minh-anh/{format}"))),
            [SITE_IDS[1]]
        );
        // `feeds: false` on a section and on a taxonomy.
        assert!(!site.exists(&format!("gioi-thieu/{format}")));
        assert!(!site.exists(&format!("tinh-thanh/ha-giang/{format}")));
    }
    let section = parse(&site, "tin-tuc/rss.xml");
    assert_eq!(
        section.title.unwrap().content,
        "Tin tức – Trang thử & <tin>"
    );
    assert_eq!(
        section.description.unwrap().content,
        "Tin hoạt động của phong trào."
    );
    let term = parse(&site, "chu-de/nong-thon-moi/atom.xml");
    assert_eq!(
        term.title.unwrap().content,
        "Chủ đề: nông thôn mới – Trang thử & <tin>"
    );
    assert!(
        term.links
            .iter()
            .any(|l| l.href == "https://example.org/chu-de/nong-thon-moi/atom.xml")
    );
}

#[test]
fn every_json_feed_has_the_fields_the_spec_requires() {
    let site = built();
    let feeds: Vec<String> = site
        .output_files()
        .into_iter()
        .filter(|f| f.ends_with("feed.json"))
        .collect();
    assert_eq!(feeds.len(), 8, "{feeds:?}");
    for path in feeds {
        let v: serde_json::Value = serde_json::from_str(&site.read(&path)).unwrap();
        assert_eq!(v["version"], "https://jsonfeed.org/version/1.1", "{path}");
        assert!(v["title"].is_string(), "{path}");
        assert_eq!(v["feed_url"], format!("https://example.org/{path}"));
        assert!(
            v["home_page_url"]
                .as_str()
                .unwrap()
                .starts_with("https://example.org/")
        );
        assert_eq!(v["language"], "vi");
        for item in v["items"].as_array().unwrap() {
            assert!(item["id"].is_string(), "{path}: {item}");
            assert!(
                item["content_html"].is_string() || item["content_text"].is_string(),
                "{path}"
            );
            assert!(
                item["url"]
                    .as_str()
                    .unwrap()
                    .starts_with("https://example.org/")
            );
            assert!(item["date_published"].as_str().unwrap().ends_with("+07:00"));
            for (key, _) in item.as_object().unwrap() {
                let known = [
                    "id",
                    "url",
                    "external_url",
                    "title",
                    "content_html",
                    "content_text",
                    "summary",
                    "image",
                    "banner_image",
                    "date_published",
                    "date_modified",
                    "authors",
                    "tags",
                    "language",
                    "attachments",
                ];
                assert!(
                    known.contains(&key.as_str()) || key.starts_with('_'),
                    "{path}: unknown key {key}"
                );
            }
        }
    }
}

#[test]
fn markup_control_characters_and_nfd_survive_every_format() {
    let site = built();
    for path in [
        "rss.xml",
        "atom.xml",
        "feed.json",
        "tin-tuc/rss.xml",
        "chu-de/thi-dua/atom.xml",
    ] {
        let feed = parse(&site, path);
        assert_eq!(
            feed.entries[0].title.as_ref().unwrap().content,
            HARD_TITLE,
            "{path}"
        );
        let body = feed.entries[0]
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .unwrap_or_default();
        assert!(body.contains("chữ tổ hợp: nông thôn mới"), "{path}: {body}");
        assert!(!body.contains('\u{b}'), "{path}");
    }
    // The head: escaped attributes, and JSON-LD that parses and cannot end its script.
    let page = site.read("tin-tuc/tieu-de-kho/index.html");
    assert!(!page.contains("<script>alert(1)"), "{page}");
    assert!(page.contains("<meta property=\"og:title\" content=\"&lt;b&gt;Tin &amp; &quot;nóng&quot;&lt;&#x2F;b&gt;")
        || page.contains("<meta property=\"og:title\" content=\"&lt;b&gt;Tin &amp; &quot;nóng&quot;&lt;/b&gt;"), "{page}");
    let start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = start + page[start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&page[start..end]).unwrap();
    let article = &ld["@graph"][0];
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["headline"], HARD_TITLE);
    assert_eq!(article["datePublished"], "2026-11-25T20:00:00+07:00");
    assert_eq!(
        article["publisher"]["logo"]["url"],
        "https://example.org/logo.png"
    );
    assert_eq!(ld["@graph"][1]["@type"], "BreadcrumbList");
    assert_eq!(
        ld["@graph"][1]["itemListElement"][1]["item"],
        "https://example.org/tin-tuc/"
    );
}

#[test]
fn head_tags_announce_the_feeds_of_each_page() {
    let site = built();
    let article = site.read("tin-tuc/khai-truong-buu-dien/index.html");
    for href in [
        "https://example.org/rss.xml",
        "https://example.org/feed.json",
        "https://example.org/tin-tuc/atom.xml",
    ] {
        assert!(
            article.contains(&format!("href=\"{href}\"")),
            "{href}\n{article}"
        );
    }
    assert!(article.contains(
        "<link rel=\"canonical\" href=\"https://example.org/tin-tuc/khai-truong-buu-dien/\">"
    ));
    assert!(article.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(article.contains("<meta property=\"og:image\" content=\"https://example.org/tin-tuc/khai-truong-buu-dien/anh-chinh.png\">"));
    assert!(article.contains(
        "<meta property=\"article:published_time\" content=\"2026-11-20T08:30:00+07:00\">"
    ));
    assert!(article.contains(
        "<meta property=\"article:modified_time\" content=\"2026-11-21T10:00:00+07:00\">"
    ));
    assert!(article.contains("<meta property=\"og:locale\" content=\"vi_VN\">"));
    assert!(article.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(article.contains(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://example.org/tin-tuc/khai-truong-buu-dien/oembed.json\""
    ));
    let term = site.read("chu-de/nong-thon-moi/index.html");
    assert!(
        term.contains("href=\"https://example.org/chu-de/nong-thon-moi/rss.xml\""),
        "{term}"
    );
    assert!(!term.contains("tin-tuc/rss.xml"));
    let about = site.read("gioi-thieu/index.html");
    assert!(about.contains("href=\"https://example.org/rss.xml\""));
    assert!(!about.contains("gioi-thieu/rss.xml"), "{about}");
    let home = site.read("index.html");
    assert!(home.contains("<meta property=\"og:type\" content=\"website\">"));
    let start = home.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = start + home[start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&home[start..end]).unwrap();
    assert_eq!(ld["@graph"][0]["@type"], "WebSite");
    assert_eq!(ld["@graph"][0]["name"], "Trang thử & <tin>");
}

#[test]
fn sitemaps_robots_and_the_news_sitemap() {
    let site = built();
    let urls = locs(&site.read("sitemap.xml"));
    // 4 sections, 5 pages, 3 taxonomy lists, 3 + 1 + 2 terms.
    assert_eq!(urls.len(), 18, "{urls:?}");
    assert!(urls.iter().all(|u| u.starts_with("https://example.org/")));
    assert!(urls.contains(&"https://example.org/tin-tuc/khai-truong-buu-dien/".to_string()));
    assert!(
        !urls
            .iter()
            .any(|u| u.contains("sap-dang") || u.contains("nhap") || u.contains("het-han"))
    );
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains(
        "<loc>https://example.org/tin-tuc/khai-truong-buu-dien/</loc><lastmod>2026-11-21T10:00:00+07:00</lastmod>"
    ));
    // Only the article of the last two days, with its publication and language.
    let news = site.read("news-sitemap.xml");
    assert_eq!(locs(&news), ["https://example.org/tin-tuc/tieu-de-kho/"]);
    assert!(news.contains("<news:name>Báo Thử</news:name><news:language>vi</news:language>"));
    assert!(
        news.contains("<news:publication_date>2026-11-25T20:00:00+07:00</news:publication_date>")
    );
    let robots = site.read("robots.txt");
    assert!(robots.contains("Sitemap: https://example.org/sitemap.xml\n"));
    assert!(robots.contains("Sitemap: https://example.org/news-sitemap.xml\n"));
}

#[test]
fn a_site_robots_txt_wins() {
    let site = SiteTest::new().file("static/robots.txt", "User-agent: *\nDisallow: /\n");
    site.build().success();
    assert_eq!(site.read("robots.txt"), "User-agent: *\nDisallow: /\n");
}

#[test]
fn the_schedule_names_the_next_change_in_the_file_and_the_summary() {
    let site = SiteTest::fixture("feeds");
    let run = site.build().success();
    assert!(
        run.stdout.contains("next change 2026-11-27T20:00:00+07:00 (content/tin-tuc/tieu-de-kho.md leaves the news sitemap)"),
        "{}",
        run.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&site.read("loa-schedule.json")).unwrap();
    assert_eq!(v["built_at"], "2026-11-26T12:00:00+07:00");
    assert_eq!(v["next_change"], "2026-11-27T20:00:00+07:00");
    let kinds: Vec<(&str, &str)> = v["upcoming"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["kind"].as_str().unwrap(), c["at"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("news-sitemap", "2026-11-27T20:00:00+07:00"),
            ("expire", "2026-11-28T00:00:00+07:00"),
            ("publish", "2026-12-01T09:00:00+07:00"),
        ]
    );
    assert_eq!(v["next_kind"], "news-sitemap");
    // Nothing in the public file names a page: an embargoed story's file names it.
    let public = site.read("loa-schedule.json");
    assert!(
        !public.contains("content/") && !public.contains(".md"),
        "{public}"
    );
    // The files are kept beside the site, for the newsroom.
    let private: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(site.root().join(".loa-cache/schedule.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        private["reason"],
        "content/tin-tuc/tieu-de-kho.md leaves the news sitemap"
    );
    assert_eq!(private["upcoming"][2]["kind"], "publish");
    assert!(
        private["upcoming"][2]["file"]
            .as_str()
            .unwrap()
            .ends_with(".md")
    );
}

#[test]
fn embeds_and_oembed_files() {
    let site = built();
    for path in [
        "embed/index.html",
        "embed/tin-tuc/index.html",
        "embed/tin-tuc/dia-phuong/index.html",
    ] {
        let html = site.read(path);
        assert!(
            html.contains("<meta name=\"robots\" content=\"noindex\">"),
            "{path}"
        );
        assert!(html.contains("<base target=\"_top\">"));
        assert!(!html.contains("<script"), "{path}: an embed runs no script");
        assert!(!html.contains("href=\"/"), "{path}: links are absolute");
    }
    let list = site.read("embed/tin-tuc/index.html");
    assert!(list.contains(
        "<a href=\"https://example.org/tin-tuc/khai-truong-buu-dien/\" target=\"_top\">Khai trương"
    ));
    assert!(
        list.contains("&lt;b&gt;Tin &amp; &quot;nóng&quot;"),
        "{list}"
    );
    assert!(!site.exists("embed/gioi-thieu/index.html"));
    let oembed: serde_json::Value =
        serde_json::from_str(&site.read("tin-tuc/khai-truong-buu-dien/oembed.json")).unwrap();
    assert_eq!(oembed["version"], "1.0");
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["provider_name"], "Báo Thử");
    assert_eq!(oembed["author_name"], "Minh Anh");
    assert_eq!(
        (
            oembed["thumbnail_width"].as_u64(),
            oembed["thumbnail_height"].as_u64()
        ),
        (Some(16), Some(9))
    );
    let html = oembed["html"].as_str().unwrap();
    assert!(
        html.starts_with(
            "<iframe src=\"https://example.org/tin-tuc/khai-truong-buu-dien/embed.html\""
        ),
        "{html}"
    );
    assert!(oembed["width"].is_u64() && oembed["height"].is_u64());
    let card = site.read("tin-tuc/khai-truong-buu-dien/embed.html");
    assert!(card.contains(
        "<link rel=\"canonical\" href=\"https://example.org/tin-tuc/khai-truong-buu-dien/\">"
    ));
    let hard: serde_json::Value =
        serde_json::from_str(&site.read("tin-tuc/tieu-de-kho/oembed.json")).unwrap();
    assert!(
        hard["html"]
            .as_str()
            .unwrap()
            .contains("title=\"&lt;b&gt;Tin &amp; &quot;nóng&quot;")
    );
    let script = site.read("embed.js");
    assert!(
        script.contains("var SITE = \"https://example.org\";"),
        "{script}"
    );
    assert!(!script.contains("innerHTML"));
}

#[test]
fn feeds_truncate_to_the_limit_and_formats_switch_off() {
    let mut site = SiteTest::new().file(
        "site.yaml",
        "title: T\nbase_url: https://example.org\nfeeds: { rss: true, atom: false, json: true, limit: 7, full_content: false }\n",
    );
    for i in 0..30 {
        site = site.page(
            &format!("content/tin/bai-{i:02}.md"),
            &format!(
                "title: \"Bài {i}\"\ndate: 2026-01-{:02}T08:00:00+07:00\ntags: [chung]",
                i % 28 + 1
            ),
            "Đoạn đầu.\n\nĐoạn sau.",
        );
    }
    site = site.page("content/tin/_index.md", "title: Tin", "");
    site.build().success();
    assert!(!site.exists("atom.xml") && !site.exists("tin/atom.xml"));
    for path in [
        "rss.xml",
        "feed.json",
        "tin/rss.xml",
        "chu-de/chung/feed.json",
    ] {
        let feed = parse(&site, path);
        assert_eq!(feed.entries.len(), 7, "{path}");
        let dates: Vec<_> = feed.entries.iter().map(|e| e.published.unwrap()).collect();
        assert!(
            dates.windows(2).all(|w| w[0] >= w[1]),
            "{path}: newest first"
        );
    }
    // Summaries only: no content:encoded, and the JSON content is the summary.
    let rss = site.read("rss.xml");
    assert!(!rss.contains("content:encoded>"), "{rss}");
    let json: serde_json::Value = serde_json::from_str(&site.read("feed.json")).unwrap();
    assert_eq!(json["items"][0]["content_html"], "<p>Đoạn đầu.</p>\n");
    assert_eq!(locs(&site.read("sitemap.xml")).len(), 1 + 1 + 30 + 3 + 1);
}

#[test]
fn two_pages_with_one_explicit_id_is_an_error() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: A\ndate: 2026-01-01\nid: \"urn:x:1\"",
            "",
        )
        .page(
            "content/b.md",
            "title: B\ndate: 2026-01-02\nid: \"urn:x:1\"",
            "",
        );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("the feed id `urn:x:1` is also the id of content/"),
        "{}",
        run.stderr
    );
}

#[test]
fn embed_js_renders_headlines_as_text_only() {
    let has_node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_node {
        assert!(
            std::env::var("CI").is_err(),
            "CI needs Node.js for the embed.js test"
        );
        eprintln!("skipped: embed.js test needs Node.js");
        return;
    }
    let site = built();
    let harness =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/js/embed_harness.mjs");
    let out = std::process::Command::new("node")
        .arg(harness)
        .arg(site.public().join("embed.js"))
        .arg(site.public().join("tin-tuc/feed.json"))
        .args(["/tin-tuc/feed.json", "10"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // A relative feed path is read from the script's site, not the host page's.
    assert_eq!(result["fetched"], "https://example.org/tin-tuc/feed.json");
    assert_eq!(result["state"], "done");
    let html = result["html"].as_str().unwrap();
    assert!(
        html.contains(
            "<a href=\"https://example.org/tin-tuc/tieu-de-kho/\" target=\"_top\" rel=\"noopener\">&lt;b&gt;Tin &amp; &quot;nóng&quot;&lt;/b&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        ),
        "{html}"
    );
    assert!(
        html.contains("<time datetime=\"2026-11-25T20:00:00+07:00\">25/11/2026</time>"),
        "{html}"
    );
    // The javascript: link is shown as text without a link; a non-text title is skipped.
    assert!(html.contains("<li>Bài có liên kết lạ</li>"), "{html}");
    assert!(
        !html.contains("javascript:") && !html.contains("example.org/y/"),
        "{html}"
    );
    assert_eq!(html.matches("<li>").count(), 5, "{html}");
}

#[test]
fn the_scheduled_rebuild_fires_once_the_next_change_is_due() {
    let has_node = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_node {
        assert!(
            std::env::var("CI").is_err(),
            "CI needs Node.js for the scheduled-rebuild test"
        );
        eprintln!("skipped: the scheduled-rebuild test needs Node.js");
        return;
    }
    let site = built();
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let check = |now: &str| -> serde_json::Value {
        let out = std::process::Command::new("node")
            .arg(repo.join("tests/js/schedule_check.mjs"))
            .arg(repo.join("netlify/functions/scheduled-rebuild.mjs"))
            .arg(site.public().join("loa-schedule.json"))
            .arg(now)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let before = check("2026-11-27T19:59:00+07:00");
    assert_eq!(before["asked"], "https://example.org/loa-schedule.json");
    assert_eq!(before["due"], false, "{before}");
    let after = check("2026-11-27T20:00:00+07:00");
    assert_eq!(after["due"], true, "{after}");
    assert_eq!(
        after["why"],
        "an article leaves the news sitemap at 2026-11-27T20:00:00+07:00"
    );
}

#[test]
fn a_page_without_a_date_never_reaches_a_feed() {
    let site = SiteTest::new()
        .page(
            "content/co-ngay.md",
            "title: \"Có ngày\"\ndate: 2026-01-01",
            "",
        )
        .page(
            "content/khong-ngay.md",
            "title: \"Không ngày\"",
            "Bài chưa có ngày đăng.",
        );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("content/khong-ngay.md:1:1: missing `date` in front matter"),
        "{}",
        run.stderr
    );
    assert!(!site.exists("rss.xml"), "a failed build writes no feed");
}
