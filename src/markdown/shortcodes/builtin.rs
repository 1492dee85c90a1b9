//! The built-in shortcodes: their templates, the arguments each accepts (checked
//! before rendering, so a misspelt or mistyped argument is reported at its own
//! column) and the work done in Rust before the template runs (charts, award
//! groups in Vietnamese order, video embed addresses).
//!
//! A site or theme may override a built-in template; the arguments stay checked
//! the same way. A shortcode of another name takes any arguments.

use super::args::Prepared;
use super::{PageScope, prepare};
use crate::config::Language;
use crate::error::Location;
use crate::images::ImageStore;

/// What preparing a call may look at.
pub(super) struct Env<'a> {
    /// The site's data files.
    pub data: &'a serde_json::Value,
    /// Images.
    pub images: &'a ImageStore,
    /// The page.
    pub scope: &'a PageScope<'a>,
    /// Where the call is.
    pub at: &'a Location,
    /// A unique id for elements the call makes.
    pub uid: &'a str,
    /// The site's language.
    pub language: Language,
}

/// A bad argument: where (a byte offset in the Markdown; `None` = the call's
/// name), what, and what to do.
#[derive(Debug)]
pub(super) struct ArgError {
    pub offset: Option<usize>,
    pub message: String,
    pub hint: String,
}

/// An argument's type.
#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    Text,
    Int,
    Number,
    /// An image path: it must exist (or be an http(s) URL).
    Image,
    /// The name of a data file (`tien_do` or `tien-do`).
    Data,
    Url,
    OneOf(&'static [&'static str]),
}

impl Kind {
    /// What the argument takes, as the catalogue's messages select on it (`text`,
    /// `int`, `number`, `one-of`).
    pub(super) fn key(self) -> &'static str {
        match self {
            Kind::Text | Kind::Image | Kind::Data | Kind::Url => "text",
            Kind::Int => "int",
            Kind::Number => "number",
            Kind::OneOf(_) => "one-of",
        }
    }

    /// The values a `OneOf` argument takes, quoted (`"line", "bar"`); empty for the rest.
    pub(super) fn choices(self) -> String {
        match self {
            Kind::OneOf(list) => list
                .iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        }
    }
}

/// One accepted argument.
pub(super) struct Param {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn opt(name: &'static str, kind: Kind) -> Param {
    Param {
        name,
        kind,
        required: false,
    }
}

const fn req(name: &'static str, kind: Kind) -> Param {
    Param {
        name,
        kind,
        required: true,
    }
}

/// A built-in shortcode.
pub(super) struct Builtin {
    pub name: &'static str,
    pub template: &'static str,
    pub params: &'static [Param],
    /// Whether `{% name() %}…{% end %}` is accepted.
    pub body: bool,
    /// A call of it as an editor writes one, for hints.
    pub example: fn() -> String,
    pub prepare: fn(&mut Prepared<'_>, &Env<'_>) -> Result<(), ArgError>,
}

/// Every built-in shortcode.
pub(super) const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "figure",
        template: include_str!("templates/figure.html"),
        params: &[
            req("src", Kind::Image),
            opt("caption", Kind::Text),
            opt("credit", Kind::Text),
            opt("alt", Kind::Text),
            opt("title", Kind::Text),
            opt("link", Kind::Url),
            opt("class", Kind::Text),
        ],
        body: true,
        example: || {
            "{{ figure(src=\"anh.jpg\", caption=\"Chú thích\", credit=\"Ảnh: Minh Anh\") }}".into()
        },
        prepare: prepare::figure,
    },
    Builtin {
        name: "video",
        template: include_str!("templates/video.html"),
        params: &[
            opt("youtube", Kind::Text),
            opt("facebook", Kind::Url),
            opt("src", Kind::Text),
            opt("poster", Kind::Image),
            opt("title", Kind::Text),
            opt("caption", Kind::Text),
            opt("credit", Kind::Text),
            opt("start", Kind::Int),
            opt("ratio", Kind::Text),
            opt("class", Kind::Text),
        ],
        body: false,
        example: || {
            "{{ video(youtube=\"VIDEO_ID\", title=\"Lễ phát động\", poster=\"anh-bia.jpg\") }}"
                .into()
        },
        prepare: prepare::video,
    },
    Builtin {
        name: "quote",
        template: include_str!("templates/quote.html"),
        params: &[
            opt("text", Kind::Text),
            opt("author", Kind::Text),
            opt("role", Kind::Text),
            opt("source", Kind::Text),
            opt("cite", Kind::Url),
            opt("class", Kind::Text),
        ],
        body: true,
        example: || {
            "{% quote(author=\"Nguyễn Văn A\", role=\"Chủ tịch xã\") %}Lời trích{% end %}".into()
        },
        prepare: prepare::quote,
    },
    Builtin {
        name: "stat",
        template: include_str!("templates/stat.html"),
        params: &[
            opt("value", Kind::Number),
            opt("label", Kind::Text),
            opt("unit", Kind::Text),
            opt("target", Kind::Number),
            opt("target_label", Kind::Text),
            opt("year", Kind::Int),
            opt("note", Kind::Text),
            opt("data", Kind::Data),
            opt("series", Kind::Text),
            opt("class", Kind::Text),
        ],
        body: false,
        example: stat_example,
        prepare: prepare::stat,
    },
    Builtin {
        name: "award_table",
        template: include_str!("templates/award_table.html"),
        params: &[
            opt("data", Kind::Data),
            opt("form", Kind::Text),
            opt("province", Kind::Text),
            opt("title", Kind::Text),
            opt("note", Kind::Text),
            opt("class", Kind::Text),
        ],
        body: false,
        example: award_table_example,
        prepare: prepare::award_table,
    },
    Builtin {
        name: "chart",
        template: include_str!("templates/chart.html"),
        params: &[
            req("data", Kind::Data),
            req("kind", Kind::OneOf(&["line", "bar", "progress"])),
            opt("series", Kind::Text),
            opt("group_by", Kind::Text),
            opt("unit", Kind::Text),
            opt("title", Kind::Text),
            opt("caption", Kind::Text),
        ],
        body: false,
        example: || {
            "{{ chart(data=\"tien_do\", kind=\"line\", series=\"communes_standard_pct\") }}".into()
        },
        prepare: prepare::chart,
    },
    Builtin {
        name: "map_provinces",
        template: include_str!("templates/map_provinces.html"),
        params: &[
            opt("data", Kind::Data),
            opt("field", Kind::Text),
            opt("value", Kind::Text),
            opt("unit", Kind::Text),
            opt("title", Kind::Text),
            opt("caption", Kind::Text),
        ],
        body: false,
        example: || "{{ map_provinces(data=\"khen_thuong_2020\") }}".into(),
        prepare: prepare::map_provinces,
    },
];

/// `stat`'s two ways, with a value or from a data file.
fn stat_example() -> String {
    let first = "{{ stat(value=54, unit=\"%\", label=\"xã đạt chuẩn\", target=50) }}";
    let second = "{{ stat(data=\"tien_do\", series=\"communes_standard_pct\") }}";
    t!("shortcode-example-either", first = first, second = second)
}

/// `award_table` on an award page, and from a data file.
fn award_table_example() -> String {
    let first = "{{ award_table() }}";
    let second = "{{ award_table(data=\"khen_thuong_2020\", form=\"Bằng khen\") }}";
    let (a, b) = (first, second);
    t!("shortcode-example-award-table", first = a, second = b)
}

/// The built-in shortcode of this name.
pub(super) fn find(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}
