//! What the `<head>` of every page tells search engines, social networks and feed
//! readers, as the `seo` value each template sees (printed by the built-in
//! `seo_head.html`): canonical URL, description, OpenGraph and Twitter card facts,
//! the feeds to announce with `<link rel="alternate">`, the oEmbed discovery URL,
//! the embed snippets of sections, and JSON-LD.
//!
//! Fields of `seo`: `canonical`, `title`, `site_name`, `description`, `type`
//! (`article` | `website`), `locale`, `image` {`url`, `alt`, and `width`, `height` of the
//! 1200 px OpenGraph variant when one was made} or none,
//! `twitter_card`, `published`, `modified`, `section`, `tags`, `feeds` [{`type`,
//! `href`, `title`}], `oembed`, `embed` (see [`crate::embed::snippets`]) or none,
//! `robots` or none, `jsonld` (safe to print inside `<script>`).

mod jsonld;

use tera::Value;

use crate::config::Config;
use crate::feeds::{
    Format, section_feed_title, section_has_feeds, taxonomy_label, term_feed_title,
};
use crate::model::Model;
use crate::model::jobs::Job;
use crate::render::i18n::I18n;
use crate::templating::Obj;
use jsonld::Crumb;

/// The longest meta description, in characters.
const DESCRIPTION_CHARS: usize = 300;

/// The `seo` value for one rendered file at site path `path`.
pub(crate) fn value(model: &Model, i18n: &I18n, job: &Job, path: &str) -> Value {
    let config = &model.config;
    let lib = &model.library;
    let home_word = i18n
        .strings
        .get("home")
        .cloned()
        .unwrap_or_else(|| config.title.clone());
    let mut feeds = feed_links(config, "/", &config.title);
    let mut obj = Obj::new()
        .set("canonical", config.permalink(path))
        .set("site_name", config.title.as_str())
        .set(
            "locale",
            if config.language.code() == "vi" {
                "vi_VN"
            } else {
                "en_US"
            },
        );
    let site_description = config
        .description
        .clone()
        .unwrap_or_else(|| config.title.clone());
    let logo = config
        .publisher
        .as_ref()
        .and_then(|p| p.logo.as_deref())
        .map(|l| {
            Obj::new()
                .set("url", config.permalink(l))
                .set("alt", config.title.as_str())
                .done()
        });
    let mut graph = Vec::new();
    let mut embed = None;
    let (title, description, image) = match job {
        Job::Page { index, .. } => {
            let page = &lib.pages[*index];
            let section = &lib.sections[page.section];
            if section_has_feeds(section) {
                feeds.extend(feed_links(
                    config,
                    &section.path,
                    &section_feed_title(config, section),
                ));
            }
            let tz = config.timezone;
            let published = page.date.with_timezone(&tz).fixed_offset();
            let modified = page
                .updated
                .map_or(published, |u| u.with_timezone(&tz).fixed_offset());
            let image = page.meta.image.as_deref().map(|src| {
                // The 1200 px OpenGraph variant when the image pipeline made one.
                let og = page.image_info.as_ref().and_then(|i| i.og.as_ref());
                let url = og.map_or_else(
                    || crate::render::values::image_url(page, src),
                    |v| v.url.clone(),
                );
                Obj::new()
                    .opt("width", og.map(|v| v.width))
                    .opt("height", og.map(|v| v.height))
                    .set(
                        "url",
                        crate::feeds::html::resolve(&url, &config.base_url, &page.path),
                    )
                    .set(
                        "alt",
                        page.meta.image_caption.as_deref().unwrap_or(&page.title),
                    )
                    .done()
            });
            let tags: Vec<Value> = page
                .taxonomies
                .get("tags")
                .into_iter()
                .flatten()
                .map(|t| Value::from(t.as_str()))
                .collect();
            if page.is_listed() {
                obj = obj
                    .set("type", "article")
                    .set("published", crate::dates::rfc3339(&published))
                    .set("modified", crate::dates::rfc3339(&modified))
                    .opt(
                        "section",
                        (!section.is_home()).then_some(section.title.as_str()),
                    )
                    .set("tags", tags)
                    .set(
                        "oembed",
                        config.permalink(&crate::embed::oembed_path(&page.path)),
                    );
                graph.push(jsonld::article(model, page));
            } else {
                // Not news (about, contact): a plain web page, with no embed card.
                obj = obj.set("type", "website");
                graph.push(jsonld::web_page(model, page));
            }
            let mut crumbs = section_crumbs(model, page.section, &home_word);
            crumbs.push((page.title.clone(), page.path.clone()));
            graph.push(jsonld::breadcrumbs(config, crumbs));
            (page.title.clone(), page.summary_text.clone(), image)
        }
        Job::Section { index, .. } => {
            let section = &lib.sections[*index];
            if section.is_home() {
                graph.push(jsonld::website(config));
                embed = Some(crate::embed::snippets(config, "/", &config.title));
                (config.title.clone(), site_description.clone(), logo)
            } else {
                if section_has_feeds(section) {
                    let title = section_feed_title(config, section);
                    feeds.extend(feed_links(config, &section.path, &title));
                    embed = Some(crate::embed::snippets(config, &section.path, &title));
                }
                graph.push(jsonld::breadcrumbs(
                    config,
                    section_crumbs(model, *index, &home_word),
                ));
                let description = section
                    .meta
                    .description
                    .clone()
                    .unwrap_or_else(|| section.title.clone());
                (section.title.clone(), description, logo)
            }
        }
        Job::TaxonomyList { taxonomy, .. } => {
            let t = &lib.taxonomies[*taxonomy];
            let label = taxonomy_label(&t.config, i18n);
            let crumbs: Vec<Crumb> = vec![(home_word, "/".into()), (label.clone(), t.path.clone())];
            graph.push(jsonld::breadcrumbs(config, crumbs));
            (label.clone(), format!("{label} – {}", config.title), logo)
        }
        Job::Term { taxonomy, term, .. } => {
            let t = &lib.taxonomies[*taxonomy];
            let entry = &t.terms[*term];
            let label = taxonomy_label(&t.config, i18n);
            if t.config.feeds {
                let title = term_feed_title(config, &label, &entry.name);
                feeds.extend(feed_links(config, &entry.path, &title));
            }
            let crumbs: Vec<Crumb> = vec![
                (home_word, "/".into()),
                (label.clone(), t.path.clone()),
                (entry.name.clone(), entry.path.clone()),
            ];
            graph.push(jsonld::breadcrumbs(config, crumbs));
            (entry.name.clone(), format!("{label}: {}", entry.name), logo)
        }
        Job::ArchiveIndex | Job::Archive { .. } | Job::Search => {
            let key = if matches!(job, Job::Search) {
                "search"
            } else {
                "archive"
            };
            let label = i18n
                .strings
                .get(key)
                .cloned()
                .unwrap_or_else(|| key.to_string());
            let crumbs: Vec<Crumb> =
                vec![(home_word, "/".into()), (label.clone(), path.to_string())];
            graph.push(jsonld::breadcrumbs(config, crumbs));
            (label.clone(), format!("{label} – {}", config.title), logo)
        }
        Job::NotFound => {
            obj = obj.set("robots", "noindex");
            (config.title.clone(), site_description.clone(), logo)
        }
    };
    if !matches!(job, Job::Page { .. }) {
        obj = obj.set("type", "website");
    }
    let card = if matches!(job, Job::Page { .. }) && image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    obj.set("title", title)
        .set("description", shorten(&description, DESCRIPTION_CHARS))
        .opt("image", image)
        .set("twitter_card", card)
        .set("feeds", feeds)
        .opt("embed", embed.map(|v| Value::from_serializable(&v)))
        .set("jsonld", Value::safe_string(&jsonld::script_text(graph)))
        .done()
}

/// `<link rel="alternate">` facts for the enabled formats of the feeds in `dir`.
fn feed_links(config: &Config, dir: &str, title: &str) -> Vec<Value> {
    Format::enabled(config)
        .into_iter()
        .map(|f| {
            Obj::new()
                .set("type", f.mime())
                .set("href", config.permalink(&format!("{dir}{}", f.file())))
                .set("title", format!("{title} ({})", f.label()))
                .done()
        })
        .collect()
}

/// Home, then each ancestor section, then the section itself (home alone for home).
fn section_crumbs(model: &Model, section: usize, home_word: &str) -> Vec<Crumb> {
    let lib = &model.library;
    let mut chain = Vec::new();
    let mut at = Some(section);
    while let Some(i) = at {
        let s = &lib.sections[i];
        if !s.is_home() {
            chain.push((s.title.clone(), s.path.clone()));
        }
        at = s.parent;
    }
    chain.push((home_word.to_string(), "/".into()));
    chain.reverse();
    chain
}

/// At most `max` characters, cut at a space, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let text = crate::feeds::xml::clean(text);
    if text.chars().count() <= max {
        return text.into_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let end = cut.rfind(' ').filter(|&i| i > max / 2).unwrap_or(cut.len());
    format!("{}…", cut[..end].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_at_a_space() {
        assert_eq!(shorten("một hai ba", 100), "một hai ba");
        assert_eq!(shorten("một hai, ba bốn năm", 9), "một hai…");
        assert_eq!(shorten("một hai, ba bốn năm", 12), "một hai, ba…");
    }
}
