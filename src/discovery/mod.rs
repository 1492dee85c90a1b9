//! Discovery by search engines and schedulers: sitemaps ([`sitemap`]), the
//! `robots.txt` that points at them, and `loa-schedule.json` ([`schedule`]).

pub mod schedule;
pub mod sitemap;

use std::path::Path;

use crate::error::Result;
use crate::model::Model;
use crate::output::write_under;

/// Writes the sitemaps, `robots.txt` (unless the site ships its own) and the
/// schedule file into `dir`; returns how many files.
pub fn write(model: &Model, dir: &Path) -> Result<usize> {
    let base = &model.config.base_url;
    let mut files = sitemap::files(&sitemap::urls(model), sitemap::MAX_URLS, base);
    files.push(("news-sitemap.xml".into(), sitemap::news(model)));
    files.push((
        schedule::FILE.into(),
        schedule::file(model, &schedule::upcoming(model)),
    ));
    if !dir.join("robots.txt").exists() {
        files.push(("robots.txt".into(), robots(base)));
    }
    for (name, text) in &files {
        write_under(dir, name, text.as_bytes())?;
    }
    Ok(files.len())
}

/// `robots.txt`: everything may be crawled; where the sitemaps are.
pub fn robots(base_url: &str) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\nSitemap: {base_url}/news-sitemap.xml\n"
    )
}
