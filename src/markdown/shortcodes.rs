//! Shortcodes: small tera templates called from Markdown.
//!
//! ```text
//! {{ figure(src="anh.jpg", caption="Chú thích", credit="Ảnh: Minh Anh") }}
//! {% quote(author="Nguyễn Văn A", role="Chủ tịch xã") %}
//! Lời trích, viết bằng **Markdown**.
//! {% end %}
//! {{/* figure(src="x") */}}   ← printed literally as {{ figure(src="x") }}
//! ```
//!
//! Templates are `templates/shortcodes/<name>.html` of the site, then of the
//! theme, then the built-in set (`figure`, `video`, `quote`, `stat`,
//! `award_table`, `chart`, `map_provinces`). Calls are found before Markdown is
//! parsed (never inside code blocks or code spans), rendered with tera, and
//! replaced by a placeholder comment that pulldown-cmark passes through untouched;
//! the placeholders are swapped for the rendered HTML afterwards. A call alone on
//! its lines becomes a block of its own (not wrapped in `<p>`).
//!
//! Built-in shortcodes check their arguments (names, types, images, data files);
//! an unknown shortcode, a bad argument or a template error is a diagnostic at the
//! call's line in the Markdown file.

mod args;
mod builtin;
mod env;
mod parse;
mod prepare;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use tera::{Context, Value};

use crate::config::Config;
use crate::error::{Diagnostic, closest};
use crate::images::ImageStore;
use crate::markdown::locate::Locator;
use crate::templating::{
    BUILTIN_PREFIX, Part, SHORTCODES_DIR as DIR, Setup, THEME_PREFIX, Templates,
};
use crate::theme::Theme;

pub use env::PageScope;
pub(crate) use parse::{Call, Piece, scan};

/// Styles for the built-in shortcodes and charts, written to `/css/rich.css`.
pub(crate) const STYLESHEET: &str = include_str!("shortcodes/rich.css");

/// The compiled shortcode templates and what they may call.
pub struct Shortcodes {
    templates: Templates,
    names: BTreeSet<String>,
    data: Arc<serde_json::Value>,
    images: Arc<ImageStore>,
    language: crate::config::Language,
}

impl Shortcodes {
    /// Reads the shortcode templates of the site and the theme over the built-in
    /// ones. Template syntax errors are returned, each at its file's line.
    pub fn new(
        root: &Path,
        config: &Config,
        theme: &Theme,
        data: Arc<serde_json::Value>,
        images: Arc<ImageStore>,
    ) -> Result<Shortcodes, Vec<Diagnostic>> {
        let builtins: Vec<(String, &'static str)> = builtin::BUILTINS
            .iter()
            .map(|b| (format!("{DIR}{}.html", b.name), b.template))
            .collect();
        let setup = Setup {
            builtins: &builtins,
            language: config.language,
            markdown: crate::markdown::render_inline,
        };
        let (mut templates, problems) =
            Templates::load(root, theme, Part::Shortcodes, &setup, |tera| {
                env::register(tera, Arc::clone(&images));
            });
        if !problems.is_empty() {
            return Err(problems);
        }
        let global = templates.tera_mut().global_context();
        global.insert("config", config);
        global.insert("lang", config.language.code());
        global.insert_value("data", Value::from_serializable(&*data));
        global.insert_value("labels", env::labels(config.language));
        let names = templates
            .names()
            .filter_map(|name| {
                let bare = name
                    .strip_prefix(THEME_PREFIX)
                    .or_else(|| name.strip_prefix(BUILTIN_PREFIX))
                    .unwrap_or(name);
                bare.strip_prefix(DIR)?
                    .strip_suffix(".html")
                    .map(str::to_string)
            })
            .collect();
        Ok(Shortcodes {
            templates,
            names,
            data,
            images,
            language: config.language,
        })
    }

    /// The image store shortcodes and Markdown images use.
    pub fn images(&self) -> &ImageStore {
        &self.images
    }

    /// Every shortcode name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// Renders one call found in `text` (the page's Markdown).
    /// `n` counts every call on the page (for `uid`), `nth` the calls of this
    /// shortcode (1 for the first).
    fn render_call(
        &self,
        call: &Call,
        (n, nth): (usize, usize),
        text: &str,
        scope: &PageScope<'_>,
        locator: &Locator<'_>,
    ) -> Result<String, Diagnostic> {
        if !self.names.contains(&call.name) {
            return Err(self.unknown(call, locator));
        }
        let body = call
            .body
            .as_ref()
            .map(|r| text[r.clone()].trim_matches('\n'));
        let uid = format!("{}-{}", scope.id_prefix, n + 1);
        let location = locator.location(call.range.start);
        let env = builtin::Env {
            data: &self.data,
            images: &self.images,
            scope,
            at: &location,
            uid: &uid,
            language: self.language,
        };
        let mut context = arguments(call, body, &env).map_err(|e| {
            locator
                .error(e.offset.unwrap_or(call.name_offset), e.message)
                .hint(e.hint)
        })?;
        context.insert_value("page", scope.page.clone());
        context.insert("uid", &uid);
        context.insert("nth", &nth);
        context.insert_value("loa_scope", scope.hidden(&location));
        self.render_template(call, &context, locator)
    }

    /// The error of a call of no shortcode there is: the closest name, every name,
    /// and where to add a template of one's own.
    fn unknown(&self, call: &Call, locator: &Locator<'_>) -> Diagnostic {
        let (n, all) = (&call.name, self.names().collect::<Vec<_>>().join(", "));
        let hint = match closest(n, self.names()) {
            Some(g) => t!("shortcode-unknown.guess", guess = g, names = all, name = n),
            None => t!("shortcode-unknown.hint", names = all, name = n),
        };
        locator
            .error(call.name_offset, t!("shortcode-unknown", name = n))
            .hint(hint)
    }

    /// Renders the call's template with `context`; a template error is a
    /// diagnostic at the call, with the template's own place as its detail.
    fn render_template(
        &self,
        call: &Call,
        context: &Context,
        locator: &Locator<'_>,
    ) -> Result<String, Diagnostic> {
        let template = format!("{DIR}{}.html", call.name);
        let mut out = Vec::new();
        let rendered =
            self.templates
                .render_to(&template, context, &mut out, &t!("shortcode-in-template"));
        rendered
            .map(|()| String::from_utf8_lossy(&out).into_owned())
            .map_err(|(inner, _)| {
                let (name, problem) = (&call.name, &inner.message);
                let mut d = locator
                    .error(
                        call.range.start,
                        t!("shortcode-failed", name = name, problem = problem),
                    )
                    .hint(t!("shortcode-failed.hint"));
                d.detail = Some(format!(
                    "{}{}",
                    inner.at,
                    inner.detail.map(|t| format!("\n{t}")).unwrap_or_default()
                ));
                d
            })
    }
}

/// The template's context with the call's arguments: checked and prepared for a
/// built-in shortcode, as written (and as `args`, with `body`) for another.
fn arguments(
    call: &Call,
    body: Option<&str>,
    env: &builtin::Env<'_>,
) -> Result<Context, builtin::ArgError> {
    let mut context = Context::new();
    match builtin::find(&call.name) {
        Some(b) => {
            for (k, v) in args::check(b, call, body, env)? {
                context.insert_value(k, v);
            }
        }
        None => {
            let mut args = tera::Map::new();
            for a in &call.args {
                context.insert_value(a.name.clone(), a.value.to_value());
                args.insert(a.name.clone().into(), a.value.to_value());
            }
            context.insert_value("args", Value::from(args));
            if let Some(b) = body {
                context.insert("body", b);
            }
        }
    }
    Ok(context)
}

/// The Markdown with every call replaced by a placeholder, and what replaces them.
pub(crate) struct Expanded<'t> {
    /// The text to hand to pulldown-cmark.
    pub text: Cow<'t, str>,
    /// Rendered HTML per placeholder number.
    pub outputs: Vec<String>,
    /// (start in the new text, bytes removed up to and including this edit).
    shifts: Vec<(usize, isize)>,
    /// Problems found.
    pub problems: Vec<Diagnostic>,
}

impl Expanded<'_> {
    /// Maps an offset in the expanded text back to the original Markdown.
    pub(crate) fn original_offset(&self, offset: usize) -> usize {
        let shift = self
            .shifts
            .iter()
            .take_while(|(start, _)| *start < offset)
            .last()
            .map_or(0, |(_, s)| *s);
        offset.saturating_add_signed(shift)
    }
}

/// The placeholder of output `n`.
fn placeholder(n: usize) -> String {
    format!("<!--loa-shortcode:{n}-->")
}

/// Finds and renders every call of `markdown` outside `skip`.
pub(crate) fn expand<'t>(
    markdown: &'t str,
    skip: &[Range<usize>],
    scope: &PageScope<'_>,
    locator: &Locator<'_>,
) -> Expanded<'t> {
    let (pieces, errors) = scan(markdown, skip);
    let mut problems: Vec<Diagnostic> = errors
        .into_iter()
        .map(|e| locator.error(e.offset, e.message).hint(e.hint))
        .collect();
    if pieces.is_empty() {
        return Expanded {
            text: Cow::Borrowed(markdown),
            outputs: Vec::new(),
            shifts: Vec::new(),
            problems,
        };
    }
    let mut text = String::with_capacity(markdown.len());
    let mut outputs = Vec::new();
    let mut shifts = Vec::new();
    let mut last = 0;
    let mut removed: isize = 0;
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (n, piece) in pieces.iter().enumerate() {
        let range = piece.range();
        text.push_str(&markdown[last..range.start]);
        let html = match piece {
            Piece::Literal { text, .. } => crate::text::escape::html(text).into_owned(),
            Piece::Call(call) => {
                let nth = seen.entry(call.name.as_str()).or_insert(0);
                *nth += 1;
                match scope
                    .shortcodes
                    .render_call(call, (n, *nth), markdown, scope, locator)
                {
                    Ok(html) => html,
                    Err(d) => {
                        problems.push(d);
                        String::new()
                    }
                }
            }
        };
        let mark = placeholder(outputs.len());
        outputs.push(html);
        let start = text.len();
        text.push_str(&mark);
        removed += range.len() as isize - mark.len() as isize;
        shifts.push((start, removed));
        last = range.end;
    }
    text.push_str(&markdown[last..]);
    Expanded {
        text: Cow::Owned(text),
        outputs,
        shifts,
        problems,
    }
}

/// Swaps every placeholder in `html` for its output.
pub(crate) fn substitute(html: &str, outputs: &[String]) -> String {
    const OPEN: &str = "<!--loa-shortcode:";
    if outputs.is_empty() || !html.contains(OPEN) {
        return html.to_string();
    }
    let mut out =
        String::with_capacity(html.len() + outputs.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at + OPEN.len()..];
        let number = after
            .find("-->")
            .and_then(|end| after[..end].parse::<usize>().ok().map(|n| (n, end)));
        match number.and_then(|(n, end)| outputs.get(n).map(|o| (o, end))) {
            Some((output, end)) => {
                out.push_str(output.trim_end_matches('\n'));
                rest = &after[end + 3..];
            }
            None => {
                out.push_str(OPEN);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
