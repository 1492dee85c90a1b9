use super::*;

fn render_with(md: &str, links: &HashMap<String, String>) -> Result<Rendered, Vec<Diagnostic>> {
    let file_text = format!("---\ntitle: x\n---\n{md}");
    render(
        md,
        &MarkdownSource {
            file: Path::new("content/a.md"),
            file_text: &file_text,
            first_line: 4,
            links,
            unpublished: &HashMap::new(),
            rich: None,
        },
    )
}

#[test]
fn vietnamese_heading_ids_are_slugs_and_unique() {
    let r = render_with(
        "## Đẩy mạnh tuyên truyền\n\n## Đẩy mạnh tuyên truyền\n",
        &HashMap::new(),
    )
    .unwrap();
    assert!(
        r.html.contains(r#"<h2 id="day-manh-tuyen-truyen">"#),
        "{}",
        r.html
    );
    assert!(
        r.html.contains(r#"<h2 id="day-manh-tuyen-truyen-1">"#),
        "{}",
        r.html
    );
    assert_eq!(r.toc.len(), 2);
    assert_eq!(r.toc[0].title, "Đẩy mạnh tuyên truyền");
}

#[test]
fn extensions_are_on() {
    let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ \"q\"\n\n- [x] done\n\nNote[^1].\n\n[^1]: Foot.\n";
    let r = render_with(md, &HashMap::new()).unwrap();
    assert!(r.html.contains("<table>"));
    assert!(r.html.contains("<del>x</del>"));
    assert!(r.html.contains("“q”"));
    assert!(r.html.contains("checkbox"));
    assert!(r.html.contains("footnote"));
}

#[test]
fn internal_links_resolve_and_broken_ones_are_located() {
    let mut links = HashMap::new();
    links.insert("tin/b.md".to_string(), "/tin/b/".to_string());
    let r = render_with("See [b](@/tin/b.md#muc).\n", &links).unwrap();
    assert!(r.html.contains(r#"href="/tin/b/#muc""#), "{}", r.html);

    let errs = render_with("Line one.\n\nSee [c](@/tin/c.md).\n", &links).unwrap_err();
    assert_eq!(errs[0].at.line, Some(6));
    assert_eq!(errs[0].at.column, Some(5));
    assert_eq!(errs[0].source_line.as_deref(), Some("See [c](@/tin/c.md)."));
}

#[test]
fn summary_is_first_paragraph_or_before_more_mark() {
    let r = render_with("# T\n\nFirst *para*.\n\nSecond.\n", &HashMap::new()).unwrap();
    assert_eq!(r.summary_html.trim(), "<p>First <em>para</em>.</p>");
    let r = render_with("One.\n\nTwo.\n\n<!-- more -->\n\nThree.\n", &HashMap::new()).unwrap();
    assert!(r.summary_html.contains("Two."));
    assert!(!r.summary_html.contains("Three."));
}

#[test]
fn counts_words_and_reading_time() {
    let words = "chữ ".repeat(450);
    let r = render_with(&words, &HashMap::new()).unwrap();
    assert_eq!(r.word_count, 450);
    assert_eq!(r.reading_time, 3);
}
