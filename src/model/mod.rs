//! The model every writer reads: the loaded site — its checked configuration, the
//! library of sections, pages and taxonomies, the build's clock, its root, and the
//! files the output will hold besides rendered ones. It imports no writer; feeds,
//! sitemaps, search, SEO and embeds take a `&Model` and nothing more of the build.

pub(crate) mod archive;
pub(crate) mod jobs;

use std::path::PathBuf;
use std::sync::Arc;

use crate::config::Config;
use crate::content::Library;
use crate::files::SiteFiles;

/// A loaded site, as writers see it.
pub(crate) struct Model {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Checked configuration.
    pub config: Config,
    /// Sections and published pages, with their HTML.
    pub library: Library,
    /// When the build's clock says it is.
    pub now: chrono::DateTime<chrono::Utc>,
    /// Every file the output holds that is copied, not rendered.
    pub files: Arc<SiteFiles>,
}
