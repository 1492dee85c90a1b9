//! Hints for template mistakes that tera's own words do not explain: the closest
//! name for an unknown field, filter or function, where an unclosed tag was opened,
//! and which block a template misses in the one it extends (a theme template over a
//! template the site overrode). tera reports some of these together in one message;
//! they are taken apart here, each at its place.

use std::collections::HashMap;
use std::path::PathBuf;

use super::TemplateSource;
use crate::error::{Diagnostic, Location};

/// The tags that need an `end…` tag.
const BLOCK_TAGS: &[&str] = &[
    "if",
    "for",
    "block",
    "macro",
    "filter",
    "with",
    "raw",
    "component",
];

/// "`{% if %}` at line 2, column 18 is not closed" for a syntax error at `line`,
/// `column` (1-based) that an unclosed tag before it explains: tera reports it
/// where it gives up (the `{% endblock %}` or the end of the file).
pub(super) fn unclosed_hint(text: &str, line: usize, column: usize) -> Option<String> {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let rest = &text[line_start.min(text.len())..];
    let within: usize = rest
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    let upto = &text[..(line_start + within).min(text.len())];
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut from = 0;
    while let Some(i) = upto[from..].find("{%") {
        let at = from + i;
        from = at + 2;
        let tag = upto[from..].trim_start_matches('-').trim_start();
        let name: &str = &tag[..tag
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(tag.len())];
        if BLOCK_TAGS.contains(&name) {
            open.push((name, at));
        } else if let Some(closed) = name.strip_prefix("end")
            && open.last().is_some_and(|(n, _)| *n == closed)
        {
            open.pop();
        }
    }
    let (name, at) = open.pop()?;
    let before = &text[..at];
    let open_line = before.matches('\n').count() + 1;
    let open_column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    let (l, c) = (open_line, open_column);
    let hint = t!("template-unclosed-tag", tag = name, line = l, column = c);
    Some(hint)
}

/// The field and the fields there are, from tera's "Field `titel` is not defined.
/// Available fields: …".
pub(super) fn unknown_field(message: &str) -> Option<(&str, &str)> {
    let rest = message.split("Field `").nth(1)?;
    let (field, rest) = rest.split_once('`')?;
    let available = rest.split("Available fields: ").nth(1)?;
    Some((field, available.trim().trim_end_matches('.')))
}

/// "did you mean `title`?" for tera's "Field `titel` is not defined. Available
/// fields: …".
pub(super) fn field_hint(message: &str) -> Option<String> {
    let (field, available) = unknown_field(message)?;
    let fields = available.split(',').map(str::trim);
    let best = crate::error::closest(field, fields)?;
    Some(t!("template-did-you-mean", name = best))
}

/// The filters page and shortcode templates can call: tera's own and loa's.
const FILTERS: &[&str] = &[
    "safe",
    "default",
    "upper",
    "lower",
    "wordcount",
    "escape",
    "escape_html",
    "escape_xml",
    "newlines_to_br",
    "pluralize",
    "trim",
    "trim_start",
    "trim_end",
    "replace",
    "capitalize",
    "title",
    "truncate",
    "indent",
    "str",
    "int",
    "float",
    "length",
    "reverse",
    "split",
    "abs",
    "round",
    "first",
    "last",
    "nth",
    "join",
    "sort",
    "unique",
    "get",
    "values",
    "keys",
    "pairs",
    "group_by",
    "slugify",
    "shorten",
    "fold",
    "json",
    "urlencode",
    "markdown",
    "num",
    "md_inline",
    "absolute_url",
    "date_format",
];

/// The functions they can call.
const FUNCTIONS: &[&str] = &[
    "range",
    "throw",
    "get_page",
    "get_section",
    "get_taxonomy",
    "get_term",
    "trans",
    "image",
    "picture",
];

/// What tera reports together in one message after every template parsed
/// (`error: Unknown filter `slugfy`` then ` --> page.html:2:34`, for each): unknown
/// filters, tests and functions, with the closest name, and blocks a template
/// fills that the one it extends does not have. One diagnostic each, at its place
/// in the template's file, with the template's name.
pub(super) fn unknown_names(
    message: &str,
    files: &HashMap<&str, &TemplateSource>,
) -> Vec<(String, Diagnostic)> {
    let mut out = Vec::new();
    let mut lines = message.lines();
    while let Some(line) = lines.next() {
        let Some(what) = line.strip_prefix("error: ") else {
            continue;
        };
        let Some(place) = lines
            .next()
            .and_then(|l| l.trim_start().strip_prefix("--> "))
        else {
            continue;
        };
        let mut parts = place.rsplitn(3, ':');
        let (Some(column), Some(line_no), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (Ok(line_no), Ok(column)) = (line_no.parse::<usize>(), column.parse::<usize>()) else {
            continue;
        };
        let source = files.get(name);
        let file = source.map_or_else(|| PathBuf::from(name), |s| s.file.clone());
        let (message, hint) = match what.strip_prefix("Unknown ") {
            Some(unknown) => unknown_name(unknown),
            None => match what.strip_prefix("Block `") {
                Some(rest) => {
                    let block = rest.split('`').next().unwrap_or_default();
                    missing_block(block, source.copied(), files)
                }
                None => (t!("template-cannot-parse-because", error = what), None),
            },
        };
        let mut d = Diagnostic::error(Location::at(file, line_no, column), message);
        if let Some(hint) = hint {
            d = d.hint(hint);
        }
        if let Some(s) = source {
            d = d.with_source(&s.text);
        }
        out.push((name.to_string(), d));
    }
    out
}

/// "unknown filter `slugfy`" with the closest known name.
fn unknown_name(what: &str) -> (String, Option<String>) {
    let (kind, word) = what.split_once(' ').unwrap_or((what, ""));
    let word = word.trim_matches('`');
    let known = if kind == "function" {
        FUNCTIONS
    } else {
        FILTERS
    };
    let hint = match (kind, crate::error::closest(word, known.iter().copied())) {
        ("filter" | "function", Some(best)) => t!("template-did-you-mean", name = best),
        _ => t!("template-see-reference"),
    };
    let message = match kind {
        "filter" => t!("template-unknown-filter", name = word),
        "function" => t!("template-unknown-function", name = word),
        "test" => t!("template-unknown-test", name = word),
        "component" => t!("template-unknown-component", name = word),
        "template" => t!("template-unknown-template", name = word),
        _ => t!("template-unknown-other", kind = kind, name = word),
    };
    (message, Some(hint))
}

/// A `{% block %}` the extended template lacks: usually a theme template that
/// extends one the site has overridden (the theme's `award.html` extends
/// `page.html`, and the site's own `templates/page.html` has no `facts` block).
fn missing_block(
    block: &str,
    source: Option<&TemplateSource>,
    files: &HashMap<&str, &TemplateSource>,
) -> (String, Option<String>) {
    let parent = source.and_then(|s| {
        let rest = s.text.split("extends").nth(1)?;
        let name = rest.trim_start().trim_start_matches(['"', '\'']);
        Some(name[..name.find(['"', '\''])?].to_string())
    });
    let message = match &parent {
        Some(p) => t!("template-block-not-in-parent", block = block, parent = p),
        None => t!("template-block-not-in-extended", block = block),
    };
    let hint = parent.map(|p| {
        let parent_file = files
            .get(p.as_str())
            .map_or_else(|| p.clone(), |s| s.file.display().to_string());
        let (f, b) = (parent_file, block);
        t!("template-add-block", parent = &p, file = f, block = b)
    });
    (message, hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_filters_are_located_with_the_closest_name() {
        let page = TemplateSource {
            name: "page.html".into(),
            file: PathBuf::from("templates/page.html"),
            text: "<h1>{{ page.title | slugfy }}</h1>\n{{ get_pag(path=\"a\") }}\n".into(),
        };
        let files: HashMap<&str, &TemplateSource> = [("page.html", &page)].into();
        let message = "error: Unknown filter `slugfy`\n --> page.html:1:21\n  |\n1 | ...\n\nerror: Unknown function `get_pag`\n --> page.html:2:4\n";
        let found: Vec<Diagnostic> = unknown_names(message, &files)
            .into_iter()
            .map(|(name, d)| {
                assert_eq!(name, "page.html");
                d
            })
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].at, Location::at("templates/page.html", 1, 21));
        assert_eq!(
            found[0].message,
            "cannot parse template: unknown filter `slugfy`"
        );
        assert_eq!(found[0].hint.as_deref(), Some("did you mean `slugify`?"));
        assert_eq!(found[1].hint.as_deref(), Some("did you mean `get_page`?"));
    }

    #[test]
    fn unknown_fields_and_unclosed_tags_get_a_hint_that_fits() {
        assert_eq!(
            field_hint("Field `titel` is not defined. Available fields: date, title, url")
                .as_deref(),
            Some("did you mean `title`?")
        );
        let text =
            "{% extends \"page.html\" %}\n{% block title %}{% if x %}y{% endblock title %}\n";
        assert_eq!(
            unclosed_hint(text, 2, 41).as_deref(),
            Some("`{% if %}` at line 2, column 18 is not closed: add `{% endif %}` before this")
        );
        let closed = "{% if x %}{% for a in b %}{% endfor %}{% endif %}\n{% endblock %}";
        assert_eq!(unclosed_hint(closed, 2, 1), None);
    }
}
