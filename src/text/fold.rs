//! Search folding: the form of a word that ignores case and Vietnamese marks.
//!
//! The search index stores folded words for recall ("duong" finds "đường" and
//! "dương") and the exact words for ranking; see [`super::tokenize`]. Folding also
//! serves for duplicate detection, e.g. two taxonomy terms that differ only in marks.

use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Folds text for search and deduplication: lowercase, every mark stripped, `đ` → `d`.
///
/// "Điển hình" → "dien hinh"; NFC and NFD input fold alike. The marks stripped are those
/// with a non-zero canonical combining class: all Vietnamese tone and vowel marks, and
/// the accents of other Latin, Greek and Cyrillic text. Spacing vowel signs of Indic
/// scripts are kept so such words stay readable. `Ð`/`ð` (U+00D0/U+00F0, a look-alike
/// sometimes typed for `Đ`) also fold to `d`. The result is NFC, and `fold(fold(x)) ==
/// fold(x)`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    fold_chars(text).unwrap_or_else(|| fold_normalized(text))
}

/// Folds one character at a time, the fast way for Latin, Greek and Cyrillic text
/// (the search index folds every word of the site). Returns `None` when a character
/// could combine with its neighbours under normalisation (Hangul jamo, some Indic vowel
/// parts), where only [`fold_normalized`] is right.
fn fold_chars(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            out.push(c);
        } else if matches!(c, 'đ' | 'ð') {
            out.push('d');
        } else if canonical_combining_class(c) != 0 {
            // A mark: dropped.
        } else if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
            // A Hangul syllable has no marks; it would decompose into jamo only to be
            // composed again.
            out.push(c);
        } else if is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes {
            return None;
        } else {
            // A precomposed letter: keep its base, the one starter of its
            // decomposition ("ấ" → 'a').
            let mut base = None;
            let mut starters = 0;
            decompose_canonical(c, |d| {
                if canonical_combining_class(d) == 0 {
                    starters += 1;
                    base = Some(d);
                }
            });
            match (starters, base) {
                (1, Some(base)) => out.push(base),
                _ => return None,
            }
        }
    }
    Some(out)
}

/// Folds by full normalisation: NFD, marks dropped, NFC again so what is left
/// (Hangul syllables, for one) is recomposed.
fn fold_normalized(text: &str) -> String {
    text.chars()
        // Lowercase first, char by char as `fold_chars` does: lowercasing can itself
        // produce marks ("İ" → "i\u{307}").
        .flat_map(char::to_lowercase)
        .nfd()
        .filter_map(|c| match c {
            'đ' | 'ð' => Some('d'),
            c if canonical_combining_class(c) != 0 => None,
            c => Some(c),
        })
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_words_fold() {
        assert_eq!(fold("Điển hình"), "dien hinh");
        assert_eq!(fold("ĐẨY MẠNH tuyên truyền"), "day manh tuyen truyen");
        assert_eq!(
            fold("Ứng dụng CNTT ở nông thôn"),
            "ung dung cntt o nong thon"
        );
        assert_eq!(fold("ăâêôơư ĂÂÊÔƠƯ"), "aaeoou aaeoou");
    }

    #[test]
    fn nfd_input_folds_like_nfc() {
        let nfd: String = "Đường Dương đương".nfd().collect();
        assert_eq!(fold(&nfd), fold("Đường Dương đương"));
        assert_eq!(fold(&nfd), "duong duong duong");
    }

    #[test]
    fn minimal_pairs_fold_equal() {
        assert_eq!(fold("Đường"), fold("Dương"));
        assert_eq!(fold("Hà Giang"), fold("Hà giang"));
    }

    #[test]
    fn other_text_is_kept() {
        assert_eq!(fold(""), "");
        assert_eq!(fold("2016-2020"), "2016-2020");
        assert_eq!(fold("🎉 北京"), "🎉 北京");
        assert_eq!(fold("한국"), "한국");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Ðà Nẵng"), "da nang");
        assert_eq!(fold("Crème BRÛLÉE"), "creme brulee");
    }

    #[test]
    fn fold_is_idempotent() {
        for s in ["Điển hình", "İİ", "한국어", "हिन्दी", "x\u{323}\u{302}"] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s:?}");
        }
    }

    /// The fast path agrees with full normalisation on every character, alone and
    /// next to a letter and a mark.
    #[test]
    fn fast_path_matches_normalization() {
        for c in ('\0'..='\u{3ffff}').filter(|c| !c.is_ascii()) {
            for s in [format!("{c}"), format!("e{c}\u{301}"), format!("{c}a")] {
                if let Some(fast) = fold_chars(&s) {
                    assert_eq!(fast, fold_normalized(&s), "{s:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fold_is_idempotent_and_nfd_blind(s in proptest::prelude::any::<String>()) {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once.clone());
            let nfd: String = s.nfd().collect();
            proptest::prop_assert_eq!(fold(&nfd), once.clone());
            proptest::prop_assert_eq!(fold_normalized(&s), once);
        }
    }
}
