//! The site: [`Site::load`] reads the configuration, the content and the data and
//! renders every page's Markdown; [`Site::build`] renders the templates and writes
//! the output through a staging folder that replaces the previous output only when
//! everything succeeded.

mod assets;
mod data;
mod downloads;
mod imagesize;
mod jobs;
mod paginate;
mod redirects;
mod rich;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{self, Library, PublishOptions};
use crate::error::{Diagnostic, Diagnostics, Error, Result};
use crate::images::{ImageStore, PageRef};
use crate::markdown::{self, MarkdownSource, PageScope, Shortcodes};
use crate::output::{self, Staging};
use crate::render::Renderer;

pub use jobs::Job;

/// How to load a site.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Overrides `base_url`.
    pub base_url: Option<String>,
    /// What to publish.
    pub publish: PublishOptions,
}

/// Called as work is done: (items done, items in all).
pub type Progress<'a> = dyn Fn(usize, usize) + Send + Sync + 'a;

/// A loaded site, ready to build.
pub struct Site {
    /// The site root.
    pub root: PathBuf,
    /// Checked configuration.
    pub config: Config,
    /// Sections and published pages, with their HTML.
    pub library: Library,
    /// Data files, for templates.
    pub data: serde_json::Value,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
    /// When the build's clock says it is.
    pub now: chrono::DateTime<chrono::Utc>,
    /// Every image the pages use, with its planned variants.
    pub images: Arc<ImageStore>,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
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
}

impl Site {
    /// Loads the configuration, content and data of a site, and renders Markdown.
    /// Every problem found is returned at once.
    pub fn load(options: &LoadOptions) -> Result<Site> {
        let root = &options.root;
        let mut config = Config::load(root)?;
        if let Some(base) = &options.base_url {
            config = with_base_url(config, base)?;
        }
        let mut diagnostics = Diagnostics::new();
        let data = match data::load(root) {
            Ok(d) => d,
            Err(problems) => {
                diagnostics.extend(problems);
                serde_json::Value::Null
            }
        };
        let (mut library, warnings) = match content::load(root, &config, &options.publish) {
            Ok(loaded) => loaded,
            Err(Error::Diagnostics(mut problems)) => {
                problems.extend(diagnostics.into_vec());
                return Err(Error::Diagnostics(problems));
            }
            Err(e) => return Err(e),
        };
        diagnostics.extend(warnings);
        let images = Arc::new(ImageStore::new(root, &config, &library));
        let shortcodes =
            match Shortcodes::new(root, &config, Arc::new(data.clone()), Arc::clone(&images)) {
                Ok(s) => Some(s),
                Err(problems) => {
                    diagnostics.extend(problems);
                    None
                }
            };
        diagnostics.extend(render_markdown(&mut library, shortcodes.as_ref(), &images));
        diagnostics.extend(assets::check_images(root, &config, &library));
        imagesize::measure_all(root, &config, &mut library);
        let warnings = diagnostics.finish()?;
        Ok(Site {
            root: root.clone(),
            config,
            library,
            data,
            warnings,
            now: options.publish.now,
            images,
        })
    }

    /// Renders every page and writes the site to `output`, replacing what was there
    /// only on success.
    pub fn build(&self, output: &Path, progress: Option<&Progress<'_>>) -> Result<BuildReport> {
        let started = Instant::now();
        output::check_output_dir(&self.root, output)?;
        let staging = Staging::begin(output)?;
        let files = self.write_all(staging.dir(), progress)?;
        staging.commit()?;
        Ok(BuildReport {
            pages: self.library.pages.len(),
            sections: self.library.sections.len(),
            files,
            elapsed: started.elapsed(),
            warnings: self.warnings.clone(),
            next_change: self.next_change(),
            images: self.images.last_report(),
        })
    }

    /// Renders everything into `dir` (an empty folder); returns the HTML files written.
    pub fn write_all(&self, dir: &Path, progress: Option<&Progress<'_>>) -> Result<usize> {
        let mut renderer = Renderer::new(&self.root, &self.config).map_err(Error::Diagnostics)?;
        let values = Arc::new(crate::render::values::build(
            &self.config,
            &self.library,
            &renderer.i18n.dates,
        ));
        let site_value = jobs::site_value(self, &values);
        renderer.bind(
            &self.config,
            &self.library,
            Arc::clone(&values),
            tera::Value::from_serializable(&self.data),
            site_value,
        );
        let jobs = jobs::plan(self, &renderer);
        let total = jobs.len();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let ctx = jobs::JobContext {
            site: self,
            renderer: &renderer,
            values: &values,
            dir,
        };
        // Images (mostly cached) are made while the pages render.
        let (problems, rich_problems) = rayon::join(
            || {
                jobs.par_iter()
                    .flat_map_iter(|job| {
                        let result = ctx.run(job);
                        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                        if let Some(p) = progress
                            && (n.is_multiple_of(64) || n == total)
                        {
                            p(n, total);
                        }
                        result.err()
                    })
                    .collect::<Vec<Diagnostic>>()
            },
            || rich::write_assets(self, dir),
        );
        let mut diagnostics = Diagnostics::new();
        diagnostics.extend(problems);
        diagnostics.extend(rich_problems);
        if let Err(e) = assets::copy_all(self, dir) {
            diagnostics.extend(as_diagnostics(e));
        }
        if let Err(e) = redirects::write(self, dir) {
            diagnostics.extend(as_diagnostics(e));
        }
        if let Err(e) = downloads::write(self, dir, &renderer.i18n) {
            diagnostics.extend(as_diagnostics(e));
        }
        diagnostics.finish()?;
        Ok(total)
    }

    /// The next instant the output would change without an edit.
    pub fn next_change(&self) -> Option<(crate::dates::Date, String)> {
        let s = &self.library.schedule;
        let publish = s
            .next_publish
            .as_ref()
            .map(|(d, f)| (*d, format!("{} goes live", f.display())));
        let expiry = s
            .next_expiry
            .as_ref()
            .map(|(d, f)| (*d, format!("{} expires", f.display())));
        [publish, expiry]
            .into_iter()
            .flatten()
            .min_by_key(|(d, _)| *d)
    }
}

fn as_diagnostics(e: Error) -> Vec<Diagnostic> {
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

/// Renders every page's and section's Markdown in parallel, expanding shortcodes
/// and resolving images (the lead image too) when `shortcodes` are available.
fn render_markdown(
    library: &mut Library,
    shortcodes: Option<&Shortcodes>,
    images: &ImageStore,
) -> Vec<Diagnostic> {
    let links: std::collections::HashMap<String, String> = library
        .pages
        .iter()
        .map(|p| (p.relative.clone(), p.path.clone()))
        .chain(
            library
                .sections
                .iter()
                .map(|s| (s.relative.clone(), s.path.clone())),
        )
        .collect();
    let mut problems: Vec<Diagnostic> = library
        .pages
        .par_iter_mut()
        .flat_map_iter(|page| {
            let mut problems = rich::lead_image(page, images);
            let scope = shortcodes.map(|s| PageScope {
                shortcodes: s,
                page: rich::page_value(page),
                page_ref: PageRef {
                    url: &page.path,
                    bundle_dir: page.bundle_dir.as_deref(),
                },
                award: page.meta.award.as_ref(),
                id_prefix: page.slug.clone(),
            });
            let source = MarkdownSource {
                file: &page.file,
                file_text: &page.source_text,
                first_line: page.body_line,
                links: &links,
                rich: scope.as_ref(),
            };
            let rendered = markdown::render(page.markdown(), &source);
            drop(scope);
            match rendered {
                Ok(r) => {
                    page.summary_html = match page.meta.summary.as_deref() {
                        Some(s) if !s.trim().is_empty() => markdown::render_inline(s),
                        _ => r.summary_html,
                    };
                    page.summary_text = plain_text(&page.summary_html);
                    page.html = r.html;
                    page.toc = r.toc;
                    page.word_count = r.word_count;
                    page.reading_time = r.reading_time;
                    // The source is no longer needed once rendered; free it.
                    page.source_text = String::new();
                    problems
                }
                Err(more) => {
                    problems.extend(more);
                    problems
                }
            }
        })
        .collect();
    for section in &mut library.sections {
        let Some(file) = section.file.clone() else {
            continue;
        };
        let folder = images
            .root()
            .join(&file)
            .parent()
            .map(std::path::Path::to_path_buf);
        let scope = shortcodes.map(|s| PageScope {
            shortcodes: s,
            page: rich::section_value(section),
            page_ref: PageRef {
                url: &section.path,
                bundle_dir: folder.as_deref(),
            },
            award: None,
            id_prefix: format!("muc-{}", section.dirs.join("-")),
        });
        let source = MarkdownSource {
            file: &file,
            file_text: &section.source_text,
            first_line: section.body_line,
            links: &links,
            rich: scope.as_ref(),
        };
        match markdown::render(&section.markdown, &source) {
            Ok(r) => section.html = r.html,
            Err(p) => problems.extend(p),
        }
    }
    problems
}

/// HTML to plain text: tags dropped (block tags become a space), the escaper's
/// entities decoded, spaces folded.
pub fn plain_text(html: &str) -> String {
    const BLOCKS: &[&str] = &[
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "blockquote",
        "table",
        "figcaption",
        "pre",
    ];
    let mut out = String::with_capacity(html.len());
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(t), '>') => {
                let name: String = t
                    .trim_start_matches('/')
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                if BLOCKS.contains(&name.to_ascii_lowercase().as_str()) {
                    out.push(' ');
                }
                tag = None;
            }
            (Some(t), c) => t.push(c),
            (None, c) => out.push(c),
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn plain_text_keeps_inline_words_together() {
        assert_eq!(
            plain_text("<p>First <em>para</em>.</p><p>Two &amp; three</p>"),
            "First para. Two & three"
        );
    }
}
