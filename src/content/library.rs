//! The library: sections and published pages linked together, sorted, with their
//! taxonomies, and the instants at which a later build would publish or hide more.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::config::Config;
use crate::content::front_matter::SortBy;
use crate::content::unpublished::{LeftOut, Unpublished};
use crate::content::{Page, PublishOptions, Section, Taxonomy, taxonomy};
use crate::dates::Date;
use crate::error::{Diagnostic, Location};
use crate::output::file_for_path;
use crate::text::collate;

/// Every published page and every section of the site.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Sections; index 0 is home.
    pub sections: Vec<Section>,
    /// Published pages, newest first.
    pub pages: Vec<Page>,
    /// The pages that are news (every kind but `page`), newest first: what feeds,
    /// archives and the home page list.
    pub news: Vec<usize>,
    /// Taxonomies in `site.yaml` order.
    pub taxonomies: Vec<Taxonomy>,
    /// Files under `content/` outside bundles: (source, output path relative to the output root).
    pub assets: Vec<(PathBuf, String)>,
    /// When a later build would change the output.
    pub schedule: Schedule,
    /// Drafts this build left out.
    pub drafts_left_out: usize,
    /// The pages this build leaves out, by `content/`-relative path, so a link to one
    /// says why it leads nowhere.
    pub unpublished: HashMap<String, Unpublished>,
    /// `content/`-relative paths of the files that failed to load (the build
    /// fails; they are known so that links to them are not reported too).
    pub unreadable: Vec<String>,
}

/// The next instants at which the published set changes.
#[derive(Debug, Clone, Default)]
pub struct Schedule {
    /// The earliest future-dated page not yet published, and its file.
    pub next_publish: Option<(Date, PathBuf)>,
    /// The earliest expiry of a published page, and its file.
    pub next_expiry: Option<(Date, PathBuf)>,
    /// Every future-dated page held back, soonest first.
    pub publishes: Vec<(Date, PathBuf)>,
    /// Every published page that will expire, soonest first.
    pub expiries: Vec<(Date, PathBuf)>,
}

impl Library {
    /// Home.
    pub fn home(&self) -> &Section {
        &self.sections[0]
    }

    /// The section with this site path (`/a/`).
    pub fn section_by_path(&self, path: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.path == path)
    }

    /// The section with this `content/`-relative `_index.md` path.
    pub fn section_by_relative(&self, relative: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.relative == relative)
    }

    /// A page by `content/`-relative path (`a/b.md`).
    pub fn page_by_relative(&self, relative: &str) -> Option<&Page> {
        self.pages.iter().find(|p| p.relative == relative)
    }
}

/// Links parsed sections and pages into a library, applying the publishing rules.
pub(crate) fn link(
    config: &Config,
    sections: Vec<Section>,
    pages: Vec<Page>,
    assets: Vec<(PathBuf, String)>,
    options: &PublishOptions,
) -> (Library, Vec<Diagnostic>) {
    let mut problems = Vec::new();
    let (mut pages, schedule, drafts_left_out, unpublished) = published(pages, options);
    let (mut sections, by_dirs) = ordered_sections(sections, &config.title, &mut problems);
    nest(&mut sections, &mut pages, &by_dirs);
    problems.extend(folders_without_index(&sections, &pages));
    sort_lists(&mut sections, &pages);

    let (taxonomies, warnings) = taxonomy::collect(&config.taxonomies, &pages);
    problems.extend(warnings);
    if let Some(t) = taxonomies.iter().find(|t| t.config.name == "provinces") {
        problems.extend(crate::content::provinces::check(t, &pages));
    }
    problems.extend(url_collisions(&sections, &pages, &taxonomies));
    (
        Library {
            sections,
            news: (0..pages.len()).filter(|&i| pages[i].is_listed()).collect(),
            pages,
            taxonomies,
            assets: asset_outputs(assets),
            schedule,
            drafts_left_out,
            unpublished,
            unreadable: Vec::new(),
        },
        problems,
    )
}

/// The pages to publish, newest first (drafts, future pages and expired ones
/// left out as `options` say), when a later build would publish or hide more, and
/// how many drafts were left out.
fn published(
    pages: Vec<Page>,
    options: &PublishOptions,
) -> (Vec<Page>, Schedule, usize, HashMap<String, Unpublished>) {
    let mut schedule = Schedule::default();
    let mut drafts = 0;
    let mut unpublished = HashMap::new();
    let now = options.now;
    let mut left_out = |p: &Page, why: LeftOut, date: Date| {
        let path = p.path.clone();
        unpublished.insert(p.relative.clone(), Unpublished { why, path, date });
        false
    };
    let mut pages: Vec<Page> = pages
        .into_iter()
        .filter(|p| {
            if p.meta.draft && !options.drafts {
                drafts += 1;
                return left_out(p, LeftOut::Draft, p.date);
            }
            if p.date > now && !options.future {
                earliest(&mut schedule.next_publish, p.date, p);
                schedule.publishes.push((p.date, p.file.clone()));
                return left_out(p, LeftOut::Future, p.date);
            }
            match p.expires {
                Some(e) if e <= now => left_out(p, LeftOut::Expired, e),
                Some(e) => {
                    earliest(&mut schedule.next_expiry, e, p);
                    schedule.expiries.push((e, p.file.clone()));
                    true
                }
                None => true,
            }
        })
        .collect();
    pages.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    schedule.publishes.sort();
    schedule.expiries.sort();
    (pages, schedule, drafts, unpublished)
}

/// The sections in a stable order — home first (a default one when there is no
/// `content/_index.md`), then by path — and the index of each by its folders.
/// Two sections at one URL are a problem.
fn ordered_sections(
    mut sections: Vec<Section>,
    site_title: &str,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<Section>, HashMap<Vec<String>, usize>) {
    sections.sort_by(|a, b| a.dirs.cmp(&b.dirs));
    if sections.first().is_none_or(|s| !s.is_home()) {
        sections.insert(0, Section::default_home(site_title));
    }
    let mut by_dirs: HashMap<Vec<String>, usize> = HashMap::new();
    for (i, s) in sections.iter().enumerate() {
        if let Some(&other) = by_dirs.get(&s.dirs) {
            problems.push(collision(
                &s.path,
                section_file(&sections[other]),
                section_file(s),
            ));
        } else {
            by_dirs.insert(s.dirs.clone(), i);
        }
    }
    (sections, by_dirs)
}

/// The section for these folders: the one of the deepest of them that has one
/// (home at last).
fn nearest(by_dirs: &HashMap<Vec<String>, usize>, dirs: &[String]) -> usize {
    (0..=dirs.len())
        .rev()
        .find_map(|n| by_dirs.get(&dirs[..n]).copied())
        .unwrap_or(0)
}

/// Hangs every section under its parent and every page in its section (the
/// page lists hold news only).
fn nest(sections: &mut [Section], pages: &mut [Page], by_dirs: &HashMap<Vec<String>, usize>) {
    for i in 1..sections.len() {
        let dirs = sections[i].dirs.clone();
        let parent = nearest(by_dirs, &dirs[..dirs.len() - 1]);
        sections[i].parent = Some(parent);
        sections[parent].subsections.push(i);
    }
    for (i, page) in pages.iter_mut().enumerate() {
        let s = nearest(by_dirs, &page.dirs);
        page.section = s;
        if page.is_listed() {
            sections[s].pages.push(i);
        }
    }
}

/// A warning for each folder of `content/` that has pages but no `_index.md`: it
/// has no section page, and its pages are listed in the section above it.
fn folders_without_index(sections: &[Section], pages: &[Page]) -> Vec<Diagnostic> {
    let mut folders: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for page in pages {
        let section = &sections[page.section];
        let depth = section.dirs.len();
        if page.dirs.len() <= depth {
            continue;
        }
        let folder: Vec<&str> = page.relative.split('/').take(depth + 1).collect();
        let entry = folders.entry(folder.join("/")).or_insert((0, page.section));
        entry.0 += 1;
    }
    folders
        .into_iter()
        .map(|(folder, (count, above))| {
            let above = &sections[above];
            #[rustfmt::skip] // `t!("id"` on one line, where the catalogue test finds it
            let hint = if above.is_home() {
                t!("section-missing-index.hint-home", folder = &folder)
            } else {
                t!("section-missing-index.hint", folder = &folder, title = &above.title)
            };
            Diagnostic::warning(
                Location::file(format!("content/{folder}/")),
                t!("section-missing-index", count = count),
            )
            .hint(hint)
        })
        .collect()
}

/// Orders each section's pages as the section asks, and its subsections by
/// weight, then title.
fn sort_lists(sections: &mut [Section], pages: &[Page]) {
    for s in 0..sections.len() {
        let mut list = std::mem::take(&mut sections[s].pages);
        sort_pages(&mut list, pages, sections[s].meta.sort_by);
        sections[s].pages = list;
        let mut subs = std::mem::take(&mut sections[s].subsections);
        subs.sort_by(|&a, &b| {
            let (a, b) = (&sections[a], &sections[b]);
            a.meta
                .weight
                .cmp(&b.meta.weight)
                .then_with(|| collate::compare(&a.title, &b.title))
        });
        sections[s].subsections = subs;
    }
}

/// Where each file of `content/` outside bundles goes: its folders slugified,
/// its name kept.
fn asset_outputs(assets: Vec<(PathBuf, String)>) -> Vec<(PathBuf, String)> {
    assets
        .into_iter()
        .map(|(source, relative)| {
            let mut parts: Vec<&str> = relative.split('/').collect();
            let name = parts.pop().unwrap_or_default().to_string();
            let dirs: Vec<String> = parts.into_iter().map(crate::text::slug::slugify).collect();
            let mut out = dirs.join("/");
            if !out.is_empty() {
                out.push('/');
            }
            out.push_str(&name);
            (source, out)
        })
        .collect()
}

fn earliest(slot: &mut Option<(Date, PathBuf)>, at: Date, page: &Page) {
    if slot.as_ref().is_none_or(|(d, _)| at < *d) {
        *slot = Some((at, page.file.clone()));
    }
}

fn sort_pages(list: &mut [usize], pages: &[Page], by: SortBy) {
    // `list` arrives newest first (the library order), so a stable sort keeps
    // newest-first as the tiebreak for weight and title.
    match by {
        SortBy::Date => {}
        SortBy::Weight => list.sort_by_key(|&i| pages[i].meta.weight),
        SortBy::Title => list.sort_by(|&a, &b| collate::compare(&pages[a].title, &pages[b].title)),
    }
}

fn section_file(s: &Section) -> String {
    s.file
        .as_ref()
        .map_or_else(|| t!("content-owner-home"), |f| f.display().to_string())
}

fn collision(path: &str, first: String, second: String) -> Diagnostic {
    #[rustfmt::skip] // `t!("id"` on one line, where the catalogue test finds it
    let detail = t!("content-same-url.detail", first = &first, second = &second, path = path);
    Diagnostic::error(Location::file(&second), t!("content-same-url", path = path))
        .detail(detail)
        .hint(t!("content-same-url.hint"))
}

/// Every output URL must come from one source: pages, sections, aliases and
/// taxonomy pages are checked together.
fn url_collisions(
    sections: &[Section],
    pages: &[Page],
    taxonomies: &[Taxonomy],
) -> Vec<Diagnostic> {
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut problems = Vec::new();
    // Claim files, not paths: the alias `/a/index.html` and the page `/a/` are one file.
    let mut claim = |path: String, owner: String| match owners.get(&file_for_path(&path)) {
        Some(first) if *first != owner => problems.push(collision(&path, first.clone(), owner)),
        Some(_) => {}
        None => {
            owners.insert(file_for_path(&path), owner);
        }
    };
    // Built-in pages first, so a collision is reported at the user's file.
    claim(
        crate::content::reserved::ARCHIVE_PATH.to_string(),
        t!("content-owner-archives"),
    );
    claim(
        crate::content::reserved::SEARCH_PATH.to_string(),
        t!("content-owner-search"),
    );
    for s in sections {
        claim(s.path.clone(), section_file(s));
    }
    for t in taxonomies {
        claim(
            t.path.clone(),
            t!("content-owner-taxonomy", name = &t.config.name),
        );
    }
    for p in pages {
        claim(p.path.clone(), p.file.display().to_string());
    }
    for p in pages {
        for alias in &p.meta.aliases {
            if let Some(path) = crate::output::normalise_alias(alias) {
                claim(path, t!("content-owner-alias", file = &p.file));
            }
        }
    }
    problems
}
