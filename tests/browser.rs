//! Browser checks of the campaign site, in headless Chromium.
//!
//! Builds the repository's own site with the `loa` binary into a temp dir and runs
//! `tests/browser/check.mjs` over it: console errors, failed requests, horizontal
//! scroll at 375 px, `<html lang>`, image alt text and axe-core, at 375 and 1280 px,
//! with screenshots in `target/browser-screenshots/`.
//!
//! `LOA_BROWSER_SITE=DIR` checks an output directory built beforehand instead.
//!
//! Needs Debian's Chromium (`/usr/bin/chromium`, or `LOA_CHROMIUM`), Node.js and
//! `npm ci` in `tests/browser`. Without them the test says it skipped, unless
//! `LOA_REQUIRE_BROWSER=1` (set by `.ci/run` in CI), where it fails.
//!
//! Single pages are found in the output by the marker the theme puts on the
//! page's own `<article>`: `data-kind="article|model|achievement|award"` (listing
//! cards carry no `data-kind`; a file with several is taken for a listing).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const SKIP_MESSAGE: &str = "skipped: browser tests need Chromium and `npm ci` in tests/browser";

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn chromium() -> PathBuf {
    std::env::var_os("LOA_CHROMIUM")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// What is missing for the browser checks to run, if anything.
fn missing_tools() -> Vec<String> {
    let mut missing = Vec::new();
    let chromium = chromium();
    if !chromium.is_file() {
        missing.push(format!("Chromium at {}", chromium.display()));
    }
    let modules = repo_root().join("tests/browser/node_modules");
    for package in ["playwright-core", "axe-core"] {
        if !modules.join(package).join("package.json").is_file() {
            missing.push(format!("{}/{package}", modules.display()));
        }
    }
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("node".to_owned());
    }
    missing
}

/// The URL path of an `index.html` under `out`: `out/a/b/index.html` → `/a/b/`.
fn url_of(out: &Path, file: &Path) -> String {
    let dir = file
        .parent()
        .expect("an index.html has a parent")
        .strip_prefix(out)
        .expect("the file is under the output dir");
    let mut url = String::from("/");
    for part in dir.components() {
        url.push_str(&part.as_os_str().to_string_lossy());
        url.push('/');
    }
    url
}

/// The value of attribute `name` in a start tag's text (`<article class="a" ...`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = tag[from..].find(name) {
        let at = from + at;
        from = at + name.len();
        let before = tag[..at].chars().next_back();
        let rest = &tag[from..];
        if !before.is_some_and(char::is_whitespace) || !rest.starts_with('=') {
            continue;
        }
        let value = &rest[1..];
        return Some(match value.chars().next() {
            Some(quote @ ('"' | '\'')) => value[1..].split(quote).next().unwrap_or(""),
            _ => value.split(char::is_whitespace).next().unwrap_or(""),
        });
    }
    None
}

/// The kind of a single page: the `data-kind` of its one `<article data-kind="...">`.
/// A page with several such articles is a listing of cards, not a single page.
fn page_kind(html: &str) -> Option<&str> {
    let mut kinds = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<article") {
        let tag = &rest[start + "<article".len()..];
        let end = tag.find('>').unwrap_or(tag.len());
        let tag = &tag[..end];
        // `<article` followed by a space, not `<articles`.
        if tag.starts_with(char::is_whitespace)
            && let Some(kind) = attribute(tag, "data-kind")
        {
            kinds.push(kind);
        }
        rest = &rest[start + "<article".len() + end..];
    }
    match kinds.as_slice() {
        [kind] => Some(kind),
        _ => None,
    }
}

/// The first single page (in path order) of `kind` in the build output.
fn find_page(out: &Path, kind: &str) -> String {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() == "index.html")
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.sort();
    for file in &files {
        let html = fs::read_to_string(file).expect("read a built page");
        if page_kind(&html) == Some(kind) {
            return url_of(out, file);
        }
    }
    panic!(
        "no page in the build output has one <article data-kind=\"{kind}\">: the theme's \
         page template must put data-kind=\"{{{{ page.kind }}}}\" on the page's own \
         <article> (and no listing card may carry data-kind), and the site needs a page \
         of kind {kind}"
    );
}

/// Builds the repository's own campaign site into `out`.
fn build_site(root: &Path, out: &Path) -> PathBuf {
    let build = Command::new(env!("CARGO_BIN_EXE_loa"))
        .env("LOA_LANG", "en")
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .arg("--quiet")
        .output()
        .expect("run loa build");
    assert!(
        build.status.success(),
        "loa build failed ({}):\n{}{}",
        build.status,
        String::from_utf8_lossy(&build.stdout),
        String::from_utf8_lossy(&build.stderr)
    );
    out.to_path_buf()
}

#[test]
fn campaign_site_in_chromium() {
    let missing = missing_tools();
    if !missing.is_empty() {
        let message = format!("{SKIP_MESSAGE} (missing: {})", missing.join(", "));
        if std::env::var("LOA_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("{message}");
        }
        println!("{message}");
        return;
    }

    let root = repo_root();
    let tmp = tempfile::tempdir().expect("create a temp dir");
    let out = match std::env::var_os("LOA_BROWSER_SITE").filter(|v| !v.is_empty()) {
        // Check a site built beforehand (quicker while working on the theme).
        Some(dir) => PathBuf::from(dir),
        None => build_site(&root, &tmp.path().join("public")),
    };

    let config = serde_json::json!({
        "widths": [375, 1280],
        "pages": [
            { "name": "home", "url": "/" },
            { "name": "section", "url": "/tin-hoat-dong/" },
            { "name": "article", "url": find_page(&out, "article") },
            { "name": "award", "url": find_page(&out, "award") },
            { "name": "model", "url": find_page(&out, "model") },
            { "name": "search", "url": "/tim-kiem/", "steps": [
                { "type": "search", "input": "#q", "text": "buu dien van hoa xa",
                  "result": ".search-results li", "expect": "Bưu điện - Văn hóa xã" },
            ] },
            { "name": "provinces", "url": "/tinh-thanh/" },
            { "name": "archive", "url": "/luu-tru/" },
        ],
    });
    let config_file = tmp.path().join("browser.json");
    fs::write(&config_file, config.to_string()).expect("write the check config");

    let check = Command::new("node")
        .arg(root.join("tests/browser/check.mjs"))
        .arg(&out)
        .arg(&config_file)
        .current_dir(&root)
        .output()
        .expect("run node tests/browser/check.mjs");
    let report = String::from_utf8_lossy(&check.stdout);
    let log = String::from_utf8_lossy(&check.stderr);
    println!("{log}");
    assert!(
        check.status.success(),
        "browser checks failed ({}):\n{log}\n{report}",
        check.status
    );
}

/// Runs `check.mjs` over `out` with `config`; panics with its report on failure.
fn run_checks(root: &Path, out: &Path, config: &serde_json::Value, tmp: &Path) {
    let config_file = tmp.join("browser.json");
    fs::write(&config_file, config.to_string()).expect("write the check config");
    let check = Command::new("node")
        .arg(root.join("tests/browser/check.mjs"))
        .arg(out)
        .arg(&config_file)
        .current_dir(root)
        .output()
        .expect("run node tests/browser/check.mjs");
    let report = String::from_utf8_lossy(&check.stdout);
    let log = String::from_utf8_lossy(&check.stderr);
    println!("{log}");
    assert!(
        check.status.success(),
        "browser checks failed ({}):\n{log}\n{report}",
        check.status
    );
}

/// The search page of the Vietnamese fixture site (built-in templates): a query
/// typed without marks finds the marked article; a query in the URL runs on load
/// and ranks the exact-marked word first; the archive and provinces pages pass the
/// page checks.
#[test]
fn search_typed_without_marks_in_chromium() {
    let missing = missing_tools();
    if !missing.is_empty() {
        let message = format!("{SKIP_MESSAGE} (missing: {})", missing.join(", "));
        if std::env::var("LOA_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
            panic!("{message}");
        }
        println!("{message}");
        return;
    }
    let root = repo_root();
    let tmp = tempfile::tempdir().expect("create a temp dir");
    let out = build_site(
        &root.join("tests/fixtures/sites/vietnamese"),
        &tmp.path().join("public"),
    );
    let config = serde_json::json!({
        "widths": [375, 1280],
        "screenshots": "target/browser-screenshots/search",
        "pages": [
            { "name": "search", "url": "/tim-kiem/", "steps": [
                { "type": "search", "input": "#q", "text": "dien hinh tien tien",
                  "result": ".search-results li", "expect": "Điển hình tiên tiến ở Thái Bình" },
                { "type": "wait", "selector": ".search-results li mark", "expect": "Điển" },
                { "type": "search", "input": "#q", "text": "nong thon moi",
                  "result": ".search-results li:first-child", "expect": "Thái Bình" },
            ] },
            { "name": "search-url", "url": "/tim-kiem/?q=%C4%91%C6%B0%E1%BB%9Dng", "widths": [375], "steps": [
                { "type": "wait", "selector": ".search-results li:first-child",
                  "expect": "Con đường bê tông về xã vùng cao" },
                { "type": "wait", "selector": ".search-status", "expect": "3 kết quả" },
            ] },
            { "name": "provinces", "url": "/tinh-thanh/" },
            { "name": "archive", "url": "/luu-tru/" },
            { "name": "archive-month", "url": "/luu-tru/2016/06/" },
        ],
    });
    run_checks(&root, &out, &config, tmp.path());
}

#[test]
fn page_kind_reads_the_marker() {
    let page = r#"<main><article class="page" data-kind="award" id="a"><p></p></article>
        <aside><article class="card"></article></aside>"#;
    assert_eq!(page_kind(page), Some("award"));
    assert_eq!(page_kind("<article data-kind='model'>"), Some("model"));
    assert_eq!(page_kind("<article data-kind=model>"), Some("model"));
    let listing = r#"<article data-kind="article"></article><article data-kind="award">"#;
    assert_eq!(page_kind(listing), None);
    assert_eq!(
        page_kind(r#"<article data-kinds="x" data-page-kind="y">"#),
        None
    );
    assert_eq!(page_kind(r#"<articles data-kind="x">"#), None);
    assert_eq!(page_kind("<p>no article</p>"), None);
}

#[test]
fn url_of_maps_index_files_to_pretty_urls() {
    let out = Path::new("/tmp/out");
    assert_eq!(url_of(out, Path::new("/tmp/out/index.html")), "/");
    assert_eq!(
        url_of(out, Path::new("/tmp/out/khen-thuong/bang-khen/index.html")),
        "/khen-thuong/bang-khen/"
    );
}
