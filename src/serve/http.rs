//! The HTTP side of `loa serve`: answers GET and HEAD from the output in memory,
//! injects the reload script into HTML, and streams reload and error events.
//!
//! A request path is never joined to a folder: it is decoded, checked and looked up
//! as a key of the output, so `..`, `%2e%2e`, absolute paths and symlinks cannot
//! reach anything but the files a build would write.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{Either, Full};
use hyper::body::{Frame, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use tokio::sync::mpsc;

use super::Shared;
use crate::site::live::Body;

/// The reload script, served at [`SCRIPT_PATH`].
const SCRIPT: &str = include_str!("reload.js");
/// Where the script is served.
pub(crate) const SCRIPT_PATH: &str = "/__loa/reload.js";
/// The event stream.
pub(crate) const EVENTS_PATH: &str = "/__loa/events";

/// A response body: whole bytes, or the endless event stream.
pub(crate) type Reply = Response<Either<Full<Bytes>, Events>>;

/// Server-sent events for one browser tab.
pub(crate) struct Events(pub(crate) mpsc::Receiver<Bytes>);

impl hyper::body::Body for Events {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0
            .poll_recv(cx)
            .map(|next| next.map(|bytes| Ok(Frame::data(bytes))))
    }
}

/// The most header bytes a request may carry. hyper refuses heads larger than its
/// read buffer only when they arrive in pieces; one arriving whole can pass, so
/// the limit is checked here too, the same whatever the timing.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Answers one request.
pub(crate) async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<Reply, Infallible> {
    if let Some(refused) = refuse(&req) {
        return Ok(refused);
    }
    let raw = req.uri().path();
    if raw == EVENTS_PATH {
        return Ok(events(&shared));
    }
    if raw == SCRIPT_PATH {
        return Ok(bytes(
            StatusCode::OK,
            "text/javascript; charset=utf-8",
            Bytes::from_static(SCRIPT.as_bytes()),
        ));
    }
    let Some(key) = output_key(raw) else {
        return Ok(text(StatusCode::BAD_REQUEST, t!("serve-http-bad-path")));
    };
    Ok(match look_up(&shared, &key) {
        Found::File(body) => send_file(StatusCode::OK, &key, body).await,
        Found::Folder => redirect(raw, req.uri().query()),
        Found::Missing(Some(page)) => send_file(StatusCode::NOT_FOUND, "404.html", page).await,
        Found::Missing(None) => placeholder(),
    })
}

/// What a tab gets where the site has nothing (no 404 page either, as when the
/// site has not built yet): a page with the reload script, so the tab shows the
/// current error and reloads once a build succeeds.
fn placeholder() -> Reply {
    let language = crate::messages::language().code();
    let nothing = t!("serve-nothing-here");
    let page = format!(
        "<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>loa serve</title></head><body><p>{}</p></body></html>",
        crate::text::escape::html(&nothing)
    );
    bytes(
        StatusCode::NOT_FOUND,
        "text/html; charset=utf-8",
        Bytes::from(inject(page.as_bytes(), true)),
    )
}

/// The refusal of a request whose head is too large or whose method is neither
/// GET nor HEAD; `None` for one to answer.
fn refuse(req: &Request<Incoming>) -> Option<Reply> {
    let header_bytes: usize = req
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum();
    let target = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if header_bytes + target > MAX_HEADER_BYTES {
        return Some(text(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            t!("serve-http-head-too-large"),
        ));
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut r = text(StatusCode::METHOD_NOT_ALLOWED, t!("serve-http-method"));
        r.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return Some(r);
    }
    None
}

/// What the output holds for a request's key.
enum Found {
    /// The file.
    File(Body),
    /// No file, but a folder's `index.html`: the path lacks its final `/`.
    Folder,
    /// Nothing: the site's 404 page, if it has one.
    Missing(Option<Body>),
}

/// Looks `key` up in the output, under its read lock (released on return).
fn look_up(shared: &Shared, key: &str) -> Found {
    let out = shared
        .output
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(body) = out.get(key) {
        return Found::File(body.clone());
    }
    if !key.ends_with("index.html") && out.get(&format!("{key}/index.html")).is_some() {
        return Found::Folder;
    }
    Found::Missing(out.get("404.html").cloned())
}

/// A permanent redirect from `raw` to its folder (`/a` → `/a/`), keeping the query.
fn redirect(raw: &str, query: Option<&str>) -> Reply {
    let mut location = format!("{raw}/");
    if let Some(q) = query {
        location.push('?');
        location.push_str(q);
    }
    let mut r = text(StatusCode::MOVED_PERMANENTLY, t!("serve-http-moved"));
    if let Ok(v) = HeaderValue::from_str(&location) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// The reply with an output file (output key `key`), read from disk when it is a
/// copy of a file there; HTML gets the reload script.
async fn send_file(status: StatusCode, key: &str, body: Body) -> Reply {
    let content = match body {
        Body::Bytes(b) => b,
        Body::File(path) => match tokio::fs::read(&path).await {
            Ok(b) => Bytes::from(b),
            Err(_) => return text(StatusCode::NOT_FOUND, t!("serve-http-not-found")),
        },
    };
    let kind = content_type(key);
    let content = if kind.starts_with("text/html") {
        Bytes::from(inject(&content, status == StatusCode::NOT_FOUND))
    } else {
        content
    };
    bytes(status, kind, content)
}

/// The output key of a request path (`/a/b/` → `a/b/index.html`), or `None` when
/// the path is not one loa could have written: bad escapes or UTF-8, `..`,
/// backslashes, NUL or other control characters.
pub(crate) fn output_key(raw: &str) -> Option<String> {
    let decoded = crate::text::url::decode(raw);
    if decoded.contains('\u{FFFD}') && !raw.contains('\u{FFFD}') {
        return None;
    }
    let decoded = crate::text::nfc::to_nfc(&decoded).into_owned();
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == ".." || part.contains('\\') || part.chars().any(char::is_control) {
            return None;
        }
        parts.push(part);
    }
    let mut key = parts.join("/");
    if key.is_empty() {
        key = "index.html".into();
    } else if decoded.ends_with('/') {
        key.push_str("/index.html");
    }
    Some(key)
}

/// The media type of an output file, UTF-8 for text.
pub(crate) fn content_type(key: &str) -> &'static str {
    let name = key.rsplit('/').next().unwrap_or(key);
    match name {
        "rss.xml" => return "application/rss+xml; charset=utf-8",
        "atom.xml" => return "application/atom+xml; charset=utf-8",
        "feed.json" => return "application/feed+json; charset=utf-8",
        "_redirects" => return "text/plain; charset=utf-8",
        _ => {}
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "xml" | "xsl" => "application/xml; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        "wasm" => "application/wasm",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        _ => "application/octet-stream",
    }
}

/// HTML with the reload script before its last `</body>` (or at the end).
pub(crate) fn inject(html: &[u8], missing: bool) -> Vec<u8> {
    let tag = if missing {
        format!("<script src=\"{SCRIPT_PATH}\" data-missing></script>")
    } else {
        format!("<script src=\"{SCRIPT_PATH}\"></script>")
    };
    let lower = html.to_ascii_lowercase();
    let at = lower
        .windows(7)
        .rposition(|w| w == b"</body>")
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn events(shared: &Shared) -> Reply {
    let (tx, rx) = mpsc::channel(32);
    let _ = tx.try_send(shared.hello());
    shared
        .clients
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .push(tx);
    let mut r = Response::new(Either::Right(Events(rx)));
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn bytes(status: StatusCode, kind: &'static str, body: Bytes) -> Reply {
    let mut r = Response::new(Either::Left(Full::new(body)));
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// A plain-text reply: `message` on a line of its own.
fn text(status: StatusCode, message: String) -> Reply {
    bytes(
        status,
        "text/plain; charset=utf-8",
        Bytes::from(format!("{message}\n")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_paths() {
        assert_eq!(output_key("/").as_deref(), Some("index.html"));
        assert_eq!(
            output_key("/tin/bai/").as_deref(),
            Some("tin/bai/index.html")
        );
        assert_eq!(output_key("/tin/bai").as_deref(), Some("tin/bai"));
        assert_eq!(output_key("//etc/passwd").as_deref(), Some("etc/passwd"));
        assert_eq!(output_key("/%C4%91/").as_deref(), Some("đ/index.html"));
    }

    #[test]
    fn traversal_is_refused() {
        for bad in [
            "/../x",
            "/a/%2e%2e/x",
            "/a/%2E%2E/%2e%2e/x",
            "/a/..%2fx",
            "/a\\..\\x",
            "/a/%00",
            "/%ff",
        ] {
            assert_eq!(output_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn types_and_injection() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("rss.xml"),
            "application/rss+xml; charset=utf-8"
        );
        assert_eq!(
            content_type("tin/feed.json"),
            "application/feed+json; charset=utf-8"
        );
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        let html = inject(b"<html><body>x</BODY></html>", false);
        assert_eq!(
            String::from_utf8(html).unwrap(),
            format!("<html><body>x<script src=\"{SCRIPT_PATH}\"></script></BODY></html>")
        );
    }
}
