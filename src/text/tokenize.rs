//! Splitting text into words for the search index.
//!
//! The index (built elsewhere) stores each word's folded form for recall and its exact
//! form for ranking: "duong" finds "đường", "dương" and "đương", and a query typed
//! with marks ranks the exact word first.
//!
//! What a word is:
//! - a run of letters and digits (with the marks on them). Vietnamese separates
//!   syllables with spaces, so each syllable is a word; phrase search uses positions;
//! - hyphens, slashes, dots and every other punctuation or symbol separate words:
//!   "2016-2020" gives "2016" and "2020", "Bà Rịa-Vũng Tàu" gives four words, "1.000"
//!   gives "1" and "000";
//! - an apostrophe between two letters joins them and is dropped from the word:
//!   "H'Mông", "H’Mông" and "Hmông" all give "hmông", as do "K'Bang"/"Kbang";
//! - Chinese characters and Japanese kana are one word each, as they have no spaces;
//! - emoji and other symbols are not words.
//!
//! Input is normalised to NFC first, so NFD input gives the same tokens; byte ranges
//! refer to the NFC text, which is what `loa` keeps after reading any file.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

use super::fold::fold;
use super::nfc::to_nfc;

/// One word of a text, as the search index sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The word in NFC, lowercased, without joining apostrophes: "hmông".
    pub word: String,
    /// The word folded for search (see [`fold`]): "hmong".
    pub folded: String,
    /// The word's index among the words of the text, from 0.
    pub position: usize,
    /// Where the word is in the NFC form of the text, in bytes (apostrophes included).
    pub range: Range<usize>,
}

/// Splits text into words (see the module docs for what a word is).
pub fn tokenize(text: &str) -> Vec<Token> {
    let text = to_nfc(text);
    let mut tokens = Vec::new();
    let mut current: Option<(usize, String)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        if is_ideograph(c) {
            finish(&mut tokens, current.take(), i);
            let mut word = String::new();
            word.push(c);
            finish(&mut tokens, Some((i, word)), end);
        } else if is_apostrophe(c) {
            let joins =
                current.is_some() && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
            if !joins {
                finish(&mut tokens, current.take(), i);
            }
        } else if is_word_char(c) {
            let (_, word) = current.get_or_insert_with(|| (i, String::new()));
            word.extend(c.to_lowercase());
        } else if is_combining_mark(c) && current.is_some() {
            // A mark on the last letter of the word (one with no precomposed form).
            if let Some((_, word)) = current.as_mut() {
                word.push(c);
            }
        } else {
            finish(&mut tokens, current.take(), i);
        }
    }
    finish(&mut tokens, current, text.len());
    tokens
}

/// Ends the word in progress, if any, at byte `end`.
fn finish(tokens: &mut Vec<Token>, current: Option<(usize, String)>, end: usize) {
    let Some((start, word)) = current else {
        return;
    };
    // Lowercasing NFC text can, rarely, leave it non-NFC.
    let word = to_nfc(&word).into_owned();
    tokens.push(Token {
        folded: fold(&word),
        word,
        position: tokens.len(),
        range: start..end,
    });
}

/// Letters and digits of scripts that separate words with spaces.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_ideograph(c) && !is_apostrophe(c)
}

/// Apostrophes that join the parts of a name: ASCII, right single quotation mark, and
/// the modifier letter apostrophe (which Unicode counts as a letter).
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2bc}')
}

/// Characters of scripts written without spaces, each taken as a word of its own.
fn is_ideograph(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'     // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}'   // CJK Extension A
        | '\u{4e00}'..='\u{9fff}'   // CJK Unified Ideographs
        | '\u{f900}'..='\u{faff}'   // CJK Compatibility Ideographs
        | '\u{20000}'..='\u{3134f}' // CJK Extensions B to G
    ) && c.is_alphanumeric()
}

#[cfg(test)]
#[path = "tokenize_tests.rs"]
mod tests;
