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
/// column, with a suggestion for unknown keys among `known_keys`. `what` names the
/// text in messages, in the current language (`t!("page-what")`: "front matter").
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
    let message = friendly(&strip_location(&full));
    let message = message.as_str();
    let at = match e.location() {
        Some(l) => Location::at(source.path, l.line() + source.line_offset, l.column()),
        None => Location::at(source.path, source.line_offset.max(1), 1),
    };
    // A tool's mistake is named by loa: the parser's words would only mislead.
    if let Some(d) = tool_mistake(source, at.line) {
        return d;
    }
    let hint_for_keys = || {
        let mut keys: Vec<&str> = known_keys.to_vec();
        keys.sort_unstable();
        t!("yaml-known-keys", what = what, keys = keys.join(", "))
    };
    // The parser's own words (in English) tell the kind of problem; loa's words for a
    // value of the wrong form (`yaml-invalid-type`) are in the site's language.
    // An unknown or missing key is said whole in loa's words; the parser's own
    // (English) words stay as detail only where loa has no better ones.
    if let Some(key) = between(message, "unknown field `", "`") {
        let hint = match closest(key, known_keys.iter().copied()) {
            Some(best) => t!("yaml-did-you-mean", best = best),
            None => hint_for_keys(),
        };
        return Diagnostic::error(at, t!("yaml-unknown-key", key = key, what = what))
            .hint(hint)
            .with_source(source.file_text);
    }
    if let Some(key) = between(message, "missing field `", "`") {
        return Diagnostic::error(at, t!("yaml-missing-key", key = key, what = what))
            .hint(t!("yaml-missing-key.hint", key = key, what = what))
            .with_source(source.file_text);
    }
    let (headline, hint) = if message.contains("recursion limit exceeded") {
        (t!("yaml-too-deep", what = what), t!("yaml-too-deep.hint"))
    } else if message.contains("repetition limit exceeded") {
        (t!("yaml-too-much", what = what), t!("yaml-too-much.hint"))
    } else if message.contains("invalid type")
        || message.contains("invalid value")
        || message.contains(&t!("yaml-invalid-type"))
    {
        (
            t!("yaml-wrong-type", what = what),
            t!("yaml-wrong-type.hint"),
        )
    } else {
        (
            t!("yaml-invalid", what = what),
            t!("yaml-invalid.hint", what = what),
        )
    };
    Diagnostic::error(at, headline)
        .detail(t!("yaml-parser-said", words = message))
        .hint(hint)
        .with_source(source.file_text)
}

/// What an editor's tool typed that YAML cannot read, up to the line of the parse
/// error (1-based, in the file): a tab or a Unicode space in the indentation or
/// after `key:`, or a value in curly quotes on the error's line. Word, web pages and
/// some keyboards put them there; the parser's own message would not name them.
fn tool_mistake(source: YamlSource<'_>, error_line: Option<usize>) -> Option<Diagnostic> {
    let last = error_line.unwrap_or(usize::MAX);
    let lines = source
        .file_text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l));
    let yaml_lines = lines
        .skip(source.line_offset)
        .take_while(|&(n, _)| n <= last);
    for (n, line) in yaml_lines {
        let at = |column: usize| Location::at(source.path, n, column);
        let indent = line.len() - line.trim_start_matches([' ', '-']).len();
        let after_colon = line.find(": ").or_else(|| line.find(':')).map(|i| i + 1);
        let places = [Some(indent), after_colon];
        for place in places.into_iter().flatten() {
            let Some(c) = line[place..].chars().next() else {
                continue;
            };
            let column = line[..place].chars().count() + 1;
            if c == '\t' && place == indent {
                return Some(
                    Diagnostic::error(at(column), t!("yaml-tab"))
                        .hint(t!("yaml-tab.hint"))
                        .with_source(source.file_text),
                );
            }
            if let Some(space) = unicode_space(c) {
                let code = format!("{:04X}", c as u32);
                return Some(
                    Diagnostic::error(
                        at(column),
                        t!("yaml-unicode-space", space = space, code = code),
                    )
                    .hint(t!("yaml-unicode-space.hint"))
                    .with_source(source.file_text),
                );
            }
        }
        if Some(n) == error_line
            && let Some(d) = curly_quotes(line, at, source.file_text)
        {
            return Some(d);
        }
    }
    None
}

/// Which space YAML does not count as one (the `$space` of `yaml-unicode-space`).
fn unicode_space(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{a0}' => "nbsp",
        '\u{202f}' => "narrow-nbsp",
        '\u{2000}'..='\u{200a}' => "typographic",
        '\u{200b}' => "zero-width",
        '\u{3000}' => "ideographic",
        '\u{feff}' => "zero-width-no-break",
        _ => return None,
    })
}

/// A `key: “value”` line: curly quotes are text to YAML, so a `: ` inside breaks it.
fn curly_quotes(line: &str, at: impl Fn(usize) -> Location, file_text: &str) -> Option<Diagnostic> {
    let colon = line.find(':')?;
    let value = line[colon + 1..].trim();
    let open = value.chars().next()?;
    if !matches!(open, '“' | '”' | '„' | '‘' | '’' | '«') {
        return None;
    }
    let column = line[..colon + 1].chars().count()
        + 1
        + (line[colon + 1..].len() - line[colon + 1..].trim_start().len());
    let inner = value
        .trim_start_matches(['“', '”', '„', '‘', '’', '«'])
        .trim_end_matches(['“', '”', '‘', '’', '»']);
    let fixed = format!(
        "{}: \"{}\"",
        &line[..colon],
        inner.replace('\\', "\\\\").replace('"', "\\\"")
    );
    Some(
        Diagnostic::error(at(column), t!("yaml-curly-quotes", open = open))
            .hint(t!("yaml-curly-quotes.hint", fixed = fixed))
            .with_source(file_text),
    )
}

/// The parser's words without Rust type names: "expected struct RawConfig" becomes
/// "expected a map of `key: value` lines".
fn friendly(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("expected struct ") {
        out.push_str(&rest[..i]);
        out.push_str(&t!("yaml-expected-map"));
        let after = &rest[i + "expected struct ".len()..];
        let name_len = after
            .find(|c: char| !c.is_alphanumeric() && c != '_')
            .unwrap_or(after.len());
        rest = &after[name_len..];
    }
    out.push_str(rest);
    out
}

/// serde_yaml writes " at line N column M" into its messages, counted from the
/// start of the YAML text; we print the position ourselves, in the file.
fn strip_location(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let digits = |t: &str| t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let n = digits(after);
        match after[n..].strip_prefix(" column ") {
            Some(col) if n > 0 && digits(col) > 0 => rest = &col[digits(col)..],
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
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
    fn curly_quotes_tabs_and_unicode_spaces_are_named() {
        let yaml = "title: “Hội nghị sơ kết: kết quả”\n";
        let file = format!("---\n{yaml}---\n");
        let err = parse::<Fm>(yaml, src(&file), "front matter", &[]).unwrap_err();
        assert_eq!((err.at.line, err.at.column), (Some(2), Some(8)));
        assert_eq!(err.message, "curly quotes (“…) are not YAML quotes");
        assert_eq!(
            err.hint.as_deref(),
            Some(
                "Word turns \" into curly quotes; write straight ones: `title: \"Hội nghị sơ kết: kết quả\"`"
            )
        );

        let yaml = "title: A\ntags:\n\t- x\n";
        let file = format!("---\n{yaml}---\n");
        let err = parse::<Fm>(yaml, src(&file), "front matter", &[]).unwrap_err();
        assert_eq!((err.at.line, err.at.column), (Some(4), Some(1)));
        assert!(
            err.message.starts_with("a tab in the indentation"),
            "{}",
            err.message
        );

        for (yaml, line, column) in [
            ("title:\u{a0}A\n", 2, 7),
            ("title: A\ntags:\n\u{a0}\u{a0}- x\n", 4, 1),
        ] {
            let file = format!("---\n{yaml}---\n");
            let err = parse::<Fm>(yaml, src(&file), "front matter", &[]).unwrap_err();
            assert_eq!(
                (err.at.line, err.at.column),
                (Some(line), Some(column)),
                "{yaml:?}"
            );
            assert_eq!(
                err.message,
                "a non-breaking space (U+00A0) where YAML needs an ordinary space"
            );
        }
    }

    #[test]
    fn parser_positions_are_left_out_of_the_words() {
        assert_eq!(
            strip_location(
                "could not find expected ':' at line 3 column 1, while scanning a simple key at line 2 column 1"
            ),
            "could not find expected ':', while scanning a simple key"
        );
        assert_eq!(strip_location("at line 5 of a poem"), "at line 5 of a poem");
    }

    #[test]
    fn malformed_yaml_is_located() {
        let file = "---\ntitle: a: b\n---\n";
        let err = parse::<Fm>("title: a: b\n", src(file), "front matter", &[]).unwrap_err();
        assert_eq!(err.at.line, Some(2));
        assert!(err.message.starts_with("invalid front matter"));
    }
}
