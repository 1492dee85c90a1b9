//! Checking a built-in shortcode's call: every argument known and of its type,
//! images and data files present, required arguments given, a body only where
//! one is accepted; then the values its template sees.

use tera::Value;

use super::builtin::{ArgError, Builtin, Env, Kind};
use super::parse::{Arg, ArgValue, Call};
use crate::error::closest;
use crate::images::{PageRef, Resolved};

/// A call's arguments, checked, and the values its template will see.
pub(super) struct Prepared<'c> {
    pub call: &'c Call,
    pub body: Option<&'c str>,
    pub values: Vec<(String, Value)>,
}

impl Prepared<'_> {
    /// The argument as written.
    pub(super) fn given(&self, name: &str) -> Option<&ArgValue> {
        self.call
            .args
            .iter()
            .find(|a| a.name == name)
            .map(|a| &a.value)
    }

    /// A text argument.
    pub(super) fn text(&self, name: &str) -> Option<String> {
        match self.given(name) {
            Some(ArgValue::Str(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        }
    }

    /// A numeric argument.
    pub(super) fn number(&self, name: &str) -> Option<f64> {
        match self.given(name) {
            Some(ArgValue::Int(i)) => Some(*i as f64),
            Some(ArgValue::Float(f)) => Some(*f),
            _ => None,
        }
    }

    /// Sets (or replaces) a value for the template.
    pub(super) fn set(&mut self, name: &str, value: impl Into<Value>) {
        let value = value.into();
        match self.values.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value,
            None => self.values.push((name.to_string(), value)),
        }
    }

    /// An error at argument `name` (at the call's name when it was not given).
    pub(super) fn err(
        &self,
        name: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> ArgError {
        ArgError {
            offset: self
                .call
                .args
                .iter()
                .find(|a| a.name == name)
                .map(|a| a.offset),
            message: format!("shortcode `{}`: {}", self.call.name, message.into()),
            hint: hint.into(),
        }
    }
}

/// A data file by name: `tien_do`, `tien-do` or a dotted path `a.b`.
pub(super) fn data_file<'d>(
    data: &'d serde_json::Value,
    name: &str,
) -> Option<&'d serde_json::Value> {
    let mut v = data;
    for part in name.trim().trim_end_matches(".yaml").split(['.', '/']) {
        v = v.get(part.replace('-', "_"))?;
    }
    Some(v)
}

/// Checks a call against its built-in's parameters and prepares its values.
pub(super) fn check<'c>(
    b: &Builtin,
    call: &'c Call,
    body: Option<&'c str>,
    env: &Env<'_>,
) -> Result<Vec<(String, Value)>, ArgError> {
    let usage = usage(b);
    for arg in &call.args {
        check_arg(b, arg, env, &usage)?;
    }
    check_complete(b, call, body, usage)?;
    prepare_values(b, call, body, env)
}

/// The hint shown with a bad call: an example and every argument's name.
fn usage(b: &Builtin) -> String {
    format!(
        "e.g. {}; its arguments: {}",
        b.example,
        b.params
            .iter()
            .map(|p| p.name)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Checks one argument: a parameter of `b`, of its kind, and naming an address,
/// a data file or an image that can be used.
fn check_arg(b: &Builtin, arg: &Arg, env: &Env<'_>, usage: &str) -> Result<(), ArgError> {
    let Some(param) = b.params.iter().find(|p| p.name == arg.name) else {
        let guess = closest(&arg.name, b.params.iter().map(|p| p.name))
            .map(|c| format!("did you mean `{c}`? "))
            .unwrap_or_default();
        return Err(ArgError {
            offset: Some(arg.offset),
            message: format!("shortcode `{}` has no argument `{}`", b.name, arg.name),
            hint: format!("{guess}{usage}"),
        });
    };
    match (param.kind, &arg.value) {
        (Kind::Int, ArgValue::Int(_))
        | (Kind::Number, ArgValue::Int(_) | ArgValue::Float(_))
        | (Kind::Text, ArgValue::Str(_)) => Ok(()),
        (Kind::Url, ArgValue::Str(s)) => {
            if s.trim().to_ascii_lowercase().starts_with("javascript:") || s.trim().is_empty() {
                return Err(bad(
                    b,
                    arg,
                    format!("`{}` is not a usable address", arg.name),
                    "give an https:// address or a site path".into(),
                ));
            }
            Ok(())
        }
        (Kind::OneOf(list), ArgValue::Str(s)) if list.contains(&s.as_str()) => Ok(()),
        (Kind::Data, ArgValue::Str(s)) => check_data(b, arg, s, env),
        (Kind::Image, ArgValue::Str(s)) => check_image(b, arg, s, env),
        _ => Err(bad(
            b,
            arg,
            format!(
                "`{}` takes {}, not {}",
                arg.name,
                param.kind.describe(),
                arg.value.kind()
            ),
            usage.to_string(),
        )),
    }
}

/// Checks that `name`, the value of `arg`, is a data file, else names the ones there are.
fn check_data(b: &Builtin, arg: &Arg, name: &str, env: &Env<'_>) -> Result<(), ArgError> {
    if data_file(env.data, name).is_some() {
        return Ok(());
    }
    let keys: Vec<&str> = env
        .data
        .as_object()
        .map(|m| m.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let guess = closest(&name.replace('-', "_"), keys.iter().copied())
        .map(|c| format!("did you mean `{c}`? "))
        .unwrap_or_default();
    Err(bad(
        b,
        arg,
        format!("no data file `{name}` in data/"),
        format!(
            "{guess}data files: {} (data/tien-do.yaml is `tien_do`)",
            keys.join(", ")
        ),
    ))
}

/// Checks that `path`, the value of `arg`, is an image the page can use.
fn check_image(b: &Builtin, arg: &Arg, path: &str, env: &Env<'_>) -> Result<(), ArgError> {
    let scope = env.scope;
    match env.images.resolve(path, scope.page_ref, env.at) {
        Resolved::Found(_) | Resolved::External => Ok(()),
        Resolved::Missing => Err(bad(
            b,
            arg,
            format!("image not found: `{path}`"),
            image_hint(scope.page_ref),
        )),
        Resolved::Bad(message) => Err(bad(
            b,
            arg,
            format!("image `{path}`: {message}"),
            "re-export it as PNG, JPEG or WebP".into(),
        )),
    }
}

/// An error at argument `arg` of a call of `b`.
fn bad(b: &Builtin, arg: &Arg, message: String, hint: String) -> ArgError {
    ArgError {
        offset: Some(arg.offset),
        message: format!("shortcode `{}`: {message}", b.name),
        hint,
    }
}

/// Checks that every required argument is given, and a body only where `b` takes one.
fn check_complete(
    b: &Builtin,
    call: &Call,
    body: Option<&str>,
    usage: String,
) -> Result<(), ArgError> {
    if let Some(missing) = b
        .params
        .iter()
        .find(|p| p.required && !call.args.iter().any(|a| a.name == p.name))
    {
        return Err(ArgError {
            offset: None,
            message: format!("shortcode `{}` needs `{}`", b.name, missing.name),
            hint: usage,
        });
    }
    if body.is_some() && !b.body {
        return Err(ArgError {
            offset: None,
            message: format!("shortcode `{}` takes no body", b.name),
            hint: format!("call it inline: {}", b.example),
        });
    }
    Ok(())
}

/// The values the template sees: every parameter (none when not given), `args`,
/// `body`, then what the built-in's own preparation adds.
fn prepare_values<'c>(
    b: &Builtin,
    call: &'c Call,
    body: Option<&'c str>,
    env: &Env<'_>,
) -> Result<Vec<(String, Value)>, ArgError> {
    let mut prepared = Prepared {
        call,
        body,
        values: Vec::new(),
    };
    for p in b.params {
        let value = prepared
            .given(p.name)
            .map_or_else(Value::none, ArgValue::to_value);
        prepared.set(p.name, value);
    }
    let mut args = tera::Map::new();
    for a in &call.args {
        args.insert(a.name.clone().into(), a.value.to_value());
    }
    prepared.set("args", Value::from(args));
    prepared.set("body", body.map_or_else(Value::none, Value::from));
    (b.prepare)(&mut prepared, env)?;
    Ok(prepared.values)
}

/// What to do about an image that is not found, for a page in a folder or a
/// single file.
pub(super) fn image_hint(page: PageRef<'_>) -> String {
    if page.bundle_dir.is_some() {
        "put the image beside the page's index.md, or start the path with / for a file in static/"
            .into()
    } else {
        "this page is a single .md file: use an image from static/ (`/anh/x.jpg`), or make the page a folder with index.md and the image beside it".into()
    }
}
