//! The shortcodes drawn from data: `stat`, `award_table`, `chart` and
//! `map_provinces`.

use tera::Value;

use super::{chart_error, num};
use crate::charts::{self, Chart, format, series};
use crate::config::Language;
use crate::content::front_matter::Recipient;
use crate::markdown::shortcodes::args::{Prepared, data_file};
use crate::markdown::shortcodes::builtin::{ArgError, Env};
use crate::markdown::shortcodes::env::inline_markdown;
use crate::templating::Obj;

pub(in crate::markdown::shortcodes) fn stat(
    p: &mut Prepared<'_>,
    env: &Env<'_>,
) -> Result<(), ArgError> {
    let lang = env.language;
    if let Some(name) = p.text("data") {
        stat_from_data(p, env, &name)?;
    } else if p.number("value").is_none() {
        let message = t!("shortcode-stat-no-value", shortcode = p.name());
        return Err(p.err("value", message, t!("shortcode-stat-no-value.hint")));
    } else if p.text("label").is_none() {
        let message = t!("shortcode-stat-no-label", shortcode = p.name());
        return Err(p.err("label", message, t!("shortcode-stat-no-label.hint")));
    }
    let get = |p: &Prepared<'_>, k: &str| {
        p.values
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(Value::none)
    };
    let value = get(p, "value").as_f64().unwrap_or_default();
    let unit = get(p, "unit").as_str().map(str::to_string);
    p.set("value_text", format::number(value, None, lang));
    p.set(
        "unit_suffix",
        match unit.as_deref() {
            Some("%") => "%".to_string(),
            Some(u) => format!("\u{a0}{u}"),
            None => String::new(),
        },
    );
    if let Some(target) = get(p, "target").as_f64() {
        let percent = if target > 0.0 {
            value / target * 100.0
        } else {
            0.0
        };
        p.set(
            "target_text",
            format::with_unit(target, unit.as_deref(), lang),
        );
        p.set("percent", percent);
        p.set("percent_text", format::number(percent, Some(0), lang));
        p.set("reached", value >= target);
        p.set("bar", (percent.clamp(0.0, 100.0) * 10.0).round() / 10.0);
    } else {
        p.set("reached", false);
    }
    Ok(())
}

/// `stat(data=…, series=…)`: the latest figure of a data series, with its label, unit and
/// target unless the shortcode gives them.
fn stat_from_data(p: &mut Prepared<'_>, env: &Env<'_>, name: &str) -> Result<(), ArgError> {
    let file = data_file(env.data, name).unwrap_or(&serde_json::Value::Null);
    let key = p.text("series").ok_or_else(|| {
        let message = t!("shortcode-stat-no-series", shortcode = p.name());
        p.err("data", message, t!("shortcode-stat-no-series.hint"))
    })?;
    let s = series::from_table(file, name, &[key]).map_err(|e| chart_error(p, e))?;
    let s = &s[0];
    let (x, v) = s.latest().cloned().unwrap_or_default();
    if p.number("value").is_none() {
        p.set("value", num(v));
        p.set(
            "year",
            x.parse::<i64>()
                .map_or_else(|_| Value::from(x.as_str()), Value::from),
        );
    }
    if p.text("label").is_none() {
        p.set("label", s.label.as_str());
    }
    if p.text("unit").is_none() {
        p.set(
            "unit",
            s.unit.as_deref().map_or_else(Value::none, Value::from),
        );
    }
    if p.number("target").is_none() {
        p.set("target", s.target.map_or_else(Value::none, num));
    }
    if p.text("target_label").is_none() {
        p.set(
            "target_label",
            s.target_label
                .as_deref()
                .map_or_else(Value::none, Value::from),
        );
    }
    Ok(())
}

/// A record of a data file as an award recipient.
fn recipient(v: &serde_json::Value) -> Option<Recipient> {
    let s = |k: &str| {
        v.get(k)
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    Some(Recipient {
        name: s("name")?,
        unit: s("unit"),
        province: s("province"),
        form: s("form"),
        kind: s("kind"),
        sort_key: s("sort_key"),
    })
}

fn same(a: &str, b: &str) -> bool {
    crate::text::fold::fold(a.trim()) == crate::text::fold::fold(b.trim())
}

/// The recipients: a data file's (`data=`, its title and note too), or the page's award.
fn recipients(p: &mut Prepared<'_>, env: &Env<'_>) -> Result<Vec<Recipient>, ArgError> {
    Ok(match p.text("data") {
        Some(name) => {
            let file = data_file(env.data, &name).unwrap_or(&serde_json::Value::Null);
            let records = series::list(file, &name).map_err(|e| chart_error(p, e))?;
            if p.text("title").is_none() {
                p.set(
                    "title",
                    file.get("title")
                        .and_then(serde_json::Value::as_str)
                        .map_or_else(Value::none, Value::from),
                );
            }
            if p.text("note").is_none() {
                p.set(
                    "note",
                    file.get("note")
                        .and_then(serde_json::Value::as_str)
                        .map_or_else(Value::none, Value::from),
                );
            }
            records
                .iter()
                .enumerate()
                .map(|(i, r)| recipient(r).ok_or_else(|| unnamed(p, i + 1, &name)))
                .collect::<Result<_, _>>()?
        }
        None => match env.scope.award {
            Some(a) => a.recipients.clone(),
            None => {
                let message = t!("shortcode-no-award", shortcode = p.name());
                return Err(p.err("data", message, t!("shortcode-no-award.hint-table")));
            }
        },
    })
}

/// The error of record `number` of data file `name`, which has no `name:`.
fn unnamed(p: &Prepared<'_>, number: usize, name: &str) -> ArgError {
    let shortcode = p.name();
    // One line, so the catalogue's test finds the call.
    #[rustfmt::skip]
    let message = t!("shortcode-record-no-name", shortcode = shortcode, number = number, name = name);
    p.err("data", message, t!("shortcode-record-no-name.hint"))
}

/// Keeps the recipients of the `form=` and `province=` asked for; none left is an error
/// listing the values there are.
fn filter_recipients(p: &Prepared<'_>, list: &mut Vec<Recipient>) -> Result<(), ArgError> {
    for field in ["form", "province"] {
        let Some(wanted) = p.text(field) else {
            continue;
        };
        let value = |r: &Recipient| {
            if field == "form" {
                r.form.clone()
            } else {
                r.province.clone()
            }
        };
        let known: Vec<String> = list.iter().filter_map(value).collect();
        list.retain(|r| value(r).is_some_and(|v| same(&v, &wanted)));
        if list.is_empty() {
            let mut known = known;
            known.sort();
            known.dedup();
            let (shortcode, known) = (p.name(), known.join(", "));
            let (s, v) = (shortcode, &wanted);
            // One line, so the catalogue's test finds the call.
            #[rustfmt::skip]
            let message = t!("shortcode-no-recipient", shortcode = s, field = field, value = v);
            let hint = t!("shortcode-no-recipient.hint", field = field, known = known);
            return Err(p.err(field, message, hint));
        }
    }
    Ok(())
}

pub(in crate::markdown::shortcodes) fn award_table(
    p: &mut Prepared<'_>,
    env: &Env<'_>,
) -> Result<(), ArgError> {
    let mut list = recipients(p, env)?;
    filter_recipients(p, &mut list)?;
    let mut groups: Vec<(String, Vec<Recipient>)> = Vec::new();
    for r in list {
        let form = r.form.clone().unwrap_or_default();
        match groups.iter_mut().find(|(f, _)| *f == form) {
            Some((_, g)) => g.push(r),
            None => groups.push((form, vec![r])),
        }
    }
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(form, mut g)| {
            g.sort_by_cached_key(Recipient::sort_key);
            Obj::new()
                .set("form", form)
                .set("count", g.len())
                .set(
                    "recipients",
                    g.iter().map(Value::from_serializable).collect::<Vec<_>>(),
                )
                .done()
        })
        .collect();
    p.set("groups", groups);
    Ok(())
}

fn chart_frame(
    p: &Prepared<'_>,
    env: &Env<'_>,
    file: &serde_json::Value,
    fallback_title: &str,
) -> Chart {
    let text = |k: &str| {
        file.get(k)
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    Chart {
        id: env.uid.to_string(),
        title: p
            .text("title")
            .or_else(|| text("title"))
            .unwrap_or_else(|| fallback_title.to_string()),
        caption_html: p.text("caption").map(|c| inline_markdown(&c)),
        note: text("note"),
        language: env.language,
    }
}

pub(in crate::markdown::shortcodes) fn chart(
    p: &mut Prepared<'_>,
    env: &Env<'_>,
) -> Result<(), ArgError> {
    let name = p.text("data").unwrap_or_default();
    let file = data_file(env.data, &name).unwrap_or(&serde_json::Value::Null);
    let keys: Vec<String> = p
        .text("series")
        .map(|s| {
            s.split(',')
                .map(|k| k.trim().to_string())
                .filter(|k| !k.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let kind = p.text("kind").unwrap_or_default();
    let html = if let Some(field) = p.text("group_by") {
        if kind != "bar" {
            let message = t!("shortcode-group-by-not-bar", shortcode = p.name());
            return Err(p.err("group_by", message, t!("shortcode-group-by-not-bar.hint")));
        }
        let records = series::list(file, &name).map_err(|e| chart_error(p, e))?;
        let counts = series::count_by(records, &field);
        if counts.is_empty() {
            let (s, n, f) = (p.name(), &name, &field);
            // One line, so the catalogue's test finds the call.
            #[rustfmt::skip]
            let message = t!("shortcode-group-by-empty", shortcode = s, name = n, field = f);
            return Err(p.err("group_by", message, t!("shortcode-group-by-empty.hint")));
        }
        let label = p.text("title").unwrap_or_else(|| field.clone());
        let s = charts::Series {
            key: field,
            label,
            unit: p.text("unit"),
            target: None,
            target_label: None,
            points: counts,
        };
        charts::bar(&chart_frame(p, env, file, &s.label.clone()), &s)
    } else {
        let mut list = series::from_table(file, &name, &keys).map_err(|e| chart_error(p, e))?;
        let first = list.first().map(|s| s.label.clone()).unwrap_or_default();
        let frame = chart_frame(p, env, file, &first);
        match kind.as_str() {
            "line" => charts::line(&frame, &list),
            "bar" => {
                if list.len() != 1 {
                    let message = t!("shortcode-bar-one-series", shortcode = p.name());
                    return Err(p.err("series", message, t!("shortcode-bar-one-series.hint")));
                }
                charts::bar(&frame, &list[0])
            }
            _ => {
                if keys.is_empty() {
                    list.retain(|s| s.target.is_some());
                }
                charts::progress(&frame, &list).map_err(|e| chart_error(p, e))?
            }
        }
    };
    p.set("chart", Value::safe_string(&html));
    Ok(())
}

pub(in crate::markdown::shortcodes) fn map_provinces(
    p: &mut Prepared<'_>,
    env: &Env<'_>,
) -> Result<(), ArgError> {
    let field = p.text("field").unwrap_or_else(|| "province".into());
    let (records, file): (Vec<serde_json::Value>, serde_json::Value) = match p.text("data") {
        Some(name) => {
            let file = data_file(env.data, &name).unwrap_or(&serde_json::Value::Null);
            (
                series::list(file, &name)
                    .map_err(|e| chart_error(p, e))?
                    .clone(),
                file.clone(),
            )
        }
        None => match env.scope.award {
            Some(a) => (
                a.recipients
                    .iter()
                    .filter_map(|r| serde_json::to_value(r).ok())
                    .collect(),
                serde_json::Value::Null,
            ),
            None => {
                let message = t!("shortcode-no-award", shortcode = p.name());
                return Err(p.err("data", message, t!("shortcode-no-award.hint-map")));
            }
        },
    };
    let counts: Vec<(String, f64)> = match p.text("value") {
        Some(value_field) => {
            let mut sums: Vec<(String, f64)> = Vec::new();
            for r in &records {
                let (Some(place), Some(v)) = (
                    r.get(&field).and_then(|v| v.as_str()),
                    r.get(&value_field).and_then(serde_json::Value::as_f64),
                ) else {
                    continue;
                };
                match sums.iter_mut().find(|(k, _)| k == place) {
                    Some((_, total)) => *total += v,
                    None => sums.push((place.to_string(), v)),
                }
            }
            sums
        }
        None => series::count_by(&records, &field),
    };
    if counts.is_empty() {
        let (s, f) = (p.name(), &field);
        let message = t!("shortcode-map-no-field", shortcode = s, field = f);
        return Err(p.err("field", message, t!("shortcode-map-no-field.hint")));
    }
    let unit = p.text("unit").or_else(|| {
        p.text("value").is_none().then(|| match env.language {
            Language::Vi => "tập thể, cá nhân".to_string(),
            Language::En => "recipients".to_string(),
        })
    });
    let fallback = match env.language {
        Language::Vi => "Theo tỉnh, thành phố",
        Language::En => "By province",
    };
    let frame = chart_frame(p, env, &file, fallback);
    let html =
        charts::province_map(&frame, &counts, unit.as_deref()).map_err(|e| chart_error(p, e))?;
    p.set("chart", Value::safe_string(&html));
    Ok(())
}
