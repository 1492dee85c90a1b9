//! What loa says to the editor (errors, warnings, hints, the summary line), in the
//! language of the site: one Fluent catalogue per language, `en.ftl` and `vi.ftl`
//! beside this file, and no message text in the code. Code names a message by its
//! id with `t!`: `t!("page-missing-title")`, `t!("image-not-found", src = path)`,
//! and a message's attribute as `id.attr` (`t!("page-missing-title.hint")`).
//!
//! The language is the process's: the command line sets it once from `LOA_LANG` or the
//! site's `language` ([`set_language`]); before that, and in unit tests, it is English.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::language::Language;

/// The English catalogue: every message loa has.
pub(crate) const ENGLISH: &str = include_str!("en.ftl");
/// The Vietnamese catalogue: the same ids, in Vietnamese.
pub(crate) const VIETNAMESE: &str = include_str!("vi.ftl");

/// Formats message `id` (or `id.attribute`) in the current language with named
/// arguments: `t!("image-not-found", src = src)`.
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::messages::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::text(
            $id,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

/// A message argument: text as it is, or a number (printed the language's way,
/// `1,204` or `1.204`, and used to choose a plural form).
#[derive(Debug, Clone)]
pub(crate) enum Arg<'a> {
    /// Text.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a Path> for Arg<'a> {
    fn from(p: &'a Path) -> Self {
        Arg::Text(p.to_string_lossy())
    }
}

impl<'a> From<&'a PathBuf> for Arg<'a> {
    fn from(p: &'a PathBuf) -> Self {
        Arg::Text(p.to_string_lossy())
    }
}

impl From<char> for Arg<'_> {
    fn from(c: char) -> Self {
        Arg::Text(Cow::Owned(c.to_string()))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, u8, i64, i32, f64);

const ENGLISH_CODE: u8 = 0;
const VIETNAMESE_CODE: u8 = 1;

static LANGUAGE: AtomicU8 = AtomicU8::new(ENGLISH_CODE);

/// Sets the language of every message from now on.
pub(crate) fn set_language(language: Language) {
    let code = match language {
        Language::En => ENGLISH_CODE,
        Language::Vi => VIETNAMESE_CODE,
    };
    LANGUAGE.store(code, Ordering::Relaxed);
}

/// The language messages are in.
pub(crate) fn language() -> Language {
    match LANGUAGE.load(Ordering::Relaxed) {
        VIETNAMESE_CODE => Language::Vi,
        _ => Language::En,
    }
}

/// The language `LOA_LANG` asks for (`en` or `vi`), if it is set to one of them.
pub(crate) fn language_from_env() -> Option<Language> {
    match std::env::var("LOA_LANG").ok()?.trim() {
        "en" => Some(Language::En),
        "vi" => Some(Language::Vi),
        _ => None,
    }
}

/// The text of message `id` (or `id.attribute`) in the current language. A message
/// the language lacks is said in English; an id no catalogue has is returned as it
/// is (a test keeps every id the code uses in both catalogues).
pub(crate) fn text(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    text_in(language(), id, args)
}

/// The text of message `id` in `language`.
pub(crate) fn text_in(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let [english, vietnamese] = bundles();
    let first = match language {
        Language::Vi => vietnamese,
        Language::En => english,
    };
    format(first, id, args)
        .or_else(|| format(english, id, args))
        .unwrap_or_else(|| id.to_string())
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        let mut english = bundle("en", ENGLISH);
        english.set_formatter(Some(format_english));
        let mut vietnamese = bundle("vi", VIETNAMESE);
        vietnamese.set_formatter(Some(format_vietnamese));
        [english, vietnamese]
    })
}

fn bundle(code: &str, source: &str) -> Bundle {
    let id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminals show Unicode isolation marks as junk: no marks around arguments.
    bundle.set_use_isolating(false);
    // A catalogue with a broken entry still gives every other message (a test keeps
    // both catalogues whole).
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

fn format_english<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::En)
}

fn format_vietnamese<M>(value: &FluentValue, _: &M) -> Option<String> {
    format_number(value, Language::Vi)
}

fn format_number(value: &FluentValue, language: Language) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(crate::text::number::format(
            n.value,
            crate::text::number::Decimals::UpTo(2),
            language.number_marks(),
        )),
        _ => None,
    }
}

fn format(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
