//! `deploy/Caddyfile`: the site served by Caddy (which gets and renews its HTTPS
//! certificate itself) with loa's header rules, one matcher per rule.

use super::{GLOBAL, RULES};

/// The Caddyfile for `host`, serving the folder `root` (the output).
pub(crate) fn caddyfile(host: &str, root: &str) -> String {
    let mut text = format!(
        r#"# Caddy: serves the loa site {host} from {root} (written by loa {version}).
# Set `root` to where the output is uploaded, then `caddy validate` and
# `systemctl reload caddy`. Caddy gets the HTTPS certificate for {host} itself.

{host} {{
	root * {root}
	encode gzip
	file_server
	handle_errors {{
		@missing expression {{err.status_code}} == 404
		rewrite @missing /404.html
		file_server
	}}

	# {why}
	header {{
"#,
        version = env!("CARGO_PKG_VERSION"),
        why = GLOBAL.why
    );
    for (name, value) in GLOBAL.all_headers() {
        text.push_str(&format!("\t\t{name} \"{value}\"\n"));
    }
    text.push_str("\t}\n");
    for (i, rule) in RULES.iter().enumerate() {
        let name = format!("rule{i}");
        text.push_str(&format!(
            "\n\t# {} ({})\n\t@{name} path_regexp (?i){}\n\theader @{name} {{\n",
            rule.why,
            rule.pattern,
            rule.regex()
        ));
        for (header, value) in rule.all_headers() {
            text.push_str(&format!("\t\t{header} \"{value}\"\n"));
        }
        text.push_str("\t}\n");
    }
    text.push_str("}\n");
    text
}
