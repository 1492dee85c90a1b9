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

/// Draws `series` over the years, with their targets, legend and table.
pub(super) fn render(chart: &Chart, series: &[Series]) -> String {
    let lang = chart.language;
    let plot = Plot::new(series);
    let desc = series
        .iter()
        .map(|s| trend(s, lang))
        .collect::<Vec<_>>()
        .join(" ");
    let mut svg = svg_open(chart, W as u32, H as u32, &desc);
    plot.axes(&mut svg, in_percent(series), lang);
    targets(&mut svg, &plot.axis, series, lang);
    for (i, s) in series.iter().enumerate() {
        series_path(&mut svg, &plot, s, i, lang);
    }
    svg.push_str("</svg>\n");
    figure(
        chart,
        "line",
        &svg,
        &series_legend(chart, series),
        &table::series_table(chart, series),
    )
}

/// The opening of the group of axis labels.
pub(super) const AXIS_GROUP: &str = "<g class=\"chart-axis\" fill=\"#444\" aria-hidden=\"true\">\n";

/// The value (vertical) axis of a plot: a round top and its tick step, mapped
/// onto the plot's height. Vertical bar charts share it.
#[derive(Debug, Clone, Copy)]
pub(super) struct ValueAxis {
    /// The round upper bound.
    top: f64,
    /// The step between ticks.
    step: f64,
    /// The y of the plot's top edge.
    y0: f64,
    /// The plot's height.
    height: f64,
}

impl ValueAxis {
    /// An axis reaching a round value at or above `max`, drawn from `y0` down
    /// over `height`.
    pub(super) fn new(max: f64, y0: f64, height: f64) -> Self {
        let (top, step) = nice_scale(max);
        ValueAxis {
            top,
            step,
            y0,
            height,
        }
    }

    /// The y of the value `v`.
    pub(super) fn y(&self, v: f64) -> f64 {
        self.y0 + self.height * (1.0 - v / self.top)
    }

    /// The y of the plot's bottom edge.
    pub(super) fn bottom(&self) -> f64 {
        self.y0 + self.height
    }

    /// The values at the ticks, from 0 up to the top.
    fn ticks(&self) -> impl Iterator<Item = f64> {
        let step = self.step;
        let count = (self.top / step).round() as usize;
        (0..=count).map(move |t| step * t as f64)
    }

    /// Writes the grid: a light rule from `x1` to `x2` at every tick.
    pub(super) fn grid(&self, svg: &mut String, x1: f64, x2: f64) {
        svg.push_str("<g class=\"chart-grid\" stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
        for v in self.ticks() {
            let y = self.y(v);
            let _ = writeln!(
                svg,
                "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                c(x1),
                c(y),
                c(x2),
                c(y)
            );
        }
        svg.push_str("</g>\n");
    }

    /// Writes the tick labels, right-aligned at `x`; with `%` when `percent`.
    pub(super) fn labels(&self, svg: &mut String, x: f64, percent: bool, lang: Language) {
        for v in self.ticks() {
            let label = if percent {
                format!("{}%", number(v, None, lang))
            } else {
                number(v, None, lang)
            };
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
                c(x),
                c(self.y(v) + 4.0),
                escape(&label)
            );
        }
    }
}

/// The plot of a line chart: the x labels of every series, evenly spaced, over
/// a value axis that holds every figure and target.
struct Plot<'a> {
    /// The x labels in the order they first appear.
    xs: Vec<&'a str>,
    /// The value axis.
    axis: ValueAxis,
}

impl<'a> Plot<'a> {
    /// The plot of `series`.
    fn new(series: &'a [Series]) -> Self {
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
        let axis = ValueAxis::new(max, TOP, H - TOP - BOTTOM);
        Plot { xs, axis }
    }

    /// The x of the `i`th label (the middle when there is only one).
    fn x(&self, i: usize) -> f64 {
        let plot_w = W - LEFT - RIGHT;
        if self.xs.len() < 2 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (self.xs.len() - 1) as f64
        }
    }

    /// Writes the grid and the axes' labels: values on the left, x labels below.
    fn axes(&self, svg: &mut String, percent: bool, lang: Language) {
        self.axis.grid(svg, LEFT, W - RIGHT);
        svg.push_str(AXIS_GROUP);
        self.axis.labels(svg, LEFT - 8.0, percent, lang);
        for (i, x) in self.xs.iter().enumerate() {
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                c(self.x(i)),
                c(H - BOTTOM + 22.0),
                escape(x)
            );
        }
        svg.push_str("</g>\n");
    }
}

/// True when every series is in percent: the value ticks then carry `%`.
fn in_percent(series: &[Series]) -> bool {
    !series.is_empty() && series.iter().all(|s| s.unit.as_deref() == Some("%"))
}

/// Writes each series' target as a dashed line in the series' colour, labelled
/// at its left end.
fn targets(svg: &mut String, axis: &ValueAxis, series: &[Series], lang: Language) {
    let w = words(lang);
    for (i, s) in series.iter().enumerate() {
        let Some(t) = s.target else { continue };
        let (color, _) = PALETTE[i % PALETTE.len()];
        let y = axis.y(t);
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
}

/// Writes the `i`th series: its line, a marker with a tooltip at every figure,
/// and the latest figure beside the line's end.
fn series_path(svg: &mut String, plot: &Plot<'_>, s: &Series, i: usize, lang: Language) {
    let (color, marker) = PALETTE[i % PALETTE.len()];
    let points: Vec<(f64, f64, &str, f64)> = s
        .points
        .iter()
        .filter_map(|(x, v)| {
            plot.xs
                .iter()
                .position(|p| p == x)
                .map(|k| (plot.x(k), plot.axis.y(*v), x.as_str(), *v))
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

/// The legend: every series, and the target when a series has one.
fn series_legend(chart: &Chart, series: &[Series]) -> String {
    let items: Vec<(String, usize)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| (s.label.clone(), i))
        .collect();
    let target = series
        .iter()
        .any(|s| s.target.is_some())
        .then_some(words(chart.language).target);
    legend(chart, &items, target)
}
