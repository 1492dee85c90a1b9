//! Templating shared by page templates and shortcode templates, so Markdown and
//! the page renderer need not know each other: [`Templates`], the one way a tera
//! set is built (fallback prefixes site → theme → built-in, the filters both kinds
//! of templates see, every syntax error reported at its line), the template
//! template `sources`, and [`Obj`], the builder of template values.

mod hints;
mod sources;
mod value;

use std::collections::HashMap;
use std::path::Path;

use tera::{Context, Error, Kwargs, State, Tera, TeraResult, Value};

use crate::config::Language;
use crate::error::{Diagnostic, Location};
use crate::text::number::Decimals;
use crate::theme::Theme;

pub(crate) use sources::{BUILTIN_PREFIX, Part, SHORTCODES_DIR, THEME_PREFIX, TemplateSource};
pub use value::Obj;

/// One compiled set of templates (the pages' or the shortcodes') and their sources,
/// for messages.
pub(crate) struct Templates {
    tera: Tera,
    sources: HashMap<String, TemplateSource>,
    /// Templates left out for an error (reported when loading).
    broken: std::collections::HashSet<String>,
}

/// What a set of templates needs besides its files.
pub(crate) struct Setup<'a> {
    /// The built-in templates of the part: (name, text).
    pub builtins: &'a [(String, &'static str)],
    /// The site's language, for `num`.
    pub language: Language,
    /// Markdown of one line to HTML, for the `markdown` filter.
    pub markdown: fn(&str) -> String,
}

impl Templates {
    /// Reads and compiles the templates of `part`, with the shared filters and what
    /// `register` adds. Every problem comes back beside the set, which holds the
    /// templates that compiled: a page whose template is broken is not rendered, the
    /// others are, so their problems are found in the same run.
    pub(crate) fn load(
        root: &Path,
        theme: &Theme,
        part: Part,
        setup: &Setup<'_>,
        register: impl FnOnce(&mut Tera),
    ) -> (Templates, Vec<Diagnostic>) {
        let (sources, mut problems) = sources::collect(root, theme, part, setup.builtins);
        let mut tera = Tera::default();
        if let Err(e) = tera.set_fallback_prefixes([THEME_PREFIX, BUILTIN_PREFIX]) {
            problems.push(Diagnostic::error(
                Location::file("templates"),
                e.to_string(),
            ));
        }
        register_shared(&mut tera, setup.language, setup.markdown);
        register(&mut tera);
        let (broken, more) = sources::add_all(&mut tera, &sources);
        problems.extend(more);
        let templates = Templates {
            tera,
            sources: sources.into_iter().map(|s| (s.name.clone(), s)).collect(),
            broken: broken.into_iter().collect(),
        };
        (templates, problems)
    }

    /// True when the template a page asking for `name` would get (the site's, else
    /// the theme's, else the built-in one) was left out for an error.
    pub(crate) fn is_broken(&self, name: &str) -> bool {
        if self.broken.is_empty() {
            return false;
        }
        ["", THEME_PREFIX, BUILTIN_PREFIX]
            .iter()
            .map(|prefix| format!("{prefix}{name}"))
            .find(|full| self.sources.contains_key(full))
            .is_some_and(|full| self.broken.contains(&full))
    }

    /// The compiled set, for functions registered after loading and the globals.
    pub(crate) fn tera_mut(&mut self) -> &mut Tera {
        &mut self.tera
    }

    /// True when a template with this name exists (site, theme or built-in).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Every template's name as registered (with its prefix).
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    /// Renders `name` into `out`; an error becomes a diagnostic at the template's
    /// line, `what` naming what was being done.
    pub(crate) fn render_to(
        &self,
        name: &str,
        context: &Context,
        out: &mut Vec<u8>,
        what: &str,
    ) -> Result<(), (Diagnostic, tera::Error)> {
        self.tera
            .render_to(name, context, out)
            .map_err(|e| (self.diagnostic(&e, what), e))
    }

    /// A tera error as a diagnostic in the template's own file.
    pub(crate) fn diagnostic(&self, e: &tera::Error, what: &str) -> Diagnostic {
        let files: HashMap<&str, &TemplateSource> =
            self.sources.iter().map(|(k, v)| (k.as_str(), v)).collect();
        sources::diagnostic(e, &files, what)
    }
}

/// The filters page and shortcode templates share: `slugify`, `fold`, `json` (safe
/// inside `<script>`), `urlencode`, `markdown` and `num(decimals=1)`.
fn register_shared(tera: &mut Tera, language: Language, markdown: fn(&str) -> String) {
    tera.register_filter("slugify", |s: &str, _: Kwargs, _: &State| {
        crate::text::slug::slugify(s)
    });
    tera.register_filter("fold", |s: &str, _: Kwargs, _: &State| {
        crate::text::fold::fold(s)
    });
    // `truncate` that ends at a word: `{{ text | shorten(length=240) }}`.
    tera.register_filter("shorten", |s: &str, kwargs: Kwargs, _: &State| {
        let length = kwargs.get::<usize>("length")?.unwrap_or(240);
        Ok::<_, Error>(crate::text::plain::shorten(s, length))
    });
    tera.register_filter(
        "json",
        |v: &Value, _: Kwargs, _: &State| -> TeraResult<Value> {
            let json = serde_json::to_string(v).map_err(|e| Error::message(e.to_string()))?;
            Ok(Value::safe_string(&crate::text::escape::script_json(&json)))
        },
    );
    tera.register_filter("urlencode", |s: &str, _: Kwargs, _: &State| {
        crate::text::url::encode_component(s)
    });
    tera.register_filter("markdown", move |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&markdown(s))
    });
    let marks = language.number_marks();
    tera.register_filter(
        "num",
        move |v: &Value, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let n = v
                .as_f64()
                .or_else(|| v.as_i64().map(|i| i as f64))
                .ok_or_else(|| Error::message(t!("template-num-needs-number", kind = v.name())))?;
            let decimals = kwargs.get::<i64>("decimals")?.unwrap_or(1).clamp(0, 6) as usize;
            Ok(crate::text::number::format(
                n,
                Decimals::UpTo(decimals),
                marks,
            ))
        },
    );
}
