//! The themes compiled into `loa` (by `build.rs`, from the repository's
//! `themes/<name>/`): a site that names one needs no copy of it.

/// A theme inside the binary.
#[derive(Debug)]
pub(crate) struct BuiltinTheme {
    /// Its name, as `theme:` writes it.
    pub name: &'static str,
    /// Its files: (path inside the theme with `/`, bytes), sorted by path.
    pub files: &'static [(&'static str, &'static [u8])],
}

include!(concat!(env!("OUT_DIR"), "/builtin_themes.rs"));

/// The built-in theme called `name`.
pub(crate) fn builtin(name: &str) -> Option<&'static BuiltinTheme> {
    THEMES.iter().find(|t| t.name == name)
}

/// The names of the built-in themes.
pub(crate) fn names() -> impl Iterator<Item = &'static str> {
    THEMES.iter().map(|t| t.name)
}
