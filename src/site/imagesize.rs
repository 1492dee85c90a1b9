//! The pixel size of lead images, read from the file's header (PNG, GIF, JPEG,
//! WebP) or an SVG's `width`/`height`/`viewBox`, so themes can give every `<img>`
//! its `width` and `height` and the page does not jump while images load.

use std::io::Read;
use std::path::Path;

use crate::content::Library;
use crate::files::SiteFiles;
use crate::output::safe_join;
use crate::theme::Source;

/// Sets `image_size` on every page whose lead image is a local file we can measure.
pub(crate) fn measure_all(files: &SiteFiles, library: &mut Library) {
    use rayon::prelude::*;
    library.pages.par_iter_mut().for_each(|page| {
        let Some(src) = page.meta.image.as_deref() else {
            return;
        };
        let size = if let Some(rooted) = src.strip_prefix('/') {
            if rooted.starts_with('/') {
                return; // protocol-relative URL
            }
            files.get(rooted).and_then(size_of)
        } else if src.contains("://") {
            None
        } else {
            page.bundle_dir
                .as_deref()
                .and_then(|b| safe_join(b, src.trim_start_matches("./")))
                .and_then(|p| size_of_file(&p))
        };
        page.image_size = size;
    });
}

/// The size in pixels of an image, wherever it comes from.
pub(crate) fn size_of(source: &Source) -> Option<(u32, u32)> {
    match source {
        Source::File(path) => size_of_file(path),
        Source::Builtin { path, bytes, .. } => {
            if path.ends_with(".svg") {
                svg_size(&String::from_utf8_lossy(bytes))
            } else {
                raster_size(bytes)
            }
        }
    }
}

/// The size in pixels of an image file, or `None` when the format is unknown or
/// the header cannot be read.
pub(crate) fn size_of_file(path: &Path) -> Option<(u32, u32)> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    let mut head = Vec::with_capacity(64 * 1024);
    // Headers sit at the start; an SVG's root element and a JPEG's frame header
    // come early too (64 KB covers EXIF blocks of camera photos in most cases).
    std::fs::File::open(path)
        .ok()?
        .take(if ext == "svg" { 8 * 1024 } else { 256 * 1024 })
        .read_to_end(&mut head)
        .ok()?;
    match ext.as_str() {
        "svg" => svg_size(&String::from_utf8_lossy(&head)),
        _ => raster_size(&head),
    }
}

/// The size from the first bytes of a PNG, GIF, JPEG or WebP file.
pub(crate) fn raster_size(b: &[u8]) -> Option<(u32, u32)> {
    let be32 = |i: usize| Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?));
    let be16 = |i: usize| {
        Some(u32::from(u16::from_be_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let le16 = |i: usize| {
        Some(u32::from(u16::from_le_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let le24 = |i: usize| {
        let s = b.get(i..i + 3)?;
        Some(u32::from(s[0]) | u32::from(s[1]) << 8 | u32::from(s[2]) << 16)
    };
    if b.starts_with(b"\x89PNG\r\n\x1a\n") && b.get(12..16) == Some(b"IHDR") {
        return Some((be32(16)?, be32(20)?));
    }
    if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        return Some((le16(6)?, le16(8)?));
    }
    if b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP") {
        return match b.get(12..16)? {
            b"VP8 " => Some((le16(26)? & 0x3fff, le16(28)? & 0x3fff)),
            b"VP8L" => {
                let bits = u32::from_le_bytes(b.get(21..25)?.try_into().ok()?);
                Some(((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1))
            }
            b"VP8X" => Some((le24(24)? + 1, le24(27)? + 1)),
            _ => None,
        };
    }
    if b.starts_with(&[0xff, 0xd8]) {
        let mut i = 2;
        while i + 9 < b.len() {
            if b[i] != 0xff {
                return None;
            }
            let marker = b[i + 1];
            if marker == 0xff {
                i += 1;
                continue;
            }
            let len = be16(i + 2)? as usize;
            // Start-of-frame markers (not DHT C4, JPG C8, DAC CC) carry the size.
            if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
                return Some((be16(i + 7)?, be16(i + 5)?));
            }
            i += 2 + len;
        }
    }
    None
}

/// The size of an SVG: its `width` and `height` in pixels (or unitless), else its
/// `viewBox`.
pub(crate) fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let end = text[start..].find('>')? + start;
    let tag = &text[start..end];
    let attr = |name: &str| -> Option<&str> {
        let mut from = 0;
        while let Some(at) = tag[from..].find(name) {
            let at = from + at;
            from = at + name.len();
            let before = tag[..at].chars().next_back();
            let rest = tag[from..].trim_start();
            if !before.is_some_and(char::is_whitespace) || !rest.starts_with('=') {
                continue;
            }
            let value = rest[1..].trim_start();
            let quote = value.chars().next()?;
            if quote != '"' && quote != '\'' {
                return None;
            }
            return value[1..].split(quote).next();
        }
        None
    };
    let pixels = |v: &str| -> Option<f64> {
        let v = v.trim().trim_end_matches("px");
        v.parse::<f64>().ok().filter(|n| *n > 0.0)
    };
    let round = |n: f64| n.round() as u32;
    if let (Some(w), Some(h)) = (
        attr("width").and_then(pixels),
        attr("height").and_then(pixels),
    ) {
        return Some((round(w), round(h)));
    }
    let vb: Vec<f64> = attr("viewBox")?
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    match vb.as_slice() {
        [_, _, w, h] if *w > 0.0 && *h > 0.0 => Some((round(*w), round(*h))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_gif_and_jpeg_headers() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&1600u32.to_be_bytes());
        png.extend_from_slice(&900u32.to_be_bytes());
        assert_eq!(raster_size(&png), Some((1600, 900)));
        assert_eq!(raster_size(b"GIF89a\x20\x03\x58\x02"), Some((800, 600)));
        // SOI, an APP0 segment of length 4, then SOF0 with height 480, width 640.
        let jpeg = [
            0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01,
            0xe0, 0x02, 0x80, 0x03,
        ];
        assert_eq!(raster_size(&jpeg), Some((640, 480)));
        assert_eq!(raster_size(b"not an image"), None);
    }

    #[test]
    fn svg_size_from_attributes_or_view_box() {
        assert_eq!(
            svg_size(r#"<svg xmlns="x" viewBox="0 0 1200 675" width="1200" height="675">"#),
            Some((1200, 675))
        );
        assert_eq!(
            svg_size(r#"<?xml?><svg viewBox='0 0 360.4 80'>"#),
            Some((360, 80))
        );
        assert_eq!(
            svg_size(r#"<svg width="100%" height="100%" viewBox="0,0,40,30">"#),
            Some((40, 30))
        );
        assert_eq!(svg_size("<svg>"), None);
    }
}
