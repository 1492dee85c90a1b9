//! `loa serve`: started on a free port, fetched over plain TCP, edited, attacked with
//! path traversal and loaded with 10,000 requests; the process is always killed.

#![allow(clippy::unwrap_used)] // test helpers: a failure should panic

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{NOW, SiteTest};

const SCRIPT_TAG: &str = "<script src=\"/__loa/reload.js\"></script>";

/// A running `loa serve`, killed when dropped (also when a test fails).
pub(crate) struct Server {
    child: Child,
    pub(crate) port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts `loa serve` with the tests' fixed clock.
    pub(crate) fn start(site: &SiteTest) -> Server {
        Server::start_with_clock(site, Some(NOW))
    }

    /// Starts `loa serve` with `LOA_NOW` set to `now`, or on the real clock.
    pub(crate) fn start_with_clock(site: &SiteTest, now: Option<&str>) -> Server {
        Server::start_with(site, now, &[])
    }

    /// Starts `loa serve` with more arguments.
    pub(crate) fn start_with(site: &SiteTest, now: Option<&str>, args: &[&str]) -> Server {
        let root = site.root().to_string_lossy().into_owned();
        let mut command = Command::new(env!("CARGO_BIN_EXE_loa"));
        command
            .env("LOA_LANG", "en")
            .args(["serve", "--root", &root, "--port", "0"])
            .args(args);
        match now {
            Some(now) => command.env("LOA_NOW", now),
            None => command.env_remove("LOA_NOW"),
        };
        let child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start loa serve");
        let mut server = Server { child, port: 0 };
        let stdout = server.child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        for line in lines.by_ref() {
            let line = line.expect("read stdout");
            if let Some(rest) = line.strip_prefix("Serving at http://127.0.0.1:") {
                server.port = rest
                    .split('/')
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("port");
                break;
            }
        }
        assert_ne!(server.port, 0, "loa serve did not start");
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        server
    }

    /// The server's process id.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    pub(crate) fn get(&self, path: &str) -> Response {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read");
        Response::parse(&raw)
    }

    /// Polls `path` until `check` holds on its body.
    pub(crate) fn wait_for(&self, path: &str, check: impl Fn(&str) -> bool) -> Response {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let r = self.get(path);
            if check(&r.text()) {
                return r;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting on {path}; last:\n{}",
                r.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

pub(crate) struct Response {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of headers");
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("status");
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Response {
            status,
            headers,
            body: raw[end + 4..].to_vec(),
        }
    }

    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn site() -> SiteTest {
    let mut site = SiteTest::new()
        .file(
            "site.yaml",
            "title: \"Trang thử\"\nbase_url: \"https://example.org\"\npaginate_by: 2\ntaxonomies:\n  - { name: tags, path: chu-de }\n",
        )
        .file("content/tin/_index.md", "---\ntitle: \"Tin hoạt động\"\n---\n")
        .file("static/css/site.css", "body { color: #222 }\n")
        .file("static/du-lieu.json", "{\"xa\": 8000}\n");
    for day in 1..=5 {
        site = site.page(
            &format!("content/tin/bai-{day}.md"),
            &format!("title: \"Bài số {day}\"\ndate: 2020-03-0{day}\ntags: [\"Bưu điện\"]"),
            "Nội dung ban đầu.",
        );
    }
    site
}

#[test]
fn serves_the_same_bytes_as_a_build() {
    let site = site();
    site.build().success();
    let server = Server::start(&site);
    for file in site.output_files() {
        if file == ".loa-output" {
            continue;
        }
        let built = std::fs::read(site.public().join(&file)).unwrap();
        let r = server.get(&format!("/{file}"));
        assert_eq!(r.status, 200, "{file}");
        let served = if file.ends_with(".html") {
            assert_eq!(r.header("content-type"), "text/html; charset=utf-8");
            let text = r.text();
            assert_eq!(text.matches(SCRIPT_TAG).count(), 1, "{file}");
            text.replacen(SCRIPT_TAG, "", 1).into_bytes()
        } else {
            r.body
        };
        assert!(served == built, "{file} differs from the build");
    }
    assert_eq!(
        server.get("/css/site.css").header("content-type"),
        "text/css; charset=utf-8"
    );
    assert_eq!(
        server.get("/du-lieu.json").header("content-type"),
        "application/json; charset=utf-8"
    );
    assert_eq!(
        server.get("/__loa/reload.js").header("content-type"),
        "text/javascript; charset=utf-8"
    );
    let moved = server.get("/tin");
    assert_eq!((moved.status, moved.header("location")), (301, "/tin/"));
}

#[test]
fn edits_additions_and_deletions_show_up() {
    let site = site();
    let server = Server::start(&site);
    assert!(
        server
            .get("/tin/bai-3/")
            .text()
            .contains("Nội dung ban đầu.")
    );
    std::fs::write(
        site.root().join("content/tin/bai-3.md"),
        "---\ntitle: \"Bài số ba\"\ndate: 2020-03-03\ntags: [\"Bưu điện\"]\n---\nNội dung đã sửa.\n",
    )
    .unwrap();
    server.wait_for("/tin/bai-3/", |t| t.contains("Nội dung đã sửa."));
    server.wait_for("/chu-de/buu-dien/trang/2/", |t| t.contains("Bài số ba"));
    std::fs::write(
        site.root().join("content/tin/bai-moi.md"),
        "---\ntitle: \"Bài mới nhất\"\ndate: 2020-04-01\n---\nMới.\n",
    )
    .unwrap();
    server.wait_for("/", |t| t.contains("Bài mới nhất"));
    std::fs::remove_file(site.root().join("content/tin/bai-1.md")).unwrap();
    let gone = server.wait_for("/tin/bai-1/", |t| !t.contains("Bài số 1"));
    assert_eq!(gone.status, 404);
    server.wait_for("/tin/trang/3/", |t| !t.contains("Bài số 1"));
}

#[test]
fn a_scheduled_article_goes_live_while_serving() {
    // Dated three seconds ahead on the real clock: hidden at start, served once its
    // time has come, without an edit.
    let at = chrono::Utc::now() + chrono::Duration::seconds(3);
    let site = site().page(
        "content/tin/hen-gio.md",
        &format!("title: \"Bài hẹn giờ\"\ndate: {}", at.to_rfc3339()),
        "Đăng theo lịch.",
    );
    let server = Server::start_with_clock(&site, None);
    if chrono::Utc::now() < at {
        assert_eq!(server.get("/tin/hen-gio/").status, 404, "not yet");
        assert!(!server.get("/").text().contains("Bài hẹn giờ"));
    }
    let page = server.wait_for("/tin/hen-gio/", |t| t.contains("Đăng theo lịch."));
    assert_eq!(page.status, 200);
    assert!(chrono::Utc::now() >= at, "shown before its time");
    server.wait_for("/", |t| t.contains("Bài hẹn giờ"));
}

#[test]
fn drafts_and_future_pages_show_when_asked() {
    let site = site()
        .page(
            "content/tin/nhap.md",
            "title: \"Bài nháp\"\ndate: 2026-01-01\ndraft: true",
            "Nháp.",
        )
        .page(
            "content/tin/sap-dang.md",
            "title: \"Bài sắp đăng\"\ndate: 2027-01-01",
            "Sắp đăng.",
        );
    let plain = Server::start(&site);
    assert_eq!(plain.get("/tin/nhap/").status, 404);
    assert_eq!(plain.get("/tin/sap-dang/").status, 404);
    drop(plain);
    let all = Server::start_with(&site, Some(NOW), &["--drafts", "--future"]);
    assert_eq!(all.get("/tin/nhap/").status, 200);
    assert_eq!(all.get("/tin/sap-dang/").status, 200);
}

#[test]
fn errors_keep_the_last_good_page_and_reach_the_browser() {
    let site = site();
    let server = Server::start(&site);
    std::fs::write(
        site.root().join("content/tin/bai-2.md"),
        "---\ntitle: [chưa đóng\n---\n",
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let hello = loop {
        let hello = first_event(&server);
        if hello.contains("content/tin/bai-2.md:2:8") || Instant::now() > deadline {
            break hello;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(hello.contains("content/tin/bai-2.md:2:8"), "{hello}");
    assert!(
        server
            .get("/tin/bai-2/")
            .text()
            .contains("Nội dung ban đầu.")
    );
    std::fs::write(
        site.root().join("content/tin/bai-2.md"),
        "---\ntitle: \"Sửa rồi\"\ndate: 2020-03-02\n---\nỔn.\n",
    )
    .unwrap();
    server.wait_for("/tin/bai-2/", |t| t.contains("Ổn."));
    assert!(first_event(&server).contains("\"problem\":null"));
}

#[test]
fn a_site_broken_from_the_start_shows_its_error_and_recovers() {
    let site = site().file("content/tin/bai-2.md", "---\ntitle: [chưa đóng\n---\n");
    let server = Server::start(&site);
    // Nothing was built: every page is a placeholder that connects to the events,
    // and the first event carries the error for the overlay.
    let page = server.get("/tin/bai-1/");
    assert_eq!(page.status, 404);
    assert!(
        page.text().contains("/__loa/reload.js\" data-missing"),
        "{}",
        page.text()
    );
    let hello = first_event(&server);
    assert!(hello.contains("content/tin/bai-2.md:2:8"), "{hello}");
    std::fs::write(
        site.root().join("content/tin/bai-2.md"),
        "---\ntitle: \"Sửa rồi\"\ndate: 2020-03-02\n---\nỔn.\n",
    )
    .unwrap();
    server.wait_for("/tin/bai-2/", |t| t.contains("Ổn."));
    assert!(first_event(&server).contains("\"problem\":null"));
}

/// The first server-sent event (`hello`, with any current error).
fn first_event(server: &Server) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /__loa/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    let mut buf = [0u8; 4096];
    while !text.contains("\n\n") || !text.contains("data:") {
        let n = stream.read(&mut buf).unwrap();
        assert!(n > 0, "event stream closed");
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    text
}

#[test]
fn never_serves_outside_the_output() {
    let site = site()
        .file("content/tin/secret.txt", "ok")
        .file("data/secret.yaml", "SECRET: 1\n");
    let server = Server::start(&site);
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/tin/..%2f..%2fsite.yaml",
        "/tin/%2e%2e%2f%2e%2e%2fdata/secret.yaml",
        "/data/secret.yaml",
        "/..\\site.yaml",
        "//etc/passwd",
        "/%00/site.yaml",
        "/%ff%fe",
        "/site.yaml",
        "/content/tin/bai-1.md",
    ] {
        let r = server.get(path);
        assert!(matches!(r.status, 400 | 404), "{path}: {}", r.status);
        let text = r.text();
        assert!(
            !text.contains("base_url") && !text.contains("SECRET") && !text.contains("root:"),
            "{path}"
        );
    }
    let missing = server.get("/khong-co-trang-nay/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("/__loa/reload.js"),
        "the site's 404 page, with the script"
    );
    assert_eq!(server.get("/tin/secret.txt").text(), "ok");
}

#[test]
fn ten_thousand_requests_without_an_error() {
    let site = site();
    let server = Server::start(&site);
    let port = server.port;
    let paths = [
        "/",
        "/tin/",
        "/tin/bai-2/",
        "/css/site.css",
        "/chu-de/buu-dien/",
        "/khong-co/",
    ];
    let workers: Vec<_> = (0..100)
        .map(|w| {
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut errors = 0;
                for i in 0..100 {
                    let path = paths[(w + i) % paths.len()];
                    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
                    let (status, _) = read_keep_alive(&mut reader);
                    if status != 200 && !(status == 404 && path == "/khong-co/") {
                        errors += 1;
                    }
                }
                errors
            })
        })
        .collect();
    let errors: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(errors, 0);
}

/// Reads one response of a kept-alive connection: (status, body length).
pub(crate) fn read_keep_alive(reader: &mut BufReader<TcpStream>) -> (u16, usize) {
    let (status, body) = read_page(reader);
    (status, body.len())
}

/// Reads one response of a kept-alive connection: (status, body).
pub(crate) fn read_page(reader: &mut BufReader<TcpStream>) -> (u16, Vec<u8>) {
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let status = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0;
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    (status, body)
}

#[test]
fn a_port_in_use_is_named_with_what_to_do() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("address").port().to_string();
    let site = site();
    let root = site.root().to_string_lossy().into_owned();
    let run = site
        .run(&["serve", "--root", &root, "--port", &port])
        .failure();
    assert!(
        run.stderr.contains(&format!(
            "port {port} is already in use, perhaps by another `loa serve`"
        )),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("loa serve --port "), "{}", run.stderr);
}
