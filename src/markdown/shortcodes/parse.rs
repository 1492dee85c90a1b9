//! Finding shortcode calls in Markdown text. The syntax:
//!
//! - inline: `{{ name(key="text", n=1, x=1.5, on=true, list=[1, "a"]) }}`
//! - with a body: `{% name(key="x") %}` … `{% end %}`
//! - written out literally: `{{/* name() */}}` prints `{{ name() }}`
//!   (and `{%/* … */%}` prints `{% … %}`).
//!
//! Byte ranges to skip (code blocks and code spans) are given by the caller;
//! `{{` that is not followed by `name(` is ordinary text.

use std::ops::Range;

/// An argument value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ArgValue {
    /// `"text"` or `'text'`.
    Str(String),
    /// `12`, `-3`.
    Int(i64),
    /// `1.5`.
    Float(f64),
    /// `true`, `false`.
    Bool(bool),
    /// `[1, "a"]`.
    List(Vec<ArgValue>),
}

impl ArgValue {
    /// The value for tera.
    pub(crate) fn to_value(&self) -> tera::Value {
        match self {
            ArgValue::Str(s) => tera::Value::from(s.as_str()),
            ArgValue::Int(i) => tera::Value::from(*i),
            ArgValue::Float(f) => tera::Value::from(*f),
            ArgValue::Bool(b) => tera::Value::from(*b),
            ArgValue::List(l) => {
                tera::Value::from(l.iter().map(ArgValue::to_value).collect::<Vec<_>>())
            }
        }
    }

    /// What kind of value it is, as the catalogue's messages select on it
    /// (`text`, `int`, `float`, `bool`, `list`).
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            ArgValue::Str(_) => "text",
            ArgValue::Int(_) => "int",
            ArgValue::Float(_) => "float",
            ArgValue::Bool(_) => "bool",
            ArgValue::List(_) => "list",
        }
    }
}

/// One argument with where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Arg {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: ArgValue,
    /// Byte offset of the name in the text.
    pub offset: usize,
}

/// A shortcode call.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Call {
    /// The shortcode's name.
    pub name: String,
    /// Byte offset of the name.
    pub name_offset: usize,
    /// Arguments in the order written.
    pub args: Vec<Arg>,
    /// The body between `%}` and `{% end %}`, for calls with a body.
    pub body: Option<Range<usize>>,
    /// The whole call, from `{{`/`{%` to the closing `}}`/`{% end %}`.
    pub range: Range<usize>,
}

/// What the scanner found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    /// A call to render.
    Call(Call),
    /// An escaped call, to print as this text.
    Literal {
        /// What it replaces.
        range: Range<usize>,
        /// What to print.
        text: String,
    },
}

impl Piece {
    /// The text it replaces.
    pub(crate) fn range(&self) -> &Range<usize> {
        match self {
            Piece::Call(c) => &c.range,
            Piece::Literal { range, .. } => range,
        }
    }
}

/// A syntax error at a byte offset.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    /// Where.
    pub offset: usize,
    /// What (the whole message).
    pub message: String,
    /// What to do.
    pub hint: String,
}

/// How a call is written, the hint of most syntax errors.
fn syntax_hint() -> String {
    t!("shortcode-syntax-hint")
}

/// The error of an escaped call that is never closed.
fn escape_unclosed(open: &str, close: &str) -> String {
    t!("shortcode-escape-unclosed", open = open, close = close)
}

/// Finds every shortcode call and escaped call outside `skip`.
pub(crate) fn scan(text: &str, skip: &[Range<usize>]) -> (Vec<Piece>, Vec<SyntaxError>) {
    let mut pieces = Vec::new();
    let mut errors = Vec::new();
    let mut i = 0;
    while let Some(found) = text[i..].find('{') {
        let at = i + found;
        if let Some(r) = skip.iter().find(|r| r.contains(&at)) {
            i = r.end.max(at + 1);
            continue;
        }
        let rest = &text[at..];
        let block = rest.starts_with("{%");
        if !block && !rest.starts_with("{{") {
            i = at + 1;
            continue;
        }
        let (open_escape, close_escape, close) = if block {
            ("{%/*", "*/%}", "%}")
        } else {
            ("{{/*", "*/}}", "}}")
        };
        if rest.starts_with(open_escape) {
            match rest.find(close_escape) {
                Some(end) => {
                    let inner = &rest[open_escape.len()..end];
                    let text = format!("{}{inner}{close}", &open_escape[..2]);
                    pieces.push(Piece::Literal {
                        range: at..at + end + close_escape.len(),
                        text,
                    });
                    i = at + end + close_escape.len();
                }
                None => {
                    errors.push(SyntaxError {
                        offset: at,
                        message: escape_unclosed(open_escape, close_escape),
                        hint: t!("shortcode-escape-unclosed.hint"),
                    });
                    i = at + 2;
                }
            }
            continue;
        }
        match call_at(text, at, block, skip) {
            Ok(Some(call)) => {
                i = call.range.end;
                pieces.push(Piece::Call(call));
            }
            Ok(None) => i = at + 2,
            Err(e) => {
                errors.push(e);
                i = at + 2;
            }
        }
    }
    (pieces, errors)
}

/// A call starting at `at`, `None` when the braces do not open one.
fn call_at(
    text: &str,
    at: usize,
    block: bool,
    skip: &[Range<usize>],
) -> Result<Option<Call>, SyntaxError> {
    let mut p = Cursor { text, pos: at + 2 };
    p.spaces();
    let name_offset = p.pos;
    let name = p.ident();
    if name.is_empty() {
        return Ok(None);
    }
    p.spaces();
    if !p.eat("(") {
        if block && name == "end" && p.eat("%}") {
            return Err(SyntaxError {
                offset: at,
                message: t!("shortcode-end-alone"),
                hint: syntax_hint(),
            });
        }
        return Ok(None);
    }
    let args = p.args()?;
    p.spaces();
    let close = if block { "%}" } else { "}}" };
    if !p.eat(close) {
        let other = if block { "}}" } else { "%}" };
        let message = if p.rest().starts_with(other) {
            let (n, o, c) = (name, &text[at..at + 2], other);
            t!("shortcode-mismatched-close", name = n, open = o, close = c)
        } else {
            t!("shortcode-expected-close", name = name, close = close)
        };
        return Err(SyntaxError {
            offset: p.pos,
            message,
            hint: syntax_hint(),
        });
    }
    let (body, end) = if block {
        let body_start = p.pos;
        match find_end(text, body_start, skip) {
            Some((body_end, after)) => (Some(body_start..body_end), after),
            None => {
                return Err(SyntaxError {
                    offset: at,
                    message: t!("shortcode-body-unclosed", name = name),
                    hint: t!("shortcode-body-unclosed.hint"),
                });
            }
        }
    } else {
        (None, p.pos)
    };
    Ok(Some(Call {
        name: name.to_string(),
        name_offset,
        args,
        body,
        range: at..end,
    }))
}

/// The next `{% end %}` outside `skip`: (where it starts, where it ends).
fn find_end(text: &str, from: usize, skip: &[Range<usize>]) -> Option<(usize, usize)> {
    let mut i = from;
    while let Some(found) = text[i..].find("{%") {
        let at = i + found;
        if let Some(r) = skip.iter().find(|r| r.contains(&at)) {
            i = r.end.max(at + 1);
            continue;
        }
        let mut p = Cursor { text, pos: at + 2 };
        p.spaces();
        if p.ident() == "end" {
            p.spaces();
            if p.eat("%}") {
                return Some((at, p.pos));
            }
        }
        i = at + 2;
    }
    None
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn spaces(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    fn ident(&mut self) -> &'a str {
        let rest = self.rest();
        let len = rest
            .char_indices()
            .take_while(|&(i, c)| {
                c == '_' || c.is_ascii_alphabetic() || (i > 0 && c.is_ascii_digit())
            })
            .count();
        self.pos += len;
        &rest[..len]
    }

    fn error(&self, message: String) -> SyntaxError {
        SyntaxError {
            offset: self.pos,
            message,
            hint: syntax_hint(),
        }
    }

    /// `key=value, …)` after the opening parenthesis.
    fn args(&mut self) -> Result<Vec<Arg>, SyntaxError> {
        let mut args: Vec<Arg> = Vec::new();
        loop {
            self.spaces();
            if self.eat(")") {
                return Ok(args);
            }
            let offset = self.pos;
            let name = self.ident();
            if name.is_empty() {
                return Err(self.error(t!("shortcode-expected-arg-name")));
            }
            if args.iter().any(|a| a.name == name) {
                return Err(SyntaxError {
                    offset,
                    message: t!("shortcode-arg-twice", name = name),
                    hint: syntax_hint(),
                });
            }
            self.spaces();
            if !self.eat("=") {
                return Err(self.error(t!("shortcode-expected-equals", name = name)));
            }
            self.spaces();
            let value = self.value()?;
            args.push(Arg {
                name: name.to_string(),
                value,
                offset,
            });
            self.spaces();
            if self.eat(",") {
                continue;
            }
            if self.eat(")") {
                return Ok(args);
            }
            return Err(self.error(t!("shortcode-expected-comma")));
        }
    }

    fn value(&mut self) -> Result<ArgValue, SyntaxError> {
        let rest = self.rest();
        let Some(first) = rest.chars().next() else {
            return Err(self.error(t!("shortcode-ends-in-arg")));
        };
        match first {
            '"' | '\'' => self.string(first).map(ArgValue::Str),
            '“' | '”' | '‘' | '’' => Err(SyntaxError {
                offset: self.pos,
                message: t!("shortcode-curly-quote", quote = first),
                hint: t!("shortcode-curly-quote.hint"),
            }),
            '[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.spaces();
                    if self.eat("]") {
                        return Ok(ArgValue::List(items));
                    }
                    items.push(self.value()?);
                    self.spaces();
                    if !self.eat(",") && !self.rest().starts_with(']') {
                        return Err(self.error(t!("shortcode-list-expected-comma")));
                    }
                }
            }
            _ => {
                let len = rest
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '+' || c == '_')
                    })
                    .unwrap_or(rest.len());
                let word = &rest[..len];
                let value = match word {
                    "true" => ArgValue::Bool(true),
                    "false" => ArgValue::Bool(false),
                    _ => match word.parse::<i64>() {
                        Ok(i) => ArgValue::Int(i),
                        Err(_) => match word.parse::<f64>() {
                            Ok(f) if f.is_finite() => ArgValue::Float(f),
                            _ => {
                                let shown = if word.is_empty() {
                                    first.to_string()
                                } else {
                                    word.to_string()
                                };
                                let message =
                                    t!("shortcode-not-a-value", word = shown, text = word);
                                return Err(self.error(message));
                            }
                        },
                    },
                };
                self.pos += len;
                Ok(value)
            }
        }
    }

    fn string(&mut self, quote: char) -> Result<String, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some((_, n @ ('"' | '\'' | '\\'))) => out.push(n),
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, other)) => {
                        out.push('\\');
                        out.push(other);
                    }
                    None => break,
                },
                c if c == quote => {
                    self.pos += i + 1;
                    return Ok(out);
                }
                c => out.push(c),
            }
        }
        self.pos = start;
        Err(self.error(t!("shortcode-text-unclosed", quote = quote)))
    }
}
