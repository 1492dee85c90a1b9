//! `loa serve`: builds the site into memory, serves it over HTTP on loopback,
//! watches the site's files, rebuilds what an edit touched ([`crate::site::live`]) and
//! tells open browsers to reload, or shows them the error until it is fixed.
//!
//! Threads: the HTTP server runs on a small tokio runtime; notify delivers events to
//! the rebuild loop, which owns the [`LiveSite`] and publishes each update to the
//! shared output under a write lock, so a request sees the old file or the new one,
//! never a mix. The library does not print: [`Event`]s go to a reporter.

mod http;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use bytes::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::mpsc;

use crate::error::{Diagnostic, Error, Result};
use crate::site::LoadOptions;
use crate::site::live::{Changes, LiveSite, Output, Update};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// What to load (the root should be absolute).
    pub load: LoadOptions,
    /// The address to listen on.
    pub interface: IpAddr,
    /// The port (0 picks a free one).
    pub port: u16,
    /// Rebuilds the site when the clock reaches a scheduled change (a page going
    /// live or expiring); off when the clock is fixed (`LOA_NOW`), as it never moves.
    pub follow_clock: bool,
}

/// What happened, for the terminal.
#[derive(Debug)]
pub enum Event {
    /// The server listens here.
    Listening(SocketAddr),
    /// A build or rebuild succeeded: its update (without the files), and what changed.
    Built {
        /// Files rendered, warnings, problems, timing.
        update: Update,
        /// What the watcher saw (empty for the first build).
        changes: Changes,
        /// From the first file event to the reload message.
        latency: Option<Duration>,
    },
    /// Files shown in passing were rendered after the reload.
    Finished(Update),
    /// A rebuild failed; the previous pages stay served.
    Failed(Error),
    /// The clock reached a scheduled change and the site was rebuilt with it.
    Scheduled {
        /// What changed ("content/x.md goes live").
        reason: String,
        /// The rebuild.
        update: Update,
    },
}

/// The longest wait for a scheduled change before the clock is read again (it may
/// jump, as after a laptop's sleep).
const CLOCK_CHECK: Duration = Duration::from_secs(3600);

/// How long the files must be quiet before the work left for after a reload
/// (pages showing an edit in passing, feeds, sitemaps) is done.
const AFTER_QUIET: Duration = Duration::from_millis(700);

/// What the server threads share.
pub(crate) struct Shared {
    output: RwLock<Output>,
    problem: RwLock<Option<String>>,
    clients: Mutex<Vec<mpsc::Sender<Bytes>>>,
    server: String,
}

impl Shared {
    /// Shows `text` as the current error: kept for tabs that connect later, and sent
    /// to the open ones.
    fn show_problem(&self, text: String) {
        *self
            .problem
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(text.clone());
        self.broadcast("problem", &serde_json::json!({ "text": text }));
    }

    /// Forgets the current error (the next reload removes its overlay).
    fn clear_problem(&self) {
        *self
            .problem
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }

    /// The first event a browser tab receives: this server's id and any current error.
    fn hello(&self) -> Bytes {
        let problem = self
            .problem
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let data = serde_json::json!({ "server": self.server, "problem": problem });
        frame("hello", &data)
    }

    fn broadcast(&self, event: &str, data: &serde_json::Value) {
        let bytes = frame(event, data);
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        clients.retain(|c| match c.try_send(bytes.clone()) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => true,
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        });
    }

    fn publish(&self, update: &Update) {
        self.output
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .apply(update);
    }
}

fn frame(event: &str, data: &serde_json::Value) -> Bytes {
    Bytes::from(format!("event: {event}\ndata: {data}\n\n"))
}

/// The text shown in the terminal and in the browser for an error.
pub fn error_text(e: &Error) -> String {
    match e {
        Error::Diagnostics(ds) => ds
            .iter()
            .map(Diagnostic::to_string)
            .collect::<Vec<_>>()
            .join("\n\n"),
        other => format!("error: {other}"),
    }
}

/// Serves until the process is stopped. Fails only when the address cannot be bound
/// or the files cannot be watched; build errors are reported and served as overlays.
pub fn run(options: ServeOptions, report: &(dyn Fn(Event) + Sync)) -> Result<()> {
    let address = SocketAddr::new(options.interface, options.port);
    let listener = std::net::TcpListener::bind(address)
        .map_err(|e| Error::Message(format!("cannot listen on {address}: {e}")))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Message(e.to_string()))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::Message(e.to_string()))?;
    let shared = Arc::new(Shared {
        output: RwLock::new(Output::default()),
        problem: RwLock::new(None),
        clients: Mutex::new(Vec::new()),
        server: format!(
            "{}-{}",
            std::process::id(),
            chrono::Utc::now().timestamp_millis()
        ),
    });
    let stirred = Arc::new(AtomicBool::new(false));
    let mut watch = watch::Watch::start(&options.load.root, Arc::clone(&stirred))?;
    // The load options with the clock of the last full load.
    let mut load = options.load.clone();
    let mut live = match LiveSite::open(load.clone()) {
        Ok((live, update)) => {
            shared.publish(&update);
            report_problems(&shared, &update);
            report(Event::Built {
                update: without_files(update),
                changes: Changes::default(),
                latency: None,
            });
            Some(live)
        }
        Err(e) => {
            // No tab is connected yet: the error waits for the first one.
            shared.show_problem(error_text(&e));
            report(Event::Failed(e));
            None
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Message(format!("cannot start the server: {e}")))?;
    let server = Arc::clone(&shared);
    let listener = runtime
        .block_on(async { tokio::net::TcpListener::from_std(listener) })
        .map_err(|e| Error::Message(e.to_string()))?;
    runtime.spawn(accept(listener, server));
    runtime.spawn(keep_alive(Arc::clone(&shared)));
    report(Event::Listening(bound));

    let mut pending = Changes::default();
    loop {
        // Work left for after the reload waits until the files are quiet, and a
        // scheduled change until its time.
        let idle = live.as_ref().filter(|s| s.pending()).map(|_| AFTER_QUIET);
        let scheduled = live
            .as_ref()
            .filter(|_| options.follow_clock)
            .and_then(LiveSite::next_change);
        let wait = match (idle, scheduled.as_ref().map(|(at, _)| until(at))) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let Some(next) = watch.next(wait) else { break };
        stirred.store(false, Ordering::SeqCst);
        let Some((changes, first_event)) = next else {
            if let Some(site) = live.as_mut().filter(|s| s.pending()) {
                let later = site.finish(&stirred);
                shared.publish(&later);
                if !later.written.is_empty() {
                    shared.broadcast("reload", &reload_message(&later, &Changes::default()));
                }
                report(Event::Finished(without_files(later)));
            }
            if let Some((_, reason)) = scheduled.filter(|(at, _)| until(at).is_zero()) {
                load.publish.now = chrono::Utc::now();
                live = reopen_on_schedule(&load, &shared, reason, report);
            }
            continue;
        };
        pending.merge(changes);
        if options.follow_clock {
            load.publish.now = chrono::Utc::now();
        }
        let result = match live.as_mut() {
            Some(site) => site.apply(&pending).map(|u| (None, u)),
            None => LiveSite::open(load.clone()).map(|(site, u)| (Some(site), u)),
        };
        match result {
            Ok((opened, update)) => {
                if let Some(site) = opened {
                    live = Some(site);
                }
                serve_update(&shared, &update, &reload_message(&update, &pending));
                let latency = first_event.elapsed();
                report(Event::Built {
                    update: without_files(update),
                    changes: std::mem::take(&mut pending),
                    latency: Some(latency),
                });
            }
            Err(e) => {
                shared.show_problem(error_text(&e));
                report(Event::Failed(e));
            }
        }
    }
    Err(Error::Message("the file watcher stopped".into()))
}

/// How long until `at` (zero when it has passed), at most [`CLOCK_CHECK`].
fn until(at: &crate::dates::Date) -> Duration {
    (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
        .to_std()
        .unwrap_or(Duration::ZERO)
        .min(CLOCK_CHECK)
}

/// Loads the whole site again with the clock moved on, serves it and tells the
/// browsers to reload. A site that no longer loads keeps its last pages served and
/// is loaded again at the next edit.
fn reopen_on_schedule(
    load: &LoadOptions,
    shared: &Shared,
    reason: String,
    report: &(dyn Fn(Event) + Sync),
) -> Option<LiveSite> {
    match LiveSite::open(load.clone()) {
        Ok((site, update)) => {
            serve_update(
                shared,
                &update,
                &reload_message(&update, &Changes::default()),
            );
            report(Event::Scheduled {
                reason,
                update: without_files(update),
            });
            Some(site)
        }
        Err(e) => {
            shared.show_problem(error_text(&e));
            report(Event::Failed(e));
            None
        }
    }
}

/// Serves a rebuild's files and shows its render errors, or, when there are none,
/// clears the last error and sends `reload` to the tabs.
fn serve_update(shared: &Shared, update: &Update, reload: &serde_json::Value) {
    shared.publish(update);
    shared.clear_problem();
    report_problems(shared, update);
    if update.problems.is_empty() {
        shared.broadcast("reload", reload);
    }
}

/// Render errors of some files: shown like build errors, while the rest is served.
fn report_problems(shared: &Shared, update: &Update) {
    if update.problems.is_empty() {
        return;
    }
    shared.show_problem(error_text(&Error::Diagnostics(update.problems.clone())));
}

/// Which pages must reload: the files rewritten, or all after a change of
/// templates, data, static files or configuration.
fn reload_message(update: &Update, changes: &Changes) -> serde_json::Value {
    let all = update.full
        || changes.templates
        || changes.data
        || changes.statics
        || update.written.len() > 1000;
    let paths: Vec<&str> = if all {
        Vec::new()
    } else {
        update
            .written
            .iter()
            .map(|(p, _)| p.as_str())
            .chain(update.removed.iter().map(String::as_str))
            .collect()
    };
    serde_json::json!({ "all": all, "paths": paths })
}

fn without_files(mut update: Update) -> Update {
    update.written = Vec::new();
    update.steps = None;
    update
}

async fn accept(listener: tokio::net::TcpListener, shared: Arc<Shared>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors or similar: wait a little instead of spinning.
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let service = service_fn(move |req| http::handle(Arc::clone(&shared), req));
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(20))
                .max_buf_size(256 * 1024)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A comment on every event stream now and then, so closed tabs are noticed.
async fn keep_alive(shared: Arc<Shared>) {
    let mut tick = tokio::time::interval(Duration::from_secs(15));
    loop {
        tick.tick().await;
        let mut clients = shared
            .clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        clients.retain(|c| {
            !matches!(
                c.try_send(Bytes::from_static(b": ping\n\n")),
                Err(mpsc::error::TrySendError::Closed(_))
            )
        });
    }
}
