//! Taxonomies (tags, provinces, authors, …): the terms used by published pages,
//! grouped by slug so "Hà Giang" and "Hà giang" are one term.

use std::collections::HashMap;

use crate::config::TaxonomyConfig;
use crate::content::Page;
use crate::error::{Diagnostic, Location};
use crate::text::{collate, slug::slugify};

/// One taxonomy with its terms in Vietnamese alphabetical order.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// Its settings from `site.yaml`.
    pub config: TaxonomyConfig,
    /// Site path of the list of all terms (`/chu-de/`).
    pub path: String,
    /// The terms.
    pub terms: Vec<Term>,
}

/// A term and its pages.
#[derive(Debug, Clone)]
pub struct Term {
    /// Display name, with its marks (the spelling most pages use).
    pub name: String,
    /// URL slug.
    pub slug: String,
    /// Site path (`/chu-de/nong-thon-moi/`).
    pub path: String,
    /// Pages, newest first (indices into the library's pages).
    pub pages: Vec<usize>,
}

impl Taxonomy {
    /// The term with this slug.
    pub fn term(&self, slug: &str) -> Option<&Term> {
        self.terms.iter().find(|t| t.slug == slug)
    }
}

/// A spelling of a term: (as written, pages using it, the oldest of them).
type Spelling = (String, usize, usize);

/// The site path of a term.
pub(crate) fn term_path(config: &TaxonomyConfig, name: &str) -> String {
    format!("/{}/{}/", config.path, slugify(name))
}

/// Collects the terms of every taxonomy from `pages` (already in newest-first order).
/// Spellings that differ by more than case but share a slug are one term and a warning.
pub(crate) fn collect(
    configs: &[TaxonomyConfig],
    pages: &[Page],
) -> (Vec<Taxonomy>, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let taxonomies = configs
        .iter()
        .map(|config| {
            let mut by_slug: HashMap<String, (Vec<Spelling>, Vec<usize>)> = HashMap::new();
            for (index, page) in pages.iter().enumerate().filter(|(_, p)| p.is_listed()) {
                let Some(names) = page.taxonomies.get(&config.name) else {
                    continue;
                };
                for name in names {
                    let slug = slugify(name);
                    if slug.is_empty() {
                        continue;
                    }
                    let (spellings, term_pages) = by_slug.entry(slug).or_default();
                    match spellings.iter_mut().find(|(s, _, _)| s == name) {
                        Some(s) => {
                            s.1 += 1;
                            s.2 = index;
                        }
                        None => spellings.push((name.clone(), 1, index)),
                    }
                    if term_pages.last() != Some(&index) {
                        term_pages.push(index);
                    }
                }
            }
            let mut terms: Vec<Term> = by_slug
                .into_iter()
                .map(|(slug, (spellings, term_pages))| {
                    let name = spellings
                        .iter()
                        // The most used spelling; on a tie the one written first
                        // (its oldest page), so new articles do not flip it.
                        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)))
                        .map(|s| s.0.clone())
                        .unwrap_or_default();
                    warn_on_clashing_spellings(config, &name, &spellings, pages, &mut warnings);
                    Term {
                        path: format!("/{}/{}/", config.path, slug),
                        name,
                        slug,
                        pages: term_pages,
                    }
                })
                .collect();
            terms.sort_by(|a, b| {
                collate::compare(&a.name, &b.name).then_with(|| a.slug.cmp(&b.slug))
            });
            Taxonomy {
                path: format!("/{}/", config.path),
                config: config.clone(),
                terms,
            }
        })
        .collect();
    (taxonomies, warnings)
}

/// "Hà Giang" and "Hà giang" are the same term written twice; "Hà Giang" and
/// "Hà Giáng" are different words that land on one URL, which an editor should know:
/// a warning at each spelling that differs from the term's name by more than case.
fn warn_on_clashing_spellings(
    config: &TaxonomyConfig,
    name: &str,
    spellings: &[Spelling],
    pages: &[Page],
    warnings: &mut Vec<Diagnostic>,
) {
    let lower = name.to_lowercase();
    let Some(named) = spellings.iter().find(|s| s.0 == name) else {
        return;
    };
    for (spelling, count, page) in spellings {
        if spelling.to_lowercase() == lower {
            continue;
        }
        let here = &pages[*page];
        let there = &pages[named.2];
        let (taxonomy, path) = (&config.name, term_path(config, name));
        #[rustfmt::skip] // `t!("id"` on one line, where the catalogue test finds it
        let (message, hint) = (
            t!("taxonomy-spellings-clash", taxonomy = taxonomy, spelling = spelling, name = name, path = path),
            t!("taxonomy-spellings-clash.hint", spelling = spelling, count = *count, file = &here.file,
                name = name, name_count = named.1, name_file = &there.file),
        );
        warnings.push(
            Diagnostic::warning(locate(here, spelling), message)
                .hint(hint)
                .with_source(&here.source_text),
        );
    }
}

/// Where `text` is first written as a whole in the page's front matter (line and
/// column), else the file.
pub(crate) fn locate(page: &Page, text: &str) -> Location {
    let front_matter_lines = page.body_line.saturating_sub(1);
    page.source_text
        .lines()
        .take(front_matter_lines.max(1))
        .enumerate()
        .find_map(|(i, line)| {
            // The whole term: "Hà Giang" is not the start of "Hà Giangg".
            line.match_indices(text)
                .find(|(at, _)| {
                    let after = line[at + text.len()..].chars().next();
                    !after.is_some_and(char::is_alphanumeric)
                })
                .map(|(at, _)| Location::at(&page.file, i + 1, line[..at].chars().count() + 1))
        })
        .unwrap_or_else(|| Location::file(&page.file))
}
