//! Discovery by search engines and schedulers: sitemaps ([`sitemap`]), the
//! `robots.txt` that points at them, and `loa-schedule.json` ([`schedule`]).

pub(crate) mod schedule;
pub(crate) mod sitemap;

use crate::error::Result;
use crate::model::Model;
use crate::output::Sink;

/// Writes the sitemaps, `robots.txt` (unless the site ships its own) and the
/// schedule file into `sink`; returns how many files.
pub(crate) fn write(model: &Model, sink: &dyn Sink) -> Result<usize> {
    let base = &model.config.base_url;
    let mut files = sitemap::files(&sitemap::urls(model), sitemap::MAX_URLS, base);
    files.push(("news-sitemap.xml".into(), sitemap::news(model)));
    files.push((
        schedule::FILE.into(),
        schedule::file(model, &schedule::upcoming(model)),
    ));
    if model.files.get("robots.txt").is_none() {
        files.push(("robots.txt".into(), robots(base)));
    }
    let count = files.len();
    for (name, text) in files {
        sink.write(&name, text.into_bytes())?;
    }
    Ok(count)
}

/// `robots.txt`: everything may be crawled; where the sitemaps are.
pub(crate) fn robots(base_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\nSitemap: {base_url}/news-sitemap.xml\n"
    )
}
