//! `site.yaml`: `RawConfig` is what the user writes (serde), [`Config`] is the
//! checked form with defaults applied that the rest of the pipeline reads.

use std::path::Path;

use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Location, Result};
pub(crate) use crate::language::Language;
use crate::yaml::{self, YamlSource};

/// The name of the configuration file at the site root.
pub(crate) const CONFIG_FILE: &str = "site.yaml";

const KNOWN_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "theme",
    "timezone",
    "paginate_by",
    "taxonomies",
    "feeds",
    "campaign",
    "menu",
    "publisher",
    "extra",
];

/// `site.yaml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    #[serde(default)]
    description: Option<String>,
    base_url: String,
    #[serde(default)]
    language: Option<Language>,
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
    #[serde(default)]
    paginate_by: Option<usize>,
    #[serde(default)]
    taxonomies: Option<Vec<TaxonomyConfig>>,
    #[serde(default)]
    feeds: Option<FeedsConfig>,
    #[serde(default)]
    campaign: Option<serde_json::Value>,
    #[serde(default)]
    menu: Vec<MenuItem>,
    #[serde(default)]
    publisher: Option<Publisher>,
    #[serde(default)]
    extra: serde_json::Map<String, serde_json::Value>,
}

/// A taxonomy: the front matter key and its URL segment.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyConfig {
    /// The front matter key (`tags`).
    pub name: String,
    /// The URL segment (`chu-de`).
    pub path: String,
    /// Its title on list pages; the theme's i18n string for `name` otherwise.
    #[serde(default)]
    pub title: Option<String>,
    /// Items per term page; the site's `paginate_by` otherwise.
    #[serde(default)]
    pub paginate_by: Option<usize>,
    /// Whether each term gets feeds (default true).
    #[serde(default = "yes")]
    pub feeds: bool,
}

fn yes() -> bool {
    true
}

/// Which feeds to write and how.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedsConfig {
    /// RSS 2.0 (`rss.xml`).
    pub rss: bool,
    /// Atom 1.0 (`atom.xml`).
    pub atom: bool,
    /// JSON Feed 1.1 (`feed.json`).
    pub json: bool,
    /// Items per feed.
    pub limit: usize,
    /// Full HTML in items (true) or only the summary.
    pub full_content: bool,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            rss: true,
            atom: true,
            json: true,
            limit: 50,
            full_content: true,
        }
    }
}

/// A navigation entry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MenuItem {
    /// The label.
    pub name: String,
    /// Where it goes (site-relative or absolute).
    pub url: String,
}

/// The publisher's legal identity, for the footer, feeds and JSON-LD.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Name of the outlet.
    pub name: String,
    /// Logo URL (site-relative or absolute).
    #[serde(default)]
    pub logo: Option<String>,
    /// "Cơ quan chủ quản".
    #[serde(default)]
    pub governing_body: Option<String>,
    /// "Tổng biên tập".
    #[serde(default)]
    pub editor_in_chief: Option<String>,
    /// "Giấy phép số …".
    #[serde(default)]
    pub licence: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<String>,
    /// Contact e-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Contact phone.
    #[serde(default)]
    pub phone: Option<String>,
}

/// The checked site configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Config {
    /// Site title.
    pub title: String,
    /// Site description.
    pub description: Option<String>,
    /// Absolute base URL without a trailing slash.
    pub base_url: String,
    /// Site language.
    pub language: Language,
    /// Theme name (`themes/<name>` in the site, or a built-in theme), if any.
    pub theme: Option<String>,
    /// Time zone for dates written without an offset.
    #[serde(serialize_with = "serialize_tz")]
    pub timezone: Tz,
    /// Items per listing page.
    pub paginate_by: usize,
    /// Taxonomies, in the order written.
    pub taxonomies: Vec<TaxonomyConfig>,
    /// Feed settings.
    pub feeds: FeedsConfig,
    /// Campaign facts for themes.
    pub campaign: serde_json::Value,
    /// Navigation.
    pub menu: Vec<MenuItem>,
    /// Publisher identity.
    pub publisher: Option<Publisher>,
    /// Anything else, for themes.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

fn serialize_tz<S: serde::Serializer>(tz: &Tz, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(tz.name())
}

impl Config {
    /// Reads and checks `<root>/site.yaml`.
    pub fn load(root: &Path) -> Result<Config> {
        Config::load_noting(root).map(|(config, _)| config)
    }

    /// Reads and checks `<root>/site.yaml`, with a warning when it was not saved as
    /// plain UTF-8.
    pub(crate) fn load_noting(root: &Path) -> Result<(Config, Option<Diagnostic>)> {
        let path = root.join(CONFIG_FILE);
        let bytes = std::fs::read(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::single(
                    Diagnostic::error(Location::file(CONFIG_FILE), t!("config-missing"))
                        .hint(t!("config-missing.hint", root = root)),
                )
            } else {
                Error::io(&path, e)
            }
        })?;
        let (text, note) =
            crate::read::text(Path::new(CONFIG_FILE), bytes).map_err(Error::single)?;
        let text = crate::text::nfc::to_nfc(&text);
        let config = Config::parse(&text, Path::new(CONFIG_FILE))?;
        Ok((config, note))
    }

    /// Parses and checks the text of a `site.yaml`; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let source = YamlSource {
            path,
            file_text: text,
            line_offset: 0,
        };
        let raw: RawConfig =
            yaml::parse(text, source, &t!("config-what"), KNOWN_KEYS).map_err(Error::single)?;
        let mut problems = Vec::new();
        let base_url = checked_base_url(&raw.base_url, text, path, &mut problems);
        let timezone = checked_timezone(raw.timezone.as_deref(), text, path, &mut problems);
        let paginate_by = raw.paginate_by.unwrap_or(20);
        if paginate_by == 0 {
            problems.push(
                Diagnostic::error(
                    key_location(text, path, "paginate_by"),
                    t!("config-paginate-by-zero"),
                )
                .with_source(text),
            );
        }
        let taxonomies = raw.taxonomies.unwrap_or_else(default_taxonomies);
        problems.extend(taxonomy_problems(&taxonomies, text, path));
        if !problems.is_empty() {
            return Err(Error::Diagnostics(problems));
        }
        Ok(Config {
            title: raw.title,
            description: raw.description,
            base_url,
            language: raw.language.unwrap_or_default(),
            theme: raw.theme.filter(|t| !t.trim().is_empty()),
            timezone,
            paginate_by,
            taxonomies,
            feeds: raw.feeds.unwrap_or_default(),
            campaign: raw.campaign.unwrap_or(serde_json::Value::Null),
            menu: raw.menu,
            publisher: raw.publisher,
            extra: raw.extra,
        })
    }

    /// The absolute URL of a site path (`/a/b/` → `https://host/a/b/`).
    pub fn permalink(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            return path.to_string();
        }
        let mut s = String::with_capacity(self.base_url.len() + path.len() + 1);
        s.push_str(&self.base_url);
        if !path.starts_with('/') {
            s.push('/');
        }
        s.push_str(path);
        s
    }
}

/// The base URL as written, trimmed and without a trailing `/`; a problem
/// unless it is absolute (a scheme and a host).
fn checked_base_url(
    written: &str,
    text: &str,
    path: &Path,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let base_url = written.trim().trim_end_matches('/').to_string();
    let absolute = (base_url.starts_with("https://") || base_url.starts_with("http://"))
        && base_url.split("://").nth(1).is_some_and(|h| !h.is_empty());
    if !absolute {
        problems.push(
            Diagnostic::error(
                key_location(text, path, "base_url"),
                t!("config-base-url-relative"),
            )
            .hint(t!("config-base-url-relative.hint"))
            .with_source(text),
        );
    }
    base_url
}

/// The time zone named (Asia/Ho_Chi_Minh when none is); an unknown name is a
/// problem, and the default stands in for it.
fn checked_timezone(
    name: Option<&str>,
    text: &str,
    path: &Path,
    problems: &mut Vec<Diagnostic>,
) -> Tz {
    let Some(name) = name else {
        return chrono_tz::Asia::Ho_Chi_Minh;
    };
    name.parse::<Tz>().unwrap_or_else(|_| {
        problems.push(
            Diagnostic::error(
                key_location(text, path, "timezone"),
                t!("config-unknown-timezone", name = name),
            )
            .hint(t!("config-unknown-timezone.hint"))
            .with_source(text),
        );
        chrono_tz::Asia::Ho_Chi_Minh
    })
}

/// Problems with the taxonomies: a name or path that is not plain, and a name
/// or path declared twice.
fn taxonomy_problems(taxonomies: &[TaxonomyConfig], text: &str, path: &Path) -> Vec<Diagnostic> {
    let at = || key_location(text, path, "taxonomies");
    let mut problems = Vec::new();
    for (i, t) in taxonomies.iter().enumerate() {
        let bad_name = crate::text::slug::slugify(&t.name).replace('-', "_") != t.name;
        let bad_path = crate::text::slug::slugify(&t.path) != t.path;
        if bad_name || bad_path {
            problems.push(
                Diagnostic::error(at(), t!("config-taxonomy-not-plain", name = &t.name))
                    .hint(t!("config-taxonomy-not-plain.hint"))
                    .with_source(text),
            );
        }
        if taxonomies[..i]
            .iter()
            .any(|o| o.name == t.name || o.path == t.path)
        {
            problems.push(
                Diagnostic::error(at(), t!("config-taxonomy-twice", name = &t.name))
                    .with_source(text),
            );
        }
    }
    problems
}

fn default_taxonomies() -> Vec<TaxonomyConfig> {
    [
        ("tags", "chu-de"),
        ("provinces", "tinh-thanh"),
        ("authors", "tac-gia"),
    ]
    .into_iter()
    .map(|(name, path)| TaxonomyConfig {
        name: name.into(),
        path: path.into(),
        title: None,
        paginate_by: None,
        feeds: true,
    })
    .collect()
}

/// The location of a top-level `key:` in a YAML text (the file when absent).
pub(crate) fn key_location(text: &str, path: &Path, key: &str) -> Location {
    let prefix = format!("{key}:");
    text.lines()
        .position(|l| l.starts_with(&prefix))
        .map(|i| Location::at(path, i + 1, 1))
        .unwrap_or_else(|| Location::file(path))
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
