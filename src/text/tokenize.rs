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

#[cfg(test)]
use super::fold::fold;
use super::nfc::to_nfc;

/// One word of a text, as the search index sees it (the tests' view of
/// [`for_each_word`]).
#[cfg(test)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
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
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_word(text, |word, position, range| {
        tokens.push(Token {
            folded: fold(word),
            word: word.to_string(),
            position,
            range,
        });
    });
    tokens
}

/// Calls `f(word, position, range)` for every word of `text` (see the module docs for
/// what a word is), without allocating per word: `word` is the lowercased NFC word (no joining
/// apostrophes) in a buffer reused for the next word. The search index folds each
/// distinct word once instead of every occurrence.
pub(crate) fn for_each_word(text: &str, mut f: impl FnMut(&str, usize, Range<usize>)) {
    let text = to_nfc(text);
    let mut position = 0;
    let mut word = String::new();
    let mut start: Option<usize> = None;
    // Set when the word may not be NFC after lowercasing: it holds a combining mark
    // (which may compose with a lowercased letter) or a letter that lowercased into
    // several characters ("İ" → "i̇"). Vietnamese NFC text has neither.
    let mut check = false;
    let mut emit = |word: &mut String, start: &mut Option<usize>, check: &mut bool, end: usize| {
        let Some(s) = start.take() else {
            return;
        };
        if std::mem::take(check) {
            match to_nfc(word) {
                std::borrow::Cow::Borrowed(w) => f(w, position, s..end),
                std::borrow::Cow::Owned(w) => f(&w, position, s..end),
            }
        } else {
            f(word, position, s..end);
        }
        position += 1;
        word.clear();
    };
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                start.get_or_insert(i);
                word.push(c.to_ascii_lowercase());
                continue;
            }
            if c != '\'' {
                emit(&mut word, &mut start, &mut check, i);
                continue;
            }
        }
        if is_ideograph(c) {
            emit(&mut word, &mut start, &mut check, i);
            word.push(c);
            start = Some(i);
            emit(&mut word, &mut start, &mut check, end);
        } else if is_apostrophe(c) {
            let joins =
                start.is_some() && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
            if !joins {
                emit(&mut word, &mut start, &mut check, i);
            }
        } else if is_word_char(c) {
            start.get_or_insert(i);
            if let Some(lower) = latin_lowercase(c) {
                word.push(lower);
            } else {
                let mut lower = c.to_lowercase();
                if lower.len() > 1 {
                    check = true;
                }
                word.extend(&mut lower);
            }
        } else if is_combining_mark(c) && start.is_some() {
            // A mark on the last letter of the word (one with no precomposed form).
            word.push(c);
            check = true;
        } else {
            emit(&mut word, &mut start, &mut check, i);
        }
    }
    emit(&mut word, &mut start, &mut check, text.len());
}

/// The lowercase of a Latin letter Vietnamese uses, without the general case
/// table: Latin-1 (À–Þ but ×), the even–odd pairs of Latin Extended-A up to ķ (but
/// İ and ı), Ơ and Ư, and Latin Extended Additional from Ạ. `None` for any other
/// character.
fn latin_lowercase(c: char) -> Option<char> {
    let code = c as u32;
    let lower = match code {
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0xDF..=0xFF if code != 0xF7 => code,
        0x100..=0x12F | 0x132..=0x137 | 0x1A0..=0x1A1 | 0x1EA0..=0x1EFF => code | 1,
        0x1AF..=0x1B0 => 0x1B0,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Letters and digits of scripts that separate words with spaces.
fn is_word_char(c: char) -> bool {
    // Latin letters first, without the general table: Latin-1 Supplement, Extended-A
    // and -B (but × and ÷), and Latin Extended Additional, where Vietnamese lives.
    if matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') {
        return c != '\u{d7}' && c != '\u{f7}';
    }
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
