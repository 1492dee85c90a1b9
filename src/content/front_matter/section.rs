//! A section's front matter (`_index.md`): its keys, its struct and its parser.

use serde::{Deserialize, Serialize};

use crate::error::Diagnostic;
use crate::yaml::{self, YamlSource};

/// Keys a section's `_index.md` accepts.
pub(crate) const SECTION_KEYS: &[&str] = &[
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

/// Parses a section's `_index.md` front matter.
pub fn parse_section(
    yaml_text: &str,
    source: YamlSource<'_>,
) -> Result<SectionFrontMatter, Diagnostic> {
    yaml::parse(yaml_text, source, &t!("section-what"), SECTION_KEYS)
}
