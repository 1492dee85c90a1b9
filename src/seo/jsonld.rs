//! JSON-LD (schema.org) built with serde_json, so any title makes valid JSON, and
//! printed safe inside `<script>`: `NewsArticle` for pages, `BreadcrumbList` for
//! every page below home, `WebSite` with its publisher on the home page.

use serde_json::{Map, Value, json};

use crate::config::Config;
use crate::content::Page;
use crate::dates::rfc3339;
use crate::feeds::xml::clean;
use crate::site::Site;

/// One step of a breadcrumb: name and site path.
pub(crate) type Crumb = (String, String);

/// `{"@context": …, "@graph": [...]}` as text that cannot close a `<script>`.
pub(crate) fn script_text(graph: Vec<Value>) -> String {
    let value = json!({ "@context": "https://schema.org", "@graph": graph });
    let text = serde_json::to_string(&value).unwrap_or_default();
    crate::render::functions::script_safe_json(&text)
}

/// The publisher as an organisation with its logo.
pub(crate) fn publisher(config: &Config) -> Value {
    let mut o = Map::new();
    o.insert("@type".into(), json!("NewsMediaOrganization"));
    let name = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    o.insert("name".into(), json!(clean(name)));
    o.insert("url".into(), json!(config.permalink("/")));
    if let Some(logo) = config.publisher.as_ref().and_then(|p| p.logo.as_deref()) {
        o.insert(
            "logo".into(),
            json!({ "@type": "ImageObject", "url": config.permalink(logo) }),
        );
    }
    if let Some(email) = config.publisher.as_ref().and_then(|p| p.email.as_deref()) {
        o.insert("email".into(), json!(clean(email)));
    }
    Value::Object(o)
}

/// A `BreadcrumbList` of absolute URLs.
pub(crate) fn breadcrumbs(config: &Config, crumbs: &[Crumb]) -> Value {
    let items: Vec<Value> = crumbs
        .iter()
        .enumerate()
        .map(|(i, (name, path))| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": clean(name),
                "item": config.permalink(path),
            })
        })
        .collect();
    json!({ "@type": "BreadcrumbList", "itemListElement": items })
}

/// `WebSite` for the home page.
pub(crate) fn website(config: &Config) -> Value {
    let mut o = Map::new();
    o.insert("@type".into(), json!("WebSite"));
    o.insert("name".into(), json!(clean(&config.title)));
    o.insert("url".into(), json!(config.permalink("/")));
    o.insert("inLanguage".into(), json!(config.language.code()));
    if let Some(d) = &config.description {
        o.insert("description".into(), json!(clean(d)));
    }
    o.insert("publisher".into(), publisher(config));
    Value::Object(o)
}

/// `NewsArticle` for a page.
pub(crate) fn article(site: &Site, page: &Page) -> Value {
    let config = &site.config;
    let tz = config.timezone;
    let url = config.permalink(&page.path);
    let published = page.date.with_timezone(&tz).fixed_offset();
    let modified = page
        .updated
        .map_or(published, |u| u.with_timezone(&tz).fixed_offset());
    let authors_taxonomy = config.taxonomies.iter().find(|t| t.name == "authors");
    let authors: Vec<Value> = page
        .taxonomies
        .get("authors")
        .into_iter()
        .flatten()
        .map(|name| {
            let mut a = Map::new();
            a.insert("@type".into(), json!("Person"));
            a.insert("name".into(), json!(clean(name)));
            if let Some(t) = authors_taxonomy {
                a.insert(
                    "url".into(),
                    json!(config.permalink(&crate::content::taxonomy::term_path(t, name))),
                );
            }
            Value::Object(a)
        })
        .collect();
    let mut o = Map::new();
    o.insert("@type".into(), json!("NewsArticle"));
    o.insert("@id".into(), json!(format!("{url}#article")));
    o.insert("headline".into(), json!(clean(&page.title)));
    if !page.summary_text.is_empty() {
        o.insert("description".into(), json!(clean(&page.summary_text)));
    }
    o.insert("url".into(), json!(url));
    o.insert(
        "mainEntityOfPage".into(),
        json!({ "@type": "WebPage", "@id": url }),
    );
    o.insert("datePublished".into(), json!(rfc3339(&published)));
    o.insert("dateModified".into(), json!(rfc3339(&modified)));
    o.insert("inLanguage".into(), json!(config.language.code()));
    let section = &site.library.sections[page.section];
    if !section.is_home() {
        o.insert("articleSection".into(), json!(clean(&section.title)));
    }
    if let Some(tags) = page.taxonomies.get("tags").filter(|t| !t.is_empty()) {
        o.insert(
            "keywords".into(),
            json!(tags.iter().map(|t| clean(t)).collect::<Vec<_>>()),
        );
    }
    if let Some(src) = page.meta.image.as_deref() {
        let image = crate::render::values::image_url(page, src);
        o.insert(
            "image".into(),
            json!([crate::feeds::html::resolve(
                &image,
                &config.base_url,
                &page.path
            )]),
        );
    }
    o.insert(
        "author".into(),
        if authors.is_empty() {
            json!([publisher(config)])
        } else {
            Value::Array(authors)
        },
    );
    o.insert("publisher".into(), publisher(config));
    o.insert("isAccessibleForFree".into(), json!(true));
    Value::Object(o)
}
