//! What the `<head>` of every page tells search engines, social networks and feed
//! readers, as the `seo` value each template sees (printed by the built-in
//! `seo_head.html`): canonical URL, description, OpenGraph and Twitter card facts,
//! the feeds to announce with `<link rel="alternate">`, the oEmbed discovery URL,
//! the embed snippets of sections, and JSON-LD.
//!
//! Fields of `seo`: `canonical`, `title`, `site_name`, `description`, `type`
//! (`article` | `website`), `locale`, `image` {`url`, `alt`, and `width`, `height` of the
//! 1200 px OpenGraph variant when one was made} or none,
//! `twitter_card`, `published`, `modified`, `section`, `tags`, `feeds` [{`type`,
//! `href`, `title`}], `oembed`, `embed` (see [`crate::embed::snippets`]) or none,
//! `robots` or none, `jsonld` (safe to print inside `<script>`).

mod jsonld;

use tera::Value;

use crate::config::Config;
use crate::feeds::{
    Format, section_feed_title, section_has_feeds, taxonomy_label, term_feed_title,
};
use crate::model::Model;
use crate::render::i18n::I18n;
use crate::templating::Obj;
use jsonld::Crumb;

/// The longest meta description, in characters.
const DESCRIPTION_CHARS: usize = 300;

/// What one kind of file says of itself (each kind of job chooses its own, from the
/// functions below); [`value`] adds what every file says.
pub(crate) struct Subject<'a> {
    title: String,
    description: String,
    image: Option<Value>,
    /// `article` facts (dates, section, tags, oEmbed) for news; none: `website`.
    article: Option<Obj>,
    /// Feeds beside the site's, by (folder, title).
    feeds: Vec<(String, String)>,
    /// The embed snippets offered: (folder, title).
    embed: Option<(String, String)>,
    graph: Vec<jsonld::Node<'a>>,
    robots: Option<&'static str>,
}

impl<'a> Subject<'a> {
    fn new(title: String, description: String, image: Option<Value>) -> Self {
        Subject {
            title,
            description,
            image,
            article: None,
            feeds: Vec::new(),
            embed: None,
            graph: Vec::new(),
            robots: None,
        }
    }
}

/// What every kind of file needs to describe itself.
pub(crate) struct Scope<'a> {
    model: &'a Model,
    i18n: &'a I18n,
    /// The theme's word for home, for breadcrumbs.
    home: String,
}

impl<'a> Scope<'a> {
    /// The scope of one pass: the model and the theme's words.
    pub(crate) fn new(model: &'a Model, i18n: &'a I18n) -> Self {
        let home = i18n
            .strings
            .get("home")
            .cloned()
            .unwrap_or_else(|| model.config.title.clone());
        Scope { model, i18n, home }
    }

    /// The site's description, else its title.
    fn site_description(&self) -> String {
        let config = &self.model.config;
        config
            .description
            .clone()
            .unwrap_or_else(|| config.title.clone())
    }

    /// The publisher's logo, the image of every file that has none of its own.
    fn logo(&self) -> Option<Value> {
        let config = &self.model.config;
        let logo = config.publisher.as_ref()?.logo.as_deref()?;
        Some(
            Obj::new()
                .set("url", config.permalink(logo))
                .set("alt", config.title.as_str())
                .done(),
        )
    }

    /// A UI word of the theme, else `key` itself.
    fn word(&self, key: &str) -> String {
        self.i18n
            .strings
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }
}

/// The `seo` value for one rendered file at site path `path`, which says `subject`
/// of itself.
pub(crate) fn value(scope: &Scope<'_>, subject: Subject<'_>, path: &str) -> Value {
    let config = &scope.model.config;
    let mut feeds = feed_links(config, "/", &config.title);
    for (dir, title) in &subject.feeds {
        feeds.extend(feed_links(config, dir, title));
    }
    let card = if subject.article.is_some() && subject.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    let obj = Obj::new()
        .set("canonical", config.permalink(path))
        .set("site_name", config.title.as_str())
        .set(
            "locale",
            if config.language.code() == "vi" {
                "vi_VN"
            } else {
                "en_US"
            },
        )
        .opt("robots", subject.robots);
    let obj = match subject.article {
        Some(article) => obj.merge(article),
        None => obj.set("type", "website"),
    };
    obj.set("title", subject.title)
        .set(
            "description",
            shorten(&subject.description, DESCRIPTION_CHARS),
        )
        .opt("image", subject.image)
        .set("twitter_card", card)
        .set("feeds", feeds)
        .opt(
            "embed",
            subject.embed.map(|(dir, title): (String, String)| {
                Value::from_serializable(&crate::embed::snippets(config, &dir, &title))
            }),
        )
        .set(
            "jsonld",
            Value::safe_string(&jsonld::script_text(subject.graph)),
        )
        .done()
}

/// A page: news as an `article` (dates, section, tags, oEmbed) and `NewsArticle`,
/// a page that is not news as a `website` and `WebPage`; breadcrumbs for both.
pub(crate) fn page<'a>(scope: &Scope<'a>, index: usize) -> Subject<'a> {
    let model = scope.model;
    let config = &model.config;
    let page = &model.library.pages[index];
    let section = &model.library.sections[page.section];
    let image = page.meta.image.as_deref().map(|src| {
        // The 1200 px OpenGraph variant when the image pipeline made one.
        let og = page.image_info.as_ref().and_then(|i| i.og.as_ref());
        let url = og.map_or_else(
            || crate::render::values::image_url(page, src),
            |v| crate::text::url::encode_path(&v.url).into_owned(),
        );
        Obj::new()
            .opt("width", og.map(|v| v.width))
            .opt("height", og.map(|v| v.height))
            .set(
                "url",
                crate::feeds::html::resolve(&url, &config.base_url, &page.path),
            )
            .set(
                "alt",
                page.meta.image_caption.as_deref().unwrap_or(&page.title),
            )
            .done()
    });
    let mut subject = Subject::new(page.title.clone(), page.summary_text.clone(), image);
    if section_has_feeds(section) {
        subject
            .feeds
            .push((section.path.clone(), section_feed_title(config, section)));
    }
    if page.is_listed() {
        subject.article = Some(article_facts(model, page, section));
        subject.graph.push(jsonld::article(model, page));
    } else {
        // Not news (about, contact): a plain web page, with no embed card.
        subject.graph.push(jsonld::web_page(model, page));
    }
    let mut crumbs = section_crumbs(model, page.section, &scope.home);
    crumbs.push((page.title.clone(), page.path.clone()));
    subject.graph.push(jsonld::breadcrumbs(config, crumbs));
    subject
}

/// The OpenGraph `article` facts of a news page.
fn article_facts(
    model: &Model,
    page: &crate::content::Page,
    section: &crate::content::Section,
) -> Obj {
    let config = &model.config;
    let tz = config.timezone;
    let published = page.date.with_timezone(&tz).fixed_offset();
    let modified = page
        .updated
        .map_or(published, |u| u.with_timezone(&tz).fixed_offset());
    let tags: Vec<Value> = page
        .taxonomies
        .get("tags")
        .into_iter()
        .flatten()
        .map(|t| Value::from(t.as_str()))
        .collect();
    Obj::new()
        .set("type", "article")
        .set("published", crate::dates::rfc3339(&published))
        .set("modified", crate::dates::rfc3339(&modified))
        .opt(
            "section",
            (!section.is_home()).then_some(section.title.as_str()),
        )
        .set("tags", tags)
        .set(
            "oembed",
            config.permalink(&crate::embed::oembed_path(&page.path)),
        )
}

/// Home (`WebSite`, the site's embed) or a section (breadcrumbs, its feeds and
/// embed when it has them).
pub(crate) fn section<'a>(scope: &Scope<'a>, index: usize) -> Subject<'a> {
    let model = scope.model;
    let config = &model.config;
    let section = &model.library.sections[index];
    if section.is_home() {
        let mut subject =
            Subject::new(config.title.clone(), scope.site_description(), scope.logo());
        subject.graph.push(jsonld::website(config));
        subject.embed = Some(("/".into(), config.title.clone()));
        return subject;
    }
    let description = section
        .meta
        .description
        .clone()
        .unwrap_or_else(|| section.title.clone());
    let mut subject = Subject::new(section.title.clone(), description, scope.logo());
    if section_has_feeds(section) {
        let title = section_feed_title(config, section);
        subject.feeds.push((section.path.clone(), title.clone()));
        subject.embed = Some((section.path.clone(), title));
    }
    subject.graph.push(jsonld::breadcrumbs(
        config,
        section_crumbs(model, index, &scope.home),
    ));
    subject
}

/// The list of a taxonomy's terms.
pub(crate) fn taxonomy_list<'a>(scope: &Scope<'a>, taxonomy: usize) -> Subject<'a> {
    let config = &scope.model.config;
    let t = &scope.model.library.taxonomies[taxonomy];
    let label = taxonomy_label(&t.config, scope.i18n);
    let crumbs: Vec<Crumb> = vec![
        (scope.home.clone(), "/".into()),
        (label.clone(), t.path.clone()),
    ];
    let description = format!("{label} – {}", config.title);
    let mut subject = Subject::new(label, description, scope.logo());
    subject.graph.push(jsonld::breadcrumbs(config, crumbs));
    subject
}

/// One term's listing, with its feeds when the taxonomy has them.
pub(crate) fn term_listing<'a>(scope: &Scope<'a>, taxonomy: usize, term: usize) -> Subject<'a> {
    let config = &scope.model.config;
    let t = &scope.model.library.taxonomies[taxonomy];
    let entry = &t.terms[term];
    let label = taxonomy_label(&t.config, scope.i18n);
    let crumbs: Vec<Crumb> = vec![
        (scope.home.clone(), "/".into()),
        (label.clone(), t.path.clone()),
        (entry.name.clone(), entry.path.clone()),
    ];
    let description = format!("{label}: {}", entry.name);
    let mut subject = Subject::new(entry.name.clone(), description, scope.logo());
    if t.config.feeds {
        let title = term_feed_title(config, &label, &entry.name);
        subject.feeds.push((entry.path.clone(), title));
    }
    subject.graph.push(jsonld::breadcrumbs(config, crumbs));
    subject
}

/// A page of loa's own (the archives, search), named by the theme's word `key`.
pub(crate) fn listing<'a>(scope: &Scope<'a>, key: &str, path: &str) -> Subject<'a> {
    let config = &scope.model.config;
    let label = scope.word(key);
    let crumbs: Vec<Crumb> = vec![
        (scope.home.clone(), "/".into()),
        (label.clone(), path.to_string()),
    ];
    let description = format!("{label} – {}", config.title);
    let mut subject = Subject::new(label, description, scope.logo());
    subject.graph.push(jsonld::breadcrumbs(config, crumbs));
    subject
}

/// The not-found page: the site's title and description, not to be indexed.
pub(crate) fn not_found<'a>(scope: &Scope<'a>) -> Subject<'a> {
    let config = &scope.model.config;
    let mut subject = Subject::new(config.title.clone(), scope.site_description(), scope.logo());
    subject.robots = Some("noindex");
    subject
}

/// `<link rel="alternate">` facts for the enabled formats of the feeds in `dir`.
fn feed_links(config: &Config, dir: &str, title: &str) -> Vec<Value> {
    Format::enabled(config)
        .into_iter()
        .map(|f| {
            Obj::new()
                .set("type", f.mime())
                .set("href", config.permalink(&format!("{dir}{}", f.file())))
                .set("title", format!("{title} ({})", f.label()))
                .done()
        })
        .collect()
}

/// Home, then each ancestor section, then the section itself (home alone for home).
fn section_crumbs(model: &Model, section: usize, home_word: &str) -> Vec<Crumb> {
    let lib = &model.library;
    let mut chain = Vec::new();
    let mut at = Some(section);
    while let Some(i) = at {
        let s = &lib.sections[i];
        if !s.is_home() {
            chain.push((s.title.clone(), s.path.clone()));
        }
        at = s.parent;
    }
    chain.push((home_word.to_string(), "/".into()));
    chain.reverse();
    chain
}

/// At most `max` characters, cut at a space, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    crate::text::plain::shorten(&crate::feeds::xml::clean(text), max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_at_a_space() {
        assert_eq!(shorten("một hai ba", 100), "một hai ba");
        assert_eq!(shorten("một hai, ba bốn năm", 9), "một hai…");
        assert_eq!(shorten("một hai, ba bốn năm", 12), "một hai, ba…");
    }
}
