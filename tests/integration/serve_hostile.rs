//! `loa serve` against odd clients: one that leaves mid-response, a thousand idle
//! connections, a 64 KB URL, slow clients, and requests while pages are rebuilt. The
//! server keeps serving, its memory stays bounded, and every page it answers is whole:
//! the old version or the new one.

#![allow(clippy::unwrap_used)] // test helpers: a failure should panic

use std::io::{BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::common::SiteTest;
use crate::hostile::rss_kb;
use crate::serve::{Server, read_keep_alive, read_page};

/// A site with a home page, a short article and a long one (about 3 MB of HTML).
fn site() -> SiteTest {
    let long: String = (0..20_000)
        .map(|i| format!("Đoạn {i}: phong trào thi đua xây dựng nông thôn mới.\n\n"))
        .collect();
    SiteTest::new()
        .page(
            "content/ngan.md",
            "title: Ngắn\ndate: 2020-01-01",
            "Bản phienban0.",
        )
        .page("content/dai.md", "title: Dài\ndate: 2020-01-02", &long)
}

fn connect(server: &Server) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
}

/// The server answers a plain request, quickly.
fn still_serving(server: &Server) {
    let started = Instant::now();
    let r = server.get("/ngan/");
    assert_eq!(r.status, 200);
    assert!(r.text().contains("</html>"));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn clients_that_leave_mid_response_do_not_stop_the_server() {
    let site = site();
    let server = Server::start(&site);
    for _ in 0..50 {
        let mut s = connect(&server);
        write!(s, "GET /dai/ HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut first = [0u8; 1024];
        let _ = s.read(&mut first);
        // Dropped here with most of the body unread: the server sees a reset.
    }
    still_serving(&server);
    let whole = server.get("/dai/");
    assert_eq!(whole.status, 200);
    assert!(whole.text().contains("Đoạn 19999"));
}

#[test]
fn a_thousand_idle_connections_and_the_server_still_answers() {
    let site = site();
    let server = Server::start(&site);
    still_serving(&server);
    let before = rss_kb(server.pid());
    let mut idle: Vec<TcpStream> = (0..1000).map(|_| connect(&server)).collect();
    // Some of them half-way through a request line.
    for s in idle.iter_mut().take(100) {
        s.write_all(b"GET /ngan/ HT").unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..20 {
        still_serving(&server);
    }
    let during = rss_kb(server.pid());
    eprintln!("1,000 idle connections: resident {before} KiB before, {during} KiB during");
    if before > 0 {
        assert!(
            during < before + 200 * 1024,
            "resident memory grew from {before} KiB to {during} KiB"
        );
    }
    drop(idle);
    still_serving(&server);
}

#[test]
fn a_64_kb_url_and_huge_headers_are_refused_cleanly() {
    let site = site();
    let server = Server::start(&site);
    for (line, header) in [
        (format!("/{}", "a".repeat(64 * 1024)), String::new()),
        (format!("/{}", "%2e%2e/".repeat(10 * 1024)), String::new()),
        (
            "/ngan/".to_string(),
            format!("X-Big: {}\r\n", "b".repeat(300 * 1024)),
        ),
        (format!("/{}", "đ".repeat(200 * 1024)), String::new()),
    ] {
        let mut s = connect(&server);
        let _ = write!(s, "GET {line} HTTP/1.1\r\nHost: localhost\r\n{header}\r\n");
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let head = String::from_utf8_lossy(&raw[..raw.len().min(64)]).into_owned();
        // Either a 4xx answer or a closed connection; never a 200 or a 5xx.
        assert!(
            raw.is_empty() || head.starts_with("HTTP/1.1 4"),
            "{} KB request answered {head:?}",
            line.len() / 1024
        );
        still_serving(&server);
    }
}

#[test]
fn slow_clients_do_not_hold_up_others() {
    let site = site();
    let server = Server::start(&site);
    let port = server.port;
    // One client trickles its request a byte at a time...
    let trickle = std::thread::spawn(move || {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        for b in b"GET /ngan/ HTTP/1.1\r\nHost: localhost\r\n\r\n" {
            if s.write_all(&[*b]).is_err() {
                return false;
            }
            std::thread::sleep(Duration::from_millis(40));
        }
        let mut raw = Vec::new();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut buf = [0u8; 4096];
        while let Ok(n) = s.read(&mut buf) {
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buf[..n]);
            if raw.windows(7).any(|w| w == b"</html>") {
                break;
            }
        }
        raw.starts_with(b"HTTP/1.1 200")
    });
    // ...ten others ask for the long page and do not read the answer...
    let stalled: Vec<TcpStream> = (0..10)
        .map(|_| {
            let mut s = connect(&server);
            write!(s, "GET /dai/ HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
            s
        })
        .collect();
    // ...and everyone else is served meanwhile.
    for _ in 0..20 {
        still_serving(&server);
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(trickle.join().unwrap(), "the slow request was not answered");
    drop(stalled);
    still_serving(&server);
}

/// Requests while an article is saved every 100 ms: every answer is a whole page,
/// the old version or the new one, and none is an error.
#[test]
fn every_page_served_during_rebuilds_is_whole() {
    let site = site();
    let server = Server::start(&site);
    let port = server.port;
    let file = site.root().join("content/ngan.md");
    let stop = Arc::new(AtomicBool::new(false));
    let seen = Arc::new(AtomicUsize::new(0));
    let readers: Vec<_> = (0..8)
        .map(|_| {
            let stop = Arc::clone(&stop);
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                let mut problems = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    write!(writer, "GET /ngan/ HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
                    let (status, body) = read_page(&mut reader);
                    let text = String::from_utf8_lossy(&body);
                    // Every place the page shows its text (body, description, summary)
                    // shows the same version.
                    let mut versions: Vec<&str> = text
                        .split("phienban")
                        .skip(1)
                        .map(|rest| {
                            rest.split(|c: char| !c.is_ascii_digit())
                                .next()
                                .unwrap_or("")
                        })
                        .collect();
                    versions.dedup();
                    if status != 200 || !text.trim_end().ends_with("</html>") || versions.len() != 1
                    {
                        problems.push(format!(
                            "{status}: {} bytes, versions {versions:?}",
                            body.len()
                        ));
                    }
                    seen.fetch_add(1, Ordering::Relaxed);
                }
                problems
            })
        })
        .collect();
    let started = Instant::now();
    let mut n = 0;
    while started.elapsed() < Duration::from_secs(4) {
        n += 1;
        std::fs::write(
            &file,
            format!("---\ntitle: Ngắn\ndate: 2020-01-01\n---\nBản phienban{n}.\n"),
        )
        .unwrap();
        std::thread::sleep(Duration::from_millis(100));
    }
    server.wait_for("/ngan/", |t| t.contains(&format!("phienban{n}.")));
    stop.store(true, Ordering::Relaxed);
    let problems: Vec<String> = readers
        .into_iter()
        .flat_map(|r| r.join().unwrap())
        .collect();
    assert!(
        problems.is_empty(),
        "{} broken answers, the first: {:?}",
        problems.len(),
        &problems[..problems.len().min(5)]
    );
    assert!(seen.load(Ordering::Relaxed) > 50, "too few requests");
}

/// 10,000 requests over 100 connections while an article is saved every 100 ms:
/// no errors; the latencies are printed (run with --nocapture to see them).
#[test]
fn ten_thousand_requests_while_editing() {
    let site = site();
    let server = Server::start(&site);
    let port = server.port;
    let file = site.root().join("content/ngan.md");
    let stop = Arc::new(AtomicBool::new(false));
    let editor = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let text = format!("---\ntitle: Ngắn\ndate: 2020-01-01\n---\nBản phienban{n}.\n");
                std::fs::write(&file, text).unwrap();
                std::thread::sleep(Duration::from_millis(100));
            }
            n
        })
    };
    let paths = ["/", "/ngan/", "/dai/", "/khong-co/"];
    let workers: Vec<_> = (0..100)
        .map(|w| {
            std::thread::spawn(move || {
                let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(30)))
                    .unwrap();
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                let mut times = Vec::with_capacity(100);
                let mut errors = 0;
                for i in 0..100 {
                    let path = paths[(w + i) % paths.len()];
                    let started = Instant::now();
                    write!(writer, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
                    let (status, _) = read_keep_alive(&mut reader);
                    times.push(started.elapsed());
                    if status != 200 && !(status == 404 && path == "/khong-co/") {
                        errors += 1;
                    }
                }
                (errors, times)
            })
        })
        .collect();
    let mut errors = 0;
    let mut times = Vec::new();
    for w in workers {
        let (e, t) = w.join().unwrap();
        errors += e;
        times.extend(t);
    }
    stop.store(true, Ordering::Relaxed);
    let edits = editor.join().unwrap();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    eprintln!(
        "10,000 requests, 100 connections, {edits} edits: p50 {:?}, p99 {:?}, max {:?}, {errors} errors",
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
    assert_eq!(times.len(), 10_000);
    assert_eq!(errors, 0);
}
