//! `data/`: YAML (and JSON) files made available to templates as `data.<name>`;
//! `data/a/b.yaml` is `data.a.b`.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{Diagnostic, Location};
use crate::yaml::{self, YamlSource};

/// Reads every data file under `<root>/data`. All problems are returned together.
pub(crate) fn load(root: &Path) -> Result<Value, Vec<Diagnostic>> {
    let dir = root.join("data");
    let mut data = Map::new();
    if !dir.is_dir() {
        return Ok(Value::Object(data));
    }
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                problems.push(Diagnostic::error(
                    Location::file(e.path().unwrap_or(&dir)),
                    e.to_string(),
                ));
                continue;
            }
        };
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !entry.file_type().is_file() || !matches!(ext, "yaml" | "yml" | "json") {
            continue;
        }
        let shown = path.strip_prefix(root).unwrap_or(path).to_path_buf();
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => crate::text::nfc::to_nfc(&t).into_owned(),
                Err(e) => {
                    problems.push(crate::config::utf8_diagnostic(
                        &shown,
                        e.as_bytes(),
                        e.utf8_error(),
                    ));
                    continue;
                }
            },
            Err(e) => {
                problems.push(Diagnostic::error(
                    Location::file(&shown),
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let source = YamlSource {
            path: &shown,
            file_text: &text,
            line_offset: 0,
        };
        // JSON is YAML, so one parser serves both.
        let value: Value = match yaml::parse(&text, source, "data file", &[]) {
            Ok(v) => v,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let rel = path.strip_prefix(&dir).unwrap_or(path).with_extension("");
        let keys: Vec<String> = rel
            .components()
            .map(|c| crate::text::nfc::to_nfc(&c.as_os_str().to_string_lossy()).replace('-', "_"))
            .collect();
        insert(&mut data, &keys, value);
    }
    if problems.is_empty() {
        Ok(Value::Object(data))
    } else {
        Err(problems)
    }
}

fn insert(map: &mut Map<String, Value>, keys: &[String], value: Value) {
    match keys {
        [] => {}
        [last] => {
            map.insert(last.clone(), value);
        }
        [first, rest @ ..] => {
            let child = map
                .entry(first.clone())
                .or_insert_with(|| Value::Object(Map::new()));
            if !child.is_object() {
                *child = Value::Object(Map::new());
            }
            if let Value::Object(m) = child {
                insert(m, rest, value);
            }
        }
    }
}
