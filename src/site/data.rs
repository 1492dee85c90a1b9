//! `data/`: YAML (and JSON) files made available to templates as `data.<name>`;
//! `data/a/b.yaml` is `data.a.b`.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{Diagnostic, Location};
use crate::yaml::{self, YamlSource};

/// Reads every data file under `<root>/data`, with the warnings about how files
/// were saved. All problems are returned together.
pub(crate) fn load(root: &Path) -> Result<(Value, Vec<Diagnostic>), Vec<Diagnostic>> {
    let dir = root.join("data");
    let mut data = Map::new();
    if !dir.is_dir() {
        return Ok((Value::Object(data), Vec::new()));
    }
    let mut problems = Vec::new();
    let mut notes = Vec::new();
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
            Ok(bytes) => match crate::read::text(&shown, bytes) {
                Ok((t, note)) => {
                    notes.extend(note);
                    crate::text::nfc::to_nfc(&t).into_owned()
                }
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            },
            Err(e) => {
                problems.push(Diagnostic::error(
                    Location::file(&shown),
                    t!("data-cannot-read", error = e.to_string()),
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
        let value: Value = match yaml::parse(&text, source, &t!("data-what"), &[]) {
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
        Ok((Value::Object(data), notes))
    } else {
        problems.extend(notes);
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
