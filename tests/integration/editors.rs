//! Mistakes editors' tools make for them (Word, Notepad, web pages pasted in): files
//! saved in another encoding, curly quotes, non-breaking spaces and tabs. Each gets a
//! message that names the real cause, at the place it is.

use crate::common::SiteTest;

const PAGE: &str = "---\ntitle: Hội nghị sơ kết\ndate: 2018-06-01\n---\nBưu điện văn hóa xã.\n";

fn utf16(text: &str, bom: bool) -> Vec<u8> {
    let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

#[test]
fn utf16_and_bom_files_are_read_as_the_text_they_are_with_a_warning() {
    let bom = [b"\xEF\xBB\xBF".as_slice(), PAGE.as_bytes()].concat();
    let site = SiteTest::new()
        .file("content/notepad.md", utf16(PAGE, true))
        .file("content/bom.md", bom);
    let run = site.build().success();
    let out = format!("{}{}", run.stdout, run.stderr);
    assert!(
        out.contains(
            "content/notepad.md: file is UTF-16 (Notepad's \"Unicode\"); it was read as such"
        ),
        "{out}"
    );
    assert!(out.contains("Encoding: \"UTF-8\""), "{out}");
    assert!(
        out.contains("content/bom.md: file starts with a byte order mark"),
        "{out}"
    );
    let html = site.read("notepad/index.html");
    assert!(html.contains("Hội nghị sơ kết"), "{html}");
    assert!(html.contains("Bưu điện văn hóa xã."), "{html}");
}

#[test]
fn utf16_without_a_bom_and_legacy_encodings_are_named() {
    let site = SiteTest::new()
        .file("content/no-bom.md", utf16(PAGE, false))
        // "Hội" typed in Windows-1258: ô (0xF4) and a combining dot below (0xF2).
        .file(
            "content/cp1258.md",
            b"---\ntitle: H\xF4\xF2i ngh\xECf\n---\n".as_slice(),
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/no-bom.md: file is UTF-16 without a byte order mark, not UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("content/cp1258.md:2:9: file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("Windows-1258"), "{err}");
    assert!(
        !err.contains("UTF-8 (Unicode)"),
        "Notepad's \"Unicode\" is UTF-16: {err}"
    );
}

#[test]
fn curly_quotes_and_non_breaking_spaces_are_named_where_they_are() {
    let site = SiteTest::new()
        .page(
            "content/word.md",
            "title: “Hội nghị sơ kết: kết quả”\ndate: 2018-06-01",
            "",
        )
        .page("content/web.md", "title: A\ndate:\u{a0}2018-06-01", "")
        .page(
            "content/tab.md",
            "title: A\ndate: 2018-06-01\ntags:\n\t- x",
            "",
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/word.md:2:8: curly quotes (“…) are not YAML quotes"),
        "{err}"
    );
    assert!(
        err.contains("write straight ones: `title: \"Hội nghị sơ kết: kết quả\"`"),
        "{err}"
    );
    assert!(
        err.contains(
            "content/web.md:3:6: a non-breaking space (U+00A0) where YAML needs an ordinary space"
        ),
        "{err}"
    );
    assert!(
        err.contains("content/tab.md:5:1: a tab in the indentation: YAML indents with spaces"),
        "{err}"
    );
    assert!(
        !err.contains(" at line "),
        "positions are the file's: {err}"
    );
    assert!(err.contains("3 errors found"), "{err}");
}
