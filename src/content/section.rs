//! A section: a folder of `content/` with an `_index.md`; the root one is the home page.

use std::path::{Path, PathBuf};

use crate::content::front_matter::{self, SectionFrontMatter};
use crate::error::Diagnostic;
use crate::text::slug::slugify;
use crate::yaml::YamlSource;

/// A section with its pages and subsections (indices into the library).
#[derive(Debug, Clone)]
pub struct Section {
    /// The `_index.md`, relative to the site root (absent for a home page without one).
    pub file: Option<PathBuf>,
    /// Path relative to `content/` (`a/_index.md`, or `_index.md` for home).
    pub relative: String,
    /// Slugified folder names from `content/` down to it (empty for home).
    pub dirs: Vec<String>,
    /// Front matter.
    pub meta: SectionFrontMatter,
    /// Title: from front matter, never made up from the folder name.
    pub title: String,
    /// Site path: `/a/` (`/` for home).
    pub path: String,
    /// Markdown body (the section's intro).
    pub markdown: String,
    /// File line where the body starts.
    pub body_line: usize,
    /// The whole source text, for quoting lines in errors.
    pub source_text: String,
    /// Rendered intro.
    pub html: String,
    /// The root-relative links of its body, checked once the output is written.
    pub root_links: Vec<crate::content::page::RootLink>,
    /// Its published pages, in the section's order.
    pub pages: Vec<usize>,
    /// Its subsections, by weight then title.
    pub subsections: Vec<usize>,
    /// Its parent section (none for home).
    pub parent: Option<usize>,
}

impl Section {
    /// True for the home page.
    pub fn is_home(&self) -> bool {
        self.dirs.is_empty()
    }

    /// A home section for a site without `content/_index.md`.
    pub fn default_home(title: &str) -> Section {
        Section {
            file: None,
            relative: "_index.md".into(),
            dirs: Vec::new(),
            meta: SectionFrontMatter {
                feeds: true,
                ..Default::default()
            },
            title: title.to_string(),
            path: "/".into(),
            markdown: String::new(),
            body_line: 1,
            source_text: String::new(),
            html: String::new(),
            root_links: Vec::new(),
            pages: Vec::new(),
            subsections: Vec::new(),
            parent: None,
        }
    }
}

/// Parses one `_index.md`. `relative` is its path under `content/`.
pub(crate) fn parse(
    file: &Path,
    relative: &str,
    text: String,
    site_title: &str,
) -> Result<Section, Diagnostic> {
    let split = front_matter::split(&text, file)?;
    let source = YamlSource {
        path: file,
        file_text: &text,
        line_offset: 1,
    };
    let meta = front_matter::parse_section(split.yaml, source)?;
    let dirs: Vec<String> = relative
        .split('/')
        .filter(|p| *p != "_index.md")
        .map(slugify)
        .collect();
    if let Some((folder, _)) = relative.split('/').zip(&dirs).find(|(_, d)| d.is_empty()) {
        return Err(crate::content::page::empty_folder_slug(file, folder));
    }
    let title = match meta.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => t.to_string(),
        _ if dirs.is_empty() => site_title.to_string(),
        _ => {
            return Err(Diagnostic::error(
                crate::error::Location::at(file, 1, 1),
                t!("section-missing-title"),
            )
            .hint(t!("section-missing-title.hint"))
            .with_source(&text));
        }
    };
    let path = if dirs.is_empty() {
        "/".to_string()
    } else {
        format!("/{}/", dirs.join("/"))
    };
    Ok(Section {
        file: Some(file.to_path_buf()),
        relative: relative.to_string(),
        dirs,
        title,
        path,
        markdown: split.body.to_string(),
        body_line: split.body_line,
        html: String::new(),
        root_links: Vec::new(),
        pages: Vec::new(),
        subsections: Vec::new(),
        parent: None,
        meta,
        source_text: text,
    })
}
