//! What encoding an editor's file was saved in. loa reads UTF-8, and reads as the
//! text they are the two forms Windows editors also write: UTF-8 with a byte order
//! mark (Notepad's "UTF-8 with BOM") and UTF-16 with one (Notepad's "Unicode").
//! Anything else comes back as bytes, with a guess at what it is.

/// How a file that decoded was saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Saved {
    /// UTF-8, no byte order mark.
    Utf8,
    /// UTF-8 after a byte order mark (removed).
    Utf8Bom,
    /// UTF-16 with a byte order mark, little- or big-endian.
    Utf16,
}

/// What a file that did not decode probably is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Guess {
    /// UTF-16 without a byte order mark: ASCII letters with a zero byte beside each.
    Utf16NoBom,
    /// A one-byte legacy encoding (Windows-1258, TCVN3, VNI), or a damaged file.
    Legacy,
}

/// The text of `bytes` and how it was saved; the bytes back when they are neither
/// UTF-8 nor UTF-16 with a byte order mark.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<(String, Saved), Vec<u8>> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map(|t| (t, Saved::Utf8Bom)).ok_or(bytes);
    }
    let units = |little: bool| {
        bytes[2..].chunks_exact(2).map(move |p| {
            let pair = [p[0], p[1]];
            if little {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        })
    };
    let utf16 = match bytes.get(..2) {
        Some(b"\xFF\xFE") => Some(true),
        Some(b"\xFE\xFF") => Some(false),
        _ => None,
    };
    if let Some(little) = utf16 {
        if bytes.len().is_multiple_of(2)
            && let Ok(text) = char::decode_utf16(units(little)).collect::<Result<String, _>>()
        {
            return Ok((text, Saved::Utf16));
        }
        return Err(bytes);
    }
    // UTF-16 without a byte order mark is valid UTF-8 when it is all ASCII: NUL
    // bytes in every other place tell it apart.
    if bytes.contains(&0) && guess(&bytes) == Guess::Utf16NoBom {
        return Err(bytes);
    }
    match utf8(&bytes) {
        Some(text) => Ok((text, Saved::Utf8)),
        None => Err(bytes),
    }
}

/// Checks UTF-8 with SIMD (most input is Vietnamese text, where the standard check
/// is slow) and copies the checked text, cheaper than checking it again.
fn utf8(bytes: &[u8]) -> Option<String> {
    simdutf8::basic::from_utf8(bytes).ok().map(str::to_owned)
}

/// What bytes that did not decode probably are.
pub(crate) fn guess(bytes: &[u8]) -> Guess {
    // UTF-16 text that is mostly ASCII has a zero in every other byte, on one side
    // only; binary files have zeros on both.
    let head = &bytes[..bytes.len().min(512)];
    let zeros_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let pairs = head.len() / 2;
    if pairs >= 2 && even.max(odd) * 10 >= pairs * 8 && even.min(odd) * 20 <= pairs {
        Guess::Utf16NoBom
    } else {
        Guess::Legacy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        let mut out = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            out.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn reads_utf8_with_and_without_a_bom_and_utf16_with_one() {
        let text = "---\ntitle: Hội nghị sơ kết\n---\nBưu điện 🏤";
        assert_eq!(
            decode(text.as_bytes().to_vec()),
            Ok((text.to_string(), Saved::Utf8))
        );
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(bom), Ok((text.to_string(), Saved::Utf8Bom)));
        for little in [true, false] {
            assert_eq!(
                decode(utf16(text, little)),
                Ok((text.to_string(), Saved::Utf16))
            );
        }
    }

    #[test]
    fn other_bytes_come_back_with_a_guess() {
        let mut odd = utf16("ab", true);
        odd.push(0);
        assert!(decode(odd).is_err(), "an odd number of UTF-16 bytes");
        let no_bom: Vec<u8> = "title: A\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let bytes = decode(no_bom).unwrap_err();
        assert_eq!(guess(&bytes), Guess::Utf16NoBom);
        // "Hội" in Windows-1258: H, o with a circumflex (0xF4), the dot below as a
        // combining byte (0xF2), i.
        let legacy = b"title: H\xF4\xF2i\n".to_vec();
        let bytes = decode(legacy).unwrap_err();
        assert_eq!(guess(&bytes), Guess::Legacy);
        let png =
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
        assert_eq!(guess(png), Guess::Legacy, "binary has zeros on both sides");
    }
}
