//! Bar charts: one series, vertical bars for a few short labels (years),
//! horizontal bars for many or long ones (provinces, units).

use std::fmt::Write as _;

use super::format::{coord as c, escape, with_unit};
use super::line::{AXIS_GROUP, ValueAxis};
use super::{Chart, PALETTE, Series, figure, legend, svg_open, table, words};

const W: f64 = 640.0;

/// A sentence listing the largest figures.
fn ranking(s: &Series, chart: &Chart) -> String {
    let unit = s.unit.as_deref();
    let mut sorted: Vec<&(String, f64)> = s.points.iter().collect();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
    let top: Vec<String> = sorted
        .iter()
        .take(5)
        .map(|(x, v)| format!("{x} {}", with_unit(*v, unit, chart.language)))
        .collect();
    let more = if sorted.len() > 5 { ", …" } else { "" };
    format!("{}: {}{more}.", s.label, top.join(", "))
}

pub(super) fn render(chart: &Chart, s: &Series) -> String {
    let longest = s
        .points
        .iter()
        .map(|(x, _)| x.chars().count())
        .max()
        .unwrap_or(0);
    let vertical = (s.points.len() <= 8 && longest <= 8) || (s.points.len() <= 5 && longest <= 16);
    // Years read as a trend; categories (provinces, forms of award) as a ranking.
    let by_year = s.points.iter().all(|(x, _)| x.parse::<i32>().is_ok());
    let desc = if by_year {
        super::line::trend(s, chart.language)
    } else {
        ranking(s, chart)
    };
    let svg = if vertical {
        vertical_bars(chart, s, &desc)
    } else {
        horizontal_bars(chart, s, &desc)
    };
    let w = words(chart.language);
    let legend = legend(chart, &[], s.target.map(|_| w.target));
    let table = if by_year {
        table::series_table(chart, std::slice::from_ref(s))
    } else {
        let head = match s.unit.as_deref() {
            Some(u) if !u.is_empty() => format!("{} ({u})", s.label),
            _ => s.label.clone(),
        };
        let category = match (s.key.as_str(), chart.language) {
            ("province", _) => w.province,
            ("form", crate::config::Language::Vi) => "Hình thức",
            ("form", crate::config::Language::En) => "Award",
            (key, _) => key,
        };
        table::counts_table(chart, category, &head, &s.points, None)
    };
    figure(chart, "bar", &svg, &legend, &table)
}

/// Vertical bars over a value axis, each labelled with its figure above and its
/// x label below, and the target as a dashed rule.
fn vertical_bars(chart: &Chart, s: &Series, desc: &str) -> String {
    const H: f64 = 320.0;
    const LEFT: f64 = 56.0;
    const RIGHT: f64 = 16.0;
    const TOP: f64 = 28.0;
    const BOTTOM: f64 = 36.0;
    let lang = chart.language;
    let unit = s.unit.as_deref();
    let max = s
        .points
        .iter()
        .map(|(_, v)| *v)
        .chain(s.target)
        .fold(0.0_f64, f64::max);
    let axis = ValueAxis::new(max, TOP, H - TOP - BOTTOM);
    let plot_w = W - LEFT - RIGHT;
    let slot = plot_w / s.points.len().max(1) as f64;
    let bar_w = (slot * 0.6).min(72.0);
    let mut svg = svg_open(chart, W as u32, H as u32, desc);
    axis.grid(&mut svg, LEFT, W - RIGHT);
    svg.push_str(AXIS_GROUP);
    axis.labels(&mut svg, LEFT - 8.0, unit == Some("%"), lang);
    svg.push_str("</g>\n");
    let (color, _) = PALETTE[0];
    svg.push_str("<g class=\"chart-series\">\n");
    for (i, (x, v)) in s.points.iter().enumerate() {
        let cx = LEFT + slot * (i as f64 + 0.5);
        let y = axis.y(*v);
        let value = with_unit(*v, unit, lang);
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{color}\"><title>{}: {}</title></rect>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#222\" font-weight=\"600\" aria-hidden=\"true\">{}</text>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#444\" aria-hidden=\"true\">{}</text>",
            c(cx - bar_w / 2.0),
            c(y),
            c(bar_w),
            c(axis.bottom() - y),
            escape(x),
            escape(&value),
            c(cx),
            c(y - 6.0),
            escape(&value),
            c(cx),
            c(H - BOTTOM + 22.0),
            escape(x)
        );
    }
    svg.push_str("</g>\n");
    if let Some(t) = s.target {
        let label = format!("{} {}", words(lang).target, with_unit(t, unit, lang));
        target_rule(&mut svg, &label, axis.y(t), LEFT, W - RIGHT);
    }
    svg.push_str("</svg>\n");
    svg
}

/// Writes the target as a dashed red rule at `y` from `x1` to `x2`, labelled
/// above its right end.
fn target_rule(svg: &mut String, label: &str, y: f64, x1: f64, x2: f64) {
    let _ = writeln!(
        svg,
        "<g class=\"chart-target\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#b3261e\" font-weight=\"600\">{}</text></g>",
        c(x1),
        c(y),
        c(x2),
        c(y),
        c(x2),
        c(y - 6.0),
        escape(label)
    );
}

fn horizontal_bars(chart: &Chart, s: &Series, desc: &str) -> String {
    const ROW: f64 = 26.0;
    const LABELS: f64 = 180.0;
    const RIGHT: f64 = 72.0;
    const TOP: f64 = 8.0;
    let lang = chart.language;
    let unit = s.unit.as_deref();
    let height = TOP * 2.0 + ROW * s.points.len() as f64;
    let max = s
        .points
        .iter()
        .map(|(_, v)| *v)
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let plot_w = W - LABELS - RIGHT;
    let mut svg = svg_open(chart, W as u32, height.ceil() as u32, desc);
    let (color, _) = PALETTE[0];
    svg.push_str("<g class=\"chart-series\">\n");
    for (i, (x, v)) in s.points.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let len = (plot_w * v / max).max(1.0);
        let value = with_unit(*v, unit, lang);
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#222\" aria-hidden=\"true\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{color}\"><title>{}: {}</title></rect>\
             <text x=\"{}\" y=\"{}\" fill=\"#222\" font-weight=\"600\" aria-hidden=\"true\">{}</text>",
            c(LABELS - 8.0),
            c(y + ROW / 2.0 + 4.0),
            escape(x),
            c(LABELS),
            c(y + 4.0),
            c(len),
            c(ROW - 8.0),
            escape(x),
            escape(&value),
            c(LABELS + len + 6.0),
            c(y + ROW / 2.0 + 4.0),
            escape(&value)
        );
    }
    svg.push_str("</g>\n</svg>\n");
    svg
}
