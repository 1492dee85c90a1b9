//! Aliases: a small HTML redirect page at each old URL, and the same rules as real
//! 301s in `_redirects` for Netlify (after any `_redirects` the site ships itself).

use crate::error::Result;
use crate::output::{Sink, file_for_path, normalise_alias};
use crate::site::Site;

/// Writes every alias page and `_redirects`.
pub(crate) fn write(site: &Site, sink: &dyn Sink) -> Result<()> {
    let mut rules = String::new();
    if let Some(existing) = crate::site::assets::own_text(site, "_redirects") {
        rules.push_str(&existing);
        if !rules.ends_with('\n') {
            rules.push('\n');
        }
    }
    for page in &site.model.library.pages {
        for alias in &page.meta.aliases {
            let Some(from) = normalise_alias(alias) else {
                continue;
            };
            let to = &page.path;
            sink.write(
                &file_for_path(&from),
                redirect_page(&site.model.config.permalink(to)).into_bytes(),
            )?;
            // `_redirects` separates fields with spaces.
            let from = from.replace(' ', "%20");
            rules.push_str(&format!("{from} {to} 301\n"));
        }
    }
    if !rules.is_empty() {
        sink.write("_redirects", rules.into_bytes())?;
    }
    Ok(())
}

/// A page that sends browsers and crawlers to `target`.
pub(crate) fn redirect_page(target: &str) -> String {
    let t = crate::text::escape::html(target);
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{t}</title>\
<link rel=\"canonical\" href=\"{t}\"><meta name=\"robots\" content=\"noindex\">\
<meta http-equiv=\"refresh\" content=\"0; url={t}\"></head>\
<body><a href=\"{t}\">{t}</a></body></html>\n"
    )
}
