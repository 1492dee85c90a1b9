//! The compact number encoding of postings: unsigned integers as little-endian groups
//! of 5 bits, one character each from a 64-character alphabet that needs no escaping
//! in JSON or URLs. A character's sixth bit (value 32) says another group follows, so
//! numbers below 32 take one character and below 1,024 two. `search.js` decodes it.

/// The alphabet: a character's index is its 6-bit value.
pub(crate) const ALPHABET: &[u8; 64] =
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// Appends `n` to `out`.
pub(crate) fn push(out: &mut String, mut n: u32) {
    loop {
        let group = (n & 31) as usize;
        n >>= 5;
        if n == 0 {
            out.push(ALPHABET[group] as char);
            return;
        }
        out.push(ALPHABET[group | 32] as char);
    }
}

/// Decodes every number of `s`; `None` if it holds a character outside the alphabet
/// or ends in the middle of a number (for tests: `search.js` has its own decoder).
#[cfg(test)]
pub(crate) fn decode(s: &str) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    let (mut n, mut shift, mut open) = (0u32, 0u32, false);
    for b in s.bytes() {
        let v = ALPHABET.iter().position(|&a| a == b)? as u32;
        n |= (v & 31).checked_shl(shift)?;
        if v & 32 == 0 {
            out.push(n);
            (n, shift, open) = (0, 0, false);
        } else {
            shift += 5;
            open = true;
        }
    }
    (!open).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers_take_one_character() {
        let mut s = String::new();
        for n in [0, 1, 31] {
            push(&mut s, n);
        }
        assert_eq!(s, "01V");
        let mut s = String::new();
        push(&mut s, 32);
        assert_eq!(s.len(), 2);
        let mut s = String::new();
        push(&mut s, 1023);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn round_trips() {
        let numbers = [
            0,
            1,
            5,
            31,
            32,
            33,
            1000,
            1023,
            1024,
            65_535,
            1 << 20,
            u32::MAX,
        ];
        let mut s = String::new();
        for n in numbers {
            push(&mut s, n);
        }
        assert_eq!(decode(&s), Some(numbers.to_vec()));
        assert!(
            s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }

    #[test]
    fn rejects_broken_input() {
        assert_eq!(decode("!"), None);
        assert_eq!(decode("w"), None, "a continued number that never ends");
        assert_eq!(decode(""), Some(vec![]));
    }
}
