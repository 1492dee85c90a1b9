use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::slugify;

#[test]
fn examples_from_the_design() {
    assert_eq!(
        slugify("Đẩy mạnh tuyên truyền: Phong trào thi đua"),
        "day-manh-tuyen-truyen-phong-trao-thi-dua"
    );
    assert_eq!(
        slugify("Ứng dụng CNTT ở nông thôn"),
        "ung-dung-cntt-o-nong-thon"
    );
    assert_eq!(slugify("Đẩy mạnh tuyên truyền"), "day-manh-tuyen-truyen");
}

#[test]
fn nfd_input_gives_the_same_slug() {
    for s in [
        "Đẩy mạnh tuyên truyền",
        "Ứng dụng CNTT ở nông thôn",
        "Nông thôn mới",
        "ĐƯỜNG",
    ] {
        let nfd: String = s.nfd().collect();
        assert_eq!(slugify(&nfd), slugify(s), "{s:?}");
    }
}

/// Every Vietnamese vowel with every tone, in both cases, loses all its marks.
#[test]
fn every_vietnamese_letter_loses_its_marks() {
    let vowels = [
        ("a", "a"),
        ("a\u{306}", "a"),
        ("a\u{302}", "a"),
        ("e", "e"),
        ("e\u{302}", "e"),
        ("i", "i"),
        ("o", "o"),
        ("o\u{302}", "o"),
        ("o\u{31b}", "o"),
        ("u", "u"),
        ("u\u{31b}", "u"),
        ("y", "y"),
    ];
    let tones = ["", "\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"];
    for (vowel, base) in vowels {
        for tone in tones {
            let letter: String = format!("{vowel}{tone}").nfc().collect();
            assert_eq!(
                letter.chars().count(),
                1,
                "{letter:?} should be precomposed"
            );
            assert_eq!(slugify(&letter), base, "{letter:?}");
            assert_eq!(slugify(&letter.to_uppercase()), base, "{letter:?} upper");
        }
    }
    assert_eq!(slugify("đĐ"), "dd");
}

#[test]
fn d_with_stroke_and_lookalikes() {
    assert_eq!(slugify("Đà Nẵng"), "da-nang");
    assert_eq!(slugify("ĐĂK LĂK"), "dak-lak");
    // U+00D0 (Icelandic eth) is sometimes typed for Đ; it looks the same.
    assert_eq!(slugify("\u{d0}à Nẵng"), "da-nang");
}

#[test]
fn collisions_are_possible() {
    // Slugs lose marks, so callers must detect that two pages share a slug.
    assert_eq!(slugify("Đường"), "duong");
    assert_eq!(slugify("Dương"), "duong");
    assert_eq!(slugify("Hà Giang"), slugify("Hà giang"));
}

#[test]
fn punctuation_and_numbers() {
    assert_eq!(slugify("Giai đoạn 2016-2020"), "giai-doan-2016-2020");
    assert_eq!(slugify("  --Xin chào!!!  thế giới?? "), "xin-chao-the-gioi");
    assert_eq!(slugify("H'Mông, Ê-đê"), "h-mong-e-de");
    assert_eq!(slugify("Hʼmông"), "h-mong");
    assert_eq!(
        slugify("26/11/2026 – 08:30 (GMT+7)"),
        "26-11-2026-08-30-gmt-7"
    );
    assert_eq!(slugify("1.000 tỷ đồng"), "1-000-ty-dong");
    assert_eq!(slugify("a_b.c"), "a-b-c");
    assert_eq!(slugify("MiXeD CaSe"), "mixed-case");
}

#[test]
fn no_letters_gives_empty() {
    assert_eq!(slugify(""), "");
    assert_eq!(slugify("   "), "");
    assert_eq!(slugify("!!! --- ???"), "");
    assert_eq!(slugify("🎉🎉"), "");
    // Orphan marks are not letters.
    assert_eq!(slugify("\u{301}\u{323}"), "");
}

#[test]
fn emoji_separate_words() {
    assert_eq!(slugify("Chúc mừng🎉năm mới 🇻🇳"), "chuc-mung-nam-moi");
    assert_eq!(slugify("❤️ Hà Nội"), "ha-noi");
}

#[test]
fn other_scripts_are_transliterated() {
    assert_eq!(slugify("北京"), "bei-jing");
    assert_eq!(slugify("Москва"), "moskva");
    assert_eq!(slugify("Ελλάδα"), "ellada");
    assert_eq!(slugify("Crème brûlée"), "creme-brulee");
    assert_eq!(slugify("Straße"), "strasse");
    assert!(!slugify("한국").is_empty());
    assert!(!slugify("हिन्दी").is_empty());
    assert!(!slugify("ไทย").is_empty());
}

#[test]
fn unknown_letters_keep_their_code_point() {
    // A private-use character is not alphanumeric: it separates.
    assert_eq!(slugify("a\u{e000}b"), "a-b");
    // Alphanumeric input never slugs to nothing.
    for s in ["ʼ", "ʼʼ", "ㆍ", "ꙮ", "𝔸"] {
        if s.chars().any(char::is_alphanumeric) {
            assert!(!slugify(s).is_empty(), "{s:?}");
        }
    }
}

fn is_clean(slug: &str) -> bool {
    slug.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

proptest! {
    #[test]
    fn slug_is_clean_and_idempotent(s in any::<String>()) {
        let slug = slugify(&s);
        prop_assert!(is_clean(&slug), "{:?} -> {:?}", s, slug);
        prop_assert_eq!(slugify(&slug), slug.clone());
        if s.chars().any(char::is_alphanumeric) {
            prop_assert!(!slug.is_empty(), "{:?}", s);
        }
    }

    #[test]
    fn slug_of_vietnamese_is_clean(s in "[a-zA-Z0-9 ,.:!?'ăâđêôơưĂÂĐÊÔƠƯàảãáạầẩẫấậềểễếệọộờởỡớợừửữứựỳỷỹýỵ\u{300}\u{301}\u{303}\u{309}\u{323}-]{0,40}") {
        let slug = slugify(&s);
        prop_assert!(is_clean(&slug), "{:?} -> {:?}", s, slug);
        prop_assert_eq!(slugify(&slug), slug.clone());
    }

    #[test]
    fn nfc_and_nfd_give_the_same_slug(s in any::<String>()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(slugify(&nfc), slugify(&nfd));
        prop_assert_eq!(slugify(&s), slugify(&nfc));
    }
}
