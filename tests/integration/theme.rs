//! The baochi theme on the repository's own campaign site: every layout renders its
//! parts, award lists come with sorted tables and CSV/JSON downloads, UI strings
//! come from the theme's i18n files, and pages stay light.

use crate::common::SiteTest;

/// Builds the campaign site and checks the build was clean.
fn campaign() -> SiteTest {
    let site = SiteTest::campaign();
    let run = site.build().success();
    assert!(
        !run.stderr.to_lowercase().contains("warning"),
        "the campaign site builds with warnings:\n{}",
        run.stderr
    );
    site
}

/// The first page of the output whose own `<article>` has this `data-kind`.
fn page_of_kind(site: &SiteTest, kind: &str) -> (String, String) {
    let marker = format!("<article class=\"story\" data-kind=\"{kind}\">");
    site.output_files()
        .into_iter()
        .filter(|f| f.ends_with("index.html"))
        .map(|f| {
            let html = site.read(&f);
            (f, html)
        })
        .find(|(_, html)| html.contains(&marker))
        .unwrap_or_else(|| panic!("no page of kind {kind}"))
}

/// The text of every `<th scope="row">` of the table that follows `caption`.
fn row_headers_after(html: &str, caption: &str) -> Vec<String> {
    let start = html
        .find(caption)
        .unwrap_or_else(|| panic!("no caption {caption}"));
    let table = &html[start
        ..html[start..]
            .find("</table>")
            .map_or(html.len(), |e| start + e)];
    table
        .split("<th scope=\"row\">")
        .skip(1)
        .map(|cell| cell.split("</th>").next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn home_has_masthead_lead_featured_progress_and_a_block_per_section() {
    let site = campaign();
    let home = site.read("index.html");
    assert!(home.starts_with("<!doctype html>\n<html lang=\"vi\">"));
    // Masthead with the campaign banner and the section navigation.
    assert!(home.contains(
        "class=\"banner-name\">“Ngành Thông tin và Truyền thông chung sức xây dựng nông thôn mới”"
    ));
    assert!(home.contains("<nav class=\"mainnav\" aria-label=\"Chuyên mục chính\">"));
    assert!(home.contains("<a href=\"/\" aria-current=\"page\">Trang chủ</a>"));
    for url in [
        "/dien-hinh-tien-tien/",
        "/thanh-tuu-ict/",
        "/khen-thuong/",
        "/tin-hoat-dong/",
        "/gioi-thieu/",
    ] {
        assert!(
            home.contains(&format!("<li><a href=\"{url}\">")),
            "menu link {url}"
        );
    }
    // Lead story and featured stories.
    assert!(home.contains("<article class=\"lead\">"));
    assert!(home.contains("<h2 id=\"featured-h\" class=\"block-title\">Tin nổi bật</h2>"));
    // The progress strip: the latest year of data/tien-do.yaml against the targets.
    assert!(home.contains("Tiến độ phong trào 2016–2020"));
    assert!(
        home.contains("<strong>54%</strong> <span>Số liệu năm 2020</span>"),
        "progress figure"
    );
    assert!(
        home.contains("Xã đạt chuẩn nông thôn mới: <strong>50%</strong>"),
        "campaign target"
    );
    assert!(
        home.contains("<li><strong>2018</strong> Sơ kết</li>"),
        "milestone"
    );
    // A block per section; the dedicated topic gets its own look.
    assert!(home.contains("<section class=\"block block-dedicated\""));
    for (url, title) in [
        ("/dien-hinh-tien-tien/", "Điển hình tiên tiến"),
        ("/thanh-tuu-ict/", "Thành tựu ICT"),
        ("/khen-thuong/", "Khen thưởng"),
        ("/tin-hoat-dong/", "Tin hoạt động"),
    ] {
        assert!(
            home.contains(&format!(
                "class=\"block-title\"><a href=\"{url}\">{title}</a></h2>"
            )),
            "{title}"
        );
    }
    assert_eq!(
        home.matches("<section class=\"block").count(),
        4,
        "one block per section"
    );
    // Latest news, and no page marked as a single story.
    assert!(home.contains("<ol class=\"latest\">"));
    assert!(!home.contains("data-kind="));
    // Landmarks.
    for landmark in [
        "<header class=\"masthead\">",
        "<main id=\"main\"",
        "<footer class=\"site-footer\">",
    ] {
        assert!(home.contains(landmark), "{landmark}");
    }
}

#[test]
fn footer_carries_the_publishers_legal_identity() {
    let site = campaign();
    let home = site.read("index.html");
    for line in [
        "<dt>Cơ quan chủ quản</dt><dd>Cơ quan chủ quản minh họa</dd>",
        "<dt>Tổng biên tập</dt><dd>Nguyễn Văn Mẫu (minh họa)</dd>",
        "<p class=\"licence\">Giấy phép số 000/GP-BTTTT (minh họa)</p>",
        "<dt>Địa chỉ</dt>",
        "<dt>Điện thoại</dt><dd>024 0000 0000 (minh họa)</dd>",
        "<a href=\"mailto:toasoan@example.org\">",
    ] {
        assert!(home.contains(line), "footer: {line}");
    }
}

#[test]
fn article_has_dateline_sapo_byline_terms_share_and_neighbours() {
    let site = campaign();
    let page = site.read("tin-hoat-dong/tong-ket-phong-trao-2016-2020/index.html");
    assert!(page.contains("<article class=\"story\" data-kind=\"article\">"));
    assert!(page.contains("<h1 class=\"headline\">Tổng kết phong trào thi đua 2016–2020"));
    assert!(
        page.contains("Thứ Năm, 26/11/2020, 11:30 (GMT+7)</time>"),
        "dateline"
    );
    assert!(page.contains("<div class=\"sapo\"><p>(LoaNTM) - Sau 5 năm"));
    assert!(page.contains("<figcaption>"));
    assert!(page.contains("<p class=\"byline\">"), "author at the end");
    assert!(page.contains("<span class=\"terms-label\">Chủ đề:</span>"));
    assert!(page.contains("<span class=\"terms-label\">Tỉnh, thành phố:</span>"));
    assert!(page.contains("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Floa-nongthonmoi.netlify.app%2Ftin-hoat-dong%2Ftong-ket-phong-trao-2016-2020%2F"));
    assert!(page.contains("class=\"share-zalo\""));
    assert!(page.contains("<h2 id=\"related-h\" class=\"block-title\">Tin liên quan</h2>"));
    assert!(
        page.contains("rel=\"prev\"") || page.contains("rel=\"next\""),
        "previous/next story"
    );
    assert!(page.contains("<nav class=\"crumbs\" aria-label=\"Đường dẫn\">"));
    assert!(page.contains("<a href=\"/tin-hoat-dong/\">Tin hoạt động</a>"));
    // The lead image has its size, so the page does not jump while it loads.
    assert!(page.contains("width=\"1600\" height=\"900\""), "image size");
}

#[test]
fn illustrative_stories_say_so_and_real_ones_do_not() {
    let site = campaign();
    let (_, model) = page_of_kind(&site, "model");
    assert!(model.contains("<p class=\"notice\" role=\"note\"><strong>Minh họa.</strong>"));
    let about = site.read("gioi-thieu/index.html");
    assert!(
        !about.contains("class=\"notice\""),
        "the about page is not illustrative"
    );
}

#[test]
fn model_page_shows_who_unit_province_and_achievement() {
    let site = campaign();
    let page = site.read("dien-hinh-tien-tien/nguoi-dua-thu-dien-bien/index.html");
    assert!(page.contains("<article class=\"story\" data-kind=\"model\">"));
    assert!(page.contains("<h2 id=\"profile-h\">Hồ sơ điển hình</h2>"));
    assert!(page.contains(
        "<dd class=\"profile-name\">Lò Văn Chiến <span class=\"badge\">cá nhân</span></dd>"
    ));
    assert!(page.contains("<dt>Đơn vị</dt><dd>Bưu điện huyện Mường Lan</dd>"));
    assert!(page.contains("<dt>Tỉnh, thành phố</dt><dd>Điện Biên</dd>"));
    assert!(page.contains("<dt>Thành tích</dt><dd>12 năm liền"));
    // And its card in lists names who and where.
    let list = site.read("dien-hinh-tien-tien/index.html");
    assert!(
        list.contains(
            "<p class=\"card-who\">Lò Văn Chiến · Bưu điện huyện Mường Lan · Điện Biên</p>"
        )
    );
}

#[test]
fn achievement_page_shows_figures_against_targets() {
    let site = campaign();
    let page = site.read("thanh-tuu-ict/buu-dien-van-hoa-xa-ket-noi-internet/index.html");
    assert!(page.contains("<article class=\"story\" data-kind=\"achievement\">"));
    assert!(page.contains("<h2 id=\"figures-h\">Số liệu</h2>"));
    // A series, one bar per year, figures written the Vietnamese way.
    assert_eq!(page.matches("<span class=\"bar-year\">").count(), 5);
    assert!(page.contains("<span class=\"bar-value\">7.480 điểm</span>"));
    assert!(page.contains("Mục tiêu 2020: 7.500 điểm — đạt 99,7%"));
    // Single figures with a target have a bar with the target marked.
    let other = site.read("thanh-tuu-ict/song-di-dong-va-truyen-hinh-xa-dao/index.html");
    assert!(other.contains("<p class=\"big-figure\"><strong>12 <small>xã</small></strong></p>"));
    assert!(other.contains("Mục tiêu: 14 xã — đạt 85,7%"));
}

#[test]
fn award_page_lists_recipients_by_form_in_vietnamese_order() {
    let site = campaign();
    let page = site.read("khen-thuong/giay-khen-huyen-kien-hoa-2019/index.html");
    assert!(page.contains("<article class=\"story\" data-kind=\"award\">"));
    assert!(page.contains("<dd class=\"profile-name\">Quyết định số 0002/QĐ-UBND (minh họa)</dd>"));
    assert!(page.contains("<dt>Người ký</dt><dd>Chủ tịch Ủy ban nhân dân huyện Kiến Hòa</dd>"));
    assert!(page.contains("<time datetime=\"2019-12-20\">20/12/2019</time>"));
    assert!(page.contains("<th scope=\"col\">STT</th>"));
    // People by given name, collectives by name, in the Vietnamese alphabet
    // (a ă â b c d đ e ...): not the order they were written in.
    assert_eq!(
        row_headers_after(&page, "<caption id=\"group-1\">Giấy khen (10)</caption>"),
        [
            "Đỗ Thị Ngọc Ánh",
            "Lương Thị Ánh",
            "Chi đoàn Bưu điện huyện Kiến Hòa",
            "Đài truyền thanh xã Kiến Đông",
            "Điểm Bưu điện - Văn hóa xã Kiến Tây",
            "Đoàn Thanh niên xã Kiến Bắc",
            "Ân Văn Hùng",
            "Đinh Thị Mến",
            "Bùi Văn Tám",
            "Ngô Quang Vinh",
        ]
    );
    // Grouped by form, in the order forms first appear.
    let big = site.read("khen-thuong/khen-thuong-tong-ket-2020/index.html");
    let flag = big.find("Cờ thi đua (3)</caption>").expect("flag group");
    let merit = big.find("Bằng khen (15)</caption>").expect("merit group");
    assert!(flag < merit);
    assert!(
        big.contains("href=\"/khen-thuong/khen-thuong-tong-ket-2020/danh-sach.csv\" download>")
    );
    assert!(big.contains("href=\"/khen-thuong/khen-thuong-tong-ket-2020/danh-sach.json\">"));
}

#[test]
fn award_downloads_are_csv_with_bom_and_json_in_table_order() {
    let site = campaign();
    let csv = site.read("khen-thuong/giay-khen-huyen-kien-hoa-2019/danh-sach.csv");
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split_terminator("\r\n")
        .collect();
    assert_eq!(lines.len(), 11, "a header and ten rows");
    insta::assert_snapshot!(lines.join("\n"), @r#"
    STT,"Tên tập thể, cá nhân",Đơn vị,"Tỉnh, thành phố",Hình thức khen thưởng,Đối tượng
    1,Đỗ Thị Ngọc Ánh,Điểm Bưu điện - Văn hóa xã Kiến Đông,Thái Bình,Giấy khen,cá nhân
    2,Lương Thị Ánh,Ủy ban nhân dân xã Kiến Nam,Thái Bình,Giấy khen,cá nhân
    3,Chi đoàn Bưu điện huyện Kiến Hòa,Bưu điện huyện Kiến Hòa,Thái Bình,Giấy khen,tập thể
    4,Đài truyền thanh xã Kiến Đông,Ủy ban nhân dân xã Kiến Đông,Thái Bình,Giấy khen,tập thể
    5,Điểm Bưu điện - Văn hóa xã Kiến Tây,Bưu điện huyện Kiến Hòa,Thái Bình,Giấy khen,tập thể
    6,Đoàn Thanh niên xã Kiến Bắc,Ủy ban nhân dân xã Kiến Bắc,Thái Bình,Giấy khen,tập thể
    7,Ân Văn Hùng,Đài truyền thanh xã Kiến Nam,Thái Bình,Giấy khen,cá nhân
    8,Đinh Thị Mến,Điểm Bưu điện - Văn hóa xã Kiến Tây,Thái Bình,Giấy khen,cá nhân
    9,Bùi Văn Tám,"Thôn Đông, xã Kiến Đông",Thái Bình,Giấy khen,cá nhân
    10,Ngô Quang Vinh,Trung tâm Văn hóa - Thông tin huyện Kiến Hòa,Thái Bình,Giấy khen,cá nhân
    "#);
    let json: serde_json::Value =
        serde_json::from_str(&site.read("khen-thuong/khen-thuong-tong-ket-2020/danh-sach.json"))
            .expect("valid JSON");
    assert_eq!(json["decision"], "Quyết định số 0001/QĐ-BTTTT (minh họa)");
    assert_eq!(
        json["url"],
        "https://loa-nongthonmoi.netlify.app/khen-thuong/khen-thuong-tong-ket-2020/"
    );
    let recipients = json["recipients"].as_array().expect("recipients");
    assert_eq!(recipients.len(), 18);
    assert_eq!(recipients[0]["form"], "Cờ thi đua");
    assert_eq!(recipients[17]["form"], "Bằng khen");
    // Pages that are not award lists have no downloads.
    assert!(!site.exists("tin-hoat-dong/tong-ket-phong-trao-2016-2020/danh-sach.csv"));
}

#[test]
fn dedicated_topic_has_banner_feeds_and_embed_code() {
    let site = campaign();
    let page = site.read("dien-hinh-tien-tien/index.html");
    assert!(page.contains("<header class=\"dedicated-banner\">"));
    assert!(page.contains("<p class=\"eyebrow\">Chuyên trang</p>"));
    assert!(page.contains("<h1>Điển hình tiên tiến</h1>"));
    assert!(
        page.contains("<div class=\"section-intro prose\">")
            || page.contains("<section class=\"section-intro prose\"")
    );
    for feed in ["rss.xml", "atom.xml", "feed.json"] {
        assert!(
            page.contains(&format!("href=\"/dien-hinh-tien-tien/{feed}\"")),
            "{feed}"
        );
    }
    assert!(page.contains(
        "&lt;iframe src=\"https://loa-nongthonmoi.netlify.app/embed/dien-hinh-tien-tien/\""
    ));
    assert!(page.contains("&lt;div data-loa-feed=\"https://loa-nongthonmoi.netlify.app/dien-hinh-tien-tien/feed.json\"&gt;"));
    assert!(
        page.contains("&lt;script src=\"https://loa-nongthonmoi.netlify.app/embed.js\" async&gt;")
    );
    // An ordinary section keeps the plain list layout.
    let section = site.read("tin-hoat-dong/index.html");
    assert!(!section.contains("dedicated-banner"));
    assert!(section.contains("<p class=\"card-sapo\">"));
}

#[test]
fn sections_paginate_with_a_numbered_pager() {
    let site = SiteTest::campaign();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).expect("site.yaml");
    let site = site.file(
        "site.yaml",
        yaml.replace("paginate_by: 10", "paginate_by: 3"),
    );
    site.build().success();
    let first = site.read("tin-hoat-dong/index.html");
    assert!(first.contains("<nav class=\"pager\" aria-label=\"Phân trang\">"));
    assert!(first.contains("<a href=\"/tin-hoat-dong/\" aria-current=\"page\">1</a>"));
    assert!(first.contains("<a href=\"/tin-hoat-dong/trang/2/\" rel=\"next\">Trang sau ›</a>"));
    let second = site.read("tin-hoat-dong/trang/2/index.html");
    assert!(second.contains("<title>Tin hoạt động - Trang 2 - "));
    assert!(second.contains("<a href=\"/tin-hoat-dong/trang/2/\" aria-current=\"page\">2</a>"));
    assert!(second.contains("rel=\"prev\">‹ Trang trước</a>"));
}

#[test]
fn taxonomy_pages_and_not_found() {
    let site = campaign();
    let tags = site.read("chu-de/index.html");
    assert!(tags.contains("<h1>Chủ đề</h1>"));
    assert!(tags.contains("<ul class=\"term-list\">"));
    let authors = site.read("tac-gia/index.html");
    assert!(
        authors.contains("<a href=\"/tac-gia/minh-anh/\">Minh Anh</a>"),
        "authors are terms"
    );
    let term = site.read("tinh-thanh/dien-bien/index.html");
    assert!(term.contains("<p class=\"eyebrow\">Tỉnh, thành phố</p>"));
    assert!(term.contains("<h1>Điện Biên</h1>"));
    assert!(term.contains("/dien-hinh-tien-tien/nguoi-dua-thu-dien-bien/"));
    let missing = site.read("404.html");
    assert!(missing.contains("<h1>Không tìm thấy trang</h1>"));
    assert!(missing.contains("<a class=\"button\" href=\"/\">Về trang chủ</a>"));
}

#[test]
fn images_in_lists_are_lazy_with_their_size_and_alt_text() {
    let site = campaign();
    let list = site.read("thanh-tuu-ict/index.html");
    let images: Vec<&str> = list
        .split("<img ")
        .skip(1)
        .map(|s| s.split('>').next().unwrap_or(""))
        .collect();
    assert!(!images.is_empty());
    for img in images.iter().filter(|i| i.contains("card-img")) {
        assert!(img.contains("loading=\"lazy\""), "{img}");
        assert!(
            img.contains(" width=\"") && img.contains(" height=\""),
            "{img}"
        );
        assert!(!img.contains("alt=\"\""), "{img}");
    }
}

#[test]
fn lead_and_card_images_offer_their_resized_variants() {
    let site = SiteTest::campaign()
        .file(
            "content/tin-hoat-dong/anh-thu/anh.png",
            crate::common::photo(),
        )
        .page(
            "content/tin-hoat-dong/anh-thu/index.md",
            "title: Ảnh thử\ndate: 2020-12-30\nimage: anh.png\nimage_caption: Ảnh thử nghiệm",
            "Bài có ảnh lớn.",
        );
    site.build().success();
    let webp = "srcset=\"/tin-hoat-dong/anh-thu/anh-480w.webp 480w, /tin-hoat-dong/anh-thu/anh-960w.webp 960w, /tin-hoat-dong/anh-thu/anh-1200w.webp 1200w\"";
    let page = site.read("tin-hoat-dong/anh-thu/index.html");
    let lead = page
        .split("<figure class=\"story-img\">")
        .nth(1)
        .and_then(|f| f.split("</figure>").next())
        .expect("the lead image");
    assert!(
        lead.contains(&format!("<source type=\"image/webp\" {webp}")),
        "{lead}"
    );
    assert!(
        lead.contains("srcset=\"/tin-hoat-dong/anh-thu/anh-480w.png 480w,"),
        "{lead}"
    );
    assert!(
        lead.contains("sizes=\"(min-width: 48rem) 46rem, 100vw\""),
        "{lead}"
    );
    assert!(lead.contains("fetchpriority=\"high\""), "{lead}");
    assert!(!lead.contains("loading=\"lazy\""), "{lead}");
    assert!(lead.contains("width=\"1200\" height=\"600\""), "{lead}");
    // In the section's list the card offers the same variants at a list's width.
    let list = site.read("tin-hoat-dong/index.html");
    let card = list
        .split("<img class=\"card-img\"")
        .find(|c| c.contains("anh-thu/anh-480w.png"))
        .expect("the card image");
    assert!(
        card.contains("sizes=\"(min-width: 36rem) 14rem, 100vw\""),
        "{card}"
    );
    assert!(card.contains("loading=\"lazy\""), "{card}");
    assert!(
        list.contains(&format!("<source type=\"image/webp\" {webp}")),
        "webp source in the list"
    );
}

#[test]
fn ui_strings_follow_the_site_language() {
    let site = SiteTest::campaign();
    let yaml = std::fs::read_to_string(site.root().join("site.yaml")).expect("site.yaml");
    let site = site.file("site.yaml", yaml.replace("language: vi", "language: en"));
    site.build().success();
    let home = site.read("index.html");
    assert!(home.contains("<html lang=\"en\">"));
    assert!(home.contains("Campaign progress 2016–2020"));
    assert!(home.contains(">Latest news</h2>"));
    assert!(home.contains("<strong>54%</strong> <span>Figures for 2020</span>"));
    assert!(home.contains("<dt>Governing body</dt>"));
    // Content stays Vietnamese; none of the theme's own words do.
    for vietnamese in [
        "Tiến độ phong trào",
        "Tin mới nhất",
        "Tin nổi bật",
        "Xem tất cả",
        "Chuyển đến nội dung",
        "Tổng biên tập",
    ] {
        assert!(
            !home.contains(vietnamese),
            "hard-coded UI string {vietnamese}"
        );
    }
}

#[test]
fn pages_stay_light() {
    let site = campaign();
    let css = std::fs::metadata(site.public().join("css/baochi.css"))
        .expect("the theme's CSS")
        .len();
    assert!(css < 30 * 1024, "CSS is {css} bytes");
    let home = std::fs::metadata(site.public().join("index.html"))
        .expect("home")
        .len();
    assert!(home < 100 * 1024, "home page is {home} bytes");
    let home = site.read("index.html");
    // No JavaScript needed to read (JSON-LD data blocks are not scripts that run).
    let scripts = home.matches("<script").count();
    let data = home
        .matches("<script type=\"application/ld+json\">")
        .count();
    assert_eq!(scripts, data, "no JavaScript needed to read");
    assert_eq!(
        home.matches("rel=\"stylesheet\"").count(),
        1,
        "one stylesheet"
    );
}

#[test]
fn a_theme_may_replace_built_ins_and_call_lookups_in_any_template() {
    // The theme's base.html has only `title` and `content` of the built-in set's
    // blocks (no `description`, which the built-in page.html and section.html fill):
    // built-ins it replaces are not checked against it, and lookups such as
    // get_section work in templates compiled before the content is loaded.
    let site = SiteTest::new()
        .file("site.yaml", "title: T\nbase_url: https://example.org\ntheme: t\n")
        .file(
            "themes/t/templates/base.html",
            "<title>{% block title %}{% endblock title %}</title><main>{% block content %}{% endblock content %}</main>",
        )
        .file(
            "themes/t/templates/index.html",
            "{% extends \"base.html\" %}{% block content %}{% set s = get_section(path=\"/tin/\") %}[{{ s.title }}: {{ s.page_count }}]{% endblock content %}",
        )
        .file("themes/t/templates/section.html", "{% extends \"base.html\" %}{% block content %}{{ section.title }}{% endblock content %}")
        .file("themes/t/templates/page.html", "{% extends \"base.html\" %}{% block content %}{{ page.title }}{% endblock content %}")
        .page("content/tin/_index.md", "title: Tin", "")
        .page("content/tin/a.md", "title: A\ndate: 2020-01-01", "");
    site.build().success();
    assert_eq!(
        site.read("index.html"),
        "<title></title><main>[Tin: 1]</main>"
    );
    assert_eq!(
        site.read("tin/a/index.html"),
        "<title></title><main>A</main>"
    );
    // The built-in 404 page still renders inside the theme's base.
    assert!(site.read("404.html").starts_with("<title>"));
}

#[test]
fn the_built_in_theme_needs_no_folder_and_the_site_overrides_it_file_by_file() {
    let site = SiteTest::new()
        .file(
            "site.yaml",
            "title: T\nbase_url: https://example.org\ntheme: baochi\n",
        )
        .file(
            "templates/partials/footer.html",
            "<footer class=\"site-footer\">chân trang của tòa soạn</footer>",
        )
        .file("static/css/baochi.css", "body { color: red }")
        .file("i18n/vi.yaml", "strings:\n  latest: \"Tin vừa đăng\"\n")
        .page("content/tin/_index.md", "title: Tin", "")
        .page("content/tin/a.md", "title: A\ndate: 2020-01-01", "Bài.");
    site.build().success();
    assert!(!site.root().join("themes").exists());
    let home = site.read("index.html");
    // The built-in theme's masthead, the site's footer and its word for "latest".
    assert!(home.contains("<header class=\"masthead\">"), "{home}");
    assert!(home.contains("chân trang của tòa soạn"), "{home}");
    assert!(home.contains("Tin vừa đăng"), "{home}");
    assert_eq!(site.read("css/baochi.css"), "body { color: red }");
    // Every asset the theme links ships with it.
    assert!(site.read("favicon.svg").contains("<svg"));
    site.run(&["check"]).success();
}

#[test]
fn every_page_and_the_404_page_have_a_search_box_that_works_without_javascript() {
    let site = campaign();
    for page in [
        "index.html",
        "404.html",
        "tin-hoat-dong/index.html",
        "tim-kiem/index.html",
    ] {
        let html = site.read(page);
        assert!(
            html.contains(
                "<form class=\"site-search\" role=\"search\" aria-label=\"Tìm kiếm\" action=\"/tim-kiem/\" method=\"get\">"
            ),
            "{page} has no masthead search"
        );
        assert!(
            html.contains("<input id=\"site-q\" name=\"q\" type=\"search\""),
            "{page}"
        );
    }
    // The 404 page offers a search of its own, beside the masthead's.
    let missing = site.read("404.html");
    assert!(
        missing.contains("<input id=\"nf-q\" name=\"q\" type=\"search\""),
        "{missing}"
    );
}

#[test]
fn the_lead_paragraph_is_shown_once_whether_or_not_a_summary_is_written() {
    let site = crate::common::SiteTest::new()
        .file(
            "site.yaml",
            "title: \"T\"\nbase_url: \"https://example.org\"\ntheme: baochi\n",
        )
        .page(
            "content/a.md",
            "title: A\ndate: 2020-01-01",
            "Đoạn mở đầu của bài.\n\nĐoạn hai.",
        )
        .page(
            "content/b.md",
            "title: B\ndate: 2020-01-02\nsummary: \"\"",
            "Đoạn mở đầu của bài.\n\nĐoạn hai.",
        )
        .page(
            "content/c.md",
            "title: C\ndate: 2020-01-03\nsummary: Tóm tắt riêng.",
            "Đoạn mở đầu của bài.\n\nĐoạn hai.",
        );
    site.build().success();
    for page in ["a/index.html", "b/index.html"] {
        let html = site.read(page);
        let article = &html[html.find("<article").expect("article")..];
        assert_eq!(
            article.matches("Đoạn mở đầu của bài.").count(),
            1,
            "{page}: {article}"
        );
        assert!(
            article.contains("<div class=\"prose sapo-first\">"),
            "{page}"
        );
        assert!(!article.contains("<div class=\"sapo\">"), "{page}");
    }
    let written = site.read("c/index.html");
    assert!(
        written.contains("<div class=\"sapo\"><p>Tóm tắt riêng.</p>"),
        "{written}"
    );
    assert!(written.contains("<div class=\"prose\">"), "{written}");
}
