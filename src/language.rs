//! The two languages loa speaks: of a site (theme strings, dates, numbers, the
//! pagination path) and of its messages to the editor.

use serde::{Deserialize, Serialize};

/// The site's language: theme strings, date words and the pagination path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Vietnamese (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Language {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
        }
    }

    /// How numbers are written: (thousands separator, decimal point), for
    /// [`crate::text::number::format`].
    pub fn number_marks(self) -> (char, char) {
        match self {
            Language::Vi => ('.', ','),
            Language::En => (',', '.'),
        }
    }

    /// The URL segment before a page number: `/trang/2/` or `/page/2/`.
    pub fn paginate_path(self) -> &'static str {
        match self {
            Language::Vi => "trang",
            Language::En => "page",
        }
    }
}
