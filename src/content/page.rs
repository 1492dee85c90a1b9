//! A page: one article (a Markdown file or a bundle's `index.md`), checked and
//! placed at its URL.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::front_matter::{self, PageFrontMatter, PageKind};
use crate::dates::{self, Date};
use crate::error::{Diagnostic, Location};
use crate::text::slug::slugify;
use crate::yaml::YamlSource;

/// A page, loaded and checked; its HTML is filled in by the render step.
#[derive(Debug, Clone)]
pub struct Page {
    /// The file, relative to the site root (`content/a/b.md`), for messages.
    pub file: PathBuf,
    /// The path relative to `content/` with `/` separators, NFC (`a/b.md`), for `@/` links.
    pub relative: String,
    /// The bundle folder (absolute), when the page is `<name>/index.md`.
    pub bundle_dir: Option<PathBuf>,
    /// Files beside a bundle's `index.md`, relative to the bundle folder.
    pub assets: Vec<PathBuf>,
    /// The content folders it sits in (slugified), which pick its section.
    pub dirs: Vec<String>,
    /// Front matter.
    pub meta: PageFrontMatter,
    /// Terms per taxonomy name, NFC, as written.
    pub taxonomies: BTreeMap<String, Vec<String>>,
    /// Headline.
    pub title: String,
    /// Publication date.
    pub date: Date,
    /// Last update.
    pub updated: Option<Date>,
    /// Hidden after this.
    pub expires: Option<Date>,
    /// URL slug.
    pub slug: String,
    /// Site path: `/section/slug/`.
    pub path: String,
    /// Where the Markdown body starts in `source_text` (bytes).
    pub body_start: usize,
    /// The file line where the body starts.
    pub body_line: usize,
    /// The whole source text (for quoting lines in errors); freed once rendered.
    pub source_text: String,
    /// Rendered body HTML.
    pub html: String,
    /// Rendered summary HTML (the sapo).
    pub summary_html: String,
    /// Summary as plain text (for meta descriptions and feeds).
    pub summary_text: String,
    /// Headings of the body, for a table of contents.
    pub toc: Vec<Heading>,
    /// Words in the body.
    pub word_count: usize,
    /// Minutes to read.
    pub reading_time: usize,
    /// The lead image (`image:`), probed with its planned variants; set while
    /// the site loads, for local raster and SVG images.
    pub image_info: Option<std::sync::Arc<crate::media::ImageInfo>>,
    /// The section it belongs to (index into the library's sections).
    pub section: usize,
    /// The root-relative links of its body, checked once the output is written.
    pub root_links: Vec<RootLink>,
}

/// A root-relative link of a Markdown body (`[bài](/tin-tuc/bai/)`), with the error
/// to report, at its place in the file, if the output has nothing there.
#[derive(Debug, Clone)]
pub struct RootLink {
    /// The link as written (decoded by the checker).
    pub target: String,
    /// The error at the link's line and column, with the line.
    pub if_broken: Diagnostic,
}

/// A heading of the body.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// Anchor id.
    pub id: String,
    /// Text.
    pub title: String,
}

impl Page {
    /// The Markdown body (empty once rendered and freed).
    pub fn markdown(&self) -> &str {
        self.source_text.get(self.body_start..).unwrap_or_default()
    }

    /// The page's kind.
    pub fn kind(&self) -> PageKind {
        self.meta.kind
    }

    /// True for news (every kind but `page`): listed in its section, its terms,
    /// the feeds, archives and the home page.
    pub fn is_listed(&self) -> bool {
        self.meta.kind != PageKind::Page
    }

    /// The folder of its output (`section/slug`).
    pub fn output_dir(&self) -> &str {
        self.path.trim_matches('/')
    }
}

/// Everything [`parse`] needs from outside the file.
pub struct PageInput<'a> {
    /// Site config.
    pub config: &'a Config,
    /// The file relative to the site root, for messages.
    pub file: &'a Path,
    /// Path relative to `content/`, `/`-separated, NFC.
    pub relative: &'a str,
    /// The file's text, NFC.
    pub text: String,
    /// Bundle folder if this is a bundle's `index.md`.
    pub bundle_dir: Option<PathBuf>,
}

/// Parses and checks one page file. Every problem in it is returned.
pub fn parse(input: PageInput<'_>) -> Result<Page, Vec<Diagnostic>> {
    let PageInput {
        config,
        file,
        relative,
        text,
        bundle_dir,
    } = input;
    let split = front_matter::split(&text, file).map_err(|d| vec![d])?;
    let source = YamlSource {
        path: file,
        file_text: &text,
        line_offset: 1,
    };
    let names: Vec<&str> = config.taxonomies.iter().map(|t| t.name.as_str()).collect();
    let parsed = front_matter::parse_page(split.yaml, source, &names)?;
    let meta = parsed.fm;
    let mut problems = Vec::new();
    let title = checked_title(&meta, split.yaml, source, &mut problems);
    let (date, updated, expires) =
        checked_dates(&meta, split.yaml, source, config.timezone, &mut problems);
    let (dirs, stem) = place(relative, bundle_dir.is_some());
    if let Some(folder) = relative.split('/').zip(&dirs).find(|(_, d)| d.is_empty()) {
        problems.push(empty_folder_slug(file, folder.0));
    }
    let slug = checked_slug(&meta, &stem, split.yaml, source, &mut problems);
    problems.extend(url_problems(
        &meta,
        &slug,
        &parsed.taxonomies,
        split.yaml,
        source,
    ));
    let (Some(date), true) = (date, problems.is_empty()) else {
        return Err(problems);
    };
    let path = site_path(&dirs, &slug);
    let taxonomies = tidy_terms(parsed.taxonomies);
    let assets = bundle_dir.as_deref().map(list_assets).unwrap_or_default();
    Ok(Page {
        file: file.to_path_buf(),
        relative: relative.to_string(),
        bundle_dir,
        assets,
        dirs,
        taxonomies,
        title,
        date,
        updated,
        expires,
        slug,
        path,
        body_start: text.len() - split.body.len(),
        body_line: split.body_line,
        html: String::new(),
        summary_html: String::new(),
        summary_text: String::new(),
        toc: Vec::new(),
        word_count: 0,
        reading_time: 0,
        image_info: None,
        section: 0,
        root_links: Vec::new(),
        meta,
        source_text: text,
    })
}

/// The headline, trimmed; a missing or blank `title` is a problem (at its line
/// when it is there, else at the file's start).
fn checked_title(
    meta: &PageFrontMatter,
    yaml: &str,
    source: YamlSource<'_>,
    problems: &mut Vec<Diagnostic>,
) -> String {
    if let Some(t) = meta
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        return t.to_string();
    }
    let at = if meta.title.is_some() {
        front_matter::key_location(yaml, "title", source)
    } else {
        Location::at(source.path, 1, 1)
    };
    problems.push(
        Diagnostic::error(at, t!("page-missing-title"))
            .hint(t!("page-missing-title.hint"))
            .with_source(source.file_text),
    );
    String::new()
}

/// The page's `date`, `updated` and `expires`, read in `timezone`; one that
/// cannot be read is a problem, and so is a missing `date`.
fn checked_dates(
    meta: &PageFrontMatter,
    yaml: &str,
    source: YamlSource<'_>,
    timezone: chrono_tz::Tz,
    problems: &mut Vec<Diagnostic>,
) -> (Option<Date>, Option<Date>, Option<Date>) {
    let mut date_of = |key: &str, value: &Option<front_matter::Scalar>| -> Option<Date> {
        let value = value.as_ref()?;
        let parsed = dates::parse(&value.0, timezone);
        if parsed.is_none() {
            problems.push(
                Diagnostic::error(
                    front_matter::key_location(yaml, key, source),
                    t!("date-unreadable", key = key, value = &value.0),
                )
                .hint(t!("date-unreadable.hint"))
                .with_source(source.file_text),
            );
        }
        parsed
    };
    let date = date_of("date", &meta.date);
    let updated = date_of("updated", &meta.updated);
    let expires = date_of("expires", &meta.expires);
    if meta.date.is_none() {
        problems.push(
            Diagnostic::error(Location::at(source.path, 1, 1), t!("page-missing-date"))
                .hint(t!("page-missing-date.hint"))
                .with_source(source.file_text),
        );
    }
    (date, updated, expires)
}

/// The URL slug: the `slug` key's, else the file's (or bundle's) name,
/// slugified; an empty one is a problem.
fn checked_slug(
    meta: &PageFrontMatter,
    stem: &str,
    yaml: &str,
    source: YamlSource<'_>,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let slug = match meta.slug.as_deref() {
        Some(s) => slugify(s),
        None => slugify(stem),
    };
    if slug.is_empty() {
        let at = if meta.slug.is_some() {
            front_matter::key_location(yaml, "slug", source)
        } else {
            Location::file(source.path)
        };
        problems.push(
            Diagnostic::error(at, t!("page-empty-slug"))
                .hint(t!("page-empty-slug.hint"))
                .with_source(source.file_text),
        );
    }
    slug
}

/// The site path of a page in the folders `dirs` with `slug`: `/a/b/slug/`.
fn site_path(dirs: &[String], slug: &str) -> String {
    let mut path = String::from("/");
    for d in dirs {
        path.push_str(d);
        path.push('/');
    }
    path.push_str(slug);
    path.push('/');
    path
}

/// Terms with their runs of white space made single spaces; blank terms dropped.
fn tidy_terms(taxonomies: BTreeMap<String, Vec<String>>) -> BTreeMap<String, Vec<String>> {
    taxonomies
        .into_iter()
        .map(|(k, terms)| {
            let terms = terms
                .into_iter()
                .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|t| !t.is_empty())
                .collect();
            (k, terms)
        })
        .collect()
}

/// The longest URL segment (a slug, a term's slug, a part of an alias) loa writes as
/// a file or folder name: file systems stop at 255 bytes, and some names get a suffix.
pub(crate) const MAX_SEGMENT_BYTES: usize = 200;

/// Problems with the parts of URLs the front matter gives: aliases that leave the
/// site, and slugs, terms or aliases too long for a file name.
fn url_problems(
    meta: &PageFrontMatter,
    slug: &str,
    taxonomies: &BTreeMap<String, Vec<String>>,
    yaml: &str,
    source: YamlSource<'_>,
) -> Vec<Diagnostic> {
    let at_key = |key: &str, message: String, hint: String| {
        Diagnostic::error(front_matter::key_location(yaml, key, source), message)
            .hint(hint)
            .with_source(source.file_text)
    };
    let too_long = || t!("page-segment-too-long", bytes = MAX_SEGMENT_BYTES);
    let mut problems = Vec::new();
    if slug.len() > MAX_SEGMENT_BYTES {
        let message = t!("page-slug-too-long", bytes = slug.len());
        problems.push(if meta.slug.is_some() {
            at_key("slug", message, too_long())
        } else {
            // Made from the file name: name the file.
            Diagnostic::error(Location::file(source.path), message)
                .hint(t!("page-slug-too-long.hint"))
        });
    }
    for alias in &meta.aliases {
        let shown: String = alias.chars().take(60).collect();
        match crate::output::normalise_alias(alias) {
            None => {
                let alias = shown.escape_debug().to_string();
                problems.push(at_key(
                    "aliases",
                    t!("page-alias-outside", alias = alias),
                    t!("page-alias-outside.hint"),
                ))
            }
            Some(path) if path.split('/').any(|p| p.len() > MAX_SEGMENT_BYTES) => {
                problems.push(at_key(
                    "aliases",
                    t!("page-alias-too-long", alias = shown),
                    too_long(),
                ))
            }
            Some(_) => {}
        }
    }
    for (name, terms) in taxonomies {
        for term in terms
            .iter()
            .filter(|t| slugify(t).len() > MAX_SEGMENT_BYTES)
        {
            let shown: String = term.chars().take(60).collect();
            problems.push(at_key(
                name,
                t!("page-term-too-long", term = shown, taxonomy = name),
                too_long(),
            ));
        }
    }
    problems
}

/// A folder whose name gives no URL segment (no letter or digit): its pages would get
/// an empty segment, and `//` in a link means another host.
pub(crate) fn empty_folder_slug(file: &Path, folder: &str) -> Diagnostic {
    Diagnostic::error(
        Location::file(file),
        t!("content-folder-without-slug", folder = folder),
    )
    .hint(t!("content-folder-without-slug.hint"))
}

/// Splits a content-relative path into its slugified folders and the name the slug
/// comes from: `a/b.md` → (["a"], "b"); a bundle `a/b/index.md` → (["a"], "b").
fn place(relative: &str, bundle: bool) -> (Vec<String>, String) {
    let mut parts: Vec<&str> = relative.split('/').collect();
    let file = parts.pop().unwrap_or_default();
    let stem = if bundle {
        parts.pop().unwrap_or_default().to_string()
    } else {
        file.strip_suffix(".md").unwrap_or(file).to_string()
    };
    (parts.into_iter().map(slugify).collect(), stem)
}

/// Files beside a bundle's `index.md` (not Markdown, not hidden), recursively.
fn list_assets(dir: &Path) -> Vec<PathBuf> {
    let mut assets: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            !name.starts_with('.') && !name.ends_with(".md") && !name.ends_with('~')
        })
        .filter_map(|e| e.path().strip_prefix(dir).ok().map(Path::to_path_buf))
        .collect();
    assets.sort();
    assets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_of_files_and_bundles() {
        assert_eq!(place("a/b.md", false), (vec!["a".into()], "b".into()));
        assert_eq!(place("a/b/index.md", true), (vec!["a".into()], "b".into()));
        assert_eq!(
            place("Tin tức/x.md", false),
            (vec!["tin-tuc".into()], "x".into())
        );
    }
}
