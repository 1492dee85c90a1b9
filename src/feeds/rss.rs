//! RSS 2.0 with the RSS Best Practices Profile: the summary in `description` and
//! the full HTML in `content:encoded`, `dc:creator` for authors' names (RSS
//! `author` must be an e-mail address), a `guid` that is not a permalink, RFC 822
//! dates with English names, the lead image as `enclosure` (with its byte length)
//! and `media:content` (with caption and credit), and `atom:link rel="self"`.

use crate::dates::{Date, rfc822};
use crate::feeds::entry::Entries;
use crate::feeds::xml::XmlWriter;
use crate::feeds::{Feed, Format};

/// One `<item>`, the same in every feed that lists the page.
pub(crate) fn item(entries: &Entries<'_>, index: usize) -> String {
    let full = entries.model().config.feeds.full_content;
    let e = entries.get(index);
    let mut w = XmlWriter::fragment();
    w.open("item", &[]).newline();
    w.cleaned_element("title", &[], &e.title).newline();
    w.text_element("link", &[], &e.url).newline();
    w.cleaned_element("description", &[], &e.summary_html)
        .newline();
    if full {
        w.cleaned_element("content:encoded", &[], entries.content(index))
            .newline();
    }
    for (name, _) in &e.authors {
        w.text_element("dc:creator", &[], name).newline();
    }
    for (name, _) in &e.tags {
        w.text_element("category", &[], name).newline();
    }
    if let Some(image) = &e.image {
        // `length` is required by RSS: only local files, whose size we know.
        if let Some(length) = image.length {
            w.empty(
                "enclosure",
                &[
                    ("url", &image.url),
                    ("length", &length.to_string()),
                    ("type", image.mime),
                ],
            )
            .newline();
        }
    }
    w.text_element("guid", &[("isPermaLink", "false")], &e.id)
        .newline();
    w.text_element("pubDate", &[], &rfc822(&e.published))
        .newline();
    if let Some(image) = &e.image {
        let length = image.length.map(|l| l.to_string());
        let (width, height) = image
            .size
            .map(|(w, h)| (w.to_string(), h.to_string()))
            .unzip();
        let mut attrs: Vec<(&str, &str)> = vec![
            ("url", &image.url),
            ("medium", "image"),
            ("type", image.mime),
        ];
        if let Some(l) = &length {
            attrs.push(("fileSize", l));
        }
        if let (Some(wd), Some(ht)) = (&width, &height) {
            attrs.push(("width", wd));
            attrs.push(("height", ht));
        }
        w.open("media:content", &attrs);
        if let Some(caption) = &image.caption {
            w.text_element("media:description", &[("type", "plain")], caption);
        }
        if let Some(credit) = &image.credit {
            w.text_element("media:credit", &[("role", "photographer")], credit);
        }
        w.close("media:content").newline();
    }
    w.close("item").newline();
    w.finish()
}

/// The whole feed around its items.
pub(crate) fn document(
    entries: &Entries<'_>,
    feed: &Feed,
    updated: &Date,
    items: &[&str],
) -> String {
    let model = entries.model();
    let config = &model.config;
    let mut w = XmlWriter::document();
    w.open(
        "rss",
        &[
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:media", "http://search.yahoo.com/mrss/"),
        ],
    )
    .newline();
    w.open("channel", &[]).newline();
    w.text_element("title", &[], &feed.title).newline();
    w.text_element("link", &[], &config.permalink(&feed.dir))
        .newline();
    w.text_element("description", &[], &feed.description)
        .newline();
    w.text_element("language", &[], config.language.code())
        .newline();
    w.text_element("generator", &[], concat!("loa ", env!("CARGO_PKG_VERSION")))
        .newline();
    w.text_element("docs", &[], "https://www.rssboard.org/rss-specification")
        .newline();
    w.text_element("lastBuildDate", &[], &rfc822(updated))
        .newline();
    let self_url = config.permalink(&format!("{}{}", feed.dir, Format::Rss.file()));
    w.empty(
        "atom:link",
        &[
            ("href", &self_url),
            ("rel", "self"),
            ("type", Format::Rss.mime()),
        ],
    )
    .newline();
    if let Some(p) = &config.publisher {
        if let Some(email) = p.email.as_deref().filter(|e| e.contains('@')) {
            let who = p.editor_in_chief.as_deref().unwrap_or(&p.name);
            w.text_element("managingEditor", &[], &format!("{email} ({who})"))
                .newline();
        }
        // RSS allows GIF, JPEG and PNG channel images only.
        if let Some(logo) = p.logo.as_deref().filter(|l| {
            let l = l.to_ascii_lowercase();
            [".png", ".gif", ".jpg", ".jpeg"]
                .iter()
                .any(|x| l.ends_with(x))
        }) {
            w.open("image", &[]);
            w.text_element("url", &[], &config.permalink(logo));
            w.text_element("title", &[], &feed.title);
            w.text_element("link", &[], &config.permalink(&feed.dir));
            w.close("image").newline();
        }
    }
    for item in items {
        w.raw(item);
    }
    w.close("channel").newline().close("rss").newline();
    w.finish()
}
