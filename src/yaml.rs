//! YAML parsing with errors placed in the user's file: serde_yaml counts lines
//! from the start of the YAML text, so callers pass the line the YAML starts on.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Location, closest};

/// Where a YAML text sits inside its file, for error positions.
#[derive(Debug, Clone, Copy)]
pub struct YamlSource<'a> {
    /// The file, as it should be printed.
    pub path: &'a Path,
    /// The whole file's text (for quoting the offending line).
    pub file_text: &'a str,
    /// Lines of the file before the YAML text starts (1 for front matter after `---`).
    pub line_offset: usize,
}

/// Parses `yaml` into `T`; a failure becomes a diagnostic at the file's own line and
/// column, with a suggestion for unknown keys among `known_keys`.
pub(crate) fn parse<T: DeserializeOwned>(
    yaml: &str,
    source: YamlSource<'_>,
    what: &str,
    known_keys: &[&str],
) -> Result<T, Diagnostic> {
    // An empty block (or only comments) means "no keys": parse it as an empty map.
    let text = if yaml.trim().is_empty() { "{}" } else { yaml };
    serde_yaml::from_str(text).map_err(|e| to_diagnostic(&e, source, what, known_keys))
}

fn to_diagnostic(
    e: &serde_yaml::Error,
    source: YamlSource<'_>,
    what: &str,
    known_keys: &[&str],
) -> Diagnostic {
    let full = e.to_string();
    let message = friendly(strip_location(&full));
    let message = message.as_str();
    let at = match e.location() {
        Some(l) => Location::at(source.path, l.line() + source.line_offset, l.column()),
        None => Location::at(source.path, source.line_offset.max(1), 1),
    };
    let hint_for_keys = || {
        let mut keys: Vec<&str> = known_keys.to_vec();
        keys.sort_unstable();
        format!("the keys {what} accepts are: {}", keys.join(", "))
    };
    let (headline, hint) = if let Some(key) = between(message, "unknown field `", "`") {
        let hint = match closest(key, known_keys.iter().copied()) {
            Some(best) => format!("did you mean `{best}`?"),
            None => hint_for_keys(),
        };
        (format!("unknown key `{key}` in {what}"), hint)
    } else if let Some(key) = between(message, "missing field `", "`") {
        (
            format!("missing `{key}` in {what}"),
            format!("add a line `{key}: ...` to the {what}"),
        )
    } else if message.contains("recursion limit exceeded") {
        (
            format!("invalid {what}: nested too deeply"),
            "YAML lists and maps may be nested up to 128 levels".to_string(),
        )
    } else if message.contains("repetition limit exceeded") {
        (
            format!("invalid {what}: anchors expand to too much data"),
            "YAML aliases (`*name`) repeat what an anchor (`&name`) holds; here they multiply \
             into millions of values: write the values out instead"
                .to_string(),
        )
    } else if message.contains("invalid type") || message.contains("invalid value") {
        (
            format!("wrong type of value in {what}"),
            "check the value's form: a list is written `[a, b]` or as `- item` lines; \
             text with `:` or `#` needs quotes"
                .to_string(),
        )
    } else {
        (
            format!("invalid {what}"),
            format!(
                "{what} is YAML: `key: value` lines; quote text that contains `: ` or starts with `[`, `{{`, `*`, `&`, `!`, `|`, `>`, `'`, `\"`, `%` or `@`"
            ),
        )
    };
    Diagnostic::error(at, headline)
        .detail(message.to_string())
        .hint(hint)
        .with_source(source.file_text)
}

/// The parser's words without Rust type names: "expected struct RawConfig" becomes
/// "expected a map of `key: value` lines".
fn friendly(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("expected struct ") {
        out.push_str(&rest[..i]);
        out.push_str("expected a map of `key: value` lines");
        let after = &rest[i + "expected struct ".len()..];
        let name_len = after
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(after.len());
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

/// serde_yaml appends " at line N column M" to its messages; we print the
/// position ourselves.
fn strip_location(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Fm {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    fn src(text: &str) -> YamlSource<'_> {
        YamlSource {
            path: Path::new("content/a.md"),
            file_text: text,
            line_offset: 1,
        }
    }

    #[test]
    fn unknown_key_suggests_the_closest_and_points_at_the_file_line() {
        let file = "---\ntitle: A\ntittle: B\n---\n";
        let err = parse::<Fm>(
            "title: A\ntittle: B\n",
            src(file),
            "front matter",
            &["title", "tags"],
        )
        .unwrap_err();
        assert_eq!(err.at.line, Some(3));
        assert_eq!(err.message, "unknown key `tittle` in front matter");
        assert_eq!(err.hint.as_deref(), Some("did you mean `title`?"));
        assert_eq!(err.source_line.as_deref(), Some("tittle: B"));
    }

    #[test]
    fn wrong_type_is_located() {
        let file = "---\ntitle: A\ntags: 5\n---\n";
        let err = parse::<Fm>("title: A\ntags: 5\n", src(file), "front matter", &[]).unwrap_err();
        assert_eq!(err.at.line, Some(3));
        assert!(err.message.contains("wrong type"), "{}", err.message);
    }

    #[test]
    fn messages_speak_of_yaml_not_rust() {
        assert_eq!(
            friendly("invalid type: sequence, expected struct RawConfig"),
            "invalid type: sequence, expected a map of `key: value` lines"
        );
        let deep = format!("x: {}{}", "[".repeat(200), "]".repeat(200));
        let file = format!("---\n{deep}\n---\n");
        let err = parse::<serde_json::Value>(&deep, src(&file), "front matter", &[]).unwrap_err();
        assert_eq!(err.message, "invalid front matter: nested too deeply");
        assert_eq!(err.at.line, Some(2));
    }

    #[test]
    fn malformed_yaml_is_located() {
        let file = "---\ntitle: a: b\n---\n";
        let err = parse::<Fm>("title: a: b\n", src(file), "front matter", &[]).unwrap_err();
        assert_eq!(err.at.line, Some(2));
        assert!(err.message.starts_with("invalid front matter"));
    }
}
