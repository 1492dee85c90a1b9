//! Which files of `content/` changed since the last rebuild, read again: the files
//! the watcher named when they are known Markdown files (the common case of saving
//! an article, also by writing a temporary copy and renaming it), otherwise a walk
//! of `content/` compared with what was read before (additions, deletions, renames,
//! moved folders).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::walk::{self, Entry, EntryKind};
use crate::content::{Loaded, load_entry};
use crate::error::Diagnostic;

/// Modification time and length: a file whose stamp is unchanged is not read again.
type Stamp = (Option<SystemTime>, u64);

/// A Markdown file read before.
#[derive(Debug, Clone)]
struct Known {
    relative: String,
    kind: EntryKind,
    stamp: Stamp,
}

/// What is known of `content/` as last read.
#[derive(Debug, Default)]
pub(crate) struct Files {
    known: HashMap<PathBuf, Known>,
    /// Assets outside bundles as the last walk found them: (file, `content/`-relative path).
    pub(crate) assets: Vec<(PathBuf, String)>,
    /// Pages and sections whose Markdown links to others with `@/`.
    pub(crate) link_users: HashSet<String>,
}

/// The files read again.
#[derive(Default)]
pub(crate) struct Scan {
    /// Pages and sections parsed (not yet rendered).
    pub(crate) parsed: Vec<Loaded>,
    /// `content/`-relative paths whose previous version goes: re-read or deleted.
    pub(crate) replaced: HashSet<String>,
    /// The assets outside bundles, when the folder was walked.
    pub(crate) assets: Option<Vec<(PathBuf, String)>>,
    /// Warnings.
    pub(crate) warnings: Vec<Diagnostic>,
    known: Vec<(PathBuf, Option<Known>)>,
    link_users: Vec<(String, bool)>,
}

impl Scan {
    /// Records a file read again and what it held.
    fn record(&mut self, entry: Entry, loaded: Option<Loaded>) {
        let uses_links = match &loaded {
            Some(Loaded::Page(p)) => p.markdown().contains("@/"),
            Some(Loaded::Section(s)) => s.markdown.contains("@/"),
            None => false,
        };
        self.link_users.push((entry.relative.clone(), uses_links));
        self.replaced.insert(entry.relative.clone());
        let stamp = stamp(&entry.path);
        self.known.push((
            entry.path,
            Some(Known {
                relative: entry.relative,
                kind: entry.kind,
                stamp,
            }),
        ));
        self.parsed.extend(loaded);
    }
}

impl Files {
    /// Records every file of a first full load.
    pub(crate) fn from_walk(root: &Path, users: HashSet<String>) -> Files {
        let (entries, _) = walk::walk(&root.join("content"));
        let (assets, entries): (Vec<Entry>, Vec<Entry>) = entries
            .into_iter()
            .partition(|e| e.kind == EntryKind::Asset);
        let assets = assets.into_iter().map(|e| (e.path, e.relative)).collect();
        let known = entries
            .into_iter()
            .filter(|e| e.kind != EntryKind::Asset)
            .map(|e| {
                let stamp = stamp(&e.path);
                (
                    e.path,
                    Known {
                        relative: e.relative,
                        kind: e.kind,
                        stamp,
                    },
                )
            })
            .collect();
        Files {
            known,
            assets,
            link_users: users,
        }
    }

    /// Reads again what changed: the `touched` paths (absolute) and the files of
    /// `force` (`content/`-relative). Nothing is recorded until [`Files::commit`].
    pub(crate) fn scan(
        &self,
        root: &Path,
        config: &Config,
        touched: &[PathBuf],
        force: &HashSet<String>,
    ) -> Result<Scan, Vec<Diagnostic>> {
        let quick = !touched.is_empty()
            && force.is_empty()
            && touched
                .iter()
                .all(|p| (self.known.contains_key(p) && p.is_file()) || self.is_gone_temporary(p));
        let mut scan = Scan::default();
        let mut problems = Vec::new();
        let read = if quick {
            touched
                .iter()
                .filter_map(|path| {
                    let known = self.known.get(path)?;
                    Some(Entry {
                        path: path.clone(),
                        relative: known.relative.clone(),
                        kind: known.kind.clone(),
                    })
                })
                .collect()
        } else {
            self.walk_changed(
                &root.join("content"),
                touched,
                force,
                &mut scan,
                &mut problems,
            )
        };
        let results: Vec<(Entry, Option<Loaded>, Vec<Diagnostic>)> = read
            .into_par_iter()
            .map(|entry| {
                let (loaded, problems) = load_entry(root, config, &entry);
                (entry, loaded, problems)
            })
            .collect();
        for (entry, loaded, file_problems) in results {
            for d in file_problems {
                if d.is_error() {
                    problems.push(d);
                } else {
                    scan.warnings.push(d);
                }
            }
            scan.record(entry, loaded);
        }
        if problems.is_empty() {
            Ok(scan)
        } else {
            problems.sort_by(|a, b| a.at.cmp(&b.at));
            Err(problems)
        }
    }

    /// Walks `content/` for what must be read again (changed, touched, forced or in
    /// a touched bundle), and records in `scan` the files that are gone and the
    /// loose assets.
    fn walk_changed(
        &self,
        content: &Path,
        touched: &[PathBuf],
        force: &HashSet<String>,
        scan: &mut Scan,
        problems: &mut Vec<Diagnostic>,
    ) -> Vec<Entry> {
        let (entries, walk_problems) = walk::walk(content);
        problems.extend(walk_problems.into_iter().filter(Diagnostic::is_error));
        let bundles = touched_bundles(content, touched);
        let touched: HashSet<&PathBuf> = touched.iter().collect();
        let mut seen = HashSet::new();
        let mut assets = Vec::new();
        let mut read = Vec::new();
        for entry in entries {
            if entry.kind == EntryKind::Asset {
                assets.push((entry.path.clone(), entry.relative.clone()));
                continue;
            }
            seen.insert(entry.path.clone());
            let again = match self.known.get(&entry.path) {
                None => true,
                Some(k) => {
                    k.stamp != stamp(&entry.path)
                        || k.kind != entry.kind
                        || touched.contains(&entry.path)
                        || force.contains(&entry.relative)
                        || bundles.contains(&entry.path)
                }
            };
            if again {
                read.push(entry);
            }
        }
        for (path, known) in &self.known {
            if !seen.contains(path) {
                scan.replaced.insert(known.relative.clone());
                scan.known.push((path.clone(), None));
                scan.link_users.push((known.relative.clone(), false));
            }
        }
        scan.assets = Some(assets);
        read
    }

    /// True for a path that is gone and never held anything read: the temporary
    /// file of an editor that saves by writing a copy and renaming it over the
    /// article (sed, vim's `4913`, "safe write" editors). Such a save needs no
    /// walk of `content/`. A vanished folder that held known files is not one.
    fn is_gone_temporary(&self, path: &Path) -> bool {
        !self.known.contains_key(path)
            && std::fs::symlink_metadata(path).is_err()
            && !self.known.keys().any(|k| k.starts_with(path))
    }

    /// Records what a successful scan read.
    pub(crate) fn commit(&mut self, scan: &mut Scan) {
        for (path, known) in scan.known.drain(..) {
            match known {
                Some(k) => self.known.insert(path, k),
                None => self.known.remove(&path),
            };
        }
        for (relative, uses) in scan.link_users.drain(..) {
            if uses {
                self.link_users.insert(relative);
            } else {
                self.link_users.remove(&relative);
            }
        }
        if let Some(assets) = &scan.assets {
            self.assets = assets.clone();
        }
    }
}

/// The `index.md` of every bundle holding a touched file: a bundle lists its files
/// when it is parsed, so a new image beside it means reading it again.
fn touched_bundles(content: &Path, touched: &[PathBuf]) -> HashSet<PathBuf> {
    let mut out = HashSet::new();
    for path in touched {
        let mut dir = path.parent();
        while let Some(d) = dir {
            if !d.starts_with(content) || d == content {
                break;
            }
            let index = d.join("index.md");
            if index.is_file() {
                out.insert(index);
            }
            dir = d.parent();
        }
    }
    out
}

fn stamp(path: &Path) -> Stamp {
    match std::fs::metadata(path) {
        Ok(m) => (m.modified().ok(), m.len()),
        Err(_) => (None, 0),
    }
}
