//! The output directory: a build writes into a fresh temporary folder beside it and
//! swaps it in only when everything succeeded, so a failed or killed build leaves the
//! previous output whole. Nothing is written or deleted outside these folders.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::error::{Error, Result};

/// A marker file in every output folder, so `loa` never replaces a folder it did not make.
pub const MARKER: &str = ".loa-output";

/// A build in progress: files go to `staging` until [`Staging::commit`].
#[derive(Debug)]
pub struct Staging {
    /// The final output folder.
    target: PathBuf,
    /// Where this build writes.
    staging: PathBuf,
    /// Set once committed, so `Drop` leaves it alone.
    committed: bool,
}

/// Checks that `output` is a folder `loa` may replace: not the site root, not a
/// source folder, and not a folder holding them.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<()> {
    let root = absolute(root);
    let output = absolute(output);
    let protected = ["content", "templates", "themes", "static", "data"];
    let refuse = |why: String| {
        Err(Error::Message(format!(
            "refusing to write the site into {}: {why}\n  hint: pass --output with a folder of its own, such as {}",
            output.display(),
            root.join("public").display()
        )))
    };
    if output == root {
        return refuse("it is the site root".into());
    }
    if root.starts_with(&output) {
        return refuse("it contains the site root".into());
    }
    for name in protected {
        let dir = root.join(name);
        if output == dir || output.starts_with(&dir) {
            return refuse(format!("it is inside the site's {name}/ folder"));
        }
    }
    if output.parent().is_none() {
        return refuse("it is the root of the file system".into());
    }
    if output.is_file() {
        return refuse("it is a file".into());
    }
    if output.is_dir() && !output.join(MARKER).exists() {
        let empty = fs::read_dir(&output)
            .map_err(|e| Error::io(&output, e))?
            .next()
            .is_none();
        if !empty {
            return refuse(format!(
                "it already holds files that loa did not write (no {MARKER} marker); remove them or choose another folder"
            ));
        }
    }
    Ok(())
}

/// Makes a path absolute and lexically clean without requiring it to exist.
pub fn absolute(path: &Path) -> PathBuf {
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
    /// Starts a build into `target`: creates a fresh hidden folder beside it, after
    /// removing folders that killed builds left behind.
    pub fn begin(target: &Path) -> Result<Staging> {
        let target = absolute(target);
        let parent = target
            .parent()
            .ok_or_else(|| Error::Message(format!("{}: no parent folder", target.display())))?
            .to_path_buf();
        fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        remove_stale(&parent, &name);
        let staging = parent.join(format!(".{name}.loa-tmp-{}", std::process::id()));
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        }
        fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
        fs::write(
            staging.join(MARKER),
            "This folder is written by loa; a build replaces it whole.\n",
        )
        .map_err(|e| Error::io(&staging, e))?;
        Ok(Staging {
            target,
            staging,
            committed: false,
        })
    }

    /// The folder this build writes into.
    pub fn dir(&self) -> &Path {
        &self.staging
    }

    /// The final output folder.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes `bytes` at `relative` (a `/`-separated path made by loa) in the staging folder.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<()> {
        write_under(&self.staging, relative, bytes)
    }

    /// Replaces the output with this build.
    pub fn commit(mut self) -> Result<()> {
        let target = self.target.clone();
        let old = target.with_file_name(format!(
            ".{}.loa-old-{}",
            target
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
            std::process::id()
        ));
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

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Where a build puts its files: a folder for `loa build`, memory for `loa serve`.
/// Paths are `/`-separated and relative to the output root (`a/b/index.html`).
pub trait Sink: Sync {
    /// Writes a rendered file.
    fn write(&self, relative: &str, bytes: Vec<u8>) -> Result<()>;
    /// Puts a copy of the file `from` at `relative`.
    fn copy(&self, from: &Path, relative: &str) -> Result<()>;
}

/// A [`Sink`] writing into a folder (the staging folder of a build).
#[derive(Debug)]
pub struct DirSink<'a>(pub &'a Path);

impl Sink for DirSink<'_> {
    fn write(&self, relative: &str, bytes: Vec<u8>) -> Result<()> {
        write_under(self.0, relative, &bytes)
    }

    fn copy(&self, from: &Path, relative: &str) -> Result<()> {
        let to = safe_join(self.0, relative).ok_or_else(|| {
            Error::Message(format!("refusing to write outside the output: {relative}"))
        })?;
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        fs::copy(from, &to)
            .map(|_| ())
            .map_err(|e| Error::io(from, e))
    }
}

/// Writes a file below `base`, refusing any path that would leave it.
pub fn write_under(base: &Path, relative: &str, bytes: &[u8]) -> Result<()> {
    let path = safe_join(base, relative).ok_or_else(|| {
        Error::Message(format!("refusing to write outside the output: {relative}"))
    })?;
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
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

/// Turns an alias written by an editor into a safe site path: percent-decoded, NFC,
/// no `..`, no backslashes; `/old/` and `/old/page.html` keep their form. `None` when
/// nothing safe remains.
pub fn normalise_alias(alias: &str) -> Option<String> {
    let decoded = percent_decode(alias.trim());
    let decoded = crate::text::nfc::to_nfc(&decoded).into_owned();
    let without_origin = match decoded.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p).to_string(),
        None => decoded,
    };
    let without_query = without_origin.split(['?', '#']).next().unwrap_or_default();
    let mut parts = Vec::new();
    for part in without_query.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == ".."
            || part.contains('\\')
            || part.chars().any(char::is_control)
            || part.contains(':')
        {
            return None;
        }
        parts.push(part);
    }
    if parts.is_empty() {
        return None;
    }
    let joined = parts.join("/");
    if joined.ends_with(".html") || joined.ends_with(".htm") {
        Some(format!("/{joined}"))
    } else {
        Some(format!("/{joined}/"))
    }
}

/// Decodes `%XX` escapes; invalid ones are kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The file a site path is written to: `/a/b/` → `a/b/index.html`.
pub fn file_for_path(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    if trimmed.is_empty() {
        "index.html".into()
    } else if trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else if trimmed.ends_with(".html") || trimmed.ends_with(".htm") {
        trimmed.to_string()
    } else {
        format!("{trimmed}/index.html")
    }
}

/// Removes staging folders of builds whose process is gone.
fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&format!(".{name}.loa-")) else {
            continue;
        };
        let pid = rest
            .strip_prefix("tmp-")
            .or_else(|| rest.strip_prefix("old-"))
            .and_then(|p| p.parse::<u32>().ok());
        if let Some(pid) = pid
            && (pid == std::process::id() || !process_alive(pid))
        {
            let _ = fs::remove_dir_all(entry.path());
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
        assert_eq!(normalise_alias("..\\x"), None);
        assert_eq!(normalise_alias("/"), None);
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
