//! Content: walks `content/`, reads every file once, normalises it to NFC, parses
//! front matter (in parallel) and links the result into a [`Library`] of sections
//! and published pages.

pub(crate) mod front_matter;
pub(crate) mod library;
pub(crate) mod page;
pub(crate) mod provinces;
pub(crate) mod reserved;
pub(crate) mod section;
pub(crate) mod taxonomy;
pub(crate) mod unpublished;
pub(crate) mod walk;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Location, Result};
use crate::read::text as read_text;
use crate::text::nfc::to_nfc;

pub(crate) use library::Library;
pub(crate) use page::Page;
pub(crate) use section::Section;
pub(crate) use taxonomy::{Taxonomy, Term};

/// What to publish.
#[derive(Debug, Clone)]
pub(crate) struct PublishOptions {
    /// Include drafts.
    pub drafts: bool,
    /// Include pages dated in the future.
    pub future: bool,
    /// The build's clock.
    pub now: DateTime<Utc>,
}

impl Default for PublishOptions {
    fn default() -> Self {
        PublishOptions {
            drafts: false,
            future: false,
            now: Utc::now(),
        }
    }
}

/// A file of `content/`, parsed.
pub(crate) enum Loaded {
    /// A page (a `.md` file or a bundle's `index.md`).
    Page(Box<Page>),
    /// A section's `_index.md`.
    Section(Box<section::Section>),
}

/// Loads `<root>/content` into a library, with every problem of every file. A
/// file that fails to load is left out of the library (and named in its
/// `unreadable`), so the rest can still be rendered and checked in the same run;
/// the problems then hold its errors.
pub(crate) fn load(
    root: &Path,
    config: &Config,
    options: &PublishOptions,
) -> Result<(Library, Vec<Diagnostic>)> {
    let content_dir = root.join("content");
    let mut diagnostics = Diagnostics::new();
    if !content_dir.is_dir() {
        diagnostics.push(
            Diagnostic::warning(Location::file("content"), t!("content-no-folder"))
                .hint(t!("content-no-folder.hint")),
        );
    }
    let (entries, problems) = walk::walk(&content_dir);
    diagnostics.extend(problems);

    let results: Vec<(&str, Option<Loaded>, Vec<Diagnostic>)> = entries
        .par_iter()
        .filter(|e| e.kind != walk::EntryKind::Asset)
        .map(|entry| {
            let (loaded, problems) = load_entry(root, config, entry);
            if loaded.is_none() && problems.iter().any(Diagnostic::is_error) {
                let problems = unless_left_out(root, config, options, entry, problems);
                return (entry.relative.as_str(), None, problems);
            }
            (entry.relative.as_str(), loaded, problems)
        })
        .collect();
    let mut pages = Vec::new();
    let mut sections = Vec::new();
    let mut unreadable = Vec::new();
    for (relative, loaded, problems) in results {
        if loaded.is_none() && problems.iter().any(Diagnostic::is_error) {
            unreadable.push(relative.to_string());
        }
        diagnostics.extend(problems);
        match loaded {
            Some(Loaded::Page(p)) => pages.push(*p),
            Some(Loaded::Section(s)) => sections.push(*s),
            None => {}
        }
    }
    let assets: Vec<(PathBuf, String)> = entries
        .into_iter()
        .filter(|e| e.kind == walk::EntryKind::Asset)
        .map(|e| (e.path, e.relative))
        .collect();
    let (mut library, problems) = library::link(config, sections, pages, assets, options);
    // A folder whose `_index.md` did not load has one; say only what is wrong.
    let broken_index = |d: &Diagnostic| {
        let folder = d.at.path.to_string_lossy();
        let folder = folder.strip_prefix("content/").unwrap_or(&folder);
        unreadable
            .iter()
            .any(|u| u.strip_suffix("_index.md") == Some(folder))
    };
    diagnostics.extend(
        problems
            .into_iter()
            .filter(|d| d.is_error() || !broken_index(d)),
    );
    library.unreadable = unreadable;
    Ok((library, diagnostics.into_vec()))
}

/// The errors of a page that failed to load, as warnings when the build would leave
/// it out anyway (a draft, a future or an expired page: read again from its lines).
fn unless_left_out(
    root: &Path,
    config: &Config,
    options: &PublishOptions,
    entry: &walk::Entry,
    problems: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    if !matches!(entry.kind, walk::EntryKind::Page | walk::EntryKind::Bundle) {
        return problems;
    }
    let file = entry.path.strip_prefix(root).unwrap_or(&entry.path);
    let why = std::fs::read(&entry.path)
        .ok()
        .and_then(|bytes| read_text(file, bytes).ok())
        .and_then(|(text, _)| {
            let yaml = front_matter::split(&text, file).ok()?.yaml.to_string();
            unpublished::left_out(&yaml, options, config.timezone)
        });
    match why {
        Some(why) => unpublished::as_warnings(file, why, problems),
        None => problems,
    }
}

/// Reads and parses one file found by the walk: the parsed file (none for an asset
/// or an error) and its problems.
pub(crate) fn load_entry(
    root: &Path,
    config: &Config,
    entry: &walk::Entry,
) -> (Option<Loaded>, Vec<Diagnostic>) {
    let file = entry
        .path
        .strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| entry.path.clone());
    let bytes = match std::fs::read(&entry.path) {
        Ok(b) => b,
        Err(e) => {
            return (
                None,
                vec![Diagnostic::error(
                    Location::file(&file),
                    t!("content-cannot-read", error = e.to_string()),
                )],
            );
        }
    };
    let mut problems = Vec::new();
    let text = match read_text(&file, bytes) {
        Ok((text, note)) => {
            problems.extend(note);
            text
        }
        Err(d) => return (None, vec![d]),
    };
    let text = match to_nfc(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(nfc) => {
            problems.push(
                Diagnostic::warning(Location::file(&file), t!("content-not-nfc"))
                    .hint(t!("content-not-nfc.hint")),
            );
            nfc
        }
    };
    let loaded = match entry.kind {
        walk::EntryKind::Section => section::parse(&file, &entry.relative, text, &config.title)
            .map(|s| Loaded::Section(Box::new(s)))
            .map_err(|d| vec![d]),
        walk::EntryKind::Page | walk::EntryKind::Bundle => page::parse(page::PageInput {
            config,
            file: &file,
            relative: &entry.relative,
            text,
            bundle_dir: (entry.kind == walk::EntryKind::Bundle)
                .then(|| entry.path.parent().map(Path::to_path_buf))
                .flatten(),
        })
        .map(|p| Loaded::Page(Box::new(p))),
        walk::EntryKind::Asset => return (None, problems),
    };
    match loaded {
        Ok(l) => (Some(l), problems),
        Err(mut errors) => {
            problems.append(&mut errors);
            (None, problems)
        }
    }
}
