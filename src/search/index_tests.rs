use super::*;
use crate::search::shards;

fn doc(title: &str, tags: &[&str], body: &str) -> Document {
    Document {
        title: title.into(),
        tags: tags.iter().map(|t| (*t).to_string()).collect(),
        body: body.into(),
    }
}

fn key<'a>(index: &'a Index, folded: &str) -> &'a Key {
    &index
        .keys
        .iter()
        .find(|(k, _)| k == folded)
        .unwrap_or_else(|| panic!("no key {folded}"))
        .1
}

#[test]
fn folded_keys_keep_exact_forms_apart() {
    let index = Index::build(&[
        doc("Đường về xã", &[], "Con đường mới."),
        doc("Dương Văn A", &[], "Ông Dương."),
        doc("Bản tin", &[], "Không có từ đó."),
        doc("Đương nhiệm", &[], "đường và dương"),
    ]);
    let k = key(&index, "duong");
    assert_eq!(k.variants, vec!["đường", "dương", "đương"]);
    let postings = k.postings();
    let docs: Vec<u32> = postings.iter().map(|p| p.doc).collect();
    assert_eq!(docs, vec![0, 1, 3]);
    // Document 0 holds only "đường" (form 0), written before the key had two forms.
    assert_eq!(postings[0].mask, 0b001);
    assert_eq!(postings[1].mask, 0b010);
    assert_eq!(postings[2].mask, 0b111);
    assert_eq!(k.df, 3);
}

#[test]
fn fields_and_positions() {
    let index = Index::build(&[doc(
        "Nông thôn mới",
        &["nông thôn mới", "Hà Giang"],
        "Xây dựng nông thôn mới ở Hà Giang.",
    )]);
    let p = &key(&index, "nong").postings()[0];
    assert_eq!(p.fields, TITLE | TAGS | BODY);
    // Title 0..3, gap, first tag at 3 + 8 = 11, second tag at 11 + 3 + 8 = 22, body at
    // 22 + 2 + 8 = 32: "xây dựng nông" puts "nông" at 34.
    assert_eq!(p.positions, vec![0, 11, 34]);
    let thon = &key(&index, "thon").postings()[0];
    assert_eq!(thon.positions, vec![1, 12, 35]);
    let giang = &key(&index, "giang").postings()[0];
    assert_eq!(giang.fields, TAGS | BODY);
    assert_eq!(giang.positions, vec![23, 39]);
}

#[test]
fn phrase_positions_follow_each_other() {
    let index = Index::build(&[
        doc("A", &[], "thôn mới nông"),
        doc("B", &[], "nông thôn mới"),
    ]);
    let nong = key(&index, "nong").postings();
    let thon = key(&index, "thon").postings();
    let phrase = |d: usize| {
        nong[d]
            .positions
            .iter()
            .any(|p| thon[d].positions.contains(&(p + 1)))
    };
    assert!(!phrase(0));
    assert!(phrase(1));
}

#[test]
fn dd_folds_and_nfd_text_is_one_key() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = "Điển hình tiên tiến".nfd().collect();
    let index = Index::build(&[doc(&nfd, &[], ""), doc("ĐIỂN HÌNH", &[], "")]);
    let k = key(&index, "dien");
    assert_eq!(k.variants, vec!["điển"]);
    assert_eq!(k.df, 2);
    assert!(index.keys.iter().all(|(k, _)| !k.contains('đ')));
}

#[test]
fn positions_are_capped() {
    let body = "xã ".repeat(100);
    let index = Index::build(&[doc("", &[], &body)]);
    assert_eq!(
        key(&index, "xa").postings()[0].positions.len(),
        MAX_POSITIONS
    );
}

#[test]
fn many_documents_decode_in_order() {
    let docs: Vec<Document> = (0..1000)
        .map(|i| {
            doc(
                &format!("Bài {i}"),
                &[],
                if i % 3 == 0 {
                    "bưu điện"
                } else {
                    "viễn thông"
                },
            )
        })
        .collect();
    let index = Index::build(&docs);
    let ids: Vec<u32> = key(&index, "buu")
        .postings()
        .iter()
        .map(|p| p.doc)
        .collect();
    assert_eq!(ids, (0..1000).filter(|i| i % 3 == 0).collect::<Vec<u32>>());
    assert_eq!(key(&index, "bai").df, 1000);
}

#[test]
fn keys_sort_as_javascript_compares() {
    let index = Index::build(&[doc("b a 𝒳 \u{ff21} c", &[], "")]);
    let keys: Vec<&str> = index.keys.iter().map(|(k, _)| k.as_str()).collect();
    // UTF-16: the surrogate pair of 𝒳 (0xD835…) sorts before U+FF41 (ａ, lowercased Ａ).
    assert_eq!(keys, vec!["a", "b", "c", "𝒳", "ａ"]);
}

#[test]
fn shards_cover_every_key_in_order() {
    let docs: Vec<Document> = (0..3000)
        .map(|i| {
            doc(
                &format!("tin số {i} từ {} xã", i * 7919 % 10007),
                &[],
                &format!("nội dung {i}"),
            )
        })
        .collect();
    let index = Index::build(&docs);
    let split = shards::split(&index);
    assert!(split.len() > 2, "{} shards", split.len());
    let mut seen = 0;
    for (i, (first, text)) in split.iter().enumerate() {
        let parsed: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(text).expect("shard is JSON");
        assert!(parsed.contains_key(first));
        // A shard only overflows its target when one key alone is bigger.
        assert!(text.len() <= shards::TARGET_BYTES || parsed.len() == 1);
        if let Some((next, _)) = split.get(i + 1) {
            assert!(
                parsed
                    .keys()
                    .all(|k| k.encode_utf16().cmp(next.encode_utf16()).is_lt())
            );
        }
        seen += parsed.len();
    }
    assert_eq!(seen, index.keys.len());
}
