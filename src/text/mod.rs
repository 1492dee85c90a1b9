//! Vietnamese-aware text handling: NFC normalisation, slugs, search folding and
//! collation. Every module that turns editor text into URLs, keys or sort orders goes
//! through here, so the rules live in one place.

pub mod collate;
pub mod fold;
pub mod nfc;
pub mod slug;
