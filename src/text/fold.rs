//! Search folding: the form of a word that ignores case and Vietnamese marks.

use unicode_normalization::UnicodeNormalization;

/// Lowercases and strips every mark, mapping `đ` to `d`: "Điển hình" → "dien hinh".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(|c| match c {
            'đ' | 'Đ' => 'd'.to_lowercase(),
            c => c.to_lowercase(),
        })
        .collect()
}
