//! The catalogues are whole: both parse, both have the same messages, every message the
//! code names exists with the arguments it is given, and nothing is left unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use unicode_normalization::UnicodeNormalization;

use super::*;

/// id (or `id.attribute`) → the variables its text uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(name: &str, source: &str) -> Catalogue {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    };
    let mut out = Catalogue::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if let Some(value) = &m.value {
                out.insert(id.clone(), variables(value));
            }
            for a in &m.attributes {
                out.insert(format!("{id}.{}", a.id.name), variables(&a.value));
            }
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    fn expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Inline(i) => inline(i, out),
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect(&v.value, out);
                }
            }
        }
    }
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression: e } => expression(e, out),
            _ => {}
        }
    }
    fn collect(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression: e } = element {
                expression(e, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    collect(pattern, &mut out);
    out
}

/// A use of `t!` in the code: the file, the id and the argument names.
#[derive(Debug)]
struct Use {
    file: String,
    id: String,
    args: BTreeSet<String>,
}

/// Every `t!("id", name = value, ...)` in `src/`.
fn uses() -> Vec<Use> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("walk src");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let file = entry
            .path()
            .strip_prefix(&src)
            .expect("below src")
            .display()
            .to_string();
        if file.starts_with("messages") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("read source");
        let mut rest = text.as_str();
        while let Some(at) = rest.find("t!(") {
            let line_start = rest[..at].rfind('\n').map_or(0, |i| i + 1);
            let in_comment = rest[line_start..at].contains("//");
            let before = rest[..at].chars().next_back();
            rest = &rest[at + 3..];
            // rustfmt may put the id on the next line.
            let Some(after) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            rest = after;
            if in_comment || before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(end) = rest.find('"') else { break };
            let id = rest[..end].to_string();
            let args = arguments(&rest[end + 1..]);
            out.push(Use {
                file: file.clone(),
                id,
                args,
            });
        }
    }
    out
}

/// The names of `name = value` arguments up to the `)` that closes the call.
fn arguments(after_id: &str) -> BTreeSet<String> {
    let mut depth = 0usize;
    let mut names = BTreeSet::new();
    let mut in_string = false;
    let mut previous = ' ';
    let mut current = String::new();
    for c in after_id.chars() {
        if in_string {
            if c == '"' && previous != '\\' {
                in_string = false;
            }
            previous = if previous == '\\' && c == '\\' {
                ' '
            } else {
                c
            };
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => current.clear(),
            '=' if depth == 0 && previous != '=' && previous != '!' => {
                let name = current.trim().to_string();
                if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    names.insert(name);
                }
                current.clear();
            }
            _ if depth == 0 => current.push(c),
            _ => {}
        }
        previous = c;
    }
    names
}

#[test]
fn both_catalogues_have_the_same_messages() {
    let english = catalogue("en.ftl", ENGLISH);
    let vietnamese = catalogue("vi.ftl", VIETNAMESE);
    let missing: Vec<_> = english
        .keys()
        .filter(|k| !vietnamese.contains_key(*k))
        .collect();
    assert!(
        missing.is_empty(),
        "messages with no Vietnamese text in vi.ftl: {missing:?}"
    );
    let extra: Vec<_> = vietnamese
        .keys()
        .filter(|k| !english.contains_key(*k))
        .collect();
    assert!(
        extra.is_empty(),
        "messages in vi.ftl that en.ftl lacks: {extra:?}"
    );
}

#[test]
fn every_message_the_code_says_exists_with_its_arguments() {
    let catalogues = [
        ("en.ftl", catalogue("en.ftl", ENGLISH)),
        ("vi.ftl", catalogue("vi.ftl", VIETNAMESE)),
    ];
    let mut problems = Vec::new();
    for u in uses() {
        for (name, catalogue) in &catalogues {
            match catalogue.get(&u.id) {
                None => problems.push(format!("{}: `{}` is not in {name}", u.file, u.id)),
                Some(needed) => {
                    for v in needed.difference(&u.args) {
                        problems.push(format!(
                            "{}: `{}` in {name} uses `${v}`, which the code does not pass",
                            u.file, u.id
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_in_the_catalogue_is_used() {
    let used: BTreeSet<String> = uses().into_iter().map(|u| u.id).collect();
    let unused: Vec<_> = catalogue("en.ftl", ENGLISH)
        .into_keys()
        .filter(|k| !used.contains(k))
        .collect();
    assert!(unused.is_empty(), "messages nothing says: {unused:?}");
}

#[test]
fn the_catalogues_are_nfc() {
    for (name, text) in [("en.ftl", ENGLISH), ("vi.ftl", VIETNAMESE)] {
        let nfc: String = text.nfc().collect();
        assert!(nfc == text, "{name} is not in NFC");
    }
}

#[test]
fn a_message_is_said_in_its_language_with_its_numbers() {
    let args = |count: usize| {
        [
            ("count", Arg::from(count)),
            ("page", Arg::from("content/a.md")),
        ]
    };
    let say = |language, count| text_in(language, "repeated-in-pages", &args(count));
    assert_eq!(say(Language::Vi, 1204), "ở 1.204 trang, ví dụ content/a.md");
    assert_eq!(say(Language::En, 1204), "in 1,204 pages, e.g. content/a.md");
    assert_eq!(say(Language::En, 1), "in 1 page, e.g. content/a.md");
    assert_eq!(text("no-such-message", &[]), "no-such-message");
}
