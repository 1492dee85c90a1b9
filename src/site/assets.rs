//! Files that are copied, not rendered: the theme's and the site's `static/`
//! (the site wins), bundle assets beside their page, and loose files of `content/`.
//! Also checks that every page's lead image exists.

use std::path::Path;

use rayon::prelude::*;

use crate::content::Library;
use crate::error::{Diagnostic, Location, Result};
use crate::files::SiteFiles;
use crate::output::Sink;
use crate::site::Site;
use crate::theme::Source;

/// Files of `static/` that loa writes itself, with the site's own rules first.
pub(crate) const MERGED: &[&str] = &["_redirects", "_headers"];

/// The text of a file of `static/` that loa merges with its own (see [`MERGED`]).
pub(crate) fn own_text(site: &Site, path: &str) -> Option<String> {
    let bytes = site.model.files.get(path)?.read().ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// Copies every static file, bundle asset and content asset into `sink`.
pub(crate) fn copy_all(site: &Site, sink: &dyn Sink) -> Result<()> {
    site.model
        .files
        .sorted()
        .par_iter()
        // A site's `_redirects` and `_headers` are merged with loa's rules instead.
        .filter(|(path, _)| !MERGED.contains(path))
        .try_for_each(|(path, source)| match source {
            Source::File(file) => sink.copy(file, path),
            Source::Builtin { bytes, .. } => sink.write(path, bytes.to_vec()),
        })
}

/// Every page's `image:` must name a file that will be in the output.
pub(crate) fn check_images(root: &Path, files: &SiteFiles, library: &Library) -> Vec<Diagnostic> {
    library
        .pages
        .iter()
        .filter_map(|page| {
            let src = page.meta.image.as_deref()?;
            if src.starts_with("http://") || src.starts_with("https://") || src.starts_with("//") {
                return None;
            }
            let found = match src.strip_prefix('/') {
                Some(rooted) => files.get(rooted).is_some(),
                None => {
                    let rel = src.trim_start_matches("./");
                    page.assets
                        .iter()
                        .any(|a| a.to_string_lossy().replace('\\', "/") == rel)
                }
            };
            if found {
                return None;
            }
            let at = image_line(root, page).unwrap_or_else(|| Location::file(&page.file));
            Some(
                Diagnostic::error(at, t!("asset-image-not-found", src = src)).hint(
                    if page.bundle_dir.is_some() {
                        t!("asset-image-not-found.hint-bundle")
                    } else {
                        t!("asset-image-not-found.hint-single")
                    },
                ),
            )
        })
        .collect()
}

fn image_line(root: &Path, page: &crate::content::Page) -> Option<Location> {
    // The source text was freed after rendering; read the line again for the message.
    let text = std::fs::read_to_string(root.join(&page.file)).ok()?;
    let line = text.lines().position(|l| l.starts_with("image:"))? + 1;
    Some(Location::at(&page.file, line, 1))
}
