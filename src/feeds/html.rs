//! Absolute URLs inside HTML: feed readers and other newsrooms show our HTML on
//! their own origin, where `/anh.jpg` or `anh.jpg` would point at them. Every
//! `href`, `src`, `poster` and `srcset` is resolved against the page's URL.

/// Attributes that hold one URL.
const URL_ATTRS: &[&str] = &["href", "src", "poster", "cite", "data"];

/// Resolves `url` (as written in HTML) against `page_path`, a site path ending in
/// `/` (`/tin/bai/`), and returns an absolute URL on `base_url` (no trailing `/`).
/// URLs with a scheme (`https:`, `mailto:`, `data:`) are kept.
pub(crate) fn resolve(url: &str, base_url: &str, page_path: &str) -> String {
    let trimmed = url.trim();
    if has_scheme(trimmed) {
        return trimmed.to_string();
    }
    if let Some(rest) = trimmed.strip_prefix("//") {
        let scheme = base_url.split("://").next().unwrap_or("https");
        return format!("{scheme}://{rest}");
    }
    // Split off the query and fragment: they ride along unchanged.
    let cut = trimmed.find(['?', '#']).unwrap_or(trimmed.len());
    let (path, tail) = trimmed.split_at(cut);
    let joined = if path.starts_with('/') {
        path.to_string()
    } else if path.is_empty() {
        page_path.to_string()
    } else {
        let dir = &page_path[..page_path.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{path}")
    };
    let mut s = String::with_capacity(base_url.len() + joined.len() + tail.len());
    s.push_str(base_url);
    s.push_str(&remove_dot_segments(&joined));
    s.push_str(tail);
    s
}

/// `scheme:` as RFC 3986 defines it.
fn has_scheme(url: &str) -> bool {
    let Some(colon) = url.find(':') else {
        return false;
    };
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// RFC 3986 §5.2.4 on a path that starts with `/`; `..` never climbs above the root.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').skip(1).collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing = false;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => trailing = i == last,
            ".." => {
                out.pop();
                trailing = i == last;
            }
            s => {
                out.push(s);
                trailing = false;
            }
        }
    }
    let mut s = String::from("/");
    s.push_str(&out.join("/"));
    if trailing && !s.ends_with('/') {
        s.push('/');
    }
    s
}

/// Rewrites the URL attributes of every tag in `html` to absolute URLs. Text,
/// comments and the contents of `<script>`/`<style>` are left alone.
pub(crate) fn absolutize(html: &str, base_url: &str, page_path: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map_or(html.len(), |e| start + e + 3);
            continue;
        }
        let name_start = start + 1;
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = name_start;
            continue;
        }
        let Some(end) = tag_end(html, name_start) else {
            break;
        };
        let name_end = html[name_start..end]
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .map_or(end, |n| name_start + n);
        let name = html[name_start..name_end].to_ascii_lowercase();
        if let Some(tag) = rewrite_tag(&html[name_end..end], base_url, page_path) {
            out.push_str(&html[copied..name_end]);
            out.push_str(&tag);
            copied = end;
        }
        i = end;
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            i = find_ascii_ci(html, end, &close).unwrap_or(html.len());
        }
    }
    out.push_str(&html[copied..]);
    out
}

/// The index just past the `>` closing a tag whose name starts at `from`,
/// skipping quoted attribute values.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote: Option<u8> = None;
    for (k, &b) in html.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return Some(from + k + 1),
            (None, _) => {}
        }
    }
    None
}

fn find_ascii_ci(html: &str, from: usize, needle: &str) -> Option<usize> {
    let hay = html.as_bytes();
    let n = needle.as_bytes();
    (from..hay.len().saturating_sub(n.len() - 1))
        .find(|&k| hay[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// The attributes part of a tag (from after its name to the closing `>`) with its
/// URLs resolved, or `None` when nothing changed.
fn rewrite_tag(attrs: &str, base_url: &str, page_path: &str) -> Option<String> {
    let mut out = String::with_capacity(attrs.len() + 32);
    let mut changed = false;
    let b = attrs.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i].is_ascii_whitespace() || b[i] == b'/' || b[i] == b'>' {
            i += 1;
            continue;
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = attrs[name_start..i].to_ascii_lowercase();
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j >= b.len() || b[j] != b'=' {
            continue;
        }
        j += 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        let (value_start, value_end, next) = match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = attrs[j + 1..]
                    .find(q as char)
                    .map_or(b.len(), |k| j + 1 + k);
                (j + 1, close, (close + 1).min(b.len()))
            }
            _ => {
                let end = attrs[j..]
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .map_or(b.len(), |k| j + k);
                (j, end, end)
            }
        };
        i = next;
        let value = &attrs[value_start..value_end];
        let new = if URL_ATTRS.contains(&name.as_str()) {
            resolve(value, base_url, page_path)
        } else if name == "srcset" {
            value
                .split(',')
                .map(|candidate| {
                    let candidate = candidate.trim();
                    let (url, descriptor) = candidate
                        .split_once(char::is_whitespace)
                        .unwrap_or((candidate, ""));
                    let url = resolve(url, base_url, page_path);
                    if descriptor.is_empty() {
                        url
                    } else {
                        format!("{url} {}", descriptor.trim())
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            continue;
        };
        if new != value {
            out.push_str(&attrs[copied..value_start]);
            out.push_str(&new);
            copied = value_end;
            changed = true;
        }
    }
    if !changed {
        return None;
    }
    out.push_str(&attrs[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org";

    #[test]
    fn resolves_relative_root_relative_and_keeps_absolute() {
        let page = "/tin/bai-viet/";
        assert_eq!(
            resolve("anh.jpg", BASE, page),
            "https://example.org/tin/bai-viet/anh.jpg"
        );
        assert_eq!(
            resolve("./a/b.png?x=1#y", BASE, page),
            "https://example.org/tin/bai-viet/a/b.png?x=1#y"
        );
        assert_eq!(
            resolve("../khac/", BASE, page),
            "https://example.org/tin/khac/"
        );
        assert_eq!(
            resolve("../../../../x", BASE, page),
            "https://example.org/x"
        );
        assert_eq!(
            resolve("/static/a.jpg", BASE, page),
            "https://example.org/static/a.jpg"
        );
        assert_eq!(
            resolve("#muc-1", BASE, page),
            "https://example.org/tin/bai-viet/#muc-1"
        );
        assert_eq!(
            resolve("https://other.vn/x", BASE, page),
            "https://other.vn/x"
        );
        assert_eq!(resolve("mailto:a@b.vn", BASE, page), "mailto:a@b.vn");
        assert_eq!(resolve("//cdn.vn/a.js", BASE, page), "https://cdn.vn/a.js");
        assert_eq!(
            resolve("a/..", BASE, page),
            "https://example.org/tin/bai-viet/"
        );
    }

    #[test]
    fn rewrites_attributes_in_tags_only() {
        let html = r#"<p>See <a href="/a/">a</a> and <a class=x href='b.html'>b</a> href="/text/"</p><img alt="1 > 0" src=anh.jpg srcset="a.jpg 1x, /b.jpg 2x"><!-- <a href="/c/"> -->"#;
        let out = absolutize(html, BASE, "/p/q/");
        assert_eq!(
            out,
            r#"<p>See <a href="https://example.org/a/">a</a> and <a class=x href='https://example.org/p/q/b.html'>b</a> href="/text/"</p><img alt="1 > 0" src=https://example.org/p/q/anh.jpg srcset="https://example.org/p/q/a.jpg 1x, https://example.org/b.jpg 2x"><!-- <a href="/c/"> -->"#
        );
    }

    #[test]
    fn leaves_scripts_and_broken_markup_alone() {
        let html = "<script>var a = '<a href=\"/x\">';</script><a href=\"/y\">y</a> 1 < 2 <b";
        let out = absolutize(html, BASE, "/");
        assert!(out.starts_with("<script>var a = '<a href=\"/x\">';</script>"));
        assert!(out.contains("<a href=\"https://example.org/y\">y</a> 1 < 2 <b"));
    }
}
