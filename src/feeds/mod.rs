//! Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole site (`/rss.xml`,
//! `/atom.xml`, `/feed.json`), for every section that keeps `feeds: true`
//! (`/<section>/rss.xml` …, with the pages of its subsections) and for every term of
//! a taxonomy whose `feeds` is true (`/chu-de/<term>/rss.xml` …).
//!
//! Each page's item is written once per format and spliced into every feed that
//! lists it; feeds are assembled and written in parallel.

pub(crate) mod atom;
pub(crate) mod entry;
pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod rss;
pub(crate) mod xml;

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Library, Section};
use crate::dates::Date;
use crate::error::{Diagnostic, Location};
use crate::model::Model;
use crate::output::Sink;
use crate::render::i18n::I18n;
use entry::Entries;

/// A feed format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// RSS 2.0.
    Rss,
    /// Atom 1.0.
    Atom,
    /// JSON Feed 1.1.
    Json,
}

impl Format {
    /// Every format, in the order links are shown.
    pub(crate) const ALL: [Format; 3] = [Format::Rss, Format::Atom, Format::Json];

    /// The file name under a feed's folder.
    pub(crate) fn file(self) -> &'static str {
        match self {
            Format::Rss => "rss.xml",
            Format::Atom => "atom.xml",
            Format::Json => "feed.json",
        }
    }

    /// The MIME type for `<link rel="alternate">` and HTTP.
    pub(crate) fn mime(self) -> &'static str {
        match self {
            Format::Rss => "application/rss+xml",
            Format::Atom => "application/atom+xml",
            Format::Json => "application/feed+json",
        }
    }

    /// A short name people know ("RSS").
    pub(crate) fn label(self) -> &'static str {
        match self {
            Format::Rss => "RSS",
            Format::Atom => "Atom",
            Format::Json => "JSON Feed",
        }
    }

    /// The formats `site.yaml` switches on.
    pub(crate) fn enabled(config: &Config) -> Vec<Format> {
        let f = &config.feeds;
        Format::ALL
            .into_iter()
            .filter(|format| match format {
                Format::Rss => f.rss,
                Format::Atom => f.atom,
                Format::Json => f.json,
            })
            .collect()
    }
}

/// One feed: where it lives and which pages it lists (newest first, at most the limit).
#[derive(Debug, Clone)]
pub(crate) struct Feed {
    /// The site path of its folder and HTML page (`/`, `/tin-tuc/`, `/chu-de/x/`).
    pub dir: String,
    /// Its title.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Indices into the library's pages.
    pub pages: Vec<usize>,
}

/// True when a section writes its own feeds (and embed): not home, `feeds: true`.
pub(crate) fn section_has_feeds(section: &Section) -> bool {
    !section.is_home() && section.meta.feeds
}

/// The pages of a section and of its subsections, newest first.
pub(crate) fn section_pages(library: &Library, section: usize) -> Vec<usize> {
    let mut pages = Vec::new();
    let mut stack = vec![section];
    while let Some(s) = stack.pop() {
        pages.extend_from_slice(&library.sections[s].pages);
        stack.extend_from_slice(&library.sections[s].subsections);
    }
    // Library indices run newest first.
    pages.sort_unstable();
    pages.dedup();
    pages
}

/// The title of a taxonomy for people: `title:` in site.yaml, else the theme's word.
pub(crate) fn taxonomy_label(config: &crate::config::TaxonomyConfig, i18n: &I18n) -> String {
    config
        .title
        .clone()
        .or_else(|| i18n.strings.get(&config.name).cloned())
        .unwrap_or_else(|| config.name.clone())
}

/// The title of a section's feeds: "Section – Site".
pub(crate) fn section_feed_title(config: &Config, section: &Section) -> String {
    format!("{} – {}", section.title, config.title)
}

/// The title of a term's feeds: "Chủ đề: term – Site".
pub(crate) fn term_feed_title(config: &Config, label: &str, term: &str) -> String {
    format!("{label}: {term} – {}", config.title)
}

/// Every feed the site has (whatever the formats).
pub(crate) fn plan(model: &Model, i18n: &I18n) -> Vec<Feed> {
    let config = &model.config;
    let lib = &model.library;
    let limit = config.feeds.limit;
    let mut feeds = vec![Feed {
        dir: "/".into(),
        title: config.title.clone(),
        description: config
            .description
            .clone()
            .unwrap_or_else(|| config.title.clone()),
        pages: lib.news.iter().take(limit).copied().collect(),
    }];
    for (i, section) in lib.sections.iter().enumerate() {
        if !section_has_feeds(section) {
            continue;
        }
        let mut pages = section_pages(lib, i);
        pages.truncate(limit);
        feeds.push(Feed {
            dir: section.path.clone(),
            title: section_feed_title(config, section),
            description: section
                .meta
                .description
                .clone()
                .unwrap_or_else(|| section.title.clone()),
            pages,
        });
    }
    for t in lib.taxonomies.iter().filter(|t| t.config.feeds) {
        let label = taxonomy_label(&t.config, i18n);
        for term in &t.terms {
            feeds.push(Feed {
                dir: term.path.clone(),
                title: term_feed_title(config, &label, &term.name),
                description: format!("{label}: {}", term.name),
                pages: term.pages.iter().take(limit).copied().collect(),
            });
        }
    }
    feeds
}

/// Items rendered once per page and format.
struct Fragments {
    rss: Vec<OnceLock<String>>,
    atom: Vec<OnceLock<String>>,
    json: Vec<OnceLock<String>>,
}

impl Fragments {
    fn new(n: usize) -> Self {
        let cells = || (0..n).map(|_| OnceLock::new()).collect();
        Fragments {
            rss: cells(),
            atom: cells(),
            json: cells(),
        }
    }

    fn get<'s>(&'s self, entries: &Entries<'_>, format: Format, index: usize) -> &'s str {
        match format {
            Format::Rss => self.rss[index].get_or_init(|| rss::item(entries, index)),
            Format::Atom => self.atom[index].get_or_init(|| atom::entry(entries, index)),
            Format::Json => self.json[index].get_or_init(|| json::item(entries, index)),
        }
    }
}

/// Writes every feed of every enabled format into `sink`; returns how many files.
pub(crate) fn write(
    entries: &Entries<'_>,
    i18n: &I18n,
    sink: &dyn Sink,
) -> Result<usize, Vec<Diagnostic>> {
    let model = entries.model();
    let problems = check_ids(model);
    if !problems.is_empty() {
        return Err(problems);
    }
    let formats = Format::enabled(&model.config);
    let feeds = plan(model, i18n);
    let fragments = Fragments::new(model.library.pages.len());
    let jobs: Vec<(&Feed, Format)> = feeds
        .iter()
        .flat_map(|f| formats.iter().map(move |&x| (f, x)))
        .collect();
    let problems: Vec<Diagnostic> = jobs
        .par_iter()
        .filter_map(|&(feed, format)| {
            let items: Vec<&str> = feed
                .pages
                .iter()
                .map(|&i| fragments.get(entries, format, i))
                .collect();
            let text = match format {
                Format::Rss => rss::document(entries, feed, &updated(entries, feed), &items),
                Format::Atom => atom::document(entries, feed, &updated(entries, feed), &items),
                Format::Json => json::document(entries, feed, &items),
            };
            let rel = format!("{}{}", feed.dir.trim_start_matches('/'), format.file());
            sink.write(&rel, text.into_bytes())
                .err()
                .map(|e| Diagnostic::error(Location::file(&rel), e.to_string()))
        })
        .collect();
    if problems.is_empty() {
        Ok(jobs.len())
    } else {
        Err(problems)
    }
}

/// When a feed last changed: its newest update, else the build's clock.
fn updated(entries: &Entries<'_>, feed: &Feed) -> Date {
    let model = entries.model();
    feed.pages
        .iter()
        .map(|&i| entries.get(i).updated)
        .max()
        .unwrap_or_else(|| {
            model
                .now
                .with_timezone(&model.config.timezone)
                .fixed_offset()
        })
}

/// Two pages may not share an explicit `id:`: a reader would show only one.
pub(crate) fn check_ids(model: &Model) -> Vec<Diagnostic> {
    let mut seen: HashMap<&str, &crate::content::Page> = HashMap::new();
    let mut problems = Vec::new();
    for page in &model.library.pages {
        let Some(id) = page
            .meta
            .id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        else {
            continue;
        };
        if let Some(first) = seen.insert(id, page) {
            let text = std::fs::read_to_string(model.root.join(&page.file)).unwrap_or_default();
            let at = text.lines().position(|l| l.starts_with("id:")).map_or_else(
                || Location::file(&page.file),
                |n| Location::at(&page.file, n + 1, 1),
            );
            problems.push(
                Diagnostic::error(at, t!("feed-id-repeated", id = id, file = &first.file))
                    .hint(t!("feed-id-repeated.hint"))
                    .with_source(&text),
            );
        }
    }
    problems
}
