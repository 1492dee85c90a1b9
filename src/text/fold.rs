//! Search folding: the form of a word that ignores case and Vietnamese marks.
//!
//! The search index stores folded words for recall ("duong" finds "đường" and
//! "dương") and the exact words for ranking; see [`super::tokenize`]. Folding also
//! serves for duplicate detection, e.g. two taxonomy terms that differ only in marks.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

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
    // Lowercase first: lowercasing can itself produce marks ("İ" → "i\u{307}").
    let lower = text.to_lowercase();
    lower
        .nfd()
        .filter_map(|c| match c {
            'đ' | 'ð' => Some('d'),
            c if canonical_combining_class(c) != 0 => None,
            c => Some(c),
        })
        // Recompose what is left (Hangul syllables, for one) so folded text is NFC.
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

    proptest::proptest! {
        #[test]
        fn fold_is_idempotent_and_nfd_blind(s in proptest::prelude::any::<String>()) {
            let once = fold(&s);
            proptest::prop_assert_eq!(fold(&once), once.clone());
            let nfd: String = s.nfd().collect();
            proptest::prop_assert_eq!(fold(&nfd), once);
        }
    }
}
