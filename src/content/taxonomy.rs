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

/// A way a term is written: the text, how many pages write it so, the first page.
type Spelling = (String, usize, usize);

/// The site path of a term.
pub fn term_path(config: &TaxonomyConfig, name: &str) -> String {
    format!("/{}/{}/", config.path, slugify(name))
}

/// Collects the terms of every taxonomy from `pages` (already in newest-first order).
/// Spellings that differ by more than case but share a slug are one term and a warning.
pub fn collect(configs: &[TaxonomyConfig], pages: &[Page]) -> (Vec<Taxonomy>, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let taxonomies = configs
        .iter()
        .map(|config| {
            let mut by_slug: HashMap<String, (Vec<Spelling>, Vec<usize>)> = HashMap::new();
            for (index, page) in pages.iter().enumerate() {
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
                        Some(s) => s.1 += 1,
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
                    warn_on_clashing_spellings(config, &spellings, pages, &mut warnings);
                    let name = spellings
                        .iter()
                        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
                        .map(|s| s.0.clone())
                        .unwrap_or_default();
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
/// "Hà Giáng" are different words that land on one URL, which an editor should know.
fn warn_on_clashing_spellings(
    config: &TaxonomyConfig,
    spellings: &[Spelling],
    pages: &[Page],
    warnings: &mut Vec<Diagnostic>,
) {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (name, _, first_page) in spellings {
        let lower = name.to_lowercase();
        if let Some((other, other_page)) = seen.iter().find(|(l, _)| *l != lower) {
            let here = &pages[*first_page];
            let there = &pages[*other_page];
            warnings.push(
                Diagnostic::warning(
                    Location::file(&here.file),
                    format!(
                        "{} `{}` and `{}` share the URL {}",
                        config.name,
                        name,
                        spellings
                            .iter()
                            .find(|s| s.0.to_lowercase() == *other)
                            .map_or(other.as_str(), |s| s.0.as_str()),
                        term_path(config, name)
                    ),
                )
                .hint(format!(
                    "`{name}` is used in {} and the other spelling in {}; if they are the same term, write it the same way",
                    here.file.display(),
                    there.file.display()
                )),
            );
            return;
        }
        seen.push((lower, *first_page));
    }
}
