use super::*;

#[test]
fn a_problem_repeated_across_pages_is_reported_once_with_the_count() {
    let at = Location::at("templates/page.html", 2, 26);
    let for_page = |n: usize| {
        let mut d = Diagnostic::error(at.clone(), "Field `titel` is not defined");
        d.rendering = Some(format!("content/{n:04}.md"));
        d
    };
    let mut all: Vec<Diagnostic> = (0..1204).rev().map(for_page).collect();
    all.push(Diagnostic::error(Location::file("content/x.md"), "other"));
    let mut d = Diagnostics::new();
    d.extend(all);
    let Err(Error::Diagnostics(out)) = d.finish() else {
        panic!("errors expected");
    };
    assert_eq!(out.len(), 2);
    let merged = out.iter().find(|d| d.at == at).unwrap();
    assert_eq!(merged.pages, 1204);
    assert!(
        merged
            .to_string()
            .ends_with("\n  in 1,204 pages, e.g. content/0000.md")
    );
    // One page: left as it was.
    let mut d = Diagnostics::new();
    d.push(for_page(7));
    let Err(Error::Diagnostics(out)) = d.finish() else {
        panic!("errors expected");
    };
    assert!(
        out[0]
            .to_string()
            .ends_with("\n  while rendering content/0007.md")
    );
}

#[test]
fn prints_path_line_column_with_caret_under_characters() {
    let d = Diagnostic::error(Location::at("content/a.md", 2, 8), "unknown key `tittle`")
        .with_source("---\ntitle: Đẩy mạnh\n---")
        .hint("did you mean `title`?");
    let text = d.to_string();
    assert!(text.starts_with("error: content/a.md:2:8: unknown key `tittle`"));
    assert!(text.contains(" 2 | title: Đẩy mạnh"));
    assert!(text.contains("   |        ^"));
    assert!(text.ends_with("hint: did you mean `title`?"));
}

#[test]
fn a_long_line_is_quoted_around_the_column() {
    let line = format!("{}đ{}", "a".repeat(5000), "b".repeat(5000));
    let d = Diagnostic::error(Location::at("a.md", 1, 5001), "here").with_source(&line);
    let quoted = d.source_line.clone().unwrap();
    assert!(quoted.chars().count() <= MAX_QUOTED_CHARS + 2);
    assert!(quoted.starts_with('…') && quoted.ends_with('…'));
    // The caret still sits under the `đ`.
    let text = d.to_string();
    let lines: Vec<&str> = text.lines().collect();
    let caret = lines[3].find('^').unwrap();
    let under: String = lines[2]
        .chars()
        .skip(lines[3][..caret].chars().count())
        .take(1)
        .collect();
    assert_eq!(under, "đ", "{text}");

    let short = Diagnostic::error(Location::at("a.md", 2, 1), "x").with_source("a\r\nbc\r\n");
    assert_eq!(short.source_line.as_deref(), Some("bc"));
}

#[test]
fn suggests_the_closest_key() {
    assert_eq!(closest("tittle", ["title", "date", "tags"]), Some("title"));
    assert_eq!(closest("zzz", ["title", "date"]), None);
}
