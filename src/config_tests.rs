use super::*;

#[test]
fn defaults_apply() {
    let c = Config::parse(
        "title: T\nbase_url: https://example.org/\n",
        Path::new("site.yaml"),
    )
    .unwrap();
    assert_eq!(c.base_url, "https://example.org");
    assert_eq!(c.timezone, chrono_tz::Asia::Ho_Chi_Minh);
    assert_eq!(c.paginate_by, 20);
    assert_eq!(c.taxonomies.len(), 3);
    assert_eq!(c.permalink("/a/"), "https://example.org/a/");
}

#[test]
fn relative_base_url_is_an_error_at_its_line() {
    let err = Config::parse("title: T\nbase_url: /site\n", Path::new("site.yaml")).unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(d.at.line, Some(2));
    assert!(d.message.contains("absolute"));
}

#[test]
fn unknown_key_is_an_error_with_suggestion() {
    let err = Config::parse(
        "title: T\nbase_url: https://e.org\nthem: x\n",
        Path::new("site.yaml"),
    )
    .unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(d.at.line, Some(3));
    assert_eq!(d.hint.as_deref(), Some("did you mean `theme`?"));
}
