//! The one slug function for paths, taxonomy terms and heading anchors.
//!
//! Using one function everywhere keeps a link to `/chu-de/nong-thon-moi/` and the
//! anchor `#nong-thon-moi` in step (Hugo's `urlize` and `anchorize` disagree on `đ`).
//! Slugs lose information ("Đường" and "Dương" both give `duong`), so callers that
//! write files from slugs must detect collisions; see DESIGN.md, "URLs".

use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical, is_combining_mark,
};

use super::nfc::to_nfc;

/// Turns text into a URL slug of ASCII `[a-z0-9-]`.
///
/// The rules, in order:
/// - the text is normalised to NFC first, so NFC and NFD input give the same slug;
/// - Latin letters lose every tone and vowel mark and are lowercased, and `đ`/`Đ` (and
///   the look-alike `ð`/`Ð`) become `d`: "Đẩy mạnh tuyên truyền: Phong trào thi đua" →
///   `day-manh-tuyen-truyen-phong-trao-thi-dua`;
/// - letters and digits of other scripts are transliterated with `deunicode`
///   ("北京" → `bei-jing`, "Москва" → `moskva`); a letter it does not know becomes
///   `u` and its hex code point, so alphanumeric input never gives an empty slug;
/// - everything else (spaces, punctuation, symbols, emoji) separates words: each run
///   becomes one `-`, and none is left at either end.
///
/// Text with no letter or digit at all ("", "!!!", "🎉") gives an empty string; the
/// caller decides what to do (fall back to the file name, or report an error).
/// The result is idempotent: `slugify(&slugify(x)) == slugify(x)`. It is not shortened;
/// callers that write files should keep titles within file-name limits.
pub fn slugify(text: &str) -> String {
    let text = to_nfc(text);
    let mut slug = Slug::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            slug.push_ascii(c);
        } else if matches!(c, 'đ' | 'Đ' | 'ð' | 'Ð') {
            slug.push_ascii('d');
        } else if canonical_combining_class(c) != 0 {
            // A mark left over after NFC (on a base with no precomposed form, or on
            // nothing at all): drop it without splitting the word.
        } else if let Some(base) = latin_base(c) {
            slug.push_ascii(base);
        } else if c.is_alphanumeric() || is_combining_mark(c) {
            match deunicode::deunicode_char(c) {
                Some(ascii) => ascii.chars().for_each(|a| slug.push_ascii(a)),
                None if c.is_alphanumeric() => slug.push_code_point(c),
                None => {}
            }
        } else {
            slug.separate();
        }
    }
    if slug.out.is_empty() && text.chars().any(char::is_alphanumeric) {
        // Only letters that transliterate to punctuation (e.g. "ʼ"): keep the input
        // distinguishable rather than returning nothing.
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .for_each(|c| slug.push_code_point(c));
    }
    slug.out
}

/// The ASCII letter or digit under a precomposed Latin letter ("ẩ" → 'a', "Ư" → 'U'),
/// if `c` is one with only marks on top.
fn latin_base(c: char) -> Option<char> {
    let mut base = None;
    let mut only_marks = true;
    let mut first = true;
    decompose_canonical(c, |d| {
        if first {
            first = false;
            if d.is_ascii_alphanumeric() {
                base = Some(d);
            }
        } else if canonical_combining_class(d) == 0 {
            only_marks = false;
        }
    });
    base.filter(|_| only_marks)
}

/// A slug being built: lowercase ASCII alphanumerics joined by single dashes.
struct Slug {
    out: String,
    pending_dash: bool,
}

impl Slug {
    fn with_capacity(capacity: usize) -> Self {
        Slug {
            out: String::with_capacity(capacity),
            pending_dash: false,
        }
    }

    /// Adds an ASCII character: alphanumerics are kept lowercased, anything else
    /// separates words.
    fn push_ascii(&mut self, c: char) {
        if c.is_ascii_alphanumeric() {
            if self.pending_dash && !self.out.is_empty() {
                self.out.push('-');
            }
            self.pending_dash = false;
            self.out.push(c.to_ascii_lowercase());
        } else {
            self.separate();
        }
    }

    /// Marks a word boundary; it becomes a dash only between two words.
    fn separate(&mut self) {
        self.pending_dash = true;
    }

    /// Adds a letter no table knows as `u` and its hex code point, a word of its own.
    fn push_code_point(&mut self, c: char) {
        self.separate();
        for a in format!("u{:x}", u32::from(c)).chars() {
            self.push_ascii(a);
        }
        self.separate();
    }
}

#[cfg(test)]
#[path = "slug_tests.rs"]
mod tests;
