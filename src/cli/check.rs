//! `loa check`: everything `build` validates, plus internal links and referenced
//! images in the rendered HTML. It renders into a temporary folder that it removes;
//! the site and its output are not touched.

use std::collections::HashSet;
use std::path::Path;

use crate::cli::{RootArg, print_diagnostics};
use crate::content::PublishOptions;
use crate::error::{Diagnostic, Diagnostics, Error, Location, Result};
use crate::site::{LoadOptions, Site};

/// Arguments of `loa check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub(super) root: RootArg,
    /// Check pages marked `draft: true` too.
    #[arg(long)]
    drafts: bool,
    /// Check pages dated in the future too.
    #[arg(long)]
    future: bool,
}

/// Runs `loa check`.
pub(crate) fn run(args: CheckArgs) -> Result<()> {
    let options = LoadOptions {
        root: args.root.folder(),
        base_url: None,
        publish: PublishOptions {
            drafts: args.drafts,
            future: args.future,
            now: crate::cli::build::build_clock()?,
        },
    };
    // As in a build, errors in the content do not stop the check: what loaded is
    // rendered, and every problem is reported together.
    let (site, found) = Site::load_all(&options)?;
    let scratch = tempfile_dir()?;
    let written = site.write_all(scratch.path(), None, found);
    let mut all = match written {
        Ok((_, warnings)) => warnings,
        Err(Error::Diagnostics(problems)) => problems,
        Err(other) => return Err(other),
    };
    let origins = crate::site::origin::Origins::new(&site);
    let reported: HashSet<Location> = all.iter().map(|d| d.at.clone()).collect();
    all.extend(
        check_links(scratch.path(), &origins)
            .into_iter()
            .filter(|d| !reported.contains(&d.at)),
    );
    drop(scratch);
    let mut diagnostics = Diagnostics::new();
    diagnostics.extend(all);
    let warnings = diagnostics.finish()?;
    print_diagnostics(&warnings);
    let pages = site.model.library.pages.len();
    let sections = site.model.library.sections.len();
    let count = warnings.len();
    let done = if count == 0 {
        t!("cli-check-done", pages = pages, sections = sections)
    } else {
        t!(
            "cli-check-done-warnings",
            pages = pages,
            sections = sections,
            count = count
        )
    };
    println!("{done}");
    Ok(())
}

/// A temporary folder removed on drop.
struct ScratchDir(std::path::PathBuf);

impl ScratchDir {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempfile_dir() -> Result<ScratchDir> {
    let dir = std::env::temp_dir().join(format!("loa-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    Ok(ScratchDir(dir))
}

/// Every `href`/`src` starting with `/` in the output's HTML must name a file of it:
/// each one that does not is reported where it was written ([`Origins`]), once with
/// the number of pages it broke.
///
/// [`Origins`]: crate::site::origin::Origins
fn check_links(dir: &Path, origins: &crate::site::origin::Origins) -> Vec<Diagnostic> {
    let files: Vec<std::path::PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let existing: HashSet<String> = files
        .iter()
        .filter_map(|p| p.strip_prefix(dir).ok())
        .map(|p| format!("/{}", p.to_string_lossy().replace('\\', "/")))
        .collect();
    let mut out = Vec::new();
    for file in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let Ok(html) = std::fs::read_to_string(file) else {
            continue;
        };
        let page = file.strip_prefix(dir).unwrap_or(file);
        for (attr, target) in links(&html) {
            let Some((file, index)) = crate::output::link_files(&target) else {
                continue;
            };
            if existing.contains(&file) || existing.contains(&index) {
                continue;
            }
            let (message, hint) = if attr == "src" {
                let message = t!("cli-check-broken-file", target = &target);
                (message, t!("cli-check-broken-file.hint"))
            } else {
                let message = t!("cli-check-broken-link", target = &target);
                (message, t!("cli-check-broken-link.hint"))
            };
            let at = origins.locate(&target, page);
            let mut d = Diagnostic::error(at, message).hint(hint);
            if let Some(text) = origins.text(&d.at.path) {
                d = d.with_source(text);
            }
            let shown = match origins.page_source(page) {
                Some(source) => source.display().to_string(),
                None => format!("public/{}", page.display()),
            };
            // The page it broke: merged with the others into "in N pages".
            d.rendering = Some(shown);
            out.push(d);
        }
    }
    out
}

/// `(attribute, value)` of every root-relative `href` and `src`.
fn links(html: &str) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for attr in ["href", "src"] {
        let needle = format!("{attr}=\"/");
        let mut rest = html;
        while let Some(i) = rest.find(&needle) {
            let start = i + needle.len() - 1;
            let Some(len) = rest[start..].find('"') else {
                break;
            };
            out.push((attr, rest[start..start + len].replace("&amp;", "&")));
            rest = &rest[start + len..];
        }
    }
    out
}
