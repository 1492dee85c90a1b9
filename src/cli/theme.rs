//! `loa theme export NAME [DIR]`: writes a built-in theme's files out, to
//! customise them. The site then uses its copies over the built-in ones, file by
//! file. Nothing is ever overwritten: when any file is already there, nothing is
//! written.

use std::path::PathBuf;

use crate::cli::{RootArg, with_hint};
use crate::error::{Error, Result, closest};

/// Arguments of `loa theme`.
#[derive(Debug, clap::Args)]
pub(crate) struct ThemeArgs {
    #[command(subcommand)]
    action: ThemeAction,
}

/// What `loa theme` does.
#[derive(Debug, clap::Subcommand)]
enum ThemeAction {
    /// Write a built-in theme's files into themes/NAME/ of the site (or DIR).
    Export {
        #[command(flatten)]
        root: RootArg,
        /// The built-in theme, e.g. baochi.
        name: String,
        /// Where to write it [default: themes/NAME in the site's folder].
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

impl ThemeArgs {
    /// The site folder the command works in.
    pub(super) fn root_folder(&self) -> PathBuf {
        match &self.action {
            ThemeAction::Export { root, .. } => root.folder(),
        }
    }
}

/// Runs `loa theme`.
pub(crate) fn run(args: ThemeArgs) -> Result<()> {
    match args.action {
        ThemeAction::Export { root, name, dir } => export(&root, &name, dir),
    }
}

fn export(root: &RootArg, name: &str, dir: Option<PathBuf>) -> Result<()> {
    let Some(theme) = crate::theme::builtin(name) else {
        let known: Vec<&str> = crate::theme::names().collect();
        let themes = known.join(", ");
        let hint = match closest(name, known.iter().copied()) {
            Some(near) => t!(
                "cli-theme-unknown.hint-closest",
                closest = near,
                themes = &themes
            ),
            None => t!("cli-theme-unknown.hint", themes = &themes),
        };
        let message = t!("cli-theme-unknown", name = name);
        return Err(Error::Message(with_hint(message, hint)));
    };
    let dir = dir.unwrap_or_else(|| root.folder().join("themes").join(name));
    let existing: Vec<String> = theme
        .files
        .iter()
        .map(|(path, _)| dir.join(path))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        let shown: Vec<&str> = existing.iter().take(5).map(String::as_str).collect();
        let more = existing.len().saturating_sub(shown.len());
        let (count, files) = (existing.len(), shown.join(", "));
        let message = if more > 0 {
            t!(
                "cli-theme-files-exist-more",
                count = count,
                files = files,
                more = more
            )
        } else {
            t!("cli-theme-files-exist", count = count, files = files)
        };
        let hint = t!("cli-theme-files-exist.hint", name = name);
        return Err(Error::Message(with_hint(message, hint)));
    }
    for (path, bytes) in theme.files {
        let file = dir.join(path);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        let mut f = options.open(&file).map_err(|e| Error::io(&file, e))?;
        std::io::Write::write_all(&mut f, bytes).map_err(|e| Error::io(&file, e))?;
    }
    let count = theme.files.len();
    println!(
        "{}",
        t!("cli-theme-exported", count = count, name = name, dir = &dir)
    );
    Ok(())
}
