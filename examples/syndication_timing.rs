//! Times the parts of a build that other sites and machines read — feeds, embeds
//! and oEmbed files, sitemaps — on a site, apart from the pages' templates.
//!
//! `cargo run --release --example syndication_timing -- SITE_ROOT [OUT_DIR]`
//! (OUT_DIR defaults to a folder in the temp dir; nothing in it is deleted).

use std::path::PathBuf;
use std::time::Instant;

use loa::content::PublishOptions;
use loa::feeds::entry::Entries;
use loa::render::i18n::I18n;
use loa::site::{LoadOptions, Site};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .ok_or("usage: syndication_timing SITE_ROOT [OUT_DIR]")?,
    );
    let out = args.next().map_or_else(
        || std::env::temp_dir().join("loa-syndication-timing"),
        PathBuf::from,
    );
    let started = Instant::now();
    let site = Site::load(&LoadOptions {
        root: root.clone(),
        base_url: None,
        publish: PublishOptions::default(),
    })?;
    let loaded = started.elapsed();
    let i18n = I18n::load(
        &root,
        site.config.theme_dir(&root).as_deref(),
        site.config.language,
    )
    .map_err(|d| d.message)?;
    // Files are written over what is there (e.g. a build's output, to time the
    // real layout); nothing is deleted.
    std::fs::create_dir_all(&out)?;
    let entries = Entries::new(&site);
    let t = Instant::now();
    let feeds =
        loa::feeds::write(&entries, &i18n, &out).map_err(|d| format!("{} problems", d.len()))?;
    let feeds_time = t.elapsed();
    let t = Instant::now();
    for i in 0..site.library.pages.len() {
        let _ = entries.get(i);
    }
    let entries_time = t.elapsed();
    let t = Instant::now();
    let embeds =
        loa::embed::write(&entries, &i18n, &out).map_err(|d| format!("{} problems", d.len()))?;
    let embeds_time = t.elapsed();
    let t = Instant::now();
    let discovery = loa::discovery::write(&site, &out)?;
    let discovery_time = t.elapsed();
    let report = format!(
        "{} pages loaded in {:.2} s\nfeeds: {feeds} files in {:.3} s\nentries of the other pages: {:.3} s\nembeds and oEmbed: {embeds} files in {:.3} s\nsitemaps, robots, schedule: {discovery} files in {:.3} s\n",
        site.library.pages.len(),
        loaded.as_secs_f64(),
        feeds_time.as_secs_f64(),
        entries_time.as_secs_f64(),
        embeds_time.as_secs_f64(),
        discovery_time.as_secs_f64()
    );
    std::io::Write::write_all(&mut std::io::stdout(), report.as_bytes())?;
    Ok(())
}
