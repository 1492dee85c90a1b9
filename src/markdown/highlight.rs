//! Syntax highlighting of fenced code with syntect: CSS classes (prefixed `hl-`),
//! never inline styles, so a light and a dark stylesheet can colour the same HTML.
//!
//! The info string of a fence takes options after the language, separated by
//! commas: ```` ```rust,linenos,hl_lines=2-3 5,linenostart=10 ````. Each line is
//! wrapped in `<span class="line">` (with `hl` when highlighted); line numbers are
//! drawn by CSS from `data-ln`, so copying the code never copies them.
//!
//! syntect's syntax and theme sets are loaded once, on first use, for the whole
//! process.

use std::fmt::Write as _;
use std::sync::LazyLock;

use syntect::highlighting::ThemeSet;
use syntect::html::{ClassStyle, css_for_theme_with_class_style, line_tokens_to_classed_spans};
use syntect::parsing::{ParseState, ScopeStack, SyntaxSet};
use syntect::util::LinesWithEndings;

use crate::text::escape::html as escape;

/// Class prefix of every highlighted token.
const STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// The light theme's name in syntect's default set.
const LIGHT: &str = "InspiredGitHub";
/// The dark theme's name in syntect's default set.
const DARK: &str = "base16-ocean.dark";

static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// A fence's info string, parsed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct FenceInfo {
    /// The language token (`rust`, `yaml`), empty when none.
    pub lang: String,
    /// Show line numbers.
    pub linenos: bool,
    /// The first line's number.
    pub linenostart: usize,
    /// 1-based lines (of the block) to highlight, as inclusive ranges.
    pub hl_lines: Vec<(usize, usize)>,
}

/// Parses an info string. Unknown options are ignored (other tools put their own
/// words there); a malformed value of a known option is an error (its whole message).
pub(crate) fn parse_info(info: &str) -> Result<FenceInfo, String> {
    let mut parts = info.split(',').map(str::trim);
    let mut out = FenceInfo {
        lang: parts
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string(),
        linenostart: 1,
        ..FenceInfo::default()
    };
    for part in parts {
        let (key, value) = match part.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v.trim())),
            None => (part, None),
        };
        match (key, value) {
            ("linenos", None) => out.linenos = true,
            ("linenostart", Some(v)) => {
                out.linenostart = v
                    .parse()
                    .map_err(|_| t!("code-linenostart-not-number", value = v))?;
                out.linenos = true;
            }
            ("hl_lines", Some(v)) => out.hl_lines = parse_ranges(v)?,
            ("linenostart" | "hl_lines", None) => {
                return Err(t!("code-option-needs-value", option = key));
            }
            _ => {}
        }
    }
    Ok(out)
}

/// `2-3 5` → [(2, 3), (5, 5)].
fn parse_ranges(text: &str) -> Result<Vec<(usize, usize)>, String> {
    let bad = || t!("code-hl-lines-bad", value = text);
    text.split_whitespace()
        .map(|item| {
            let (a, b) = item.split_once('-').unwrap_or((item, item));
            let a: usize = a.parse().map_err(|_| bad())?;
            let b: usize = b.parse().map_err(|_| bad())?;
            if a == 0 || b < a {
                Err(bad())
            } else {
                Ok((a, b))
            }
        })
        .collect()
}

/// Renders a fenced block's code as HTML (`<pre>` included).
pub(crate) fn render(code: &str, info: &FenceInfo) -> String {
    let syntax = if info.lang.is_empty() {
        None
    } else {
        SYNTAXES.find_syntax_by_token(&info.lang)
    };
    let mut html = String::with_capacity(code.len() * 2 + 64);
    let mut pre_class = String::from("hl-code");
    if info.linenos {
        pre_class.push_str(" linenos");
    }
    let _ = write!(html, "<pre class=\"{pre_class}\"");
    if !info.lang.is_empty() {
        let _ = write!(html, " data-lang=\"{}\"", escape(&info.lang));
    }
    html.push_str("><code");
    if !info.lang.is_empty() {
        let _ = write!(html, " class=\"language-{}\"", escape(&info.lang));
    }
    html.push('>');
    let mut state = syntax.map(|s| (ParseState::new(s), ScopeStack::new()));
    for (i, line) in LinesWithEndings::from(code).enumerate() {
        let number = i + 1;
        let lit = info
            .hl_lines
            .iter()
            .any(|&(a, b)| (a..=b).contains(&number));
        html.push_str(if lit {
            "<span class=\"line hl\""
        } else {
            "<span class=\"line\""
        });
        if info.linenos {
            let _ = write!(html, " data-ln=\"{}\"", info.linenostart + i);
        }
        html.push('>');
        match &mut state {
            Some((parse, stack)) => highlight_line(line, parse, stack, &mut html),
            None => html.push_str(&crate::text::escape::html(line)),
        }
        html.push_str("</span>");
    }
    html.push_str("</code></pre>\n");
    html
}

/// One line's tokens: the spans still open from earlier lines are reopened first
/// and closed at the end, so every `.line` holds balanced HTML.
fn highlight_line(line: &str, parse: &mut ParseState, stack: &mut ScopeStack, html: &mut String) {
    let open_before: Vec<String> = stack
        .as_slice()
        .iter()
        .map(|scope| {
            let classes: Vec<String> = scope
                .build_string()
                .split('.')
                .map(|atom| format!("hl-{atom}"))
                .collect();
            classes.join(" ")
        })
        .collect();
    let ops = match parse.parse_line(line, &SYNTAXES) {
        Ok(ops) => ops,
        Err(_) => {
            html.push_str(&crate::text::escape::html(line));
            return;
        }
    };
    for classes in &open_before {
        let _ = write!(html, "<span class=\"{classes}\">");
    }
    match line_tokens_to_classed_spans(line, &ops, STYLE, stack) {
        Ok((spans, _)) => html.push_str(&spans),
        Err(_) => html.push_str(&crate::text::escape::html(line)),
    }
    for _ in 0..stack.as_slice().len() {
        html.push_str("</span>");
    }
}

/// The light stylesheet (`/css/syntax-light.css`).
pub(crate) fn light_css() -> &'static str {
    &STYLESHEETS.0
}

/// The dark stylesheet (`/css/syntax-dark.css`).
pub(crate) fn dark_css() -> &'static str {
    &STYLESHEETS.1
}

/// Both: light by default, dark when the reader's system asks for it
/// (`/css/syntax.css`).
pub(crate) fn combined_css() -> &'static str {
    &STYLESHEETS.2
}

static STYLESHEETS: LazyLock<(String, String, String)> = LazyLock::new(|| {
    let themes = ThemeSet::load_defaults();
    let css = |name: &str| {
        themes
            .themes
            .get(name)
            .and_then(|t| css_for_theme_with_class_style(t, STYLE).ok())
            .unwrap_or_default()
    };
    let lines = ".hl-code .line{display:block}\n.hl-code .line.hl{background:rgba(255,200,0,.22)}\n\
                 .hl-code.linenos .line::before{content:attr(data-ln);display:inline-block;width:2.5em;\
                 margin-right:1em;text-align:right;opacity:.55;user-select:none}\n\
                 pre.hl-code{padding:.75em 1em;overflow-x:auto}\n";
    let light = format!("{}\n{lines}", css(LIGHT));
    let dark_rules = css(DARK);
    let dark =
        format!("{dark_rules}\n{lines}.hl-code .line.hl{{background:rgba(255,255,255,.12)}}\n");
    let combined = format!(
        "{light}\n@media (prefers-color-scheme: dark) {{\n{dark_rules}\n.hl-code .line.hl{{background:rgba(255,255,255,.12)}}\n}}\n"
    );
    (light, dark, combined)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_options_after_the_language() {
        let info = parse_info("rust,linenos,hl_lines=2-3 5").unwrap();
        assert_eq!(info.lang, "rust");
        assert!(info.linenos);
        assert_eq!(info.hl_lines, vec![(2, 3), (5, 5)]);
        assert_eq!(parse_info("yaml").unwrap().linenostart, 1);
        assert_eq!(parse_info("rust,ignore").unwrap().lang, "rust");
        assert!(
            parse_info("rust,hl_lines=x")
                .unwrap_err()
                .contains("hl_lines=x")
        );
        assert!(parse_info("rust,hl_lines=3-1").is_err());
        assert!(parse_info("rust,linenostart=a").is_err());
    }

    #[test]
    fn highlights_with_classes_and_balanced_lines() {
        let code = "/* a\nb */\nfn main() { let x = \"<đ>\"; }\n";
        let html = render(code, &parse_info("rust,linenos,hl_lines=2").unwrap());
        assert!(html.starts_with(
            "<pre class=\"hl-code linenos\" data-lang=\"rust\"><code class=\"language-rust\">"
        ));
        assert!(!html.contains("style="), "{html}");
        assert!(html.contains("hl-keyword"), "{html}");
        assert!(html.contains("&lt;đ&gt;"));
        assert_eq!(html.matches("<span class=\"line").count(), 3);
        assert!(html.contains("<span class=\"line hl\" data-ln=\"2\">"));
        // The comment spans two lines: each line closes what it opened.
        for line in html.split("<span class=\"line").skip(1) {
            let body = &line[..line.rfind("</span>").unwrap()];
            assert_eq!(
                body.matches("<span").count(),
                body.matches("</span>").count(),
                "{line}"
            );
        }
    }

    #[test]
    fn unknown_language_is_escaped_plain_text() {
        let html = render("<b>\n", &parse_info("khong-co").unwrap());
        assert!(
            html.contains("<span class=\"line\">&lt;b&gt;\n</span>"),
            "{html}"
        );
    }

    #[test]
    fn stylesheets_have_light_and_dark_rules() {
        assert!(light_css().contains(".hl-code"));
        assert!(dark_css().contains(".hl-code"));
        assert!(combined_css().contains("prefers-color-scheme: dark"));
        assert_ne!(light_css(), dark_css());
    }
}
