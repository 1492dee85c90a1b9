//! Walking `content/`: which files are sections, pages, bundles and assets.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Location};
use crate::text::nfc::to_nfc;

/// What a file under `content/` is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EntryKind {
    /// `_index.md`.
    Section,
    /// `<name>.md`.
    Page,
    /// `<name>/index.md`: a page whose folder holds its assets.
    Bundle,
    /// Any other file outside a bundle, copied beside its section's output.
    Asset,
}

/// One file found under `content/`.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Absolute (or root-joined) path.
    pub path: PathBuf,
    /// Path relative to `content/`, `/`-separated, NFC.
    pub relative: String,
    /// What it is.
    pub kind: EntryKind,
}

/// Lists the files of `content_dir`. Symlinks are followed; a loop is reported,
/// not followed forever. Hidden files and editor backups are skipped.
pub(crate) fn walk(content_dir: &Path) -> (Vec<Entry>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let walker = walkdir::WalkDir::new(content_dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
            Ok(_) => {}
            Err(e) => {
                let path = e.path().unwrap_or(content_dir);
                // Name it from the site root, as every other message does.
                let shown = content_dir
                    .parent()
                    .and_then(|root| path.strip_prefix(root).ok())
                    .unwrap_or(path);
                let looped = |message: String| {
                    Diagnostic::error(Location::file(shown), message)
                        .hint(t!("content-link-loop.hint"))
                };
                problems.push(if e.loop_ancestor().is_some() {
                    looped(t!("content-link-loop-parent"))
                } else if e.io_error().is_some_and(is_link_loop) {
                    looped(t!("content-link-loop"))
                } else {
                    let why = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    Diagnostic::error(
                        Location::file(shown),
                        t!("content-cannot-read", error = why),
                    )
                });
            }
        }
    }
    // A folder holding `index.md` is a bundle: everything else inside it belongs to
    // that page, so collect those folders first.
    let bundles: Vec<PathBuf> = files
        .iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "index.md"))
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .collect();
    let entries = files
        .into_iter()
        .filter_map(|path| {
            let relative = relative_nfc(content_dir, &path)?;
            let name = path.file_name()?.to_string_lossy();
            let in_bundle = bundles.iter().any(|b| path.starts_with(b));
            let kind = if name == "_index.md" {
                EntryKind::Section
            } else if name == "index.md" && path.parent().is_some_and(|p| p != content_dir) {
                EntryKind::Bundle
            } else if in_bundle {
                return None; // a bundle's asset: the page lists it
            } else if name.ends_with(".md") {
                EntryKind::Page
            } else {
                EntryKind::Asset
            };
            Some(Entry {
                path,
                relative,
                kind,
            })
        })
        .collect();
    (entries, problems)
}

/// ELOOP: too many levels of symbolic links (its number differs between systems).
fn is_link_loop(e: &std::io::Error) -> bool {
    let eloop = if cfg!(any(target_os = "linux", target_os = "android")) {
        40
    } else if cfg!(unix) {
        62
    } else {
        return false;
    };
    e.raw_os_error() == Some(eloop)
}

/// True for names the walk skips: hidden files, editor backups and swap files.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.starts_with("#")
}

fn relative_nfc(base: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| to_nfc(&c.as_os_str().to_string_lossy()).into_owned())
        .collect();
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_sections_pages_bundles_and_assets() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path();
        for f in [
            "_index.md",
            "a/_index.md",
            "a/p.md",
            "a/b/index.md",
            "a/b/img.png",
            "a/logo.png",
            "a/.hidden.md",
        ] {
            let p = c.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let (entries, problems) = walk(c);
        assert!(problems.is_empty());
        let got: Vec<(String, EntryKind)> =
            entries.into_iter().map(|e| (e.relative, e.kind)).collect();
        assert_eq!(
            got,
            vec![
                ("_index.md".into(), EntryKind::Section),
                ("a/_index.md".into(), EntryKind::Section),
                ("a/b/index.md".into(), EntryKind::Bundle),
                ("a/logo.png".into(), EntryKind::Asset),
                ("a/p.md".into(), EntryKind::Page),
            ]
        );
    }
}
