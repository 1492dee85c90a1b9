//! Markdown to HTML with pulldown-cmark: tables, footnotes, strikethrough, task
//! lists, smart punctuation, Vietnamese-safe heading ids, `@/` internal links, the
//! summary (the `<!-- more -->` mark or the first paragraph), word count and headings.
//! Fenced code is highlighted ([`highlight`]); for site pages, [`shortcodes`] are
//! expanded first and local images get responsive variants ([`crate::images`]).

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::content::page::{Heading, RootLink};
use crate::error::Diagnostic;
use crate::text::slug::slugify;

mod events;
pub(crate) mod highlight;
mod locate;
pub(crate) mod shortcodes;

pub use shortcodes::{PageScope, Shortcodes};

/// The mark that ends an explicit summary.
pub(crate) const MORE_MARK: &str = "<!-- more -->";

/// Words a reader reads in a minute, for the reading time.
const WORDS_PER_MINUTE: usize = 200;

/// Where a Markdown text comes from, for link resolution and error positions.
pub struct MarkdownSource<'a> {
    /// The file, relative to the site root.
    pub file: &'a Path,
    /// The whole file's text (to quote lines).
    pub file_text: &'a str,
    /// The file line where the Markdown starts.
    pub first_line: usize,
    /// `content/`-relative source path → site path, for `@/` links.
    pub links: &'a HashMap<String, String>,
    /// The pages the build leaves out, by `content/`-relative path: a link to one is
    /// an error that says why.
    pub unpublished: &'a HashMap<String, crate::content::unpublished::Unpublished>,
    /// Shortcodes and images for the page being rendered; `None` renders plain
    /// Markdown (shortcode calls stay text, images stay plain `<img>`).
    pub rich: Option<&'a PageScope<'a>>,
}

/// The rendered body.
#[derive(Debug, Default, Clone)]
pub struct Rendered {
    /// Body HTML.
    pub html: String,
    /// Summary HTML: what stands before `<!-- more -->`, else the first paragraph.
    pub summary_html: String,
    /// Headings with their ids.
    pub toc: Vec<Heading>,
    /// Words in the body.
    pub word_count: usize,
    /// Minutes to read (at least 1 for a non-empty body).
    pub reading_time: usize,
    /// Its root-relative links, for the build to check against the output.
    pub root_links: Vec<RootLink>,
}

pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `markdown`. Broken `@/` links are errors at their line and column.
pub fn render(markdown: &str, source: &MarkdownSource<'_>) -> Result<Rendered, Vec<Diagnostic>> {
    render_keeping_links(markdown, source).map_err(|(problems, _)| problems)
}

/// Failed Markdown: its problems, and its root-relative links, which the build still
/// checks against the output so one run reports them too.
pub(crate) type Failed = (Vec<Diagnostic>, Vec<RootLink>);

/// [`render`], keeping the root-relative links of a body that has problems.
pub(crate) fn render_keeping_links(
    markdown: &str,
    source: &MarkdownSource<'_>,
) -> Result<Rendered, Failed> {
    let markdown = without_nul(markdown);
    let markdown: &str = &markdown;
    let locator = locate::Locator::new(markdown, source);
    let mut problems = Vec::new();
    let expanded = expand_shortcodes(markdown, source, &locator, &mut problems);
    let text: &str = expanded.as_ref().map_or(markdown, |e| &e.text);
    let original = |offset: usize| {
        expanded
            .as_ref()
            .map_or(offset, |e| e.original_offset(offset))
    };
    let mut events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .collect();
    let mapper = events::Mapper {
        locator: &locator,
        original: &original,
        source,
    };
    let mut root_links = Vec::new();
    let (toc, word_count) = scan(&mut events, &mapper, &mut problems, &mut root_links);
    let events = events::rewrite(events, &mapper, &mut problems);
    if !problems.is_empty() {
        return Err((problems, root_links));
    }
    let (html, summary_html) = write_html(text, &events, expanded.as_ref());
    Ok(Rendered {
        html,
        summary_html,
        toc,
        word_count,
        reading_time: if word_count == 0 {
            0
        } else {
            word_count.div_ceil(WORDS_PER_MINUTE)
        },
        root_links,
    })
}

/// The text with every NUL replaced by U+FFFD, as CommonMark wants (pulldown-cmark
/// leaves it in text); borrowed when there is none.
fn without_nul(markdown: &str) -> Cow<'_, str> {
    if markdown.contains('\0') {
        Cow::Owned(markdown.replace('\0', "\u{fffd}"))
    } else {
        Cow::Borrowed(markdown)
    }
}

/// Expands the shortcode calls of a site page (plain Markdown, or a text with no
/// `{{` or `{%`, has none to expand); their problems join `problems`.
fn expand_shortcodes<'t>(
    markdown: &'t str,
    source: &MarkdownSource<'_>,
    locator: &locate::Locator<'_>,
    problems: &mut Vec<Diagnostic>,
) -> Option<shortcodes::Expanded<'t>> {
    match source.rich {
        Some(scope) if markdown.contains("{{") || markdown.contains("{%") => {
            let mut e =
                shortcodes::expand(markdown, &events::code_ranges(markdown), scope, locator);
            problems.append(&mut e.problems);
            Some(e)
        }
        _ => None,
    }
}

/// Gives every heading a unique id, points `@/` links and images at their pages
/// (a broken one joins `problems`) and counts words. Returns the headings and
/// the word count.
fn scan(
    events: &mut [(Event<'_>, Range<usize>)],
    map: &events::Mapper<'_>,
    problems: &mut Vec<Diagnostic>,
    root_links: &mut Vec<RootLink>,
) -> (Vec<Heading>, usize) {
    let mut toc = Vec::new();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut word_count = 0;
    for i in 0..events.len() {
        match &events[i].0 {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let level = heading_level(*level);
                let explicit = id.as_ref().map(|s| s.to_string());
                toc.push(name_heading(events, i, level, explicit, &mut used_ids));
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if dest_url.starts_with("@/") =>
            {
                problems.extend(link_page(&mut events[i], map));
            }
            Event::Start(Tag::Link { dest_url, .. })
                if dest_url.starts_with('/') && !dest_url.starts_with("//") =>
            {
                root_links.push(root_link(dest_url, events[i].1.start, map));
            }
            Event::Text(t) => word_count += t.split_whitespace().count(),
            _ => {}
        }
    }
    (toc, word_count)
}

/// A root-relative link with the error it gets if the built site has nothing there.
fn root_link(target: &str, offset: usize, map: &events::Mapper<'_>) -> RootLink {
    let path = target.split(['#', '?']).next().unwrap_or_default();
    let last = path.rsplit('/').next().unwrap_or_default();
    let is_file = last.contains('.') && !last.ends_with(".html");
    let error = if is_file {
        Diagnostic::error(
            map.location(offset),
            t!("link-missing-file", target = target),
        )
        .hint(t!("link-missing-file.hint"))
    } else {
        Diagnostic::error(
            map.location(offset),
            t!("link-missing-page", target = target),
        )
        .hint(t!("link-missing-page.hint"))
    };
    RootLink {
        target: target.to_string(),
        if_broken: map.locator.quote(error),
    }
}

/// Gives the heading that starts at `events[i]` a unique id (its `{#id}`, else a
/// slug of its text) and returns its entry in the table of contents.
fn name_heading(
    events: &mut [(Event<'_>, Range<usize>)],
    i: usize,
    level: u8,
    explicit: Option<String>,
    used_ids: &mut HashMap<String, usize>,
) -> Heading {
    let end = (i..events.len())
        .find(|&j| matches!(events[j].0, Event::End(TagEnd::Heading(_))))
        .unwrap_or(events.len());
    let title: String = events[i + 1..end]
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let base = explicit.unwrap_or_else(|| {
        let s = slugify(&title);
        if s.is_empty() { "muc".to_string() } else { s }
    });
    let id = unique_id(base, used_ids);
    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
        *slot = Some(CowStr::from(id.clone()));
    }
    Heading { level, id, title }
}

/// Points an `@/` link or image at its page's URL, or returns the error of a
/// link to no page, at its place in the file.
fn link_page(
    event: &mut (Event<'_>, Range<usize>),
    map: &events::Mapper<'_>,
) -> Option<Diagnostic> {
    let (Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }), range) = event
    else {
        return None;
    };
    let offset = (map.original)(range.start);
    match resolve(dest_url, map.source.links) {
        Some(url) => {
            *dest_url = CowStr::from(url);
            None
        }
        None => match unpublished(dest_url, map.source.unpublished) {
            Some(page) => {
                let at = map.locator.location(offset);
                Some(map.locator.quote(page.link_error(at, dest_url)))
            }
            None => Some(broken_link(dest_url, offset, map.locator)),
        },
    }
}

/// The body HTML and the summary HTML of the rewritten events, with the
/// shortcodes' output in place of their placeholders.
fn write_html(
    text: &str,
    events: &[(Event<'_>, Range<usize>)],
    expanded: Option<&shortcodes::Expanded<'_>>,
) -> (String, String) {
    let mut body = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut body, events.iter().map(|(e, _)| e.clone()));
    let mut summary_html = summary(text, events);
    if let Some(e) = expanded {
        body = shortcodes::substitute(&body, &e.outputs);
        summary_html = shortcodes::substitute(&summary_html, &e.outputs);
    }
    (body, summary_html)
}

/// Renders a short inline Markdown text (a summary written in front matter).
pub(crate) fn render_inline(text: &str) -> String {
    let mut out = String::new();
    html::push_html(&mut out, Parser::new_ext(text, options()));
    out
}

fn summary(markdown: &str, events: &[(Event<'_>, Range<usize>)]) -> String {
    if let Some(cut) = markdown.find(MORE_MARK) {
        let mut out = String::new();
        html::push_html(
            &mut out,
            events
                .iter()
                .take_while(|(_, r)| r.start < cut)
                .map(|(e, _)| e.clone()),
        );
        return out;
    }
    let Some(start) = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Start(Tag::Paragraph)))
    else {
        return String::new();
    };
    let end = events[start..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)))
        .map_or(events.len(), |n| start + n + 1);
    let mut out = String::new();
    html::push_html(&mut out, events[start..end].iter().map(|(e, _)| e.clone()));
    out
}

/// The page an `@/` link names, when this build leaves it out.
fn unpublished<'u>(
    target: &str,
    pages: &'u HashMap<String, crate::content::unpublished::Unpublished>,
) -> Option<&'u crate::content::unpublished::Unpublished> {
    let rest = target.strip_prefix("@/")?;
    let file = rest.split('#').next().unwrap_or_default();
    pages.get(crate::text::nfc::to_nfc(file).as_ref())
}

/// `@/a/b.md#x` → `/a/b/#x`.
fn resolve(target: &str, links: &HashMap<String, String>) -> Option<String> {
    let rest = target.strip_prefix("@/")?;
    let (file, anchor) = match rest.split_once('#') {
        Some((f, a)) => (f, Some(a)),
        None => (rest, None),
    };
    let file = crate::text::nfc::to_nfc(file);
    let path = links.get(file.as_ref())?;
    Some(match anchor {
        Some(a) => format!("{path}#{a}"),
        None => path.clone(),
    })
}

fn broken_link(target: &str, offset: usize, locator: &locate::Locator<'_>) -> Diagnostic {
    locator
        .error(offset, t!("link-missing-page", target = target))
        .hint(t!("link-missing-page.hint-internal"))
}

fn unique_id(base: String, used: &mut HashMap<String, usize>) -> String {
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        format!("{base}-{}", *n - 1)
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests;
