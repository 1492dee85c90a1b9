//! `deploy/nginx.conf`: a `server` block serving the output with loa's header
//! rules. nginx picks one `location` per request and an `add_header` inside a
//! location drops the server's, so every location repeats the global headers.

use super::{GLOBAL, RULES};

/// The server block for `host`, serving the folder `root` (the output).
pub(crate) fn nginx_conf(host: &str, root: &str) -> String {
    let mut text = format!(
        r#"# nginx: serves the loa site {host} from {root} (written by loa {version}).
# Put this file in /etc/nginx/conf.d/ (or include it from the http block), set
# `root` to where the output is uploaded, then `nginx -t && systemctl reload nginx`.
# For HTTPS, add certificates (certbot --nginx) or put the site behind a proxy.

server {{
    listen 80;
    listen [::]:80;
    server_name {host};
    root {root};
    index index.html;
    charset utf-8;
    charset_types text/css text/xml text/plain application/javascript application/json image/svg+xml;
    error_page 404 /404.html;

    gzip on;
    gzip_types text/css application/javascript application/json application/xml
        application/rss+xml application/atom+xml application/feed+json image/svg+xml;
"#,
        version = env!("CARGO_PKG_VERSION")
    );
    text.push_str(&format!("\n    # {}\n    location / {{\n", GLOBAL.why));
    text.push_str("        try_files $uri $uri/ =404;\n");
    push_headers(&mut text, &GLOBAL.all_headers());
    text.push_str("    }\n");
    for rule in RULES {
        text.push_str(&format!(
            "\n    # {} ({})\n    location ~* \"{}\" {{\n",
            rule.why,
            rule.pattern,
            rule.regex()
        ));
        if let Some(t) = rule.content_type {
            text.push_str(&format!(
                "        types {{ }}\n        default_type \"{t}\";\n"
            ));
        }
        let mut headers = GLOBAL.all_headers();
        headers.extend(rule.headers.iter().copied());
        push_headers(&mut text, &headers);
        text.push_str("    }\n");
    }
    text.push_str("}\n");
    text
}

fn push_headers(text: &mut String, headers: &[(&str, &str)]) {
    for (name, value) in headers {
        text.push_str(&format!("        add_header {name} \"{value}\" always;\n"));
    }
}
