//! The site search, built with the site and served as static files: an inverted
//! index of every published page in small JSON shards under `/search/`, and
//! `/search.js`, which folds the query as [`crate::text::fold`] does, fetches only the
//! shards holding its words, ranks (words present, exact marks, phrase, title and tags
//! over body) and shows each result's title, date, section and a highlighted snippet.
//!
//! Files written (see docs/search.md for the reasoning and the numbers):
//!
//! - `/search/index.json`: the manifest — document count, a build tag for cache
//!   busting, and the first key of every shard;
//! - `/search/i/<n>.json`: shards of about [`shards::TARGET_BYTES`], keys in sorted
//!   order (a key bigger than that is a shard of its own);
//! - `/search/d/<n>.json`: what results show (title, URL, date, section, text for
//!   the snippet) of pages `n × DOCS_PER_FILE` onwards, [`DOCS_PER_FILE`] to a file
//!   (fewer files to write than one per page, little more to fetch), fetched only for
//!   the results shown;
//! - `/search.js`: the search page's script (no framework, no external requests).

pub(crate) mod index;
pub(crate) mod shards;
pub(crate) mod varint;
pub(crate) mod words;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::Page;
use crate::dates::{DateView, DateWords};
use crate::error::Result;
use crate::model::Model;
use crate::output::Sink;
pub(crate) use index::{Document, Index};

/// Where the index is served.
pub(crate) const INDEX_PATH: &str = "/search/";
/// Where the script is served.
pub(crate) const SCRIPT_PATH: &str = "/search.js";
/// The script.
pub(crate) const SCRIPT: &str = include_str!("search.js");
/// The longest text kept per page for snippets, in bytes.
pub(crate) const MAX_TEXT_BYTES: usize = 6_000;
/// Result documents per file.
pub(crate) const DOCS_PER_FILE: usize = 2;

/// What a search result shows ([`DOCS_PER_FILE`] pages to a file).
#[derive(Debug, Serialize)]
pub(crate) struct ResultDocument<'a> {
    /// Title.
    pub t: &'a str,
    /// URL (site path).
    pub u: &'a str,
    /// Date, in the site's short form.
    pub d: String,
    /// ISO date, for `<time datetime>`.
    pub i: String,
    /// Section title (empty for pages directly under home).
    pub s: &'a str,
    /// Plain text, summary then body, for the snippet.
    pub x: &'a str,
}

/// The plain text a page is searched and quoted by: an explicit summary, then the body.
fn page_text(page: &Page) -> String {
    let body = crate::text::plain::plain_text(&page.html);
    let explicit = page
        .meta
        .summary
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    if explicit && !body.starts_with(&page.summary_text) {
        format!("{} {body}", page.summary_text)
    } else {
        body
    }
}

/// Cuts `text` to at most `max` bytes, at a character boundary.
fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Builds the index of the site's published pages and writes it, with the script,
/// into `sink`.
pub(crate) fn write(model: &Model, words: &DateWords, sink: &dyn Sink) -> Result<()> {
    let lib = &model.library;
    // Each page's text is made once and moved into its document: the index reads
    // it, then the result files quote it.
    let documents: Vec<Document> = lib
        .pages
        .par_iter()
        .map(|p| Document {
            title: p.title.clone(),
            tags: p.taxonomies.values().flatten().cloned().collect(),
            body: page_text(p),
        })
        .collect();
    let index = Index::build(&documents);
    shards::write(&index, sink)?;
    drop(index);
    lib.pages
        .par_chunks(DOCS_PER_FILE)
        .zip(documents.par_chunks(DOCS_PER_FILE))
        .enumerate()
        .map(|(n, (pages, documents))| {
            let docs: Vec<ResultDocument<'_>> = pages
                .iter()
                .zip(documents)
                .map(|(p, document)| {
                    let date = DateView::new(&p.date, words);
                    let section = &lib.sections[p.section];
                    ResultDocument {
                        t: &p.title,
                        u: &p.path,
                        d: date.short,
                        i: date.iso,
                        s: if section.is_home() {
                            ""
                        } else {
                            &section.title
                        },
                        x: truncate(&document.body, MAX_TEXT_BYTES),
                    }
                })
                .collect();
            let json = serde_json::to_vec(&docs).unwrap_or_default();
            sink.write(&format!("search/d/{n}.json"), json)
        })
        .collect::<Result<()>>()?;
    sink.write(SCRIPT_PATH, SCRIPT.as_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_at_a_character_boundary() {
        assert_eq!(truncate("đường", 3), "đ");
        assert_eq!(truncate("đường", 100), "đường");
        assert_eq!(truncate("abc", 0), "");
    }
}
