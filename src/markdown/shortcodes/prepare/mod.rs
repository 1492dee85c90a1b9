//! The Rust side of each built-in shortcode: values computed before its template
//! runs, and the checks that need more than an argument's type. [`media`] has the
//! figure, video and quote; [`figures`] the shortcodes drawn from data (stat,
//! award table, charts, province map).

mod figures;
mod media;

use tera::Value;

use super::args::Prepared;
use super::builtin::ArgError;
use super::env::inline_markdown;
use crate::charts::ChartError;

pub(in crate::markdown::shortcodes) use figures::{award_table, chart, map_provinces, stat};
pub(in crate::markdown::shortcodes) use media::{figure, quote, video};

pub(super) fn plain(markdown: &str) -> String {
    crate::text::plain::plain_text(&inline_markdown(markdown))
}

/// A figure for a template: whole numbers print without `.0`.
pub(super) fn num(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

pub(super) fn chart_error(p: &Prepared<'_>, e: ChartError) -> ArgError {
    let message = t!("shortcode-chart", shortcode = p.name(), problem = e.message);
    p.err(e.arg, message, t!("shortcode-chart.hint"))
}
