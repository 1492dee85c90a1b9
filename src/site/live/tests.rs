//! After every edit, the live output must equal a fresh build of the files on disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use super::*;
use crate::content::PublishOptions;

struct Fixture {
    dir: tempfile::TempDir,
    live: LiveSite,
    out: Output,
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn article(title: &str, day: u32, tags: &[&str], body: &str) -> String {
    format!(
        "---\ntitle: \"{title}\"\ndate: 2020-03-{day:02}T09:00:00+07:00\ntags: [{}]\n---\n{body}\n",
        tags.iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn options(root: &Path) -> LoadOptions {
    LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        publish: PublishOptions {
            drafts: false,
            future: false,
            now: chrono::DateTime::parse_from_rfc3339("2026-11-26T12:00:00+07:00")
                .unwrap()
                .to_utc(),
        },
    }
}

fn resolve(files: impl IntoIterator<Item = (String, Body)>) -> BTreeMap<String, Vec<u8>> {
    files
        .into_iter()
        .map(|(k, b)| {
            let bytes = match b {
                Body::Bytes(b) => b.to_vec(),
                Body::File(p) => std::fs::read(p).unwrap(),
            };
            (k, bytes)
        })
        .collect()
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let r = dir.path();
        write(
            r,
            "site.yaml",
            "title: \"Thử\"\nbase_url: \"https://example.org\"\npaginate_by: 3\ntaxonomies:\n  - { name: tags, path: chu-de }\n",
        );
        write(r, "content/_index.md", "---\ntitle: \"Trang chủ\"\n---\n");
        write(
            r,
            "content/tin/_index.md",
            "---\ntitle: \"Tin\"\n---\nTin tức.\n",
        );
        write(
            r,
            "content/dien-hinh/_index.md",
            "---\ntitle: \"Điển hình\"\n---\n",
        );
        for day in 1..=10 {
            let tags: &[&str] = if day % 2 == 0 {
                &["Nông thôn mới", "Bưu điện"]
            } else {
                &["Bưu điện"]
            };
            write(
                r,
                &format!("content/tin/bai-{day}.md"),
                &article(&format!("Bài {day}"), day, tags, "Nội dung."),
            );
        }
        write(
            r,
            "content/dien-hinh/nguoi-dua-thu/index.md",
            &article(
                "Người đưa thư",
                12,
                &["Bưu điện"],
                "Xem [bài 1](@/tin/bai-1.md).",
            ),
        );
        write(r, "content/dien-hinh/nguoi-dua-thu/anh.png", "png");
        write(r, "static/site.css", "body{}");
        let (live, update) = LiveSite::open(options(r)).unwrap();
        assert!(update.problems.is_empty(), "{:?}", update.problems);
        let mut out = Output::default();
        out.apply(&update);
        let mut f = Fixture { dir, live, out };
        f.check();
        f
    }

    fn root(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// Applies changes, renders what was deferred, and returns the first update.
    fn apply(&mut self, changes: Changes) -> Result<(usize, usize)> {
        let update = self.live.apply(&changes)?;
        assert!(update.problems.is_empty(), "{:?}", update.problems);
        self.out.apply(&update);
        let later = self.live.finish(&AtomicBool::new(false));
        self.out.apply(&later);
        Ok((update.rendered, later.rendered))
    }

    fn content(&mut self, paths: &[&str]) -> Result<(usize, usize)> {
        let content = paths.iter().map(|p| self.root().join(p)).collect();
        self.apply(Changes {
            content,
            ..Changes::default()
        })
    }

    fn check(&mut self) {
        let site = Site::load(&options(self.dir.path())).unwrap();
        let out = tempfile::tempdir().unwrap();
        site.write_all(out.path(), None, crate::error::Diagnostics::new())
            .unwrap();
        let built: BTreeMap<String, Vec<u8>> = walkdir::WalkDir::new(out.path())
            .into_iter()
            .filter_map(std::result::Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(out.path())
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect();
        let live = resolve(
            self.out
                .paths()
                .map(|p| (p.to_string(), self.out.get(p).unwrap().clone())),
        );
        let built_keys: Vec<&String> = built.keys().collect();
        let live_keys: Vec<&String> = live.keys().collect();
        assert_eq!(live_keys, built_keys);
        for (k, v) in &built {
            assert!(
                live[k] == *v,
                "{k} differs:\n--- live\n{}\n--- build\n{}",
                String::from_utf8_lossy(&live[k]),
                String::from_utf8_lossy(v)
            );
        }
    }

    fn html(&self, path: &str) -> String {
        match self.out.get(path).unwrap() {
            Body::Bytes(b) => String::from_utf8(b.to_vec()).unwrap(),
            Body::File(p) => std::fs::read_to_string(p).unwrap(),
        }
    }
}

#[test]
fn editing_a_body_renders_few_files() {
    let mut f = Fixture::new();
    let total = f.live.pass.jobs.len();
    write(
        &f.root(),
        "content/tin/bai-3.md",
        &article("Bài 3", 3, &["Bưu điện"], "Nội dung mới hẳn."),
    );
    let (now, _) = f.content(&["content/tin/bai-3.md"]).unwrap();
    assert!(now < total / 2, "{now} of {total}");
    assert!(f.html("tin/bai-3/index.html").contains("Nội dung mới hẳn."));
    f.check();
}

#[test]
fn titles_dates_and_tags_move_pages_in_lists() {
    let mut f = Fixture::new();
    write(
        &f.root(),
        "content/tin/bai-2.md",
        &article("Bài hai đổi tên", 28, &["Khen thưởng"], "x"),
    );
    f.content(&["content/tin/bai-2.md"]).unwrap();
    assert!(f.html("index.html").contains("Bài hai đổi tên"));
    assert!(f.out.get("chu-de/khen-thuong/index.html").is_some());
    f.check();
}

#[test]
fn additions_deletions_and_renames() {
    let mut f = Fixture::new();
    let r = f.root();
    write(
        &r,
        "content/tin/bai-moi.md",
        &article("Bài mới", 20, &["Mới"], "x"),
    );
    f.content(&["content/tin/bai-moi.md"]).unwrap();
    f.check();
    std::fs::remove_file(r.join("content/tin/bai-5.md")).unwrap();
    f.content(&["content/tin/bai-5.md"]).unwrap();
    assert!(f.out.get("tin/bai-5/index.html").is_none());
    f.check();
    std::fs::rename(
        r.join("content/tin/bai-6.md"),
        r.join("content/tin/bai-sau.md"),
    )
    .unwrap();
    f.content(&["content/tin/bai-6.md", "content/tin/bai-sau.md"])
        .unwrap();
    assert!(f.out.get("tin/bai-6/index.html").is_none());
    assert!(f.out.get("tin/bai-sau/index.html").is_some());
    f.check();
}

#[test]
fn moving_a_section_and_editing_it() {
    let mut f = Fixture::new();
    let r = f.root();
    std::fs::rename(r.join("content/tin"), r.join("content/tin-tuc")).unwrap();
    // The link to a moved page breaks: an error until it is fixed.
    assert!(f.content(&["content/tin", "content/tin-tuc"]).is_err());
    let bundle = "content/dien-hinh/nguoi-dua-thu/index.md";
    write(
        &r,
        bundle,
        &article(
            "Người đưa thư",
            12,
            &["Bưu điện"],
            "Xem [bài 1](@/tin-tuc/bai-1.md).",
        ),
    );
    f.content(&["content/tin", "content/tin-tuc", bundle])
        .unwrap();
    assert!(f.out.get("tin/index.html").is_none());
    assert!(f.out.get("tin-tuc/bai-1/index.html").is_some());
    f.check();
    write(
        &r,
        "content/tin-tuc/_index.md",
        "---\ntitle: \"Tin tức mới\"\n---\n",
    );
    f.content(&["content/tin-tuc/_index.md"]).unwrap();
    assert!(f.html("tin-tuc/bai-1/index.html").contains("Tin tức mới"));
    f.check();
}

#[test]
fn errors_leave_the_last_good_site() {
    let mut f = Fixture::new();
    let r = f.root();
    write(&r, "content/tin/bai-4.md", "---\ntitle: [oops\n---\n");
    let err = f.content(&["content/tin/bai-4.md"]).unwrap_err();
    assert!(err.to_string().contains("content/tin/bai-4.md:2"), "{err}");
    f.check_unchanged_page("tin/bai-4/index.html");
    // A link to a page that no longer exists is an error too, and the page stays.
    std::fs::remove_file(r.join("content/tin/bai-1.md")).unwrap();
    assert!(
        f.content(&["content/tin/bai-1.md", "content/tin/bai-4.md"])
            .is_err()
    );
    assert!(f.out.get("tin/bai-1/index.html").is_some());
    write(
        &r,
        "content/tin/bai-1.md",
        &article("Bài 1", 1, &[], "Trở lại."),
    );
    write(
        &r,
        "content/tin/bai-4.md",
        &article("Bài 4", 4, &[], "Sửa xong."),
    );
    f.content(&["content/tin/bai-1.md", "content/tin/bai-4.md"])
        .unwrap();
    f.check();
}

#[test]
fn templates_data_and_static_files() {
    let mut f = Fixture::new();
    let r = f.root();
    write(
        &r,
        "templates/page.html",
        "<h1>{{ page.title }}</h1>{{ data.so_lieu.xa }}",
    );
    write(&r, "data/so_lieu.yaml", "xa: 8000\n");
    write(&r, "static/logo.svg", "<svg/>");
    f.apply(Changes {
        templates: true,
        data: true,
        statics: true,
        ..Changes::default()
    })
    .unwrap();
    assert_eq!(f.html("tin/bai-1/index.html"), "<h1>Bài 1</h1>8000");
    assert!(f.out.get("logo.svg").is_some());
    f.check();
}

impl Fixture {
    fn check_unchanged_page(&self, path: &str) {
        assert!(self.html(path).contains("Nội dung."));
    }
}

#[test]
fn a_save_by_rename_reads_only_the_article() {
    let mut f = Fixture::new();
    let r = f.root();
    // As sed -i or a "safe write" editor saves: a temporary copy renamed over it.
    let temp = r.join("content/tin/sedX1b2c3");
    std::fs::write(
        &temp,
        article("Bài 4", 4, &["Bưu điện"], "Đã sửa lỗi chính tả."),
    )
    .unwrap();
    std::fs::rename(&temp, r.join("content/tin/bai-4.md")).unwrap();
    let touched = [temp.clone(), r.join("content/tin/bai-4.md")];
    let scan = f
        .live
        .files
        .scan(&r, &f.live.site.model.config, &touched, &HashSet::new())
        .map_err(|_| "scan failed")
        .unwrap();
    assert!(scan.assets.is_none(), "walked content/ for a save");
    assert_eq!(scan.parsed.len(), 1);
    f.content(&["content/tin/sedX1b2c3", "content/tin/bai-4.md"])
        .unwrap();
    assert!(
        f.html("tin/bai-4/index.html")
            .contains("Đã sửa lỗi chính tả.")
    );
    f.check();
    // A folder moved away is not a temporary file: its pages go.
    std::fs::rename(r.join("content/dien-hinh"), r.join("dien-hinh-cu")).unwrap();
    f.content(&["content/dien-hinh"]).unwrap();
    assert!(f.out.get("dien-hinh/nguoi-dua-thu/index.html").is_none());
    f.check();
}

#[test]
fn home_follows_the_news_it_lists_when_a_page_is_newer() {
    // A page that is not news, newer than every article: home lists the three
    // newest news, so a title change in the third must show there.
    let mut f = Fixture::new();
    let r = f.root();
    write(
        &r,
        "content/gioi-thieu.md",
        "---\ntitle: \"Giới thiệu\"\ndate: 2020-03-30T09:00:00+07:00\nkind: page\n---\nVề chuyên trang.\n",
    );
    f.content(&["content/gioi-thieu.md"]).unwrap();
    f.check();
    write(
        &r,
        "content/tin/bai-9.md",
        &article("Bài chín đổi tên", 9, &["Bưu điện"], "Nội dung."),
    );
    f.content(&["content/tin/bai-9.md"]).unwrap();
    assert!(f.html("index.html").contains("Bài chín đổi tên"));
    f.check();
}
