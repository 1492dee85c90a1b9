//! Building the inverted index: every word of every document, keyed by its folded
//! form ("duong"), with the exact forms seen ("đường", "dương") so a query typed with
//! marks can rank exact matches first, and per document the fields the word is in
//! (title, tags, body) and its positions, for phrase matching.
//!
//! One key's postings are a string of [`super::varint`] numbers, document
//! after document in id order:
//!
//! ```text
//! doc delta · (positions << 3 | fields) · [variant mask] · first position · deltas…
//! ```
//!
//! `fields` has bit 1 for the title, 2 for tags, 4 for the body. The variant mask
//! (bit i: the document has the key's i-th exact form) is written only from the
//! posting where the key got its second exact form; before it every document has
//! form 0. At most [`MAX_POSITIONS`] positions are kept per document and key.

use rayon::prelude::*;

use super::varint;
use super::words::{DocWord, WordTable, document_words};

/// Documents split at once before their words are merged into the index.
const BATCH: usize = 512;

/// Positions kept per document and key (a word's later occurrences add little).
pub(crate) const MAX_POSITIONS: usize = 6;
/// Exact forms told apart per key; rarer ones still match, without the exact boost.
pub(crate) const MAX_VARIANTS: usize = 24;
/// Positions left empty between fields and between tags, so a phrase never spans them.
pub(crate) const FIELD_GAP: u32 = 8;

/// Field bits.
pub(crate) const TITLE: u8 = 1;
/// Tags (every taxonomy term of the page).
pub(crate) const TAGS: u8 = 2;
/// Summary and body.
pub(crate) const BODY: u8 = 4;

/// What is indexed of a document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Document {
    /// The title.
    pub title: String,
    /// Taxonomy terms.
    pub tags: Vec<String>,
    /// Plain text of the summary and body.
    pub body: String,
}

/// One key of the index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Key {
    /// Exact forms (lowercase, with marks), in the order first seen.
    pub variants: Vec<String>,
    /// Postings before this one carry no variant mask (all have form 0).
    pub mask_from: u32,
    /// Documents holding the key.
    pub df: u32,
    /// Encoded postings.
    pub data: String,
    last_doc: u32,
}

/// The index: keys in the order `search.js` compares strings (UTF-16 code units).
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// Folded word → its postings, sorted.
    pub keys: Vec<(String, Key)>,
    /// Documents indexed.
    pub documents: usize,
}

impl Index {
    /// Indexes `documents`; a document's id is its position in the slice. Words are
    /// split in parallel, a batch at a time, and merged in id order.
    pub(crate) fn build(documents: &[Document]) -> Index {
        // Keys in the order first met, found by folded form.
        let mut keys: Vec<(String, Key)> = Vec::new();
        let mut key_of: WordTable<usize> = WordTable::default();
        // Split batch n+1 on the pool while batch n is merged here, in id order.
        let batches: Vec<&[Document]> = documents.chunks(BATCH).collect();
        let split = |batch: &[Document]| -> Vec<Vec<DocWord>> {
            batch.par_iter().map(document_words).collect()
        };
        let mut ready = batches.first().map(|b| split(b)).unwrap_or_default();
        for n in 0..batches.len() {
            let next = batches.get(n + 1);
            let current = std::mem::take(&mut ready);
            let ((), upcoming) = rayon::join(
                || {
                    for (i, doc_words) in current.into_iter().enumerate() {
                        let doc = (n * BATCH + i) as u32;
                        for w in doc_words {
                            let at = match key_of.get(&w.folded) {
                                Some(&at) => at,
                                None => {
                                    key_of.insert(&w.folded, keys.len());
                                    keys.push((w.folded.to_string(), Key::default()));
                                    keys.len() - 1
                                }
                            };
                            let key = &mut keys[at].1;
                            match w.only_form() {
                                Some(form) => key.add(doc, w.fields, &[form], w.positions()),
                                None => key.add(doc, w.fields, &w.variants(), w.positions()),
                            }
                        }
                    }
                },
                || next.map(|b| split(b)).unwrap_or_default(),
            );
            ready = upcoming;
        }
        drop(key_of);
        keys.sort_unstable_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
        Index {
            keys,
            documents: documents.len(),
        }
    }
}

impl Key {
    fn add(&mut self, doc: u32, fields: u8, variants: &[&std::sync::Arc<str>], positions: &[u32]) {
        let mut mask = 0u32;
        for v in variants {
            let i = match self.variants.iter().position(|x| x.as_str() == &***v) {
                Some(i) => i,
                None if self.variants.len() < MAX_VARIANTS => {
                    if self.variants.len() == 1 {
                        self.mask_from = self.df;
                    }
                    self.variants.push(v.to_string());
                    self.variants.len() - 1
                }
                None => continue,
            };
            mask |= 1 << i;
        }
        if self.variants.len() == 1 {
            self.mask_from = self.df + 1;
        }
        let delta = if self.df == 0 {
            doc
        } else {
            doc - self.last_doc
        };
        varint::push(&mut self.data, delta);
        varint::push(
            &mut self.data,
            ((positions.len() as u32) << 3) | u32::from(fields),
        );
        if self.variants.len() > 1 {
            varint::push(&mut self.data, mask);
        }
        let mut previous = 0;
        for (i, &p) in positions.iter().enumerate() {
            varint::push(&mut self.data, if i == 0 { p } else { p - previous });
            previous = p;
        }
        self.last_doc = doc;
        self.df += 1;
    }
}

/// One decoded posting, for tests (`search.js` has its own decoder).
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Posting {
    /// Document id.
    pub doc: u32,
    /// Field bits.
    pub fields: u8,
    /// Exact forms present (bit i: `variants[i]`).
    pub mask: u32,
    /// Positions.
    pub positions: Vec<u32>,
}

#[cfg(test)]
impl Key {
    /// Decodes the postings.
    pub(crate) fn postings(&self) -> Vec<Posting> {
        let numbers = varint::decode(&self.data).unwrap_or_default();
        let mut it = numbers.into_iter();
        let mut out = Vec::new();
        let mut doc = 0;
        while let Some(delta) = it.next() {
            let index = out.len() as u32;
            doc = if index == 0 { delta } else { doc + delta };
            let head = it.next().unwrap_or(0);
            let mask = if index >= self.mask_from {
                it.next().unwrap_or(0)
            } else {
                1
            };
            let mut positions = Vec::new();
            let mut p = 0;
            for i in 0..(head >> 3) {
                let d = it.next().unwrap_or(0);
                p = if i == 0 { d } else { p + d };
                positions.push(p);
            }
            out.push(Posting {
                doc,
                fields: (head & 7) as u8,
                mask,
                positions,
            });
        }
        out
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
