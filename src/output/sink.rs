//! Where a build puts its files: [`Sink`], written into a folder by [`DirSink`]
//! (the staging folder of `loa build`) or kept in memory by `loa serve`; and the
//! path checks every write goes through, so nothing lands outside the output.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where a build puts its files: a folder for `loa build`, memory for `loa serve`.
/// Paths are `/`-separated and relative to the output root (`a/b/index.html`).
pub trait Sink: Sync {
    /// Writes a rendered file.
    fn write(&self, relative: &str, bytes: Vec<u8>) -> Result<()>;
    /// Puts a copy of the file `from` at `relative`.
    fn copy(&self, from: &Path, relative: &str) -> Result<()>;
    /// Puts `from`, a file never changed in place (one of the image cache, which
    /// is replaced by rename only), at `relative`: a hard link where one will do.
    fn link(&self, from: &Path, relative: &str) -> Result<()> {
        self.copy(from, relative)
    }
}

/// A [`Sink`] writing into a folder (the staging folder of a build).
#[derive(Debug)]
pub(crate) struct DirSink<'a>(pub &'a Path);

impl Sink for DirSink<'_> {
    fn write(&self, relative: &str, bytes: Vec<u8>) -> Result<()> {
        write_under(self.0, relative, &bytes)
    }

    fn copy(&self, from: &Path, relative: &str) -> Result<()> {
        let to = safe_join(self.0, relative)
            .ok_or_else(|| Error::Message(t!("output-outside", path = relative)))?;
        with_parent_dirs(self.0, &to, || fs::copy(from, &to).map(|_| ())).map_err(|e| match e {
            Error::Io { source, .. } => {
                let error = source.to_string();
                let message = t!("output-cannot-copy", from = from, to = &to, error = error);
                Error::Message(message)
            }
            other => other,
        })
    }

    fn link(&self, from: &Path, relative: &str) -> Result<()> {
        let to = safe_join(self.0, relative)
            .ok_or_else(|| Error::Message(t!("output-outside", path = relative)))?;
        // A hard link when the cache and the output share a file system (cheap),
        // else a copy.
        with_parent_dirs(self.0, &to, || {
            let _ = fs::remove_file(&to);
            fs::hard_link(from, &to).or_else(|_| fs::copy(from, &to).map(|_| ()))
        })
    }
}

/// Writes a file below `base`, refusing any path that would leave it.
pub(crate) fn write_under(base: &Path, relative: &str, bytes: &[u8]) -> Result<()> {
    let path = safe_join(base, relative)
        .ok_or_else(|| Error::Message(t!("output-outside", path = relative)))?;
    with_parent_dirs(base, &path, || fs::write(&path, bytes))
}

/// Runs `create` for the file `path` below `base`; when its folder is missing,
/// makes the folders (see [`create_dirs_below`]) and runs it again. Trying first
/// saves a `mkdir` and a `stat` per folder level on every file but the first of
/// each folder: tens of thousands of system calls on a big site.
fn with_parent_dirs(
    base: &Path,
    path: &Path,
    create: impl Fn() -> std::io::Result<()>,
) -> Result<()> {
    match create() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent() {
                create_dirs_below(base, parent)?;
            }
            create().map_err(|e| Error::io(path, e))
        }
        other => other.map_err(|e| Error::io(path, e)),
    }
}

/// Creates the folders from `base` (exclusive) down to `dir`, never `base` itself:
/// once an interrupted build's staging folder is taken away, a worker still writing
/// fails instead of bringing it back.
pub(crate) fn create_dirs_below(base: &Path, dir: &Path) -> Result<()> {
    let Ok(rest) = dir.strip_prefix(base) else {
        return Err(Error::Message(t!("output-outside", path = dir)));
    };
    if rest.as_os_str().is_empty() {
        return Ok(());
    }
    // The deepest folder first: usually only it is missing.
    match fs::create_dir(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let parent = dir.parent().unwrap_or(base);
            if parent == base {
                return Err(Error::io(dir, e));
            }
            create_dirs_below(base, parent)?;
            match fs::create_dir(dir) {
                Err(e) if !(e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir()) => {
                    Err(Error::io(dir, e))
                }
                _ => Ok(()),
            }
        }
        Err(e) => Err(Error::io(dir, e)),
    }
}

/// Joins a `/`-separated relative path to `base`, or `None` when a component is
/// empty-dangerous (`..`, absolute, a drive, a backslash, NUL).
pub fn safe_join(base: &Path, relative: &str) -> Option<PathBuf> {
    let mut out = base.to_path_buf();
    for part in relative.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == ".." || part.contains('\\') || part.contains('\0') || part.contains(':') {
            return None;
        }
        out.push(part);
    }
    (out != base).then_some(out)
}
