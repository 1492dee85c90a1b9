//! Site paths: the file a page's path is written to, and an editor's alias made safe.

/// Turns an alias written by an editor into a safe site path: percent-decoded, NFC,
/// no `..`, no backslashes; `/old/` and `/old/page.html` keep their form. `None` when
/// nothing safe remains.
pub fn normalise_alias(alias: &str) -> Option<String> {
    // Decode until nothing changes, so `%252e%252e` cannot become `..` one decoding
    // later (in a server, or when the result is normalised again).
    let mut decoded = crate::text::url::decode(alias.trim());
    for _ in 0..4 {
        let again = crate::text::url::decode(&decoded);
        if again == decoded {
            break;
        }
        decoded = again;
    }
    if crate::text::url::decode(&decoded) != decoded {
        return None;
    }
    let decoded = crate::text::nfc::to_nfc(&decoded).into_owned();
    let without_origin = match decoded.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p).to_string(),
        None => decoded,
    };
    let without_query = without_origin.split(['?', '#']).next().unwrap_or_default();
    let mut parts = Vec::new();
    for part in without_query.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == ".."
            || part.contains('\\')
            || part.chars().any(char::is_control)
            || part.contains(':')
        {
            return None;
        }
        parts.push(part);
    }
    if parts.is_empty() {
        return None;
    }
    let joined = parts.join("/");
    if joined.ends_with(".html") || joined.ends_with(".htm") {
        Some(format!("/{joined}"))
    } else {
        Some(format!("/{joined}/"))
    }
}

/// The file a site path is written to: `/a/b/` → `a/b/index.html`.
pub fn file_for_path(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    if trimmed.is_empty() {
        "index.html".into()
    } else if trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else if trimmed.ends_with(".html") || trimmed.ends_with(".htm") {
        trimmed.to_string()
    } else {
        format!("{trimmed}/index.html")
    }
}

/// The two output files a root-relative link can name, decoded: the path itself and
/// the `index.html` of the folder it names (`/a/` → `/a/index.html`, `/` →
/// `/index.html`); `None` when there is nothing to check (an empty path, `//host/…`).
pub(crate) fn link_files(target: &str) -> Option<(String, String)> {
    let path = target.split(['#', '?']).next().unwrap_or_default();
    if path.is_empty() || path.starts_with("//") {
        return None;
    }
    let decoded = crate::text::url::decode(path);
    let index = format!("{}/index.html", decoded.trim_end_matches('/'));
    Some((decoded, index))
}
