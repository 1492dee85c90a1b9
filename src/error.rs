//! Errors a user can act on: every problem found in a user's files is a
//! [`Diagnostic`] with its [`Location`], the offending line and a hint. A build
//! collects them all into [`Error::Diagnostics`] instead of stopping at the first.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in the user's files; its `Display` prints `path:line:column`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, relative to the site root when it is inside it.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
}

impl Location {
    /// A location naming a whole file.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: path.into(),
            line: None,
            column: None,
        }
    }

    /// A location at `line:column` (both 1-based) of `path`.
    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// The longest part of a source line a diagnostic quotes, in characters.
pub(crate) const MAX_QUOTED_CHARS: usize = 160;

/// How bad a diagnostic is: errors fail the build, warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Fails the build.
    Error,
    /// Printed; the build goes on.
    Warning,
}

/// One problem in a user's file.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub at: Location,
    /// What is wrong, in one line.
    pub message: String,
    /// The text of the offending line, when known (a window of it when it is long).
    pub source_line: Option<String>,
    /// Characters of the line left out before `source_line` starts, less one for the
    /// `…` that marks the cut (0 when the line is quoted whole).
    pub source_skip: usize,
    /// Further detail (for instance the parser's own words).
    pub detail: Option<String>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The page being rendered when a template failed, if it was one.
    pub rendering: Option<String>,
    /// How many pages the same problem came from (1 when it is not merged).
    pub pages: usize,
}

impl Diagnostic {
    /// An error at `at`.
    pub fn error(at: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            at,
            message: message.into(),
            source_line: None,
            source_skip: 0,
            detail: None,
            hint: None,
            rendering: None,
            pages: 1,
        }
    }

    /// A warning at `at`.
    pub fn warning(at: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(at, message)
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds detail.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Attaches the offending line, taken from `source` (the whole file's text) at
    /// the diagnostic's line.
    pub fn with_source(self, source: &str) -> Self {
        let Some(line) = self.at.line else {
            return self;
        };
        match source.split('\n').nth(line.saturating_sub(1)) {
            Some(text) => self.with_source_line(text.strip_suffix('\r').unwrap_or(text)),
            None => self,
        }
    }

    /// Attaches the offending line's text. A line longer than [`MAX_QUOTED_CHARS`] is
    /// quoted in part, around the diagnostic's column, so a message stays short
    /// whatever the file holds.
    pub fn with_source_line(mut self, text: &str) -> Self {
        // Count at most one character past the limit: a long line is cut anyway.
        if text.chars().nth(MAX_QUOTED_CHARS).is_none() {
            self.source_line = Some(text.to_owned());
            self.source_skip = 0;
            return self;
        }
        let column = self.at.column.unwrap_or(1).saturating_sub(1);
        let start = column.saturating_sub(MAX_QUOTED_CHARS / 2);
        let mut quoted = String::with_capacity(MAX_QUOTED_CHARS * 4 + 8);
        if start > 0 {
            quoted.push('…');
        }
        let mut rest = text.chars().skip(start);
        quoted.extend(rest.by_ref().take(MAX_QUOTED_CHARS));
        if rest.next().is_some() {
            quoted.push('…');
        }
        self.source_line = Some(quoted);
        self.source_skip = start.saturating_sub(1);
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => t!("label-error"),
            Severity::Warning => t!("label-warning"),
        };
        if self.at.path.as_os_str().is_empty() {
            // Not tied to a file (an output folder problem, say): no empty `: `.
            write!(f, "{label}: {}", self.message)?;
        } else {
            write!(f, "{label}: {}: {}", self.at, self.message)?;
        }
        if let (Some(text), Some(line)) = (&self.source_line, self.at.line) {
            let number = line.to_string();
            let pad = " ".repeat(number.len());
            write!(f, "\n {pad} |\n {number} | {text}")?;
            if let Some(column) = self.at.column {
                // Count characters, not bytes, so the caret sits under Vietnamese text.
                let shown = column.saturating_sub(1).saturating_sub(self.source_skip);
                let before: String = text.chars().take(shown).collect();
                let indent: String = before
                    .chars()
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n {pad} | {indent}^")?;
            }
        }
        if let Some(detail) = &self.detail {
            for line in detail.lines() {
                write!(f, "\n  {line}")?;
            }
        }
        if let Some(page) = &self.rendering {
            let note = match self.pages {
                1 => t!("while-rendering", page = page),
                count => t!("repeated-in-pages", count = count, page = page),
            };
            write!(f, "\n  {note}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}: {hint}", t!("label-hint"))?;
        }
        Ok(())
    }
}

/// Everything that can make a command fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in the user's files, all of them.
    #[error("{}", render_all(.0))]
    Diagnostics(Vec<Diagnostic>),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// A refusal or failure that is not tied to one file's line.
    #[error("{0}")]
    Message(String),
}

fn render_all(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl Error {
    /// An I/O error about `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A single diagnostic as an error.
    pub fn single(diagnostic: Diagnostic) -> Self {
        Error::Diagnostics(vec![diagnostic])
    }

    /// The diagnostics it carries (empty for other kinds).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Diagnostics(d) => d,
            _ => &[],
        }
    }
}

/// The crate's result type.
pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

/// Collects diagnostics from many files, in parallel or not, for one report.
#[derive(Debug, Default)]
pub(crate) struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Adds one.
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Adds many.
    pub(crate) fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    /// True when any error (not warning) was collected.
    pub(crate) fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Ends a step: `Err` with every error (sorted by place) when there is one,
    /// otherwise the warnings.
    pub(crate) fn finish(mut self) -> Result<Vec<Diagnostic>> {
        self.items = merge_repeats(std::mem::take(&mut self.items));
        self.items.sort_by(|a, b| a.at.cmp(&b.at));
        if self.has_errors() {
            Err(Error::Diagnostics(self.items))
        } else {
            Ok(self.items)
        }
    }

    /// Takes every diagnostic out.
    pub(crate) fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// One diagnostic for a problem that repeats across pages (the same template line
/// failing for every page it renders): "in 1,204 pages, e.g. content/a.md" instead
/// of 1,204 copies. Others are left as they are, in their order.
fn merge_repeats(items: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Key = (
        bool,
        Location,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let key = |d: &Diagnostic| -> Option<Key> {
        d.rendering.as_ref()?;
        Some((
            d.is_error(),
            d.at.clone(),
            d.message.clone(),
            d.hint.clone(),
            d.source_line.clone(),
            d.detail.clone(),
        ))
    };
    let mut groups: std::collections::HashMap<Key, usize> = Default::default();
    let mut out: Vec<Diagnostic> = Vec::with_capacity(items.len());
    for d in items {
        let Some(k) = key(&d) else {
            out.push(d);
            continue;
        };
        match groups.get(&k) {
            Some(&at) => {
                let first = &mut out[at];
                first.pages += d.pages;
                // The example is the first page by name, whatever the order of work.
                if d.rendering < first.rendering {
                    first.rendering = d.rendering;
                }
            }
            None => {
                groups.insert(k, out.len());
                out.push(d);
            }
        }
    }
    out
}

/// The closest of `candidates` to `word`, when it is close enough to suggest.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
#[path = "error_tests.rs"]
mod tests;
