//! Atom 1.0 (RFC 4287): permanent tag-URI ids, RFC 3339 dates in the site's time
//! zone, `published` and `updated`, a feed-level author (so every entry has one),
//! HTML `summary` and `content`, categories with their scheme, and the lead image
//! as an `enclosure` link.

use crate::dates::{Date, rfc3339};
use crate::feeds::entry::Entries;
use crate::feeds::xml::XmlWriter;
use crate::feeds::{Feed, Format};

/// One `<entry>`, the same in every feed that lists the page.
pub(crate) fn entry(entries: &Entries<'_>, index: usize) -> String {
    let model = entries.model();
    let full = model.config.feeds.full_content;
    let e = entries.get(index);
    let mut w = XmlWriter::fragment();
    w.open("entry", &[]).newline();
    w.text_element("id", &[], &e.id).newline();
    w.cleaned_element("title", &[("type", "text")], &e.title)
        .newline();
    w.empty(
        "link",
        &[
            ("rel", "alternate"),
            ("type", "text/html"),
            ("href", &e.url),
        ],
    )
    .newline();
    w.text_element("published", &[], &rfc3339(&e.published))
        .newline();
    w.text_element("updated", &[], &rfc3339(&e.updated))
        .newline();
    for (name, url) in &e.authors {
        w.open("author", &[]);
        w.text_element("name", &[], name);
        if let Some(u) = url {
            w.text_element("uri", &[], u);
        }
        w.close("author").newline();
    }
    if let Some(tags) = model.config.taxonomies.iter().find(|t| t.name == "tags") {
        let scheme = model.config.permalink(&format!("/{}/", tags.path));
        for (name, _) in &e.tags {
            let slug = crate::text::slug::slugify(name);
            w.empty(
                "category",
                &[("term", &slug), ("scheme", &scheme), ("label", name)],
            )
            .newline();
        }
    }
    if let Some(image) = &e.image {
        let length = image.length.map(|l| l.to_string());
        let mut attrs: Vec<(&str, &str)> = vec![
            ("rel", "enclosure"),
            ("type", image.mime),
            ("href", &image.url),
        ];
        if let Some(l) = &length {
            attrs.push(("length", l));
        }
        w.empty("link", &attrs).newline();
    }
    w.cleaned_element("summary", &[("type", "html")], &e.summary_html)
        .newline();
    if full {
        w.cleaned_element("content", &[("type", "html")], entries.content(index))
            .newline();
    }
    w.close("entry").newline();
    w.finish()
}

/// The whole feed around its entries.
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
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", config.language.code()),
        ],
    )
    .newline();
    // The feed's id is its HTML page's URL: permanent as long as the site's are.
    w.text_element("id", &[], &config.permalink(&feed.dir))
        .newline();
    w.text_element("title", &[("type", "text")], &feed.title)
        .newline();
    w.text_element("subtitle", &[("type", "text")], &feed.description)
        .newline();
    w.text_element("updated", &[], &rfc3339(updated)).newline();
    w.empty(
        "link",
        &[
            ("rel", "alternate"),
            ("type", "text/html"),
            ("href", &config.permalink(&feed.dir)),
        ],
    )
    .newline();
    let self_url = config.permalink(&format!("{}{}", feed.dir, Format::Atom.file()));
    w.empty(
        "link",
        &[
            ("rel", "self"),
            ("type", Format::Atom.mime()),
            ("href", &self_url),
        ],
    )
    .newline();
    let author = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    w.open("author", &[]);
    w.text_element("name", &[], author);
    w.text_element("uri", &[], &config.permalink("/"));
    w.close("author").newline();
    w.text_element(
        "generator",
        &[("version", env!("CARGO_PKG_VERSION"))],
        "loa",
    )
    .newline();
    if let Some(p) = &config.publisher {
        if let Some(logo) = &p.logo {
            w.text_element("logo", &[], &config.permalink(logo))
                .newline();
        }
        if let Some(licence) = &p.licence {
            w.text_element("rights", &[("type", "text")], licence)
                .newline();
        }
    }
    for item in items {
        w.raw(item);
    }
    w.close("feed").newline();
    w.finish()
}
