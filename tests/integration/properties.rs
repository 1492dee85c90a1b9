//! Property tests: whatever a slug, an alias or a file name says, nothing is written
//! outside the output folder. (Slug properties — clean, idempotent, NFC = NFD — are
//! in src/text/slug_tests.rs.)

use std::path::{Component, Path, PathBuf};

use loa::{Config, PageInput, file_for_path, normalise_alias, parse_page, safe_join, slugify};
use proptest::prelude::*;

use crate::common::SiteTest;

/// Pieces editors (or attackers) put in paths.
fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("..".to_string()),
        Just(".".to_string()),
        Just("/".to_string()),
        Just("\\".to_string()),
        Just("%2e%2e".to_string()),
        Just("%2E%2e%2f".to_string()),
        Just("%252e%252e".to_string()),
        Just("%5c".to_string()),
        Just("%00".to_string()),
        Just("\0".to_string()),
        Just("C:".to_string()),
        Just("c:\\".to_string()),
        Just("//".to_string()),
        Just("~".to_string()),
        Just("https://x.org/".to_string()),
        Just("file:///etc/".to_string()),
        Just("?q=1".to_string()),
        Just("#top".to_string()),
        Just("index.html".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("Đường".to_string()),
        Just("e\u{301}".to_string()),
        "[a-z0-9]{1,6}",
        any::<char>().prop_map(String::from),
    ]
}

fn hostile_path() -> impl Strategy<Value = String> {
    prop::collection::vec(hostile_piece(), 0..10).prop_map(|v| v.concat())
}

/// True when `path` is `base` joined with plain names only.
fn stays_under(base: &Path, path: &Path) -> bool {
    path.strip_prefix(base).is_ok_and(|rest| {
        rest.components().count() > 0
            && rest.components().all(|c| matches!(c, Component::Normal(_)))
    })
}

fn config() -> Config {
    Config::parse(
        "title: T\nbase_url: https://example.org\n",
        Path::new("site.yaml"),
    )
    .expect("config")
}

fn is_slug_segment(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn an_alias_never_leaves_the_output(alias in hostile_path()) {
        let base = Path::new("/srv/public");
        if let Some(path) = normalise_alias(&alias) {
            prop_assert!(path.starts_with('/'), "{:?} -> {:?}", alias, path);
            for part in path.split('/') {
                prop_assert!(part != ".." && part != ".", "{:?} -> {:?}", alias, path);
                prop_assert!(!part.contains('\\') && !part.contains(':'), "{:?} -> {:?}", alias, path);
                prop_assert!(!part.chars().any(char::is_control), "{:?} -> {:?}", alias, path);
            }
            let file = file_for_path(&path);
            let joined = safe_join(base, &file);
            prop_assert!(joined.is_some(), "{:?} -> {:?} -> {:?}", alias, path, file);
            let joined = joined.unwrap_or_default();
            prop_assert!(stays_under(base, &joined), "{:?} -> {:?}", alias, joined);
            // Normalising is idempotent: a server decoding the path again finds no `..`.
            let again = normalise_alias(&path);
            prop_assert_eq!(again.as_deref(), Some(path.as_str()), "{:?}", alias);
        }
    }

    #[test]
    fn safe_join_never_leaves_the_base(relative in hostile_path()) {
        let base = Path::new("/srv/public");
        if let Some(joined) = safe_join(base, &relative) {
            prop_assert!(stays_under(base, &joined), "{:?} -> {:?}", relative, joined);
        }
    }

    #[test]
    fn a_page_url_is_made_of_slugs(
        dirs in prop::collection::vec(hostile_path(), 0..4),
        stem in hostile_path(),
        slug in prop::option::of(hostile_path()),
        bundle in any::<bool>(),
    ) {
        let config = config();
        let mut relative: Vec<String> = dirs.clone();
        if bundle {
            relative.push(stem.clone());
            relative.push("index.md".into());
        } else {
            relative.push(format!("{stem}.md"));
        }
        let relative = relative.join("/");
        let slug_line = match &slug {
            Some(s) => format!("slug: {}\n", serde_json::to_string(s).unwrap_or_default()),
            None => String::new(),
        };
        let text = format!("---\ntitle: T\ndate: 2020-01-01\n{slug_line}---\nx\n");
        let parsed = parse_page(PageInput {
            config: &config,
            file: Path::new("content/x.md"),
            relative: &relative,
            text,
            bundle_dir: bundle.then(|| PathBuf::from("/nonexistent/bundle")),
        });
        match parsed {
            Ok(p) => {
                prop_assert!(p.path.starts_with('/') && p.path.ends_with('/'), "{:?}", p.path);
                let inner = &p.path[1..p.path.len() - 1];
                for segment in inner.split('/') {
                    prop_assert!(is_slug_segment(segment), "{:?} -> {:?}", relative, p.path);
                }
                let joined = safe_join(Path::new("/srv/public"), &file_for_path(&p.path));
                prop_assert!(
                    joined.as_deref().is_some_and(|j| stays_under(Path::new("/srv/public"), j)),
                    "{:?}", p.path
                );
            }
            Err(problems) => {
                // Refused with a located message (an empty slug, a folder with no letters).
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|d| d.at.path == Path::new("content/x.md")));
            }
        }
    }
}

/// A file name the file system accepts: no `/`, no NUL, not `.`/`..`, short enough.
fn file_name_piece() -> impl Strategy<Value = String> {
    hostile_path().prop_map(|s| {
        let s: String = s
            .chars()
            .filter(|c| *c != '/' && *c != '\0')
            .take(40)
            .collect();
        if s.is_empty() || s == "." || s == ".." {
            "x".into()
        } else {
            s
        }
    })
}

#[derive(Debug, Clone)]
struct HostilePage {
    dir: Option<String>,
    name: String,
    slug: Option<String>,
    aliases: Vec<String>,
}

fn hostile_page() -> impl Strategy<Value = HostilePage> {
    (
        prop::option::of(file_name_piece()),
        file_name_piece(),
        prop::option::of(hostile_path()),
        prop::collection::vec(hostile_path(), 0..3),
    )
        .prop_map(|(dir, name, slug, aliases)| HostilePage {
            dir,
            name,
            slug,
            aliases,
        })
}

/// Every file under `dir`, walked without following links (but for the image
/// cache, which loa keeps in the site root by design).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".loa-cache")
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// End to end: a site of hostile pages builds or fails cleanly, and every file
    /// that appears is in the output folder.
    #[test]
    fn a_hostile_site_writes_only_into_its_output(pages in prop::collection::vec(hostile_page(), 1..8)) {
        let outer = tempfile::tempdir().expect("tmp");
        let site = SiteTest::new();
        let mut sources = Vec::new();
        for (i, p) in pages.iter().enumerate() {
            // Most pages are kept buildable (a letter in every name, only aliases that
            // normalise) so the build gets to write; the refused cases are tested above.
            let buildable = i % 4 != 3;
            let mut front = String::from("title: T\ndate: 2020-01-01\n");
            if let Some(s) = &p.slug {
                let s = if buildable { format!("{s}-{i}") } else { s.clone() };
                front.push_str(&format!("slug: {}\n", serde_json::to_string(&s).unwrap_or_default()));
            }
            let aliases: Vec<String> = p
                .aliases
                .iter()
                .filter(|a| !buildable || normalise_alias(a).is_some())
                .map(|a| serde_json::to_string(a).unwrap_or_default())
                .collect();
            front.push_str(&format!("aliases: [{}]\n", aliases.join(", ")));
            let dir = match (&p.dir, buildable) {
                (Some(d), true) => format!("{d}d{i}/"),
                (Some(d), false) => format!("{d}/"),
                (None, _) => String::new(),
            };
            let file = format!("content/{dir}{i}{}.md", p.name);
            let path = site.root().join(&file);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, format!("---\n{front}---\nx\n")).expect("write");
            sources.push(file);
        }
        let output = outer.path().join("out");
        let before_site: Vec<PathBuf> = files_under(site.root());
        let run = crate::hostile::run_bounded(
            site.root(),
            &["build", "--root", &site.root().to_string_lossy(), "--output", &output.to_string_lossy()],
            std::time::Duration::from_secs(20),
        );
        run.clean();
        // Nothing new in the site, nothing beside the output but the output itself.
        prop_assert_eq!(files_under(site.root()), before_site);
        // Beside the output: only its lock file.
        let mut beside: Vec<String> = std::fs::read_dir(outer.path()).expect("ls")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n != ".out.loa-lock")
            .collect();
        beside.sort();
        if run.code == Some(0) {
            prop_assert_eq!(beside, vec!["out".to_string()]);
            let canonical = output.canonicalize().expect("canonical");
            for f in files_under(&output) {
                let real = f.canonicalize().expect("canonical");
                prop_assert!(real.starts_with(&canonical), "{:?} escaped", f);
            }
        } else {
            prop_assert!(beside.is_empty(), "{:?}", beside);
            prop_assert!(run.stderr.contains("content/"), "{}", run.stderr);
        }
    }
}

#[test]
fn slugs_of_hostile_names_are_plain() {
    for name in [
        "..",
        "../../etc/passwd",
        "%2e%2e",
        "C:\\Windows",
        "\0",
        "/abs/path",
    ] {
        let slug = slugify(name);
        assert!(
            slug.is_empty() || is_slug_segment(&slug),
            "{name:?} -> {slug:?}"
        );
    }
}
