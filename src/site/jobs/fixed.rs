//! The pages every site has at a fixed path: search and not found.

use std::hash::Hash;
use std::path::PathBuf;

use tera::Context;

use super::{JobContext, Kind, Rendered};
use crate::content::reserved::{NOT_FOUND_PATH, SEARCH_PATH};
use crate::error::Diagnostic;
use crate::model::Model;
use crate::model::jobs::{NotFoundJob, SearchJob};
use crate::seo;
use crate::site::live::sig::{Sigs, hash};
use crate::templating::Obj;

impl Kind for SearchJob {
    fn path(&self, _model: &Model) -> String {
        SEARCH_PATH.into()
    }

    /// Where the index and the script are.
    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let search = Obj::new()
            .set("index_url", crate::search::INDEX_PATH)
            .set("script_url", crate::search::SCRIPT_PATH)
            .set("documents", cx.site.model.library.pages.len())
            .done();
        context.insert_value("search", search);
        let source = PathBuf::from("search.html");
        Ok(Some(("search.html", SEARCH_PATH.to_string(), source)))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, path: &str) -> seo::Subject<'m> {
        seo::listing(scope, "search", path)
    }

    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        (hash(|h| "search".hash(h)), sigs.site_sig)
    }
}

impl Kind for NotFoundJob {
    fn path(&self, _model: &Model) -> String {
        NOT_FOUND_PATH.into()
    }

    fn render<'j>(
        &'j self,
        _cx: &JobContext<'_>,
        _context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let source = PathBuf::from("404.html");
        Ok(Some(("404.html", NOT_FOUND_PATH.to_string(), source)))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, _path: &str) -> seo::Subject<'m> {
        seo::not_found(scope)
    }

    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        (hash(|h| "404".hash(h)), sigs.site_sig)
    }
}
