//! Text made safe for XML 1.0 and for machines that read feeds: [`clean`] turns any
//! text into NFC without the control characters XML forbids, [`escape`] and
//! [`escape_attr`] escape markup characters, and [`XmlWriter`] builds documents.

use std::borrow::Cow;

use crate::text::nfc::to_nfc;

/// True for characters XML 1.0 does not allow (C0 controls other than tab, line
/// feed and carriage return, U+FFFE and U+FFFF), and C1 controls and DEL, which XML
/// allows but which never mean anything in UTF-8 text and upset feed validators.
fn forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// `text` in NFC, without the control characters XML cannot carry.
pub fn clean(text: &str) -> Cow<'_, str> {
    let nfc = to_nfc(text);
    if !nfc.chars().any(forbidden) {
        return nfc;
    }
    Cow::Owned(nfc.chars().filter(|&c| !forbidden(c)).collect())
}

/// Escapes `&`, `<` and `>` for element text (after [`clean`]).
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

/// Escapes `&`, `<`, `>`, `"` and `'` for an attribute value (after [`clean`]).
pub fn escape_attr(text: &str) -> Cow<'_, str> {
    escape_with(text, true)
}

/// Escapes text that already went through [`clean`] (an entry's fields), without
/// checking its normalisation again: items carry whole articles.
pub fn escape_cleaned(text: &str) -> Cow<'_, str> {
    escape_only(Cow::Borrowed(text), false)
}

fn escape_with(text: &str, attr: bool) -> Cow<'_, str> {
    escape_only(clean(text), attr)
}

fn escape_only(text: Cow<'_, str>, attr: bool) -> Cow<'_, str> {
    let needs = |c: char| {
        matches!(c, '&' | '<' | '>') || (attr && matches!(c, '"' | '\'' | '\n' | '\r' | '\t'))
    };
    if !text.chars().any(needs) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\'' if attr => out.push_str("&apos;"),
            // Attribute value normalisation would turn these into spaces.
            '\n' if attr => out.push_str("&#10;"),
            '\r' if attr => out.push_str("&#13;"),
            '\t' if attr => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A small XML writer: elements with escaped text and attributes, one per line.
#[derive(Debug, Default)]
pub struct XmlWriter {
    out: String,
}

impl XmlWriter {
    /// A document starting with the XML declaration.
    pub fn document() -> Self {
        XmlWriter {
            out: String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"),
        }
    }

    /// A fragment (no declaration), for items reused by several documents.
    pub fn fragment() -> Self {
        XmlWriter::default()
    }

    /// `<name a="v" …>` (attributes are escaped).
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push('>');
        self
    }

    /// `<name a="v" …/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push_str("/>");
        self
    }

    /// `</name>`.
    pub fn close(&mut self, name: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self
    }

    /// `<name a="v">text</name>` with `text` escaped.
    pub fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(name, attrs);
        self.out.push_str(&escape(text));
        self.close(name)
    }

    /// `<name a="v">text</name>` for text already [`clean`]ed.
    pub fn cleaned_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(name, attrs);
        self.out.push_str(&escape_cleaned(text));
        self.close(name)
    }

    /// `<name>text</name>` when `text` is given.
    pub fn opt_element(&mut self, name: &str, text: Option<&str>) -> &mut Self {
        if let Some(t) = text {
            self.text_element(name, &[], t);
        }
        self
    }

    /// A line break, to keep the output readable.
    pub fn newline(&mut self) -> &mut Self {
        self.out.push('\n');
        self
    }

    /// Markup written by loa itself, as is.
    pub fn raw(&mut self, xml: &str) -> &mut Self {
        self.out.push_str(xml);
        self
    }

    /// The text so far.
    pub fn finish(self) -> String {
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
