//! Serving the output: the HTTP header rules — content types and CORS for feeds
//! and embeds, which pages other sites may frame, cache lifetimes, security
//! headers — defined once here and written for each kind of host: `_headers` in
//! every build's output (Netlify, and Cloudflare Pages, read it), and
//! `deploy/nginx.conf` and `deploy/Caddyfile` for a server of one's own, which
//! `loa init` writes beside the site.
//!
//! Hosts differ in how rules combine: Netlify and Cloudflare apply every rule
//! whose path matches and join a header set twice, nginx picks one `location`.
//! So no header is set by two rules that can match one path (a test checks it
//! over a whole site's output), and each server block carries the global
//! headers beside its own.

mod caddy;
mod netlify;
mod nginx;

pub(crate) use caddy::caddyfile;
pub(crate) use netlify::{NETLIFY_BUILD, SCHEDULED_REBUILD, headers_file, netlify_toml};
pub(crate) use nginx::nginx_conf;

/// One header rule: a path pattern in Netlify's syntax (`*` matches anything,
/// `/` included) and the headers it sets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    /// The paths it applies to.
    pub pattern: &'static str,
    /// Why the rule exists, written above it in every generated file.
    pub why: &'static str,
    /// The MIME type it serves, when the host's own guess is wrong.
    pub content_type: Option<&'static str>,
    /// Every other header.
    pub headers: &'static [(&'static str, &'static str)],
}

/// Headers every response carries.
pub(crate) const GLOBAL: Rule = Rule {
    pattern: "/*",
    why: "Every page: framed only by the site itself, no MIME sniffing, no full URLs to other sites.",
    content_type: None,
    headers: &[
        ("X-Frame-Options", "SAMEORIGIN"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ],
};

const FEED: &[(&str, &str)] = &[
    ("Access-Control-Allow-Origin", "*"),
    ("Cache-Control", "public, max-age=300"),
];
const EMBED: &[(&str, &str)] = &[
    // Browsers ignore X-Frame-Options when a CSP frame-ancestors directive is
    // present, so these may be framed anywhere.
    ("Content-Security-Policy", "frame-ancestors *"),
    ("Access-Control-Allow-Origin", "*"),
    ("Cache-Control", "public, max-age=600"),
];
const HOUR: &[(&str, &str)] = &[
    ("Access-Control-Allow-Origin", "*"),
    ("Cache-Control", "public, max-age=3600"),
];

/// The rules beside [`GLOBAL`]; no path matches two of them.
pub(crate) const RULES: &[Rule] = &[
    Rule {
        // As Netlify reads it, `/embed/*` also matches `/embed.js`, the script
        // newsrooms put on their pages: one rule serves both.
        pattern: "/embed/*",
        why: "Headline lists for other newsrooms' iframes, and /embed.js: framed and loaded by any site.",
        content_type: None,
        headers: EMBED,
    },
    Rule {
        pattern: "/*/embed.html",
        why: "An article's card, the target of its oEmbed iframe: framed by any site.",
        content_type: None,
        headers: EMBED,
    },
    Rule {
        pattern: "/*/rss.xml",
        why: "RSS feeds: readable by scripts on other sites, short lifetimes.",
        content_type: Some("application/rss+xml; charset=utf-8"),
        headers: FEED,
    },
    Rule {
        pattern: "/*/atom.xml",
        why: "Atom feeds.",
        content_type: Some("application/atom+xml; charset=utf-8"),
        headers: FEED,
    },
    Rule {
        pattern: "/*/feed.json",
        why: "JSON feeds.",
        content_type: Some("application/feed+json; charset=utf-8"),
        headers: FEED,
    },
    Rule {
        pattern: "/*/oembed.json",
        why: "oEmbed answers for newsrooms' editors.",
        content_type: Some("application/json+oembed; charset=utf-8"),
        headers: HOUR,
    },
    Rule {
        pattern: "/sitemap.xml",
        why: "Sitemaps for search engines.",
        content_type: Some("application/xml; charset=utf-8"),
        headers: &[("Cache-Control", "public, max-age=300")],
    },
    Rule {
        pattern: "/sitemap-*.xml",
        why: "The parts of a sitemap of more than 50,000 addresses.",
        content_type: Some("application/xml; charset=utf-8"),
        headers: &[("Cache-Control", "public, max-age=300")],
    },
    Rule {
        pattern: "/news-sitemap.xml",
        why: "The Google News sitemap: the last two days of news.",
        content_type: Some("application/xml; charset=utf-8"),
        headers: &[("Cache-Control", "public, max-age=300")],
    },
    Rule {
        pattern: "/loa-schedule.json",
        why: "When the output next changes: read by the scheduled rebuild, never cached.",
        content_type: Some("application/json; charset=utf-8"),
        headers: &[("Cache-Control", "no-cache")],
    },
    Rule {
        // Also `/search.js`, as Netlify reads the pattern.
        pattern: "/search/*",
        why: "The search index and its script: made anew by every build.",
        content_type: None,
        headers: &[("Cache-Control", "public, max-age=300")],
    },
];

impl Rule {
    /// Every header of the rule, the content type first.
    pub(crate) fn all_headers(&self) -> Vec<(&'static str, &'static str)> {
        self.content_type
            .map(|t| ("Content-Type", t))
            .into_iter()
            .chain(self.headers.iter().copied())
            .collect()
    }

    /// The rule as a regular expression over request paths, as Netlify reads its
    /// patterns: `*` alone in a segment matches any rest of the path, empty
    /// included; inside a segment it matches anything; a trailing `/` is optional.
    pub(crate) fn regex(&self) -> String {
        let parts: Vec<String> = self
            .pattern
            .split('/')
            .filter(|p| !p.is_empty())
            .map(|part| {
                if part == "*" {
                    "?(.*)".to_string()
                } else {
                    part.split('*')
                        .map(regex_escape)
                        .collect::<Vec<_>>()
                        .join("(.*)")
                }
            })
            .collect();
        format!("^/{}/?$", parts.join("/"))
    }
}

fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The host name of a base URL (`https://example.org/x` → `example.org`).
pub(crate) fn host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.rsplit_once('@').map_or(host, |(_, h)| h)
}

#[cfg(test)]
mod tests;
