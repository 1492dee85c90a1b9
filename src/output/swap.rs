//! Replacing an output folder whole, whatever happens: an exclusive lock beside it so
//! two builds never interleave, an atomic exchange of the finished build with the
//! previous output (Linux `renameat2(RENAME_EXCHANGE)`; two renames elsewhere), and
//! recovery from builds killed at any moment.
//!
//! Beside an output `public/` live `.public.loa-lock` (the lock), `.public.loa-tmp-<pid>`
//! (a build in progress), `.public.loa-trash-<pid>` (an interrupted build being
//! deleted) and, only between the two renames of the fallback, `.public.loa-old-<pid>`
//! (the previous output).

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// A folder beside `target`: `.<name>.loa-<kind>-<pid>` (or `.<name>.loa-lock`).
pub(super) fn sibling(target: &Path, kind: &str, pid: Option<u32>) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy());
    match pid {
        Some(pid) => target.with_file_name(format!(".{name}.loa-{kind}-{pid}")),
        None => target.with_file_name(format!(".{name}.loa-{kind}")),
    }
}

/// What [`lock`] found.
pub(super) enum Lock {
    /// This process holds the lock until the file is dropped.
    Held(File),
    /// The file system cannot lock files: builds are not kept apart.
    Unsupported,
    /// Another process holds it.
    Busy(PathBuf),
}

/// Takes the exclusive lock of `target`'s lock file without waiting.
pub(super) fn lock(target: &Path) -> io::Result<Lock> {
    let path = sibling(target, "lock", None);
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)?;
    match file.try_lock() {
        Ok(()) => Ok(Lock::Held(file)),
        Err(TryLockError::WouldBlock) => Ok(Lock::Busy(path)),
        Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
            Ok(Lock::Unsupported)
        }
        Err(TryLockError::Error(e)) => Err(e),
    }
}

/// Swaps two existing folders in one step. `Ok(false)` when the system or file
/// system cannot; the caller then renames twice.
#[cfg(target_os = "linux")]
pub(super) fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        // Not supported by this kernel, file system or sandbox.
        Err(Errno::INVAL | Errno::NOSYS | Errno::PERM | Errno::OPNOTSUPP) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Swaps two existing folders in one step: not available here.
#[cfg(not(target_os = "linux"))]
pub(super) fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Cleans up after builds that were killed: puts back a previous output that a build
/// killed between its two renames had moved aside, then removes every staging and
/// old folder of `target` that is not this process's. With `locked`, no other build
/// of `target` can be running, so every such folder is stale; without the lock only
/// those of processes that are gone are removed.
pub(super) fn recover(target: &Path, locked: bool) {
    let Some(parent) = target.parent() else {
        return;
    };
    let prefix = match sibling(target, "", None).file_name() {
        // `.<name>.loa-` (the sibling with an empty kind ends in `-`)
        Some(n) => n.to_string_lossy().into_owned(),
        None => return,
    };
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let me = std::process::id();
    let mut stale = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let parsed = rest
            .strip_prefix("tmp-")
            .or_else(|| rest.strip_prefix("trash-"))
            .map(|p| (false, p))
            .or_else(|| rest.strip_prefix("old-").map(|p| (true, p)))
            .and_then(|(old, p)| p.parse::<u32>().ok().map(|pid| (old, pid)));
        let Some((old, pid)) = parsed else {
            continue;
        };
        if pid != me && (locked || !process_alive(pid)) {
            stale.push((old, entry.path()));
        }
    }
    if !target.exists()
        && let Some((_, previous)) = stale.iter().find(|(old, _)| *old)
    {
        let _ = fs::rename(previous, target);
    }
    for (_, path) in stale {
        if path.exists() {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        // Without a cheap check, assume alive: a stale folder is only wasted space.
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siblings_are_hidden_beside_the_output() {
        let t = Path::new("/site/public");
        assert_eq!(
            sibling(t, "tmp", Some(7)),
            Path::new("/site/.public.loa-tmp-7")
        );
        assert_eq!(
            sibling(t, "lock", None),
            Path::new("/site/.public.loa-lock")
        );
    }

    #[test]
    fn a_second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        let first = lock(&target).unwrap();
        assert!(matches!(first, Lock::Held(_)));
        assert!(matches!(lock(&target).unwrap(), Lock::Busy(_)));
        drop(first);
        assert!(matches!(lock(&target).unwrap(), Lock::Held(_)));
    }

    #[test]
    fn exchange_swaps_or_says_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        fs::create_dir(&a).unwrap();
        fs::create_dir(&b).unwrap();
        fs::write(a.join("x"), "a").unwrap();
        fs::write(b.join("x"), "b").unwrap();
        if exchange(&a, &b).unwrap() {
            assert_eq!(fs::read_to_string(a.join("x")).unwrap(), "b");
            assert_eq!(fs::read_to_string(b.join("x")).unwrap(), "a");
        }
    }

    #[test]
    fn recovery_restores_a_moved_output_and_removes_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("public");
        // A build killed between its two renames: no output, the previous one aside.
        let old = sibling(&target, "old", Some(999_999_999));
        let tmp = sibling(&target, "tmp", Some(999_999_998));
        fs::create_dir(&old).unwrap();
        fs::write(old.join("index.html"), "previous").unwrap();
        fs::create_dir(&tmp).unwrap();
        recover(&target, true);
        assert_eq!(
            fs::read_to_string(target.join("index.html")).unwrap(),
            "previous"
        );
        assert!(!old.exists() && !tmp.exists());
    }
}
