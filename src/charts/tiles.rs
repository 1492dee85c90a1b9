//! The tile map: one square per province, shaded by its figure. The long
//! country is cut in two panels — the north and the north of the centre on the
//! left, the rest of the centre and the south on the right — so the map stays
//! about as wide as it is tall.

use std::fmt::Write as _;

use super::format::{coord as c, escape, number, with_unit};
use super::provinces::{self, Province};
use super::{Chart, ChartError, figure, svg_open, table, words};
use crate::config::Language;

const CELL: f64 = 40.0;
const GAP: f64 = 3.0;
/// Rows from this one on go to the right-hand panel.
const SPLIT: u8 = 12;
const PANEL_COLS: f64 = 7.5;
const MARGIN: f64 = 8.0;
const LEGEND_H: f64 = 40.0;

/// Shades for figures, light to dark; the last two take white text.
const SHADES: [&str; 5] = ["#d4ebd0", "#a3d39c", "#65b46a", "#2e8049", "#1a5632"];
const EMPTY: &str = "#efefef";

fn place(p: &Province) -> (f64, f64) {
    let (col, row) = if p.row < SPLIT {
        (f64::from(p.col), f64::from(p.row))
    } else {
        (f64::from(p.col) + PANEL_COLS, f64::from(p.row - SPLIT))
    };
    (
        MARGIN + col * (CELL + GAP),
        MARGIN + LEGEND_H + row * (CELL + GAP),
    )
}

fn shade(v: f64, max: f64) -> usize {
    if max <= 0.0 {
        return 0;
    }
    (((v / max) * SHADES.len() as f64).ceil() as usize).clamp(1, SHADES.len()) - 1
}

fn plural(language: Language, n: usize) -> String {
    match language {
        Language::Vi => format!("{n} tỉnh, thành phố"),
        Language::En if n == 1 => "1 province".to_string(),
        Language::En => format!("{n} provinces"),
    }
}

/// Draws the figures per province on the tile map, with the table of the
/// provinces that have one; a name that is not a province is an error.
pub(super) fn render(
    chart: &Chart,
    counts: &[(String, f64)],
    unit: Option<&str>,
) -> Result<String, ChartError> {
    let lang = chart.language;
    let w = words(lang);
    let values = totals(counts)?;
    let max = values.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max);
    let width = MARGIN * 2.0 + (PANEL_COLS + 6.0) * (CELL + GAP) + CELL;
    let height = MARGIN * 2.0 + LEGEND_H + f64::from(SPLIT) * (CELL + GAP);
    let desc = describe(&values, lang);
    let mut svg = svg_open(chart, width.ceil() as u32, height.ceil() as u32, &desc);
    svg.push_str(&legend(values.iter().map(|(_, v)| *v), max, lang));
    svg.push_str("<g class=\"chart-tiles\" font-size=\"11\" text-anchor=\"middle\">\n");
    for p in provinces::tiles() {
        let value = values
            .iter()
            .find(|(q, _)| q.name == p.name)
            .map(|(_, v)| *v);
        tile(&mut svg, p, value, max, unit, lang);
    }
    svg.push_str("</g>\n</svg>\n");
    let rows: Vec<(String, f64)> = values
        .iter()
        .map(|(p, v)| (p.name.to_string(), *v))
        .collect();
    let footer = (values.len() < crate::content::provinces::all().count()).then_some(w.others_none);
    let table = table::counts_table(chart, w.province, &value_head(unit, lang), &rows, footer);
    Ok(figure(chart, "map", &svg, "", &table))
}

/// The figure of each province named, a name given twice counted once with its
/// figures added, largest first (then by name); names that are not provinces
/// are an error listing them.
fn totals(counts: &[(String, f64)]) -> Result<Vec<(&'static Province, f64)>, ChartError> {
    let mut unknown = Vec::new();
    let mut values: Vec<(&'static Province, f64)> = Vec::new();
    for (name, v) in counts {
        match provinces::find(name) {
            Some(p) => match values.iter_mut().find(|(q, _)| q.name == p.name) {
                Some((_, total)) => *total += v,
                None => values.push((p, *v)),
            },
            None => unknown.push(format!("`{name}`")),
        }
    }
    if !unknown.is_empty() {
        return Err(ChartError::new(
            "data",
            t!("chart-not-a-province", names = unknown.join(", ")),
        ));
    }
    values.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(crate::text::collate::compare(a.0.name, b.0.name))
    });
    Ok(values)
}

/// The map in words: how many provinces have figures, and the five largest.
fn describe(values: &[(&'static Province, f64)], lang: Language) -> String {
    let top: Vec<String> = values
        .iter()
        .take(5)
        .map(|(p, v)| format!("{} {}", p.name, number(*v, None, lang)))
        .collect();
    match lang {
        Language::Vi => format!(
            "Bản đồ ô của 63 tỉnh, thành phố; {} có số liệu. Nhiều nhất: {}.",
            plural(lang, values.len()),
            top.join(", ")
        ),
        Language::En => format!(
            "Tile map of the 63 provinces; {} have figures. Highest: {}.",
            plural(lang, values.len()),
            top.join(", ")
        ),
    }
}

/// Writes the tile of province `p`: a square shaded by its figure (grey without
/// one) with the figure as a tooltip, its short name and its figure.
fn tile(
    svg: &mut String,
    p: &Province,
    value: Option<f64>,
    max: f64,
    unit: Option<&str>,
    lang: Language,
) {
    let (x, y) = place(p);
    let (fill, ink) = match value {
        Some(v) if v > 0.0 => {
            let s = shade(v, max);
            (SHADES[s], if s >= 3 { "#fff" } else { "#1a1a1a" })
        }
        _ => (EMPTY, "#6b6b6b"),
    };
    let title = match value {
        Some(v) => format!("{}: {}", p.name, with_unit(v, unit, lang)),
        None => format!("{}: 0", p.name),
    };
    let _ = write!(
        svg,
        "<g><rect x=\"{}\" y=\"{}\" width=\"{CELL}\" height=\"{CELL}\" rx=\"3\" fill=\"{fill}\"><title>{}</title></rect>\
         <text x=\"{}\" y=\"{}\" fill=\"{ink}\" aria-hidden=\"true\">{}</text>",
        c(x),
        c(y),
        escape(&title),
        c(x + CELL / 2.0),
        c(y + if value.is_some() { 16.0 } else { 24.0 }),
        escape(p.short)
    );
    if let Some(v) = value {
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" fill=\"{ink}\" font-weight=\"700\" font-size=\"13\" aria-hidden=\"true\">{}</text>",
            c(x + CELL / 2.0),
            c(y + 32.0),
            number(v, None, lang)
        );
    }
    svg.push_str("</g>\n");
}

/// The heading of the table's figures: the unit, or "count".
fn value_head(unit: Option<&str>, lang: Language) -> String {
    match unit {
        Some(u) if !u.is_empty() && lang == Language::Vi => format!("Số {u}"),
        Some(u) if !u.is_empty() => u.to_string(),
        _ => match lang {
            Language::Vi => "Số lượng".to_string(),
            Language::En => "Count".to_string(),
        },
    }
}

/// Swatches for the shades in use, each with the range of figures it stands for.
fn legend(values: impl Iterator<Item = f64>, max: f64, lang: Language) -> String {
    let mut ranges: Vec<Option<(f64, f64)>> = vec![None; SHADES.len()];
    for v in values.filter(|v| *v > 0.0) {
        let r = &mut ranges[shade(v, max)];
        *r = Some(match r {
            Some((lo, hi)) => (lo.min(v), hi.max(v)),
            None => (v, v),
        });
    }
    let mut svg = String::from("<g class=\"chart-scale\" aria-hidden=\"true\">\n");
    let mut x = MARGIN;
    let y = MARGIN;
    let mut entry = |fill: &str, label: String, svg: &mut String| {
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"16\" rx=\"2\" fill=\"{fill}\" stroke=\"#bbb\"/><text x=\"{}\" y=\"{}\" fill=\"#333\">{}</text>",
            c(x),
            c(y),
            c(x + 21.0),
            c(y + 13.0),
            escape(&label)
        );
        x += 21.0 + label.chars().count() as f64 * 7.5 + 14.0;
    };
    entry(EMPTY, "0".to_string(), &mut svg);
    for (i, r) in ranges.iter().enumerate() {
        if let Some((lo, hi)) = r {
            let label = if lo == hi {
                number(*lo, None, lang)
            } else {
                format!("{}–{}", number(*lo, None, lang), number(*hi, None, lang))
            };
            entry(SHADES[i], label, &mut svg);
        }
    }
    svg.push_str("</g>\n");
    svg
}
