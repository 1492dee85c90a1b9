//! Filters and functions of page templates, beside the ones they share with
//! shortcode templates ([`crate::templating`]: `slugify`, `fold`, `json`,
//! `urlencode`, `markdown`, `num`).
//!
//! Filters: `absolute_url`, `date_format(pattern=…)`.
//! Functions: `get_page(path=)` (the page without its body), `get_section(path=)`, `get_taxonomy(kind=)`,
//! `get_term(kind=, name=)`, `trans(key=)`.

use std::sync::Arc;

use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::config::Config;
use crate::content::Library;
use crate::render::deps::{self, Dep};
use crate::render::i18n::I18n;
use crate::render::values::Values;
use crate::templating::Obj;

/// Registers what needs no library: `absolute_url`, `date_format` and `trans`.
pub(crate) fn register_static(tera: &mut Tera, config: &Config, i18n: &I18n) {
    let base = config.base_url.clone();
    tera.register_filter("absolute_url", move |s: &str, _: Kwargs, _: &State| {
        if s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") {
            s.to_string()
        } else if s.starts_with('/') {
            format!("{base}{s}")
        } else {
            format!("{base}/{s}")
        }
    });
    let words = i18n.dates.clone();
    tera.register_filter(
        "date_format",
        move |v: &Value, kwargs: Kwargs, _: &State| -> TeraResult<String> {
            let pattern = kwargs.must_get::<&str>("pattern")?;
            let iso = v
                .as_map()
                .and_then(|m| m.get(&tera::value::Key::Str("iso")))
                .and_then(Value::as_str)
                .or_else(|| v.as_str())
                .ok_or_else(|| Error::message(t!("render-date-format-needs-date")))?;
            let date = chrono::DateTime::parse_from_rfc3339(iso).map_err(|e| {
                Error::message(t!("render-date-format-bad-date", error = e.to_string()))
            })?;
            Ok(words.format(&date, pattern))
        },
    );
    let strings = i18n.strings.clone();
    tera.register_function(
        "trans",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let key = kwargs.must_get::<&str>("key")?;
            Ok(Value::from(strings.get(key).map_or(key, String::as_str)))
        },
    );
}

/// Names of the lookups [`register_library`] provides.
pub(crate) const LIBRARY_FUNCTIONS: &[&str] =
    &["get_page", "get_section", "get_taxonomy", "get_term"];

/// Declares the library lookups before templates are compiled (tera checks that
/// every function a template calls exists); [`register_library`] replaces them
/// with the real ones once the library is built, before anything renders.
pub(crate) fn declare_library(tera: &mut Tera) {
    for name in LIBRARY_FUNCTIONS {
        tera.register_function(*name, move |_: Kwargs, _: &State| -> TeraResult<Value> {
            let message = t!("render-used-before-content", name = *name);
            Err(Error::message(message))
        });
    }
}

/// Registers the lookups into the built library.
pub(crate) fn register_library(
    tera: &mut Tera,
    config: &Config,
    library: &Library,
    values: Arc<Values>,
) {
    let v = Arc::clone(&values);
    tera.register_function(
        "get_page",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let path = kwargs.must_get::<&str>("path")?;
            let key = path.trim_start_matches("@/");
            v.page_index
                .get(key)
                .map(|&i| {
                    deps::record(Dep::Page(i));
                    v.page_cards[i].clone()
                })
                .ok_or_else(|| Error::message(t!("render-get-page-missing", path = path)))
        },
    );
    let v = Arc::clone(&values);
    tera.register_function(
        "get_section",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let path = kwargs.must_get::<&str>("path")?;
            let key = path.trim_start_matches("@/");
            let found = v
                .section_index
                .get(key)
                .or_else(|| {
                    v.section_index
                        .get(&format!("{}/_index.md", key.trim_matches('/')))
                })
                .or_else(|| v.section_index.get(&format!("/{}/", key.trim_matches('/'))));
            match found {
                Some(&i) => {
                    deps::record(Dep::Section(i));
                    Ok(v.sections[i].clone())
                }
                None if kwargs.get::<bool>("optional")?.unwrap_or(false) => Ok(Value::none()),
                None => {
                    let message = t!("render-get-section-missing", path = path);
                    Err(Error::message(message))
                }
            }
        },
    );
    register_taxonomies(tera, config, library, &values);
}

/// `get_taxonomy(kind=)` and `get_term(kind=, name=)`, each recording what it
/// returned for `loa serve`.
fn register_taxonomies(tera: &mut Tera, config: &Config, library: &Library, values: &Values) {
    let taxonomies: Vec<(String, Value)> = library
        .taxonomies
        .iter()
        .map(|t| (t.config.name.clone(), taxonomy_value(config, t, values)))
        .collect();
    let taxonomies = Arc::new(taxonomies);
    let t = Arc::clone(&taxonomies);
    tera.register_function(
        "get_taxonomy",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let kind = kwargs.must_get::<&str>("kind")?;
            t.iter()
                .position(|(name, _)| name == kind)
                .map(|i| {
                    deps::record(Dep::Taxonomy(i));
                    t[i].1.clone()
                })
                .ok_or_else(|| Error::message(t!("render-get-taxonomy-missing", kind = kind)))
        },
    );
    let terms: Vec<(String, Vec<(String, Value)>)> = library
        .taxonomies
        .iter()
        .map(|t| {
            let list = t
                .terms
                .iter()
                .map(|term| (term.slug.clone(), term_value(term, values, usize::MAX)))
                .collect();
            (t.config.name.clone(), list)
        })
        .collect();
    tera.register_function(
        "get_term",
        move |kwargs: Kwargs, _: &State| -> TeraResult<Value> {
            let kind = kwargs.must_get::<&str>("kind")?;
            let name = kwargs.must_get::<&str>("name")?;
            let slug = crate::text::slug::slugify(name);
            let Some(t) = terms.iter().position(|(k, _)| k == kind) else {
                return Ok(Value::none());
            };
            Ok(match terms[t].1.iter().position(|(s, _)| *s == slug) {
                Some(i) => {
                    deps::record(Dep::Term(t, i));
                    terms[t].1[i].1.clone()
                }
                None => Value::none(),
            })
        },
    );
}

/// A taxonomy with its terms (each with its newest pages) for templates.
pub(crate) fn taxonomy_value(
    config: &Config,
    t: &crate::content::Taxonomy,
    values: &Values,
) -> Value {
    Obj::new()
        .set("name", t.config.name.as_str())
        .opt("title", t.config.title.as_deref())
        .set("url", t.path.as_str())
        .set("permalink", config.permalink(&t.path))
        .set(
            "terms",
            t.terms
                .iter()
                .map(|term| term_value(term, values, 5))
                .collect::<Vec<_>>(),
        )
        .done()
}

/// A term with its page count and up to `limit` of its newest pages.
pub(crate) fn term_value(term: &crate::content::Term, values: &Values, limit: usize) -> Value {
    Obj::new()
        .set("name", term.name.as_str())
        .set("slug", term.slug.as_str())
        .set("url", term.path.as_str())
        .set("count", term.pages.len())
        .set(
            "pages",
            term.pages
                .iter()
                .take(limit)
                .map(|&i| values.page_cards[i].clone())
                .collect::<Vec<_>>(),
        )
        .done()
}
