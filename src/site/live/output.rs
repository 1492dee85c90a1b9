//! Output kept in memory: rendered files as bytes, copied files as the path of
//! their source (read when served, so large images stay on disk).

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Diagnostic, Result};
use crate::output::{Sink, safe_join};
use crate::site::live::Update;

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Rendered bytes.
    Bytes(bytes::Bytes),
    /// A copy of this file.
    File(PathBuf),
}

/// A [`Sink`] that keeps what it is given.
#[derive(Debug, Default)]
pub(crate) struct MemorySink(Mutex<Vec<(String, Body)>>);

impl MemorySink {
    fn push(&self, relative: &str, body: Body) -> Result<()> {
        if safe_join(Path::new("/"), relative).is_none() {
            return Err(crate::error::Error::Message(format!(
                "refusing to write outside the output: {relative}"
            )));
        }
        let relative = relative.trim_start_matches('/').to_string();
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push((relative, body));
        Ok(())
    }

    /// Everything written, in order.
    pub(crate) fn into_files(self) -> Vec<(String, Body)> {
        self.0
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for MemorySink {
    fn write(&self, relative: &str, bytes: Vec<u8>) -> Result<()> {
        self.push(relative, Body::Bytes(bytes.into()))
    }

    fn copy(&self, from: &Path, relative: &str) -> Result<()> {
        self.push(relative, Body::File(from.to_path_buf()))
    }
}

/// The whole output as served: rendered files; over them (as in a build, where
/// they are written later) the copied files, aliases and `_redirects`; over those
/// feeds, embeds, sitemaps and processed images.
#[derive(Debug, Default, Clone)]
pub struct Output {
    rendered: HashMap<String, Body>,
    steps: HashMap<String, Body>,
    extras: HashMap<String, Body>,
}

impl Output {
    /// Takes in what a rebuild changed.
    pub fn apply(&mut self, update: &Update) {
        if update.full {
            self.rendered.clear();
        }
        for path in &update.removed {
            self.rendered.remove(path);
        }
        for (path, body) in &update.written {
            self.rendered.insert(path.clone(), body.clone());
        }
        if let Some(steps) = &update.steps {
            self.steps = steps.iter().cloned().collect();
        }
        if let Some(extras) = &update.extras {
            self.extras = extras.iter().cloned().collect();
        }
    }

    /// The file at an output-relative path (`a/b/index.html`).
    pub fn get(&self, path: &str) -> Option<&Body> {
        self.extras
            .get(path)
            .or_else(|| self.steps.get(path))
            .or_else(|| self.rendered.get(path))
    }

    /// Every output-relative path.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        let mut all: std::collections::BTreeSet<&str> =
            self.rendered.keys().map(String::as_str).collect();
        all.extend(self.steps.keys().map(String::as_str));
        all.extend(self.extras.keys().map(String::as_str));
        all.into_iter()
    }

    /// How many files.
    pub fn len(&self) -> usize {
        self.paths().count()
    }

    /// True when there is no file.
    pub fn is_empty(&self) -> bool {
        self.rendered.is_empty() && self.steps.is_empty() && self.extras.is_empty()
    }
}

/// Folders that steps writing into a folder (copies, feeds, sitemaps, images) write
/// into; what they wrote is served from there. The last two folders of each kind are
/// kept, so a request still reading the previous one finds its file.
#[derive(Debug)]
pub(crate) struct Scratch {
    base: PathBuf,
    generation: u64,
    kept: HashMap<&'static str, VecDeque<PathBuf>>,
}

impl Scratch {
    /// A folder of its own under the system's temporary folder.
    pub(crate) fn new() -> Scratch {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let base = std::env::temp_dir().join(format!("loa-serve-{}-{n}", std::process::id()));
        remove_stale(&std::env::temp_dir());
        let _ = std::fs::remove_dir_all(&base);
        Scratch {
            base,
            generation: 0,
            kept: HashMap::new(),
        }
    }

    /// Runs `write` into a fresh folder and lists what it wrote.
    pub(crate) fn capture(
        &mut self,
        kind: &'static str,
        write: impl FnOnce(&Path) -> Vec<Diagnostic>,
    ) -> (Vec<(String, Body)>, Vec<Diagnostic>) {
        self.generation += 1;
        let dir = self.base.join(format!("{kind}-{}", self.generation));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            let at = crate::error::Location::file(&dir);
            return (
                Vec::new(),
                vec![Diagnostic::error(at, format!("cannot create: {e}"))],
            );
        }
        let problems = write(&dir);
        let files = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(std::result::Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                let rel = e.path().strip_prefix(&dir).ok()?;
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                Some((rel.join("/"), Body::File(e.path().to_path_buf())))
            })
            .collect();
        let kept = self.kept.entry(kind).or_default();
        kept.push_back(dir);
        while kept.len() > 2 {
            if let Some(old) = kept.pop_front() {
                let _ = std::fs::remove_dir_all(old);
            }
        }
        (files, problems)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// Removes the scratch folders of servers that were killed (and so never cleaned up).
fn remove_stale(tmp: &Path) {
    let Ok(entries) = std::fs::read_dir(tmp) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix("loa-serve-")
            .and_then(|r| r.split('-').next())
        else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if cfg!(target_os = "linux")
            && pid != std::process::id()
            && !Path::new(&format!("/proc/{pid}")).exists()
        {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
