//! Vietnamese alphabetical order, for lists of pages, terms, award lists and rosters.
//!
//! The order is the CLDR `vi` collation, run by ICU4X: letters `a ă â b c d đ e ê g h
//! i k l m n o ô ơ p q r s t u ư v x y`; letters across the whole string first, tones
//! only as a tiebreak after them ("ang" < "anh" whatever the tones), in the order none,
//! huyền, hỏi, ngã, sắc, nặng ("ba" < "bà" < "bả" < "bã" < "bá" < "bạ"); then case, a
//! lowercase word just before the same word capitalised ("hà giang" < "Hà giang" <
//! "Hà Giang"). Digits compare by numeric value ("Khóa 2" < "Khóa 10"). Canonically
//! equivalent strings (NFC and NFD of the same text) are equal; any other two
//! different strings are not, so sorting is deterministic.
//!
//! Callers sort with functions, not a collator: `v.sort_by(|a, b| collate::compare(a,
//! b))`. For long lists, [`sort_key`] precomputes a byte key that orders the same way:
//! `v.sort_by_cached_key(|s| collate::sort_key(s))`.
//!
//! People are listed by given name (the last word), then the other words in order:
//! "Trần Thị An" < "Nguyễn Văn Bình": [`person_sort_key`]. Written out as text ("An
//! Trần Thị"), that order is the form editors use for an explicit sort key in data
//! files; [`key_sort_key`] orders such keys word by word, so explicit and computed keys
//! mix. (The comparisons these keys are tested against live beside them, for tests.)

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::locale;

/// The `vi` collator, built once: building it looks up locale data.
static COLLATOR: LazyLock<CollatorBorrowed<'static>> = LazyLock::new(|| {
    // `kn`: numeric ordering of digit runs.
    let prefs = CollatorPreferences::from(&locale!("vi-u-kn"));
    let mut options = CollatorOptions::default();
    // Identical strength: after letters, marks and case, canonically different strings
    // still differ, so the order is total and the build deterministic.
    options.strength = Some(Strength::Identical);
    CollatorBorrowed::try_new(prefs, options)
        .expect("the collation data for `vi` is compiled into the binary")
});

/// Compares two strings in Vietnamese alphabetical order (see the module docs).
pub(crate) fn compare(a: &str, b: &str) -> Ordering {
    COLLATOR.compare(a, b)
}

/// A precomputed collation key: comparing keys gives the same order as comparing the
/// strings they came from with [`compare`] (or word by word for [`key_sort_key`]).
///
/// Worth it when a list is sorted once with many comparisons
/// (`sort_by_cached_key`); a key is only valid for this build of `loa`, so never store it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey(Vec<u8>);

impl SortKey {
    /// The key's bytes; compare them bytewise.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// The sort key of `text`: `sort_key(a).cmp(&sort_key(b)) == compare(a, b)`.
pub(crate) fn sort_key(text: &str) -> SortKey {
    let mut key = Vec::with_capacity(text.len() * 3);
    write_key(text, &mut key);
    SortKey(key)
}

/// Appends the collation key of `text` to `key`.
fn write_key(text: &str, key: &mut Vec<u8>) {
    // Writing to a `Vec` cannot fail: its error type is `Infallible`.
    let Ok(()) = COLLATOR.write_sort_key_to(text, key);
}

/// Compares two person names: given name (the last word) first, then the other words
/// in the order written; each word in Vietnamese order.
///
/// "Trần Thị An" < "Lê Bình" < "Nguyễn Văn Bình": after the given names, "Lê" <
/// "Nguyễn".
#[cfg(test)]
pub(crate) fn compare_person_names(a: &str, b: &str) -> Ordering {
    compare_words(person_words(a), person_words(b))
}

/// The sort key of a person name: `person_sort_key(a).cmp(&person_sort_key(b)) ==
/// compare_person_names(a, b)`.
pub(crate) fn person_sort_key(name: &str) -> SortKey {
    words_key(person_words(name))
}

/// A person name rewritten in sorting order, given name first: "Trần Thị An" → "An
/// Trần Thị". Whitespace is collapsed to single spaces.
///
/// This is the form an editor writes as an explicit sort key in a data file; sorting
/// such keys with [`compare_keys`] gives the same order as [`compare_person_names`] on
/// the names, so entries with and without an explicit key interleave correctly.
#[cfg(test)]
pub(crate) fn person_key(name: &str) -> String {
    person_words(name).collect::<Vec<_>>().join(" ")
}

/// Compares two explicit sort keys (see [`person_key`]) word by word, each word in
/// Vietnamese order; a key that is a prefix of the other comes first.
///
/// Unlike [`compare`], a tone decides within its word: "Hà Văn" < "Hạ An", because the
/// first words differ.
#[cfg(test)]
pub(crate) fn compare_keys(a: &str, b: &str) -> Ordering {
    compare_words(a.split_whitespace(), b.split_whitespace())
}

/// The sort key of an explicit sort key: `key_sort_key(a).cmp(&key_sort_key(b)) ==
/// compare_keys(a, b)`.
pub(crate) fn key_sort_key(key: &str) -> SortKey {
    words_key(key.split_whitespace())
}

/// The words of a name in sorting order: the last word, then the others in order.
fn person_words(name: &str) -> impl Iterator<Item = &str> {
    let mut words = name.split_whitespace();
    let given = words.next_back();
    given.into_iter().chain(words)
}

/// Compares two word sequences word by word; a prefix comes first.
#[cfg(test)]
fn compare_words<'a>(
    mut a: impl Iterator<Item = &'a str>,
    mut b: impl Iterator<Item = &'a str>,
) -> Ordering {
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => match compare(x, y) {
                Ordering::Equal => {}
                other => return other,
            },
        }
    }
}

/// Byte that ends each word's key in [`words_key`]. Collation keys never contain a
/// zero byte, not even for U+0000 (level separators are 1, and the identical level is
/// BOCSU-encoded; a property test checks it), so
/// a word whose key is a prefix of another's sorts first, and bytewise comparison of
/// the joined keys matches word-by-word comparison (`compare_words`, in the tests).
const WORD_END: u8 = 0;

/// Joins the collation keys of `words`, each followed by [`WORD_END`].
fn words_key<'a>(words: impl Iterator<Item = &'a str>) -> SortKey {
    let mut key = Vec::new();
    for word in words {
        write_key(word, &mut key);
        key.push(WORD_END);
    }
    SortKey(key)
}

#[cfg(test)]
#[path = "collate_tests.rs"]
mod tests;
