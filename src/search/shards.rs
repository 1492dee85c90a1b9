//! Splitting the index into shards the browser fetches one word at a time.
//!
//! Keys are in sorted order (UTF-16 code units, as JavaScript compares strings) and
//! cut into consecutive runs of about [`TARGET_BYTES`]; the manifest lists each
//! shard's first key, so the script finds a word's shard by binary search, and a
//! prefix's keys in one or a few neighbouring shards. A shard is
//! `{"<folded key>": [<postings>, <mask_from>, "<exact form>", …], …}`.

use std::hash::{Hash, Hasher};

use serde::Serialize;

use super::index::Index;
use crate::error::Result;
use crate::output::Sink;

/// The size a shard grows to before the next one starts.
pub(crate) const TARGET_BYTES: usize = 24 * 1024;
/// The format's version, for the script.
pub(crate) const VERSION: u32 = 1;

/// `/search/index.json`.
#[derive(Debug, Serialize)]
pub(crate) struct Manifest {
    /// Format version.
    pub version: u32,
    /// Documents indexed (ids are 0..documents).
    pub documents: usize,
    /// Result documents per file of `/search/d/`.
    pub docs_per_file: usize,
    /// Changes with the index; appended to shard URLs so caches never mix builds.
    pub build: String,
    /// The first key of every shard, in order.
    pub shards: Vec<String>,
}

/// Serialises one key's entry (`"key":[...]`).
fn entry(key: &str, k: &super::index::Key) -> String {
    let mut out = serde_json::to_string(key).unwrap_or_default();
    out.push_str(":[\"");
    out.push_str(&k.data);
    out.push_str("\",");
    out.push_str(&k.mask_from.to_string());
    for v in &k.variants {
        out.push(',');
        out.push_str(&serde_json::to_string(v).unwrap_or_default());
    }
    out.push(']');
    out
}

/// Cuts the index into shards: (first key, JSON text).
pub(crate) fn split(index: &Index) -> Vec<(String, String)> {
    let mut shards = Vec::new();
    let mut current: Option<(String, String)> = None;
    for (key, k) in &index.keys {
        let e = entry(key, k);
        match &mut current {
            Some((_, text)) if text.len() + e.len() <= TARGET_BYTES => {
                text.push(',');
                text.push_str(&e);
            }
            _ => {
                if let Some((first, text)) = current.take() {
                    shards.push((first, text + "}"));
                }
                current = Some((key.clone(), format!("{{{e}")));
            }
        }
    }
    if let Some((first, text)) = current {
        shards.push((first, text + "}"));
    }
    shards
}

/// Writes the manifest and the shards under `search/`.
pub(crate) fn write(index: &Index, sink: &dyn Sink) -> Result<()> {
    let shards = split(index);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for (_, text) in &shards {
        text.hash(&mut hasher);
    }
    let mut firsts = Vec::with_capacity(shards.len());
    for (n, (first, text)) in shards.into_iter().enumerate() {
        sink.write(&format!("search/i/{n}.json"), text.into_bytes())?;
        firsts.push(first);
    }
    let manifest = Manifest {
        version: VERSION,
        documents: index.documents,
        docs_per_file: super::DOCS_PER_FILE,
        build: format!("{:016x}", hasher.finish()),
        shards: firsts,
    };
    let json = serde_json::to_vec(&manifest).unwrap_or_default();
    sink.write("search/index.json", json)
}
