//! Unicode NFC normalisation of everything an editor writes.

use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Returns `s` in NFC, borrowing when it already is (the common case).
pub fn to_nfc(s: &str) -> Cow<'_, str> {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => {
            let n: String = s.nfc().collect();
            if n == s { Cow::Borrowed(s) } else { Cow::Owned(n) }
        }
    }
}
