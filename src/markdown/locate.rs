//! Placing byte offsets of a page's Markdown in its file. Each offset costs a binary
//! search after one pass over the text (made only once a problem is found), so a page
//! with thousands of problems is not rescanned for each of them.

use std::cell::{Cell, OnceCell};

use crate::error::{Diagnostic, Location};
use crate::markdown::MarkdownSource;

/// The byte offsets where the lines of a text start.
#[derive(Debug)]
struct Lines(Vec<usize>);

impl Lines {
    fn of(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines(starts)
    }

    /// The 0-based line holding `offset`, and where it starts.
    fn find(&self, offset: usize) -> (usize, usize) {
        let line = self.0.partition_point(|&start| start <= offset) - 1;
        (line, self.0[line])
    }

    /// The text of 0-based line `n`, without its line break.
    fn text<'t>(&self, text: &'t str, n: usize) -> Option<&'t str> {
        let start = *self.0.get(n)?;
        let end = self.0.get(n + 1).map_or(text.len(), |&next| next - 1);
        let line = text.get(start..end)?;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// Turns offsets into the Markdown into file locations and quotes the file's lines.
pub(crate) struct Locator<'a> {
    markdown: &'a str,
    source: &'a MarkdownSource<'a>,
    markdown_lines: OnceCell<Lines>,
    file_lines: OnceCell<Lines>,
    /// The last offset placed, its line's start and its column: offsets met in order
    /// on one long line are counted from there, not from the line's start.
    last: Cell<(usize, usize, usize)>,
}

impl<'a> Locator<'a> {
    /// A locator for `markdown`, the body of `source`'s file.
    pub(crate) fn new(markdown: &'a str, source: &'a MarkdownSource<'a>) -> Self {
        Locator {
            markdown,
            source,
            markdown_lines: OnceCell::new(),
            file_lines: OnceCell::new(),
            last: Cell::new((0, 0, 1)),
        }
    }

    /// 1-based line and character column of a byte offset of the Markdown.
    pub(crate) fn line_column(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.markdown.len());
        while !self.markdown.is_char_boundary(offset) {
            offset -= 1;
        }
        let lines = self.markdown_lines.get_or_init(|| Lines::of(self.markdown));
        let (line, start) = lines.find(offset);
        let (last_offset, last_start, last_column) = self.last.get();
        let column = if last_start == start && last_offset <= offset {
            last_column + self.markdown[last_offset..offset].chars().count()
        } else {
            self.markdown[start..offset].chars().count() + 1
        };
        self.last.set((offset, start, column));
        (line + 1, column)
    }

    /// The file location of a byte offset of the Markdown.
    pub(crate) fn location(&self, offset: usize) -> Location {
        let (line, column) = self.line_column(offset);
        Location::at(self.source.file, self.source.first_line + line - 1, column)
    }

    /// Attaches the file's line at the diagnostic's location (what
    /// [`Diagnostic::with_source`] does, without rescanning the file).
    pub(crate) fn quote(&self, d: Diagnostic) -> Diagnostic {
        let Some(line) = d.at.line else {
            return d;
        };
        let text = self.source.file_text;
        let lines = self.file_lines.get_or_init(|| Lines::of(text));
        match lines.text(text, line.saturating_sub(1)) {
            Some(quoted) => d.with_source_line(quoted),
            None => d,
        }
    }

    /// An error at a byte offset of the Markdown, with the file's line quoted.
    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> Diagnostic {
        self.quote(Diagnostic::error(self.location(offset), message))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::*;

    #[test]
    fn places_offsets_in_any_order_and_quotes_lines() {
        let file = "---\ntitle: A\n---\nab\r\nđẩy x\n\nz";
        let markdown = &file[17..];
        let links = HashMap::new();
        let source = MarkdownSource {
            file: Path::new("content/a.md"),
            file_text: file,
            first_line: 4,
            links: &links,
            unpublished: &HashMap::new(),
            rich: None,
        };
        let at = Locator::new(markdown, &source);
        assert_eq!(at.line_column(10), (2, 4));
        assert_eq!(at.line_column(11), (2, 5));
        assert_eq!(at.line_column(0), (1, 1));
        assert_eq!(at.line_column(12), (2, 6));
        assert_eq!(at.line_column(markdown.len()), (4, 2));
        let d = at.error(10, "here");
        assert_eq!(d.at, Location::at("content/a.md", 5, 4));
        assert_eq!(d.source_line.as_deref(), Some("đẩy x"));
        assert_eq!(at.error(0, "x").source_line.as_deref(), Some("ab"));
    }

    /// 1-based line and character column of a byte offset, counted the slow way.
    fn plain_line_column(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    #[test]
    fn plain_count_counts_characters() {
        assert_eq!(plain_line_column("ab\nđẩy x", 9), (2, 4));
    }

    #[test]
    fn agrees_with_a_plain_count() {
        let text = "một\nhai ba\n\nbốn năm sáu\nbảy";
        let links = HashMap::new();
        let source = MarkdownSource {
            file: Path::new("a.md"),
            file_text: text,
            first_line: 1,
            links: &links,
            unpublished: &HashMap::new(),
            rich: None,
        };
        let at = Locator::new(text, &source);
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            assert_eq!(
                at.line_column(offset),
                plain_line_column(text, offset),
                "{offset}"
            );
        }
    }
}
