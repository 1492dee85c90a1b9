//! Slugs: ASCII `[a-z0-9-]`, no dash at either end or twice, idempotent, the same for
//! NFC and NFD input.

#![no_main]

use libfuzzer_sys::fuzz_target;
use loa::slugify;
use unicode_normalization::UnicodeNormalization;

fuzz_target!(|text: &str| {
    let slug = slugify(text);
    assert!(
        slug.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        "{text:?} -> {slug:?}"
    );
    assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
    assert_eq!(slugify(&slug), slug, "not idempotent for {text:?}");
    let nfd: String = text.nfd().collect();
    let nfc: String = text.nfc().collect();
    assert_eq!(slugify(&nfd), slug, "NFD differs for {text:?}");
    assert_eq!(slugify(&nfc), slug, "NFC differs for {text:?}");
    if text.chars().any(char::is_alphanumeric) {
        assert!(!slug.is_empty(), "{text:?}");
    }
});
