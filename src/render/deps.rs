//! What a template looked up while rendering: `get_page`, `get_section`,
//! `get_taxonomy` and `get_term` note their answers here, so `loa serve` knows which
//! files to render again when a page they showed changes. Recording is per thread
//! and off unless [`track`] is running.

use std::cell::RefCell;

/// One lookup, by index into the library of the pass that rendered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Dep {
    /// `get_page`: a page.
    Page(usize),
    /// `get_section`: a section with its pages.
    Section(usize),
    /// `get_taxonomy`: a taxonomy with its terms.
    Taxonomy(usize),
    /// `get_term`: a term of a taxonomy with its pages.
    Term(usize, usize),
}

thread_local! {
    static DEPS: RefCell<Option<Vec<Dep>>> = const { RefCell::new(None) };
}

/// Notes a lookup, when tracking.
pub(crate) fn record(dep: Dep) {
    DEPS.with(|d| {
        if let Some(list) = d.borrow_mut().as_mut() {
            list.push(dep);
        }
    });
}

/// Runs `f`, returning what it looked up (each once).
pub(crate) fn track<R>(f: impl FnOnce() -> R) -> (R, Vec<Dep>) {
    let previous = DEPS.with(|d| d.borrow_mut().replace(Vec::new()));
    let result = f();
    let mut deps = DEPS
        .with(|d| std::mem::replace(&mut *d.borrow_mut(), previous))
        .unwrap_or_default();
    deps.sort_unstable_by_key(|d| format!("{d:?}"));
    deps.dedup();
    (result, deps)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_only_while_tracking() {
        record(Dep::Page(1));
        let ((), deps) = track(|| {
            record(Dep::Section(2));
            record(Dep::Section(2));
            record(Dep::Term(0, 3));
        });
        assert_eq!(deps, vec![Dep::Section(2), Dep::Term(0, 3)]);
        let ((), none) = track(|| {});
        assert!(none.is_empty());
    }
}
