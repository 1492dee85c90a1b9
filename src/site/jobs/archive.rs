//! The date archives' index (`/luu-tru/`) and one listing page of a year or a
//! month: their values, heads and signatures.

use std::hash::Hash;
use std::path::PathBuf;

use tera::Context;

use super::{JobContext, Kind, Rendered};
use crate::content::reserved::ARCHIVE_PATH;
use crate::error::Diagnostic;
use crate::model::Model;
use crate::model::archive;
use crate::model::jobs::{ArchiveIndexJob, ArchiveJob, pager_url};
use crate::seo;
use crate::site::archive::Words;
use crate::site::live::sig::{Sigs, hash};
use crate::site::paginate::pager;

impl Kind for ArchiveIndexJob {
    fn path(&self, _model: &Model) -> String {
        ARCHIVE_PATH.into()
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let words = Words {
            i18n: &cx.renderer.i18n,
        };
        context.insert_value("archive", cx.archive.index_value(&words));
        let source = PathBuf::from("archive_index.html");
        Ok(Some((
            "archive_index.html",
            ARCHIVE_PATH.to_string(),
            source,
        )))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, path: &str) -> seo::Subject<'m> {
        seo::listing(scope, "archive", path)
    }

    /// Every card (the index counts them by year and month), and `site`.
    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        archive_signature(self, sigs)
    }
}

impl Kind for ArchiveJob {
    fn path(&self, model: &Model) -> String {
        let segment = model.config.language.paginate_path();
        pager_url(&archive::path(self.year, self.month), self.number, segment)
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let words = Words {
            i18n: &cx.renderer.i18n,
        };
        let Some((value, pages)) = cx.archive.page(self.year, self.month, &words) else {
            return Ok(None);
        };
        let segment = cx.site.model.config.language.paginate_path();
        let per_page = cx.site.model.config.paginate_by;
        let card = |i: usize| cx.values.page_cards[i].clone();
        let base = archive::path(self.year, self.month);
        let Some(pager) = pager(&base, pages, per_page, self.number, segment, card) else {
            return Ok(None);
        };
        context.insert_value("archive", value);
        context.insert_value("paginator", pager.value);
        Ok(Some((
            "archive.html",
            pager.path,
            PathBuf::from("archive.html"),
        )))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, path: &str) -> seo::Subject<'m> {
        seo::listing(scope, "archive", path)
    }

    /// Every card (which of them a month shows follows from their dates), and `site`.
    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        archive_signature(self, sigs)
    }
}

/// An archive page shows every card (which ones follows from their dates) and
/// `site`: the job itself, every card's version, and `site`'s.
fn archive_signature(job: &impl std::fmt::Debug, sigs: &Sigs<'_>) -> (u64, u64) {
    (
        hash(|h| ("archive", format!("{job:?}"), sigs.all_cards).hash(h)),
        sigs.site_sig,
    )
}
