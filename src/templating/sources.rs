//! Where templates come from: the site's `templates/` override the theme's
//! templates (`themes/<theme>/templates/` in the site, then the built-in theme)
//! file by file, which override the built-in ones of the part (the plain page
//! set, or the built-in shortcodes). Every template syntax error is reported, each
//! at its file's line and column.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::hints::{field_hint, unclosed_hint, unknown_field, unknown_names};
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
    let bytes = source.read().map_err(|e| {
        Diagnostic::error(
            Location::file(&shown),
            t!("files-cannot-read", error = e.to_string()),
        )
    })?;
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
/// Adds every template that compiles: one with an error is reported at its line and
/// left out (with those that extend it), and the rest are added again, so one run
/// reports every broken template and still renders the pages of the others. The
/// names left out come back beside the problems.
pub(super) fn add_all(
    tera: &mut tera::Tera,
    sources: &[TemplateSource],
) -> (Vec<String>, Vec<Diagnostic>) {
    let files: HashMap<&str, &TemplateSource> =
        sources.iter().map(|s| (s.name.as_str(), s)).collect();
    let mut left: Vec<&TemplateSource> = sources.iter().collect();
    let mut dropped = Vec::new();
    let mut problems = Vec::new();
    for _ in 0..=sources.len() {
        let Err(e) =
            tera.add_raw_templates(left.iter().map(|s| (s.name.as_str(), s.text.as_str())))
        else {
            return (dropped, problems);
        };
        let mut bad: Vec<String> = Vec::new();
        if let tera::ErrorKind::Msg(message) = e.kind() {
            for (name, d) in unknown_names(message, &files) {
                problems.push(d);
                bad.push(name);
            }
        }
        if let tera::ErrorKind::MissingParent { current, parent } = e.kind()
            && dropped.contains(parent)
        {
            // Its parent's error is reported already.
            bad.push(current.clone());
        }
        if bad.is_empty() {
            problems.push(diagnostic(&e, &files, &t!("template-cannot-parse")));
            match e.kind() {
                tera::ErrorKind::SyntaxError(r) => bad.push(r.filename().to_string()),
                tera::ErrorKind::MissingParent { current, .. } => bad.push(current.clone()),
                tera::ErrorKind::CircularExtend { tpl, .. } => bad.push(tpl.clone()),
                _ => {}
            }
        }
        let before = left.len();
        left.retain(|s| !bad.contains(&s.name));
        if left.len() == before {
            // Nothing to leave out: the set cannot be made.
            break;
        }
        dropped.extend(bad);
    }
    dropped.extend(left.iter().map(|s| s.name.clone()));
    (dropped, problems)
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
            let at = Location::at(file, span.start_line, span.start_col + 1);
            let mut d = match unknown_field(r.message()) {
                // In loa's words, with the fields there are below.
                Some((field, fields)) => {
                    Diagnostic::error(at, t!("template-unknown-field", what = what, field = field))
                        .detail(t!("template-unknown-field.detail", fields = fields))
                }
                None => {
                    Diagnostic::error(at, t!("template-failed", what = what, error = r.message()))
                }
            };
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
                    .unwrap_or_else(|| t!("template-tera-syntax")),
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
            Diagnostic::error(
                Location::file(file),
                t!("template-failed", what = what, error = message),
            )
        }
    }
}
