//! Line charts: one or more series over the years, each target as a dashed line.

use std::fmt::Write as _;

use super::format::{coord as c, escape, number, with_unit};
use super::{Chart, PALETTE, Series, figure, legend, nice_scale, svg_open, table, words};
use crate::config::Language;

const W: f64 = 640.0;
const H: f64 = 340.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 64.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 36.0;

/// How a series moved, in a sentence: "Tỷ lệ …: tăng từ 23,5% (2016) lên 54% (2020); mục tiêu 50%, đã đạt mục tiêu."
pub(crate) fn trend(s: &Series, language: Language) -> String {
    let w = words(language);
    let unit = s.unit.as_deref();
    let mut text = format!("{}: ", s.label);
    match (s.points.first(), s.points.last()) {
        (Some((x0, v0)), Some((x1, v1))) if s.points.len() > 1 => {
            let (a, b) = (
                with_unit(*v0, unit, language),
                with_unit(*v1, unit, language),
            );
            let _ = match (v1.partial_cmp(v0), language) {
                (Some(std::cmp::Ordering::Greater), Language::Vi) => {
                    write!(text, "{} {a} ({x0}) lên {b} ({x1})", w.rises)
                }
                (Some(std::cmp::Ordering::Greater), Language::En) => {
                    write!(text, "{} {a} ({x0}) to {b} ({x1})", w.rises)
                }
                (Some(std::cmp::Ordering::Less), Language::Vi) => {
                    write!(text, "{} {a} ({x0}) xuống {b} ({x1})", w.falls)
                }
                (Some(std::cmp::Ordering::Less), Language::En) => {
                    write!(text, "{} {a} ({x0}) to {b} ({x1})", w.falls)
                }
                _ => write!(text, "{} {a} ({x0}–{x1})", w.stays),
            };
        }
        (Some((x, v)), _) => {
            let _ = write!(text, "{} ({x})", with_unit(*v, unit, language));
        }
        _ => text.push_str(w.none),
    }
    if let Some(t) = s.target {
        let _ = write!(
            text,
            "; {} {}",
            w.target.to_lowercase(),
            with_unit(t, unit, language)
        );
        if s.latest().is_some_and(|(_, v)| *v >= t) {
            let _ = write!(text, ", {}", w.reached);
        }
    }
    text.push('.');
    text
}

pub(super) fn render(chart: &Chart, series: &[Series]) -> String {
    let lang = chart.language;
    let mut xs: Vec<&str> = Vec::new();
    for s in series {
        for (x, _) in &s.points {
            if !xs.contains(&x.as_str()) {
                xs.push(x);
            }
        }
    }
    let max = series
        .iter()
        .flat_map(|s| s.points.iter().map(|(_, v)| *v).chain(s.target))
        .fold(0.0_f64, f64::max);
    let (top, step) = nice_scale(max);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x_at = |i: usize| {
        if xs.len() < 2 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (xs.len() - 1) as f64
        }
    };
    let y_at = |v: f64| TOP + plot_h * (1.0 - v / top);
    let common_unit = series
        .first()
        .and_then(|s| s.unit.as_deref())
        .filter(|u| series.iter().all(|s| s.unit.as_deref() == Some(*u)));
    let tick_unit = common_unit.filter(|u| *u == "%");

    let desc = series
        .iter()
        .map(|s| trend(s, lang))
        .collect::<Vec<_>>()
        .join(" ");
    let mut svg = svg_open(chart, W as u32, H as u32, &desc);
    svg.push_str("<g class=\"chart-grid\" stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
    let ticks = (top / step).round() as usize;
    for t in 0..=ticks {
        let y = y_at(step * t as f64);
        let _ = writeln!(
            svg,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
            c(LEFT),
            c(y),
            c(W - RIGHT),
            c(y)
        );
    }
    svg.push_str("</g>\n<g class=\"chart-axis\" fill=\"#444\" aria-hidden=\"true\">\n");
    for t in 0..=ticks {
        let v = step * t as f64;
        let label = match tick_unit {
            Some(u) => format!("{}{u}", number(v, None, lang)),
            None => number(v, None, lang),
        };
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            c(LEFT - 8.0),
            c(y_at(v) + 4.0),
            escape(&label)
        );
    }
    for (i, x) in xs.iter().enumerate() {
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            c(x_at(i)),
            c(H - BOTTOM + 22.0),
            escape(x)
        );
    }
    svg.push_str("</g>\n");
    let w = words(lang);
    for (i, s) in series.iter().enumerate() {
        let Some(t) = s.target else { continue };
        let (color, _) = PALETTE[i % PALETTE.len()];
        let y = y_at(t);
        let label = format!("{} {}", w.target, with_unit(t, s.unit.as_deref(), lang));
        let _ = writeln!(
            svg,
            "<g class=\"chart-target\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"{color}\" font-weight=\"600\">{}</text></g>",
            c(LEFT),
            c(y),
            c(W - RIGHT),
            c(y),
            c(LEFT + 6.0),
            c(y - 6.0),
            escape(&label)
        );
    }
    for (i, s) in series.iter().enumerate() {
        let (color, marker) = PALETTE[i % PALETTE.len()];
        let points: Vec<(f64, f64, &str, f64)> = s
            .points
            .iter()
            .filter_map(|(x, v)| {
                xs.iter()
                    .position(|p| p == x)
                    .map(|k| (x_at(k), y_at(*v), x.as_str(), *v))
            })
            .collect();
        let path: Vec<String> = points
            .iter()
            .map(|(x, y, _, _)| format!("{},{}", c(*x), c(*y)))
            .collect();
        let _ = writeln!(
            svg,
            "<g class=\"chart-series\"><polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>",
            path.join(" ")
        );
        for (x, y, label, v) in &points {
            let title = format!(
                "{} — {label}: {}",
                s.label,
                with_unit(*v, s.unit.as_deref(), lang)
            );
            svg.push_str(&marker.svg(*x, *y, color, &title));
        }
        if let Some((x, y, _, v)) = points.last() {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{}\" fill=\"{color}\" font-weight=\"600\" aria-hidden=\"true\">{}</text>",
                c(x + 9.0),
                c(y + 4.0),
                escape(&with_unit(*v, s.unit.as_deref(), lang))
            );
        }
        svg.push_str("</g>\n");
    }
    svg.push_str("</svg>\n");
    let items: Vec<(String, usize)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), i))
        .collect();
    let target = series
        .iter()
        .any(|s| s.target.is_some())
        .then_some(w.target);
    figure(
        chart,
        "line",
        &svg,
        &legend(chart, &items, target),
        &table::series_table(chart, series),
    )
}
