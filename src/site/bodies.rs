//! The bodies of pages and sections: Markdown rendered with shortcodes, images and
//! `@/` links, each page's summary and reading facts, in parallel.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::content::unpublished::Unpublished;
use crate::content::{Library, Page, Section};
use crate::error::Diagnostic;
use crate::images::{ImageStore, PageRef};
use crate::markdown::{self, MarkdownSource, PageScope, Shortcodes};
use crate::site::rich;

/// Where `@/` links lead: the published pages' site paths, and the pages left out.
type Links<'a> = (
    &'a HashMap<String, String>,
    &'a HashMap<String, Unpublished>,
);

/// Renders one page's Markdown (and its summary) with shortcodes and images.
fn render_page(
    page: &mut Page,
    shortcodes: Option<&Shortcodes>,
    images: &ImageStore,
    (links, unpublished): Links<'_>,
) -> Vec<Diagnostic> {
    let mut problems = rich::lead_image(page, images);
    let scope = shortcodes.map(|s| PageScope {
        shortcodes: s,
        page: rich::page_value(page),
        page_ref: PageRef {
            url: &page.path,
            bundle_dir: page.bundle_dir.as_deref(),
        },
        award: page.meta.award.as_ref(),
        id_prefix: page.slug.clone(),
    });
    let source = MarkdownSource {
        file: &page.file,
        file_text: &page.source_text,
        first_line: page.body_line,
        links,
        unpublished,
        rich: scope.as_ref(),
    };
    let rendered = markdown::render_keeping_links(page.markdown(), &source);
    drop(scope);
    match rendered {
        Ok(r) => {
            page.summary_html = match page.meta.summary.as_deref() {
                Some(s) if !s.trim().is_empty() => markdown::render_inline(s),
                _ => r.summary_html,
            };
            page.summary_text = crate::text::plain::plain_text(&page.summary_html);
            page.html = r.html;
            page.toc = r.toc;
            page.word_count = r.word_count;
            page.reading_time = r.reading_time;
            page.root_links = r.root_links;
            // The source is no longer needed once rendered; free it.
            page.source_text = String::new();
        }
        Err((more, root_links)) => {
            problems.extend(more);
            page.root_links = root_links;
        }
    }
    problems
}

/// Renders every page's and section's Markdown that `pick` chooses (by its
/// `content/`-relative path), in parallel, expanding shortcodes and resolving
/// images (the lead image too) when `shortcodes` are available.
pub(super) fn render_markdown(
    library: &mut Library,
    shortcodes: Option<&Shortcodes>,
    images: &ImageStore,
    pick: impl Fn(&str) -> bool + Sync,
) -> Vec<Diagnostic> {
    let picked: Vec<bool> = library.pages.iter().map(|p| pick(&p.relative)).collect();
    let links = link_map(library, &picked, &pick);
    // Borrowed beside the pages being rendered; put back below.
    let unpublished = std::mem::take(&mut library.unpublished);
    let render = |page: &mut Page| render_page(page, shortcodes, images, (&links, &unpublished));
    let chosen: Vec<&mut Page> = library
        .pages
        .iter_mut()
        .zip(&picked)
        .filter_map(|(page, &on)| on.then_some(page))
        .collect();
    // A few pages (an edit in `loa serve`) render on this thread: handing them to
    // the pool would cost more than rendering them.
    let mut problems: Vec<Diagnostic> = if chosen.len() > 8 {
        chosen.into_par_iter().flat_map_iter(render).collect()
    } else {
        chosen.into_iter().flat_map(render).collect()
    };
    for section in library.sections.iter_mut().filter(|s| pick(&s.relative)) {
        problems.extend(render_section(
            section,
            shortcodes,
            images,
            (&links, &unpublished),
        ));
    }
    library.unpublished = unpublished;
    problems
}

/// The targets of `@/` links (`content/`-relative path → site path), only when
/// something to render links that way: `loa serve` re-renders one article per
/// save, and mapping 10,000 files for it would take longer than the article.
fn link_map(
    library: &Library,
    picked: &[bool],
    pick: &impl Fn(&str) -> bool,
) -> HashMap<String, String> {
    let links_used = library
        .pages
        .iter()
        .zip(picked)
        .any(|(p, &on)| on && p.markdown().contains("@/"))
        || library
            .sections
            .iter()
            .filter(|s| pick(&s.relative))
            .any(|s| s.markdown.contains("@/"));
    if !links_used {
        return HashMap::new();
    }
    library
        .pages
        .iter()
        .map(|p| (p.relative.clone(), p.path.clone()))
        .chain(
            library
                .sections
                .iter()
                .map(|s| (s.relative.clone(), s.path.clone())),
        )
        // A file that failed to load has its own error; a link to it is not one.
        .chain(
            library
                .unreadable
                .iter()
                .map(|r| (r.clone(), String::new())),
        )
        .collect()
}

/// Renders one section's Markdown (its `_index.md` body).
fn render_section(
    section: &mut Section,
    shortcodes: Option<&Shortcodes>,
    images: &ImageStore,
    (links, unpublished): Links<'_>,
) -> Vec<Diagnostic> {
    let Some(file) = section.file.clone() else {
        return Vec::new();
    };
    let folder = images
        .root()
        .join(&file)
        .parent()
        .map(std::path::Path::to_path_buf);
    let scope = shortcodes.map(|s| PageScope {
        shortcodes: s,
        page: rich::section_value(section),
        page_ref: PageRef {
            url: &section.path,
            bundle_dir: folder.as_deref(),
        },
        award: None,
        id_prefix: format!("muc-{}", section.dirs.join("-")),
    });
    let source = MarkdownSource {
        file: &file,
        file_text: &section.source_text,
        first_line: section.body_line,
        links,
        unpublished,
        rich: scope.as_ref(),
    };
    match markdown::render_keeping_links(&section.markdown, &source) {
        Ok(r) => {
            section.html = r.html;
            section.root_links = r.root_links;
            Vec::new()
        }
        Err((problems, root_links)) => {
            section.root_links = root_links;
            problems
        }
    }
}
