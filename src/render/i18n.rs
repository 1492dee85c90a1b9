//! UI strings and date words of the site's language: the theme's and the site's
//! `i18n/<lang>.yaml` over the built-in set, so templates hard-code no words.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::config::Language;
use crate::dates::DateWords;
use crate::error::{Diagnostic, Location};
use crate::theme::{Source, Theme};
use crate::yaml::{self, YamlSource};

/// The strings of one language.
#[derive(Debug, Clone)]
pub(crate) struct I18n {
    /// Key → text, for templates as `t.<key>`.
    pub strings: BTreeMap<String, String>,
    /// Weekday and month words and date patterns.
    pub dates: DateWords,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawI18n {
    #[serde(default)]
    strings: BTreeMap<String, String>,
    #[serde(default)]
    dates: Option<RawDates>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDates {
    weekdays: Option<Vec<String>>,
    months: Option<Vec<String>>,
    short: Option<String>,
    long: Option<String>,
    full: Option<String>,
}

const BUILTIN_VI: &str = include_str!("builtin/i18n/vi.yaml");
const BUILTIN_EN: &str = include_str!("builtin/i18n/en.yaml");

impl I18n {
    /// The built-in strings, merged key by key with the theme's file for
    /// `language` (the built-in theme's, then the one in the site's theme folder)
    /// and the site's own `i18n/<lang>.yaml`.
    pub(crate) fn load(root: &Path, theme: &Theme, language: Language) -> Result<I18n, Diagnostic> {
        let (builtin, dates) = match language {
            Language::Vi => (BUILTIN_VI, DateWords::vietnamese()),
            Language::En => (BUILTIN_EN, DateWords::english()),
        };
        let mut i18n = I18n {
            strings: BTreeMap::new(),
            dates,
        };
        let builtin_path = Path::new("<built-in>/i18n.yaml");
        i18n.merge(builtin, builtin_path)?;
        let file = format!("{}.yaml", language.code());
        let mut layers = theme.layers("i18n", &file);
        let own = root.join("i18n").join(&file);
        if own.is_file() {
            layers.push(Source::File(own));
        }
        for source in layers {
            let shown = source.shown(root);
            let bytes = source.read().map_err(|e| {
                Diagnostic::error(
                    Location::file(&shown),
                    t!("files-cannot-read", error = e.to_string()),
                )
            })?;
            let (text, _) = crate::read::text(&shown, bytes.into_owned())?;
            let text = crate::text::nfc::to_nfc(&text).into_owned();
            i18n.merge(&text, &shown)?;
        }
        Ok(i18n)
    }

    fn merge(&mut self, text: &str, path: &Path) -> Result<(), Diagnostic> {
        let source = YamlSource {
            path,
            file_text: text,
            line_offset: 0,
        };
        let raw: RawI18n =
            yaml::parse(text, source, &t!("render-i18n-file"), &["strings", "dates"])?;
        self.strings.extend(raw.strings);
        if let Some(d) = raw.dates {
            let bad =
                |n: &Option<Vec<String>>, len: usize| n.as_ref().is_some_and(|v| v.len() != len);
            if bad(&d.weekdays, 7) || bad(&d.months, 12) {
                return Err(Diagnostic::error(
                    crate::config::key_location(text, path, "dates"),
                    t!("render-i18n-dates-count"),
                )
                .with_source(text));
            }
            if let Some(w) = d.weekdays {
                self.dates.weekdays = w;
            }
            if let Some(m) = d.months {
                self.dates.months = m;
            }
            if let Some(s) = d.short {
                self.dates.short = s;
            }
            if let Some(s) = d.long {
                self.dates.long = s;
            }
            if let Some(s) = d.full {
                self.dates.full = s;
            }
        }
        Ok(())
    }

    /// The text for `key`, or the key itself when missing.
    pub(crate) fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.strings.get(key).map_or(key, String::as_str)
    }
}
