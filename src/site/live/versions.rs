//! Version numbers of pages, cards and sections: fresh ones for a first build,
//! new ones for what an edit changed, kept for the rest, so that a job's
//! signature (`sig.rs`) is a few additions.

use std::collections::HashMap;

use super::sig::Versions;
use super::{LiveSite, content};
use crate::render::values;

impl LiveSite {
    /// The next version number.
    fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    /// Gives every page and section a fresh version (a first build).
    pub(super) fn number_all(&mut self) {
        let lib = &self.site.model.library;
        let n = lib.pages.len();
        let mut versions = Versions {
            page: Vec::with_capacity(n),
            card: Vec::with_capacity(n),
            section: Vec::new(),
            content: 1,
        };
        let mut counter = self.counter;
        for p in &lib.pages {
            counter += 2;
            versions.page.push(counter - 1);
            versions.card.push(counter);
            self.page_versions
                .insert(p.relative.clone(), (counter - 1, counter));
        }
        for s in &lib.sections {
            counter += 1;
            versions.section.push(counter);
            self.section_versions.insert(s.relative.clone(), counter);
        }
        self.counter = counter;
        self.versions = versions;
    }

    /// New versions for what an edit changed: pages read again, cards that differ.
    pub(super) fn number_changed(
        &mut self,
        new_values: &values::Values,
        outcome: &content::Outcome,
    ) {
        let mut before = HashMap::new();
        for rel in &outcome.replaced {
            if let Some(v) = self.page_versions.remove(rel) {
                before.insert(rel.as_str(), v);
            }
            self.section_versions.remove(rel);
        }
        let n = self.site.model.library.pages.len();
        let (mut page, mut card) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for i in 0..n {
            // An unchanged page keeps its versions (also in `page_versions`, which
            // only files read again leave): no string or map work for 10,000 pages.
            if outcome.unchanged[i]
                && let Some(o) = outcome.previous_index[i]
                && let (Some(&pv), Some(&cv)) =
                    (self.versions.page.get(o), self.versions.card.get(o))
            {
                page.push(pv);
                card.push(cv);
                continue;
            }
            let rel = self.site.model.library.pages[i].relative.clone();
            let known = self
                .page_versions
                .get(&rel)
                .copied()
                .or(before.get(rel.as_str()).copied());
            let (pv, cv) = match known {
                Some(v) if outcome.unchanged[i] => v,
                Some((pv, cv)) => {
                    let pv = if outcome.replaced.contains(&rel) {
                        self.next()
                    } else {
                        pv
                    };
                    let same_card = outcome.previous_index[i].is_some_and(|o| {
                        self.pass.values.page_cards.get(o) == Some(&new_values.page_cards[i])
                    });
                    (pv, if same_card { cv } else { self.next() })
                }
                None => (self.next(), self.next()),
            };
            self.page_versions.insert(rel, (pv, cv));
            page.push(pv);
            card.push(cv);
        }
        let mut section = Vec::new();
        for i in 0..self.site.model.library.sections.len() {
            let rel = self.site.model.library.sections[i].relative.clone();
            let v = match self.section_versions.get(&rel) {
                Some(&v) => v,
                None => {
                    let v = self.next();
                    self.section_versions.insert(rel, v);
                    v
                }
            };
            section.push(v);
        }
        self.versions = Versions {
            page,
            card,
            section,
            content: self.versions.content + 1,
        };
    }
}
