//! The output directory: a build writes into a fresh temporary folder beside it and
//! swaps it in only when everything succeeded, so a failed or killed build leaves the
//! previous output whole. Nothing is written or deleted outside these folders.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

mod paths;
mod sink;
mod swap;

pub(crate) use paths::link_files;
pub use paths::{file_for_path, normalise_alias};
pub use sink::safe_join;
pub(crate) use sink::{DirSink, Sink};

/// A marker file in every output folder, so `loa` never replaces a folder it did not make.
pub(crate) const MARKER: &str = ".loa-output";

/// A build in progress: files go to `staging` until [`Staging::commit`].
#[derive(Debug)]
pub(crate) struct Staging {
    /// The final output folder.
    target: PathBuf,
    /// Where this build writes.
    staging: PathBuf,
    /// Set once committed, so `Drop` leaves it alone.
    committed: bool,
    /// The output's lock, held until the build is over (none where files cannot be locked).
    _lock: Option<fs::File>,
}

/// Checks that `output` is a folder `loa` may replace: not the site root, not a
/// source folder, and not a folder holding them.
pub(crate) fn check_output_dir(root: &Path, output: &Path) -> Result<()> {
    let root = absolute(root);
    let output = absolute(output);
    let protected = ["content", "templates", "themes", "static", "data"];
    let refuse = |why: String| {
        Err(Error::Message(format!(
            "{}\n  {}: {}",
            t!("output-refused", output = &output, why = why),
            t!("label-hint"),
            t!("output-refused.hint", suggestion = &root.join("public"))
        )))
    };
    if output == root {
        return refuse(t!("output-is-site-root"));
    }
    if root.starts_with(&output) {
        return refuse(t!("output-contains-site-root"));
    }
    for name in protected {
        let dir = root.join(name);
        if output == dir || output.starts_with(&dir) {
            return refuse(t!("output-inside-source", folder = name));
        }
    }
    if output.parent().is_none() {
        return refuse(t!("output-is-file-system-root"));
    }
    if output.is_file() {
        return refuse(t!("output-is-a-file"));
    }
    if output.is_dir() && !output.join(MARKER).exists() {
        let empty = fs::read_dir(&output)
            .map_err(|e| Error::io(&output, e))?
            .next()
            .is_none();
        if !empty {
            return refuse(t!("output-holds-other-files", marker = MARKER));
        }
    }
    Ok(())
}

/// Makes a path absolute and lexically clean without requiring it to exist.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // Resolve symlinks for the part that exists, so `public -> .` is caught.
    let mut existing = joined.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.into_iter().rev() {
        match Path::new(&name).components().next() {
            Some(Component::ParentDir) => {
                out.pop();
            }
            Some(Component::CurDir) => {}
            _ => out.push(name),
        }
    }
    out
}

impl Staging {
    /// Starts a build into `target`: takes the output's lock (a second build into the
    /// same output fails at once, naming it), cleans up after killed builds, and
    /// creates a fresh hidden folder beside the output.
    pub(crate) fn begin(target: &Path) -> Result<Staging> {
        let target = absolute(target);
        let parent = target
            .parent()
            .ok_or_else(|| Error::Message(t!("output-no-parent", path = &target)))?
            .to_path_buf();
        fs::create_dir_all(&parent).map_err(|e| match file_in_the_way(&parent) {
            Some(file) => {
                Error::Message(t!("output-file-in-the-way", output = &target, file = &file))
            }
            None => Error::io(&parent, e),
        })?;
        let lock_file = swap::sibling(&target, "lock", None);
        // Everything loa writes before the build lives beside the output.
        let beside = |path: &Path, e: std::io::Error| {
            let (o, p, e) = (&target, path, e.to_string());
            let message = t!("output-beside-failed", output = o, path = p, error = e);
            Error::Message(message)
        };
        let (lock, locked) = match swap::lock(&target).map_err(|e| beside(&lock_file, e))? {
            swap::Lock::Held(file) => (Some(file), true),
            swap::Lock::Unsupported => (None, false),
            swap::Lock::Busy(path) => {
                let busy = t!("output-busy", output = &target, lock = &path);
                return Err(Error::Message(busy));
            }
        };
        swap::recover(&target, locked);
        let staging = staging_path(&target);
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| beside(&staging, e))?;
        }
        fs::create_dir_all(&staging).map_err(|e| beside(&staging, e))?;
        fs::write(
            staging.join(MARKER),
            "This folder is written by loa; a build replaces it whole.\n",
        )
        .map_err(|e| beside(&staging, e))?;
        Ok(Staging {
            target,
            staging,
            committed: false,
            _lock: lock,
        })
    }

    /// The folder this build writes into.
    pub(crate) fn dir(&self) -> &Path {
        &self.staging
    }

    /// Replaces the output with this build: in one atomic exchange where the system
    /// can, else by moving the previous output aside, this build in, and the previous
    /// one away (a build killed between the two is undone by the next one).
    pub(crate) fn commit(mut self) -> Result<()> {
        let target = self.target.clone();
        if target.exists()
            && swap::exchange(&self.staging, &target).map_err(|e| Error::io(&target, e))?
        {
            self.committed = true;
            // The staging folder now holds the previous output; if removing it fails,
            // the next build removes it.
            let _ = fs::remove_dir_all(&self.staging);
            return Ok(());
        }
        let old = swap::sibling(&target, "old", Some(std::process::id()));
        if target.exists() {
            fs::rename(&target, &old).map_err(|e| Error::io(&target, e))?;
        }
        if let Err(e) = fs::rename(&self.staging, &target) {
            // Put the previous output back before reporting.
            let _ = fs::rename(&old, &target);
            return Err(Error::io(&target, e));
        }
        self.committed = true;
        if old.exists() {
            fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
        }
        Ok(())
    }
}

impl Staging {
    /// Rewrites the errors of writing into the staging folder in terms of the output
    /// the user named (the staging folder is hidden and gone once the build fails),
    /// and keeps the first few when every file failed alike (a full disk).
    pub(crate) fn explain(&self, e: Error) -> Error {
        const SHOWN: usize = 5;
        let staging = self.staging.to_string_lossy().into_owned();
        let target = self.target.to_string_lossy().into_owned();
        let translate = |text: &str| text.replace(&staging, &target);
        match e {
            Error::Io { path, source } if path.starts_with(&self.staging) => {
                let (path, error) = (translate(&path.to_string_lossy()), source.to_string());
                Error::Message(t!("output-cannot-write", path = path, error = error))
            }
            Error::Message(m) => Error::Message(translate(&m)),
            Error::Diagnostics(ds) => {
                let mut kept = Vec::new();
                let mut writes = 0;
                for mut d in ds {
                    let is_write =
                        d.at.path.starts_with(&self.staging) || d.message.contains(&staging);
                    if is_write {
                        d.at.path = PathBuf::from(translate(&d.at.path.to_string_lossy()));
                        d.message = translate(&d.message);
                        writes += 1;
                        if writes > SHOWN {
                            continue;
                        }
                    }
                    kept.push(d);
                }
                if writes > SHOWN {
                    kept.push(crate::error::Diagnostic::error(
                        crate::error::Location::file(&self.target),
                        t!("output-more-not-written", count = writes - SHOWN),
                    ));
                }
                Error::Diagnostics(kept)
            }
            other => other,
        }
    }
}

/// The first ancestor of `dir` (or `dir` itself) that exists and is not a folder.
fn file_in_the_way(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .filter(|a| a.exists())
        .find(|a| !a.is_dir())
        .map(Path::to_path_buf)
}

/// The staging folder this process builds `target` in: `.<name>.loa-tmp-<pid>` beside it.
pub(crate) fn staging_path(target: &Path) -> PathBuf {
    swap::sibling(&absolute(target), "tmp", Some(std::process::id()))
}

/// Undoes this process's unfinished build of `target`, for a signal handler about to
/// exit: removes its staging folder and puts back a previous output it had moved aside.
pub(crate) fn abandon(target: &Path) {
    let target = absolute(target);
    let me = Some(std::process::id());
    // Move it out of the way first (workers cannot recreate it, see
    // [`create_dirs_below`]), then delete it.
    let trash = swap::sibling(&target, "trash", me);
    if fs::rename(swap::sibling(&target, "tmp", me), &trash).is_ok() {
        let _ = fs::remove_dir_all(&trash);
    }
    let old = swap::sibling(&target, "old", me);
    if !target.exists() && old.exists() {
        let _ = fs::rename(&old, &target);
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sink::write_under;
    use super::*;

    #[test]
    fn aliases_cannot_escape() {
        assert_eq!(normalise_alias("/old/url"), Some("/old/url/".into()));
        assert_eq!(
            normalise_alias("old/page.html"),
            Some("/old/page.html".into())
        );
        assert_eq!(
            normalise_alias("https://x.org/a/b/?q=1"),
            Some("/a/b/".into())
        );
        assert_eq!(normalise_alias("/a/../../etc"), None);
        assert_eq!(normalise_alias("/a/%2e%2e/b"), None);
        assert_eq!(normalise_alias("/a/%252e%252e/b"), None);
        assert_eq!(normalise_alias("/100%25-xa/"), Some("/100%-xa/".into()));
        assert_eq!(normalise_alias("..\\x"), None);
        assert_eq!(normalise_alias("/"), None);
    }

    #[test]
    fn write_under_makes_missing_folders_but_never_the_base() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("staging");
        std::fs::create_dir(&base).unwrap();
        write_under(&base, "a/b/c/index.html", b"one").unwrap();
        write_under(&base, "a/b/c/embed.html", b"two").unwrap();
        write_under(&base, "a/top.html", b"three").unwrap();
        assert_eq!(
            std::fs::read(base.join("a/b/c/embed.html")).unwrap(),
            b"two"
        );
        assert_eq!(std::fs::read(base.join("a/top.html")).unwrap(), b"three");
        // A file where a folder should be is an error naming the path.
        let err = write_under(&base, "a/top.html/x.html", b"x").unwrap_err();
        assert!(err.to_string().contains("top.html"), "{err}");
        // Once the staging folder is gone, writes fail instead of bringing it back.
        std::fs::remove_dir_all(&base).unwrap();
        assert!(write_under(&base, "d/e/index.html", b"late").is_err());
        assert!(write_under(&base, "index.html", b"late").is_err());
        assert!(!base.exists());
    }

    #[test]
    fn safe_join_refuses_escapes() {
        let base = Path::new("/out");
        assert_eq!(
            safe_join(base, "a/b/index.html"),
            Some(PathBuf::from("/out/a/b/index.html"))
        );
        assert_eq!(safe_join(base, "../x"), None);
        assert_eq!(safe_join(base, "/"), None);
    }

    #[test]
    fn file_for_path_is_pretty() {
        assert_eq!(file_for_path("/"), "index.html");
        assert_eq!(file_for_path("/a/b/"), "a/b/index.html");
        assert_eq!(file_for_path("/a/b.html"), "a/b.html");
    }

    #[test]
    fn refuses_dangerous_outputs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content")).unwrap();
        assert!(check_output_dir(root, root).is_err());
        assert!(check_output_dir(root, &root.join("content")).is_err());
        assert!(check_output_dir(root, root.parent().unwrap()).is_err());
        assert!(check_output_dir(root, &root.join("public")).is_ok());
        std::fs::create_dir_all(root.join("mine")).unwrap();
        std::fs::write(root.join("mine/x"), "").unwrap();
        assert!(check_output_dir(root, &root.join("mine")).is_err());
    }
}
