//! The command line: `build`, `check`, `new`, `init`, `theme` and `serve`. Only this module
//! and `main.rs` print to the terminal.

mod build;
mod check;
mod init;
mod new;
mod serve;
mod theme;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::error::{Diagnostic, Error};
use crate::language::Language;

/// loa builds campaign-publicity press sites from Markdown and YAML.
#[derive(Debug, Parser)]
#[command(name = "loa", version, about, long_about = None, propagate_version = true)]
pub(crate) struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Build the site into public/ (or --output).
    Build(build::BuildArgs),
    /// Check content, templates, internal links and images; write nothing.
    Check(check::CheckArgs),
    /// Create a new article with front matter (never overwrites).
    New(new::NewArgs),
    /// Create a site that builds at once with the built-in theme baochi.
    Init(init::InitArgs),
    /// Work with the built-in themes (`loa theme export baochi`).
    Theme(theme::ThemeArgs),
    /// Build, serve on 127.0.0.1, rebuild on every edit and reload the browser.
    Serve(serve::ServeArgs),
}

/// Options shared by commands that read a site.
#[derive(Debug, clap::Args, Clone)]
pub(crate) struct RootArg {
    /// The site folder (holding site.yaml) [default: the nearest one from the
    /// current folder up].
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
}

impl RootArg {
    /// The site folder: `--root`, else the nearest folder holding `site.yaml` from
    /// the current one up (written relative, `..` for the parent), else `.`.
    pub(crate) fn folder(&self) -> PathBuf {
        if let Some(root) = &self.root {
            return root.clone();
        }
        let here = std::env::current_dir().unwrap_or_default();
        let mut relative = PathBuf::from(".");
        for dir in here.ancestors() {
            if dir.join(crate::config::CONFIG_FILE).is_file() {
                return relative;
            }
            relative = if relative == Path::new(".") {
                PathBuf::from("..")
            } else {
                relative.join("..")
            };
        }
        PathBuf::from(".")
    }
}

/// Runs the command line and returns the exit status.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    crate::messages::set_language(message_language(&cli.command));
    let result = match cli.command {
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::New(args) => new::run(args),
        Command::Init(args) => init::run(args),
        Command::Theme(args) => theme::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            print_error(&e);
            ExitCode::from(1)
        }
    }
}

/// The language to speak in: `LOA_LANG`, else the `language` of the site the command
/// works on (Vietnamese when `site.yaml` names none, as for the site itself), else
/// English outside a site. Read leniently: a `site.yaml` with errors still names it.
fn message_language(command: &Command) -> Language {
    if let Some(language) = crate::messages::language_from_env() {
        return language;
    }
    let root = match command {
        Command::Build(a) => a.root.folder(),
        Command::Check(a) => a.root.folder(),
        Command::New(a) => a.root.folder(),
        Command::Serve(a) => a.root.folder(),
        Command::Theme(a) => a.root_folder(),
        Command::Init(_) => return Language::En,
    };
    let Ok(text) = std::fs::read_to_string(root.join(crate::config::CONFIG_FILE)) else {
        return Language::En;
    };
    let language = serde_yaml::from_str::<serde_yaml::Value>(&text)
        .ok()
        .and_then(|v| v.get("language")?.as_str().map(str::to_owned));
    match language.as_deref().map(str::trim) {
        Some("en") => Language::En,
        _ => Language::Vi,
    }
}

/// Prints an error with its whole cause chain; diagnostics one after another.
pub(crate) fn print_error(e: &Error) {
    match e {
        Error::Diagnostics(ds) => {
            print_diagnostics(ds);
            let errors = ds.iter().filter(|d| d.is_error()).count();
            eprintln!("\n{}", t!("errors-found", count = errors));
        }
        other => {
            let mut text = format!("{}: {other}", t!("label-error"));
            let mut source = std::error::Error::source(other);
            while let Some(s) = source {
                // An I/O error already prints the OS's words after the path.
                let cause = s.to_string();
                if !text.contains(&cause) {
                    text.push_str(&format!("\n  {}: {cause}", t!("label-caused-by")));
                }
                source = s.source();
            }
            eprintln!("{text}");
        }
    }
}

/// Prints diagnostics (errors and warnings), each separated by a blank line.
pub(crate) fn print_diagnostics(ds: &[Diagnostic]) {
    for d in ds {
        eprintln!("{d}\n");
    }
}

/// A refusal with its hint, laid out as diagnostics print theirs.
pub(crate) fn with_hint(message: String, hint: String) -> String {
    format!("{message}\n  {}: {hint}", t!("label-hint"))
}

/// `n` with exactly `places` decimals, written the way the messages' language
/// writes numbers (`0.25` or `0,25`), for durations in the terminal's lines.
pub(crate) fn decimals(n: f64, places: usize) -> String {
    crate::text::number::format(
        n,
        crate::text::number::Decimals::Exactly(places),
        crate::messages::language().number_marks(),
    )
}

/// True when progress bars may be drawn: a terminal, not CI, not quiet.
pub(crate) fn interactive(quiet: bool) -> bool {
    !quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}
