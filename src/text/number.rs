//! Numbers as Vietnamese and English readers write them: `7.480` and `23,5` in
//! Vietnamese, `7,480` and `23.5` in English; four-digit numbers grouped too
//! ("4.080 điểm", as the campaign's reports write them). Every number a page,
//! a chart or a shortcode prints goes through [`format()`].

/// How many decimals to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decimals {
    /// At most this many, trailing zeros dropped (`23,5`, `54`).
    UpTo(usize),
    /// Exactly this many (`108,0`).
    Exactly(usize),
}

/// `n` with `marks`: (thousands separator, decimal point). A number that rounds
/// to zero has no sign; infinities and NaN print as Rust writes them.
pub(crate) fn format(n: f64, decimals: Decimals, (thousands, point): (char, char)) -> String {
    if !n.is_finite() {
        return n.to_string();
    }
    let (places, trim) = match decimals {
        Decimals::UpTo(d) => (d, true),
        Decimals::Exactly(d) => (d, false),
    };
    let text = format!("{:.*}", places, n.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = if trim {
        frac.trim_end_matches('0')
    } else {
        frac
    };
    let mut out = String::with_capacity(text.len() + 4);
    let zero = int.bytes().all(|b| b == b'0') && frac.bytes().all(|b| b == b'0');
    if n < 0.0 && !zero {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const VI: (char, char) = ('.', ',');
    const EN: (char, char) = (',', '.');

    #[test]
    fn numbers_in_vietnamese_and_english() {
        assert_eq!(format(7480.0, Decimals::UpTo(1), VI), "7.480");
        assert_eq!(format(23.5, Decimals::UpTo(1), VI), "23,5");
        assert_eq!(format(1_234_567.25, Decimals::UpTo(2), EN), "1,234,567.25");
        assert_eq!(format(1_234_567.5, Decimals::UpTo(2), VI), "1.234.567,5");
        assert_eq!(format(99.73, Decimals::UpTo(1), VI), "99,7");
        assert_eq!(format(54.0, Decimals::UpTo(2), VI), "54");
        assert_eq!(format(12345.0, Decimals::UpTo(2), EN), "12,345");
        assert_eq!(format(108.0, Decimals::Exactly(1), VI), "108,0");
        assert_eq!(format(-1500.0, Decimals::UpTo(0), VI), "-1.500");
    }

    #[test]
    fn what_rounds_to_zero_has_no_sign() {
        assert_eq!(format(-0.01, Decimals::UpTo(1), VI), "0");
        assert_eq!(format(-0.001, Decimals::UpTo(2), VI), "0");
        assert_eq!(format(-0.4, Decimals::Exactly(0), VI), "0");
        assert_eq!(format(-0.04, Decimals::Exactly(1), VI), "0,0");
    }
}
