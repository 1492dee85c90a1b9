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
    let site = Site::load(&options)?;
    let scratch = tempfile_dir()?;
    let result = site
        .write_all(scratch.path(), None)
        .and_then(|_| check_links(scratch.path()));
    drop(scratch);
    result?;
    print_diagnostics(&site.warnings);
    let pages = site.model.library.pages.len();
    let sections = site.model.library.sections.len();
    let count = site.warnings.len();
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

/// Every `href`/`src` starting with `/` in the output's HTML must name a file of it.
fn check_links(dir: &Path) -> Result<()> {
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
    let mut diagnostics = Diagnostics::new();
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
            let found = existing.contains(&file) || existing.contains(&index);
            if !found {
                let (message, hint) = if attr == "src" {
                    let message = t!("cli-check-broken-file", target = &target);
                    (message, t!("cli-check-broken-file.hint"))
                } else {
                    let message = t!("cli-check-broken-link", target = &target);
                    (message, t!("cli-check-broken-link.hint"))
                };
                let at = Location::file(format!("public/{}", page.display()));
                diagnostics.push(Diagnostic::error(at, message).hint(hint));
            }
        }
    }
    diagnostics.finish().map(|_| ())
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
