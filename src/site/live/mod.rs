//! A site kept in memory between edits, for `loa serve`.
//!
//! [`LiveSite::open`] builds everything into memory. [`LiveSite::apply`] takes what
//! the watcher saw and rebuilds only what it touched: it reads again only the changed
//! files of `content/` (`scan`), puts them in the library in place when nothing about
//! their place changed (title, date, URL, tags…) or links the library again otherwise,
//! renders only their Markdown, reuses the template values of unchanged pages, and
//! renders only the jobs whose signatures (`sig`) changed: first what shows the
//! edit directly (its page, the listing pages and term pages it is on, home,
//! taxonomy lists), then, in [`LiveSite::finish`], what shows it in passing. A
//! template or data change renders every job again; a `site.yaml` change reloads all.
//! Every failed step leaves the previous site as it was.

mod content;
mod output;
mod scan;
pub(crate) mod sig;
#[cfg(test)]
mod tests;
mod versions;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::output::file_for_path;
use crate::render::Renderer;
use crate::render::deps;
use crate::render::values::{self, Reuse};
use crate::site::{LoadOptions, Pass, Site, data};

use output::MemorySink;
pub(crate) use output::{Body, Output};
use scan::Files;
use sig::{DepKey, Sigs, Versions};

/// What changed on disk since the last rebuild.
#[derive(Debug, Default, Clone)]
pub(crate) struct Changes {
    /// `site.yaml`.
    pub config: bool,
    /// `templates/` or `themes/`.
    pub templates: bool,
    /// `data/`.
    pub data: bool,
    /// `static/`.
    pub statics: bool,
    /// Files or folders under `content/` (absolute paths).
    pub content: Vec<PathBuf>,
}

impl Changes {
    /// True when nothing changed.
    pub(crate) fn is_empty(&self) -> bool {
        !(self.config || self.templates || self.data || self.statics) && self.content.is_empty()
    }

    /// Adds `other` to these changes.
    pub(crate) fn merge(&mut self, other: Changes) {
        self.config |= other.config;
        self.templates |= other.templates;
        self.data |= other.data;
        self.statics |= other.statics;
        for path in other.content {
            if !self.content.contains(&path) {
                self.content.push(path);
            }
        }
    }
}

/// What a rebuild changed in the output.
#[derive(Debug, Default)]
pub(crate) struct Update {
    /// True when `written` and `steps` replace the whole output.
    pub full: bool,
    /// Files rendered from templates: (output-relative path, bytes).
    pub written: Vec<(String, Body)>,
    /// Output-relative paths no longer produced.
    pub removed: Vec<String>,
    /// Every static file, asset and alias, when they were listed again.
    pub steps: Option<Vec<(String, Body)>>,
    /// Every feed, embed, sitemap and processed image, when they were made again.
    pub extras: Option<Vec<(String, Body)>>,
    /// Jobs rendered.
    pub rendered: usize,
    /// Jobs left for [`LiveSite::finish`].
    pub deferred: usize,
    /// Warnings.
    pub warnings: Vec<Diagnostic>,
    /// Files that failed to render (their previous version stays).
    pub problems: Vec<Diagnostic>,
    /// Wall time.
    pub elapsed: Duration,
}

/// What a rendered job's output was made from.
struct JobState {
    direct: u64,
    indirect: u64,
    deps: Vec<DepKey>,
}

/// A site in memory with what it takes to rebuild parts of it.
pub(crate) struct LiveSite {
    options: LoadOptions,
    site: Site,
    pass: Pass,
    files: Files,
    versions: Versions,
    /// Page versions by `content/`-relative path: (page, card).
    page_versions: HashMap<String, (u64, u64)>,
    section_versions: HashMap<String, u64>,
    states: HashMap<String, JobState>,
    deferred: Vec<usize>,
    /// Feeds, embeds, sitemaps and images are out of date.
    extras_stale: bool,
    counter: u64,
}

impl LiveSite {
    /// Loads and renders the whole site into memory. Files that fail to render are
    /// reported in the update; a site that cannot be loaded is an error.
    pub(crate) fn open(options: LoadOptions) -> Result<(LiveSite, Update)> {
        let started = Instant::now();
        let (mut site, mut diagnostics) = Site::read(&options)?;
        let users: HashSet<String> = site
            .model
            .library
            .pages
            .iter()
            .filter(|p| p.markdown().contains("@/"))
            .map(|p| p.relative.clone())
            .chain(
                site.model
                    .library
                    .sections
                    .iter()
                    .filter(|s| s.markdown.contains("@/"))
                    .map(|s| s.relative.clone()),
            )
            .collect();
        diagnostics.extend(site.render_content(|_| true));
        site.warnings = diagnostics.finish()?;
        let pass = Pass::new(&site)?;
        let files = Files::from_walk(&site.model.root, users);
        let mut live = LiveSite {
            options,
            site,
            pass,
            files,
            versions: Versions::default(),
            page_versions: HashMap::new(),
            section_versions: HashMap::new(),
            states: HashMap::new(),
            deferred: Vec::new(),
            extras_stale: true,
            counter: 0,
        };
        live.number_all();
        let all: Vec<usize> = (0..live.pass.jobs.len()).collect();
        let mut update = live.render(&all, None);
        update.full = true;
        update.steps = Some(live.steps(&mut update.problems));
        update.extras = Some(live.extras(&mut update.problems));
        update.warnings = live.site.warnings.clone();
        update.elapsed = started.elapsed();
        Ok((live, update))
    }

    /// Rebuilds what `changes` touched. On error nothing changed: the previous
    /// output stays valid and the same changes can be applied again once fixed.
    pub(crate) fn apply(&mut self, changes: &Changes) -> Result<Update> {
        let started = Instant::now();
        self.deferred.clear();
        if changes.config {
            let (live, update) = LiveSite::open(self.options.clone())?;
            *self = live;
            return Ok(update);
        }
        if changes.templates || changes.statics {
            // A theme folder may have come or gone; static files may have.
            let theme =
                crate::theme::Theme::resolve(&self.site.model.root, &self.site.model.config)
                    .map_err(Error::single)?;
            self.site.theme = theme;
            let problems = self.site.list_files();
            if !problems.is_empty() {
                return Err(Error::Diagnostics(problems));
            }
        }
        let renderer = if changes.templates {
            Some(
                Renderer::new(
                    &self.site.model.root,
                    &self.site.model.config,
                    &self.site.theme,
                )
                .map_err(Error::Diagnostics)?,
            )
        } else {
            None
        };
        let data = if changes.data {
            let (data, _notes) = data::load(&self.site.model.root).map_err(Error::Diagnostics)?;
            Some(data)
        } else {
            None
        };
        let mut update = Update::default();
        let outcome = if changes.content.is_empty() {
            content::Outcome::unchanged(self.site.model.library.pages.len())
        } else {
            self.apply_content(&changes.content)?
        };
        update.warnings = outcome.warnings.clone();
        let force_all = renderer.is_some() || data.is_some();
        if let Some(r) = renderer {
            self.pass.renderer = r;
        }
        if let Some(d) = data {
            self.site.data = d;
        }
        let reuse = Reuse {
            previous: &self.pass.values,
            previous_index: &outcome.previous_index,
            unchanged: &outcome.unchanged,
            same_related: outcome.same_related,
        };
        let new_values = values::build_reusing(
            &self.site.model.config,
            &self.site.model.library,
            &self.pass.renderer.i18n.dates,
            Some(&reuse),
        );
        if !changes.content.is_empty() {
            self.number_changed(&new_values, &outcome);
        }
        self.pass.rebind(&self.site, new_values);
        let (now, later, removed) = self.classify(force_all);
        let mut rendered = self.render(&now, None);
        update.written = std::mem::take(&mut rendered.written);
        update.problems = rendered.problems;
        update.rendered = rendered.rendered;
        update.removed = removed;
        update.steps = Some(self.steps(&mut update.problems));
        self.extras_stale = true;
        update.deferred = later.len();
        self.deferred = later;
        update.elapsed = started.elapsed();
        Ok(update)
    }

    /// Renders what the last [`LiveSite::apply`] left for later (what shows the
    /// edit in passing, then feeds, embeds, sitemaps and images), stopping early when
    /// `cancel` is set: what was not done is done by the next rebuild.
    pub(crate) fn finish(&mut self, cancel: &AtomicBool) -> Update {
        let started = Instant::now();
        let jobs = std::mem::take(&mut self.deferred);
        let mut update = self.render(&jobs, Some(cancel));
        update.deferred = jobs.len() - update.rendered;
        if self.extras_stale && !cancel.load(Ordering::Relaxed) {
            update.extras = Some(self.extras(&mut update.problems));
        }
        update.elapsed = started.elapsed();
        update
    }

    /// The next instant the site would change without an edit (a page going live or
    /// expiring), and why.
    pub(crate) fn next_change(&self) -> Option<(crate::dates::Date, String)> {
        self.site.next_change()
    }

    /// True when [`LiveSite::finish`] has work.
    pub(crate) fn pending(&self) -> bool {
        !self.deferred.is_empty() || self.extras_stale
    }

    /// Sorts the jobs of the current pass: (render now, render after the reload,
    /// outputs that are gone).
    fn classify(&mut self, force_all: bool) -> (Vec<usize>, Vec<usize>, Vec<String>) {
        /// When a job must be rendered again.
        enum When {
            Now,
            Later,
            Never,
        }
        let sigs = Sigs::new(&self.site, &self.pass.values, &self.versions);
        // Naming and signing every job is the part of a rebuild that grows with the
        // site (12,700 jobs at 10,000 articles): done on every core.
        let decided: Vec<(String, When)> = self
            .pass
            .jobs
            .par_iter()
            .map(|job| {
                let path = self.pass.output_path(&self.site, job);
                let (direct, indirect) = sigs.job(job);
                let when = match self.states.get(&path) {
                    _ if force_all => When::Now,
                    None => When::Now,
                    Some(s) if s.direct != direct => When::Now,
                    Some(s) if s.indirect != sigs.with_deps(indirect, &s.deps) => When::Later,
                    Some(_) => When::Never,
                };
                (path, when)
            })
            .collect();
        let mut now = Vec::new();
        let mut later = Vec::new();
        let mut paths = HashSet::with_capacity(decided.len());
        for (j, (path, when)) in decided.into_iter().enumerate() {
            match when {
                When::Now => now.push(j),
                When::Later => later.push(j),
                When::Never => {}
            }
            paths.insert(path);
        }
        let gone: Vec<String> = self
            .states
            .keys()
            .filter(|p| !paths.contains(*p))
            .cloned()
            .collect();
        for path in &gone {
            self.states.remove(path);
        }
        (now, later, gone.iter().map(|p| file_for_path(p)).collect())
    }

    /// Renders the jobs `which` in parallel and records what each was made from.
    fn render(&mut self, which: &[usize], cancel: Option<&AtomicBool>) -> Update {
        let sink = MemorySink::default();
        let (results, mut problems) = {
            let sigs = Sigs::new(&self.site, &self.pass.values, &self.versions);
            let results: Vec<(usize, Result<(), Diagnostic>, Vec<deps::Dep>)> = which
                .par_iter()
                .filter(|_| cancel.is_none_or(|c| !c.load(Ordering::Relaxed)))
                .map(|&j| {
                    let (result, deps) =
                        deps::track(|| self.pass.run(&self.site, &self.pass.jobs[j], &sink));
                    (j, result, deps)
                })
                .collect();
            let mut problems = Vec::new();
            let mut states = Vec::new();
            for (j, result, deps) in results {
                let job = &self.pass.jobs[j];
                match result {
                    Ok(()) => {
                        let keys: Vec<DepKey> = deps
                            .into_iter()
                            .filter_map(|d| DepKey::of(d, &self.site.model.library))
                            .collect();
                        let (direct, indirect) = sigs.job(job);
                        let state = JobState {
                            direct,
                            indirect: sigs.with_deps(indirect, &keys),
                            deps: keys,
                        };
                        states.push((self.pass.output_path(&self.site, job), state));
                    }
                    Err(d) => problems.push(d),
                }
            }
            (states, problems)
        };
        let rendered = results.len() + problems.len();
        for (path, state) in results {
            self.states.insert(path, state);
        }
        problems.sort_by(|a, b| a.at.cmp(&b.at));
        Update {
            written: sink.into_files(),
            rendered,
            problems: std::mem::take(&mut problems),
            ..Update::default()
        }
    }

    /// Static files, assets and aliases, all of them.
    fn steps(&mut self, problems: &mut Vec<Diagnostic>) -> Vec<(String, Body)> {
        let sink = MemorySink::default();
        problems.extend(self.site.write_copies(&sink));
        sink.into_files()
    }

    /// Feeds, embeds, sitemaps, downloads and processed images, all of them.
    fn extras(&mut self, problems: &mut Vec<Diagnostic>) -> Vec<(String, Body)> {
        let site = &self.site;
        let i18n = &self.pass.renderer.i18n;
        let sink = MemorySink::default();
        problems.extend(crate::site::rich::write_assets(site, &sink));
        problems.extend(site.write_syndication(&sink, i18n));
        if let Err(e) = crate::search::write(&site.model, &i18n.dates, &sink) {
            problems.extend(crate::site::as_diagnostics(e));
        }
        self.extras_stale = false;
        sink.into_files()
    }
}
