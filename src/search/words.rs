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
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(SEED);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by words.
pub type WordMap<V> = HashMap<String, V, std::hash::BuildHasherDefault<WordHasher>>;

/// One folded word of a document.
pub struct DocWord {
    /// The folded form (the index key).
    pub folded: Arc<str>,
    /// Field bits.
    pub fields: u8,
    /// The exact forms, sorted.
    pub variants: Vec<Arc<str>>,
    /// Positions, ascending, at most [`MAX_POSITIONS`].
    pub positions: Vec<u32>,
}

/// Words seen by this thread.
#[derive(Default)]
struct Interner {
    /// Exact word → id.
    ids: WordMap<u32>,
    /// Per id: the exact form and the id of its folded form.
    words: Vec<(Arc<str>, u32)>,
    /// Folded form → id.
    folded_ids: WordMap<u32>,
    /// Per folded id: the folded form.
    folded: Vec<Arc<str>>,
    /// Scratch: (folded id, exact id, position, field) of one document.
    occurrences: Vec<(u32, u32, u32, u8)>,
}

impl Interner {
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let f = fold(word);
        let folded_id = match self.folded_ids.get(f.as_str()) {
            Some(&id) => id,
            None => {
                let id = self.folded.len() as u32;
                self.folded.push(Arc::from(f.as_str()));
                self.folded_ids.insert(f, id);
                id
            }
        };
        let id = self.words.len() as u32;
        self.words.push((Arc::from(word), folded_id));
        self.ids.insert(word.to_string(), id);
        id
    }
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::default());
}

/// The words of `doc`: title at position 0, then each tag, then the body, with
/// [`FIELD_GAP`] positions between them.
pub fn document_words(doc: &Document) -> Vec<DocWord> {
    INTERNER.with(|cell| {
        let mut guard = cell.borrow_mut();
        let interner = &mut *guard;
        if interner.words.len() > 500_000 {
            // Unbounded vocabularies (numbers, names) would grow it forever.
            *interner = Interner::default();
        }
        let mut occurrences = std::mem::take(&mut interner.occurrences);
        occurrences.clear();
        let mut next = 0u32;
        let mut add = |text: &str, field: u8| {
            let mut count = 0u32;
            for_each_word(text, |word, position, _| {
                let id = interner.id(word);
                occurrences.push((
                    interner.words[id as usize].1,
                    id,
                    next + position as u32,
                    field,
                ));
                count = position as u32 + 1;
            });
            next += count + FIELD_GAP;
        };
        add(&doc.title, TITLE);
        for tag in &doc.tags {
            add(tag, TAGS);
        }
        add(&doc.body, BODY);
        // Stable: positions stay ascending within each word.
        occurrences.sort_by_key(|o| o.0);
        let mut words: Vec<DocWord> = Vec::new();
        let mut last = u32::MAX;
        let mut variant_ids: Vec<u32> = Vec::new();
        for &(folded_id, id, position, field) in &occurrences {
            if folded_id != last {
                finish_variants(words.last_mut(), &mut variant_ids, interner);
                last = folded_id;
                words.push(DocWord {
                    folded: Arc::clone(&interner.folded[folded_id as usize]),
                    fields: 0,
                    variants: Vec::new(),
                    positions: Vec::new(),
                });
            }
            let w = words.last_mut().expect("pushed above");
            w.fields |= field;
            if w.positions.len() < MAX_POSITIONS {
                w.positions.push(position);
            }
            if !variant_ids.contains(&id) {
                variant_ids.push(id);
            }
        }
        finish_variants(words.last_mut(), &mut variant_ids, interner);
        interner.occurrences = occurrences;
        words
    })
}

/// Sets the exact forms of the word just grouped, sorted so every build agrees.
fn finish_variants(word: Option<&mut DocWord>, ids: &mut Vec<u32>, interner: &Interner) {
    if let Some(w) = word {
        w.variants = ids
            .iter()
            .map(|&id| Arc::clone(&interner.words[id as usize].0))
            .collect();
        w.variants.sort_unstable();
    }
    ids.clear();
}
