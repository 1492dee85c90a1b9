//! Watching the site's folders with notify: events are sorted into [`Changes`] and
//! gathered until the files have been quiet for a moment, so an editor's save (write,
//! rename, touch) is one rebuild.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::content::walk::is_ignored;
use crate::error::{Error, Result};
use crate::site::live::Changes;

/// Folders watched with everything below them.
const FOLDERS: [&str; 6] = ["content", "data", "static", "templates", "themes", "i18n"];
/// How long the files must be quiet before a rebuild starts.
const QUIET: Duration = Duration::from_millis(15);
/// The longest a burst of events may delay a rebuild.
const MAX_WAIT: Duration = Duration::from_millis(400);

/// A running watcher.
pub(crate) struct Watch {
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
}

impl Watch {
    /// Watches the site at `root` (absolute). `stirred` is set on every event, so a
    /// long task can stop early when a newer edit arrives.
    pub(crate) fn start(root: &Path, stirred: Arc<AtomicBool>) -> Result<Watch> {
        let (tx, events) = channel();
        let cannot_watch = |e: notify::Error| {
            Error::Message(t!("serve-cannot-watch", dir = root, reason = e.to_string()))
        };
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if !matches!(&event, Ok(e) if matches!(e.kind, EventKind::Access(_))) {
                    stirred.store(true, Ordering::SeqCst);
                    let _ = tx.send(event);
                }
            })
            .map_err(cannot_watch)?;
        watcher
            .watch(root, RecursiveMode::NonRecursive)
            .map_err(cannot_watch)?;
        let mut watch = Watch {
            watcher,
            events,
            root: root.to_path_buf(),
        };
        for folder in FOLDERS {
            watch.watch_folder(folder);
        }
        Ok(watch)
    }

    fn watch_folder(&mut self, name: &str) {
        let dir = self.root.join(name);
        if dir.is_dir() {
            // A folder that cannot be watched still builds; its edits need a restart.
            let _ = self.watcher.watch(&dir, RecursiveMode::Recursive);
        }
    }

    /// Waits for the next burst of changes; `None` once the watcher has stopped,
    /// `Some(None)` when `idle` passed without any. Also returns when the first event
    /// of the burst arrived.
    pub(crate) fn next(&mut self, idle: Option<Duration>) -> Option<Option<(Changes, Instant)>> {
        // Events that change nothing watched (reads, other files) do not restart the wait.
        let deadline = idle.map(|wait| Instant::now() + wait);
        loop {
            let first = match deadline {
                None => self.events.recv().ok()?,
                Some(at) => match self
                    .events
                    .recv_timeout(at.saturating_duration_since(Instant::now()))
                {
                    Ok(event) => event,
                    Err(RecvTimeoutError::Timeout) => return Some(None),
                    Err(RecvTimeoutError::Disconnected) => return None,
                },
            };
            let started = Instant::now();
            let mut changes = Changes::default();
            self.take(first, &mut changes);
            loop {
                let waited = started.elapsed();
                if waited >= MAX_WAIT {
                    break;
                }
                match self.events.recv_timeout(QUIET.min(MAX_WAIT - waited)) {
                    Ok(event) => self.take(event, &mut changes),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return None,
                }
            }
            if !changes.is_empty() {
                return Some(Some((changes, started)));
            }
        }
    }

    fn take(&mut self, event: notify::Result<notify::Event>, changes: &mut Changes) {
        let Ok(event) = event else {
            // The watcher lost events (e.g. its queue overflowed): assume anything changed.
            changes.config = true;
            return;
        };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            if let Some(name) = classify(&self.root, &path, changes) {
                // A watched folder that appeared after the start.
                self.watch_folder(name);
            }
        }
    }
}

/// Adds `path` to `changes`; returns the top folder's name when `path` is one.
fn classify(root: &Path, path: &Path, changes: &mut Changes) -> Option<&'static str> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let top = parts.next()?;
    if rel
        .components()
        .any(|c| is_ignored(&c.as_os_str().to_string_lossy()))
    {
        return None;
    }
    let name = FOLDERS.into_iter().find(|f| *f == top);
    match top.as_ref() {
        crate::config::CONFIG_FILE => changes.config = true,
        "content" => {
            if !changes.content.iter().any(|p| p == path) {
                changes.content.push(path.to_path_buf());
            }
        }
        "data" => changes.data = true,
        "static" => changes.statics = true,
        "templates" | "themes" | "i18n" => changes.templates = true,
        _ => return None,
    }
    name.filter(|_| rel.components().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_paths_into_changes() {
        let root = Path::new("/site");
        let mut c = Changes::default();
        assert_eq!(
            classify(root, Path::new("/site/content/tin/a.md"), &mut c),
            None
        );
        assert_eq!(
            classify(root, Path::new("/site/content/tin/.a.md.swp"), &mut c),
            None
        );
        assert_eq!(
            classify(root, Path::new("/site/content/tin/a.md~"), &mut c),
            None
        );
        assert_eq!(
            classify(root, Path::new("/site/public/index.html"), &mut c),
            None
        );
        assert_eq!(
            classify(root, Path::new("/site/templates"), &mut c),
            Some("templates")
        );
        classify(root, Path::new("/site/site.yaml"), &mut c);
        classify(root, Path::new("/site/static/a.css"), &mut c);
        assert_eq!(c.content, vec![PathBuf::from("/site/content/tin/a.md")]);
        assert!(c.config && c.templates && c.statics && !c.data);
    }

    #[test]
    fn events_outside_the_site_files_do_not_restart_the_wait() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("canonical root");
        let mut watch = Watch::start(&root, Arc::new(AtomicBool::new(false))).expect("watch");
        // A file beside site.yaml that is not part of the site, written every 50 ms
        // for two seconds.
        let noise = root.join("notes.txt");
        let writer = std::thread::spawn(move || {
            for n in 0..40 {
                std::fs::write(&noise, n.to_string()).expect("write");
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        let started = Instant::now();
        assert!(matches!(
            watch.next(Some(Duration::from_millis(300))),
            Some(None)
        ));
        let waited = started.elapsed();
        writer.join().expect("writer");
        assert!(waited < Duration::from_millis(1500), "waited {waited:?}");
    }
}
