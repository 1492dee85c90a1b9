//! Hostile input: every file an editor can write ends in exit 0, or in exit 1 with a
//! message naming the file (and its line when there is one), within a time and memory
//! bound, never a panic (exit 101), a signal or a hang. Big inputs are generated here,
//! in the test's temporary folder.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{NOW, SITE_YAML, SiteTest};

/// Wall time a single hostile build may take (debug binary, shared machine).
const TIME_LIMIT: Duration = Duration::from_secs(20);
/// Resident memory a single hostile build may use.
const MEMORY_LIMIT_KB: u64 = 1024 * 1024;

/// How a bounded run ended.
#[derive(Debug)]
pub(crate) struct Bounded {
    /// Exit code; `None` when killed by a signal.
    pub code: Option<i32>,
    /// Standard error.
    pub stderr: String,
    /// Wall time.
    pub elapsed: Duration,
    /// Highest resident set seen, in KiB (0 where /proc is not available).
    pub peak_rss_kb: u64,
    /// Why the watchdog stopped it, if it did.
    pub killed_for: Option<String>,
}

impl Bounded {
    /// Panics unless the run ended by itself with exit 0 or 1.
    pub(crate) fn clean(&self) -> &Self {
        assert!(
            self.killed_for.is_none(),
            "build stopped: {}\nstderr:\n{}",
            self.killed_for.as_deref().unwrap_or_default(),
            tail(&self.stderr)
        );
        assert!(
            matches!(self.code, Some(0 | 1)),
            "expected exit 0 or 1, got {:?}\nstderr:\n{}",
            self.code,
            tail(&self.stderr)
        );
        assert!(!self.stderr.contains("panicked"), "{}", tail(&self.stderr));
        self
    }

    /// Panics unless the run failed cleanly (exit 1) with every `needle` in its message.
    pub(crate) fn fails_with(&self, needles: &[&str]) -> &Self {
        self.clean();
        assert_eq!(
            self.code,
            Some(1),
            "expected exit 1\nstderr:\n{}",
            tail(&self.stderr)
        );
        for needle in needles {
            assert!(
                self.stderr.contains(needle),
                "missing {needle:?} in:\n{}",
                tail(&self.stderr)
            );
        }
        self
    }

    /// Panics unless the run succeeded.
    pub(crate) fn succeeds(&self) -> &Self {
        self.clean();
        assert_eq!(
            self.code,
            Some(0),
            "expected exit 0\nstderr:\n{}",
            tail(&self.stderr)
        );
        self
    }
}

fn tail(text: &str) -> &str {
    let start = text.len().saturating_sub(4000);
    let start = (start..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    &text[start..]
}

/// Runs `loa build` on `root` under a watchdog: killed past [`TIME_LIMIT`] or past
/// [`MEMORY_LIMIT_KB`] of resident memory (read from /proc on Linux).
pub(crate) fn build_bounded(root: &Path) -> Bounded {
    run_bounded(
        root,
        &["build", "--root", &root.to_string_lossy()],
        TIME_LIMIT,
    )
}

/// Runs `loa <args>` in `root` under the watchdog.
pub(crate) fn run_bounded(root: &Path, args: &[&str], limit: Duration) -> Bounded {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_loa"))
        .env("LOA_LANG", "en")
        .args(args)
        .current_dir(root)
        .env("LOA_NOW", NOW)
        .env("CI", "true")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn loa");
    let mut stderr_pipe = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buf);
        buf
    });
    let mut peak = 0;
    let mut killed_for = None;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        peak = peak.max(rss_kb(child.id()));
        if started.elapsed() > limit {
            killed_for = Some(format!("still running after {limit:?}"));
        } else if peak > MEMORY_LIMIT_KB {
            killed_for = Some(format!("resident memory above {MEMORY_LIMIT_KB} KiB"));
        }
        if killed_for.is_some() {
            let _ = child.kill();
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    Bounded {
        code: status.code(),
        stderr,
        elapsed: started.elapsed(),
        peak_rss_kb: peak,
        killed_for,
    }
}

/// The resident set of a running process in KiB (0 when unknown).
pub(crate) fn rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn page(front_matter: &str, body: &str) -> String {
    format!("---\ntitle: Bài\ndate: 2020-01-01\n{front_matter}---\n{body}")
}

/// A site whose only article is `content/a.md` with these bytes.
fn site_with_article(bytes: impl AsRef<[u8]>) -> SiteTest {
    SiteTest::new().file("content/a.md", bytes)
}

#[test]
fn bad_utf8_is_located() {
    let mut bytes = page("", "Dòng một.\n\nDòng hai ").into_bytes();
    bytes.extend_from_slice(b"\xff\xfe h\xe1\n");
    let site = site_with_article(bytes);
    build_bounded(site.root()).fails_with(&["content/a.md:7:10: file is not valid UTF-8"]);
}

#[test]
fn png_renamed_md_is_not_utf8() {
    let png: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let site = site_with_article(png);
    build_bounded(site.root()).fails_with(&["content/a.md:1:1: file is not valid UTF-8"]);
}

#[test]
fn nul_bytes_in_the_body_build_and_in_front_matter_are_located() {
    let site = site_with_article(page("", "ab\0cd\0\0\n"));
    build_bounded(site.root()).succeeds();
    // CommonMark replaces NUL with U+FFFD.
    assert!(site.read("a/index.html").contains("ab\u{fffd}cd"));

    let site = site_with_article("---\ntitle: A\0B\ndate: 2020-01-01\n---\nx\n");
    build_bounded(site.root()).fails_with(&["content/a.md:2:", "invalid front matter"]);

    // All NUL: valid UTF-8, but not a page.
    let site = site_with_article(vec![0u8; 64 * 1024]);
    build_bounded(site.root())
        .fails_with(&["content/a.md:1:1: the file does not start with front matter"]);
}

#[test]
fn empty_and_unclosed_files() {
    let site = site_with_article("");
    build_bounded(site.root())
        .fails_with(&["content/a.md:1:1: the file does not start with front matter"]);
    let site = site_with_article("---\ntitle: A\ndate: 2020-01-01\n\nNội dung.\n");
    build_bounded(site.root()).fails_with(&["content/a.md:1:1: front matter is never closed"]);
    let site = SiteTest::new().file("content/tin/_index.md", "---\ntitle: Tin\n");
    build_bounded(site.root())
        .fails_with(&["content/tin/_index.md:1:1: front matter is never closed"]);
}

/// Nine levels of nine aliases each: 9^9 strings if expanded.
fn billion_laughs(indent: &str) -> String {
    let mut yaml = format!("{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        yaml.push_str(&format!("{indent}a{i}: &a{i} [{refs}]\n"));
    }
    yaml
}

#[test]
fn exponential_yaml_aliases_are_refused() {
    let site = site_with_article(page(&format!("extra:\n{}", billion_laughs("  ")), "x\n"));
    build_bounded(site.root()).fails_with(&[
        "content/a.md:",
        "invalid front matter: anchors expand to too much data",
    ]);

    let site = SiteTest::new().file(
        "site.yaml",
        format!("{SITE_YAML}extra:\n{}", billion_laughs("  ")),
    );
    build_bounded(site.root()).fails_with(&[
        "site.yaml:",
        "invalid site.yaml: anchors expand to too much data",
    ]);

    let site = SiteTest::new().file("data/lol.yaml", billion_laughs(""));
    build_bounded(site.root()).fails_with(&[
        "data/lol.yaml:",
        "invalid data file: anchors expand to too much data",
    ]);
}

#[test]
fn twenty_thousand_levels_of_yaml() {
    let deep = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    let site = site_with_article(page(&format!("extra:\n  x: {deep}\n"), "x\n"));
    build_bounded(site.root())
        .fails_with(&["content/a.md:5:", "invalid front matter: nested too deeply"]);

    let site = SiteTest::new().file("site.yaml", format!("{SITE_YAML}campaign: {deep}\n"));
    build_bounded(site.root())
        .fails_with(&["site.yaml:3:", "invalid site.yaml: nested too deeply"]);

    let deep_maps = format!("{}{}", "{a: ".repeat(20_000), "}".repeat(20_000));
    let site = SiteTest::new().file("data/sau.yaml", format!("x: {deep_maps}\n"));
    build_bounded(site.root())
        .fails_with(&["data/sau.yaml:1:", "invalid data file: nested too deeply"]);
}

#[test]
fn twenty_thousand_levels_of_markdown_lists_and_five_thousand_blockquotes() {
    let lists = format!("{}sâu\n", "- ".repeat(20_000));
    let ordered = format!("{}sâu\n", "1. ".repeat(20_000));
    let quotes = format!("{} trích\n", ">".repeat(5_000));
    let site = SiteTest::new()
        .file("content/lists.md", page("", &lists))
        .file("content/ordered.md", page("", &ordered))
        .file("content/quotes.md", page("", &quotes));
    build_bounded(site.root()).succeeds();
    let html = site.read("lists/index.html");
    assert_eq!(html.matches("<ul>").count(), 20_000);
    let html = site.read("quotes/index.html");
    assert_eq!(html.matches("<blockquote>").count(), 5_000);
}

/// About `bytes` of Vietnamese Markdown: headings, paragraphs, emphasis and links.
fn big_markdown(bytes: usize) -> String {
    let words = [
        "Đẩy", "mạnh", "tuyên", "truyền", "phong", "trào", "thi", "đua", "nông", "thôn", "mới",
        "ứng", "dụng", "CNTT",
    ];
    let mut out = String::with_capacity(bytes + 1024);
    let mut i = 0usize;
    while out.len() < bytes {
        if i.is_multiple_of(50) {
            out.push_str(&format!("## Mục {i} {}\n\n", words[i % words.len()]));
        }
        for w in 0..80 {
            out.push_str(words[(i * 7 + w * 3) % words.len()]);
            out.push(' ');
        }
        out.push_str(&format!(
            "*nhấn* **đậm** [liên kết](https://example.org/{i})\n\n"
        ));
        i += 1;
    }
    out
}

#[test]
fn ten_megabyte_article_builds() {
    let site = site_with_article(page("", &big_markdown(10 * 1024 * 1024)));
    let run = build_bounded(site.root());
    run.succeeds();
    eprintln!(
        "10 MB article: {:?}, peak resident {} KiB",
        run.elapsed, run.peak_rss_kb
    );
    let html = site.read("a/index.html");
    assert!(html.len() > 10 * 1024 * 1024, "{}", html.len());
    assert!(html.contains("id=\"muc-0-day\""));
}

#[test]
fn many_errors_in_a_big_file_stay_linear() {
    // 20,000 broken links spread over a 5 MB article: each is reported, quickly.
    let mut body = String::new();
    for i in 0..20_000 {
        body.push_str(&format!("Đoạn {i}: [xem](@/khong-co-{i}.md) "));
        body.push_str(&"chữ ".repeat(50));
        body.push_str("\n\n");
    }
    let site = site_with_article(page("", &body));
    let run = build_bounded(site.root());
    eprintln!("20,000 broken links: {:?}", run.elapsed);
    run.fails_with(&[
        "content/a.md:5:9: link to a page that does not exist: `@/khong-co-0.md`",
        "content/a.md:40003:",
        "20,000 errors found",
    ]);
}

#[test]
fn an_error_on_a_very_long_line_is_quoted_in_part() {
    // One 2 MB line with a bad key at its end: the message quotes a window of it.
    let long = "x".repeat(2 * 1024 * 1024);
    let site = site_with_article(format!(
        "---\ntitle: A\ndate: 2020-01-01\nextra: {{a: {long}, b: [}}\n---\n"
    ));
    let run = build_bounded(site.root());
    run.fails_with(&["content/a.md:4:"]);
    assert!(
        run.stderr.len() < 10_000,
        "{} bytes of message",
        run.stderr.len()
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_not_followed() {
    use std::os::unix::fs::symlink;
    let site = SiteTest::new().file("content/a/b.md", page("", "x\n"));
    symlink("..", site.root().join("content/a/len")).expect("symlink");
    symlink(
        site.root().join("content"),
        site.root().join("content/a/goc"),
    )
    .expect("symlink");
    symlink("vong2", site.root().join("content/vong1")).expect("symlink");
    symlink("vong1", site.root().join("content/vong2")).expect("symlink");
    build_bounded(site.root()).fails_with(&[
        "content/a/len: symbolic link loop",
        "content/a/goc: symbolic link loop",
        "content/vong1: symbolic link loop",
        "content/vong2: symbolic link loop",
    ]);
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_static_data_templates_and_content_itself() {
    use std::os::unix::fs::symlink;
    for (folder, shown) in [
        ("static", "static"),
        ("data", "data/a/len"),
        ("templates", "templates/a/len"),
    ] {
        let site = SiteTest::new();
        std::fs::create_dir_all(site.root().join(folder).join("a")).expect("mkdir");
        symlink("..", site.root().join(folder).join("a/len")).expect("symlink");
        build_bounded(site.root()).fails_with(&[shown, "loop"]);
    }
    let site = SiteTest::new();
    std::fs::remove_dir_all(site.root().join("content")).expect("rm");
    symlink("content", site.root().join("content")).expect("symlink");
    build_bounded(site.root()).fails_with(&["content: symbolic link loop"]);
}

#[test]
fn missing_or_malformed_site_yaml() {
    let site = SiteTest::empty().file("content/_index.md", "---\ntitle: T\n---\n");
    build_bounded(site.root()).fails_with(&["site.yaml: no site.yaml in the site root"]);

    let site = SiteTest::new().file("site.yaml", "title: \"T\nbase_url: x\n");
    build_bounded(site.root()).fails_with(&["site.yaml:3:1: invalid site.yaml"]);

    let site = SiteTest::new().file("site.yaml", "- a\n- b\n");
    build_bounded(site.root()).fails_with(&[
        "site.yaml:1:1: wrong type of value in site.yaml",
        "key: value",
    ]);

    let site = SiteTest::new().file("site.yaml", "");
    build_bounded(site.root()).fails_with(&["site.yaml:1:1: missing `title` in site.yaml"]);

    let site = SiteTest::new().file("site.yaml", b"title: \xd0\xff\n".as_slice());
    build_bounded(site.root()).fails_with(&["site.yaml:1:8: file is not valid UTF-8"]);

    let site = SiteTest::new();
    std::fs::remove_file(site.root().join("site.yaml")).expect("rm");
    std::fs::create_dir(site.root().join("site.yaml")).expect("mkdir");
    let run = build_bounded(site.root());
    run.fails_with(&["site.yaml"]);
    assert_eq!(
        run.stderr.matches("Is a directory").count(),
        1,
        "{}",
        run.stderr
    );
}

#[test]
fn undefined_variable_in_a_template_is_located() {
    let site = SiteTest::new()
        .file("content/a.md", page("", "x\n"))
        .file(
            "templates/page.html",
            "<html>\n<p>{{ page.khong_co }}</p>\n</html>\n",
        )
        .file("templates/index.html", "<html>\n\n<p>{{ khong_co }}</p>\n");
    build_bounded(site.root()).fails_with(&[
        "templates/page.html:2:",
        "`khong_co` is not defined",
        "while rendering content/a.md",
        "templates/index.html:3:",
    ]);
}

#[test]
fn aliases_that_leave_the_site_are_located_errors() {
    for alias in [
        "../../ngoai",
        "/%2e%2e/ngoai",
        "C:\\\\ngoai",
        "/a\\\\..\\\\ngoai",
        "/a/%00/b",
        "https://x.org/",
    ] {
        let site = SiteTest::new().file(
            "content/a.md",
            page(&format!("aliases: [\"{alias}\"]\n"), "x\n"),
        );
        build_bounded(site.root())
            .fails_with(&["content/a.md:4:1: the alias", "is not a path of this site"]);
        assert!(!site.root().join("ngoai").exists());
    }
}

#[test]
fn an_alias_with_a_space_is_one_redirect_rule() {
    let site = SiteTest::new().file("content/a.md", page("aliases: [\"/tin cũ/\"]\n", "x\n"));
    build_bounded(site.root()).succeeds();
    assert!(
        site.read("_redirects").contains("/tin%20cũ/ /a/ 301\n"),
        "{}",
        site.read("_redirects")
    );
    assert!(site.exists("tin cũ/index.html"));
}

#[test]
fn an_alias_onto_a_page_file_is_a_collision() {
    let site = SiteTest::new().file("content/a.md", page("", "x\n")).file(
        "content/b.md",
        page("aliases: [\"/a/index.html\"]\n", "x\n"),
    );
    build_bounded(site.root()).fails_with(&["same URL", "content/a.md", "content/b.md (alias)"]);
}

#[test]
fn slugs_terms_and_aliases_too_long_for_a_file_name_are_located() {
    let long = "a".repeat(300);
    let site = site_with_article(page(
        &format!("slug: {long}\ntags: [\"{long}\"]\naliases: [\"/{long}/\"]\n"),
        "x\n",
    ));
    build_bounded(site.root()).fails_with(&[
        "content/a.md:4:1: the page's slug is 300 bytes long",
        "content/a.md:5:1: the term",
        "content/a.md:6:1: a part of the alias",
        "3 errors found",
    ]);
    // A file name of 84 Chinese characters (255 bytes with `.md`) transliterates to a longer slug.
    let name = format!("content/{}.md", "北".repeat(84));
    let site = SiteTest::new().file(&name, page("", "x\n"));
    build_bounded(site.root()).fails_with(&[&format!("{name}: the page's slug is")]);
}

/// A PNG header claiming `width` × `height` pixels, with no pixel data.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&u32::try_from(data.len()).unwrap_or(0).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &[]);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn an_image_claiming_a_billion_pixels_is_refused() {
    let site = SiteTest::new()
        .file(
            "content/bai/index.md",
            page("image: anh.png\n", "![Ảnh](anh.png)\n"),
        )
        .file("content/bai/anh.png", png_header(40_000, 40_000));
    build_bounded(site.root()).fails_with(&["content/bai/index.md:", "anh.png"]);
}
