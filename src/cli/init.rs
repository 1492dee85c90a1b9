//! `loa init [DIR]`: a site that builds at once with the built-in theme baochi
//! and passes `loa check`: a commented `site.yaml`, an example of every kind of
//! page, a dedicated section, a data file drawn as a chart, and what it takes to
//! publish it (Netlify, or nginx or Caddy on a server of one's own). The example
//! files live in `src/cli/starter/`; the deploy files are written from loa's
//! header rules. Nothing is ever overwritten.

use std::path::{Path, PathBuf};

use crate::cli::with_hint;
use crate::error::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/starter.rs"));

/// Arguments of `loa init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// Where to create the site.
    #[arg(default_value = ".", value_name = "DIR")]
    dir: PathBuf,
}

/// What a build leaves in the site folder that does not belong in version control:
/// the output, the image cache, the lock and staging folders beside the output, and
/// the loa that Netlify installs.
const GITIGNORE: &str = "/public/\n.loa-cache/\n.*.loa-*\n/.loa-bin/\n";

/// A short guide beside the site, for whoever opens the folder first.
const README: &str = include_str!("starter_readme.md");

/// Where a server of one's own serves the output from, by default.
fn server_root(host: &str) -> String {
    format!("/var/www/{host}/public")
}

/// Every file of a new site: (path, contents, written only when missing).
fn files() -> Vec<(String, Vec<u8>, bool)> {
    let mut files: Vec<(String, Vec<u8>, bool)> = STARTER
        .iter()
        .map(|(path, bytes)| ((*path).to_string(), bytes.to_vec(), false))
        .collect();
    let host = starter_host();
    let version = env!("CARGO_PKG_VERSION");
    let generated = [
        (
            "netlify.toml",
            crate::deploy::netlify_toml(version, env!("CARGO_PKG_REPOSITORY")),
        ),
        ("netlify/build.sh", crate::deploy::NETLIFY_BUILD.to_string()),
        (
            "netlify/functions/scheduled-rebuild.mjs",
            crate::deploy::SCHEDULED_REBUILD.to_string(),
        ),
        (
            "deploy/nginx.conf",
            crate::deploy::nginx_conf(&host, &server_root(&host)),
        ),
        (
            "deploy/Caddyfile",
            crate::deploy::caddyfile(&host, &server_root(&host)),
        ),
    ];
    files.extend(
        generated
            .into_iter()
            .map(|(path, text)| (path.to_string(), text.into_bytes(), false)),
    );
    files.push((".gitignore".into(), GITIGNORE.as_bytes().to_vec(), true));
    files.push(("README.md".into(), README.as_bytes().to_vec(), true));
    files
}

/// The host of the starter's `base_url`, which the deploy files serve.
fn starter_host() -> String {
    let site_yaml = STARTER
        .iter()
        .find(|(path, _)| *path == crate::config::CONFIG_FILE)
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .unwrap_or_default();
    let base_url = site_yaml
        .lines()
        .find_map(|l| l.strip_prefix("base_url:"))
        .map(|v| v.trim().trim_matches('"').to_string())
        .unwrap_or_else(|| "https://example.org".into());
    crate::deploy::host(&base_url).to_string()
}

/// Runs `loa init`.
pub(crate) fn run(args: InitArgs) -> Result<()> {
    let dir = args.dir;
    if dir.join(crate::config::CONFIG_FILE).exists() {
        let message = t!("cli-init-site-exists", dir = &dir);
        let hint = t!("cli-init-site-exists.hint");
        return Err(Error::Message(with_hint(message, hint)));
    }
    let files = files();
    let taken: Vec<String> = files
        .iter()
        .filter(|(path, _, optional)| !optional && dir.join(path).exists())
        .map(|(path, _, _)| path.clone())
        .collect();
    if !taken.is_empty() {
        let message = t!("cli-init-files-exist", dir = &dir, files = taken.join(", "));
        let hint = t!("cli-init-files-exist.hint");
        return Err(Error::Message(with_hint(message, hint)));
    }
    for (path, bytes, optional) in &files {
        let file = dir.join(path);
        if *optional && file.exists() {
            continue;
        }
        write_new(&file, bytes)?;
    }
    let statics = dir.join("static");
    std::fs::create_dir_all(&statics).map_err(|e| Error::io(&statics, e))?;
    println!("{}", t!("cli-init-done", dir = &dir));
    Ok(())
}

fn write_new(file: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    let mut f = options.open(file).map_err(|e| Error::io(file, e))?;
    std::io::Write::write_all(&mut f, bytes).map_err(|e| Error::io(file, e))
}
