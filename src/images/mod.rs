//! Images: every image a page uses (its front matter `image`, Markdown images,
//! shortcode arguments) is found on disk, probed once, and planned into resized
//! variants — 480, 960 and 1600 px wide, never wider than the original, in the
//! original format, and in (lossless) WebP for PNG originals — plus a 1200 px
//! variant for OpenGraph. The [`ImageStore`] is filled while Markdown renders (so
//! pages can print `srcset`, `width` and `height`) and [`ImageStore::process`]
//! makes the files at build time, in parallel, reusing a cache keyed by the
//! source's content hash.
//!
//! Two deliberate limits: an original already lighter than
//! [`LIGHT_BYTES_PER_PIXEL`] (a drawing saved as indexed PNG) is served as it is,
//! since its resized copies would weigh more; and JPEG originals get no WebP
//! copies, because the pure-Rust encoder writes lossless WebP only, several times
//! the size of the JPEG.
//!
//! Variants sit beside the original: `/a/b/anh.png` gets `/a/b/anh-480w.png`,
//! `/a/b/anh-480w.webp`, … and `/a/b/anh-1200w.png`. SVG images pass through with
//! the size of their `viewBox`.

mod hashes;
mod html;
mod process;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::error::Location;
use crate::files::SiteFiles;
use crate::media::{Format, ImageInfo, Probe, Variant, probe};
use crate::output::safe_join;
use crate::theme::Source;

pub(crate) use html::{image_value, img_html, with_image_fields};
pub(crate) use process::{CACHE_DIR, ProcessReport};

/// Widths of the responsive variants.
pub(crate) const WIDTHS: [u32; 3] = [480, 960, 1600];
/// Width of the OpenGraph variant.
pub(crate) const OG_WIDTH: u32 = 1200;
/// The default `sizes`: the full width on small screens, the text column beyond.
pub(crate) const DEFAULT_SIZES: &str = "(max-width: 760px) 100vw, 760px";

/// What a `src` written in a page turned out to be.
#[derive(Debug, Clone)]
pub enum Resolved {
    /// An absolute `http(s)://` or `//` URL: left alone.
    External,
    /// A local path with no file behind it.
    Missing,
    /// A local image.
    Found(Arc<ImageInfo>),
    /// A local file that is corrupt or in a format loa refuses: the message.
    Bad(String),
}

/// The page an image is resolved for.
#[derive(Debug, Clone, Copy)]
pub struct PageRef<'a> {
    /// The page's site path (`/section/slug/`).
    pub url: &'a str,
    /// Its bundle folder, when it has one.
    pub bundle_dir: Option<&'a Path>,
}

/// Every image used by the site's pages.
pub struct ImageStore {
    root: PathBuf,
    /// Every file the output will hold besides rendered ones.
    files: Arc<SiteFiles>,
    entries: Mutex<HashMap<Source, Resolved>>,
    last_report: Mutex<Option<ProcessReport>>,
}

impl ImageStore {
    /// A store that finds files the way the output will hold them (see
    /// [`SiteFiles`]), and bundle-relative ones beside their page.
    pub fn new(root: &Path, files: Arc<SiteFiles>) -> ImageStore {
        ImageStore {
            root: root.to_path_buf(),
            files,
            entries: Mutex::new(HashMap::new()),
            last_report: Mutex::new(None),
        }
    }

    /// Finds, probes and plans the image `src` as written in `page`; `at` is the
    /// place of the reference, kept for errors found later while resizing.
    pub fn resolve(&self, src: &str, page: PageRef<'_>, at: &Location) -> Resolved {
        let src = src.trim();
        if src.starts_with("http://")
            || src.starts_with("https://")
            || src.starts_with("//")
            || src.starts_with("data:")
        {
            return Resolved::External;
        }
        let Some((url, file)) = self.locate(src, page) else {
            return Resolved::Missing;
        };
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(found) = entries.get(&file) {
            return found.clone();
        }
        let resolved = match probe(&file) {
            Ok(p) => Resolved::Found(Arc::new(self.plan(&file, url, p, at))),
            Err(message) => Resolved::Bad(message),
        };
        entries.insert(file, resolved.clone());
        resolved
    }

    /// The site URL and the file of a local path written in `page` (any kind of
    /// file: videos too); `None` when no file is there.
    pub fn locate(&self, src: &str, page: PageRef<'_>) -> Option<(String, Source)> {
        let path_part = src.trim().split(['?', '#']).next().unwrap_or_default();
        let path_part = crate::text::url::decode(path_part);
        if let Some(rooted) = path_part.strip_prefix('/') {
            let file = self.files.get(rooted)?.clone();
            Some((format!("/{rooted}"), file))
        } else if let Some(bundle) = page.bundle_dir {
            let rel = path_part.trim_start_matches("./");
            let file = safe_join(bundle, rel).filter(|p| p.is_file())?;
            Some((format!("{}{rel}", page.url), Source::File(file)))
        } else {
            // A page that is one .md file: the path is relative to its URL, as the
            // browser reads it (`../anh.png` from `/tin/bai/` is `/tin/anh.png`).
            let joined = join_url(page.url, &path_part)?;
            let file = self.files.get(joined.trim_start_matches('/'))?.clone();
            Some((joined, file))
        }
    }

    fn plan(&self, file: &Source, url: String, p: Probe, at: &Location) -> ImageInfo {
        let shown = file.shown(&self.root);
        let (stem, _) = split_extension(&url);
        let variant = |width: u32, format: Format| -> Variant {
            let height = scaled_height(p.width, p.height, width);
            let original = width == p.width && format == p.format;
            Variant {
                url: if original {
                    url.clone()
                } else {
                    format!("{stem}-{width}w.{}", format.extension())
                },
                width,
                height,
                format,
                original,
            }
        };
        let raster = p.format != Format::Svg;
        // A theme's own images are served as they are: they ship ready for the web.
        let heavy = raster && file.file().is_some() && is_heavy(&p);
        let mut widths: Vec<u32> = if heavy {
            WIDTHS.iter().copied().filter(|&w| w < p.width).collect()
        } else {
            Vec::new()
        };
        if raster && (p.width <= WIDTHS[WIDTHS.len() - 1] || !heavy) {
            widths.push(p.width);
        }
        let variants = widths.iter().map(|&w| variant(w, p.format)).collect();
        // Only lossless WebP can be written without C libraries: worth it for
        // PNG (a quarter smaller), not for JPEG photos (several times larger).
        let webp = if heavy && p.format == Format::Png {
            widths.iter().map(|&w| variant(w, Format::Webp)).collect()
        } else {
            Vec::new()
        };
        let og_width = if heavy {
            OG_WIDTH.min(p.width)
        } else {
            p.width
        };
        let og = raster.then(|| variant(og_width, p.format));
        ImageInfo {
            source: file.clone(),
            shown,
            url,
            width: p.width,
            height: p.height,
            format: p.format,
            variants,
            webp,
            og,
            used_at: at.clone(),
        }
    }

    /// Every image found so far (sorted by file, for a stable order).
    pub fn images(&self) -> Vec<Arc<ImageInfo>> {
        let entries = self
            .entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut list: Vec<Arc<ImageInfo>> = entries
            .values()
            .filter_map(|r| match r {
                Resolved::Found(info) => Some(Arc::clone(info)),
                _ => None,
            })
            .collect();
        list.sort_by(|a, b| a.source.cmp(&b.source));
        list
    }

    /// What the last [`ImageStore::process`] did.
    pub fn last_report(&self) -> Option<ProcessReport> {
        self.last_report
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// Below this many bytes per pixel an original is already lighter than resized
/// copies would be (drawings saved as indexed PNG, strongly compressed JPEG):
/// it is served as it is.
pub(crate) const LIGHT_BYTES_PER_PIXEL: f64 = 0.1;

/// True when resized copies of the image are worth making.
fn is_heavy(p: &Probe) -> bool {
    p.bytes as f64 >= LIGHT_BYTES_PER_PIXEL * f64::from(p.width) * f64::from(p.height)
}

/// `/a/b.png` → (`/a/b`, `png`).
fn split_extension(url: &str) -> (&str, &str) {
    match url.rfind('.') {
        Some(dot) if !url[dot..].contains('/') => (&url[..dot], &url[dot + 1..]),
        _ => (url, ""),
    }
}

/// The height of a `width`-wide copy, keeping the aspect ratio (at least 1 px).
pub(crate) fn scaled_height(width: u32, height: u32, new_width: u32) -> u32 {
    if width == 0 {
        return 0;
    }
    ((u64::from(height) * u64::from(new_width) + u64::from(width) / 2) / u64::from(width)).max(1)
        as u32
}

/// `relative` read from the page at site path `base` (`/a/b/`), as a browser does;
/// `None` when `..` climbs above the site.
fn join_url(base: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(format!("/{}", parts.join("/")))
}

#[cfg(test)]
mod tests;
