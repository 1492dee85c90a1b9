//! Figures for templates: metrics grouped into series with their shares of the
//! largest figure (for bars drawn in CSS), and numbers written the way the site's
//! language writes them (`7.480` and `23,5` in Vietnamese, `7,480` and `23.5` in
//! English).

use tera::Value;

use crate::content::front_matter::Metric;
use crate::templating::Obj;

/// Metrics grouped by label, in the order labels first appear. Each group has
/// `label`, `unit`, `max` (the largest value or target in it), `series` (true when
/// it holds several figures, e.g. one per year) and `metrics`, each metric with its
/// `value`, `unit`, `target`, `year`, `share` (percent of `max`, for a bar's
/// length), `target_share` (where the target falls on that bar) and `percent` of
/// its target (none without a target).
pub(crate) fn metric_groups(metrics: &[Metric]) -> Value {
    let mut groups: Vec<(&str, Vec<&Metric>)> = Vec::new();
    for m in metrics {
        match groups.iter_mut().find(|(label, _)| *label == m.label) {
            Some((_, list)) => list.push(m),
            None => groups.push((&m.label, vec![m])),
        }
    }
    let values: Vec<Value> = groups
        .into_iter()
        .map(|(label, list)| {
            let max = list
                .iter()
                .flat_map(|m| [Some(m.value), m.target])
                .flatten()
                .fold(0.0_f64, f64::max);
            let share = |v: f64| {
                if max > 0.0 {
                    round1((v / max * 100.0).clamp(0.0, 100.0))
                } else {
                    0.0
                }
            };
            let items: Vec<Value> = list
                .iter()
                .map(|m| {
                    Obj::new()
                        .set("label", m.label.as_str())
                        .set("value", m.value)
                        .opt("unit", m.unit.as_deref())
                        .opt("target", m.target)
                        .opt("year", m.year)
                        .set("share", share(m.value))
                        .opt("target_share", m.target.map(share))
                        .opt(
                            "percent",
                            m.target
                                .filter(|t| *t > 0.0)
                                .map(|t| round1(m.value / t * 100.0)),
                        )
                        .done()
                })
                .collect();
            Obj::new()
                .set("label", label)
                .opt("unit", list.iter().find_map(|m| m.unit.as_deref()))
                .set("max", max)
                .set("series", items.len() > 1)
                .set("metrics", items)
                .done()
        })
        .collect();
    Value::from(values)
}

fn round1(n: f64) -> f64 {
    (n * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::value::Key;

    fn metric(label: &str, value: f64, target: Option<f64>, year: i32) -> Metric {
        Metric {
            label: label.into(),
            value,
            unit: Some("điểm".into()),
            target,
            year: Some(year),
        }
    }

    #[test]
    fn groups_keep_order_and_share_of_the_largest() {
        let m = [
            metric("A", 4080.0, None, 2016),
            metric("B", 12.0, Some(14.0), 2019),
            metric("A", 7480.0, Some(7500.0), 2020),
        ];
        let groups = metric_groups(&m);
        let groups = groups.as_array().unwrap();
        assert_eq!(groups.len(), 2);
        let a = groups[0].as_map().unwrap();
        assert_eq!(a.get(&Key::Str("label")).unwrap().as_str(), Some("A"));
        assert_eq!(a.get(&Key::Str("series")).unwrap().as_bool(), Some(true));
        let items = a.get(&Key::Str("metrics")).unwrap().as_array().unwrap();
        let last = items[1].as_map().unwrap();
        assert_eq!(last.get(&Key::Str("share")).unwrap().as_f64(), Some(99.7));
        assert_eq!(
            last.get(&Key::Str("target_share")).unwrap().as_f64(),
            Some(100.0)
        );
        assert_eq!(last.get(&Key::Str("percent")).unwrap().as_f64(), Some(99.7));
        let b = groups[1].as_map().unwrap();
        assert_eq!(b.get(&Key::Str("series")).unwrap().as_bool(), Some(false));
    }
}
