//! Front matter: splitting the YAML block off a Markdown file and parsing it into
//! [`PageFrontMatter`] or [`SectionFrontMatter`], with errors at the file's own lines.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{Diagnostic, Location, closest};
use crate::yaml::{self, YamlSource};

/// A Markdown file cut in two.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML text between the `---` lines (empty when there is none).
    pub yaml: &'a str,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
    /// The 1-based line of the file where `body` starts.
    pub body_line: usize,
}

/// Splits `text` at its front matter. A file must open with a `---` line; the block
/// ends at the next line that is exactly `---` (or `...`).
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Err(Diagnostic::error(
            Location::at(path, 1, 1),
            "the file does not start with front matter",
        )
        .hint(
            "open the file with a `---` line, then `title:` and `date:`, then a closing `---` line",
        )
        .with_source(text));
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        let bare = l.trim_end();
        if bare == "---" || bare == "..." {
            let body_start = offset + l.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(
        Diagnostic::error(Location::at(path, 1, 1), "front matter is never closed")
            .hint("end the front matter with a line that holds only `---`")
            .with_source(text),
    )
}

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

/// A YAML scalar read as text, so `date: 2016-08-15` and `date: "2016-08-15"` are alike.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scalar(pub String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Any {
            S(String),
            I(i64),
            F(f64),
        }
        match Any::deserialize(d) {
            Ok(Any::S(s)) => Ok(Scalar(s)),
            Ok(Any::I(i)) => Ok(Scalar(i.to_string())),
            Ok(Any::F(f)) => Ok(Scalar(f.to_string())),
            Err(_) => Err(serde::de::Error::custom(
                "invalid type: expected a date such as 2016-08-15 or 2016-08-15T09:00:00+07:00",
            )),
        }
    }
}

/// An exemplary model profiled by a page.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelInfo {
    /// Person or collective.
    #[serde(default)]
    pub name: Option<String>,
    /// "tập thể" or "cá nhân".
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Their unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Their province.
    #[serde(default)]
    pub province: Option<String>,
    /// What they did.
    #[serde(default)]
    pub achievement: Option<String>,
}

/// A figure reported by an achievement page.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    /// What is measured.
    pub label: String,
    /// The figure.
    pub value: f64,
    /// Its unit ("xã", "%").
    #[serde(default)]
    pub unit: Option<String>,
    /// The target, if any.
    #[serde(default)]
    pub target: Option<f64>,
    /// The year it refers to.
    #[serde(default)]
    pub year: Option<i32>,
}

/// An award decision and its recipients.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// "Quyết định số …".
    #[serde(default)]
    pub decision: Option<String>,
    /// Date of the decision.
    #[serde(default)]
    pub date: Option<Scalar>,
    /// Who issued it.
    #[serde(default)]
    pub issuer: Option<String>,
    /// Who received it.
    #[serde(default)]
    pub recipients: Vec<Recipient>,
}

/// One recipient of an award.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Person or collective.
    pub name: String,
    /// Their unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// Their province.
    #[serde(default)]
    pub province: Option<String>,
    /// Form of award ("Bằng khen", "Cờ thi đua").
    #[serde(default)]
    pub form: Option<String>,
    /// "tập thể" or "cá nhân".
    #[serde(default)]
    pub kind: Option<String>,
    /// Overrides the Vietnamese sort order.
    #[serde(default)]
    pub sort_key: Option<String>,
}

impl Recipient {
    /// The key that orders award recipients: an explicit `sort_key` first, else
    /// people by given name and collectives by their full name. One kind of key for
    /// everyone, so the order never depends on the order written.
    pub fn sort_key(&self) -> crate::text::collate::SortKey {
        use crate::text::collate;
        let is_person = self
            .kind
            .as_deref()
            .is_some_and(|k| crate::text::fold::fold(k).contains("ca nhan"));
        match &self.sort_key {
            Some(key) => collate::key_sort_key(key),
            None if is_person => collate::person_sort_key(&self.name),
            None => collate::sort_key(&self.name),
        }
    }
}

/// Keys every page accepts (taxonomy names come on top).
pub const PAGE_KEYS: &[&str] = &[
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

/// Keys a section's `_index.md` accepts.
pub const SECTION_KEYS: &[&str] = &[
    "title",
    "description",
    "sort_by",
    "paginate_by",
    "template",
    "page_template",
    "dedicated",
    "weight",
    "feeds",
    "extra",
];

/// How a section orders its pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Newest first.
    #[default]
    Date,
    /// Lightest first, then newest.
    Weight,
    /// Vietnamese alphabetical order.
    Title,
}

/// A section's front matter (`_index.md`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFrontMatter {
    /// Section title.
    pub title: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Page order.
    #[serde(default)]
    pub sort_by: SortBy,
    /// Items per listing page.
    pub paginate_by: Option<usize>,
    /// Template for the section.
    pub template: Option<String>,
    /// Default template for its pages.
    pub page_template: Option<String>,
    /// A "chuyên trang": its own landing layout, banner, feeds and embed.
    #[serde(default)]
    pub dedicated: bool,
    /// Order among sibling sections.
    #[serde(default)]
    pub weight: i64,
    /// Whether the section has its own feeds (default true).
    #[serde(default = "default_true")]
    pub feeds: bool,
    /// Anything else, for themes.
    #[serde(default)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

fn default_true() -> bool {
    true
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
        Err(_) => Err(serde::de::Error::custom(
            "invalid type: expected a list of text, e.g. [a, b]",
        )),
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
    let located =
        || match yaml::parse::<PageFrontMatter>(yaml_text, source, "front matter", PAGE_KEYS) {
            Err(d) => vec![d],
            Ok(_) => vec![
                Diagnostic::error(
                    Location::at(source.path, 1, 1),
                    "front matter must be a map of `key: value` lines",
                )
                .with_source(source.file_text),
            ],
        };
    let mapping: serde_yaml::Mapping = if yaml_text.trim().is_empty() {
        serde_yaml::Mapping::new()
    } else {
        serde_yaml::from_str(yaml_text).map_err(|_| located())?
    };
    let mut problems = Vec::new();
    let mut taxonomies = BTreeMap::new();
    let mut known = serde_yaml::Mapping::new();
    for (key, value) in mapping {
        let serde_yaml::Value::String(key) = key else {
            problems.push(
                Diagnostic::error(
                    Location::at(source.path, source.line_offset.max(1), 1),
                    "front matter keys must be words",
                )
                .hint("write each key as a word followed by a colon, e.g. `title: ...`")
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
        if taxonomy {
            match terms(value) {
                Some(t) => {
                    taxonomies.insert(key, t);
                }
                None => problems.push(
                    Diagnostic::error(at, format!("wrong type of value for `{key}`"))
                        .hint(format!(
                            "`{key}` is a list of terms, e.g. `{key}: [nông thôn mới, Internet]`"
                        ))
                        .with_source(source.file_text),
                ),
            }
            continue;
        }
        let candidates = PAGE_KEYS
            .iter()
            .copied()
            .chain(taxonomy_names.iter().copied());
        let hint = match closest(&key, candidates) {
            Some(best) => format!("did you mean `{best}`?"),
            None => "put custom values under `extra:`".to_string(),
        };
        problems.push(
            Diagnostic::error(at, format!("unknown key `{key}` in front matter"))
                .hint(hint)
                .with_source(source.file_text),
        );
    }
    let fm = match serde_yaml::from_value::<PageFrontMatter>(serde_yaml::Value::Mapping(known)) {
        Ok(fm) => fm,
        Err(_) => {
            // The typed pass over the text reports the same problem with its place;
            // an unknown key found above may be what it reports, so keep one of each.
            for d in located() {
                if !problems
                    .iter()
                    .any(|p| p.at == d.at && p.message == d.message)
                {
                    problems.push(d);
                }
            }
            return Err(problems);
        }
    };
    if problems.is_empty() {
        Ok(ParsedPageFrontMatter { fm, taxonomies })
    } else {
        Err(problems)
    }
}

/// Parses a section's `_index.md` front matter.
pub fn parse_section(
    yaml_text: &str,
    source: YamlSource<'_>,
) -> Result<SectionFrontMatter, Diagnostic> {
    yaml::parse(yaml_text, source, "section front matter", SECTION_KEYS)
}

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

/// The file location of a top-level `key:` line of front matter.
pub fn key_location(yaml_text: &str, key: &str, source: YamlSource<'_>) -> Location {
    let found = yaml_text.lines().position(|l| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    match found {
        Some(i) => Location::at(source.path, i + 1 + source.line_offset, 1),
        None => Location::at(source.path, source.line_offset.max(1), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src<'a>(text: &'a str) -> YamlSource<'a> {
        YamlSource {
            path: Path::new("content/a.md"),
            file_text: text,
            line_offset: 1,
        }
    }

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let text = "---\ntitle: A\n---\nBody\n";
        let s = split(text, Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split("---\ntitle: A\n", Path::new("a.md")).unwrap_err();
        assert!(e.message.contains("never closed"));
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
