//! Rendering with tera 2: the [`Renderer`] holds the compiled page templates (site
//! over theme over built-in, loaded through [`crate::templating`]), the global
//! context every template sees, and the filters and functions themes rely on.
//! Templates are compiled once per build and rendered from many threads.

pub(crate) mod deps;
pub(crate) mod figures;
pub(crate) mod functions;
pub(crate) mod i18n;
mod related;
pub(crate) mod values;

use std::path::Path;
use std::sync::{Arc, LazyLock};

use tera::{Context, Value};

use crate::config::Config;
use crate::content::Library;
use crate::error::{Diagnostic, Location};
use crate::templating::{Part, Setup, Templates};
use crate::theme::Theme;
use i18n::I18n;
use values::Values;

/// The built-in plain templates, so a site without a theme builds.
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    ("base.html", include_str!("builtin/base.html")),
    ("index.html", include_str!("builtin/index.html")),
    ("section.html", include_str!("builtin/section.html")),
    ("page.html", include_str!("builtin/page.html")),
    (
        "taxonomy_list.html",
        include_str!("builtin/taxonomy_list.html"),
    ),
    (
        "taxonomy_single.html",
        include_str!("builtin/taxonomy_single.html"),
    ),
    ("404.html", include_str!("builtin/404.html")),
    ("list.html", include_str!("builtin/list.html")),
    ("pager.html", include_str!("builtin/pager.html")),
    ("seo_head.html", include_str!("builtin/seo_head.html")),
    (
        "provinces_list.html",
        include_str!("builtin/provinces_list.html"),
    ),
    (
        "archive_index.html",
        include_str!("builtin/archive_index.html"),
    ),
    ("archive.html", include_str!("builtin/archive.html")),
    ("search.html", include_str!("builtin/search.html")),
];

/// [`BUILTIN`] as the templating loader takes it.
static BUILTINS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    BUILTIN
        .iter()
        .map(|(n, t)| ((*n).to_string(), *t))
        .collect()
});

/// Compiled templates plus what every template sees.
pub(crate) struct Renderer {
    templates: Templates,
    /// UI strings and date words.
    pub i18n: I18n,
}

impl Renderer {
    /// Reads and compiles every page template and the i18n strings. All template
    /// errors are returned together.
    pub(crate) fn new(
        root: &Path,
        config: &Config,
        theme: &Theme,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        match Renderer::partial(root, config, theme)? {
            (renderer, problems) if problems.is_empty() => Ok(renderer),
            (_, problems) => Err(problems),
        }
    }

    /// Like [`Renderer::new`], but a template with an error is left out and the rest
    /// are kept, its problems coming back beside them: for a build that goes on to
    /// find every problem and then writes nothing. A page of a broken template renders
    /// as nothing.
    pub(crate) fn partial(
        root: &Path,
        config: &Config,
        theme: &Theme,
    ) -> Result<(Renderer, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let i18n = match I18n::load(root, theme, config.language) {
            Ok(i) => i,
            Err(d) => {
                problems.push(d);
                I18n::load(root, &Theme::default(), config.language).map_err(|d| vec![d])?
            }
        };
        let setup = Setup {
            builtins: &BUILTINS,
            language: config.language,
            markdown: crate::markdown::render_inline,
        };
        let (mut templates, more) = Templates::load(root, theme, Part::Pages, &setup, |tera| {
            functions::register_static(tera, config, &i18n);
            functions::declare_library(tera);
        });
        problems.extend(more);
        let global = templates.tera_mut().global_context();
        global.insert("config", config);
        global.insert("lang", config.language.code());
        global.insert("t", &i18n.strings);
        Ok((Renderer { templates, i18n }, problems))
    }

    /// Makes the library visible to templates: `site`, `data`, and the lookup
    /// functions (`get_page`, `get_section`, `get_taxonomy`).
    pub(crate) fn bind(
        &mut self,
        config: &Config,
        library: &Library,
        values: Arc<Values>,
        data: Value,
        site: Value,
    ) {
        let tera = self.templates.tera_mut();
        functions::register_library(tera, config, library, values);
        let global = tera.global_context();
        global.insert_value("site", site);
        global.insert_value("data", data);
    }

    /// True when a template with this name exists (site, theme or built-in).
    pub(crate) fn has(&self, name: &str) -> bool {
        self.templates.has(name)
    }

    /// Renders `template` with `context`; errors name the template file and line,
    /// and what was being rendered.
    pub(crate) fn render(
        &self,
        template: &str,
        context: &Context,
        what: &Path,
    ) -> Result<Vec<u8>, Diagnostic> {
        if self.templates.is_broken(template) {
            // Its error is reported; the build that goes on writes nothing.
            return Ok(Vec::new());
        }
        // Rendering into bytes skips tera's final UTF-8 check of the whole page:
        // everything written is UTF-8 already.
        let mut out = Vec::with_capacity(16 * 1024);
        self.templates
            .render_to(template, context, &mut out, &t!("render-cannot-render"))
            .map(|()| out)
            .map_err(|(d, e)| {
                let mut d = if matches!(e.kind(), tera::ErrorKind::TemplateNotFound(_)) {
                    Diagnostic::error(
                        Location::file(what),
                        t!("render-template-not-found", template = template),
                    )
                    .hint(t!("render-template-not-found.hint"))
                } else {
                    d
                };
                d.rendering = Some(what.display().to_string());
                d
            })
    }
}
