//! What an image file is and how big: the format from its bytes (the name's
//! extension only decides which formats are refused), the pixel size from the
//! header of a raster image, or from the `viewBox` of an SVG.

use std::path::Path;

use crate::theme::Source;

/// The formats loa reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// PNG, resized to PNG and WebP.
    Png,
    /// JPEG, resized to JPEG and WebP.
    Jpeg,
    /// WebP, resized to WebP.
    Webp,
    /// SVG, passed through.
    Svg,
}

impl Format {
    /// The file extension of variants in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Jpeg => "jpg",
            Format::Webp => "webp",
            Format::Svg => "svg",
        }
    }

    /// The MIME type, for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Webp => "image/webp",
            Format::Svg => "image/svg+xml",
        }
    }

    pub(crate) fn image_format(self) -> Option<image::ImageFormat> {
        match self {
            Format::Png => Some(image::ImageFormat::Png),
            Format::Jpeg => Some(image::ImageFormat::Jpeg),
            Format::Webp => Some(image::ImageFormat::WebP),
            Format::Svg => None,
        }
    }
}

/// Extensions of image formats loa knows but does not read.
const REFUSED: &[&str] = &[
    "gif", "bmp", "tif", "tiff", "avif", "heic", "heif", "ico", "jxl",
];

/// A probed image: its format and size (0 × 0 for an SVG without a size).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Probe {
    /// Format.
    pub format: Format,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Size of the file in bytes.
    pub bytes: u64,
}

/// Reads the format and size of an image without decoding the pixels.
pub(crate) fn probe(source: &Source) -> Result<Probe, String> {
    match source {
        Source::File(path) => probe_file(path),
        Source::Builtin { path, bytes, .. } => probe_bytes(Path::new(path), bytes),
    }
}

fn probe_file(path: &Path) -> Result<Probe, String> {
    let bytes = std::fs::metadata(path)
        .map_err(|e| t!("media-cannot-read", error = e.to_string()))?
        .len();
    if extension(path) == "svg" {
        let text = std::fs::read_to_string(path)
            .map_err(|e| t!("media-cannot-read-svg", error = e.to_string()))?;
        return svg_probe(&text, bytes);
    }
    refuse(path)?;
    let reader = image::ImageReader::open(path)
        .and_then(image::ImageReader::with_guessed_format)
        .map_err(|e| t!("media-cannot-read-image", error = e.to_string()))?;
    raster_probe(reader, bytes)
}

fn probe_bytes(path: &Path, data: &[u8]) -> Result<Probe, String> {
    let bytes = data.len() as u64;
    if extension(path) == "svg" {
        let text = std::str::from_utf8(data)
            .map_err(|e| t!("media-cannot-read-svg", error = e.to_string()))?;
        return svg_probe(text, bytes);
    }
    refuse(path)?;
    let reader = image::ImageReader::new(std::io::Cursor::new(data))
        .with_guessed_format()
        .map_err(|e| t!("media-cannot-read-image", error = e.to_string()))?;
    raster_probe(reader, bytes)
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn refuse(path: &Path) -> Result<(), String> {
    let ext = extension(path);
    if REFUSED.contains(&ext.as_str()) {
        return Err(t!("media-unsupported-extension", ext = ext));
    }
    Ok(())
}

fn svg_probe(text: &str, bytes: u64) -> Result<Probe, String> {
    let (width, height) = svg_size(text).ok_or_else(|| t!("media-not-svg"))?;
    Ok(Probe {
        format: Format::Svg,
        width,
        height,
        bytes,
    })
}

fn raster_probe<R: std::io::BufRead + std::io::Seek>(
    reader: image::ImageReader<R>,
    bytes: u64,
) -> Result<Probe, String> {
    let format = match reader.format() {
        Some(image::ImageFormat::Png) => Format::Png,
        Some(image::ImageFormat::Jpeg) => Format::Jpeg,
        Some(image::ImageFormat::WebP) => Format::Webp,
        Some(other) => {
            let format = format!("{other:?}");
            return Err(t!("media-unsupported-format", format = format));
        }
        None => return Err(t!("media-not-an-image")),
    };
    let (width, height) = reader
        .into_dimensions()
        .map_err(|e| t!("media-corrupt", error = e.to_string()))?;
    if width == 0 || height == 0 {
        return Err(t!("media-no-pixels"));
    }
    Ok(Probe {
        format,
        width,
        height,
        bytes,
    })
}

/// The size an SVG declares: its `width` and `height` attributes (in px or
/// unitless), else its `viewBox`. `None` when the text has no `<svg` element;
/// (0, 0) when the element gives no size.
pub(crate) fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let rest = &text[start + 4..];
    let end = rest.find('>')?;
    let tag = &rest[..end];
    // `width` and `height` in pixels are the size a browser draws it at; a
    // `viewBox` alone gives it.
    let length = |name: &str| -> Option<u32> {
        let v = attribute(tag, name)?;
        let v = v.trim().trim_end_matches("px");
        v.parse::<f64>()
            .ok()
            .filter(|n| *n > 0.0)
            .map(|n| n.round() as u32)
    };
    if let (Some(w), Some(h)) = (length("width"), length("height")) {
        return Some((w, h));
    }
    if let Some(view_box) = attribute(tag, "viewBox") {
        let numbers: Vec<f64> = view_box
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [_, _, w, h] = numbers[..]
            && w > 0.0
            && h > 0.0
        {
            return Some((w.round() as u32, h.round() as u32));
        }
    }
    Some((0, 0))
}

/// The value of `name="…"` (or `'…'`) in a tag's attribute text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut search = tag;
    loop {
        let at = search.find(name)?;
        let before_ok = at == 0 || search[..at].ends_with(|c: char| c.is_whitespace());
        let after = search[at + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            if quote == '"' || quote == '\'' {
                let body = &value[1..];
                return body.find(quote).map(|e| &body[..e]);
            }
        }
        search = &search[at + name.len()..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_size_from_attributes_then_view_box() {
        // The pixel size wins over the viewBox, as in a browser.
        assert_eq!(
            svg_size(r#"<svg viewBox="0 0 40 30" width="400" height="300px">"#),
            Some((400, 300))
        );
        assert_eq!(
            svg_size(r#"<svg width="100%" height="100%" viewBox="0,0,40,30">"#),
            Some((40, 30))
        );
        assert_eq!(
            svg_size(r#"<?xml?><svg xmlns="x" viewBox="0 0 1600 900">"#),
            Some((1600, 900))
        );
        assert_eq!(
            svg_size(r#"<svg width="320px" height='200'>"#),
            Some((320, 200))
        );
        assert_eq!(
            svg_size(r#"<svg data-viewBox="1" viewBox="0,0,10.4,20">"#),
            Some((10, 20))
        );
        assert_eq!(svg_size("<svg>"), Some((0, 0)));
        assert_eq!(svg_size("<html>"), None);
    }
}
