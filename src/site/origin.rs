//! Where a link of the built output came from, so `loa check` reports it in the file
//! the editor or theme author wrote: the template line that holds its target, else the
//! data file or Markdown line, else the page's own source file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::Location;
use crate::site::Site;

/// The texts a link can come from, searched in that order: templates (the site's
/// over its theme's), data files, then the pages' and sections' sources.
pub(crate) struct Origins {
    /// (the file as messages name it, its text).
    texts: Vec<(PathBuf, String)>,
    /// Output path of a page (`tin-tuc/a/index.html`) → its source file.
    pages: HashMap<String, PathBuf>,
}

impl Origins {
    /// Reads the sources of `site` (what cannot be read is skipped: it was reported
    /// when the site was loaded).
    pub(crate) fn new(site: &Site) -> Origins {
        let root = &site.model.root;
        let mut texts = Vec::new();
        // The site's templates/ first; a theme template it overrides is not used.
        let mut own = std::collections::HashSet::new();
        for (rel, path) in crate::theme::walk(root, &root.join("templates"))
            .into_iter()
            .flatten()
        {
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push((path.strip_prefix(root).unwrap_or(&path).to_path_buf(), text));
                own.insert(rel);
            }
        }
        let (templates, _) = site.theme.files(root, "templates");
        for (rel, source) in templates {
            if own.contains(&rel) {
                continue;
            }
            if let Ok(bytes) = source.read() {
                texts.push((
                    source.shown(root),
                    String::from_utf8_lossy(&bytes).into_owned(),
                ));
            }
        }
        for (_, path) in crate::theme::walk(root, &root.join("data"))
            .into_iter()
            .flatten()
        {
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push((path.strip_prefix(root).unwrap_or(&path).to_path_buf(), text));
            }
        }
        let library = &site.model.library;
        let mut pages = HashMap::new();
        let files = library
            .pages
            .iter()
            .map(|p| (&p.path, Some(&p.file)))
            .chain(library.sections.iter().map(|s| (&s.path, s.file.as_ref())));
        for (path, file) in files {
            let Some(file) = file else { continue };
            if let Ok(text) = std::fs::read_to_string(root.join(file)) {
                texts.push((file.clone(), text));
            }
            pages.insert(output_file(path), file.clone());
        }
        Origins { texts, pages }
    }

    /// Where `target`, found broken in the output file `page` (relative to the output
    /// root), was written: the first source holding it as a quoted or linked URL, at
    /// its line and column; else the source file of the page; else the output file.
    pub(crate) fn locate(&self, target: &str, page: &Path) -> Location {
        let page = page.to_string_lossy().replace('\\', "/");
        for (file, text) in &self.texts {
            if let Some(at) = find_url(text, target) {
                let line = text[..at].matches('\n').count() + 1;
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let column = text[line_start..at].chars().count() + 1;
                return Location::at(file, line, column);
            }
        }
        match self.pages.get(&page) {
            Some(file) => Location::file(file),
            None => Location::file(format!("public/{page}")),
        }
    }

    /// The source file the output file `page` was made from, when it is a page's.
    pub(crate) fn page_source(&self, page: &Path) -> Option<&Path> {
        let page = page.to_string_lossy().replace('\\', "/");
        self.pages.get(&page).map(PathBuf::as_path)
    }

    /// The text of `file` (as messages name it), for quoting its line.
    pub(crate) fn text(&self, file: &Path) -> Option<&str> {
        self.texts
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, t)| t.as_str())
    }
}

/// The output file of a site path: `/a/b/` → `a/b/index.html`.
fn output_file(path: &str) -> String {
    let inner = path.trim_matches('/');
    if inner.is_empty() {
        "index.html".to_string()
    } else {
        format!("{inner}/index.html")
    }
}

/// The byte offset of `target` written as a URL in `text`: after a quote, an opening
/// parenthesis (Markdown) or `: ` (YAML), and ending at a quote, `)`, `#`, `?`, a space
/// or the line's end.
fn find_url(text: &str, target: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(target) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + target.len()..].chars().next();
        let opens = matches!(before, Some('"' | '\'' | '(' | ' ' | '='));
        let closes = matches!(
            after,
            None | Some('"' | '\'' | ')' | '#' | '?' | ' ' | '\n' | '\r')
        );
        if opens && closes {
            return Some(at);
        }
        from = at + target.len().max(1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_found_where_it_is_written_not_inside_a_longer_one() {
        let text = "<a href=\"/tin-tuc/khac/\">\n<a href=\"/tin-tuc/\">";
        assert_eq!(find_url(text, "/tin-tuc/"), text.rfind("/tin-tuc/"));
        assert_eq!(find_url("[x](/a/#b)", "/a/"), Some(4));
        assert_eq!(find_url("url: /a/\n", "/a/"), Some(5));
        assert_eq!(find_url("/a/b", "/a/"), None);
    }

    #[test]
    fn a_site_path_has_its_index_file() {
        assert_eq!(output_file("/"), "index.html");
        assert_eq!(output_file("/tin-tuc/a/"), "tin-tuc/a/index.html");
    }
}
