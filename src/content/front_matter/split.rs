//! The split of a Markdown file at its front matter: the YAML between the
//! opening `---` line and the closing one, and the body after it.

use std::path::Path;

use crate::error::{Diagnostic, Location};

/// A Markdown file cut in two.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML text between the `---` lines (empty when there is none).
    pub yaml: &'a str,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
    /// The 1-based line of the file where `body` starts.
    pub body_line: usize,
}

/// Splits `text` at its front matter. A file must open with a `---` line; the block
/// ends at the next line that is exactly `---` (or `...`).
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Err(
            Diagnostic::error(Location::at(path, 1, 1), t!("content-no-front-matter"))
                .hint(t!("content-no-front-matter.hint"))
                .with_source(text),
        );
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(text[yaml_start..].split_inclusive('\n')) {
        let bare = l.trim_end();
        if bare == "---" || bare == "..." {
            let body_start = offset + l.len();
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(Diagnostic::error(
        Location::at(path, 1, 1),
        t!("content-front-matter-unclosed"),
    )
    .hint(t!("content-front-matter-unclosed.hint"))
    .with_source(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_body_line() {
        let text = "---\ntitle: A\n---\nBody\n";
        let s = split(text, Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let e = split("---\ntitle: A\n", Path::new("a.md")).unwrap_err();
        assert!(e.message.contains("never closed"));
    }
}
