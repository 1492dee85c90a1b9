//! The site: [`Site::load_all`] reads the configuration, the content and the data
//! and renders every page's Markdown, going on past errors to find them all;
//! [`Site::build`] renders the templates and writes the output through a staging
//! folder that replaces the previous output only when everything succeeded.

pub(crate) mod archive;
mod assets;
mod bodies;
mod data;
mod downloads;
mod jobs;
pub(crate) mod live;
pub(crate) mod origin;
mod paginate;
mod pass;
mod redirects;
mod rich;
mod syndication;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::content::{self, PublishOptions};
use crate::error::{Diagnostic, Diagnostics, Error, Location, Result};
use crate::files::SiteFiles;
use crate::images::ImageStore;
use crate::markdown::Shortcodes;
use crate::model::Model;
use crate::output::{self, Staging};
use crate::theme::Theme;

pub(crate) use pass::Pass;

/// How to load a site.
#[derive(Debug, Clone)]
pub(crate) struct LoadOptions {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// What to publish.
    pub publish: PublishOptions,
}

/// Called as work is done: (items done, items in all).
pub(crate) type Progress<'a> = dyn Fn(usize, usize) + Send + Sync + 'a;

/// A loaded site, ready to build.
pub(crate) struct Site {
    /// What every writer reads: configuration, library, clock, root, files.
    pub model: Model,
    /// Data files, for templates.
    pub data: serde_json::Value,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
    /// The theme, found (the site's theme folder over the built-in theme).
    pub theme: Theme,
    /// Every image the pages use, with its planned variants.
    pub images: Arc<ImageStore>,
}

/// What a build did.
#[derive(Debug, Clone)]
pub(crate) struct BuildReport {
    /// Pages (articles) written.
    pub pages: usize,
    /// Sections written.
    pub sections: usize,
    /// HTML files written in all.
    pub files: usize,
    /// Wall time.
    pub elapsed: Duration,
    /// Warnings.
    pub warnings: Vec<Diagnostic>,
    /// When the output would next change on its own (a page going live or expiring).
    pub next_change: Option<(crate::dates::Date, String)>,
    /// What the image pipeline did.
    pub images: Option<crate::images::ProcessReport>,
    /// Drafts left out (without `--drafts`).
    pub drafts_left_out: usize,
}

impl Site {
    /// Loads the configuration, content and data of a site, and renders Markdown.
    /// Every problem found is returned at once.
    #[cfg(test)]
    pub(crate) fn load(options: &LoadOptions) -> Result<Site> {
        let (mut site, diagnostics) = Site::load_all(options)?;
        site.warnings = diagnostics.finish()?;
        Ok(site)
    }

    /// Loads the configuration, content and data of a site, and renders Markdown,
    /// going on past errors in the content: the site as far as it loaded, and every
    /// problem found so far, for a build or check that renders it to find the rest
    /// and then writes nothing.
    pub(crate) fn load_all(options: &LoadOptions) -> Result<(Site, Diagnostics)> {
        let (mut site, mut diagnostics) = Site::read(options)?;
        diagnostics.extend(site.render_content(|_| true));
        Ok((site, diagnostics))
    }

    /// Reads the configuration, data and content without rendering Markdown; the
    /// problems found so far come back beside the site.
    pub(crate) fn read(options: &LoadOptions) -> Result<(Site, Diagnostics)> {
        let root = &options.root;
        let (mut config, note) = Config::load_noting(root)?;
        if let Some(base) = &options.base_url {
            config = with_base_url(config, base)?;
        }
        let mut diagnostics = Diagnostics::new();
        diagnostics.extend(note);
        let theme = Theme::resolve(root, &config).unwrap_or_else(|d| {
            diagnostics.push(d);
            Theme::default()
        });
        let data = match data::load(root) {
            Ok((d, notes)) => {
                diagnostics.extend(notes);
                d
            }
            Err(problems) => {
                diagnostics.extend(problems);
                serde_json::Value::Null
            }
        };
        // Problems of the content (errors too) join the rest: the files that loaded
        // are still rendered, so one run reports every file's problems.
        let (library, problems) = content::load(root, &config, &options.publish)?;
        diagnostics.extend(problems);
        // The copied files and the image store come with the Markdown
        // ([`Site::render_content`]), which needs them.
        let site = Site {
            model: Model {
                root: root.clone(),
                config,
                library,
                now: options.publish.now,
                files: Arc::default(),
            },
            data,
            warnings: Vec::new(),
            theme,
            images: Arc::new(ImageStore::new(root, Arc::default())),
        };
        Ok((site, diagnostics))
    }

    /// Lists the copied files again (after the content, `static/` or the theme
    /// changed), with a fresh image store over them.
    pub(crate) fn list_files(&mut self) -> Vec<Diagnostic> {
        let (files, problems) = SiteFiles::new(&self.model.root, &self.theme, &self.model.library);
        self.model.files = Arc::new(files);
        self.images = Arc::new(ImageStore::new(
            &self.model.root,
            Arc::clone(&self.model.files),
        ));
        problems
    }

    /// Renders the Markdown of the pages and sections `pick` chooses (by their
    /// `content/`-relative path), with shortcodes and images, and measures images.
    pub(crate) fn render_content(&mut self, pick: impl Fn(&str) -> bool + Sync) -> Vec<Diagnostic> {
        let mut problems = self.list_files();
        let root = &self.model.root;
        let shortcodes = match Shortcodes::new(
            root,
            &self.model.config,
            &self.theme,
            Arc::new(self.data.clone()),
            Arc::clone(&self.images),
        ) {
            Ok(s) => Some(s),
            Err(more) => {
                problems.extend(more);
                None
            }
        };
        problems.extend(bodies::render_markdown(
            &mut self.model.library,
            shortcodes.as_ref(),
            &self.images,
            pick,
        ));
        problems.extend(assets::check_images(
            root,
            &self.model.files,
            &self.model.library,
        ));
        problems
    }

    /// Renders every page and writes the site to `output`, replacing what was there
    /// only on success. `found` are the problems of loading ([`Site::load_all`]):
    /// with an error among them, the site is still rendered, to report the
    /// templates' and links' problems too, and nothing is written.
    pub(crate) fn build(
        &self,
        output: &Path,
        progress: Option<&Progress<'_>>,
        found: Diagnostics,
    ) -> Result<BuildReport> {
        let started = Instant::now();
        output::check_output_dir(&self.model.root, output)?;
        let staging = Staging::begin(output)?;
        let (files, mut warnings) = self
            .write_all(staging.dir(), progress, found)
            .map_err(|e| staging.explain(e))?;
        staging.commit()?;
        let changes = crate::discovery::schedule::upcoming(&self.model);
        warnings.extend(self.write_private_schedule(&changes));
        Ok(BuildReport {
            pages: self.model.library.pages.len(),
            sections: self.model.library.sections.len(),
            files,
            elapsed: started.elapsed(),
            warnings,
            next_change: changes.first().map(|c| (c.at, c.reason())),
            images: self.images.last_report(),
            drafts_left_out: self.model.library.drafts_left_out,
        })
    }

    /// Renders everything into `dir` (an empty folder); returns the HTML files written
    /// and the warnings, `found` (the problems of loading) among them. Every error,
    /// `found`'s included, comes back together.
    pub(crate) fn write_all(
        &self,
        dir: &Path,
        progress: Option<&Progress<'_>>,
        mut diagnostics: Diagnostics,
    ) -> Result<(usize, Vec<Diagnostic>)> {
        let (pass, template_problems) = Pass::partial(self)?;
        diagnostics.extend(template_problems);
        let total = pass.jobs.len();
        let sink = output::DirSink(dir);
        // Images (mostly cached) are made while the pages render.
        let (problems, rich_problems) = rayon::join(
            || pass.run_all(self, &sink, progress),
            || rich::write_assets(self, &sink),
        );
        // The pages are written: free the templates and their values (a third of
        // the memory) before the feeds and the search index need theirs.
        let i18n = pass.renderer.i18n.clone();
        drop(pass);
        diagnostics.extend(problems);
        diagnostics.extend(rich_problems);
        diagnostics.extend(self.write_copies(&sink));
        // Feeds and the search index share nothing but the pages: each one's
        // single-threaded stretches run beside the other's.
        let (syndication, search) = rayon::join(
            || self.write_syndication(&sink, &i18n),
            || crate::search::write(&self.model, &i18n.dates, &sink),
        );
        diagnostics.extend(syndication);
        if let Err(e) = search {
            diagnostics.extend(as_diagnostics(e));
        }
        diagnostics.extend(self.broken_root_links(dir));
        let warnings = diagnostics.finish()?;
        Ok((total, warnings))
    }

    /// The root-relative links of Markdown bodies that name nothing in the output
    /// written in `dir`, each at its place in its file.
    fn broken_root_links(&self, dir: &Path) -> Vec<Diagnostic> {
        let lib = &self.model.library;
        let written = |file: &str| {
            output::safe_join(dir, file.trim_start_matches('/')).is_some_and(|p| p.is_file())
        };
        let pages = lib.pages.iter().flat_map(|p| &p.root_links);
        let sections = lib.sections.iter().flat_map(|s| &s.root_links);
        let broken = |target: &str| {
            output::link_files(target)
                .is_some_and(|(file, index)| !written(&file) && !written(&index))
        };
        // A link to a page this build leaves out says so.
        let left_out: std::collections::HashMap<&str, &crate::content::unpublished::Unpublished> =
            lib.unpublished
                .values()
                .map(|u| (u.path.as_str(), u))
                .collect();
        let mut problems: Vec<Diagnostic> = pages
            .chain(sections)
            .filter(|link| broken(&link.target))
            .map(|link| {
                let path = link.target.split(['#', '?']).next().unwrap_or_default();
                match left_out.get(path) {
                    Some(page) => {
                        let mut d = page.link_error(link.if_broken.at.clone(), &link.target);
                        d.source_line = link.if_broken.source_line.clone();
                        d.source_skip = link.if_broken.source_skip;
                        d
                    }
                    None => link.if_broken.clone(),
                }
            })
            .collect();
        let menu = &self.model.config.menu;
        let bad: Vec<_> = menu
            .iter()
            .filter(|item| item.url.starts_with('/') && !item.url.starts_with("//"))
            .filter(|item| broken(&item.url))
            .collect();
        if !bad.is_empty() {
            let path = Path::new(crate::config::CONFIG_FILE);
            let text = std::fs::read_to_string(self.model.root.join(path)).unwrap_or_default();
            problems.extend(bad.into_iter().map(|item| {
                // The menu's `url:` line, once: every page shows the menu.
                let at = text
                    .lines()
                    .enumerate()
                    .find_map(|(i, line)| {
                        let column = line.find(item.url.as_str())?;
                        line.contains("url")
                            .then(|| (i + 1, line[..column].chars().count() + 1))
                    })
                    .map_or_else(|| Location::file(path), |(l, c)| Location::at(path, l, c));
                let (name, url) = (&item.name, &item.url);
                Diagnostic::error(at, t!("site-menu-links-to-nothing", name = name, url = url))
                    .hint(t!("site-menu-links-to-nothing.hint"))
                    .with_source(&text)
            }));
        }
        problems
    }

    /// Static files, assets, aliases, `_redirects` and `_headers` (cheap: redone on every edit
    /// by `loa serve`).
    pub(crate) fn write_copies(&self, sink: &dyn output::Sink) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        if let Err(e) = assets::copy_all(self, sink) {
            problems.extend(as_diagnostics(e));
        }
        if let Err(e) = redirects::write(self, sink) {
            problems.extend(as_diagnostics(e));
        }
        let headers = crate::deploy::headers_file(assets::own_text(self, "_headers").as_deref());
        if let Err(e) = sink.write("_headers", headers.into_bytes()) {
            problems.extend(as_diagnostics(e));
        }
        problems
    }

    /// Downloads, feeds, embeds and discovery files (a site's own `robots.txt`
    /// wins over loa's).
    pub(crate) fn write_syndication(
        &self,
        sink: &dyn output::Sink,
        i18n: &crate::render::i18n::I18n,
    ) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        if let Err(e) = downloads::write(self, sink, i18n) {
            problems.extend(as_diagnostics(e));
        }
        problems.extend(syndication::write(self, i18n, sink));
        problems
    }

    /// The schedule with the files of the pages it names, in `.loa-cache/` (the
    /// public one names none); a warning when it cannot be written.
    fn write_private_schedule(
        &self,
        changes: &[crate::discovery::schedule::Change],
    ) -> Option<Diagnostic> {
        use crate::discovery::schedule;
        let path = self.model.root.join(schedule::PRIVATE_FILE);
        let text = schedule::private_file(&self.model, changes);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        written.err().map(|e| {
            Diagnostic::warning(
                crate::error::Location::file(schedule::PRIVATE_FILE),
                t!("site-schedule-not-written", error = e.to_string()),
            )
        })
    }

    /// The next instant the output would change without an edit: a page going
    /// live or expiring, or an article leaving the news sitemap.
    pub(crate) fn next_change(&self) -> Option<(crate::dates::Date, String)> {
        crate::discovery::schedule::upcoming(&self.model)
            .first()
            .map(|c| (c.at, c.reason()))
    }
}

pub(crate) fn as_diagnostics(e: Error) -> Vec<Diagnostic> {
    match e {
        Error::Diagnostics(d) => d,
        other => vec![Diagnostic::error(
            crate::error::Location::file(""),
            other.to_string(),
        )],
    }
}

fn with_base_url(config: Config, base: &str) -> Result<Config> {
    let text = format!(
        "title: {}\nbase_url: {}\n",
        serde_json::to_string(&config.title).unwrap_or_default(),
        serde_json::to_string(base).unwrap_or_default()
    );
    // Reuse the same check as site.yaml, then keep everything else.
    let checked = Config::parse(&text, Path::new("--base-url"))?;
    Ok(Config {
        base_url: checked.base_url,
        ..config
    })
}
