//! The values templates see, built once per build. tera 2 values share their data
//! (`Arc`), so a page's value is made once and listed by every section, term and
//! paginator that shows it without copying.

use std::collections::HashMap;

use tera::{Map, Value};

use crate::templating::Obj;

use crate::config::Config;
use crate::content::front_matter::Recipient;
use crate::content::{Library, Page, Section};
use crate::dates::{self, DateView, DateWords};
use crate::text::slug::slugify;

/// Every value templates need, keyed for lookups by functions.
pub(crate) struct Values {
    /// Per page (same order as the library): the listing form, without the body.
    pub page_cards: Vec<Value>,
    /// Per page: the pages related to it (most shared tags first).
    pub related: Vec<Vec<usize>>,
    /// Per section (same order): the full form with all its page cards.
    pub sections: Vec<Value>,
    /// `content/`-relative path → page index.
    pub page_index: HashMap<String, usize>,
    /// `content/`-relative `_index.md` path or site path → section index.
    pub section_index: HashMap<String, usize>,
}

/// What a rebuild may take over from the previous values (`loa serve`).
pub(crate) struct Reuse<'a> {
    /// The previous values.
    pub previous: &'a Values,
    /// Per page (new index): the index the same file had before, if it was published.
    pub previous_index: &'a [Option<usize>],
    /// Per page (new index): true when neither the page nor its section changed,
    /// so its card is the same.
    pub unchanged: &'a [bool],
    /// True when no page's tags, date or order changed, so related lists are the same.
    pub same_related: bool,
}

/// A page's date as templates see it, without a time when it was written without
/// one (`date: 2020-06-01`).
fn written_date_value(
    d: &dates::Date,
    written: Option<&crate::content::front_matter::Scalar>,
    words: &DateWords,
) -> Value {
    if written.is_some_and(|w| dates::is_bare(&w.0)) {
        Value::from_serializable(&DateView::date_only(d, words))
    } else {
        date_value(d, words)
    }
}

/// A date as templates see it.
pub(crate) fn date_value(d: &dates::Date, words: &DateWords) -> Value {
    Value::from_serializable(&DateView::new(d, words))
}

/// Builds every value of the library.
pub(crate) fn build(config: &Config, library: &Library, words: &DateWords) -> Values {
    build_reusing(config, library, words, None)
}

/// Builds every value of the library, taking over from `reuse` the cards of pages
/// that did not change, and the related lists when no page moved.
pub(crate) fn build_reusing(
    config: &Config,
    library: &Library,
    words: &DateWords,
    reuse: Option<&Reuse<'_>>,
) -> Values {
    use rayon::prelude::*;
    // The display name of every term, by taxonomy and slug: a page that writes
    // "Hà giang" links to, and shows, the term as most pages spell it.
    let term_names: Vec<HashMap<&str, &str>> = library
        .taxonomies
        .iter()
        .map(|t| {
            t.terms
                .iter()
                .map(|term| (term.slug.as_str(), term.name.as_str()))
                .collect()
        })
        .collect();
    let old = |i: usize| {
        let r = reuse?;
        if r.unchanged.get(i).copied().unwrap_or(false) {
            r.previous_index.get(i).copied().flatten()
        } else {
            None
        }
    };
    let page_cards: Vec<Value> = library
        .pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| match (old(i), reuse) {
            (Some(o), Some(r)) => r.previous.page_cards[o].clone(),
            _ => card(config, library, &term_names, p, words).done(),
        })
        .collect();
    let related = match reuse {
        Some(r) if r.same_related && r.previous_index.len() == library.pages.len() => {
            let mut new_of = vec![None; r.previous.related.len()];
            for (new, old) in r.previous_index.iter().enumerate() {
                if let Some(o) = old.filter(|&o| o < new_of.len()) {
                    new_of[o] = Some(new);
                }
            }
            r.previous_index
                .iter()
                .map(|o| {
                    o.and_then(|o| r.previous.related.get(o))
                        .map(|list| list.iter().filter_map(|&j| new_of[j]).collect())
                        .unwrap_or_default()
                })
                .collect()
        }
        _ => super::related::related_pages(library),
    };
    let sections: Vec<Value> = library
        .sections
        .iter()
        .map(|s| section_value(config, library, s, &page_cards))
        .collect();
    let page_index = library
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.relative.clone(), i))
        .collect();
    let mut section_index = HashMap::new();
    for (i, s) in library.sections.iter().enumerate() {
        section_index.insert(s.relative.clone(), i);
        section_index.insert(s.path.clone(), i);
    }
    Values {
        page_cards,
        related,
        sections,
        page_index,
        section_index,
    }
}

/// A page as lists show it: everything but its body.
fn card(
    config: &Config,
    library: &Library,
    term_names: &[HashMap<&str, &str>],
    p: &Page,
    words: &DateWords,
) -> Obj {
    let section = &library.sections[p.section];
    let authors: Vec<Value> = p
        .taxonomies
        .get("authors")
        .map(|a| a.iter().map(|s| Value::from(s.as_str())).collect())
        .unwrap_or_default();
    Obj::new()
        .set("title", p.title.as_str())
        .set("url", p.path.as_str())
        .set("permalink", config.permalink(&p.path))
        .set("slug", p.slug.as_str())
        .set("kind", p.kind().as_str())
        .set("file", p.file.to_string_lossy().replace('\\', "/"))
        .set("relative", p.relative.as_str())
        .set(
            "date",
            written_date_value(&p.date, p.meta.date.as_ref(), words),
        )
        .opt(
            "updated",
            p.updated
                .as_ref()
                .map(|d| written_date_value(d, p.meta.updated.as_ref(), words)),
        )
        .html("summary", &p.summary_html)
        // The summary is the body's first paragraph when front matter writes none.
        .set(
            "summary_in_body",
            p.meta
                .summary
                .as_deref()
                .is_none_or(|s| s.trim().is_empty()),
        )
        .set("summary_text", p.summary_text.as_str())
        .set("authors", authors)
        .opt("source", p.meta.source.as_deref())
        .opt("image", lead_image(config, p))
        .set("taxonomies", card_terms(config, term_names, p))
        .set("featured", p.meta.featured)
        .set("draft", p.meta.draft)
        .set("weight", p.meta.weight)
        .set("word_count", p.word_count)
        .set("reading_time", p.reading_time)
        .ser("model", &p.meta.model)
        .ser("metrics", &p.meta.metrics)
        .set(
            "metric_groups",
            crate::render::figures::metric_groups(&p.meta.metrics),
        )
        .opt(
            "award",
            p.meta.award.as_ref().map(|a| award_value(a, config, words)),
        )
        .ser("extra", &p.meta.extra)
        .set(
            "section",
            Obj::new()
                .set("title", section.title.as_str())
                .set("url", section.path.as_str())
                .set("dedicated", section.meta.dedicated)
                .done(),
        )
}

/// A page's terms, per taxonomy of `site.yaml`: `{name, url, slug}` each, the
/// name as most pages spell it.
fn card_terms(config: &Config, term_names: &[HashMap<&str, &str>], p: &Page) -> Value {
    let mut taxonomies = Map::new();
    for (index, t) in config.taxonomies.iter().enumerate() {
        let terms: Vec<Value> = p
            .taxonomies
            .get(&t.name)
            .map(|names| {
                names
                    .iter()
                    .map(|n| {
                        let slug = slugify(n);
                        let name = term_names
                            .get(index)
                            .and_then(|names| names.get(slug.as_str()).copied())
                            .unwrap_or(n.as_str());
                        Obj::new()
                            .set("name", name)
                            .set("url", format!("/{}/{}/", t.path, slug))
                            .set("slug", slug)
                            .done()
                    })
                    .collect()
            })
            .unwrap_or_default();
        taxonomies.insert(t.name.clone().into(), Value::from(terms));
    }
    Value::from(taxonomies)
}

/// A page's `image`: its URL, caption and alt text, and, when it was probed, its
/// size, `srcset`s and OpenGraph variant.
fn lead_image(config: &Config, p: &Page) -> Option<Value> {
    let src = p.meta.image.as_deref()?;
    let url = image_url(p, src);
    let obj = Obj::new()
        .set("permalink", config.permalink(&url))
        .set("url", url)
        .opt("caption", p.meta.image_caption.as_deref())
        .opt("width", p.image_info.as_ref().map(|i| i.width))
        .opt("height", p.image_info.as_ref().map(|i| i.height))
        .set("alt", p.meta.image_caption.as_deref().unwrap_or(&p.title));
    Some(match &p.image_info {
        Some(info) => crate::images::with_image_fields(obj, info).done(),
        None => obj.done(),
    })
}

/// Where a page's image is served: bundle-relative names sit in the page's folder.
/// Local names are percent-encoded (`ảnh 1.jpg`), once.
pub(crate) fn image_url(p: &Page, src: &str) -> String {
    use crate::text::url::encode_path;
    if src.starts_with("http://") || src.starts_with("https://") || src.starts_with("//") {
        src.to_string()
    } else if src.starts_with('/') {
        encode_path(src).into_owned()
    } else {
        format!("{}{}", p.path, encode_path(src.trim_start_matches("./")))
    }
}

/// The full value of page `index`: its card plus the body, headings, neighbours and
/// related pages. Made when the page is rendered, not kept: holding every page's
/// HTML twice (in the library and in values) would double a big site's memory.
pub(crate) fn page_value(library: &Library, index: usize, values: &Values) -> Value {
    let p = &library.pages[index];
    let cards = &values.page_cards;
    let related = &values.related[index];
    let section = &library.sections[p.section];
    let position = section.pages.iter().position(|&i| i == index);
    // Sections list newest first: the "earlier" story is the next one in the list.
    let neighbour = |offset: isize| {
        position
            .and_then(|pos| pos.checked_add_signed(offset))
            .and_then(|pos| section.pages.get(pos))
            .map(|&i| cards[i].clone())
    };
    let mut obj = match cards[index].as_map() {
        Some(m) => Obj::from_map(m.clone()),
        None => Obj::new(),
    };
    obj = obj
        .html("content", &p.html)
        .ser("toc", &p.toc)
        .opt("earlier", neighbour(1))
        .opt("later", neighbour(-1))
        .set(
            "related",
            related
                .iter()
                .map(|&i| cards[i].clone())
                .collect::<Vec<_>>(),
        );
    obj.done()
}

fn section_value(config: &Config, library: &Library, s: &Section, cards: &[Value]) -> Value {
    let pages: Vec<Value> = s.pages.iter().map(|&i| cards[i].clone()).collect();
    let subsections: Vec<Value> = s
        .subsections
        .iter()
        .map(|&i| section_summary(config, &library.sections[i], cards))
        .collect();
    let summary = section_summary(config, s, cards);
    let mut obj = match summary.as_map() {
        Some(m) => Obj::from_map(m.clone()),
        None => Obj::new(),
    };
    obj = obj
        .html("content", &s.html)
        .set("pages", pages)
        .set("subsections", subsections)
        .opt(
            "parent",
            s.parent
                .map(|p| section_summary(config, &library.sections[p], cards)),
        );
    obj.done()
}

/// A section without its page list, for menus and breadcrumbs.
pub(crate) fn section_summary(config: &Config, s: &Section, cards: &[Value]) -> Value {
    Obj::new()
        .set("title", s.title.as_str())
        .opt("description", s.meta.description.as_deref())
        .set("url", s.path.as_str())
        .set("permalink", config.permalink(&s.path))
        .set("relative", s.relative.as_str())
        .set("dedicated", s.meta.dedicated)
        .set("feeds", s.meta.feeds)
        .set("weight", s.meta.weight)
        .set("is_home", s.is_home())
        .set("page_count", s.pages.len())
        .set(
            "latest",
            s.pages
                .iter()
                .take(8)
                .map(|&i| cards[i].clone())
                .collect::<Vec<_>>(),
        )
        .ser("extra", &s.meta.extra)
        .done()
}

/// An award with its recipients grouped by form, each group in Vietnamese order:
/// people by given name, collectives by full name, `sort_key` first when given.
/// `date_view` is the decision's date in every human form (as `page.date`).
fn award_value(
    a: &crate::content::front_matter::Award,
    config: &Config,
    words: &DateWords,
) -> Value {
    let groups: Vec<Value> = award_groups(a)
        .into_iter()
        .map(|(form, list)| {
            Obj::new()
                .set("form", form)
                .set(
                    "recipients",
                    list.into_iter()
                        .map(Value::from_serializable)
                        .collect::<Vec<_>>(),
                )
                .done()
        })
        .collect();
    Obj::new()
        .opt("decision", a.decision.as_deref())
        .opt("date", a.date.as_ref().map(|d| d.0.as_str()))
        .opt(
            "date_view",
            a.date
                .as_ref()
                .and_then(|d| dates::parse(&d.0, config.timezone))
                .map(|d| date_value(&d, words)),
        )
        .opt("issuer", a.issuer.as_deref())
        .ser("recipients", &a.recipients)
        .set("groups", groups)
        .done()
}

/// An award's recipients grouped by form (in the order forms first appear), each
/// group in Vietnamese order; what the award table and its downloads list.
pub(crate) fn award_groups(
    a: &crate::content::front_matter::Award,
) -> Vec<(String, Vec<&Recipient>)> {
    let mut groups: Vec<(String, Vec<&Recipient>)> = Vec::new();
    for r in &a.recipients {
        let form = r.form.clone().unwrap_or_default();
        match groups.iter_mut().find(|(f, _)| *f == form) {
            Some((_, list)) => list.push(r),
            None => groups.push((form, vec![r])),
        }
    }
    for (_, list) in &mut groups {
        list.sort_by_cached_key(|r| r.sort_key());
    }
    groups
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
