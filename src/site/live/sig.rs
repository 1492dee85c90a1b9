//! Signatures: for every job, two hashes of what its output shows. The *direct*
//! one covers what the file is about (the page itself; the slice of cards a listing
//! page shows); the *indirect* one what it shows in passing (neighbours, related
//! stories, the section's latest, `site.*`, and what its template looked up with
//! `get_page` and friends). Pages and cards are hashed by version numbers that
//! change when their value changes, so a signature costs a few additions.
//!
//! After an edit, a job whose direct signature changed is rendered before browsers
//! reload; one whose indirect signature alone changed is rendered right after.

use std::hash::{DefaultHasher, Hash, Hasher};

use crate::content::Library;
use crate::model::jobs::Job;
use crate::render::deps::Dep;
use crate::render::values::Values;
use crate::site::Site;

/// Version numbers, aligned with the library of the current pass.
#[derive(Debug, Default, Clone)]
pub(crate) struct Versions {
    /// Per page: changes whenever the page was read again.
    pub(crate) page: Vec<u64>,
    /// Per page: changes when its card (the listing form) changed.
    pub(crate) card: Vec<u64>,
    /// Per section: changes when its `_index.md` was read again.
    pub(crate) section: Vec<u64>,
    /// Changes with every content edit: for jobs that show everything.
    pub(crate) content: u64,
}

/// A lookup a template made, by names that survive a rebuild.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum DepKey {
    /// A page by `content/`-relative path.
    Page(String),
    /// A section by `content/`-relative path.
    Section(String),
    /// A taxonomy by name.
    Taxonomy(String),
    /// A term by taxonomy name and slug.
    Term(String, String),
}

impl DepKey {
    /// The stable name of a lookup made against `library`.
    pub(crate) fn of(dep: Dep, library: &Library) -> Option<DepKey> {
        Some(match dep {
            Dep::Page(i) => DepKey::Page(library.pages.get(i)?.relative.clone()),
            Dep::Section(i) => DepKey::Section(library.sections.get(i)?.relative.clone()),
            Dep::Taxonomy(t) => DepKey::Taxonomy(library.taxonomies.get(t)?.config.name.clone()),
            Dep::Term(t, k) => {
                let tax = library.taxonomies.get(t)?;
                DepKey::Term(tax.config.name.clone(), tax.terms.get(k)?.slug.clone())
            }
        })
    }
}

/// Signatures of the shared parts of a pass, computed once per rebuild.
pub(crate) struct Sigs<'a> {
    /// The site of the pass.
    pub site: &'a Site,
    values: &'a Values,
    /// The version numbers of pages, cards and sections.
    pub v: &'a Versions,
    /// Per section: what a summary of it shows.
    pub summary: Vec<u64>,
    /// Per section: its full value.
    pub section_value: Vec<u64>,
    /// Per taxonomy: its terms and their newest cards.
    pub taxonomy: Vec<u64>,
    /// What `site.*` shows.
    pub site_sig: u64,
    /// Every card in library order: what the date archives show.
    pub all_cards: u64,
    /// Per page: the earlier and the later story of its section.
    neighbours: Vec<[Option<usize>; 2]>,
}

/// The hash of what `f` feeds it.
pub(crate) fn hash(f: impl FnOnce(&mut DefaultHasher)) -> u64 {
    let mut h = DefaultHasher::new();
    f(&mut h);
    h.finish()
}

impl<'a> Sigs<'a> {
    /// Hashes sections, taxonomies and `site` for `site` as bound in `values`.
    pub(crate) fn new(site: &'a Site, values: &'a Values, v: &'a Versions) -> Sigs<'a> {
        let lib = &site.model.library;
        let summary = section_summaries(lib, v);
        let section_value = lib
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                hash(|h| {
                    summary[i].hash(h);
                    hash_cards(v, s.pages.iter(), h);
                    s.subsections.iter().for_each(|&c| summary[c].hash(h));
                    s.parent.map(|p| summary[p]).hash(h);
                })
            })
            .collect();
        let taxonomy = lib
            .taxonomies
            .iter()
            .map(|t| {
                hash(|h| {
                    for term in &t.terms {
                        (&term.slug, &term.name, term.pages.len()).hash(h);
                        hash_cards(v, term.pages.iter().take(5), h);
                    }
                })
            })
            .collect();
        let site_sig = site_signature(lib, v, &summary);
        let all_cards = hash(|h| (0..lib.pages.len()).for_each(|i| v.card[i].hash(h)));
        Sigs {
            all_cards,
            neighbours: neighbours(lib),
            site,
            values,
            v,
            summary,
            section_value,
            taxonomy,
            site_sig,
        }
    }

    /// What a page's full value shows: itself, its neighbours and related stories.
    pub(crate) fn page_value(&self, i: usize) -> u64 {
        hash(|h| {
            (self.v.page[i], self.v.card[i]).hash(h);
            for n in self.neighbours.get(i).into_iter().flatten() {
                n.map(|n| self.v.card[n]).hash(h);
            }
            for &r in self.values.related.get(i).into_iter().flatten() {
                self.v.card[r].hash(h);
            }
        })
    }

    /// The (direct, indirect) signatures of a job, before its lookups (each kind
    /// says what it depends on: its `Kind::signature` in `site/jobs/`).
    pub(crate) fn job(&self, job: &Job) -> (u64, u64) {
        job.kind().signature(self)
    }

    /// The signature of what a lookup returned; a lookup that now finds nothing has
    /// its own constant, so the job renders again and reports it.
    pub(crate) fn dep(&self, dep: &DepKey) -> u64 {
        let lib = &self.site.model.library;
        match dep {
            DepKey::Page(rel) => self.values.page_index.get(rel).map(|&i| self.page_value(i)),
            DepKey::Section(rel) => self
                .values
                .section_index
                .get(rel)
                .map(|&i| self.section_value[i]),
            DepKey::Taxonomy(name) => lib
                .taxonomies
                .iter()
                .position(|t| &t.config.name == name)
                .map(|t| self.taxonomy[t]),
            DepKey::Term(name, slug) => lib
                .taxonomies
                .iter()
                .find(|t| &t.config.name == name)
                .and_then(|t| t.term(slug))
                .map(|term| hash(|h| term.pages.iter().for_each(|&i| self.v.card[i].hash(h)))),
        }
        .unwrap_or(u64::MAX)
    }

    /// The indirect signature with the job's lookups folded in.
    pub(crate) fn with_deps(&self, indirect: u64, deps: &[DepKey]) -> u64 {
        if deps.is_empty() {
            return indirect;
        }
        hash(|h| {
            indirect.hash(h);
            deps.iter().for_each(|d| self.dep(d).hash(h));
        })
    }
}

/// Hashes the card versions of `pages`.
pub(crate) fn hash_cards<'p>(
    v: &Versions,
    pages: impl Iterator<Item = &'p usize>,
    h: &mut DefaultHasher,
) {
    for &i in pages {
        v.card[i].hash(h);
    }
}

/// Per section: its version, its page count and its eight newest cards (what a
/// summary of it shows).
fn section_summaries(lib: &Library, v: &Versions) -> Vec<u64> {
    lib.sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            hash(|h| {
                v.section[i].hash(h);
                s.pages.len().hash(h);
                hash_cards(v, s.pages.iter().take(8), h);
            })
        })
        .collect()
}

/// What `site` shows every template: the top sections, the featured news, the
/// counts of pages and terms.
fn site_signature(lib: &Library, v: &Versions, summary: &[u64]) -> u64 {
    hash(|h| {
        lib.home()
            .subsections
            .iter()
            .for_each(|&s| summary[s].hash(h));
        let featured = lib
            .news
            .iter()
            .filter(|&&i| lib.pages[i].meta.featured)
            .take(10);
        hash_cards(v, featured, h);
        lib.pages.len().hash(h);
        for t in &lib.taxonomies {
            (&t.config.name, t.terms.len()).hash(h);
        }
    })
}

/// Per page: the earlier and the later story of its section.
fn neighbours(lib: &Library) -> Vec<[Option<usize>; 2]> {
    let mut neighbours = vec![[None, None]; lib.pages.len()];
    for s in &lib.sections {
        for (pos, &i) in s.pages.iter().enumerate() {
            if let Some(n) = neighbours.get_mut(i) {
                *n = [
                    s.pages.get(pos + 1).copied(),
                    pos.checked_sub(1).map(|p| s.pages[p]),
                ];
            }
        }
    }
    neighbours
}
