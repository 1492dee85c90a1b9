//! Search: the index files a build writes, and `search.js` run in Node over them —
//! folding like Rust's `fold`, exact marks first, phrases first, title over body,
//! highlighted snippets. Node is needed for the latter; without it those tests say
//! they skipped, unless `LOA_REQUIRE_BROWSER=1` (CI), where they fail.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::common::SiteTest;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// Every key of every shard, with its entry.
fn keys(site: &SiteTest) -> serde_json::Map<String, Value> {
    let manifest = json(&site.read("search/index.json"));
    let shards = manifest["shards"].as_array().expect("shards").len();
    let mut all = serde_json::Map::new();
    for n in 0..shards {
        if let Value::Object(map) = json(&site.read(&format!("search/i/{n}.json"))) {
            all.extend(map);
        }
    }
    all
}

#[test]
fn the_index_has_folded_keys_exact_forms_and_result_documents() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let manifest = json(&site.read("search/index.json"));
    assert_eq!(manifest["version"], 1);
    assert_eq!(manifest["documents"], 5);
    let keys = keys(&site);
    assert!(
        keys.keys()
            .all(|k| !k.contains('đ') && k == &k.to_lowercase()),
        "{keys:?}"
    );
    // "duong": one key for "đường" and "dương", exact forms kept for ranking.
    let duong = keys["duong"].as_array().expect("entry");
    let forms: Vec<&str> = duong[2..].iter().filter_map(Value::as_str).collect();
    assert!(
        forms.contains(&"đường") && forms.contains(&"dương"),
        "{duong:?}"
    );
    assert!(keys.contains_key("dien") && keys.contains_key("hinh"));
    // Newest first: document 0 is the newest article.
    assert_eq!(manifest["docs_per_file"], 2);
    let doc = &json(&site.read("search/d/0.json"))[0];
    assert_eq!(doc["t"], "Đêm giao thừa ở bưu cục huyện");
    assert_eq!(doc["u"], "/tin-tuc/giao-thua/");
    assert_eq!(doc["s"], "Tin tức");
    assert_eq!(doc["d"], "31/12/2019");
    assert_eq!(doc["i"], "2019-12-31T23:30:00+00:00");
    assert!(doc["x"].as_str().unwrap_or("").starts_with("Những bưu tá"));
    assert!(site.read("search.js").contains("function fold"));
    let page = site.read("tim-kiem/index.html");
    assert!(
        page.contains(r#"<form class="search-form""#) && page.contains(r#"data-index="/search/""#)
    );
    assert!(
        page.contains(r#"<script src="/search.js" defer></script>"#),
        "{page}"
    );
}

#[test]
fn drafts_are_not_indexed() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: Công khai\ndate: 2020-01-01",
            "Chữ thường.",
        )
        .page(
            "content/b.md",
            "title: Nháp\ndate: 2020-01-02\ndraft: true",
            "Từ khóa bímật.",
        );
    site.build().success();
    let keys = keys(&site);
    assert!(
        keys.contains_key("cong") && !keys.contains_key("bimat"),
        "{keys:?}"
    );
    assert_eq!(
        json(&site.read("search/d/0.json")).as_array().map(Vec::len),
        Some(1)
    );
}

/// Runs `tests/support/search-query.js` over the built site; `None` without Node.
fn node(args: &[&str]) -> Option<Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/search-query.js");
    match Command::new("node").arg(&script).args(args).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "node failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(json(&String::from_utf8_lossy(&out.stdout)))
        }
        Err(e) => {
            let message = format!("skipped: the search.js tests need Node ({e})");
            if std::env::var("LOA_REQUIRE_BROWSER").is_ok_and(|v| v == "1") {
                panic!("{message}");
            }
            println!("{message}");
            None
        }
    }
}

/// Titles of the results of each query, best first.
fn titles(site: &SiteTest, queries: &[&str]) -> Option<Vec<Vec<String>>> {
    let public = site.public().to_string_lossy().into_owned();
    let mut args = vec![public.as_str()];
    args.extend_from_slice(queries);
    let out = node(&args)?;
    Some(
        out.as_array()
            .expect("array")
            .iter()
            .map(|q| {
                q["results"]
                    .as_array()
                    .expect("results")
                    .iter()
                    .map(|r| r["title"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .collect(),
    )
}

#[test]
fn script_folds_like_rust() {
    let samples = [
        "Điển hình tiên tiến",
        "ĐƯỜNG dương Đương",
        "Nông thôn mới",
        "Thừa Thiên - Huế",
        "Ứng dụng CNTT ở nông thôn",
        "Crème BRÛLÉE",
        "Ðà Nẵng",
        "2016-2020",
    ];
    let mut with_nfd: Vec<String> = samples.iter().map(|s| (*s).to_string()).collect();
    use unicode_normalization::UnicodeNormalization;
    with_nfd.extend(samples.iter().map(|s| s.nfd().collect::<String>()));
    let mut args = vec!["--fold"];
    args.extend(with_nfd.iter().map(String::as_str));
    let Some(out) = node(&args) else { return };
    let js: Vec<&str> = out
        .as_array()
        .expect("array")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let rust: Vec<String> = with_nfd.iter().map(|s| loa::fold(s)).collect();
    assert_eq!(js, rust);
}

#[test]
fn queries_without_marks_find_marked_words() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let Some(r) = titles(&site, &["dien hinh", "DIEN HINH TIEN TIEN", "ha giang"]) else {
        return;
    };
    assert_eq!(
        r[0].first().map(String::as_str),
        Some("Điển hình tiên tiến ở Thái Bình"),
        "{r:?}"
    );
    assert_eq!(r[1], vec!["Điển hình tiên tiến ở Thái Bình"], "{r:?}");
    assert_eq!(r[2].len(), 2, "both Hà Giang stories: {r:?}");
}

#[test]
fn exact_marks_rank_first() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let Some(r) = titles(&site, &["đường", "dương", "duong"]) else {
        return;
    };
    assert_eq!(r[0][0], "Con đường bê tông về xã vùng cao", "{r:?}");
    assert_eq!(
        r[0].last().map(String::as_str),
        Some("Ông Dương, người giữ trạm bưu điện")
    );
    assert_eq!(r[1][0], "Ông Dương, người giữ trạm bưu điện", "{r:?}");
    assert_eq!(r[2].len(), 3, "without marks, every form: {r:?}");
}

#[test]
fn phrases_rank_first_and_titles_weigh_more() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let Some(r) = titles(&site, &["nong thon moi", "dien thoai"]) else {
        return;
    };
    // Both stories holding "nông thôn mới" as a phrase come before the one that has
    // the three words apart.
    assert_eq!(r[0].len(), 3, "{r:?}");
    assert_eq!(r[0][2], "Nông dân học dùng điện thoại", "{r:?}");
    // "điện thoại" in a title beats "điện thoại" in a body.
    assert_eq!(
        r[1],
        vec![
            "Nông dân học dùng điện thoại",
            "Con đường bê tông về xã vùng cao"
        ]
    );
}

#[test]
fn snippets_highlight_the_words_found() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let public = site.public().to_string_lossy().into_owned();
    let Some(out) = node(&[&public, "nong thon moi", "goi dien"]) else {
        return;
    };
    let first = &out[0]["results"][0];
    assert_eq!(first["date"], "25/10/2018");
    assert_eq!(first["section"], "Điển hình");
    let snippet = first["snippet"].as_str().unwrap_or("");
    assert!(
        snippet.contains("xây dựng [nông] [thôn] [mới] của tỉnh"),
        "{snippet}"
    );
    let snippet = out[1]["results"][0]["snippet"].as_str().unwrap_or("");
    assert!(snippet.contains("đã [gọi] [điện] thoại"), "{snippet}");
}

#[test]
fn while_typing_the_last_word_matches_longer_words() {
    let site = SiteTest::fixture("vietnamese");
    site.build().success();
    let Some(r) = titles(&site, &["~dien hin", "~ngu", "~mo"]) else {
        return;
    };
    assert_eq!(r[0], vec!["Điển hình tiên tiến ở Thái Bình"], "{r:?}");
    // "ngu" is no word of the index: it finds "người".
    assert_eq!(r[1].len(), 2, "{r:?}");
    // "mo" ("mở") is one: typed whole, it is not widened to "mới".
    assert_eq!(r[2], vec!["Điển hình tiên tiến ở Thái Bình"], "{r:?}");
}
