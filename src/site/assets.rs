//! Files that are copied, not rendered: the theme's and the site's `static/`
//! (the site wins), bundle assets beside their page, and loose files of `content/`.
//! Also checks that every page's lead image exists.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Library;
use crate::error::{Diagnostic, Error, Location, Result};
use crate::output::safe_join;
use crate::site::Site;

/// Copies every static file, bundle asset and content asset into `dir`.
pub(crate) fn copy_all(site: &Site, dir: &Path) -> Result<()> {
    let mut copies: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut static_dirs = Vec::new();
    if let Some(theme) = site.config.theme_dir(&site.root) {
        static_dirs.push(theme.join("static"));
    }
    static_dirs.push(site.root.join("static"));
    for base in static_dirs.iter().filter(|d| d.is_dir()) {
        for entry in walkdir::WalkDir::new(base).follow_links(true) {
            let entry = entry.map_err(|e| Error::Message(format!("{}: {e}", base.display())))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(base) else {
                continue;
            };
            if rel == Path::new("_redirects") {
                continue; // merged with the aliases' rules instead
            }
            copies.push((entry.path().to_path_buf(), dir.join(rel)));
        }
    }
    for page in &site.library.pages {
        let Some(bundle) = &page.bundle_dir else {
            continue;
        };
        for asset in &page.assets {
            let rel = asset.to_string_lossy().replace('\\', "/");
            if let Some(to) = safe_join(dir, &format!("{}/{rel}", page.output_dir())) {
                copies.push((bundle.join(asset), to));
            }
        }
    }
    for (from, rel) in &site.library.assets {
        if let Some(to) = safe_join(dir, rel) {
            copies.push((from.clone(), to));
        }
    }
    // Later entries (the site's static) overwrite earlier ones (the theme's): keep
    // the order for equal targets by copying sequentially per target.
    let mut seen = std::collections::HashSet::new();
    let mut unique: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (from, to) in copies.into_iter().rev() {
        if seen.insert(to.clone()) {
            unique.push((from, to));
        }
    }
    unique.par_iter().try_for_each(|(from, to)| {
        if let Some(parent) = to.parent() {
            crate::output::create_dirs_below(dir, parent)?;
        }
        std::fs::copy(from, to).map(|_| ()).map_err(|e| {
            Error::Message(format!(
                "cannot copy {} to {}: {e}",
                from.display(),
                to.display()
            ))
        })
    })
}

/// Every page's `image:` must name a file that will be in the output.
pub(crate) fn check_images(root: &Path, config: &Config, library: &Library) -> Vec<Diagnostic> {
    let theme_static = config.theme_dir(root).map(|t| t.join("static"));
    library
        .pages
        .iter()
        .filter_map(|page| {
            let src = page.meta.image.as_deref()?;
            if src.starts_with("http://") || src.starts_with("https://") || src.starts_with("//") {
                return None;
            }
            let found = if let Some(rooted) = src.strip_prefix('/') {
                let in_static = |base: &Path| safe_join(base, rooted).is_some_and(|p| p.is_file());
                in_static(&root.join("static"))
                    || theme_static.as_deref().is_some_and(in_static)
                    || library.assets.iter().any(|(_, rel)| rel == rooted)
                    || library.pages.iter().any(|p| {
                        p.assets.iter().any(|a| {
                            format!("{}/{}", p.output_dir(), a.to_string_lossy().replace('\\', "/")) == rooted
                        })
                    })
            } else {
                let rel = src.trim_start_matches("./");
                page.assets.iter().any(|a| a.to_string_lossy().replace('\\', "/") == rel)
            };
            if found {
                return None;
            }
            let at = image_line(root, page).unwrap_or_else(|| Location::file(&page.file));
            Some(
                Diagnostic::error(at, format!("image not found: `{src}`"))
                    .hint(if page.bundle_dir.is_some() {
                        "put the image beside index.md in the page's folder, or start the path with / for a file in static/"
                    } else {
                        "a page that is a single .md file can use images from static/ (write `/images/x.jpg`); make it a folder with index.md to keep images beside it"
                    }),
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
