//! The files editors write, read as text: UTF-8, or UTF-8 and UTF-16 with a byte
//! order mark (read as the text they are, with a warning); anything else is an error
//! that names what it looks like, at the first byte that is not UTF-8.

use std::path::Path;

use crate::error::{Diagnostic, Location};

/// Where Notepad users choose the right encoding.
const SAVE_AS_UTF8: &str = "save it as UTF-8: in Notepad, File › Save as, Encoding: \"UTF-8\" (\"Unicode\" there is UTF-16, \"ANSI\" a legacy encoding)";

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
            let note = Diagnostic::warning(
                Location::file(path),
                "file starts with a byte order mark (saved as \"UTF-8 with BOM\"); it was read as UTF-8",
            )
            .hint("save it as \"UTF-8\" without BOM: some tools show the mark as stray characters");
            Ok((text, Some(note)))
        }
        Ok((text, Saved::Utf16)) => {
            let note = Diagnostic::warning(
                Location::file(path),
                "file is UTF-16 (Notepad's \"Unicode\"); it was read as such",
            )
            .hint(format!(
                "{SAVE_AS_UTF8}; Git, Netlify and most editors expect UTF-8"
            ));
            Ok((text, Some(note)))
        }
        Err(bytes) => Err(match guess(&bytes) {
            Guess::Utf16NoBom => Diagnostic::error(
                Location::file(path),
                "file is UTF-16 without a byte order mark, not UTF-8",
            )
            .hint(SAVE_AS_UTF8),
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
    Diagnostic::error(Location::at(path, line, column), "file is not valid UTF-8")
        .hint(format!(
            "{SAVE_AS_UTF8}; text typed in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) needs converting first, e.g. with Unikey's converter"
        ))
        .with_source(&lossy)
}
