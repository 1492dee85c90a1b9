//! The data table printed beside each chart.

use std::fmt::Write as _;

use super::format::{escape, number};
use super::{Chart, Series, words};

fn head(label: &str, unit: Option<&str>) -> String {
    match unit.filter(|u| !u.is_empty()) {
        Some(u) => format!("{} ({})", escape(label), escape(u)),
        None => escape(label).into_owned(),
    }
}

fn open(chart: &Chart, html: &mut String) {
    let w = words(chart.language);
    let _ = write!(
        html,
        "<table class=\"chart-table\">\n<caption>{}: {}</caption>\n",
        w.data_table,
        escape(&chart.title)
    );
}

fn close(chart: &Chart, html: &mut String) {
    html.push_str("</table>\n");
    if let Some(note) = &chart.note {
        let _ = writeln!(html, "<p class=\"chart-note\">{}</p>", escape(note));
    }
}

/// One row per x value, one column per series; a last row of targets when any
/// series has one.
pub(crate) fn series_table(chart: &Chart, series: &[Series]) -> String {
    let w = words(chart.language);
    let mut xs: Vec<&str> = Vec::new();
    for s in series {
        for (x, _) in &s.points {
            if !xs.contains(&x.as_str()) {
                xs.push(x);
            }
        }
    }
    let mut html = String::new();
    open(chart, &mut html);
    let _ = write!(html, "<thead><tr><th scope=\"col\">{}</th>", w.year);
    for s in series {
        let _ = write!(
            html,
            "<th scope=\"col\">{}</th>",
            head(&s.label, s.unit.as_deref())
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for x in &xs {
        let _ = write!(html, "<tr><th scope=\"row\">{}</th>", escape(x));
        for s in series {
            match s.points.iter().find(|(px, _)| px == x) {
                Some((_, v)) => {
                    let _ = write!(html, "<td>{}</td>", number(*v, None, chart.language));
                }
                None => html.push_str("<td>—</td>"),
            }
        }
        html.push_str("</tr>\n");
    }
    if series.iter().any(|s| s.target.is_some()) {
        let _ = write!(
            html,
            "<tr class=\"chart-target-row\"><th scope=\"row\">{}</th>",
            w.target
        );
        for s in series {
            match s.target {
                Some(t) => {
                    let _ = write!(html, "<td>{}</td>", number(t, None, chart.language));
                }
                None => html.push_str("<td>—</td>"),
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n");
    close(chart, &mut html);
    html
}

/// One row per category, with its figure; an optional closing line.
pub(crate) fn counts_table(
    chart: &Chart,
    label_head: &str,
    value_head: &str,
    rows: &[(String, f64)],
    footer: Option<&str>,
) -> String {
    let mut html = String::new();
    open(chart, &mut html);
    let _ = writeln!(
        html,
        "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(label_head),
        escape(value_head)
    );
    for (label, v) in rows {
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(label),
            number(*v, None, chart.language)
        );
    }
    html.push_str("</tbody>\n");
    if let Some(f) = footer {
        let _ = writeln!(
            html,
            "<tfoot><tr><td colspan=\"2\">{}</td></tr></tfoot>",
            escape(f)
        );
    }
    close(chart, &mut html);
    html
}
