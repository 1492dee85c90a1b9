use std::cmp::Ordering;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::*;

/// Asserts that `words` is strictly increasing under `compare`, and under `sort_key`.
fn assert_increasing(words: &[&str]) {
    for pair in words.windows(2) {
        assert_eq!(
            compare(pair[0], pair[1]),
            Ordering::Less,
            "{:?} < {:?}",
            pair[0],
            pair[1]
        );
        assert_eq!(
            compare(pair[1], pair[0]),
            Ordering::Greater,
            "{:?} > {:?}",
            pair[1],
            pair[0]
        );
        assert!(
            sort_key(pair[0]) < sort_key(pair[1]),
            "key {:?} < {:?}",
            pair[0],
            pair[1]
        );
    }
}

fn sorted(words: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
    v.sort_by(|a, b| compare(a, b));
    v
}

#[test]
fn the_vietnamese_alphabet() {
    let alphabet = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y";
    let letters: Vec<&str> = alphabet.split(' ').collect();
    assert_increasing(&letters);
    let upper: Vec<String> = letters.iter().map(|l| l.to_uppercase()).collect();
    assert_increasing(&upper.iter().map(String::as_str).collect::<Vec<_>>());
    // Loanword letters fall between, as in the Latin alphabet.
    assert_increasing(&["e", "f", "g", "i", "j", "k", "v", "w", "x", "y", "z"]);
}

#[test]
fn letters_in_words() {
    assert_increasing(&["an", "ăn", "ân", "bàn"]);
    assert_increasing(&["Dương", "Dz", "Đa", "Đường", "Em"]);
    assert_increasing(&["tu", "tuy", "tư", "từ", "tưa"]);
    assert_increasing(&["co", "cô", "cơ", "cu"]);
    // Byte order would put "Đ" after "Z"; Vietnamese order does not.
    assert_increasing(&["Dung", "Đà Nẵng", "Zalo"]);
}

#[test]
fn tones_in_vietnamese_order() {
    assert_increasing(&["ba", "bà", "bả", "bã", "bá", "bạ"]);
    assert_increasing(&["Ba", "Bà", "Bả", "Bã", "Bá", "Bạ"]);
    assert_increasing(&[
        "a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â",
    ]);
}

#[test]
fn letters_of_the_whole_string_before_tones() {
    // "ang" < "anh" whatever the tones on either.
    for ang in ["ang", "àng", "áng", "ạng", "ãng"] {
        for anh in ["anh", "ành", "ánh", "ạnh", "ảnh"] {
            assert_eq!(compare(ang, anh), Ordering::Less, "{ang} < {anh}");
        }
    }
    // A tone on the first syllable does not beat a letter in the second.
    assert_eq!(compare("bá a", "ba b"), Ordering::Less);
    assert_eq!(compare("Hà Văn", "Hạ An"), Ordering::Greater);
}

#[test]
fn case_keeps_words_together() {
    assert_increasing(&[
        "hà giang",
        "Hà giang",
        "Hà Giang",
        "HÀ GIANG",
        "Hạ Long",
        "Hà Nam",
    ]);
    // Letters first: a shorter word comes before a longer one whatever the tone.
    assert_increasing(&["hạ", "Hà Nam"]);
    let list = [
        "Hà Nam",
        "Hà Giang",
        "hà giang",
        "Hà giang",
        "Hạ Long",
        "HÀ GIANG",
        "Gia Lai",
    ];
    assert_eq!(
        sorted(&list),
        [
            "Gia Lai",
            "hà giang",
            "Hà giang",
            "Hà Giang",
            "HÀ GIANG",
            "Hạ Long",
            "Hà Nam"
        ]
    );
}

#[test]
fn duong_minimal_pairs_differ() {
    assert_ne!(compare("Đường", "Dương"), Ordering::Equal);
    assert_increasing(&["dương", "Dương", "đương", "đường"]);
}

#[test]
fn nfd_equals_nfc() {
    for s in ["Đẩy mạnh tuyên truyền", "Nguyễn Thị Ánh", "ượ"] {
        let nfd: String = s.nfd().collect();
        assert_eq!(compare(s, &nfd), Ordering::Equal, "{s:?}");
        assert_eq!(sort_key(s), sort_key(&nfd), "{s:?}");
    }
    // Marks typed in non-canonical order are the same letter too.
    assert_eq!(compare("a\u{323}\u{302}", "ậ"), Ordering::Equal);
}

#[test]
fn numbers_by_value() {
    assert_increasing(&["Khóa 2", "Khóa 10", "Khóa 100"]);
    assert_increasing(&["2016-2020", "2021-2025"]);
    assert_increasing(&["", " ", "1", "a"]);
}

#[test]
fn odd_input_does_not_panic() {
    for s in ["", "🎉", "北京", "\0", "\u{301}", "a\u{e000}", "\u{10ffff}"] {
        let _ = compare(s, "a");
        let _ = sort_key(s);
        let _ = compare_person_names(s, "Nguyễn Văn An");
        let _ = person_sort_key(s);
    }
    assert_eq!(compare("", ""), Ordering::Equal);
    // NUL is ignorable but for the identical level, and its key has no zero byte.
    assert!(!sort_key("\0").as_bytes().contains(&0));
    assert_eq!(
        compare_person_names("a\0b c", "ab c"),
        person_sort_key("a\0b c").cmp(&person_sort_key("ab c"))
    );
}

#[test]
fn people_by_given_name() {
    assert_eq!(
        compare_person_names("Trần Thị An", "Nguyễn Văn Bình"),
        Ordering::Less
    );
    let people = [
        "Nguyễn Văn Bình",
        "Trần Thị An",
        "Lê Bình",
        "Nguyễn Văn An",
        "Đỗ Ánh",
        "Phạm Thị Anh",
        "An",
        "Hồ Chí Minh",
        "Vũ Ân",
    ];
    let mut sorted = people.to_vec();
    sorted.sort_by(|a, b| compare_person_names(a, b));
    assert_eq!(
        sorted,
        [
            "An",
            "Nguyễn Văn An",
            "Trần Thị An",
            "Phạm Thị Anh",
            "Đỗ Ánh",
            "Vũ Ân",
            "Lê Bình",
            "Nguyễn Văn Bình",
            "Hồ Chí Minh",
        ]
    );
    let mut by_key = people.to_vec();
    by_key.sort_by_cached_key(|n| person_sort_key(n));
    assert_eq!(by_key, sorted);
}

#[test]
fn person_keys_and_explicit_keys() {
    assert_eq!(person_key("Trần Thị An"), "An Trần Thị");
    assert_eq!(person_key("  Nguyễn   Văn\tBình "), "Bình Nguyễn Văn");
    assert_eq!(person_key("An"), "An");
    assert_eq!(person_key(""), "");
    // Within a key a tone decides its word, as it does for a given name.
    assert_eq!(compare_keys("Hà Văn", "Hạ An"), Ordering::Less);
    assert_eq!(compare_keys("An", "An Trần"), Ordering::Less);
    // An explicit key sorts among computed ones: here an editor files "Hồ Chí Minh"
    // under "Hồ" rather than "Minh" (ô is a letter after o: "Hoa" < "Hồ").
    let mut entries = [
        ("Hồ Chí Minh", Some("Hồ Chí Minh")),
        ("Lê Văn Hùng", None),
        ("Nguyễn Văn Bình", None),
        ("Trần Thị Hoa", None),
    ];
    entries.sort_by_cached_key(|(name, key)| match key {
        Some(k) => key_sort_key(k),
        None => person_sort_key(name),
    });
    let names: Vec<&str> = entries.iter().map(|e| e.0).collect();
    assert_eq!(
        names,
        [
            "Nguyễn Văn Bình",
            "Trần Thị Hoa",
            "Hồ Chí Minh",
            "Lê Văn Hùng"
        ]
    );
}

#[test]
fn sorting_a_list_with_keys_matches_compare() {
    let list = [
        "Đà Nẵng",
        "Hà Nội",
        "Huế",
        "Cần Thơ",
        "An Giang",
        "Bắc Ninh",
        "Bạc Liêu",
    ];
    let mut by_key = list.to_vec();
    by_key.sort_by_cached_key(|s| sort_key(s));
    assert_eq!(by_key, sorted(&list));
    assert_eq!(
        by_key,
        [
            "An Giang",
            "Bạc Liêu",
            "Bắc Ninh",
            "Cần Thơ",
            "Đà Nẵng",
            "Hà Nội",
            "Huế"
        ]
    );
}

const VIETNAMESE: &str = "[a-dA-D0-9 đĐăâêôơưĂÂÊÔƠƯàảãáạầẩẫấậềểễếệọộờởỡớợừửữứựỳỷỹýỵ\u{300}\u{301}\u{303}\u{309}\u{323}]{0,12}";

proptest! {
    #[test]
    fn sort_key_matches_compare(a in any::<String>(), b in any::<String>()) {
        prop_assert_eq!(sort_key(&a).cmp(&sort_key(&b)), compare(&a, &b));
        prop_assert_eq!(compare(&a, &b), compare(&b, &a).reverse());
    }

    #[test]
    fn sort_key_matches_compare_vietnamese(a in VIETNAMESE, b in VIETNAMESE) {
        prop_assert_eq!(sort_key(&a).cmp(&sort_key(&b)), compare(&a, &b));
        let nfd: String = a.nfd().collect();
        prop_assert_eq!(compare(&a, &nfd), Ordering::Equal);
    }

    #[test]
    fn keys_have_no_zero_byte(a in any::<String>()) {
        prop_assert!(!sort_key(&a).as_bytes().contains(&0));
        let with_nul = format!("{a}\0{a}");
        prop_assert!(!sort_key(&with_nul).as_bytes().contains(&0));
    }

    #[test]
    fn person_sort_key_matches_compare(a in VIETNAMESE, b in VIETNAMESE) {
        prop_assert_eq!(
            person_sort_key(&a).cmp(&person_sort_key(&b)),
            compare_person_names(&a, &b)
        );
        prop_assert_eq!(
            compare_keys(&person_key(&a), &person_key(&b)),
            compare_person_names(&a, &b)
        );
        prop_assert_eq!(key_sort_key(&a).cmp(&key_sort_key(&b)), compare_keys(&a, &b));
    }

    #[test]
    fn person_sort_key_matches_compare_any(a in any::<String>(), b in any::<String>()) {
        prop_assert_eq!(
            person_sort_key(&a).cmp(&person_sort_key(&b)),
            compare_person_names(&a, &b)
        );
    }
}
