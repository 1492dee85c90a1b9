//! Progress against target: for each series, its latest figure as a bar with the
//! target marked on the same scale.

use std::fmt::Write as _;

use super::format::{coord as c, escape, number, with_unit};
use super::{Chart, ChartError, PALETTE, Series, figure, svg_open, words};
use crate::config::Language;

const W: f64 = 640.0;
const BLOCK: f64 = 70.0;
const LEFT: f64 = 8.0;
const RIGHT: f64 = 150.0;

struct Row<'a> {
    series: &'a Series,
    x: &'a str,
    value: f64,
    target: f64,
}

impl Row<'_> {
    fn percent(&self) -> f64 {
        if self.target > 0.0 {
            self.value / self.target * 100.0
        } else {
            0.0
        }
    }

    fn sentence(&self, language: Language) -> String {
        let w = words(language);
        let unit = self.series.unit.as_deref();
        let mut text = format!(
            "{} ({}): {} {} {} ({}%)",
            self.series.label,
            self.x,
            with_unit(self.value, unit, language),
            w.of_target,
            with_unit(self.target, unit, language),
            number(self.percent(), Some(0), language)
        );
        if self.value >= self.target {
            let _ = write!(text, ", {}", w.reached);
        }
        text.push('.');
        text
    }

    /// Writes the `i`th row: its label, the track with the figure's bar, the
    /// target's mark and the figure with its share of the target.
    fn draw(&self, svg: &mut String, i: usize, lang: Language) {
        let w = words(lang);
        let (color, _) = PALETTE[i % PALETTE.len()];
        let track = W - LEFT - RIGHT;
        let y = 8.0 + BLOCK * i as f64;
        let scale = self.value.max(self.target).max(f64::MIN_POSITIVE);
        let fill = track * self.value / scale;
        let mark = LEFT + track * self.target / scale;
        let unit = self.series.unit.as_deref();
        let reached = self.value >= self.target;
        let _ = writeln!(
            svg,
            "<g class=\"chart-progress{}\">\
             <text x=\"{}\" y=\"{}\" fill=\"#222\" font-weight=\"600\" aria-hidden=\"true\">{} ({})</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" rx=\"3\" fill=\"#e6e6e6\"/>\
             <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\" rx=\"3\" fill=\"{color}\"><title>{}</title></rect>\
             <line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#b3261e\" stroke-width=\"2.5\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#b3261e\" aria-hidden=\"true\">{} {}</text>\
             <text x=\"{}\" y=\"{}\" fill=\"#222\" font-weight=\"600\" aria-hidden=\"true\">{} ({}%)</text></g>",
            if reached { " chart-reached" } else { "" },
            c(LEFT),
            c(y + 14.0),
            escape(&self.series.label),
            escape(self.x),
            c(LEFT),
            c(y + 24.0),
            c(track),
            c(LEFT),
            c(y + 24.0),
            c(fill.max(1.0)),
            escape(&self.sentence(lang)),
            c(mark),
            c(y + 20.0),
            c(mark),
            c(y + 46.0),
            c(mark.clamp(LEFT + 50.0, W - RIGHT - 10.0)),
            c(y + 60.0),
            w.target,
            escape(&with_unit(self.target, unit, lang)),
            c(W - RIGHT + 10.0),
            c(y + 38.0),
            escape(&with_unit(self.value, unit, lang)),
            number(self.percent(), Some(0), lang)
        );
    }
}

/// Draws the latest figure of each series as a bar against its target; a
/// series without a target or without figures is an error.
pub(super) fn render(chart: &Chart, series: &[Series]) -> Result<String, ChartError> {
    let lang = chart.language;
    let rows = rows(series)?;
    if rows.is_empty() {
        return Err(ChartError::new(
            "series",
            t!("chart-progress-no-target-series"),
        ));
    }
    let desc = rows
        .iter()
        .map(|r| r.sentence(lang))
        .collect::<Vec<_>>()
        .join(" ");
    let height = BLOCK * rows.len() as f64 + 8.0;
    let mut svg = svg_open(chart, W as u32, height as u32, &desc);
    for (i, r) in rows.iter().enumerate() {
        r.draw(&mut svg, i, lang);
    }
    svg.push_str("</svg>\n");
    Ok(figure(chart, "progress", &svg, "", &table(chart, &rows)))
}

/// A row for each series: its latest figure and its target.
fn rows(series: &[Series]) -> Result<Vec<Row<'_>>, ChartError> {
    series
        .iter()
        .map(|s| {
            let target = s.target.ok_or_else(|| {
                ChartError::new("series", t!("chart-progress-no-target", key = &s.key))
            })?;
            let (x, value) = s.latest().ok_or_else(|| {
                ChartError::new("series", t!("chart-progress-no-figures", key = &s.key))
            })?;
            Ok(Row {
                series: s,
                x,
                value: *value,
                target,
            })
        })
        .collect()
}

fn table(chart: &Chart, rows: &[Row<'_>]) -> String {
    let lang = chart.language;
    let w = words(lang);
    let (indicator, result, share) = match lang {
        Language::Vi => ("Chỉ tiêu", "Kết quả", "% mục tiêu"),
        Language::En => ("Indicator", "Result", "% of target"),
    };
    let mut html = format!(
        "<table class=\"chart-table\">\n<caption>{}: {}</caption>\n<thead><tr><th scope=\"col\">{indicator}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{result}</th><th scope=\"col\">{}</th><th scope=\"col\">{share}</th></tr></thead>\n<tbody>\n",
        w.data_table,
        escape(&chart.title),
        w.year,
        w.target
    );
    for r in rows {
        let unit = r.series.unit.as_deref();
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}%</td></tr>",
            escape(&r.series.label),
            escape(r.x),
            escape(&with_unit(r.value, unit, lang)),
            escape(&with_unit(r.target, unit, lang)),
            number(r.percent(), Some(0), lang)
        );
    }
    html.push_str("</tbody>\n</table>\n");
    if let Some(note) = &chart.note {
        let _ = writeln!(html, "<p class=\"chart-note\">{}</p>", escape(note));
    }
    html
}
