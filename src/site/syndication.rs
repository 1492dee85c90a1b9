//! Everything besides the templates' pages that other sites and machines read:
//! feeds, embeds and oEmbed files, sitemaps, `robots.txt` and the schedule file,
//! written in parallel after the pages.

use crate::error::Diagnostic;
use crate::feeds::entry::Entries;
use crate::output::Sink;
use crate::render::i18n::I18n;
use crate::site::Site;

/// Writes feeds, embeds and discovery files into `sink`; returns every problem.
pub(crate) fn write(site: &Site, i18n: &I18n, sink: &dyn Sink) -> Vec<Diagnostic> {
    let entries = Entries::new(&site.model);
    let ((feeds, embeds), discovery) = rayon::join(
        || {
            rayon::join(
                || crate::feeds::write(&entries, i18n, sink),
                || crate::embed::write(&entries, i18n, sink),
            )
        },
        || crate::discovery::write(&site.model, sink),
    );
    let mut problems = Vec::new();
    problems.extend(feeds.err().unwrap_or_default());
    problems.extend(embeds.err().unwrap_or_default());
    if let Err(e) = discovery {
        problems.extend(super::as_diagnostics(e));
    }
    problems
}
