//! What an image is: its format and pixel size read from the file (the one reader
//! of image sizes: raster headers through the `image` crate, SVG from its
//! `width`/`height` or `viewBox`), and [`ImageInfo`], a probed image with the
//! variants planned for it. Pages carry it; the image pipeline (`images`) fills
//! and makes it.

mod probe;

use std::path::PathBuf;

use crate::error::Location;
use crate::theme::Source;

pub(crate) use probe::{Format, Probe, probe};

/// One file made from an original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Site URL.
    pub url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Format.
    pub format: Format,
    /// True when the variant is the original file itself (nothing to make).
    pub original: bool,
}

/// A local image, probed, with its planned variants.
#[derive(Debug, Clone)]
pub struct ImageInfo {
    /// The source file.
    pub source: Source,
    /// The source file as shown in messages (relative to the site root).
    pub shown: PathBuf,
    /// The original's URL.
    pub url: String,
    /// Width in pixels (0 for an SVG without a size).
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Format.
    pub format: Format,
    /// Variants in the original format, narrowest first (may include the original).
    pub variants: Vec<Variant>,
    /// WebP variants, narrowest first (empty for SVG and WebP originals).
    pub webp: Vec<Variant>,
    /// The OpenGraph image (a 1200 px variant, or the original when narrower).
    pub og: Option<Variant>,
    /// The first place that used it, for errors found while resizing.
    pub used_at: Location,
}

impl ImageInfo {
    /// The widest variant in the original format: the `src` for browsers without
    /// `srcset`.
    pub fn fallback(&self) -> String {
        let url = self
            .variants
            .last()
            .map_or(self.url.as_str(), |v| v.url.as_str());
        crate::text::url::encode_path(url).into_owned()
    }

    /// `srcset` in the original format.
    pub fn srcset(&self) -> String {
        srcset(&self.variants)
    }

    /// `srcset` in WebP (empty when there are no WebP variants).
    pub fn webp_srcset(&self) -> String {
        srcset(&self.webp)
    }
}

fn srcset(variants: &[Variant]) -> String {
    variants
        .iter()
        .map(|v| format!("{} {}w", crate::text::url::encode_path(&v.url), v.width))
        .collect::<Vec<_>>()
        .join(", ")
}
