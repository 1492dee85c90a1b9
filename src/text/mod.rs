//! Vietnamese-aware text handling: NFC normalisation, slugs, search folding, collation
//! and word splitting, and the text codecs every writer shares (escaping, plain text,
//! percent-encoding). Every module that turns editor text into URLs, keys, sort orders
//! or search words goes through here, so the rules live in one place:
//!
//! - [`encoding`]: [`encoding::decode`], UTF-8, and UTF-8 or UTF-16 with a byte order mark;
//! - [`nfc`]: [`nfc::to_nfc`] and [`nfc::is_nfc`], applied to everything read;
//! - [`slug`]: [`slug::slugify`], the one slug function for paths, terms and anchors;
//! - [`fold`]: [`fold::fold`], lowercase without marks (`đ` → `d`) for search and dedup;
//! - [`collate`]: Vietnamese alphabetical order ([`collate::compare`],
//!   [`collate::sort_key`]) and person-name order ([`collate::person_sort_key`]);
//! - [`tokenize`]: [`tokenize::for_each_word`], the words of a text for the search index;
//! - [`plain`]: [`plain::plain_text`], HTML to plain text;
//! - [`escape`]: one escaper per context (HTML, XML text and attributes, JSON in a
//!   `<script>`);
//! - [`url`]: percent-encoding and decoding;
//! - [`number`]: numbers with the language's separators.

pub(crate) mod collate;
pub(crate) mod encoding;
pub(crate) mod escape;
pub(crate) mod fold;
pub(crate) mod nfc;
pub(crate) mod number;
pub(crate) mod plain;
pub(crate) mod slug;
pub(crate) mod tokenize;
pub(crate) mod url;

/// The eight bytes of `bytes` from `at` as one word, for scanners that skip plain
/// ASCII eight bytes at a time; `None` near the end. Little-endian: byte `at + k`
/// is bits `8k`–`8k + 7`.
pub(crate) fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let eight = bytes.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(eight).ok().map(u64::from_le_bytes)
}
