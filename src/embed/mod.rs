//! Embeds for other newsrooms: iframe-able headline lists at `/embed/` and
//! `/embed/<section>/`, the `/embed.js` widget that renders a JSON Feed into
//! `div[data-loa-feed]`, and an oEmbed provider as static files.
//!
//! oEmbed: every page has `<page URL>oembed.json` of type `rich` whose `html` is an
//! iframe of the page's card at `<page URL>embed.html`. A `link` response would give
//! consumers nothing to show but a bare URL; `rich` with a sandboxable iframe is the
//! form WordPress (the CMS of many Vietnamese newsrooms) accepts from providers it
//! does not know: it keeps an iframe and drops any other markup, so the card shows
//! the headline, image and sapo while no script of ours runs on their page. A
//! static file cannot honour `maxwidth`/`maxheight`: the card is fluid from 300 to
//! 600 px and the iframe says 600 × its fixed height.

mod pages;

use rayon::prelude::*;
use serde_json::{Map, Value, json};

use crate::error::{Diagnostic, Location};
use crate::feeds::entry::Entries;
use crate::feeds::{Format, section_has_feeds, section_pages};
use crate::output::Sink;
use crate::render::i18n::I18n;
use pages::Frame;

/// Headlines in a list embed.
const HEADLINES: usize = 10;

/// The site path of a section's embed (`/embed/` for home).
pub(crate) fn embed_path(section_path: &str) -> String {
    format!("/embed{section_path}")
}

/// The site path of a page's card, the target of its oEmbed iframe. It sits in the
/// page's own folder: a build of 10,000 articles then makes no extra folders.
pub(crate) fn card_path(page_path: &str) -> String {
    format!("{page_path}embed.html")
}

/// The site path of a page's oEmbed file.
pub(crate) fn oembed_path(page_path: &str) -> String {
    format!("{page_path}oembed.json")
}

/// `/embed.js` with the site's URL, language and time zone filled in.
pub(crate) fn script(config: &crate::config::Config) -> String {
    let quote =
        |s: &str| crate::text::escape::script_json(&serde_json::to_string(s).unwrap_or_default());
    include_str!("embed.js")
        .replace("__LOA_SCRIPT_URL__", &config.permalink("/embed.js"))
        .replace("__LOA_BASE__", &quote(&config.base_url))
        .replace("__LOA_LANG__", &quote(config.language.code()))
        .replace("__LOA_TZ__", &quote(config.timezone.name()))
}

/// Writes the embeds, `embed.js` and every oEmbed file; returns how many files.
pub(crate) fn write(
    entries: &Entries<'_>,
    i18n: &I18n,
    sink: &dyn Sink,
) -> Result<usize, Vec<Diagnostic>> {
    let model = entries.model();
    let config = &model.config;
    let brand_name = config
        .publisher
        .as_ref()
        .map_or(config.title.as_str(), |p| p.name.as_str());
    let home = config.permalink("/");
    let brand = (brand_name, home.as_str());
    let mut files: Vec<(String, String)> = vec![("embed.js".into(), script(config))];
    files.extend(list_embeds(entries, i18n, brand));
    let mut problems: Vec<Diagnostic> = files
        .par_iter()
        .filter_map(|(rel, text)| write_file(sink, rel, text))
        .collect();
    problems.extend(write_cards(entries, i18n, brand, sink));
    if problems.is_empty() {
        Ok(files.len() + model.library.news.len() * 2)
    } else {
        Err(problems)
    }
}

/// The pages of each headline list: the latest news for home (section 0), then
/// each section with feeds.
fn headline_lists(lib: &crate::content::Library) -> Vec<(usize, Vec<usize>)> {
    let mut lists: Vec<(usize, Vec<usize>)> =
        vec![(0, lib.news.iter().take(HEADLINES).copied().collect())];
    for (i, s) in lib.sections.iter().enumerate() {
        if section_has_feeds(s) {
            let mut pages = section_pages(lib, i);
            pages.truncate(HEADLINES);
            lists.push((i, pages));
        }
    }
    lists
}

/// The headline list embeds, as (output file, HTML).
fn list_embeds(entries: &Entries<'_>, i18n: &I18n, brand: (&str, &str)) -> Vec<(String, String)> {
    let model = entries.model();
    let config = &model.config;
    let lib = &model.library;
    let word = |key: &str, fallback: &str| {
        i18n.strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| fallback.to_string())
    };
    let latest = word("latest", "Latest");
    let more = word("read_more", "More");
    let mut files = Vec::new();
    for (i, pages) in &headline_lists(lib) {
        let s = &lib.sections[*i];
        let title = if s.is_home() {
            config.title.clone()
        } else {
            crate::feeds::section_feed_title(config, s)
        };
        let canonical = config.permalink(&s.path);
        let heading = if s.is_home() {
            format!("{latest} – {}", config.title)
        } else {
            s.title.clone()
        };
        let items: Vec<_> = pages.iter().map(|&p| entries.get(p)).collect();
        let f = Frame {
            lang: config.language.code(),
            title: &title,
            canonical: &canonical,
            brand,
            words: &i18n.dates,
        };
        let html = pages::list(&f, &heading, &more, &items);
        files.push((
            format!("{}index.html", embed_path(&s.path).trim_start_matches('/')),
            html,
        ));
    }
    files
}

/// Writes the card and the oEmbed file of every news page (a page that is not
/// news, as about or contact, has no card to embed); returns the problems.
fn write_cards(
    entries: &Entries<'_>,
    i18n: &I18n,
    brand: (&str, &str),
    sink: &dyn Sink,
) -> Vec<Diagnostic> {
    let model = entries.model();
    let lib = &model.library;
    lib.news
        .par_iter()
        .flat_map_iter(|&i| {
            let e = entries.get(i);
            let page = &lib.pages[i];
            let f = Frame {
                lang: model.config.language.code(),
                title: &e.title,
                canonical: &e.url,
                brand,
                words: &i18n.dates,
            };
            let card_rel = card_path(&page.path).trim_start_matches('/').to_string();
            let oembed_rel = oembed_path(&page.path).trim_start_matches('/').to_string();
            let card = pages::card(&f, e);
            let oembed = oembed(entries, i, brand.0);
            [
                write_file(sink, &card_rel, &card),
                write_file(sink, &oembed_rel, &oembed),
            ]
            .into_iter()
            .flatten()
        })
        .collect()
}

/// Writes one output file; a failure is a problem at that file.
fn write_file(sink: &dyn Sink, rel: &str, text: &str) -> Option<Diagnostic> {
    sink.write(rel, text.as_bytes().to_vec())
        .err()
        .map(|e| Diagnostic::error(Location::file(rel), e.to_string()))
}

/// The oEmbed 1.0 response for page `index`.
fn oembed(entries: &Entries<'_>, index: usize, provider: &str) -> String {
    let model = entries.model();
    let config = &model.config;
    let page = &model.library.pages[index];
    let e = entries.get(index);
    let src = config.permalink(&card_path(&page.path));
    let height = pages::card_height(e);
    let esc = crate::text::escape::html;
    let html = format!(
        "<iframe src=\"{}\" width=\"600\" height=\"{height}\" title=\"{}\" loading=\"lazy\" \
style=\"max-width:100%;border:0\" sandbox=\"allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation\"></iframe>",
        esc(&src),
        esc(&e.title)
    );
    let mut o = Map::new();
    o.insert("version".into(), json!("1.0"));
    o.insert("type".into(), json!("rich"));
    o.insert("title".into(), json!(e.title));
    if !e.authors.is_empty() {
        let names: Vec<&str> = e.authors.iter().map(|(n, _)| n.as_str()).collect();
        o.insert("author_name".into(), json!(names.join(", ")));
        if let Some(url) = e.authors.first().and_then(|(_, u)| u.as_deref()) {
            o.insert("author_url".into(), json!(url));
        }
    }
    o.insert(
        "provider_name".into(),
        json!(crate::feeds::xml::clean(provider)),
    );
    o.insert("provider_url".into(), json!(config.permalink("/")));
    o.insert("cache_age".into(), json!(86_400));
    if let Some(image) = &e.image
        && let Some((w, h)) = image.size
    {
        o.insert("thumbnail_url".into(), json!(image.url));
        o.insert("thumbnail_width".into(), json!(w));
        o.insert("thumbnail_height".into(), json!(h));
    }
    o.insert("html".into(), json!(html));
    o.insert("width".into(), json!(600));
    o.insert("height".into(), json!(height));
    let mut text = serde_json::to_string_pretty(&Value::Object(o)).unwrap_or_default();
    text.push('\n');
    text
}

/// The feed and embed URLs of a section or of home, for templates that show
/// newsrooms what to paste: iframe, script and the feeds.
pub(crate) fn snippets(config: &crate::config::Config, section_path: &str, title: &str) -> Value {
    let iframe_url = config.permalink(&embed_path(section_path));
    let script_url = config.permalink("/embed.js");
    let json_feed = format!("{section_path}{}", Format::Json.file());
    let esc = crate::text::escape::html;
    let iframe = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"520\" loading=\"lazy\" style=\"border:0;max-width:600px\"></iframe>",
        esc(&iframe_url),
        esc(title)
    );
    let widget = config.feeds.json.then(|| {
        format!(
            "<div data-loa-feed=\"{}\" data-limit=\"5\"></div>\n<script src=\"{}\" async></script>",
            esc(&config.permalink(&json_feed)),
            esc(&script_url)
        )
    });
    json!({
        "iframe_url": iframe_url,
        "script_url": script_url,
        "json_feed": config.feeds.json.then(|| config.permalink(&json_feed)),
        "iframe": iframe,
        "script": widget,
    })
}
