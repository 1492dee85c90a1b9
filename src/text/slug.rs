//! The one slug function for paths, taxonomy terms and heading anchors.

use unicode_normalization::UnicodeNormalization;

/// Turns text into a URL slug: lowercase ASCII `[a-z0-9-]`, `đ` → `d`, every mark
/// removed, runs of anything else collapsed to one `-`, trimmed. NFC and NFD input
/// give the same slug.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfd() {
        let c = match c {
            'đ' | 'Đ' => 'd',
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}
