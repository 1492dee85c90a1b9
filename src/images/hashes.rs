//! Remembered content hashes: a file whose length and modification time are
//! those seen last time keeps its hash, so an unchanged image is not even read
//! again. The list lives in the cache folder (`hashes.tsv`), one file a line:
//! hash, length, modification time (ns), path.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const FILE: &str = "hashes.tsv";

/// What a file was when last hashed.
type Stamp = (u64, u128);

/// Known hashes, and the ones found in this run.
pub(crate) struct Hashes {
    known: HashMap<PathBuf, (Stamp, u128)>,
    seen: Mutex<Vec<(PathBuf, Stamp, u128)>>,
    file: Option<PathBuf>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some((meta.len(), modified.as_nanos()))
}

impl Hashes {
    /// Reads the list kept in `cache` (none: nothing is remembered).
    pub(crate) fn load(cache: Option<&Path>) -> Hashes {
        let file = cache.map(|c| c.join(FILE));
        let text = file
            .as_ref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .unwrap_or_default();
        let known = text
            .lines()
            .filter_map(|line| {
                let mut parts = line.splitn(4, '\t');
                let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
                let len = parts.next()?.parse().ok()?;
                let modified = parts.next()?.parse().ok()?;
                Some((PathBuf::from(parts.next()?), ((len, modified), hash)))
            })
            .collect();
        Hashes {
            known,
            seen: Mutex::new(Vec::new()),
            file,
        }
    }

    /// The hash of `path`'s bytes, and the bytes when they had to be read.
    pub(crate) fn hash(&self, path: &Path) -> std::io::Result<(u128, Option<Vec<u8>>)> {
        let now = stamp(path);
        if let (Some(now), Some((then, hash))) = (now, self.known.get(path))
            && now == *then
        {
            self.remember(path, now, *hash);
            return Ok((*hash, None));
        }
        let bytes = std::fs::read(path)?;
        let hash = super::process::fnv1a_128(&bytes);
        if let Some(now) = now {
            self.remember(path, now, hash);
        }
        Ok((hash, Some(bytes)))
    }

    fn remember(&self, path: &Path, stamp: Stamp, hash: u128) {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((path.to_path_buf(), stamp, hash));
    }

    /// Writes the hashes of this run's files (others are forgotten).
    pub(crate) fn save(&self) {
        let Some(file) = &self.file else { return };
        let mut seen = std::mem::take(
            &mut *self
                .seen
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        );
        seen.sort_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::new();
        for (path, (len, modified), hash) in seen {
            let Some(p) = path.to_str().filter(|p| !p.contains('\n')) else {
                continue;
            };
            text.push_str(&format!("{hash:032x}\t{len}\t{modified}\t{p}\n"));
        }
        let tmp = file.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&tmp, text).is_ok() {
            let _ = std::fs::rename(&tmp, file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_file_is_not_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let image = dir.path().join("a.png");
        std::fs::write(&image, b"abc").unwrap();
        let first = Hashes::load(Some(dir.path()));
        let (hash, bytes) = first.hash(&image).unwrap();
        assert_eq!(bytes.as_deref(), Some(b"abc".as_slice()));
        first.save();
        let second = Hashes::load(Some(dir.path()));
        assert_eq!(second.hash(&image).unwrap(), (hash, None));
        std::fs::write(&image, b"abcd").unwrap();
        let (changed, bytes) = Hashes::load(Some(dir.path())).hash(&image).unwrap();
        assert_ne!(changed, hash);
        assert!(bytes.is_some());
    }
}
