//! Where templates come from: the site's `templates/` override the theme's
//! templates (`themes/<theme>/templates/` in the site, then the built-in theme)
//! file by file, which override the built-in ones of the part (the plain page
//! set, or the built-in shortcodes). Every template syntax error is reported, each
//! at its file's line and column.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Location};
use crate::theme::{Source, Theme};

/// Prefix under which theme templates are registered (tera fallback).
pub(crate) const THEME_PREFIX: &str = "theme/";
/// Prefix under which the built-in templates are registered (tera fallback).
pub(crate) const BUILTIN_PREFIX: &str = "builtin/";

/// A template source and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct TemplateSource {
    /// Name as registered in tera (with its prefix).
    pub name: String,
    /// The file, for messages (relative to the site root when possible).
    pub file: PathBuf,
    /// Its text.
    pub text: String,
}

/// Which templates a tera set compiles: the pages' or the shortcodes'
/// (`shortcodes/`), which see other functions and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// Everything but `shortcodes/`, and the built-in plain set.
    Pages,
    /// `shortcodes/` of the site and the theme (the built-in ones come with them).
    Shortcodes,
}

impl Part {
    /// True when the template registered as `name` belongs to this part.
    fn holds(self, name: &str) -> bool {
        let bare = name.strip_prefix(THEME_PREFIX).unwrap_or(name);
        bare.starts_with(SHORTCODES_DIR) == (self == Part::Shortcodes)
    }
}

/// Where shortcode templates live in `templates/`.
pub(crate) const SHORTCODES_DIR: &str = "shortcodes/";

/// Reads the templates of `part` from the site and the theme (its folder in the
/// site over the built-in theme, file by file), then `builtins` ((name, text)
/// pairs) under [`BUILTIN_PREFIX`]. Folders that cannot be read are reported with
/// the pages.
pub(super) fn collect(
    root: &Path,
    theme: &Theme,
    part: Part,
    builtins: &[(String, &'static str)],
) -> (Vec<TemplateSource>, Vec<Diagnostic>) {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let site = crate::theme::walk(root, &root.join("templates"))
        .into_iter()
        .map(|found| found.map(|(rel, path)| (rel, Source::File(path))));
    let (theme_files, theme_problems) = theme.files(root, "templates");
    if part == Part::Pages {
        problems.extend(theme_problems);
    }
    let theme_files = theme_files
        .into_iter()
        .map(|(rel, source)| Ok((format!("{THEME_PREFIX}{rel}"), source)));
    for found in site.chain(theme_files) {
        match found {
            Ok((name, source)) if part.holds(&name) => match read(root, name, &source) {
                Ok(template) => sources.push(template),
                Err(d) => problems.push(d),
            },
            Ok(_) => {}
            Err(d) if part == Part::Pages => problems.push(d),
            Err(_) => {}
        }
    }
    // A built-in template the site or the theme replaces is never reached through
    // the fallback; leaving it out keeps it from being checked against a theme's
    // base.html whose blocks it does not know.
    let overridden: std::collections::HashSet<String> = sources
        .iter()
        .map(|s| {
            s.name
                .strip_prefix(THEME_PREFIX)
                .unwrap_or(&s.name)
                .to_string()
        })
        .collect();
    for (name, text) in builtins
        .iter()
        .filter(|(name, _)| !overridden.contains(name))
    {
        sources.push(TemplateSource {
            name: format!("{BUILTIN_PREFIX}{name}"),
            file: PathBuf::from(format!("<built-in>/{name}")),
            text: (*text).to_string(),
        });
    }
    (sources, problems)
}

/// One template's text, checked to be UTF-8.
fn read(root: &Path, name: String, source: &Source) -> Result<TemplateSource, Diagnostic> {
    let shown = source.shown(root);
    let bytes = source
        .read()
        .map_err(|e| Diagnostic::error(Location::file(&shown), format!("cannot read: {e}")))?;
    // A template saved with a byte order mark or as UTF-16 is read as the text it
    // is (templates are a developer's files: no warning).
    let (text, _) = crate::read::text(&shown, bytes.into_owned())?;
    Ok(TemplateSource {
        name,
        file: shown,
        text,
    })
}

/// Adds the templates to `tera`; a template that fails to parse is reported at its
/// line and left out, and the rest are added again, so every error shows at once.
pub(super) fn add_all(tera: &mut tera::Tera, sources: &[TemplateSource]) -> Vec<Diagnostic> {
    let files: HashMap<&str, &TemplateSource> =
        sources.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut left: Vec<&TemplateSource> = sources.iter().collect();
    let mut problems = Vec::new();
    for _ in 0..=sources.len() {
        match tera.add_raw_templates(left.iter().map(|s| (s.name.as_str(), s.text.as_str()))) {
            Ok(()) => return problems,
            Err(e) => {
                if let tera::ErrorKind::Msg(message) = e.kind() {
                    let unknown = unknown_names(message, &files);
                    if !unknown.is_empty() {
                        problems.extend(unknown);
                        return problems;
                    }
                }
                let d = diagnostic(&e, &files, "cannot parse template");
                let bad = match e.kind() {
                    tera::ErrorKind::SyntaxError(r) => Some(r.filename().to_string()),
                    tera::ErrorKind::MissingParent { current, .. } => Some(current.clone()),
                    tera::ErrorKind::CircularExtend { tpl, .. } => Some(tpl.clone()),
                    _ => None,
                };
                problems.push(d);
                match bad {
                    Some(name) if left.iter().any(|s| s.name == name) => {
                        left.retain(|s| s.name != name)
                    }
                    _ => return problems,
                }
            }
        }
    }
    problems
}

/// A tera error as a diagnostic in the template's own file.
pub(super) fn diagnostic(
    e: &tera::Error,
    files: &HashMap<&str, &TemplateSource>,
    what: &str,
) -> Diagnostic {
    use std::error::Error as _;
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    match report {
        Some(r) => {
            let source = files.get(r.filename());
            let file = source.map_or_else(|| PathBuf::from(r.filename()), |s| s.file.clone());
            let span = r.span();
            let mut d = Diagnostic::error(
                Location::at(file, span.start_line, span.start_col + 1),
                format!("{what}: {}", r.message()),
            );
            if let Some(s) = source {
                d = d.with_source(&s.text);
            }
            let mut cause = e.source();
            while let Some(c) = cause {
                d = d.detail(c.to_string());
                cause = c.source();
            }
            let unclosed = source.and_then(|s| {
                let message = r.message();
                (message.contains("Unknown tag") || message.contains("Unexpected end of input"))
                    .then(|| unclosed_hint(&s.text, span.start_line, span.start_col + 1))
                    .flatten()
            });
            d.hint(
                unclosed
                    .or_else(|| field_hint(r.message()))
                    .unwrap_or_else(|| {
                        "templates use tera 2 syntax; see docs/reference/templates.md".into()
                    }),
            )
        }
        None => {
            let mut message = e.to_string();
            let mut cause = e.source();
            while let Some(c) = cause {
                message.push_str(": ");
                message.push_str(&c.to_string());
                cause = c.source();
            }
            let file = match e.kind() {
                tera::ErrorKind::MissingParent { current, .. } => files
                    .get(current.as_str())
                    .map_or_else(|| PathBuf::from(current), |s| s.file.clone()),
                _ => PathBuf::from("templates"),
            };
            Diagnostic::error(Location::file(file), format!("{what}: {message}"))
        }
    }
}

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
fn unclosed_hint(text: &str, line: usize, column: usize) -> Option<String> {
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
    Some(format!(
        "`{{% {name} %}}` at line {open_line}, column {open_column} is not closed: add `{{% end{name} %}}` before this"
    ))
}

/// "did you mean `title`?" for tera's "Field `titel` is not defined. Available
/// fields: …".
fn field_hint(message: &str) -> Option<String> {
    let rest = message.split("Field `").nth(1)?;
    let (field, rest) = rest.split_once('`')?;
    let available = rest.split("Available fields: ").nth(1)?;
    let fields = available.split(',').map(|f| f.trim().trim_end_matches('.'));
    let best = crate::error::closest(field, fields)?;
    Some(format!("did you mean `{best}`?"))
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
/// in the template's file.
fn unknown_names(message: &str, files: &HashMap<&str, &TemplateSource>) -> Vec<Diagnostic> {
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
                None => (format!("cannot parse template: {what}"), None),
            },
        };
        let mut d = Diagnostic::error(Location::at(file, line_no, column), message);
        if let Some(hint) = hint {
            d = d.hint(hint);
        }
        if let Some(s) = source {
            d = d.with_source(&s.text);
        }
        out.push(d);
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
        ("filter" | "function", Some(best)) => format!("did you mean `{best}`?"),
        _ => "see the filters and functions in docs/reference/templates.md".to_string(),
    };
    (
        format!("cannot parse template: unknown {kind} `{word}`"),
        Some(hint),
    )
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
        Some(p) => format!(
            "cannot parse template: `{{% block {block} %}}` is not in `{p}`, which this template extends"
        ),
        None => format!(
            "cannot parse template: `{{% block {block} %}}` is not in the template this one extends"
        ),
    };
    let hint = parent.map(|p| {
        let parent_file = files
            .get(p.as_str())
            .map_or_else(|| p.clone(), |s| s.file.display().to_string());
        format!(
            "`{p}` here is {parent_file}; add `{{% block {block} %}}{{% endblock {block} %}}` to it, or override this template too (`loa theme export` gives a copy of the theme's to start from)"
        )
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
        let found = unknown_names(message, &files);
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
