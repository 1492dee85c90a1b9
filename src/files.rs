//! The files a build copies rather than renders, by the output path they land at:
//! the theme's `static/` (built in, then the site's theme folder), the site's
//! `static/`, bundle assets beside their page and loose files of `content/`, each
//! later one winning. Everything that asks "is there a file at `/x/y.png`?" — the
//! copy step, image checks and sizes, feeds, the logo — asks this one index.

use std::collections::HashMap;
use std::path::Path;

use crate::content::Library;
use crate::error::Diagnostic;
use crate::theme::{Source, Theme, walk};

/// Output-relative path (no leading `/`) → where its bytes come from.
#[derive(Debug, Clone, Default)]
pub struct SiteFiles {
    files: HashMap<String, Source>,
}

impl SiteFiles {
    /// Lists every copied file of the site; folders that cannot be read come back
    /// as problems.
    pub fn new(root: &Path, theme: &Theme, library: &Library) -> (SiteFiles, Vec<Diagnostic>) {
        let (theme_files, mut problems) = theme.files(root, "static");
        let mut files: HashMap<String, Source> = theme_files.into_iter().collect();
        for found in walk(root, &root.join("static")) {
            match found {
                Ok((rel, path)) => {
                    files.insert(rel, Source::File(path));
                }
                Err(d) => problems.push(d),
            }
        }
        for page in &library.pages {
            let Some(bundle) = &page.bundle_dir else {
                continue;
            };
            for asset in &page.assets {
                let rel = asset.to_string_lossy().replace('\\', "/");
                let at = format!("{}/{rel}", page.output_dir());
                files.insert(
                    at.trim_start_matches('/').to_string(),
                    Source::File(bundle.join(asset)),
                );
            }
        }
        for (from, rel) in &library.assets {
            files.insert(
                rel.trim_start_matches('/').to_string(),
                Source::File(from.clone()),
            );
        }
        (SiteFiles { files }, problems)
    }

    /// The site's `static/` alone, with no theme and no content (for tools that
    /// render Markdown outside a site: tests and fuzzing).
    pub fn static_only(root: &Path) -> SiteFiles {
        SiteFiles::new(root, &Theme::default(), &Library::default()).0
    }

    /// The file that will be at `rooted` (`css/a.css`, `/css/a.css`).
    pub fn get(&self, rooted: &str) -> Option<&Source> {
        self.files.get(rooted.trim_start_matches('/'))
    }

    /// Every file, sorted by output path.
    pub fn sorted(&self) -> Vec<(&str, &Source)> {
        let mut all: Vec<(&str, &Source)> =
            self.files.iter().map(|(k, v)| (k.as_str(), v)).collect();
        all.sort_unstable_by_key(|(k, _)| *k);
        all
    }

    /// How many files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_static_wins_over_the_theme_and_content_over_both() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("static/css")).unwrap();
        std::fs::write(root.join("static/css/baochi.css"), "mine").unwrap();
        let config = crate::config::Config::parse(
            "title: T\nbase_url: https://e.org\ntheme: baochi\n",
            Path::new("site.yaml"),
        )
        .unwrap();
        let theme = Theme::resolve(root, &config).unwrap();
        let mut library = Library::default();
        library
            .assets
            .push((root.join("content/favicon.svg"), "favicon.svg".to_string()));
        let (files, problems) = SiteFiles::new(root, &theme, &library);
        assert!(problems.is_empty());
        assert_eq!(
            files.get("/css/baochi.css"),
            Some(&Source::File(root.join("static/css/baochi.css")))
        );
        assert_eq!(
            files.get("favicon.svg"),
            Some(&Source::File(root.join("content/favicon.svg")))
        );
        assert!(
            files
                .sorted()
                .iter()
                .any(|(p, s)| *p == "css/baochi.css" && s.file().is_some())
        );
    }
}
