//! Applying an edit of `content/` to the library: the files read again replace
//! their previous versions in place when their place in the site is the same
//! (the common case: an article's text or summary changed), or the library is linked
//! again (a new, deleted or moved file, a new date, URL or tags). Only what was read
//! again has its Markdown rendered. A failure puts the previous versions back.

use std::collections::HashSet;
use std::path::PathBuf;

use super::LiveSite;
use super::scan::Scan;
use crate::content::{Loaded, Page, Section, library};
use crate::error::{Diagnostic, Error, Result};

/// What an edit of `content/` did, for reusing values and numbering versions.
pub(super) struct Outcome {
    /// Per page (new index): the index the same file had before.
    pub(super) previous_index: Vec<Option<usize>>,
    /// Per page (new index): neither it nor its section was read again.
    pub(super) unchanged: Vec<bool>,
    /// No page's place changed, so related lists carry over.
    pub(super) same_related: bool,
    /// Files read again or deleted (`content/`-relative).
    pub(super) replaced: HashSet<String>,
    /// Warnings of the files read.
    pub(super) warnings: Vec<Diagnostic>,
}

impl Outcome {
    /// Nothing in `content/` changed.
    pub(super) fn unchanged(pages: usize) -> Outcome {
        Outcome {
            previous_index: (0..pages).map(Some).collect(),
            unchanged: vec![true; pages],
            same_related: true,
            replaced: HashSet::new(),
            warnings: Vec::new(),
        }
    }
}

/// The previous versions, to put back on failure.
enum Stash {
    InPlace(Vec<(usize, Page)>),
    Relinked {
        pages: Vec<Page>,
        sections: Vec<Section>,
        assets: Vec<(PathBuf, String)>,
    },
}

/// True when `new` sits where `old` sat: same URL, date, folder, terms, order keys
/// and publishing state, so the linked library keeps its shape.
fn same_place(old: &Page, new: &Page) -> bool {
    old.path == new.path
        && old.date == new.date
        && old.dirs == new.dirs
        && old.taxonomies == new.taxonomies
        && old.expires == new.expires
        && old.title == new.title
        && old.meta.draft == new.meta.draft
        && old.meta.weight == new.meta.weight
        && old.meta.kind == new.meta.kind
        && old.meta.aliases == new.meta.aliases
        && old.bundle_dir == new.bundle_dir
}

fn relative(loaded: &Loaded) -> &str {
    match loaded {
        Loaded::Page(p) => &p.relative,
        Loaded::Section(s) => &s.relative,
    }
}

impl LiveSite {
    /// Reads the touched files again and puts them in the library.
    pub(super) fn apply_content(&mut self, touched: &[PathBuf]) -> Result<Outcome> {
        let mut scan = self.scan_touched(touched)?;
        let lib = &self.site.model.library;
        let old_sections: Vec<String> = lib.sections.iter().map(|s| s.relative.clone()).collect();
        let old_page_section: Vec<usize> = lib.pages.iter().map(|p| p.section).collect();
        let read: HashSet<String> = scan
            .parsed
            .iter()
            .map(|l| relative(l).to_string())
            .collect();
        let in_place = self.fits_in_place(&scan);
        let mut warnings = std::mem::take(&mut scan.warnings);
        let stash = if in_place {
            self.swap_in(&mut scan)
        } else {
            let (stash, link_warnings) = self.relink(&mut scan, &read)?;
            warnings.extend(link_warnings);
            stash
        };
        let problems = self.site.render_content(|rel| read.contains(rel));
        if problems.iter().any(Diagnostic::is_error) {
            self.restore(stash, &read);
            let mut errors: Vec<Diagnostic> =
                problems.into_iter().filter(Diagnostic::is_error).collect();
            errors.sort_by(|a, b| a.at.cmp(&b.at));
            return Err(Error::Diagnostics(errors));
        }
        warnings.extend(problems);
        self.files.commit(&mut scan);
        let lib = &self.site.model.library;
        let old_index = &self.pass.values.page_index;
        let previous_index: Vec<Option<usize>> = lib
            .pages
            .iter()
            .map(|p| old_index.get(&p.relative).copied())
            .collect();
        // Unchanged: not read again, and in the same section, itself not read again.
        let unchanged = lib
            .pages
            .iter()
            .zip(&previous_index)
            .map(|(p, o)| {
                let section = &lib.sections[p.section].relative;
                o.is_some_and(|o| {
                    !read.contains(&p.relative)
                        && old_sections.get(old_page_section[o]) == Some(section)
                        && !read.contains(section)
                })
            })
            .collect();
        Ok(Outcome {
            previous_index,
            unchanged,
            same_related: in_place,
            replaced: scan.replaced,
            warnings,
        })
    }

    /// Reads the touched files; when they move URLs, also the pages whose `@/`
    /// links may now resolve differently.
    fn scan_touched(&mut self, touched: &[PathBuf]) -> Result<Scan> {
        let root = self.site.model.root.clone();
        let config = &self.site.model.config;
        let scan = self
            .files
            .scan(&root, config, touched, &HashSet::new())
            .map_err(Error::Diagnostics)?;
        if !self.moves_urls(&scan) {
            return Ok(scan);
        }
        let force: HashSet<String> = self
            .files
            .link_users
            .iter()
            .filter(|r| !scan.replaced.contains(*r))
            .cloned()
            .collect();
        if force.is_empty() {
            return Ok(scan);
        }
        self.files
            .scan(&root, &self.site.model.config, touched, &force)
            .map_err(Error::Diagnostics)
    }

    /// True when the scan adds, removes or moves a page or section URL.
    fn moves_urls(&self, scan: &Scan) -> bool {
        let values = &self.pass.values;
        let lib = &self.site.model.library;
        let moved = scan.parsed.iter().any(|l| match l {
            Loaded::Page(p) => values
                .page_index
                .get(&p.relative)
                .is_none_or(|&i| lib.pages[i].path != p.path),
            Loaded::Section(s) => values
                .section_index
                .get(&s.relative)
                .is_none_or(|&i| lib.sections[i].path != s.path),
        });
        let read: HashSet<&str> = scan.parsed.iter().map(relative).collect();
        moved
            || scan.replaced.iter().any(|r| {
                !read.contains(r.as_str())
                    && (values.page_index.contains_key(r) || values.section_index.contains_key(r))
            })
    }

    /// True when every file read is a published page keeping its place.
    fn fits_in_place(&self, scan: &Scan) -> bool {
        let lib = &self.site.model.library;
        scan.replaced.len() == scan.parsed.len()
            && scan.assets.as_ref().is_none_or(|a| *a == self.files.assets)
            && scan.parsed.iter().all(|l| match l {
                Loaded::Page(p) => self
                    .pass
                    .values
                    .page_index
                    .get(&p.relative)
                    .is_some_and(|&i| same_place(&lib.pages[i], p)),
                Loaded::Section(_) => false,
            })
    }

    fn swap_in(&mut self, scan: &mut Scan) -> Stash {
        let mut stash = Vec::new();
        for loaded in scan.parsed.drain(..) {
            if let Loaded::Page(page) = loaded
                && let Some(&i) = self.pass.values.page_index.get(&page.relative)
            {
                let mut page = *page;
                page.section = self.site.model.library.pages[i].section;
                let old = std::mem::replace(&mut self.site.model.library.pages[i], page);
                stash.push((i, old));
            }
        }
        Stash::InPlace(stash)
    }

    /// Links the library again with the files read in place of their previous versions.
    fn relink(
        &mut self,
        scan: &mut Scan,
        read: &HashSet<String>,
    ) -> Result<(Stash, Vec<Diagnostic>)> {
        let lib = std::mem::take(&mut self.site.model.library);
        let (pages, old_pages): (Vec<Page>, Vec<Page>) = lib
            .pages
            .into_iter()
            .partition(|p| !scan.replaced.contains(&p.relative));
        let (sections, old_sections): (Vec<Section>, Vec<Section>) = lib
            .sections
            .into_iter()
            .filter(|s| s.file.is_some())
            .partition(|s| !scan.replaced.contains(&s.relative));
        let (mut pages, mut sections) = (pages, sections);
        for loaded in scan.parsed.drain(..) {
            match loaded {
                Loaded::Page(p) => pages.push(*p),
                Loaded::Section(s) => sections.push(*s),
            }
        }
        let assets = scan
            .assets
            .clone()
            .unwrap_or_else(|| self.files.assets.clone());
        let (library, problems) = self.link(pages, sections, assets);
        self.site.model.library = library;
        let stash = Stash::Relinked {
            pages: old_pages,
            sections: old_sections,
            assets: self.files.assets.clone(),
        };
        if problems.iter().any(Diagnostic::is_error) {
            self.restore(stash, read);
            return Err(Error::Diagnostics(
                problems.into_iter().filter(Diagnostic::is_error).collect(),
            ));
        }
        Ok((stash, problems))
    }

    fn link(
        &self,
        mut pages: Vec<Page>,
        mut sections: Vec<Section>,
        assets: Vec<(PathBuf, String)>,
    ) -> (library::Library, Vec<Diagnostic>) {
        for s in &mut sections {
            s.pages.clear();
            s.subsections.clear();
            s.parent = None;
        }
        for p in &mut pages {
            p.section = 0;
        }
        library::link(
            &self.site.model.config,
            sections,
            pages,
            assets,
            &self.options.publish,
        )
    }

    /// Puts the previous versions back in place of the files read (`read`).
    fn restore(&mut self, stash: Stash, read: &HashSet<String>) {
        match stash {
            Stash::InPlace(list) => {
                for (i, page) in list {
                    self.site.model.library.pages[i] = page;
                }
            }
            Stash::Relinked {
                pages: old_pages,
                sections: old_sections,
                assets,
            } => {
                let lib = std::mem::take(&mut self.site.model.library);
                let mut pages: Vec<Page> = lib
                    .pages
                    .into_iter()
                    .filter(|p| !read.contains(&p.relative))
                    .collect();
                let mut sections: Vec<Section> = lib
                    .sections
                    .into_iter()
                    .filter(|s| s.file.is_some() && !read.contains(&s.relative))
                    .collect();
                pages.extend(old_pages);
                sections.extend(old_sections);
                self.site.model.library = self.link(pages, sections, assets).0;
            }
        }
    }
}
