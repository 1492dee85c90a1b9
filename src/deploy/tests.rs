use super::*;

fn rule(pattern: &str) -> &'static Rule {
    RULES.iter().find(|r| r.pattern == pattern).unwrap()
}

fn matches(rule: &Rule, path: &str) -> bool {
    regex::RegexBuilder::new(&rule.regex())
        .case_insensitive(true)
        .build()
        .unwrap()
        .is_match(path)
}

#[test]
fn patterns_become_the_regexes_netlify_makes_of_them() {
    // As @netlify/headers-parser's getForRegExp writes them.
    assert_eq!(rule("/*/rss.xml").regex(), r"^/?(.*)/rss\.xml/?$");
    assert_eq!(rule("/embed/*").regex(), r"^/embed/?(.*)/?$");
    assert_eq!(rule("/sitemap.xml").regex(), r"^/sitemap\.xml/?$");
    assert_eq!(GLOBAL.regex(), r"^/?(.*)/?$");
}

#[test]
fn feed_rules_cover_the_root_and_every_section() {
    let rss = rule("/*/rss.xml");
    for path in [
        "/rss.xml",
        "/tin/rss.xml",
        "/chu-de/thi-dua/rss.xml",
        "/TIN/RSS.XML",
    ] {
        assert!(matches(rss, path), "{path}");
    }
    for path in ["/rss.xml.bak", "/tin/rss-xml", "/rss.xmlx"] {
        assert!(!matches(rss, path), "{path}");
    }
    let embed = rule("/embed/*");
    assert!(matches(embed, "/embed/") && matches(embed, "/embed/tin/"));
    // Netlify's reading of `/embed/*`: the script is covered by the same rule.
    assert!(matches(embed, "/embed.js"));
}

#[test]
fn every_rule_says_why_and_sets_something() {
    for r in std::iter::once(&GLOBAL).chain(RULES) {
        assert!(
            !r.why.is_empty() && !r.all_headers().is_empty(),
            "{}",
            r.pattern
        );
        assert!(r.pattern.starts_with('/'), "{}", r.pattern);
    }
    // Headers a rule may share with the global one would be joined by Netlify.
    for r in RULES {
        for (name, _) in r.all_headers() {
            assert!(
                GLOBAL
                    .headers
                    .iter()
                    .all(|(g, _)| !g.eq_ignore_ascii_case(name)),
                "{} sets {name} again",
                r.pattern
            );
        }
    }
}

#[test]
fn headers_file_keeps_the_site_s_own_rules_first() {
    let text = headers_file(Some("/private/*\n  X-Robots-Tag: noindex"));
    assert!(
        text.starts_with("/private/*\n  X-Robots-Tag: noindex\n"),
        "{text}"
    );
    assert!(text.contains("\n/*/rss.xml\n  Content-Type: application/rss+xml; charset=utf-8\n  Access-Control-Allow-Origin: *\n"), "{text}");
    assert!(
        text.contains("\n/*\n  X-Frame-Options: SAMEORIGIN\n"),
        "{text}"
    );
    assert!(!headers_file(None).contains("X-Robots-Tag"));
}

#[test]
fn nginx_and_caddy_carry_every_rule() {
    let nginx = nginx_conf("example.org", "/var/www/example.org/public");
    let caddy = caddyfile("example.org", "/var/www/example.org/public");
    assert!(nginx.contains("server_name example.org;"));
    assert!(caddy.contains("\nexample.org {\n"));
    for r in RULES {
        assert!(
            nginx.contains(&format!("location ~* \"{}\"", r.regex())),
            "{}",
            r.pattern
        );
        assert!(
            caddy.contains(&format!("path_regexp (?i){}", r.regex())),
            "{}",
            r.pattern
        );
    }
    // Each location repeats the global headers, which nginx would drop otherwise.
    let locations = nginx.matches("location ").count();
    assert_eq!(
        nginx.matches("add_header X-Content-Type-Options").count(),
        locations
    );
}

#[test]
fn host_of_a_base_url() {
    assert_eq!(host("https://example.org"), "example.org");
    assert_eq!(
        host("https://tin.example.org:8443/x/"),
        "tin.example.org:8443"
    );
    assert_eq!(host("http://u@example.org/"), "example.org");
}
