//! JSON-LD (schema.org) serialised by serde from typed nodes, so any title makes
//! valid JSON, and printed safe inside `<script>`: `NewsArticle` for news,
//! `WebPage` for pages that are not news (`kind: page`),
//! `BreadcrumbList` for every page below home, `WebSite` with its publisher on the
//! home page. Fields are declared in alphabetical order, the order readers of
//! earlier output saw (it was written from sorted maps).

use std::borrow::Cow;

use serde::Serialize;

use crate::config::Config;
use crate::content::Page;
use crate::dates::rfc3339;
use crate::feeds::xml::clean;
use crate::model::Model;

/// One step of a breadcrumb: name and site path.
pub(crate) type Crumb = (String, String);

/// One node of the `@graph`.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum Node<'a> {
    Article(Box<NewsArticle<'a>>),
    Page(Box<PageNode<'a>>),
    Breadcrumbs(BreadcrumbList),
    WebSite(WebSite<'a>),
}

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

/// `{"@context": …, "@graph": [...]}` as text that cannot close a `<script>`.
pub(crate) fn script_text(graph: Vec<Node<'_>>) -> String {
    let document = Document {
        context: "https://schema.org",
        graph,
    };
    let text = serde_json::to_string(&document).unwrap_or_default();
    crate::text::escape::script_json(&text)
}

/// The publisher as an organisation with its logo.
#[derive(Serialize)]
pub(crate) struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo: Option<ImageObject>,
    name: Cow<'a, str>,
    url: String,
}

#[derive(Serialize)]
struct ImageObject {
    #[serde(rename = "@type")]
    kind: &'static str,
    url: String,
}

/// The publisher of `config` (the site itself when none is set).
pub(crate) fn publisher(config: &Config) -> Organization<'_> {
    let publisher = config.publisher.as_ref();
    Organization {
        kind: "NewsMediaOrganization",
        email: publisher.and_then(|p| p.email.as_deref()).map(clean),
        logo: publisher
            .and_then(|p| p.logo.as_deref())
            .map(|logo| ImageObject {
                kind: "ImageObject",
                url: config.permalink(logo),
            }),
        name: clean(publisher.map_or(config.title.as_str(), |p| p.name.as_str())),
        url: config.permalink("/"),
    }
}

#[derive(Serialize)]
pub(crate) struct BreadcrumbList {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<ListItem>,
}

#[derive(Serialize)]
struct ListItem {
    #[serde(rename = "@type")]
    kind: &'static str,
    item: String,
    name: String,
    position: usize,
}

/// A `BreadcrumbList` of absolute URLs.
pub(crate) fn breadcrumbs<'a>(config: &Config, crumbs: Vec<Crumb>) -> Node<'a> {
    Node::Breadcrumbs(BreadcrumbList {
        kind: "BreadcrumbList",
        items: crumbs
            .into_iter()
            .enumerate()
            .map(|(i, (name, path))| ListItem {
                kind: "ListItem",
                item: config.permalink(&path),
                name: clean_owned(name),
                position: i + 1,
            })
            .collect(),
    })
}

/// [`clean`] for a string the caller gives away: copied only when something changes.
fn clean_owned(text: String) -> String {
    match clean(&text) {
        Cow::Borrowed(_) => None,
        Cow::Owned(cleaned) => Some(cleaned),
    }
    .unwrap_or(text)
}

#[derive(Serialize)]
pub(crate) struct WebSite<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Cow<'a, str>>,
    #[serde(rename = "inLanguage")]
    language: &'static str,
    name: Cow<'a, str>,
    publisher: Organization<'a>,
    url: String,
}

/// `WebSite` for the home page.
pub(crate) fn website(config: &Config) -> Node<'_> {
    Node::WebSite(WebSite {
        kind: "WebSite",
        description: config.description.as_deref().map(clean),
        language: config.language.code(),
        name: clean(&config.title),
        publisher: publisher(config),
        url: config.permalink("/"),
    })
}

#[derive(Serialize)]
pub(crate) struct NewsArticle<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "articleSection", skip_serializing_if = "Option::is_none")]
    section: Option<Cow<'a, str>>,
    author: Authors<'a>,
    #[serde(rename = "dateModified")]
    modified: String,
    #[serde(rename = "datePublished")]
    published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Cow<'a, str>>,
    headline: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<[String; 1]>,
    #[serde(rename = "inLanguage")]
    language: &'static str,
    #[serde(rename = "isAccessibleForFree")]
    free: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    keywords: Option<Vec<Cow<'a, str>>>,
    #[serde(rename = "mainEntityOfPage")]
    main_entity: WebPage,
    publisher: Organization<'a>,
    url: String,
}

/// The people of the `authors` taxonomy, else the publisher.
#[derive(Serialize)]
#[serde(untagged)]
enum Authors<'a> {
    People(Vec<Person<'a>>),
    Publisher([Organization<'a>; 1]),
}

#[derive(Serialize)]
struct Person<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
}

#[derive(Serialize)]
struct WebPage {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
}

/// `WebPage` for a page that is not news (`kind: page`).
#[derive(Serialize)]
pub(crate) struct PageNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "dateModified")]
    modified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Cow<'a, str>>,
    #[serde(rename = "inLanguage")]
    language: &'static str,
    name: Cow<'a, str>,
    publisher: Organization<'a>,
    url: String,
}

/// `WebPage` for a page that is not news.
pub(crate) fn web_page<'a>(model: &'a Model, page: &'a Page) -> Node<'a> {
    let config = &model.config;
    let url = config.permalink(&page.path);
    let modified = page
        .updated
        .unwrap_or(page.date)
        .with_timezone(&config.timezone)
        .fixed_offset();
    Node::Page(Box::new(PageNode {
        id: url.clone(),
        kind: "WebPage",
        modified: rfc3339(&modified),
        description: (!page.summary_text.is_empty()).then(|| clean(&page.summary_text)),
        language: config.language.code(),
        name: clean(&page.title),
        publisher: publisher(config),
        url,
    }))
}

/// `NewsArticle` for a page.
pub(crate) fn article<'a>(model: &'a Model, page: &'a Page) -> Node<'a> {
    let config = &model.config;
    let tz = config.timezone;
    let url = config.permalink(&page.path);
    let published = page.date.with_timezone(&tz).fixed_offset();
    let modified = page
        .updated
        .map_or(published, |u| u.with_timezone(&tz).fixed_offset());
    let authors_taxonomy = config.taxonomies.iter().find(|t| t.name == "authors");
    let people: Vec<Person<'a>> = page
        .taxonomies
        .get("authors")
        .into_iter()
        .flatten()
        .map(|name| Person {
            kind: "Person",
            name: clean(name),
            url: authors_taxonomy
                .map(|t| config.permalink(&crate::content::taxonomy::term_path(t, name))),
        })
        .collect();
    let section = &model.library.sections[page.section];
    Node::Article(Box::new(NewsArticle {
        id: format!("{url}#article"),
        kind: "NewsArticle",
        section: (!section.is_home()).then(|| clean(&section.title)),
        author: if people.is_empty() {
            Authors::Publisher([publisher(config)])
        } else {
            Authors::People(people)
        },
        modified: rfc3339(&modified),
        published: rfc3339(&published),
        description: (!page.summary_text.is_empty()).then(|| clean(&page.summary_text)),
        headline: clean(&page.title),
        image: page.meta.image.as_deref().map(|src| {
            let image = crate::render::values::image_url(page, src);
            [crate::feeds::html::resolve(
                &image,
                &config.base_url,
                &page.path,
            )]
        }),
        language: config.language.code(),
        free: true,
        keywords: page
            .taxonomies
            .get("tags")
            .filter(|t| !t.is_empty())
            .map(|tags| tags.iter().map(|t| clean(t)).collect()),
        main_entity: WebPage {
            id: url.clone(),
            kind: "WebPage",
        },
        publisher: publisher(config),
        url,
    }))
}
