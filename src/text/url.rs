//! Percent-encoding for URLs, one codec (the `percent-encoding` crate): what stays
//! as written depends on the part of the URL.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// Everything but the unreserved characters (RFC 3986): for a query value.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// What a tag URI's specific part cannot hold (RFC 4151: `pchar` and `/`).
const TAG_SPECIFIC: &AsciiSet = &COMPONENT
    .remove(b'/')
    .remove(b':')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b'@');

/// Percent-encodes everything but unreserved characters (`a b/đ` → `a%20b%2F%C4%91`).
pub(crate) fn encode_component(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// Percent-encodes what a tag URI's specific part cannot hold.
pub(crate) fn encode_tag_specific(text: &str) -> String {
    utf8_percent_encode(text, TAG_SPECIFIC).to_string()
}

/// A site path as a URL: bytes a path cannot hold as they are (spaces, marks and
/// other non-ASCII, quotes, `#`, `?`, `,` — which would cut a `srcset` — and the
/// like) percent-encoded, `/` and `%XX` escapes already there kept
/// (`/tin/ảnh 1.jpg` → `/tin/%E1%BA%A3nh%201.jpg`). Borrowed when nothing changes.
pub(crate) fn encode_path(path: &str) -> std::borrow::Cow<'_, str> {
    let bytes = path.as_bytes();
    let keep = |i: usize| {
        let b = bytes[i];
        b.is_ascii_alphanumeric()
            || b"/-._~!$&'()*+;=:@".contains(&b)
            || (b == b'%'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    };
    if (0..bytes.len()).all(keep) {
        return std::borrow::Cow::Borrowed(path);
    }
    let mut out = String::with_capacity(path.len() + 16);
    for (i, &b) in bytes.iter().enumerate() {
        if keep(i) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Decodes `%XX` escapes (invalid ones are kept as written); bytes that are not
/// UTF-8 become U+FFFD.
pub(crate) fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_vietnamese_and_keeps_unreserved() {
        assert_eq!(encode_component("a b/đ"), "a%20b%2F%C4%91");
        assert_eq!(encode_component("A-z_0.9~"), "A-z_0.9~");
        assert_eq!(
            encode_tag_specific("2020:tin/đ ư"),
            "2020:tin/%C4%91%20%C6%B0"
        );
    }

    #[test]
    fn paths_are_encoded_once() {
        assert_eq!(encode_path("/tin/bai/anh.png"), "/tin/bai/anh.png");
        assert_eq!(
            encode_path("/tin/ảnh 1,2.jpg"),
            "/tin/%E1%BA%A3nh%201%2C2.jpg"
        );
        assert_eq!(encode_path("/a%20b.png"), "/a%20b.png", "escapes kept");
        assert_eq!(encode_path("/100%.png"), "/100%25.png");
        assert_eq!(decode(&encode_path("/tin/ảnh 1.jpg")), "/tin/ảnh 1.jpg");
    }

    #[test]
    fn decodes_and_keeps_what_is_not_an_escape() {
        assert_eq!(decode("%C4%91%20x"), "đ x");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%2e%2E"), "..");
    }
}
