//! Text made safe for XML 1.0 and for machines that read feeds: [`clean`] turns any
//! text into NFC without the control characters XML forbids, [`escape`] and
//! [`escape_attr`] escape markup characters, and [`XmlWriter`] builds documents.

use std::borrow::Cow;

use crate::text::escape::{escape_cow, xml_attr, xml_text};

use crate::text::nfc::to_nfc;

/// True for characters XML 1.0 does not allow (C0 controls other than tab, line
/// feed and carriage return, U+FFFE and U+FFFF), and C1 controls and DEL, which XML
/// allows but which never mean anything in UTF-8 text and upset feed validators.
fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// Whether `text` holds a [`forbidden`] character, checked on the UTF-8 bytes (C1
/// controls are `C2 80`–`C2 9F`, U+FFFE and U+FFFF are `EF BF BE`/`EF BF BF`):
/// every feed item's whole article goes through here.
fn has_forbidden(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Eight bytes at a time when none is a control, DEL or non-ASCII: a byte
        // below 0x20 or equal to 0x7F sets its high bit in `low` or `del`.
        if let Some(x) = crate::text::word_at(bytes, i) {
            let low = x.wrapping_sub(ONES * 0x20) & !x;
            let d = x ^ (ONES * 0x7F);
            let del = d.wrapping_sub(ONES) & !d;
            if (x | low | del) & HIGHS == 0 {
                i += 8;
                continue;
            }
        }
        let bad = match b {
            b'\t' | b'\n' | b'\r' => false,
            0x00..=0x1F | 0x7F => true,
            0xC2 => matches!(bytes.get(i + 1), Some(0x80..=0x9F)),
            0xEF => {
                bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
            }
            _ => false,
        };
        if bad {
            return true;
        }
        i += 1;
    }
    false
}

/// `text` in NFC, without the control characters XML cannot carry.
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    let nfc = to_nfc(text);
    if !has_forbidden(&nfc) {
        return nfc;
    }
    Cow::Owned(nfc.chars().filter(|&c| !forbidden(c)).collect())
}

/// Escapes `&`, `<` and `>` for element text (after [`clean`]).
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    escape_cow(clean(text), xml_text)
}

/// Escapes `&`, `<`, `>`, `"` and `'` for an attribute value (after [`clean`]).
pub(crate) fn escape_attr(text: &str) -> Cow<'_, str> {
    escape_cow(clean(text), xml_attr)
}

/// Escapes text that already went through [`clean`] (an entry's fields), without
/// checking its normalisation again: items carry whole articles.
pub(crate) fn escape_cleaned(text: &str) -> Cow<'_, str> {
    xml_text(text)
}

/// A small XML writer: elements with escaped text and attributes, one per line.
#[derive(Debug, Default)]
pub(crate) struct XmlWriter {
    out: String,
}

impl XmlWriter {
    /// A document starting with the XML declaration.
    pub(crate) fn document() -> Self {
        XmlWriter {
            out: String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"),
        }
    }

    /// A fragment (no declaration), for items reused by several documents.
    pub(crate) fn fragment() -> Self {
        XmlWriter::default()
    }

    /// `<name a="v" …>` (attributes are escaped).
    pub(crate) fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push('>');
        self
    }

    /// `<name a="v" …/>`.
    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push_str("/>");
        self
    }

    /// `</name>`.
    pub(crate) fn close(&mut self, name: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self
    }

    /// `<name a="v">text</name>` with `text` escaped.
    pub(crate) fn text_element(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(name, attrs);
        self.out.push_str(&escape(text));
        self.close(name)
    }

    /// `<name a="v">text</name>` for text already [`clean`]ed.
    pub(crate) fn cleaned_element(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(name, attrs);
        self.out.push_str(&escape_cleaned(text));
        self.close(name)
    }

    /// A line break, to keep the output readable.
    pub(crate) fn newline(&mut self) -> &mut Self {
        self.out.push('\n');
        self
    }

    /// Markup written by loa itself, as is.
    pub(crate) fn raw(&mut self, xml: &str) -> &mut Self {
        self.out.push_str(xml);
        self
    }

    /// The text so far.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            self.out.push_str(&escape_attr(value));
            self.out.push('"');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    proptest::proptest! {
        /// The byte scanners agree with the character definitions.
        #[test]
        fn byte_scans_agree_with_chars(s in "(\\PC|[\\x00-\\x1f\\x7f-\\u{a0}\\u{fffe}\\u{ffff}&<>\"'\t\n\r])*") {
            proptest::prop_assert_eq!(has_forbidden(&s), s.chars().any(forbidden));
            for attr in [false, true] {
                let mut expected = String::new();
                for c in s.chars() {
                    match c {
                        '&' => expected.push_str("&amp;"),
                        '<' => expected.push_str("&lt;"),
                        '>' => expected.push_str("&gt;"),
                        '"' if attr => expected.push_str("&quot;"),
                        '\'' if attr => expected.push_str("&apos;"),
                        '\n' if attr => expected.push_str("&#10;"),
                        '\r' if attr => expected.push_str("&#13;"),
                        '\t' if attr => expected.push_str("&#9;"),
                        c => expected.push(c),
                    }
                }
                let escaped = if attr { xml_attr(&s) } else { xml_text(&s) };
                proptest::prop_assert_eq!(escaped, expected);
            }
        }
    }

    #[test]
    fn forbidden_bytes_are_found_at_every_offset() {
        for bad in ['\u{0}', '\u{1f}', '\u{7f}', '\u{85}', '\u{ffff}'] {
            for at in 0..20 {
                let mut s: String = "abcdefghijklmnopqrst".into();
                s.insert(at, bad);
                assert!(has_forbidden(&s), "{:04X} at {at}", bad as u32);
            }
        }
        assert!(!has_forbidden(
            "a\tb\nc\rd ~ 0123456789 ABCDEFGH đường \u{a0}"
        ));
    }

    #[test]
    fn escapes_markup_and_strips_forbidden_controls() {
        assert_eq!(
            escape("a & b <c> \u{1}\u{8}ok\u{b}\u{fffe}"),
            "a &amp; b &lt;c&gt; ok"
        );
        assert_eq!(
            escape_attr("\"x\" & 'y'\n"),
            "&quot;x&quot; &amp; &apos;y&apos;&#10;"
        );
        assert_eq!(escape("tab\tand\nline"), "tab\tand\nline");
        assert!(matches!(escape("plain Việt"), Cow::Borrowed(_)));
    }

    #[test]
    fn nfd_input_comes_out_nfc() {
        let nfd: String = "Nông thôn mới & đường".nfd().collect();
        assert_ne!(nfd, "Nông thôn mới & đường");
        assert_eq!(escape(&nfd), "Nông thôn mới &amp; đường");
    }

    #[test]
    fn writer_builds_elements() {
        let mut w = XmlWriter::fragment();
        w.open("a", &[("href", "x?a=1&b=\"2\"")])
            .text_element("b", &[], "<i>")
            .close("a");
        assert_eq!(
            w.finish(),
            "<a href=\"x?a=1&amp;b=&quot;2&quot;\"><b>&lt;i&gt;</b></a>"
        );
    }
}
