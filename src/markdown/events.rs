//! Rewriting pulldown-cmark's events: fenced code becomes highlighted HTML, and
//! local images become `<picture>` elements with `srcset`, `width`, `height` and
//! `loading="lazy"`. Also finds the code (blocks and spans) where shortcodes
//! are not expanded.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};

use super::locate::Locator;
use super::{MarkdownSource, highlight, options};
use crate::error::{Diagnostic, Location};
use crate::images::{Resolved, img_html};
use crate::text::escape::html as attr;

/// Byte ranges of code blocks and code spans.
pub(super) fn code_ranges(markdown: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) | Event::Code(_) => ranges.push(range),
            _ => {}
        }
    }
    ranges
}

/// Where an offset of the rendered text is in the page's file.
pub(super) struct Mapper<'a> {
    /// Places offsets of the Markdown as written.
    pub locator: &'a Locator<'a>,
    /// Expanded-text offset → written-Markdown offset.
    pub original: &'a dyn Fn(usize) -> usize,
    pub source: &'a MarkdownSource<'a>,
}

impl Mapper<'_> {
    pub(super) fn location(&self, offset: usize) -> Location {
        self.locator.location((self.original)(offset))
    }
}

type Events<'e> = Vec<(Event<'e>, Range<usize>)>;

/// Highlights fenced code and renders local images.
pub(super) fn rewrite<'e>(
    events: Events<'e>,
    map: &Mapper<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Events<'e> {
    let mut out: Events<'e> = Vec::with_capacity(events.len());
    let mut iter = events.into_iter();
    while let Some((event, range)) = iter.next() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let mut code = String::new();
                for (e, _) in iter.by_ref() {
                    match e {
                        Event::End(TagEnd::CodeBlock) => break,
                        Event::Text(t) => code.push_str(&t),
                        _ => {}
                    }
                }
                let parsed = match highlight::parse_info(&info) {
                    Ok(p) => p,
                    Err(message) => {
                        problems.push(
                            map.locator.quote(
                                Diagnostic::error(map.location(range.start), message)
                                    .hint(t!("code-options-hint")),
                            ),
                        );
                        highlight::FenceInfo::default()
                    }
                };
                out.push((
                    Event::Html(CowStr::from(highlight::render(&code, &parsed))),
                    range,
                ));
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) if map.source.rich.is_some() => {
                let mut alt = String::new();
                for (e, _) in iter.by_ref() {
                    match e {
                        Event::End(TagEnd::Image) => break,
                        Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                        Event::SoftBreak | Event::HardBreak => alt.push(' '),
                        _ => {}
                    }
                }
                let html = image(&dest_url, &alt, &title, range.start, map, problems);
                out.push((Event::InlineHtml(CowStr::from(html)), range));
            }
            other => out.push((other, range)),
        }
    }
    out
}

fn image(
    src: &str,
    alt: &str,
    title: &str,
    offset: usize,
    map: &Mapper<'_>,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let plain = || {
        let title = if title.is_empty() {
            String::new()
        } else {
            format!(" title=\"{}\"", attr(title))
        };
        format!(
            "<img src=\"{}\" alt=\"{}\"{title} loading=\"lazy\" decoding=\"async\">",
            attr(src),
            attr(alt)
        )
    };
    let Some(scope) = map.source.rich else {
        return plain();
    };
    let at = map.location(offset);
    match scope.shortcodes.images().resolve(src, scope.page_ref, &at) {
        Resolved::Found(info) => img_html(&info, alt, Some(title), None),
        Resolved::Bad(message) => {
            problems.push(
                map.locator.quote(
                    Diagnostic::error(at, t!("md-image-bad", src = src, problem = message))
                        .hint(t!("md-image-bad.hint")),
                ),
            );
            plain()
        }
        Resolved::Missing => {
            let hint = if src.trim_start().starts_with('/') {
                t!("md-image-not-found.hint-root")
            } else if scope.page_ref.bundle_dir.is_some() {
                t!("md-image-not-found.hint-bundle")
            } else {
                t!("md-image-not-found.hint-single")
            };
            problems.push(
                map.locator
                    .quote(Diagnostic::error(at, t!("md-image-not-found", src = src)).hint(hint)),
            );
            plain()
        }
        Resolved::External => plain(),
    }
}
