//! Themes: where templates, static files and UI strings come from. A theme is
//! looked up file by file: the site's own `templates/`, `static/` and `i18n/`
//! first, then the site's `themes/<theme>/`, then the theme of that name built
//! into `loa` ([`builtin()`]), then the plain built-in templates. A site that
//! names a built-in theme needs no `themes/` folder at all.

mod builtin;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

pub(crate) use builtin::{BuiltinTheme, builtin, names};

use crate::config::{CONFIG_FILE, Config, key_location};
use crate::error::{Diagnostic, Location, closest};

/// Where one file of a site or theme comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// A file compiled into `loa`: its theme, its path in the theme, its bytes.
    Builtin {
        /// The theme's name.
        theme: &'static str,
        /// The path inside the theme (`static/css/baochi.css`).
        path: &'static str,
        /// The file's bytes.
        bytes: &'static [u8],
    },
}

impl Source {
    /// The file's bytes.
    pub fn read(&self) -> std::io::Result<Cow<'static, [u8]>> {
        match self {
            Source::File(path) => std::fs::read(path).map(Cow::Owned),
            Source::Builtin { bytes, .. } => Ok(Cow::Borrowed(bytes)),
        }
    }

    /// The file on disk, when it is one.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Source::File(path) => Some(path),
            Source::Builtin { .. } => None,
        }
    }

    /// How messages name it: relative to the site root, or
    /// `<built-in baochi>/templates/page.html`.
    pub fn shown(&self, root: &Path) -> PathBuf {
        match self {
            Source::File(path) => path.strip_prefix(root).unwrap_or(path).to_path_buf(),
            Source::Builtin { .. } => PathBuf::from(self.to_string()),
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Builtin { theme, path, .. } => write!(f, "<built-in {theme}>/{path}"),
        }
    }
}

/// The theme a site uses, found.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// The theme's name, when the site names one.
    name: Option<String>,
    /// The site's `themes/<name>/`, when it exists.
    dir: Option<PathBuf>,
    /// The built-in theme of that name, when there is one.
    builtin: Option<&'static BuiltinTheme>,
}

impl Theme {
    /// Finds the theme `config` names: the site's `themes/<name>/` over the
    /// built-in theme of that name. An unknown name is an error at its line of
    /// `site.yaml`, naming the themes loa knows.
    pub fn resolve(root: &Path, config: &Config) -> Result<Theme, Diagnostic> {
        let Some(name) = config.theme.clone() else {
            return Ok(Theme::default());
        };
        let dir = root.join("themes").join(&name);
        let dir = dir.is_dir().then_some(dir);
        let builtin = builtin(&name);
        if dir.is_none() && builtin.is_none() {
            let text = std::fs::read_to_string(root.join(CONFIG_FILE)).unwrap_or_default();
            let known: Vec<&str> = names().collect();
            let themes = known.join(", ");
            let (n, all, own) = (known.len(), &themes, &name);
            let mut hint = t!("theme-not-found.hint", count = n, themes = all, name = own);
            if let Some(near) = closest(&name, known.iter().copied()) {
                hint = t!("theme-did-you-mean", near = near, hint = hint);
            }
            return Err(Diagnostic::error(
                key_location(&text, Path::new(CONFIG_FILE), "theme"),
                t!("theme-not-found", name = &name),
            )
            .hint(hint)
            .with_source(&text));
        }
        Ok(Theme {
            name: Some(name),
            dir,
            builtin,
        })
    }

    /// The theme's name, if the site uses one.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The site's own folder of the theme, when it has one.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Every file of the theme below `folder` (`templates`, `static`, `i18n`), by
    /// its path inside that folder, sorted: the site's theme folder over the
    /// built-in theme, file by file. Unreadable entries come back as problems.
    pub fn files(&self, root: &Path, folder: &str) -> (Vec<(String, Source)>, Vec<Diagnostic>) {
        let mut files: std::collections::BTreeMap<String, Source> = Default::default();
        let mut problems = Vec::new();
        if let Some(theme) = self.builtin {
            let prefix = format!("{folder}/");
            for (path, bytes) in theme.files {
                if let Some(rel) = path.strip_prefix(&prefix) {
                    files.insert(
                        rel.to_string(),
                        Source::Builtin {
                            theme: theme.name,
                            path,
                            bytes,
                        },
                    );
                }
            }
        }
        if let Some(dir) = &self.dir {
            for found in walk(root, &dir.join(folder)) {
                match found {
                    Ok((rel, path)) => {
                        files.insert(rel, Source::File(path));
                    }
                    Err(d) => problems.push(d),
                }
            }
        }
        (files.into_iter().collect(), problems)
    }

    /// One file of the theme below `folder`, the site's theme folder first.
    pub fn file(&self, folder: &str, rel: &str) -> Option<Source> {
        if let Some(dir) = &self.dir {
            let path = crate::output::safe_join(&dir.join(folder), rel)?;
            if path.is_file() {
                return Some(Source::File(path));
            }
        }
        let theme = self.builtin?;
        let wanted = format!("{folder}/{rel}");
        theme
            .files
            .iter()
            .find(|(path, _)| *path == wanted)
            .map(|(path, bytes)| Source::Builtin {
                theme: theme.name,
                path,
                bytes,
            })
    }
}

impl Theme {
    /// Every version of one file below `folder`, the built-in theme's first and the
    /// site's theme folder's last: for files merged key by key (UI strings).
    pub fn layers(&self, folder: &str, rel: &str) -> Vec<Source> {
        let mut found = Vec::new();
        if let Some(theme) = self.builtin {
            let wanted = format!("{folder}/{rel}");
            found.extend(
                theme
                    .files
                    .iter()
                    .filter(|(p, _)| *p == wanted)
                    .map(|(path, bytes)| Source::Builtin {
                        theme: theme.name,
                        path,
                        bytes,
                    }),
            );
        }
        if let Some(path) = self
            .dir
            .as_ref()
            .and_then(|d| crate::output::safe_join(&d.join(folder), rel))
            .filter(|p| p.is_file())
        {
            found.push(Source::File(path));
        }
        found
    }
}

/// Every file below `dir` as (its path inside `dir` with `/`, the file), sorted by
/// name, leaving out hidden files and editor backups (`~`). Nothing when `dir`
/// does not exist.
pub(crate) fn walk(root: &Path, dir: &Path) -> Vec<Result<(String, PathBuf), Diagnostic>> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0 || !(name.starts_with('.') || name.ends_with('~'))
        })
        .filter_map(|entry| match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(dir).ok()?;
                let rel = rel.to_string_lossy().replace('\\', "/");
                Some(Ok((rel, e.path().to_path_buf())))
            }
            Ok(_) => None,
            Err(e) => {
                let at = e.path().unwrap_or(dir);
                Some(Err(Diagnostic::error(
                    Location::file(at.strip_prefix(root).unwrap_or(at)),
                    t!("files-cannot-read", error = e.to_string()),
                )))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
