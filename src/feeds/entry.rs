//! What every feed, embed and oEmbed file says about a page, worked out once per
//! page and only for the pages something shows: its permanent id, dates in the
//! site's time zone, authors and tags with their URLs, the lead image with its
//! file size and dimensions, and its HTML with every URL made absolute.

use std::sync::OnceLock;

use chrono::Datelike;

use crate::content::Page;
use crate::dates::Date;
use crate::feeds::html::absolutize;
use crate::feeds::xml::clean;
use crate::model::Model;
use crate::output::safe_join;
use crate::render::values::image_url;
use crate::theme::Source;

/// One page as syndication shows it. Text is NFC without control characters.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// Permanent id: the front matter `id`, or a tag URI from host, date and path.
    pub id: String,
    /// Absolute URL of the page.
    pub url: String,
    /// Headline.
    pub title: String,
    /// First publication, in the site's time zone.
    pub published: Date,
    /// Last update (the publication date when never updated), site time zone.
    pub updated: Date,
    /// Authors and the URLs of their pages (when there is an `authors` taxonomy).
    pub authors: Vec<(String, Option<String>)>,
    /// Tags and the URLs of their pages.
    pub tags: Vec<(String, String)>,
    /// The sapo as HTML with absolute URLs.
    pub summary_html: String,
    /// The sapo as plain text.
    pub summary_text: String,
    /// The section's title.
    pub section: String,
    /// The lead image.
    pub image: Option<Image>,
}

/// A page's lead image, with what feeds must say about the file.
#[derive(Debug, Clone)]
pub(crate) struct Image {
    /// Absolute URL.
    pub url: String,
    /// MIME type from the file name.
    pub mime: &'static str,
    /// File size in bytes (unknown for remote images).
    pub length: Option<u64>,
    /// Pixel width and height, when the header could be read.
    pub size: Option<(u32, u32)>,
    /// Caption.
    pub caption: Option<String>,
    /// Credit.
    pub credit: Option<String>,
    /// Alternative text (the caption, else the headline).
    pub alt: String,
}

/// Lazily built entries and full contents for every page of a site.
pub(crate) struct Entries<'a> {
    model: &'a Model,
    host: String,
    entries: Vec<OnceLock<Entry>>,
    contents: Vec<OnceLock<String>>,
}

impl<'a> Entries<'a> {
    /// Prepares the entries of `site` (nothing is computed yet).
    pub(crate) fn new(model: &'a Model) -> Self {
        let n = model.library.pages.len();
        Entries {
            model,
            host: host_of(&model.config.base_url).to_string(),
            entries: (0..n).map(|_| OnceLock::new()).collect(),
            contents: (0..n).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The site.
    pub(crate) fn model(&self) -> &'a Model {
        self.model
    }

    /// The entry of page `index`.
    pub(crate) fn get(&self, index: usize) -> &Entry {
        self.entries[index].get_or_init(|| self.make(index))
    }

    /// The page's full HTML for feeds: the sapo when written apart from the body,
    /// the lead image with its caption, then the body; every URL absolute.
    pub(crate) fn content(&self, index: usize) -> &str {
        self.contents[index].get_or_init(|| {
            let page = &self.model.library.pages[index];
            let entry = self.get(index);
            let mut html = String::with_capacity(page.html.len() + 256);
            if page
                .meta
                .summary
                .as_deref()
                .is_some_and(|s| !s.trim().is_empty())
            {
                html.push_str(&entry.summary_html);
            }
            if let Some(image) = &entry.image {
                html.push_str(&figure(image));
            }
            html.push_str(&absolutize(
                &page.html,
                &self.model.config.base_url,
                &page.path,
            ));
            clean(&html).into_owned()
        })
    }

    fn make(&self, index: usize) -> Entry {
        let model = self.model;
        let config = &model.config;
        let page = &model.library.pages[index];
        let tz = config.timezone;
        let published = page.date.with_timezone(&tz).fixed_offset();
        let updated = page
            .updated
            .map_or(published, |u| u.with_timezone(&tz).fixed_offset());
        let term_url = |taxonomy: &str, name: &str| {
            config
                .taxonomies
                .iter()
                .find(|t| t.name == taxonomy)
                .map(|t| config.permalink(&crate::content::taxonomy::term_path(t, name)))
        };
        let names = |taxonomy: &str| page.taxonomies.get(taxonomy).cloned().unwrap_or_default();
        Entry {
            id: page_id(page.meta.id.as_deref(), &page.path, &self.host, &published),
            url: config.permalink(&page.path),
            title: clean(&page.title).into_owned(),
            published,
            updated,
            authors: names("authors")
                .into_iter()
                .map(|a| {
                    let url = term_url("authors", &a);
                    (clean(&a).into_owned(), url)
                })
                .collect(),
            tags: names("tags")
                .into_iter()
                .filter_map(|t| {
                    let url = term_url("tags", &t)?;
                    Some((clean(&t).into_owned(), url))
                })
                .collect(),
            summary_html: clean(&absolutize(
                &page.summary_html,
                &config.base_url,
                &page.path,
            ))
            .into_owned(),
            summary_text: clean(&page.summary_text).into_owned(),
            section: clean(&model.library.sections[page.section].title).into_owned(),
            image: self.image(page),
        }
    }

    fn image(&self, page: &Page) -> Option<Image> {
        let src = page.meta.image.as_deref()?.trim();
        let config = &self.model.config;
        let remote =
            src.starts_with("http://") || src.starts_with("https://") || src.starts_with("//");
        let url = if remote {
            crate::feeds::html::resolve(src, &config.base_url, &page.path)
        } else {
            config.permalink(&image_url(page, src))
        };
        let file = if remote {
            None
        } else {
            self.image_file(page, src)
        };
        let caption = page
            .meta
            .image_caption
            .as_deref()
            .map(|c| clean(c.trim()).into_owned());
        Some(Image {
            mime: mime_of(src),
            length: file.as_ref().and_then(|f| match f {
                Source::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
                Source::Builtin { bytes, .. } => Some(bytes.len() as u64),
            }),
            // Measured once when the site was loaded.
            size: page
                .image_info
                .as_ref()
                .map(|i| (i.width, i.height))
                .filter(|&(w, h)| w > 0 && h > 0),
            alt: caption
                .clone()
                .unwrap_or_else(|| clean(&page.title).into_owned()),
            caption,
            credit: page
                .meta
                .image_credit
                .as_deref()
                .map(|c| clean(c.trim()).into_owned()),
            url,
        })
    }

    /// The file an image will be copied from (same rules as the image check).
    fn image_file(&self, page: &Page, src: &str) -> Option<Source> {
        match src.strip_prefix('/') {
            Some(rooted) => self.model.files.get(rooted).cloned(),
            None => {
                let bundle = page.bundle_dir.as_deref()?;
                safe_join(bundle, src.trim_start_matches("./"))
                    .filter(|p| p.is_file())
                    .map(Source::File)
            }
        }
    }
}

/// `<figure>` of the lead image for feed content.
fn figure(image: &Image) -> String {
    use crate::text::escape::html;
    let mut s = format!(
        "<figure><img src=\"{}\" alt=\"{}\">",
        html(&image.url),
        html(&image.alt)
    );
    if let Some(c) = &image.caption {
        s.push_str("<figcaption>");
        s.push_str(&html(c));
        if let Some(credit) = &image.credit {
            s.push_str(" (");
            s.push_str(&html(credit));
            s.push(')');
        }
        s.push_str("</figcaption>");
    }
    s.push_str("</figure>");
    s
}

/// The host of a base URL: `https://a.b:8080/x` → `a.b`.
pub(crate) fn host_of(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let end = rest.find(['/', ':', '?', '#']).unwrap_or(rest.len());
    &rest[..end]
}

/// A page's permanent id. An explicit `id:` with a scheme (`urn:…`, `tag:…`,
/// `https://…`) is used as written; one without becomes a tag URI; by default
/// `tag:<host>,<first publication date>:<path>` (RFC 4151), which survives
/// changes of title and of everything but the URL's path and date.
pub(crate) fn page_id(explicit: Option<&str>, path: &str, host: &str, published: &Date) -> String {
    let day = format!(
        "{:04}-{:02}-{:02}",
        published.year(),
        published.month(),
        published.day()
    );
    match explicit.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) if has_scheme(id) => clean(id).into_owned(),
        Some(id) => format!("tag:{host},{day}:{}", tag_specific(id)),
        None => format!("tag:{host},{day}:{path}"),
    }
}

fn has_scheme(s: &str) -> bool {
    s.split_once(':').is_some_and(|(scheme, _)| {
        let mut c = scheme.chars();
        c.next().is_some_and(|f| f.is_ascii_alphabetic())
            && c.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// Percent-encodes what a tag URI's specific part cannot hold.
fn tag_specific(id: &str) -> String {
    crate::text::url::encode_tag_specific(&clean(id))
}

/// MIME type of an image from its file name.
pub(crate) fn mime_of(src: &str) -> &'static str {
    let name = src.split(['?', '#']).next().unwrap_or(src);
    let ext = name.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_and_mime() {
        assert_eq!(host_of("https://a.example.org:8080/x"), "a.example.org");
        assert_eq!(host_of("https://example.org"), "example.org");
        assert_eq!(mime_of("a/B.JPG"), "image/jpeg");
        assert_eq!(mime_of("x.svg?v=1"), "image/svg+xml");
    }

    #[test]
    fn explicit_ids() {
        let d = chrono::DateTime::parse_from_rfc3339("2016-08-15T09:00:00+07:00").unwrap();
        let id = |explicit| page_id(explicit, "/tin/bai/", "example.org", &d);
        assert_eq!(id(None), "tag:example.org,2016-08-15:/tin/bai/");
        assert_eq!(id(Some(" ")), "tag:example.org,2016-08-15:/tin/bai/");
        assert_eq!(id(Some("urn:uuid:1234")), "urn:uuid:1234");
        assert_eq!(
            id(Some("bài 12")),
            "tag:example.org,2016-08-15:b%C3%A0i%2012"
        );
    }
}
