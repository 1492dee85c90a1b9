//! Escaping, one function per context: [`html`] for HTML text and double-quoted
//! attributes, [`xml_text`] and [`xml_attr`] for XML (feeds, sitemaps), and
//! [`script_json`] for JSON inside a `<script>` element. Every character escaped is
//! ASCII, so text is scanned and copied by bytes, and borrowed when nothing changes.

use std::borrow::Cow;

/// Escapes `&`, `<`, `>` and `"`: safe in HTML text and in a double-quoted attribute.
pub(crate) fn html(text: &str) -> Cow<'_, str> {
    replace_bytes(text, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        _ => None,
    })
}

/// Escapes `&`, `<` and `>` for XML element text.
pub(crate) fn xml_text(text: &str) -> Cow<'_, str> {
    replace_bytes(text, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        _ => None,
    })
}

/// Escapes `&`, `<`, `>`, both quotes, and the white space that attribute-value
/// normalisation would turn into spaces, for an XML attribute.
pub(crate) fn xml_attr(text: &str) -> Cow<'_, str> {
    replace_bytes(text, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&apos;"),
        b'\n' => Some("&#10;"),
        b'\r' => Some("&#13;"),
        b'\t' => Some("&#9;"),
        _ => None,
    })
}

/// JSON that cannot end a `<script>` element or open a comment inside it.
pub(crate) fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    let mut copied = 0;
    for (at, c) in json.match_indices(['<', '>', '&', '\u{2028}', '\u{2029}']) {
        out.push_str(&json[copied..at]);
        out.push_str(match c {
            "<" => "\\u003c",
            ">" => "\\u003e",
            "&" => "\\u0026",
            "\u{2028}" => "\\u2028",
            _ => "\\u2029",
        });
        copied = at + c.len();
    }
    out.push_str(&json[copied..]);
    out
}

/// `text` with every ASCII byte `entity` names replaced by it.
fn replace_bytes(text: &str, entity: impl Fn(u8) -> Option<&'static str>) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(first) = bytes.iter().position(|&b| entity(b).is_some()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate().skip(first) {
        if let Some(e) = entity(b) {
            // `i` is at an ASCII byte, so both slices end on character boundaries.
            out.push_str(&text[copied..i]);
            out.push_str(e);
            copied = i + 1;
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

/// `escape` of text already copied (a `Cow`): no second copy when nothing changes.
pub(crate) fn escape_cow<'a>(
    text: Cow<'a, str>,
    escape: for<'b> fn(&'b str) -> Cow<'b, str>,
) -> Cow<'a, str> {
    match escape(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(escaped) => Cow::Owned(escaped),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_context_escapes_what_it_must() {
        assert_eq!(html("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c'");
        assert_eq!(xml_text("a<b>&\"c'"), "a&lt;b&gt;&amp;\"c'");
        assert_eq!(xml_attr("a\"'\n\t"), "a&quot;&apos;&#10;&#9;");
        assert!(matches!(html("Đường về xã"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_cannot_close_a_script() {
        let s = script_json(r#"{"t":"</script><b>&"}"#);
        assert!(!s.contains("</script>"));
        assert!(!s.contains('<'));
        assert_eq!(
            script_json("\"a<b>c&d\u{2028}e\u{2029}đ\""),
            r#""a\u003cb\u003ec\u0026d\u2028e\u2029đ""#
        );
        assert_eq!(script_json("plain"), "plain");
    }
}
