//! Campaign charts drawn at build time as accessible SVG, with no JavaScript:
//! line (figures over the years against a target), bar (one series over the
//! years, or counts by category), progress (the latest figure against its
//! target) and a tile map of the provinces.
//!
//! Every chart is a `<figure>` holding the `<svg role="img">` (with `<title>` and
//! a `<desc>` that says in words what the chart shows), a legend when needed,
//! the caption, and the data table beside it — the same figures for screen
//! readers, for copying and for printing.

mod bar;
pub(crate) mod format;
mod line;
mod progress;
pub(crate) mod provinces;
pub(crate) mod series;
mod table;
mod tiles;

use std::fmt::Write as _;

use crate::config::Language;
use format::escape;
pub(crate) use series::Series;

/// A chart could not be drawn from its arguments: which argument, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ChartError {
    /// The shortcode argument at fault.
    pub arg: &'static str,
    /// What is wrong.
    pub message: String,
}

impl ChartError {
    /// An error about `arg`.
    pub(crate) fn new(arg: &'static str, message: impl Into<String>) -> Self {
        ChartError {
            arg,
            message: message.into(),
        }
    }
}

/// What every chart has besides its figures.
#[derive(Debug, Clone)]
pub(crate) struct Chart {
    /// Element id (unique on the page); `-title`, `-desc` are derived from it.
    pub id: String,
    /// Its title (the SVG `<title>`, the table's caption).
    pub title: String,
    /// A caption under the chart (Markdown already rendered to HTML).
    pub caption_html: Option<String>,
    /// A note under the table (the data file's `note`).
    pub note: Option<String>,
    /// The site's language, for numbers and words.
    pub language: Language,
}

/// The colours of series, distinguishable with the common colour-vision
/// deficiencies, each with a marker shape so colour is never the only cue.
pub(crate) const PALETTE: [(&str, Marker); 6] = [
    ("#1f5fa8", Marker::Circle),
    ("#d1570d", Marker::Square),
    ("#2a8a5c", Marker::Diamond),
    ("#7a4ea3", Marker::Triangle),
    ("#b8326b", Marker::Circle),
    ("#6b6b1f", Marker::Square),
];

/// A point marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    Circle,
    Square,
    Diamond,
    Triangle,
}

impl Marker {
    /// The marker centred on (x, y), with `title` as its tooltip.
    pub(crate) fn svg(self, x: f64, y: f64, color: &str, title: &str) -> String {
        use format::coord as c;
        let shape = match self {
            Marker::Circle => format!(r#"<circle cx="{}" cy="{}" r="4.5""#, c(x), c(y)),
            Marker::Square => format!(
                r#"<rect x="{}" y="{}" width="8" height="8""#,
                c(x - 4.0),
                c(y - 4.0)
            ),
            Marker::Diamond => format!(r#"<path d="M{} {}l5 5l-5 5l-5 -5z""#, c(x), c(y - 5.0)),
            Marker::Triangle => format!(r#"<path d="M{} {}l5 9h-10z""#, c(x), c(y - 5.0)),
        };
        format!(
            r##"{shape} fill="{color}" stroke="#fff" stroke-width="1.5"><title>{}</title></{}>"##,
            escape(title),
            match self {
                Marker::Circle => "circle",
                Marker::Square => "rect",
                _ => "path",
            }
        )
    }
}

/// Words charts print.
pub(crate) struct Words {
    pub target: &'static str,
    pub data_table: &'static str,
    pub year: &'static str,
    pub reached: &'static str,
    pub of_target: &'static str,
    pub rises: &'static str,
    pub falls: &'static str,
    pub stays: &'static str,
    pub province: &'static str,
    pub others_none: &'static str,
    pub legend: &'static str,
    pub none: &'static str,
}

pub(crate) fn words(language: Language) -> Words {
    match language {
        Language::Vi => Words {
            target: "Mục tiêu",
            data_table: "Bảng số liệu",
            year: "Năm",
            reached: "đã đạt mục tiêu",
            of_target: "so với mục tiêu",
            rises: "tăng từ",
            falls: "giảm từ",
            stays: "giữ ở mức",
            province: "Tỉnh, thành phố",
            others_none: "Các tỉnh, thành phố còn lại: 0.",
            legend: "Chú giải",
            none: "không có",
        },
        Language::En => Words {
            target: "Target",
            data_table: "Data table",
            year: "Year",
            reached: "target reached",
            of_target: "of target",
            rises: "rises from",
            falls: "falls from",
            stays: "stays at",
            province: "Province",
            others_none: "All other provinces: 0.",
            legend: "Legend",
            none: "none",
        },
    }
}

/// The opening `<svg>` with its title and description.
pub(crate) fn svg_open(chart: &Chart, width: u32, height: u32, desc: &str) -> String {
    let id = escape(&chart.id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\" \
         font-size=\"13\" style=\"max-width:100%;height:auto\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        escape(&chart.title),
        escape(desc)
    )
}

/// The figure around an SVG, its legend and its table.
pub(crate) fn figure(chart: &Chart, kind: &str, svg: &str, legend: &str, table: &str) -> String {
    let mut html = String::with_capacity(svg.len() + table.len() + 512);
    let _ = write!(
        html,
        "<figure class=\"chart chart-{kind}\" id=\"{}\">\n<div class=\"chart-body\">\n<div class=\"chart-graphic\">\n{svg}{legend}</div>\n\
         <div class=\"chart-data\">\n{table}</div>\n</div>\n",
        escape(&chart.id)
    );
    if let Some(caption) = &chart.caption_html {
        let _ = writeln!(html, "<figcaption>{caption}</figcaption>");
    }
    html.push_str("</figure>\n");
    html
}

/// A legend of series (colour and marker, then label) as an HTML list.
pub(crate) fn legend(chart: &Chart, items: &[(String, usize)], target: Option<&str>) -> String {
    if items.len() < 2 && target.is_none() {
        return String::new();
    }
    let w = words(chart.language);
    let mut html = format!("<ul class=\"chart-legend\" aria-label=\"{}\">", w.legend);
    for (label, i) in items {
        let (color, _) = PALETTE[i % PALETTE.len()];
        let _ = write!(
            html,
            "<li><span class=\"chart-key\" style=\"background:{color}\" aria-hidden=\"true\"></span>{}</li>",
            escape(label)
        );
    }
    if let Some(t) = target {
        let _ = write!(
            html,
            "<li><span class=\"chart-key chart-key-target\" aria-hidden=\"true\"></span>{}</li>",
            escape(t)
        );
    }
    html.push_str("</ul>\n");
    html
}

/// A round upper bound for an axis, and its tick step (five or so ticks).
pub(crate) fn nice_scale(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 0.2);
    }
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    ((max / step).ceil() * step, step)
}

/// Draws `series` as a line chart.
pub(crate) fn line(chart: &Chart, series: &[Series]) -> String {
    line::render(chart, series)
}

/// Draws one series as bars (vertical for a few short labels, else horizontal).
pub(crate) fn bar(chart: &Chart, series: &Series) -> String {
    bar::render(chart, series)
}

/// Draws the latest figure of each series against its target.
pub(crate) fn progress(chart: &Chart, series: &[Series]) -> Result<String, ChartError> {
    progress::render(chart, series)
}

/// Draws counts (or sums) per province on the tile map. Names that are not
/// provinces are an error naming them.
pub(crate) fn province_map(
    chart: &Chart,
    counts: &[(String, f64)],
    unit: Option<&str>,
) -> Result<String, ChartError> {
    tiles::render(chart, counts, unit)
}

#[cfg(test)]
mod tests;
