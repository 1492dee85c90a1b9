//! Vietnamese alphabetical order (a ă â b c d đ e ê …, tones after base letters).

use std::cmp::Ordering;

/// Compares two strings in Vietnamese alphabetical order.
pub fn compare(a: &str, b: &str) -> Ordering {
    super::fold::fold(a).cmp(&super::fold::fold(b)).then_with(|| a.cmp(b))
}
