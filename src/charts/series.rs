//! Reading chart data out of `data/` files.
//!
//! Time series follow the shape of `data/tien-do.yaml`: a `series` list (`key`,
//! `label`, `unit`, `target`, `target_label`) and records under `years` (or
//! `rows`), each with its `year` (or `label`) and one value per series key.
//! Counts are made from a list of records (`recipients`, `rows`, or the file
//! itself when it is a list), grouped by one field such as `province`.

use serde_json::Value;

use super::ChartError;
use crate::text::collate;

/// One series of figures.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Series {
    /// Its key in the data file.
    pub key: String,
    /// What it measures.
    pub label: String,
    /// Its unit (`%`, `điểm`).
    pub unit: Option<String>,
    /// The target, when there is one.
    pub target: Option<f64>,
    /// The target in words.
    pub target_label: Option<String>,
    /// (x label, value), in the file's order.
    pub points: Vec<(String, f64)>,
}

impl Series {
    /// The last point: the latest figure.
    pub(crate) fn latest(&self) -> Option<&(String, f64)> {
        self.points.last()
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The records of a table-shaped file.
fn records<'a>(data: &'a Value, name: &str) -> Result<&'a Vec<Value>, ChartError> {
    ["years", "rows"]
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_array))
        .or_else(|| data.as_array())
        .ok_or_else(|| ChartError::new("data", t!("chart-no-records", name = name)))
}

/// The series named by `keys` (all of the file's series when empty).
pub(crate) fn from_table(
    data: &Value,
    name: &str,
    keys: &[String],
) -> Result<Vec<Series>, ChartError> {
    let rows = records(data, name)?;
    let meta: Vec<&Value> = data
        .get("series")
        .and_then(Value::as_array)
        .map(|a| a.iter().collect())
        .unwrap_or_default();
    let known: Vec<String> = meta
        .iter()
        .filter_map(|m| m.get("key").and_then(text))
        .collect();
    let keys: Vec<String> = if keys.is_empty() {
        known.clone()
    } else {
        keys.to_vec()
    };
    if keys.is_empty() {
        return Err(ChartError::new(
            "series",
            t!("chart-no-series-list", name = name),
        ));
    }
    keys.iter()
        .map(|key| {
            let m = meta
                .iter()
                .find(|m| m.get("key").and_then(text).as_deref() == Some(key.as_str()));
            let points: Vec<(String, f64)> = rows
                .iter()
                .filter_map(|row| {
                    let value = row.get(key)?.as_f64()?;
                    let x = row
                        .get("year")
                        .or_else(|| row.get("label"))
                        .or_else(|| row.get("x"))
                        .and_then(text)?;
                    Some((x, value))
                })
                .collect();
            if m.is_none() && points.is_empty() {
                let all = known.join(", ");
                let message = match crate::error::closest(key, known.iter().map(String::as_str)) {
                    #[rustfmt::skip]
                    Some(c) => t!("chart-unknown-series-suggest", key = key, name = name, suggestion = c, known = &all),
                    None => t!("chart-unknown-series", key = key, name = name, known = &all),
                };
                return Err(ChartError::new("series", message));
            }
            if points.is_empty() {
                return Err(ChartError::new(
                    "series",
                    t!("chart-series-no-figures", key = key, name = name),
                ));
            }
            let get = |k: &str| m.and_then(|m| m.get(k));
            Ok(Series {
                key: key.clone(),
                label: get("label").and_then(text).unwrap_or_else(|| key.clone()),
                unit: get("unit").and_then(text),
                target: get("target").and_then(Value::as_f64),
                target_label: get("target_label").and_then(text),
                points,
            })
        })
        .collect()
}

/// The records of a list-shaped file: `recipients`, `rows`, or the file itself.
pub(crate) fn list<'a>(data: &'a Value, name: &str) -> Result<&'a Vec<Value>, ChartError> {
    ["recipients", "rows", "items"]
        .iter()
        .find_map(|k| data.get(*k).and_then(Value::as_array))
        .or_else(|| data.as_array())
        .ok_or_else(|| ChartError::new("data", t!("chart-no-list", name = name)))
}

/// How many records have each value of `field`, most first, then in Vietnamese
/// alphabetical order. Records without the field are not counted.
pub(crate) fn count_by(records: &[Value], field: &str) -> Vec<(String, f64)> {
    let mut counts: Vec<(String, f64)> = Vec::new();
    for r in records {
        let Some(v) = r.get(field).and_then(text) else {
            continue;
        };
        let v = v.trim().to_string();
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, n)) => *n += 1.0,
            None => counts.push((v, 1.0)),
        }
    }
    counts.sort_by_cached_key(|(k, n)| (std::cmp::Reverse(*n as u64), collate::sort_key(k)));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn progress() -> Value {
        serde_json::json!({
            "series": [
                {"key": "pct", "label": "Tỷ lệ xã đạt chuẩn", "unit": "%", "target": 50},
                {"key": "points", "label": "Điểm có Internet", "unit": "điểm"}
            ],
            "years": [
                {"year": 2016, "pct": 23.5, "points": 4080},
                {"year": 2017, "pct": 31, "points": 4870}
            ]
        })
    }

    #[test]
    fn reads_series_with_their_metadata() {
        let s = from_table(&progress(), "tien_do", &["pct".into()]).unwrap();
        assert_eq!(s[0].label, "Tỷ lệ xã đạt chuẩn");
        assert_eq!(s[0].target, Some(50.0));
        assert_eq!(
            s[0].points,
            vec![("2016".into(), 23.5), ("2017".into(), 31.0)]
        );
        assert_eq!(from_table(&progress(), "tien_do", &[]).unwrap().len(), 2);
    }

    #[test]
    fn an_unknown_series_suggests_the_closest() {
        let e = from_table(&progress(), "tien_do", &["pcts".into()]).unwrap_err();
        assert_eq!(e.arg, "series");
        assert!(e.message.contains("did you mean `pct`"), "{}", e.message);
    }

    #[test]
    fn counts_by_field_most_first_then_alphabetically() {
        let rows: Vec<Value> = ["Lai Châu", "Đắk Lắk", "Lai Châu", "Bắc Ninh"]
            .iter()
            .map(|p| serde_json::json!({ "province": p }))
            .collect();
        let c = count_by(&rows, "province");
        assert_eq!(c[0], ("Lai Châu".into(), 2.0));
        assert_eq!(c[1].0, "Bắc Ninh");
        assert_eq!(c[2].0, "Đắk Lắk");
    }
}
