//! HTML to plain text, for summaries, search and descriptions: tags dropped (block
//! tags become a space), the escaper's entities decoded, spaces folded.

/// Tags [`plain_text`] turns into a space.
const BLOCKS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "blockquote",
    "table",
    "figcaption",
    "pre",
];
/// The entities the HTML escaper writes, and what [`plain_text`] decodes them to.
const ENTITIES: &[(&str, char)] = &[
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
    ("&amp;", '&'),
];

/// HTML to plain text: tags dropped (block tags become a space), the escaper's
/// entities decoded, spaces folded. One pass: the search index runs it on every page.
pub(crate) fn plain_text(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    // A space is owed before the next visible character.
    let mut space = false;
    // Visible text is copied in runs: `html[run..i]` is waiting to be copied.
    let mut run = 0;
    let mut i = 0;
    let flush = |out: &mut String, space: &mut bool, text: &str| {
        if text.is_empty() {
            return;
        }
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
        out.push_str(text);
    };
    while let Some(&b) = bytes.get(i) {
        match b {
            b'<' => {
                flush(&mut out, &mut space, &html[run..i]);
                let Some(close) = bytes[i..].iter().position(|&c| c == b'>') else {
                    // An unclosed tag runs to the end.
                    return out;
                };
                let name = html[i + 1..i + close].trim_start_matches('/');
                let end = name
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(name.len());
                if BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(&name[..end])) {
                    space = true;
                }
                i += close + 1;
                run = i;
            }
            b'&' => match ENTITIES.iter().find(|(e, _)| html[i..].starts_with(e)) {
                Some(&(e, ch)) => {
                    flush(&mut out, &mut space, &html[run..i]);
                    flush(&mut out, &mut space, ch.encode_utf8(&mut [0; 4]));
                    i += e.len();
                    run = i;
                }
                None => i += 1,
            },
            b'\t'..=b'\r' | b' ' => {
                flush(&mut out, &mut space, &html[run..i]);
                space = true;
                i += 1;
                run = i;
            }
            // The lead bytes of the only non-ASCII spaces (U+0085, U+00A0, U+1680,
            // U+2000–U+205F, U+3000): decode just those characters.
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = html[i..].chars().next().unwrap_or_default();
                if c.is_whitespace() {
                    flush(&mut out, &mut space, &html[run..i]);
                    space = true;
                    i += c.len_utf8();
                    run = i;
                } else {
                    i += c.len_utf8();
                }
            }
            _ => i += 1,
        }
    }
    flush(&mut out, &mut space, &html[run..]);
    out
}

/// At most `max` characters of `text`, cut at a space (one past the first `max / 2` bytes)
/// so no word is cut in two, with an ellipsis when cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let end = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::{BLOCKS, ENTITIES, plain_text};

    /// The first, character by character, version: the byte version must agree.
    fn reference(html: &str) -> String {
        let mut out = String::with_capacity(html.len());
        // A space is owed before the next visible character.
        let mut space = false;
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            if c == '<' {
                let Some(close) = rest.find('>') else {
                    // An unclosed tag runs to the end.
                    break;
                };
                let name = rest[1..close].trim_start_matches('/');
                let end = name
                    .find(|c: char| !c.is_ascii_alphanumeric())
                    .unwrap_or(name.len());
                if BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(&name[..end])) {
                    space = true;
                }
                rest = &rest[close + 1..];
                continue;
            }
            let (ch, len) = match c {
                '&' => ENTITIES
                    .iter()
                    .find(|(e, _)| rest.starts_with(e))
                    .map_or(('&', 1), |&(e, ch)| (ch, e.len())),
                c => (c, c.len_utf8()),
            };
            if ch.is_whitespace() {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(ch);
            }
            rest = &rest[len..];
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_character_version(
            s in "(\\PC|[<>&/ \t\n\u{a0}\u{85}\u{2000}\u{3000}\u{1680}]|&amp;|&lt;|<p>|</li>|<br/>|<em>|<H2 id=x>)*"
        ) {
            proptest::prop_assert_eq!(plain_text(&s), reference(&s));
        }
    }

    #[test]
    fn plain_text_keeps_inline_words_together() {
        assert_eq!(
            plain_text("<p>First <em>para</em>.</p><p>Two &amp; three</p>"),
            "First para. Two & three"
        );
    }

    #[test]
    fn plain_text_decodes_once_and_folds_spaces() {
        assert_eq!(plain_text("a &amp;lt; b"), "a &lt; b");
        assert_eq!(
            plain_text("&lt;p&gt; &quot;x&quot; &#39;y&#39; & z"),
            "<p> \"x\" 'y' & z"
        );
        assert_eq!(
            plain_text("  <h2>Đường</h2>\n\n<p>về   xã</p>  "),
            "Đường về xã"
        );
        assert_eq!(plain_text("a<br>b<BR/>c<span>d</span>"), "a b cd");
        assert_eq!(plain_text("x <unclosed"), "x");
    }

    #[test]
    fn a_shortened_text_ends_at_a_word() {
        let text = "Bưu điện văn hóa xã đưa Internet về với những vùng sâu";
        assert_eq!(crate::text::plain::shorten(text, 100), text);
        assert_eq!(
            crate::text::plain::shorten(text, 44),
            "Bưu điện văn hóa xã đưa Internet về với…"
        );
        assert!(!crate::text::plain::shorten(text, 44).contains("nhữ"));
    }
}
