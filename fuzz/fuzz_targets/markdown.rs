//! Markdown rendering with shortcodes (the built-in set: figures, charts, award
//! tables, maps, video), plain and with a page's rich scope: any text renders or gives
//! located diagnostics, never a panic.

#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use libfuzzer_sys::fuzz_target;
use loa::{Config, ImageStore, MarkdownSource, PageRef, PageScope, Shortcodes, Theme, render_markdown};

struct Site {
    _dir: tempfile::TempDir,
    bundle: PathBuf,
    shortcodes: Shortcodes,
}

/// A site with one bundle page and the campaign's kinds of data files.
static SITE: LazyLock<Site> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let bundle = dir.path().join("content/tin/bai");
    std::fs::create_dir_all(&bundle).expect("mkdir");
    std::fs::write(
        bundle.join("ve.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
    )
    .expect("svg");
    let config = Config::parse("title: T\nbase_url: https://example.org\n", Path::new("site.yaml"))
        .expect("config");
    let data = serde_json::json!({
        "tien_do": {
            "title": "Tiến độ",
            "series": [{"key": "pct", "label": "Tỷ lệ", "unit": "%", "target": 50}],
            "years": [{"year": 2016, "pct": 23.5}, {"year": 2020, "pct": 54}]
        },
        "khen": {"recipients": [{"name": "Phạm Thị Hạnh", "province": "Thái Bình", "form": "Bằng khen"}]}
    });
    let images = Arc::new(ImageStore::new(dir.path(), Arc::new(loa::SiteFiles::static_only(dir.path()))));
    let shortcodes =
        Shortcodes::new(dir.path(), &config, &Theme::default(), Arc::new(data), images).expect("built-in shortcodes");
    Site {
        _dir: dir,
        bundle,
        shortcodes,
    }
});

fuzz_target!(|markdown: &str| {
    let site = &*SITE;
    let file_text = format!("---\ntitle: Bài\ndate: 2020-01-01\n---\n{markdown}");
    let links: HashMap<String, String> =
        [("tin/khac.md".to_string(), "/tin/khac/".to_string())].into();
    let scope = PageScope {
        shortcodes: &site.shortcodes,
        page: loa::Obj::new().set("title", "Bài").done(),
        page_ref: PageRef {
            url: "/tin/bai/",
            bundle_dir: Some(&site.bundle),
        },
        award: None,
        id_prefix: "bai".into(),
    };
    for rich in [None, Some(&scope)] {
        let source = MarkdownSource {
            file: Path::new("content/tin/bai/index.md"),
            file_text: &file_text,
            first_line: 5,
            links: &links,
            unpublished: &HashMap::new(),
            rich,
        };
        match render_markdown(markdown, &source) {
            Ok(r) => assert!(r.word_count == 0 || r.reading_time >= 1),
            Err(problems) => {
                for d in problems {
                    let line = d.at.line.expect("a line");
                    assert!(line >= 5 && line <= 4 + markdown.lines().count().max(1) + 1, "{d}");
                    let _ = d.to_string();
                }
            }
        }
    }
});
