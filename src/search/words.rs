//! A document's words for the index, grouped by folded form, with few allocations:
//! every thread keeps an interner of the words it has seen (exact form → id and
//! folded form), so a word is folded once per thread rather than once per occurrence,
//! and a document's occurrences go into one reused list before they are grouped.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use super::index::{BODY, Document, FIELD_GAP, MAX_POSITIONS, TAGS, TITLE};
use crate::text::fold::fold;
use crate::text::tokenize::for_each_word;

/// A fast hasher for the short word keys of the index (FxHash's multiply-rotate).
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            self.add(pack(chunk));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn write_u64(&mut self, word: u64) {
        self.add(word);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by words.
pub(crate) type WordMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<WordHasher>>;

/// A word of at most 16 bytes packed into two integers, zero-padded (words hold no
/// NUL): hashed and compared without touching the string. Nearly every Vietnamese
/// syllable fits ("nghiệp" is 7 bytes, "nguyễn" 8).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Packed(u64, u64);

impl Packed {
    /// The packed form of `word`, or `None` when it is longer than 16 bytes.
    pub(crate) fn of(word: &str) -> Option<Packed> {
        let bytes = word.as_bytes();
        if bytes.len() > 16 {
            return None;
        }
        let (low, high) = bytes.split_at(bytes.len().min(8));
        Some(Packed(pack(low), pack(high)))
    }
}

/// Up to eight bytes as one little-endian integer, without a variable-length copy
/// (a call to memmove).
fn pack(bytes: &[u8]) -> u64 {
    crate::text::word_at(bytes, 0).unwrap_or_else(|| {
        bytes
            .iter()
            .rev()
            .fold(0, |acc, &b| (acc << 8) | u64::from(b))
    })
}

/// Word → value, with short words looked up by their [`Packed`] form.
pub(crate) struct WordTable<V> {
    short: HashMap<Packed, V, std::hash::BuildHasherDefault<WordHasher>>,
    long: WordMap<V>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            short: HashMap::default(),
            long: WordMap::default(),
        }
    }
}

impl<V> WordTable<V> {
    /// The value of `word`.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match Packed::of(word) {
            Some(p) => self.short.get(&p),
            None => self.long.get(word),
        }
    }

    /// Sets the value of `word`.
    pub(crate) fn insert(&mut self, word: &str, value: V) {
        match Packed::of(word) {
            Some(p) => {
                self.short.insert(p, value);
            }
            None => {
                self.long.insert(word.to_string(), value);
            }
        }
    }
}

/// One folded word of a document, without heap allocations but for a word written
/// in more than one form.
pub(crate) struct DocWord {
    /// The folded form (the index key).
    pub folded: Arc<str>,
    /// Field bits.
    pub fields: u8,
    /// The first exact form met.
    first: Arc<str>,
    /// Further exact forms (rare); with `first`, sorted by [`DocWord::variants`].
    more: Vec<Arc<str>>,
    /// Positions, ascending.
    positions: [u32; MAX_POSITIONS],
    /// How many of `positions` are set.
    count: u8,
    /// The folded form's id in this thread's interner.
    folded_id: u32,
}

impl DocWord {
    /// The exact forms, sorted.
    pub(crate) fn variants(&self) -> Vec<&Arc<str>> {
        let mut all: Vec<&Arc<str>> = std::iter::once(&self.first).chain(&self.more).collect();
        all.sort_unstable();
        all
    }

    /// The exact form when the document writes the word one way only (the common
    /// case, which needs no list).
    pub(crate) fn only_form(&self) -> Option<&Arc<str>> {
        self.more.is_empty().then_some(&self.first)
    }

    /// Positions, ascending, at most [`MAX_POSITIONS`].
    pub(crate) fn positions(&self) -> &[u32] {
        &self.positions[..usize::from(self.count)]
    }
}

/// Words seen by this thread.
#[derive(Default)]
struct Interner {
    /// Exact word → id.
    ids: WordTable<u32>,
    /// Per id: the exact form and the id of its folded form.
    words: Vec<(Arc<str>, u32)>,
    /// Folded form → id.
    folded_ids: WordTable<u32>,
    /// Per folded id: the folded form, and (scratch) 1 + its index in the document
    /// being split, 0 when not in it.
    folded: Vec<(Arc<str>, u32)>,
}

impl Interner {
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let f = fold(word);
        let folded_id = match self.folded_ids.get(&f) {
            Some(&id) => id,
            None => {
                let id = self.folded.len() as u32;
                self.folded.push((Arc::from(f.as_str()), 0));
                self.folded_ids.insert(&f, id);
                id
            }
        };
        let id = self.words.len() as u32;
        self.words.push((Arc::from(word), folded_id));
        self.ids.insert(word, id);
        id
    }
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::default());
}

/// The words of `doc`, in the order first met: title at position 0, then each tag,
/// then the body, with [`FIELD_GAP`] positions between them.
pub(crate) fn document_words(doc: &Document) -> Vec<DocWord> {
    INTERNER.with(|cell| {
        let mut guard = cell.borrow_mut();
        let interner = &mut *guard;
        if interner.words.len() > 500_000 {
            // Unbounded vocabularies (numbers, names) would grow it forever.
            *interner = Interner::default();
        }
        let mut words: Vec<DocWord> = Vec::with_capacity(512);
        let mut next = 0u32;
        let mut add = |text: &str, field: u8| {
            let mut count = 0u32;
            for_each_word(text, |word, position, _| {
                let id = interner.id(word);
                let (exact, folded_id) = &interner.words[id as usize];
                let slot = &mut interner.folded[*folded_id as usize];
                let w = if slot.1 == 0 {
                    words.push(DocWord {
                        folded: Arc::clone(&slot.0),
                        fields: 0,
                        first: Arc::clone(exact),
                        more: Vec::new(),
                        positions: [0; MAX_POSITIONS],
                        count: 0,
                        folded_id: *folded_id,
                    });
                    slot.1 = words.len() as u32;
                    let last = words.len() - 1;
                    &mut words[last]
                } else {
                    let w = &mut words[slot.1 as usize - 1];
                    if !Arc::ptr_eq(&w.first, exact)
                        && !w.more.iter().any(|m| Arc::ptr_eq(m, exact))
                    {
                        w.more.push(Arc::clone(exact));
                    }
                    w
                };
                w.fields |= field;
                if usize::from(w.count) < MAX_POSITIONS {
                    w.positions[usize::from(w.count)] = next + position as u32;
                    w.count += 1;
                }
                count = position as u32 + 1;
            });
            next += count + FIELD_GAP;
        };
        add(&doc.title, TITLE);
        for tag in &doc.tags {
            add(tag, TAGS);
        }
        add(&doc.body, BODY);
        for w in &words {
            interner.folded[w.folded_id as usize].1 = 0;
        }
        words
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_words_differ_as_the_words_do() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "nguyễn",
            "nguyên",
            "đường",
            "dương",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnoq",
        ];
        for a in words {
            for b in words {
                assert_eq!(Packed::of(a) == Packed::of(b), a == b, "{a:?} {b:?}");
            }
        }
        assert!(Packed::of("abcdefghijklmnopq").is_none());
    }

    #[test]
    fn word_table_finds_short_and_long_words() {
        let mut table = WordTable::default();
        let long = "chuyểnđổisốquốcgia";
        table.insert("xã", 1);
        table.insert(long, 2);
        assert_eq!(table.get("xã"), Some(&1));
        assert_eq!(table.get(long), Some(&2));
        assert_eq!(table.get("xa"), None);
        assert_eq!(table.get("chuyểnđổisốquốcgiá"), None);
    }
}
