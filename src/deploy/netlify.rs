//! Netlify: `_headers` in every build's output, and the `netlify.toml`, build
//! script and scheduled-rebuild function that `loa init` gives a new site.

use super::{GLOBAL, RULES, Rule};

/// The build script of a site made by `loa init`: installs the pinned `loa`
/// (kept between builds by the cache plugin of `netlify.toml`), then builds.
pub(crate) const NETLIFY_BUILD: &str = include_str!("netlify_build.sh");

/// The Netlify scheduled function that rebuilds the site when a scheduled change
/// is due (docs/scheduled-publishing.md): the repository's own file.
pub(crate) const SCHEDULED_REBUILD: &str =
    include_str!("../../netlify/functions/scheduled-rebuild.mjs");

/// `_headers`: the site's own rules (its `static/_headers`), then loa's.
pub(crate) fn headers_file(own: Option<&str>) -> String {
    let mut text = String::new();
    if let Some(own) = own.filter(|o| !o.trim().is_empty()) {
        text.push_str(own);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push('\n');
    }
    text.push_str(&format!(
        "# HTTP headers for Netlify and Cloudflare Pages, written by loa {}.\n# No header is set by two rules that match one path.\n",
        env!("CARGO_PKG_VERSION")
    ));
    for rule in std::iter::once(&GLOBAL).chain(RULES) {
        push_rule(&mut text, rule);
    }
    text
}

fn push_rule(text: &mut String, rule: &Rule) {
    text.push_str(&format!("\n# {}\n{}\n", rule.why, rule.pattern));
    for (name, value) in rule.all_headers() {
        text.push_str(&format!("  {name}: {value}\n"));
    }
}

/// `netlify.toml` of a new site: builds with the `loa` of `version`, installed by
/// cargo from `git` and kept between builds, and publishes `public/`.
pub(crate) fn netlify_toml(version: &str, git: &str) -> String {
    format!(
        r#"# Netlify: builds the site with loa and publishes public/ (written by `loa init`).
# The HTTP headers (feeds and embeds for other sites, framing, caching) come with
# every build, in public/_headers.

[build]
  # Installs loa {version} on the first build (a few minutes), then builds the site.
  command = "bash netlify/build.sh"
  publish = "public"

[build.environment]
  # The loa that builds the site, pinned: change it to upgrade.
  LOA_VERSION = "{version}"
  LOA_GIT = "{git}"

# Keeps the installed loa and the image cache between builds, so only the first
# build compiles loa.
[[plugins]]
  package = "netlify-plugin-cache"
  [plugins.inputs]
    paths = [".loa-bin", ".loa-cache"]

# Rebuilds when a scheduled article is due (docs: scheduled publishing; set
# LOA_BUILD_HOOK_URL in the site's environment variables to turn it on).
[functions]
  directory = "netlify/functions"
"#
    )
}
