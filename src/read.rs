//! The files editors write, read as text: UTF-8, or UTF-8 and UTF-16 with a byte
//! order mark (read as the text they are, with a warning); anything else is an error
//! that names what it looks like, at the first byte that is not UTF-8.

use std::path::Path;

use crate::error::{Diagnostic, Location};

/// The text of a file the editor wrote (`path` as printed): UTF-8, or UTF-8 or
/// UTF-16 with a byte order mark, read as the text they are with a warning; any
/// other bytes are an error that names what they look like.
pub(crate) fn text(
    path: &Path,
    bytes: Vec<u8>,
) -> std::result::Result<(String, Option<Diagnostic>), Diagnostic> {
    use crate::text::encoding::{Guess, Saved, decode, guess};
    match decode(bytes) {
        Ok((text, Saved::Utf8)) => Ok((text, None)),
        Ok((text, Saved::Utf8Bom)) => {
            let note =
                Diagnostic::warning(Location::file(path), t!("read-bom")).hint(t!("read-bom.hint"));
            Ok((text, Some(note)))
        }
        Ok((text, Saved::Utf16)) => {
            let note = Diagnostic::warning(Location::file(path), t!("read-utf16"))
                .hint(t!("read-utf16.hint"));
            Ok((text, Some(note)))
        }
        Err(bytes) => Err(match guess(&bytes) {
            Guess::Utf16NoBom => Diagnostic::error(Location::file(path), t!("read-utf16-no-bom"))
                .hint(t!("read-utf16-no-bom.hint")),
            Guess::Legacy => utf8_diagnostic(path, &bytes),
        }),
    }
}

/// A diagnostic for text that is not UTF-8, at the first bad byte's line and column.
fn utf8_diagnostic(path: &Path, bytes: &[u8]) -> Diagnostic {
    let valid = match std::str::from_utf8(bytes) {
        Err(e) => e.valid_up_to(),
        Ok(_) => bytes.len(),
    };
    let good = &bytes[..valid];
    let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
    let lossy = String::from_utf8_lossy(bytes);
    Diagnostic::error(Location::at(path, line, column), t!("read-not-utf8"))
        .hint(t!("read-not-utf8.hint"))
        .with_source(&lossy)
}
