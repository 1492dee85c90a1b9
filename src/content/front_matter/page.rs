//! A page's front matter: its kind, the keys it accepts, the struct they are
//! read into, and the parser that takes the taxonomy terms out beside it.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use super::{Award, Metric, ModelInfo, Scalar, key_location};
use crate::error::{Diagnostic, Location, closest};
use crate::yaml::{self, YamlSource};

/// What a page is about, which picks its layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// News and features.
    #[default]
    Article,
    /// A profile of an exemplary model ("điển hình tiên tiến").
    Model,
    /// An achievement with figures against targets.
    Achievement,
    /// An award list ("khen thưởng").
    Award,
    /// A page that is not news (about, contact, a legal notice): in no list, feed
    /// or archive, but searchable and in the sitemap.
    Page,
}

impl PageKind {
    /// The name used in templates and front matter.
    pub fn as_str(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Model => "model",
            PageKind::Achievement => "achievement",
            PageKind::Award => "award",
            PageKind::Page => "page",
        }
    }
}

/// Keys every page accepts (taxonomy names come on top).
pub(crate) const PAGE_KEYS: &[&str] = &[
    "title",
    "date",
    "updated",
    "summary",
    "kind",
    "authors",
    "source",
    "image",
    "image_caption",
    "image_credit",
    "draft",
    "expires",
    "featured",
    "slug",
    "aliases",
    "weight",
    "template",
    "model",
    "metrics",
    "award",
    "id",
    "extra",
];

/// A page's front matter as written (taxonomy keys are read separately).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PageFrontMatter {
    /// Headline (required).
    pub title: Option<String>,
    /// Publication date (required).
    pub date: Option<Scalar>,
    /// Last update.
    pub updated: Option<Scalar>,
    /// The sapo; the first paragraph otherwise.
    pub summary: Option<String>,
    /// Page kind.
    #[serde(default)]
    pub kind: PageKind,
    /// Source outlet.
    pub source: Option<String>,
    /// Lead image.
    pub image: Option<String>,
    /// Its caption.
    pub image_caption: Option<String>,
    /// Who took or owns it ("Ảnh: …"), for feeds' `media:credit`.
    pub image_credit: Option<String>,
    /// Drafts are built only with `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// Hidden after this instant.
    pub expires: Option<Scalar>,
    /// Shown among featured stories.
    #[serde(default)]
    pub featured: bool,
    /// URL slug override.
    pub slug: Option<String>,
    /// Old URLs that redirect here.
    #[serde(default, deserialize_with = "one_or_many")]
    pub aliases: Vec<String>,
    /// Order when a section sorts by weight.
    #[serde(default)]
    pub weight: i64,
    /// Template override.
    pub template: Option<String>,
    /// Exemplary model profile.
    pub model: Option<ModelInfo>,
    /// Figures against targets.
    #[serde(default)]
    pub metrics: Vec<Metric>,
    /// Award decision.
    pub award: Option<Award>,
    /// A stable identifier for feeds, overriding the one derived from date and path.
    pub id: Option<String>,
    /// Anything else, for themes.
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Accepts `key: one` as well as `key: [one, two]`.
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    match Option::<OneOrMany>::deserialize(d) {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(OneOrMany::One(s))) => Ok(vec![s]),
        Ok(Some(OneOrMany::Many(v))) => Ok(v),
        Err(_) => Err(serde::de::Error::custom(t!("page-expected-list"))),
    }
}

/// A page's front matter with its taxonomy terms.
#[derive(Debug, Clone, Default)]
pub struct ParsedPageFrontMatter {
    /// The fixed keys.
    pub fm: PageFrontMatter,
    /// Terms per taxonomy name, in the order written.
    pub taxonomies: BTreeMap<String, Vec<String>>,
}

/// Parses a page's front matter. Unknown keys (not in [`PAGE_KEYS`] nor a taxonomy
/// name) are errors with a suggestion; every problem found is returned.
pub fn parse_page(
    yaml_text: &str,
    source: YamlSource<'_>,
    taxonomy_names: &[&str],
) -> Result<ParsedPageFrontMatter, Vec<Diagnostic>> {
    // Parse the YAML once into a mapping, take the taxonomy keys out and turn the rest
    // into the typed struct; only on failure parse the text again, typed, to get the
    // error's line and column.
    let mapping: serde_yaml::Mapping = if yaml_text.trim().is_empty() {
        serde_yaml::Mapping::new()
    } else {
        serde_yaml::from_str(yaml_text).map_err(|_| located_errors(yaml_text, source))?
    };
    let SortedKeys {
        known,
        taxonomies,
        mut problems,
    } = sort_keys(mapping, yaml_text, source, taxonomy_names);
    match serde_yaml::from_value::<PageFrontMatter>(serde_yaml::Value::Mapping(known)) {
        Ok(fm) if problems.is_empty() => Ok(ParsedPageFrontMatter { fm, taxonomies }),
        Ok(_) => Err(problems),
        Err(_) => {
            // The typed pass over the text reports the same problem with its place;
            // an unknown key found above may be what it reports, so keep one of each.
            for d in located_errors(yaml_text, source) {
                if !problems
                    .iter()
                    .any(|p| p.at == d.at && p.message == d.message)
                {
                    problems.push(d);
                }
            }
            Err(problems)
        }
    }
}

/// The problems of front matter that does not read as a page's, at their place
/// in the file: the typed parse of the text finds them.
fn located_errors(yaml_text: &str, source: YamlSource<'_>) -> Vec<Diagnostic> {
    match yaml::parse::<PageFrontMatter>(yaml_text, source, &t!("page-what"), PAGE_KEYS) {
        Err(d) => vec![d],
        Ok(_) => vec![
            Diagnostic::error(Location::at(source.path, 1, 1), t!("page-not-a-map"))
                .with_source(source.file_text),
        ],
    }
}

/// A page's front matter sorted by key.
struct SortedKeys {
    /// The fixed keys, to be read into [`PageFrontMatter`].
    known: serde_yaml::Mapping,
    /// Terms per taxonomy name.
    taxonomies: BTreeMap<String, Vec<String>>,
    /// Keys that are not words, unknown keys and taxonomies that are not lists.
    problems: Vec<Diagnostic>,
}

/// Sorts the keys of a page's front matter: the fixed keys apart from the
/// taxonomies' terms; a key that is neither is a problem, and so is a taxonomy
/// whose value is not a list of terms.
fn sort_keys(
    mapping: serde_yaml::Mapping,
    yaml_text: &str,
    source: YamlSource<'_>,
    taxonomy_names: &[&str],
) -> SortedKeys {
    let mut problems = Vec::new();
    let mut taxonomies = BTreeMap::new();
    let mut known = serde_yaml::Mapping::new();
    for (key, value) in mapping {
        let serde_yaml::Value::String(key) = key else {
            problems.push(
                Diagnostic::error(
                    Location::at(source.path, source.line_offset.max(1), 1),
                    t!("page-key-not-a-word"),
                )
                .hint(t!("page-key-not-a-word.hint"))
                .with_source(source.file_text),
            );
            continue;
        };
        // `authors` is both a known key and, usually, a taxonomy: read it as terms too.
        let taxonomy = taxonomy_names.contains(&key.as_str());
        if PAGE_KEYS.contains(&key.as_str()) && !taxonomy {
            known.insert(serde_yaml::Value::String(key), value);
            continue;
        }
        let at = key_location(yaml_text, &key, source);
        if !taxonomy {
            problems.push(unknown_key(&key, at, taxonomy_names, source));
            continue;
        }
        if let Some(list) = value.as_str().and_then(meant_list) {
            problems.push(
                Diagnostic::error(at, t!("taxonomy-one-text", key = &key))
                    .hint(t!("taxonomy-one-text.hint", key = &key, list = list))
                    .with_source(source.file_text),
            );
            continue;
        }
        match terms(value) {
            Some(t) => {
                taxonomies.insert(key, t);
            }
            None => problems.push(
                Diagnostic::error(at, t!("taxonomy-wrong-type", key = &key))
                    .hint(t!("taxonomy-wrong-type.hint", key = &key))
                    .with_source(source.file_text),
            ),
        }
    }
    SortedKeys {
        known,
        taxonomies,
        problems,
    }
}

/// An unknown key at `at`, with the closest known key or taxonomy name as a
/// suggestion (else a pointer to `extra:`).
fn unknown_key(
    key: &str,
    at: Location,
    taxonomy_names: &[&str],
    source: YamlSource<'_>,
) -> Diagnostic {
    let candidates = PAGE_KEYS
        .iter()
        .copied()
        .chain(taxonomy_names.iter().copied());
    let hint = match closest(key, candidates) {
        Some(best) => t!("yaml-did-you-mean", best = best),
        None => t!("page-use-extra"),
    };
    Diagnostic::error(
        at,
        t!("yaml-unknown-key", key = key, what = t!("page-what")),
    )
    .hint(hint)
    .with_source(source.file_text)
}
/// The list a comma- or semicolon-separated text of terms meant (`thi đua, nông
/// thôn mới` → `thi đua, nông thôn mới` as YAML list items), quoting items that
/// need it; `None` for one term.
fn meant_list(text: &str) -> Option<String> {
    let items: Vec<&str> = text
        .split([',', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if items.len() < 2 {
        return None;
    }
    let quoted = items.iter().map(|t| {
        let plain = !t.contains([
            ':', '#', '[', ']', '{', '}', '"', '\'', '&', '*', '!', '|', '>', '%', '@', '`',
        ]);
        if plain {
            t.to_string()
        } else {
            format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""))
        }
    });
    Some(quoted.collect::<Vec<_>>().join(", "))
}

/// The terms of a taxonomy's value: a list of words or numbers, one text, or none.
fn terms(value: serde_yaml::Value) -> Option<Vec<String>> {
    use serde_yaml::Value;
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    match &value {
        Value::Null => Some(Vec::new()),
        Value::String(s) => Some(vec![s.clone()]),
        Value::Sequence(items) => items.iter().map(scalar).collect(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn src<'a>(text: &'a str) -> YamlSource<'a> {
        YamlSource {
            path: Path::new("content/a.md"),
            file_text: text,
            line_offset: 1,
        }
    }

    #[test]
    fn a_text_with_commas_is_not_taken_as_one_term() {
        let yaml = "title: A\ntags: thi đua, nông thôn mới\nprovinces: Hà Giang\n";
        let file = format!("---\n{yaml}---\n");
        let errs = parse_page(yaml, src(&file), &["tags", "provinces"]).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].at.line, errs[0].at.column), (Some(3), Some(1)));
        assert!(
            errs[0].message.contains("not a list"),
            "{}",
            errs[0].message
        );
        assert_eq!(
            errs[0].hint.as_deref(),
            Some("for several terms, write a list: `tags: [thi đua, nông thôn mới]`")
        );
        assert_eq!(meant_list("a; b: c"), Some("a, \"b: c\"".into()));
        assert_eq!(meant_list("Hà Giang"), None);
        assert_eq!(meant_list("Hà Giang,"), None);
    }

    #[test]
    fn taxonomy_keys_and_unknown_keys() {
        let yaml = "title: A\ntags: [x, y]\nprovinces: Hà Giang\ntittle: B\n";
        let file = format!("---\n{yaml}---\n");
        let errs = parse_page(yaml, src(&file), &["tags", "provinces"]).unwrap_err();
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].at.line, Some(5));
        assert_eq!(errs[0].hint.as_deref(), Some("did you mean `title`?"));

        let yaml = "title: A\ntags: [x, y]\nprovinces: Hà Giang\n";
        let parsed = parse_page(yaml, src(&file), &["tags", "provinces"]).unwrap();
        assert_eq!(parsed.taxonomies["tags"], vec!["x", "y"]);
        assert_eq!(parsed.taxonomies["provinces"], vec!["Hà Giang"]);
    }

    #[test]
    fn authors_are_read_as_a_taxonomy() {
        let yaml = "title: A\nauthors: [Minh Anh, Thu Hà]\n";
        let file = format!("---\n{yaml}---\n");
        let parsed = parse_page(yaml, src(&file), &["tags", "authors"]).unwrap();
        assert_eq!(parsed.taxonomies["authors"], vec!["Minh Anh", "Thu Hà"]);
    }

    #[test]
    fn taxonomy_of_wrong_type_is_located() {
        let yaml = "title: A\ntags: {a: 1}\n";
        let file = format!("---\n{yaml}---\n");
        let errs = parse_page(yaml, src(&file), &["tags"]).unwrap_err();
        assert_eq!(errs[0].at.line, Some(3));
    }
}
