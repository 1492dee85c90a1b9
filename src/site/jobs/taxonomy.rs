//! A taxonomy's list of terms (the provinces by region, for `provinces`) and one
//! listing page of a term: their values, heads and signatures.

use std::hash::Hash;
use std::path::PathBuf;

use tera::{Context, Value};

use super::{JobContext, Kind, Rendered};
use crate::error::Diagnostic;
use crate::model::Model;
use crate::model::jobs::{TaxonomyJob, TermJob, pager_url};
use crate::render::functions::{taxonomy_value, term_value};
use crate::seo;
use crate::site::live::sig::{Sigs, hash, hash_cards};
use crate::site::paginate::pager;
use crate::templating::Obj;

impl Kind for TaxonomyJob {
    fn path(&self, model: &Model) -> String {
        model.library.taxonomies[self.taxonomy].path.clone()
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let t = &cx.site.model.library.taxonomies[self.taxonomy];
        context.insert_value(
            "taxonomy",
            taxonomy_value(&cx.site.model.config, t, cx.values),
        );
        if t.config.name == "provinces" {
            let summary = crate::content::provinces::summary(t);
            context.insert_value("provinces", Value::from_serializable(&summary));
        }
        Ok(Some((
            &self.template,
            t.path.clone(),
            PathBuf::from("site.yaml"),
        )))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, _path: &str) -> seo::Subject<'m> {
        seo::taxonomy_list(scope, self.taxonomy)
    }

    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        (
            hash(|h| ("taxonomy", &self.template, sigs.taxonomy[self.taxonomy]).hash(h)),
            sigs.site_sig,
        )
    }
}

impl Kind for TermJob {
    fn path(&self, model: &Model) -> String {
        let entry = &model.library.taxonomies[self.taxonomy].terms[self.term];
        pager_url(
            &entry.path,
            self.number,
            model.config.language.paginate_path(),
        )
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let config = &cx.site.model.config;
        let t = &cx.site.model.library.taxonomies[self.taxonomy];
        let entry = &t.terms[self.term];
        let per_page = t.config.paginate_by.unwrap_or(config.paginate_by);
        let card = |i: usize| cx.values.page_cards[i].clone();
        let segment = config.language.paginate_path();
        let Some(pager) = pager(
            &entry.path,
            &entry.pages,
            per_page,
            self.number,
            segment,
            card,
        ) else {
            return Ok(None);
        };
        context.insert_value(
            "taxonomy",
            Obj::new()
                .set("name", t.config.name.as_str())
                .opt("title", t.config.title.as_deref())
                .set("url", t.path.as_str())
                .done(),
        );
        context.insert_value("term", term_value(entry, cx.values, 0));
        context.insert_value("paginator", pager.value);
        Ok(Some((
            &self.template,
            pager.path,
            PathBuf::from("site.yaml"),
        )))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, _path: &str) -> seo::Subject<'m> {
        seo::term_listing(scope, self.taxonomy, self.term)
    }

    /// The cards it lists, and `site`.
    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        let t = &sigs.site.model.library.taxonomies[self.taxonomy];
        let entry = &t.terms[self.term];
        let per = t
            .config
            .paginate_by
            .unwrap_or(sigs.site.model.config.paginate_by)
            .max(1);
        let direct = hash(|h| {
            (
                "term",
                &self.template,
                &entry.name,
                entry.pages.len(),
                per,
                self.number,
            )
                .hash(h);
            let shown = entry.pages.iter().skip((self.number - 1) * per).take(per);
            hash_cards(sigs.v, shown, h);
        });
        (direct, sigs.site_sig)
    }
}
