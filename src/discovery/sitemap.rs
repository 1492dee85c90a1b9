//! `sitemap.xml` (every page, section, taxonomy and term with its `lastmod`; an
//! index of numbered sitemaps past 50,000 URLs) and `news-sitemap.xml` (Google
//! News: the articles of the last two days by the build's clock, at most 1,000).

use crate::dates::{Date, rfc3339};
use crate::feeds::xml::XmlWriter;
use crate::model::Model;

/// Most URLs one sitemap file may hold (sitemaps.org).
pub(crate) const MAX_URLS: usize = 50_000;
/// Most URLs a Google News sitemap may hold.
pub(crate) const MAX_NEWS: usize = 1_000;
/// How long an article stays in the news sitemap.
pub(crate) const NEWS_WINDOW: chrono::Duration = chrono::Duration::hours(48);

const NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// One URL of a sitemap.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SitemapUrl {
    /// Absolute URL.
    pub loc: String,
    /// Last modification, if known.
    pub lastmod: Option<Date>,
}

/// Every URL the site wants indexed, in a stable order.
pub(crate) fn urls(model: &Model) -> Vec<SitemapUrl> {
    let config = &model.config;
    let lib = &model.library;
    let tz = config.timezone;
    let modified: Vec<Date> = lib
        .pages
        .iter()
        .map(|p| {
            p.updated
                .map_or(p.date, |u| u.max(p.date))
                .with_timezone(&tz)
                .fixed_offset()
        })
        .collect();
    let newest = |pages: &mut dyn Iterator<Item = usize>| pages.map(|i| modified[i]).max();
    let mut urls = Vec::with_capacity(lib.pages.len() + lib.sections.len() + 64);
    for (i, section) in lib.sections.iter().enumerate() {
        let lastmod = if section.is_home() {
            newest(&mut (0..lib.pages.len()))
        } else {
            newest(&mut crate::feeds::section_pages(lib, i).into_iter())
        };
        urls.push(SitemapUrl {
            loc: config.permalink(&section.path),
            lastmod,
        });
    }
    for (page, lastmod) in lib.pages.iter().zip(&modified) {
        urls.push(SitemapUrl {
            loc: config.permalink(&page.path),
            lastmod: Some(*lastmod),
        });
    }
    for t in &lib.taxonomies {
        urls.push(SitemapUrl {
            loc: config.permalink(&t.path),
            lastmod: newest(&mut t.terms.iter().flat_map(|term| term.pages.first().copied())),
        });
        for term in &t.terms {
            urls.push(SitemapUrl {
                loc: config.permalink(&term.path),
                lastmod: newest(&mut term.pages.iter().copied()),
            });
        }
    }
    urls
}

/// The sitemap files for `urls`: one `sitemap.xml` when they fit in `max`, else
/// `sitemap-1.xml`, `sitemap-2.xml` … and `sitemap.xml` as their index.
/// Returns (file name, text) pairs.
pub(crate) fn files(urls: &[SitemapUrl], max: usize, base_url: &str) -> Vec<(String, String)> {
    let max = max.max(1);
    if urls.len() <= max {
        return vec![("sitemap.xml".into(), urlset(urls))];
    }
    let mut out: Vec<(String, String)> = Vec::new();
    let mut index = XmlWriter::document();
    index.open("sitemapindex", &[("xmlns", NS)]).newline();
    for (n, chunk) in urls.chunks(max).enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        index.open("sitemap", &[]);
        index.text_element("loc", &[], &format!("{base_url}/{name}"));
        if let Some(d) = chunk.iter().filter_map(|u| u.lastmod).max() {
            index.text_element("lastmod", &[], &rfc3339(&d));
        }
        index.close("sitemap").newline();
        out.push((name, urlset(chunk)));
    }
    index.close("sitemapindex").newline();
    out.insert(0, ("sitemap.xml".into(), index.finish()));
    out
}

fn urlset(urls: &[SitemapUrl]) -> String {
    let mut w = XmlWriter::document();
    w.open("urlset", &[("xmlns", NS)]).newline();
    for u in urls {
        w.open("url", &[]);
        w.text_element("loc", &[], &u.loc);
        if let Some(d) = &u.lastmod {
            w.text_element("lastmod", &[], &rfc3339(d));
        }
        w.close("url").newline();
    }
    w.close("urlset").newline();
    w.finish()
}

/// The pages in the news window at the build's clock (newest first, at most 1,000).
pub(crate) fn news_pages(model: &Model) -> Vec<usize> {
    let since = model.now - NEWS_WINDOW;
    let pages = &model.library.pages;
    model
        .library
        .news
        .iter()
        .copied()
        .take_while(|&i| pages[i].date > since)
        .filter(|&i| pages[i].date <= model.now)
        .take(MAX_NEWS)
        .collect()
}

/// `news-sitemap.xml`.
pub(crate) fn news(model: &Model) -> String {
    let config = &model.config;
    let name = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    let mut w = XmlWriter::document();
    w.open(
        "urlset",
        &[
            ("xmlns", NS),
            (
                "xmlns:news",
                "http://www.google.com/schemas/sitemap-news/0.9",
            ),
        ],
    )
    .newline();
    for i in news_pages(model) {
        let page = &model.library.pages[i];
        w.open("url", &[]);
        w.text_element("loc", &[], &config.permalink(&page.path));
        w.open("news:news", &[]);
        w.open("news:publication", &[]);
        w.text_element("news:name", &[], name);
        w.text_element("news:language", &[], config.language.code());
        w.close("news:publication");
        let date = page.date.with_timezone(&config.timezone).fixed_offset();
        w.text_element("news:publication_date", &[], &rfc3339(&date));
        w.text_element("news:title", &[], &page.title);
        w.close("news:news");
        w.close("url").newline();
    }
    w.close("urlset").newline();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(n: usize) -> Vec<SitemapUrl> {
        let d = chrono::DateTime::parse_from_rfc3339("2026-11-26T09:00:00+07:00").unwrap();
        (0..n)
            .map(|i| SitemapUrl {
                loc: format!("https://example.org/p{i}/"),
                lastmod: Some(d + chrono::Duration::minutes(i as i64)),
            })
            .collect()
    }

    #[test]
    fn one_file_while_it_fits() {
        let files = files(&list(3), 3, "https://example.org");
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        assert_eq!(files[0].1.matches("<url>").count(), 3);
        assert!(
            files[0]
                .1
                .contains("<lastmod>2026-11-26T09:02:00+07:00</lastmod>")
        );
    }

    #[test]
    fn splits_into_an_index_past_the_limit() {
        let files = files(&list(7), 3, "https://example.org");
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        let index = &files[0].1;
        assert!(index.contains("<sitemapindex"));
        assert!(index.contains("<loc>https://example.org/sitemap-3.xml</loc>"));
        assert!(index.contains("<lastmod>2026-11-26T09:06:00+07:00</lastmod>"));
        let counts: Vec<usize> = files[1..]
            .iter()
            .map(|(_, t)| t.matches("<url>").count())
            .collect();
        assert_eq!(counts, [3, 3, 1]);
    }

    #[test]
    fn a_hundred_thousand_urls_make_two_sitemaps() {
        let files = files(&list(100_000), MAX_URLS, "https://example.org");
        assert_eq!(files.len(), 3);
        assert_eq!(files[1].1.matches("<url>").count(), MAX_URLS);
        assert_eq!(files[2].1.matches("<url>").count(), MAX_URLS);
    }
}
