//! An image as HTML (`<picture>` with a WebP `<source>`, `srcset`, `sizes`,
//! `width`, `height`, `loading="lazy"`) and as a template value.

use crate::text::escape::html as attr;
use std::fmt::Write as _;

use tera::Value;

use super::{DEFAULT_SIZES, ImageInfo};
use crate::templating::Obj;
use crate::text::url::encode_path;

/// The `<picture>` (or a bare `<img>` for SVG) for an image, lazy-loaded.
/// `alt` and `title` are plain text (escaped here); `class` goes on the `<img>`.
pub(crate) fn img_html(
    info: &ImageInfo,
    alt: &str,
    title: Option<&str>,
    class: Option<&str>,
) -> String {
    let mut img = String::with_capacity(256);
    let _ = write!(
        img,
        "<img src=\"{}\" alt=\"{}\"",
        attr(&info.fallback()),
        attr(alt)
    );
    if info.width > 0 && info.height > 0 {
        let _ = write!(img, " width=\"{}\" height=\"{}\"", info.width, info.height);
    }
    if info.variants.len() > 1 {
        let _ = write!(
            img,
            " srcset=\"{}\" sizes=\"{DEFAULT_SIZES}\"",
            attr(&info.srcset())
        );
    }
    if let Some(t) = title.filter(|t| !t.is_empty()) {
        let _ = write!(img, " title=\"{}\"", attr(t));
    }
    if let Some(c) = class.filter(|c| !c.is_empty()) {
        let _ = write!(img, " class=\"{}\"", attr(c));
    }
    img.push_str(" loading=\"lazy\" decoding=\"async\">");
    if info.webp.is_empty() {
        return img;
    }
    format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{DEFAULT_SIZES}\">{img}</picture>",
        attr(&info.webp_srcset())
    )
}

/// Adds an image's size, `srcset`s and OpenGraph variant to a template value
/// (the fields [`image_value`] has, but `url`).
pub(crate) fn with_image_fields(obj: Obj, info: &ImageInfo) -> Obj {
    obj.set("src", info.fallback())
        .set("width", info.width)
        .set("height", info.height)
        .set("srcset", info.srcset())
        .set("webp_srcset", info.webp_srcset())
        .set("sizes", DEFAULT_SIZES)
        .opt(
            "og",
            info.og.as_ref().map(|v| encode_path(&v.url).into_owned()),
        )
        .opt("og_width", info.og.as_ref().map(|v| v.width))
        .opt("og_height", info.og.as_ref().map(|v| v.height))
        .set("format", info.format.extension())
        .set("mime", info.format.mime())
        .set("svg", info.format == super::Format::Svg)
}

/// An image as templates see it: `url` (the original), `src` (the widest
/// variant), `width`, `height`, `srcset`, `webp_srcset`, `sizes`, `og` (URL of the
/// 1200 px variant), `og_width`, `og_height`, `format` and `svg`.
pub(crate) fn image_value(info: &ImageInfo) -> Value {
    with_image_fields(Obj::new().set("url", encode_path(&info.url).as_ref()), info).done()
}
