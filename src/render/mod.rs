//! Rendering with tera 2: the [`Renderer`] holds the compiled templates (site over
//! theme over built-in), the global context every template sees, and the filters and
//! functions themes rely on. Templates are compiled once per build and rendered from
//! many threads.

pub mod deps;
pub mod figures;
pub mod functions;
pub mod i18n;
pub mod templates;
pub mod values;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use tera::{Context, Tera, Value};

use crate::config::Config;
use crate::content::Library;
use crate::error::{Diagnostic, Location};
use crate::theme::Theme;
use i18n::I18n;
use templates::TemplateSource;
use values::Values;

/// Compiled templates plus what every template sees.
pub struct Renderer {
    tera: Tera,
    sources: HashMap<String, TemplateSource>,
    /// UI strings and date words.
    pub i18n: I18n,
}

impl Renderer {
    /// Reads and compiles every template and the i18n strings. All template errors
    /// are returned together.
    pub fn new(root: &Path, config: &Config, theme: &Theme) -> Result<Renderer, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let i18n = match I18n::load(root, theme, config.language) {
            Ok(i) => i,
            Err(d) => {
                problems.push(d);
                I18n::load(root, &Theme::default(), config.language).map_err(|d| vec![d])?
            }
        };
        let (sources, read_problems) = templates::collect(root, theme, templates::Part::Pages);
        problems.extend(read_problems);
        let mut tera = Tera::default();
        tera.set_fallback_prefixes([templates::THEME_PREFIX, templates::BUILTIN_PREFIX])
            .map_err(|e| {
                vec![Diagnostic::error(
                    Location::file("templates"),
                    e.to_string(),
                )]
            })?;
        functions::register_static(&mut tera, config, &i18n);
        functions::declare_library(&mut tera);
        problems.extend(templates::add_all(&mut tera, &sources));
        if !problems.is_empty() {
            return Err(problems);
        }
        let global = tera.global_context();
        global.insert("config", config);
        global.insert("lang", config.language.code());
        global.insert("t", &i18n.strings);
        Ok(Renderer {
            tera,
            sources: sources.into_iter().map(|s| (s.name.clone(), s)).collect(),
            i18n,
        })
    }

    /// Makes the library visible to templates: `site`, `data`, and the lookup
    /// functions (`get_page`, `get_section`, `get_taxonomy`).
    pub fn bind(
        &mut self,
        config: &Config,
        library: &Library,
        values: Arc<Values>,
        data: Value,
        site: Value,
    ) {
        functions::register_library(&mut self.tera, config, library, values);
        let global = self.tera.global_context();
        global.insert_value("site", site);
        global.insert_value("data", data);
    }

    /// True when a template with this name exists (site, theme or built-in).
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `template` with `context`; errors name the template file and line,
    /// and what was being rendered.
    pub fn render(
        &self,
        template: &str,
        context: &Context,
        what: &Path,
    ) -> Result<Vec<u8>, Diagnostic> {
        // Rendering into bytes skips tera's final UTF-8 check of the whole page:
        // everything written is UTF-8 already.
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut out)
            .map(|()| out)
            .map_err(|e| {
                let files: HashMap<&str, &TemplateSource> =
                    self.sources.iter().map(|(k, v)| (k.as_str(), v)).collect();
                let d = templates::diagnostic(&e, &files, "cannot render template");
                let d = if matches!(e.kind(), tera::ErrorKind::TemplateNotFound(_)) {
                    Diagnostic::error(
                    Location::file(what),
                    format!("template `{template}` not found"),
                )
                .hint("add it to templates/ or the theme's templates/, or fix the `template:` name")
                } else {
                    d
                };
                let mut d = d;
                let note = format!("while rendering {}", what.display());
                d.detail = Some(match d.detail.take() {
                    Some(detail) => format!("{detail}\n{note}"),
                    None => note,
                });
                d
            })
    }
}
