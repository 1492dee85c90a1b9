use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

use super::*;

fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.word).collect()
}

fn folded(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.folded).collect()
}

#[test]
fn vietnamese_sentence() {
    let text = "Đẩy mạnh tuyên truyền: Phong trào thi đua!";
    let tokens = tokenize(text);
    assert_eq!(
        words(text),
        [
            "đẩy", "mạnh", "tuyên", "truyền", "phong", "trào", "thi", "đua"
        ]
    );
    assert_eq!(
        folded(text),
        [
            "day", "manh", "tuyen", "truyen", "phong", "trao", "thi", "dua"
        ]
    );
    for (i, t) in tokens.iter().enumerate() {
        assert_eq!(t.position, i);
        assert_eq!(text[t.range.clone()].to_lowercase(), t.word);
    }
    assert_eq!(&text[tokens[0].range.clone()], "Đẩy");
    assert_eq!(&text[tokens[3].range.clone()], "truyền");
}

#[test]
fn numbers_split_at_punctuation() {
    assert_eq!(
        words("Giai đoạn 2016-2020"),
        ["giai", "đoạn", "2016", "2020"]
    );
    assert_eq!(
        words("1.000 tỷ đồng, 26/11/2026"),
        ["1", "000", "tỷ", "đồng", "26", "11", "2026"]
    );
    assert_eq!(words("COVID-19 và 5G"), ["covid", "19", "và", "5g"]);
    assert_eq!(words("Bà Rịa-Vũng Tàu"), ["bà", "rịa", "vũng", "tàu"]);
}

#[test]
fn apostrophes_join_names() {
    assert_eq!(words("H'Mông"), ["hmông"]);
    assert_eq!(words("H’Mông"), ["hmông"]);
    assert_eq!(words("Hʼmông"), ["hmông"]);
    assert_eq!(folded("Cư M'gar, K'Bang"), ["cu", "mgar", "kbang"]);
    let t = tokenize("người H'Mông");
    assert_eq!(t[1].range, "người ".len().."người H'Mông".len());
    // Quotes around a word are not part of it.
    assert_eq!(words("'trích dẫn' ' x'"), ["trích", "dẫn", "x"]);
    assert_eq!(words("''"), Vec::<String>::new());
}

#[test]
fn nfd_input_gives_nfc_tokens() {
    let nfc = "Nông thôn mới Đường Dương";
    let nfd: String = nfc.nfd().collect();
    assert_eq!(tokenize(&nfd), tokenize(nfc));
    let t = tokenize(&nfd);
    assert_eq!(t[3].word, "đường");
    assert_eq!(t[3].folded, "duong");
    assert_eq!(t[4].folded, "duong");
    assert_ne!(t[3].word, t[4].word);
}

#[test]
fn case_is_lowered() {
    assert_eq!(words("HÀ GIANG Hà giang"), ["hà", "giang", "hà", "giang"]);
    assert_eq!(words("ĐIỆN BIÊN"), ["điện", "biên"]);
}

#[test]
fn empty_and_symbols() {
    assert!(tokenize("").is_empty());
    assert!(tokenize("  \n\t-- !!! 🎉 ❤️ ").is_empty());
    assert_eq!(words("Chúc mừng🎉năm mới"), ["chúc", "mừng", "năm", "mới"]);
    assert_eq!(words("\u{301}a"), ["a"]);
}

#[test]
fn cjk_characters_are_words() {
    assert_eq!(
        words("北京大学 Hà Nội"),
        ["北", "京", "大", "学", "hà", "nội"]
    );
    assert_eq!(words("ひらがなabc"), ["ひ", "ら", "が", "な", "abc"]);
    assert_eq!(words("한국어 단어"), ["한국어", "단어"]);
    assert_eq!(words("Москва, Ελλάδα"), ["москва", "ελλάδα"]);
    assert_eq!(folded("Ελλάδα"), ["ελλαδα"]);
}

proptest! {
    #[test]
    fn tokens_are_consistent(s in any::<String>()) {
        let nfc: String = s.nfc().collect();
        let tokens = tokenize(&s);
        prop_assert_eq!(&tokens, &tokenize(&nfc));
        let mut last_end = 0;
        for (i, t) in tokens.iter().enumerate() {
            prop_assert_eq!(t.position, i);
            prop_assert!(t.range.start >= last_end && t.range.end > t.range.start);
            prop_assert!(nfc.get(t.range.clone()).is_some());
            prop_assert!(!t.word.is_empty());
            prop_assert_eq!(&t.folded, &fold(&t.word));
            last_end = t.range.end;
        }
    }

    #[test]
    fn nfd_tokens_match(s in "[a-zA-Z0-9 ,.'đĐăâêôơưàảãáạầẩẫấậềểễếệọộờởỡớợừửữứựỳỷỹýỵ-]{0,40}") {
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(tokenize(&nfd), tokenize(&s));
    }
}

#[test]
fn latin_fast_path_agrees_with_the_tables() {
    for c in ('\u{c0}'..='\u{24f}').chain('\u{1e00}'..='\u{1eff}') {
        let expected = c.is_alphanumeric();
        assert_eq!(is_word_char(c), expected, "{c:?} U+{:04X}", c as u32);
    }
}

#[test]
fn words_that_lowercase_into_marks_are_nfc() {
    // "İ" lowercases to "i" + U+0307; a base letter with a mark that composes after
    // lowercasing comes out composed.
    assert_eq!(words("İSTANBUL"), ["i\u{307}stanbul"]);
    assert_eq!(words("A\u{1dc4}"), ["a\u{1dc4}"]);
    for t in tokenize("Ǹ ĐƯỜNG x\u{323}\u{302}") {
        assert!(crate::text::nfc::is_nfc(&t.word), "{:?}", t.word);
    }
}

#[test]
fn latin_lowercase_agrees_with_the_case_table() {
    for c in ('\0'..='\u{2fff}').filter(|&c| super::latin_lowercase(c).is_some()) {
        let table: Vec<char> = c.to_lowercase().collect();
        assert_eq!(
            table,
            [super::latin_lowercase(c).unwrap()],
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(super::latin_lowercase('Ư'), Some('ư'));
    assert_eq!(super::latin_lowercase('Đ'), Some('đ'));
    assert_eq!(super::latin_lowercase('Ỹ'), Some('ỹ'));
    assert_eq!(super::latin_lowercase('İ'), None);
}
