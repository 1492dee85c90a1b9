//! JSON Feed 1.1: `version`, `title`, `home_page_url`, `feed_url`, `language`,
//! `authors`, and items with a permanent `id`, `content_html` (or the summary when
//! feeds carry no full content), `summary`, `image`, RFC 3339 dates in the site's
//! time zone, `authors` and `tags`. Caption and credit ride in `_loa`.

use serde_json::{Map, Value, json};

use crate::dates::rfc3339;
use crate::feeds::entry::Entries;
use crate::feeds::{Feed, Format};

/// The JSON Feed version URL.
pub(crate) const VERSION: &str = "https://jsonfeed.org/version/1.1";

/// One item, serialised, the same in every feed that lists the page.
pub(crate) fn item(entries: &Entries<'_>, index: usize) -> String {
    let model = entries.model();
    let e = entries.get(index);
    let content = if model.config.feeds.full_content {
        entries.content(index)
    } else {
        e.summary_html.as_str()
    };
    let mut item = Map::new();
    item.insert("id".into(), json!(e.id));
    item.insert("url".into(), json!(e.url));
    item.insert("title".into(), json!(e.title));
    item.insert("content_html".into(), json!(content));
    if !e.summary_text.is_empty() {
        item.insert("summary".into(), json!(e.summary_text));
    }
    if let Some(image) = &e.image {
        item.insert("image".into(), json!(image.url));
    }
    item.insert("date_published".into(), json!(rfc3339(&e.published)));
    item.insert("date_modified".into(), json!(rfc3339(&e.updated)));
    if !e.authors.is_empty() {
        let authors: Vec<Value> = e
            .authors
            .iter()
            .map(|(name, url)| match url {
                Some(u) => json!({ "name": name, "url": u }),
                None => json!({ "name": name }),
            })
            .collect();
        item.insert("authors".into(), Value::Array(authors));
    }
    if !e.tags.is_empty() {
        item.insert(
            "tags".into(),
            json!(e.tags.iter().map(|(n, _)| n).collect::<Vec<_>>()),
        );
    }
    item.insert("language".into(), json!(model.config.language.code()));
    let mut ext = Map::new();
    ext.insert("section".into(), json!(e.section));
    if let Some(image) = &e.image {
        if let Some(c) = &image.caption {
            ext.insert("image_caption".into(), json!(c));
        }
        if let Some(c) = &image.credit {
            ext.insert("image_credit".into(), json!(c));
        }
    }
    item.insert("_loa".into(), Value::Object(ext));
    serde_json::to_string(&Value::Object(item)).unwrap_or_default()
}

/// The whole feed around its items.
pub(crate) fn document(entries: &Entries<'_>, feed: &Feed, items: &[&str]) -> String {
    let config = &entries.model().config;
    let author = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    let mut head = Map::new();
    head.insert("version".into(), json!(VERSION));
    head.insert("title".into(), json!(crate::feeds::xml::clean(&feed.title)));
    head.insert("home_page_url".into(), json!(config.permalink(&feed.dir)));
    head.insert(
        "feed_url".into(),
        json!(config.permalink(&format!("{}{}", feed.dir, Format::Json.file()))),
    );
    head.insert(
        "description".into(),
        json!(crate::feeds::xml::clean(&feed.description)),
    );
    head.insert("language".into(), json!(config.language.code()));
    head.insert(
        "authors".into(),
        json!([{ "name": crate::feeds::xml::clean(author), "url": config.permalink("/") }]),
    );
    let head = serde_json::to_string(&Value::Object(head)).unwrap_or_default();
    // Items are serialised once per page and spliced in, so a page listed by the
    // site, its section and its terms is turned into JSON only once.
    let mut out =
        String::with_capacity(head.len() + items.iter().map(|i| i.len() + 2).sum::<usize>() + 16);
    out.push_str(head.strip_suffix('}').unwrap_or(&head));
    out.push_str(",\"items\":[");
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('\n');
        out.push_str(item);
    }
    out.push_str("\n]}\n");
    out
}
