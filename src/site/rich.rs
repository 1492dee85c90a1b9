//! The rich-content side of loading and building: the values shortcodes see for
//! a page or section, the lead image of each page, and, at build time, the
//! highlighting stylesheets and the image variants (made in parallel with the
//! pages, from the cache when unchanged).

use tera::Value;

use crate::content::{Page, Section};
use crate::error::{Diagnostic, Location};
use crate::images::{CACHE_DIR, ImageStore, PageRef, Resolved};
use crate::markdown::highlight;
use crate::output::Sink;
use crate::site::Site;
use crate::templating::Obj;

/// A page as shortcodes see it.
pub(crate) fn page_value(page: &Page) -> Value {
    Obj::new()
        .set("title", page.title.as_str())
        .set("url", page.path.as_str())
        .set("slug", page.slug.as_str())
        .set("relative", page.relative.as_str())
        .set("kind", page.kind().as_str())
        .ser("award", &page.meta.award)
        .ser("metrics", &page.meta.metrics)
        .ser("extra", &page.meta.extra)
        .done()
}

/// A section as shortcodes see it.
pub(crate) fn section_value(section: &Section) -> Value {
    Obj::new()
        .set("title", section.title.as_str())
        .set("url", section.path.as_str())
        .set("relative", section.relative.as_str())
        .set("kind", "section")
        .ser("extra", &section.meta.extra)
        .done()
}

/// Probes the page's `image:`; a corrupt or refused file is an error at that
/// line. (A missing one is reported by the asset check.)
pub(crate) fn lead_image(page: &mut Page, images: &ImageStore) -> Vec<Diagnostic> {
    let Some(src) = page.meta.image.clone() else {
        return Vec::new();
    };
    let line = page
        .source_text
        .lines()
        .position(|l| l.trim_start().starts_with("image:"))
        .map_or(1, |i| i + 1);
    let at = Location::at(&page.file, line, 1);
    let page_ref = PageRef {
        url: &page.path,
        bundle_dir: page.bundle_dir.as_deref(),
    };
    match images.resolve(&src, page_ref, &at) {
        Resolved::Found(info) => {
            page.image_info = Some(info);
            Vec::new()
        }
        Resolved::Bad(message) => vec![
            Diagnostic::error(
                at,
                t!("asset-lead-image-bad", src = &src, problem = message),
            )
            .hint(t!("asset-lead-image-bad.hint"))
            .with_source(&page.source_text),
        ],
        Resolved::Missing | Resolved::External => Vec::new(),
    }
}

/// Writes the highlighting stylesheets and every image variant into `sink`.
pub(crate) fn write_assets(site: &Site, sink: &dyn Sink) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (name, css) in [
        ("css/syntax.css", highlight::combined_css()),
        ("css/syntax-light.css", highlight::light_css()),
        ("css/syntax-dark.css", highlight::dark_css()),
        ("css/rich.css", crate::markdown::shortcodes::STYLESHEET),
    ] {
        if let Err(e) = sink.write(name, css.as_bytes().to_vec()) {
            problems.push(Diagnostic::error(Location::file(name), e.to_string()));
        }
    }
    let cache = site.model.root.join(CACHE_DIR);
    let (report, image_problems) = site.images.process(sink, Some(&cache));
    log::info!(
        "images: {} sources, {} variants made, {} from the cache, {:?}",
        report.images,
        report.made,
        report.reused,
        report.elapsed
    );
    problems.extend(image_problems);
    problems
}
