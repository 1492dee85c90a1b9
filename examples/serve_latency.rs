//! Benchmark of `loa serve` on a generated corpus: the time of a full build, then the
//! time from saving one article to the reload message reaching a browser's event
//! stream, for four kinds of edit, then a bounded load check (10,000 requests over
//! 100 connections on loopback), then the same load while an article is saved every
//! 100 ms.
//!
//! ```text
//! python3 bench/kit/gen_corpus.py 10000 /tmp/c10k --layout loa
//! grep -v '^theme:' bench/kit/peers/loa/site.yaml > /tmp/c10k/site.yaml
//! cargo build --release && cargo run --release --example serve_latency -- /tmp/c10k
//! ```
//!
//! It edits files of the corpus and puts them back at the end.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn main() {
    let root = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: serve_latency SITE_ROOT [ROUNDS]"),
    );
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let loa = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("loa");
    let out = std::env::temp_dir().join("loa-serve-latency-build");
    let started = Instant::now();
    let status = Command::new(&loa)
        .args(["build", "--quiet", "--root"])
        .arg(&root)
        .arg("--output")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    println!(
        "full build (loa build): {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&out);

    let started = Instant::now();
    let mut child = Command::new(&loa)
        .args(["serve", "--port", "0", "--root"])
        // The line read below is the English one.
        .env("LOA_LANG", "en")
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let server = Server(child);
    let mut port = 0;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(rest) = line.strip_prefix("Serving at http://127.0.0.1:") {
            port = rest.split('/').next().unwrap().parse().unwrap();
            break;
        }
    }
    println!(
        "serve: first build in memory and listening: {:.2} s",
        started.elapsed().as_secs_f64()
    );
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if std::env::var_os("VERBOSE").is_some() {
                eprintln!("  | {line}");
            }
        }
    });

    let articles = articles(&root);
    let (oldest, newest) = (&articles[articles.len() / 2], &articles[0]);
    let mut events = Events::connect(port);
    let kinds: [(&str, &Path, Edit); 4] = [
        (
            "typo fix in an older article (same word count)",
            &oldest.0,
            Edit::Typo,
        ),
        (
            "sentence added to an older article",
            &oldest.0,
            Edit::Sentence,
        ),
        ("title of the newest article", &newest.0, Edit::Title),
        ("new article added, then deleted", &newest.0, Edit::New),
    ];
    println!("\n| edit | median | p90 | max |\n|---|---|---|---|");
    for (name, file, edit) in kinds {
        let original = std::fs::read_to_string(file).unwrap();
        let mut times = Vec::new();
        for round in 0..rounds {
            let (path, key) = match edit {
                Edit::New => {
                    let path = file.with_file_name(format!("bai-moi-do-do-{round}.md"));
                    let text = original.replace("title: \"", "title: \"Bài mới ");
                    let key = output_key(&root, &path);
                    (write_timed(&path, &text), key)
                }
                _ => (
                    write_timed(file, &edit.apply(&original, round)),
                    output_key(&root, file),
                ),
            };
            times.push(events.wait_reload(&key, path).as_secs_f64() * 1000.0);
            if let Edit::New = edit {
                let path = file.with_file_name(format!("bai-moi-do-do-{round}.md"));
                std::fs::remove_file(&path).unwrap();
                events.wait_reload(&output_key(&root, &path), Instant::now());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        std::fs::write(file, &original).unwrap();
        events.wait_reload(&output_key(&root, file), Instant::now());
        times.sort_by(f64::total_cmp);
        let pick = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "| {name} | {:.0} ms | {:.0} ms | {:.0} ms |",
            pick(0.5),
            pick(0.9),
            pick(1.0)
        );
    }
    std::thread::sleep(Duration::from_secs(1));
    load(port, &articles, &root);

    // The same load while an older article is saved every 100 ms.
    println!("\nwhile an article is saved every 100 ms:");
    let file = oldest.0.clone();
    let original = std::fs::read_to_string(&file).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let editor = {
        let stop = std::sync::Arc::clone(&stop);
        let (file, original) = (file.clone(), original.clone());
        std::thread::spawn(move || {
            let mut saves = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                std::fs::write(&file, Edit::Typo.apply(&original, saves)).unwrap();
                saves += 1;
                std::thread::sleep(Duration::from_millis(100));
            }
            saves
        })
    };
    load(port, &articles, &root);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    println!("({} saves)", editor.join().unwrap());
    std::fs::write(&file, &original).unwrap();
    drop(server);
}

#[derive(Clone, Copy)]
enum Edit {
    Typo,
    Sentence,
    Title,
    New,
}

impl Edit {
    fn apply(self, text: &str, round: usize) -> String {
        match self {
            // Swap one word for another: the word count and summary stay the same.
            Edit::Typo => {
                let (from, to) = if round.is_multiple_of(2) {
                    ("nhiều", "những")
                } else {
                    ("nhiều", "nhiêu")
                };
                text.replacen(from, to, 1)
            }
            Edit::Sentence => format!("{text}\nCâu thêm số {round}.\n"),
            Edit::Title => text.replacen("title: \"", &format!("title: \"({round}) "), 1),
            Edit::New => text.to_string(),
        }
    }
}

/// Writes a file and returns when the write finished.
fn write_timed(path: &Path, text: &str) -> Instant {
    std::fs::write(path, text).unwrap();
    Instant::now()
}

/// The output key of an article: `section/slug/index.html`.
fn output_key(root: &Path, file: &Path) -> String {
    let rel = file
        .strip_prefix(root.join("content"))
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/");
    format!("{}/index.html", rel.trim_end_matches(".md"))
}

/// Articles, newest first: (file, date line).
fn articles(root: &Path) -> Vec<(PathBuf, String)> {
    let mut list = Vec::new();
    for section in std::fs::read_dir(root.join("content")).unwrap().flatten() {
        if !section.path().is_dir() {
            continue;
        }
        for f in std::fs::read_dir(section.path()).unwrap().flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && name != "_index.md" {
                let text = std::fs::read_to_string(f.path()).unwrap();
                let date = text
                    .lines()
                    .find(|l| l.starts_with("date:"))
                    .unwrap_or("")
                    .to_string();
                list.push((f.path(), date));
            }
        }
    }
    list.sort_by(|a, b| b.1.cmp(&a.1));
    list
}

/// The server's event stream, read as a browser tab would.
struct Events {
    stream: TcpStream,
    buffer: String,
}

impl Events {
    fn connect(port: u16) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "GET /__loa/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        Events {
            stream,
            buffer: String::new(),
        }
    }

    /// Waits for a reload message naming `key` (or all pages); the time since `since`.
    fn wait_reload(&mut self, key: &str, since: Instant) -> Duration {
        let quoted = format!("\"{key}\"");
        let mut chunk = [0u8; 65536];
        loop {
            while let Some(end) = self.buffer.find("\n\n") {
                let event: String = self.buffer.drain(..end + 2).collect();
                // The stream is chunked: chunk sizes sit between events.
                if event.contains("event: reload")
                    && (event.contains(&quoted) || event.contains("\"all\":true"))
                {
                    return since.elapsed();
                }
                if event.contains("event: problem") {
                    panic!("the rebuild failed: {event}");
                }
            }
            let n = self.stream.read(&mut chunk).unwrap();
            assert!(n > 0, "event stream closed");
            self.buffer.push_str(&String::from_utf8_lossy(&chunk[..n]));
        }
    }
}

/// 10,000 requests over 100 kept-alive connections: requests per second, p50, p99.
fn load(port: u16, articles: &[(PathBuf, String)], root: &Path) {
    let paths: Vec<String> = articles
        .iter()
        .step_by(97)
        .map(|(f, _)| format!("/{}", output_key(root, f).trim_end_matches("index.html")))
        .chain([
            "/".to_string(),
            "/tin-hoat-dong/".into(),
            "/chu-de/".into(),
            "/tinh-thanh/ha-noi/".into(),
        ])
        .collect();
    let paths = std::sync::Arc::new(paths);
    let started = Instant::now();
    let workers: Vec<_> = (0..100)
        .map(|w| {
            let paths = std::sync::Arc::clone(&paths);
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut times = Vec::with_capacity(100);
                let mut errors = 0;
                for i in 0..100 {
                    let path = &paths[(w * 7 + i) % paths.len()];
                    let t = Instant::now();
                    write!(stream, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
                    let status = read_response(&mut reader);
                    times.push(t.elapsed());
                    if status != 200 {
                        errors += 1;
                    }
                }
                (times, errors)
            })
        })
        .collect();
    let mut times = Vec::new();
    let mut errors = 0;
    for w in workers {
        let (t, e) = w.join().unwrap();
        times.extend(t);
        errors += e;
    }
    let wall = started.elapsed().as_secs_f64();
    times.sort();
    let ms = |q: f64| times[((times.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
    println!(
        "\nload: {} requests, 100 connections: {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {} errors",
        times.len(),
        times.len() as f64 / wall,
        ms(0.5),
        ms(0.99),
        ms(1.0),
        errors
    );
}

fn read_response(reader: &mut BufReader<TcpStream>) -> u16 {
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
    status
}
