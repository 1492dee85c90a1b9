//! Front matter: splitting the YAML block off a Markdown file and parsing it into
//! [`PageFrontMatter`] or [`SectionFrontMatter`], with errors at the file's own lines.

mod kinds;
mod page;
mod section;
mod split;

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Location;
use crate::yaml::YamlSource;

pub(crate) use kinds::{Award, Metric, ModelInfo, Recipient};
pub use page::parse_page;
pub(crate) use page::{PageFrontMatter, PageKind};
pub use section::parse_section;
pub(crate) use section::{SectionFrontMatter, SortBy};
pub use split::split;

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
            Err(_) => Err(serde::de::Error::custom(t!("date-expected"))),
        }
    }
}

/// The file location of a top-level `key:` line of front matter.
pub(crate) fn key_location(yaml_text: &str, key: &str, source: YamlSource<'_>) -> Location {
    let found = yaml_text.lines().position(|l| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
    });
    match found {
        Some(i) => Location::at(source.path, i + 1 + source.line_offset, 1),
        None => Location::at(source.path, source.line_offset.max(1), 1),
    }
}
