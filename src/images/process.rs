//! Making the variants: decode once, resize (area averaging, widest first, each
//! from the next wider one), encode (JPEG at
//! quality 82, PNG, lossless WebP), in parallel over images. Each result is kept
//! in the cache folder under the hash of the source's bytes, so a later build of
//! an unchanged image only links (or copies) files; a changed image gets a new
//! hash and is made again.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use image::DynamicImage;
use rayon::prelude::*;

use super::hashes::Hashes;
use super::{Format, ImageInfo, ImageStore, Variant};
use crate::error::Diagnostic;
use crate::output::Sink;

/// The cache folder, relative to the site root.
pub(crate) const CACHE_DIR: &str = ".loa-cache/images";

/// Changes whenever the way variants are made changes, so old cache entries are
/// not reused.
const PIPELINE: &str = "p3";

/// JPEG quality of resized photos.
const JPEG_QUALITY: u8 = 82;

/// What [`ImageStore::process`] did.
#[derive(Debug, Clone, Default)]
pub struct ProcessReport {
    /// Source images with something to make.
    pub images: usize,
    /// Variant files encoded in this run.
    pub made: usize,
    /// Variant files taken from the cache.
    pub reused: usize,
    /// Wall time.
    pub elapsed: Duration,
}

impl ImageStore {
    /// Writes every variant of every image into `out` (the output folder), using
    /// and filling `cache` when given. Errors name the image and the page that
    /// first used it.
    pub fn process(
        &self,
        sink: &dyn Sink,
        cache: Option<&Path>,
    ) -> (ProcessReport, Vec<Diagnostic>) {
        let started = Instant::now();
        let cache = cache.filter(|dir| std::fs::create_dir_all(dir).is_ok());
        let images: Vec<_> = self
            .images()
            .into_iter()
            // A theme's built-in images ship as they are: nothing to check or make.
            .filter(|i| i.format != Format::Svg && i.source.file().is_some())
            .collect();
        let made = AtomicUsize::new(0);
        let reused = AtomicUsize::new(0);
        let hashes = Hashes::load(cache);
        let problems: Vec<Diagnostic> = images
            .par_iter()
            .filter_map(|info| {
                let counts = (&made, &reused);
                process_one(info, sink, cache, &hashes, counts).err()
            })
            .collect();
        hashes.save();
        let report = ProcessReport {
            images: images.len(),
            made: made.into_inner(),
            reused: reused.into_inner(),
            elapsed: started.elapsed(),
        };
        *self
            .last_report
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(report.clone());
        (report, problems)
    }
}

/// The variants that are not the original file itself.
fn to_make(info: &ImageInfo) -> Vec<&Variant> {
    let mut list: Vec<&Variant> = info
        .variants
        .iter()
        .chain(&info.webp)
        .chain(info.og.as_ref())
        .filter(|v| !v.original)
        .collect();
    list.sort_by(|a, b| a.url.cmp(&b.url));
    list.dedup_by(|a, b| a.url == b.url);
    // Widest first: each size is then resized from the next wider one, not from
    // the full original, which is several times faster for big photos.
    list.sort_by(|a, b| b.width.cmp(&a.width).then(a.url.cmp(&b.url)));
    list
}

/// Makes (or takes from the cache) every variant of one image.
fn process_one(
    info: &ImageInfo,
    sink: &dyn Sink,
    cache: Option<&Path>,
    hashes: &Hashes,
    counts: (&AtomicUsize, &AtomicUsize),
) -> Result<(), Diagnostic> {
    let file = info
        .source
        .file()
        .ok_or_else(|| fail(info, t!("image-not-a-site-file", image = &info.shown)))?;
    let (hash, bytes) = hashes
        .hash(file)
        .map_err(|e| fail(info, cannot_read(info, &e)))?;
    let hash = format!("{hash:032x}");
    let mut source = Source { info, file, bytes };
    let variants = to_make(info);
    if variants.is_empty() {
        return check_decodes(&mut source, cache, &hash);
    }
    make_variants(&mut source, variants, &hash, sink, cache, counts)
}

/// A source image to decode when first needed.
struct Source<'a> {
    info: &'a ImageInfo,
    file: &'a Path,
    /// The file's bytes when hashing them read them (else the file is read again).
    bytes: Option<Vec<u8>>,
}

impl Source<'_> {
    /// Decodes the image; an unreadable or corrupt file is an error.
    fn decode(&mut self) -> Result<DynamicImage, Diagnostic> {
        let bytes = match self.bytes.take() {
            Some(b) => b,
            None => {
                std::fs::read(self.file).map_err(|e| fail(self.info, cannot_read(self.info, &e)))?
            }
        };
        let format = self
            .info
            .format
            .image_format()
            .ok_or_else(|| fail(self.info, t!("image-not-raster", image = &self.info.shown)))?;
        image::load_from_memory_with_format(&bytes, format).map_err(|e| {
            let error = e.to_string();
            fail(
                self.info,
                t!("image-corrupt", image = &self.info.shown, error = error),
            )
        })
    }
}

/// An error about image `info` (a message naming it), at the page that first
/// used it.
fn fail(info: &ImageInfo, message: String) -> Diagnostic {
    Diagnostic::error(info.used_at.clone(), message).hint(t!("image-process-failed.hint"))
}

/// Image `info` could not be read.
fn cannot_read(info: &ImageInfo, e: &std::io::Error) -> String {
    let (image, error) = (&info.shown, e.to_string());
    t!("image-cannot-read", image = image, error = error)
}

/// Decodes an image with nothing to resize, so a corrupt file is still reported;
/// a stamp in the cache remembers that these bytes were fine.
fn check_decodes(
    source: &mut Source<'_>,
    cache: Option<&Path>,
    hash: &str,
) -> Result<(), Diagnostic> {
    let stamp = cache.map(|dir| dir.join(format!("{hash}-{PIPELINE}.ok")));
    if !stamp.as_deref().is_some_and(Path::is_file) {
        source.decode()?;
        if let Some(s) = &stamp {
            let _ = write_atomically(s, b"");
        }
    }
    Ok(())
}

/// Links each variant from the cache, or makes it: the image is decoded at the
/// first variant the cache lacks, and resized, encoded and written.
fn make_variants(
    source: &mut Source<'_>,
    variants: Vec<&Variant>,
    hash: &str,
    sink: &dyn Sink,
    cache: Option<&Path>,
    (made, reused): (&AtomicUsize, &AtomicUsize),
) -> Result<(), Diagnostic> {
    let mut decoded: Option<DynamicImage> = None;
    let mut sized: Vec<DynamicImage> = Vec::new();
    for variant in variants {
        let target = variant.url.trim_start_matches('/');
        let cached: Option<PathBuf> = cache.map(|dir| {
            dir.join(format!(
                "{hash}-{PIPELINE}-{}.{}",
                variant.width,
                variant.format.extension()
            ))
        });
        if let Some(c) = &cached
            && c.is_file()
            && sink.link(c, target).is_ok()
        {
            reused.fetch_add(1, Ordering::Relaxed);
            continue;
        }
        if decoded.is_none() {
            decoded = Some(source.decode()?);
        }
        let Some(original) = &decoded else { continue };
        let image = at_width(original, &mut sized, variant);
        let encoded = encode(image, variant).map_err(|e| {
            let (image, url, error) = (&source.info.shown, &variant.url, e.to_string());
            #[rustfmt::skip]
            let message = t!("image-cannot-encode", image = image, variant = url, error = error);
            fail(source.info, message)
        })?;
        store(source.info, sink, cached.as_deref(), variant, encoded)?;
        made.fetch_add(1, Ordering::Relaxed);
    }
    Ok(())
}

/// The image at the variant's width: the original when it is no wider, else
/// one resized (and kept in `sized`) from the narrowest image made so far that is
/// still wider.
fn at_width<'i>(
    original: &'i DynamicImage,
    sized: &'i mut Vec<DynamicImage>,
    variant: &Variant,
) -> &'i DynamicImage {
    if variant.width >= original.width() {
        return original;
    }
    if !sized.iter().any(|i| i.width() == variant.width) {
        let from = sized
            .iter()
            .filter(|i| i.width() > variant.width)
            .min_by_key(|i| i.width())
            .unwrap_or(original);
        let resized = from.thumbnail_exact(variant.width, variant.height);
        sized.push(resized);
    }
    sized
        .iter()
        .find(|i| i.width() == variant.width)
        .unwrap_or(original)
}

/// Writes an encoded variant: into the cache file `cached` and linked from there,
/// or, with no cache, straight to the output.
fn store(
    info: &ImageInfo,
    sink: &dyn Sink,
    cached: Option<&Path>,
    variant: &Variant,
    encoded: Vec<u8>,
) -> Result<(), Diagnostic> {
    let target = variant.url.trim_start_matches('/');
    let cannot_write = |e: crate::error::Error| {
        let (image, url, error) = (&info.shown, &variant.url, e.to_string());
        #[rustfmt::skip]
        let message = t!("image-cannot-write", image = image, variant = url, error = error);
        fail(info, message)
    };
    match cached {
        Some(c) => {
            write_atomically(c, &encoded).map_err(|e| {
                let (image, error) = (&info.shown, e.to_string());
                let message = t!("image-cannot-write-cache", image = image, error = error);
                fail(info, message)
            })?;
            sink.link(c, target).map_err(cannot_write)
        }
        None => sink.write(target, encoded).map_err(cannot_write),
    }
}

/// Encodes one variant from an image already at its size.
fn encode(source: &DynamicImage, variant: &Variant) -> image::ImageResult<Vec<u8>> {
    let mut buf = Cursor::new(Vec::with_capacity(64 * 1024));
    match variant.format {
        Format::Jpeg => {
            let rgb = DynamicImage::ImageRgb8(source.to_rgb8());
            rgb.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
                &mut buf,
                JPEG_QUALITY,
            ))?;
        }
        Format::Png => source.write_with_encoder(image::codecs::png::PngEncoder::new(&mut buf))?,
        Format::Webp => {
            // The WebP encoder takes 8-bit RGB(A) only.
            let eight = if source.color().has_alpha() {
                DynamicImage::ImageRgba8(source.to_rgba8())
            } else {
                DynamicImage::ImageRgb8(source.to_rgb8())
            };
            eight.write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(&mut buf))?;
        }
        Format::Svg => {}
    }
    Ok(buf.into_inner())
}

/// Writes `bytes` to `path` through a temporary file, so no reader sees half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

/// FNV-1a, 128-bit: a content hash with no dependency, plenty for a cache key.
pub(crate) fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62272e07bb014262b821756295c58d;
    const PRIME: u128 = 0x0000000001000000000000000000013B;
    let mut hash = OFFSET;
    for &b in bytes {
        hash ^= u128::from(b);
        hash = hash.wrapping_mul(PRIME);
    }
    hash
}
