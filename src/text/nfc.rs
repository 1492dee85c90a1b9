//! Unicode NFC normalisation of everything an editor writes.
//!
//! Vietnamese arrives in two encodings: precomposed ("Unicode dựng sẵn", NFC) and
//! combining sequences ("Unicode tổ hợp", NFD-like, from the Windows keyboard or macOS
//! file names). They look the same but differ in bytes, so every text read from the
//! site goes through [`to_nfc`] before it is compared, slugged, sorted or written out.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Returns `text` in NFC, borrowing it when it already is (the common case).
pub(crate) fn to_nfc(text: &str) -> Cow<'_, str> {
    if is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Tells whether `text` is already in NFC, so callers can warn about a source file
/// that was not.
pub(crate) fn is_nfc(text: &str) -> bool {
    // Precomposed Vietnamese text is ASCII, Latin-1, Latin Extended-A/B and Latin
    // Extended Additional, plus typographic punctuation: all of it is NFC on its own.
    // Checking those ranges is far cheaper than the general quick check on every page.
    if all_always_nfc(text) {
        return true;
    }
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => true,
        IsNormalized::No => false,
        // "Maybe" only comes from characters that may combine with what precedes them;
        // the full check decides.
        IsNormalized::Maybe => unicode_normalization::is_nfc(text),
    }
}

/// True when every character of `text` is one `always_nfc` (the tests' reference) accepts, checked on
/// the UTF-8 bytes without decoding. Only lead bytes from `CC` up need a look (`C2`–`CB`
/// start U+0080–U+02FF, NFC whatever follows): `E1 B8`–`E1 BB` is U+1E00–U+1EFF and
/// `E2 80 90`–`E2 80 A7` is U+2010–U+2027. Eight bytes are tested for those lead
/// bytes at once, then only the ones found are checked.
fn all_always_nfc(text: &str) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Added to a byte's low seven bits, carries into bit 7 from 0x4C up (no byte
    // carries into the next).
    const FROM_CC: u64 = 0x3434_3434_3434_3434;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(w) = super::word_at(bytes, i) {
        // Bit 7 of each byte from 0xCC up.
        let mut leads = w & ((w & LOW) + FROM_CC) & HIGH;
        while leads != 0 {
            if !lead_always_nfc(bytes, i + (leads.trailing_zeros() / 8) as usize) {
                return false;
            }
            leads &= leads - 1;
        }
        i += 8;
    }
    (i..bytes.len()).all(|at| bytes[at] < 0xCC || lead_always_nfc(bytes, at))
}

/// Whether the character starting with the lead byte at `at` is one `always_nfc`
/// accepts.
fn lead_always_nfc(bytes: &[u8], at: usize) -> bool {
    match bytes[at] {
        0xC2..=0xCB => true,
        0xE1 => matches!(bytes.get(at + 1), Some(0xB8..=0xBB)),
        0xE2 => bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0x90..=0xA7)),
        _ => false,
    }
}

/// Characters that are NFC whatever surrounds them: below the combining marks
/// (U+0300), Latin Extended Additional (U+1E00–U+1EFF, every precomposed Vietnamese
/// vowel with its tone), and dashes, quotes and ellipsis (U+2010–U+2027).
#[cfg(test)]
fn always_nfc(c: char) -> bool {
    matches!(c, '\0'..='\u{02FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{2010}'..='\u{2027}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_agrees_with_the_full_check() {
        for c in ('\0'..='\u{2FFF}').filter(|c| always_nfc(*c)) {
            let s = c.to_string();
            assert!(unicode_normalization::is_nfc(&s), "{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_agrees_with_the_char_ranges(s in proptest::prelude::any::<String>()) {
            proptest::prop_assert_eq!(all_always_nfc(&s), s.chars().all(always_nfc));
        }

        #[test]
        fn byte_scan_agrees_on_vietnamese_like_text(
            s in "([a-z ]|[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệơờưữỹ]|[\u{2010}-\u{2027}]){0,40}[\u{0300}-\u{0323}\u{1f00}\u{2028}\u{2030}北🎉]?([a-z ]|[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệơờưữỹ]){0,40}"
        ) {
            proptest::prop_assert_eq!(all_always_nfc(&s), s.chars().all(always_nfc));
        }
    }

    #[test]
    fn byte_scan_edges() {
        for c in [
            '\u{7f}', '\u{80}', '\u{2ff}', '\u{1e00}', '\u{1eff}', '\u{2010}', '\u{2027}',
        ] {
            assert!(all_always_nfc(&format!("a{c}b")), "{:04X}", c as u32);
        }
        for c in [
            '\u{300}', '\u{1dff}', '\u{1f00}', '\u{200f}', '\u{2028}', '北', '🎉',
        ] {
            assert!(!all_always_nfc(&format!("a{c}b")), "{:04X}", c as u32);
        }
    }

    #[test]
    fn nfc_input_is_borrowed() {
        let s = "Đẩy mạnh tuyên truyền";
        assert!(matches!(to_nfc(s), Cow::Borrowed(_)));
        assert!(is_nfc(s));
        assert!(is_nfc(""));
        assert!(matches!(to_nfc(""), Cow::Borrowed("")));
    }

    #[test]
    fn nfd_input_is_composed() {
        let nfd: String = "Nông thôn mới".nfd().collect();
        assert_ne!(nfd, "Nông thôn mới");
        assert!(!is_nfc(&nfd));
        let nfc = to_nfc(&nfd);
        assert!(matches!(nfc, Cow::Owned(_)));
        assert_eq!(nfc, "Nông thôn mới");
    }

    #[test]
    fn maybe_cases_are_decided() {
        // U+0301 after a base that has no precomposed form stays decomposed in NFC.
        assert!(is_nfc("x\u{301}"));
        // After "e" it composes to "é", so the input was not NFC.
        assert!(!is_nfc("e\u{301}"));
        assert_eq!(to_nfc("e\u{301}"), "é");
    }

    #[test]
    fn mixed_and_odd_input() {
        assert_eq!(to_nfc("a\u{323}\u{302}"), "ậ");
        // Marks in the other order are canonically equivalent and give the same letter.
        assert_eq!(to_nfc("a\u{302}\u{323}"), "ậ");
        assert!(is_nfc("🎉 北京 Hà Nội"));
    }
}
