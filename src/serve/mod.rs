//! `loa serve`: builds the site into memory, serves it over HTTP on loopback,
//! watches the site's files, rebuilds what an edit touched ([`crate::site::live`]) and
//! tells open browsers to reload, or shows them the error until it is fixed.
//!
//! Threads: the HTTP server runs on a small tokio runtime (`http.rs`); notify delivers
//! events to the rebuild loop (`rebuild.rs`), which owns the
//! [`LiveSite`](crate::site::live::LiveSite) and publishes each update to the shared
//! output under a write lock, so a request sees the old file or the new one,
//! never a mix. The library does not print: [`Event`]s go to a reporter.

mod http;
mod rebuild;
mod watch;

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use bytes::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::mpsc;

use crate::error::{Diagnostic, Error, Result};
use crate::site::LoadOptions;
use crate::site::live::{Changes, Output, Update};

/// How to serve.
#[derive(Debug, Clone)]
pub(crate) struct ServeOptions {
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
pub(crate) enum Event {
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

/// What the server threads share.
pub(crate) struct Shared {
    output: RwLock<Output>,
    problem: RwLock<Option<String>>,
    clients: Mutex<Vec<mpsc::Sender<Bytes>>>,
    server: String,
}

impl Shared {
    /// Nothing served yet, no error and no tab; `server` tells this run of the
    /// server from earlier ones.
    fn new() -> Shared {
        Shared {
            output: RwLock::new(Output::default()),
            problem: RwLock::new(None),
            clients: Mutex::new(Vec::new()),
            server: format!(
                "{}-{}",
                std::process::id(),
                chrono::Utc::now().timestamp_millis()
            ),
        }
    }

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

    /// The first event a browser tab receives: this server's id, any current error
    /// and the words of the error overlay, in the language of the messages.
    fn hello(&self) -> Bytes {
        let problem = self
            .problem
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let labels = serde_json::json!({
            "title": t!("serve-overlay-title"),
            "close": t!("serve-overlay-close"),
        });
        let data = serde_json::json!({
            "server": self.server,
            "problem": problem,
            "labels": labels,
        });
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
pub(crate) fn error_text(e: &Error) -> String {
    match e {
        Error::Diagnostics(ds) => ds
            .iter()
            .map(Diagnostic::to_string)
            .collect::<Vec<_>>()
            .join("\n\n"),
        other => format!("{}: {other}", t!("label-error")),
    }
}

/// Serves until the process is stopped. Fails only when the address cannot be bound
/// or the files cannot be watched; build errors are reported and served as overlays.
pub(crate) fn run(options: ServeOptions, report: &(dyn Fn(Event) + Sync)) -> Result<()> {
    let (listener, bound) = listen(&options)?;
    let shared = Arc::new(Shared::new());
    let stirred = Arc::new(AtomicBool::new(false));
    let mut watch = watch::Watch::start(&options.load.root, Arc::clone(&stirred))?;
    let rebuilder = rebuild::Rebuilder::open(
        &shared,
        &stirred,
        report,
        options.follow_clock,
        options.load,
    );
    // The server runs until the runtime is dropped, when this function returns.
    let _runtime = start_server(listener, &shared)?;
    report(Event::Listening(bound));
    rebuilder.follow(&mut watch)
}

/// Binds the listening socket (non-blocking, for tokio) and returns it with its
/// address, the port picked when 0 was asked for.
fn listen(options: &ServeOptions) -> Result<(std::net::TcpListener, SocketAddr)> {
    let address = SocketAddr::new(options.interface, options.port);
    let listener = std::net::TcpListener::bind(address).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            // The usual case, in the editor's words: another preview holds the port.
            let port = options.port.to_string();
            let next = options.port.wrapping_add(1).max(1).to_string();
            let message = t!("serve-port-busy", port = &port);
            let hint = t!("serve-port-busy.hint", next = next);
            return Error::Message(format!("{message}\n  {}: {hint}", t!("label-hint")));
        }
        let (address, reason) = (address.to_string(), e.to_string());
        Error::Message(t!(
            "serve-cannot-listen",
            address = address,
            reason = reason
        ))
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Message(e.to_string()))?;
    let bound = listener
        .local_addr()
        .map_err(|e| Error::Message(e.to_string()))?;
    Ok((listener, bound))
}

/// Starts the HTTP server on a small tokio runtime: it accepts connections on
/// `listener` and keeps the event streams alive until the runtime is dropped.
fn start_server(
    listener: std::net::TcpListener,
    shared: &Arc<Shared>,
) -> Result<tokio::runtime::Runtime> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Message(t!("serve-cannot-start", reason = e.to_string())))?;
    let listener = runtime
        .block_on(async { tokio::net::TcpListener::from_std(listener) })
        .map_err(|e| Error::Message(e.to_string()))?;
    runtime.spawn(accept(listener, Arc::clone(shared)));
    runtime.spawn(keep_alive(Arc::clone(shared)));
    Ok(runtime)
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
