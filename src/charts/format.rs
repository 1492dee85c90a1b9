//! Numbers and text for charts: numbers the way the site's language writes them
//! (`7.480` and `23,5` in Vietnamese, `7,480` and `23.5` in English), a value with
//! its unit (`54%`, `7.480 điểm`), and XML escaping.

use crate::config::Language;
use crate::text::number::Decimals;

/// `n` with at most `decimals` decimals (default: as many as needed, up to 2),
/// grouped by thousands.
pub(crate) fn number(n: f64, decimals: Option<usize>, language: Language) -> String {
    let decimals = decimals.map_or(Decimals::UpTo(2), Decimals::Exactly);
    crate::text::number::format(n, decimals, language.number_marks())
}

/// A value with its unit: `54%`, `7.480 điểm`.
pub(crate) fn with_unit(n: f64, unit: Option<&str>, language: Language) -> String {
    let value = number(n, None, language);
    match unit.map(str::trim).filter(|u| !u.is_empty()) {
        Some("%") => format!("{value}%"),
        Some(u) => format!("{value} {u}"),
        None => value,
    }
}

pub(crate) use crate::text::escape::html as escape;

/// A coordinate with at most one decimal, for compact SVG.
pub(crate) fn coord(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_numbers() {
        assert_eq!(number(7480.0, None, Language::Vi), "7.480");
        assert_eq!(number(12345.0, None, Language::Vi), "12.345");
        assert_eq!(number(1234567.5, None, Language::Vi), "1.234.567,5");
        assert_eq!(number(23.5, None, Language::Vi), "23,5");
        assert_eq!(number(23.5, None, Language::En), "23.5");
        assert_eq!(number(54.0, None, Language::Vi), "54");
        assert_eq!(number(-0.001, None, Language::Vi), "0");
        assert_eq!(number(108.0, Some(1), Language::Vi), "108,0");
        assert_eq!(number(12345.0, None, Language::En), "12,345");
    }

    #[test]
    fn units() {
        assert_eq!(with_unit(54.0, Some("%"), Language::Vi), "54%");
        assert_eq!(with_unit(7480.0, Some("điểm"), Language::Vi), "7.480 điểm");
        assert_eq!(with_unit(3.0, None, Language::Vi), "3");
    }
}
