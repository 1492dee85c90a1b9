use super::*;

fn config(theme: Option<&str>) -> Config {
    let text = match theme {
        Some(t) => format!("title: T\nbase_url: https://e.org\ntheme: {t}\n"),
        None => "title: T\nbase_url: https://e.org\n".to_string(),
    };
    Config::parse(&text, Path::new("site.yaml")).unwrap()
}

#[test]
fn baochi_is_built_in_with_everything_it_links() {
    let theme = builtin("baochi").unwrap();
    for file in [
        "templates/base.html",
        "templates/page.html",
        "static/css/baochi.css",
        "static/favicon.svg",
        "i18n/vi.yaml",
        "i18n/en.yaml",
    ] {
        assert!(
            theme.files.iter().any(|(p, _)| *p == file),
            "{file} is not built in"
        );
    }
}

#[test]
fn the_built_in_files_are_the_repository_theme() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/baochi");
    let theme = builtin("baochi").unwrap();
    for (path, bytes) in theme.files {
        assert_eq!(std::fs::read(dir.join(path)).unwrap(), *bytes, "{path}");
    }
    let on_disk = walk(&dir, &dir).len();
    assert_eq!(on_disk, theme.files.len());
}

#[test]
fn a_built_in_theme_needs_no_folder() {
    let dir = tempfile::tempdir().unwrap();
    let theme = Theme::resolve(dir.path(), &config(Some("baochi"))).unwrap();
    assert_eq!(theme.name(), Some("baochi"));
    assert!(theme.dir().is_none());
    let css = theme.file("static", "css/baochi.css").unwrap();
    assert!(matches!(css, Source::Builtin { .. }));
    assert_eq!(
        css.shown(dir.path()),
        PathBuf::from("<built-in baochi>/static/css/baochi.css")
    );
}

#[test]
fn the_site_theme_folder_wins_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("themes/baochi/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("page.html"), "mine").unwrap();
    std::fs::write(templates.join(".page.html.swp"), "editor").unwrap();
    let theme = Theme::resolve(dir.path(), &config(Some("baochi"))).unwrap();
    let (files, problems) = theme.files(dir.path(), "templates");
    assert!(problems.is_empty());
    let get = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.clone())
    };
    assert_eq!(
        get("page.html"),
        Some(Source::File(templates.join("page.html")))
    );
    assert!(matches!(get("base.html"), Some(Source::Builtin { .. })));
    assert!(get(".page.html.swp").is_none());
    assert_eq!(
        theme
            .file("templates", "page.html")
            .unwrap()
            .read()
            .unwrap()
            .as_ref(),
        b"mine"
    );
}

#[test]
fn an_unknown_theme_names_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.yaml"),
        "title: T\nbase_url: https://e.org\ntheme: baochii\n",
    )
    .unwrap();
    let d = Theme::resolve(dir.path(), &config(Some("baochii"))).unwrap_err();
    assert_eq!(d.at.to_string(), "site.yaml:3:1");
    assert!(d.message.contains("`baochii`"), "{}", d.message);
    let hint = d.hint.unwrap();
    assert!(hint.contains("did you mean `baochi`?"), "{hint}");
    assert!(hint.contains("themes/baochii/"), "{hint}");
}

#[test]
fn a_theme_of_the_site_s_own_needs_no_built_in_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("themes/rieng/templates")).unwrap();
    let theme = Theme::resolve(dir.path(), &config(Some("rieng"))).unwrap();
    assert!(theme.dir().is_some());
    assert!(theme.file("static", "css/baochi.css").is_none());
}
