//! Output kept in memory: rendered files as bytes, copied files as the path of
//! their source (read when served, so large images stay on disk). Every step of a
//! build writes through a [`Sink`]; `loa serve` hands them a [`MemorySink`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::Result;
use crate::output::{Sink, safe_join};
use crate::site::live::Update;

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Body {
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
            let message = t!("output-outside", path = relative);
            return Err(crate::error::Error::Message(message));
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
pub(crate) struct Output {
    rendered: HashMap<String, Body>,
    steps: HashMap<String, Body>,
    extras: HashMap<String, Body>,
}

impl Output {
    /// Takes in what a rebuild changed.
    pub(crate) fn apply(&mut self, update: &Update) {
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
    pub(crate) fn get(&self, path: &str) -> Option<&Body> {
        self.extras
            .get(path)
            .or_else(|| self.steps.get(path))
            .or_else(|| self.rendered.get(path))
    }

    /// Every output-relative path (the tests compare them with a build's).
    #[cfg(test)]
    pub(crate) fn paths(&self) -> impl Iterator<Item = &str> {
        let mut all: std::collections::BTreeSet<&str> =
            self.rendered.keys().map(String::as_str).collect();
        all.extend(self.steps.keys().map(String::as_str));
        all.extend(self.extras.keys().map(String::as_str));
        all.into_iter()
    }
}
