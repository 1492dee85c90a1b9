//! One listing page of a section (home lists the newest news), its head (home as
//! the `WebSite`), and its signature from the cards it lists.

use std::hash::Hash;
use std::path::PathBuf;

use tera::{Context, Value};

use super::{JobContext, Kind, Rendered};
use crate::error::Diagnostic;
use crate::model::Model;
use crate::model::jobs::{SectionJob, pager_url, per_page};
use crate::seo;
use crate::site::live::sig::{Sigs, hash, hash_cards};
use crate::site::paginate::pager;

impl Kind for SectionJob {
    fn path(&self, model: &Model) -> String {
        let segment = model.config.language.paginate_path();
        pager_url(
            &model.library.sections[self.index].path,
            self.number,
            segment,
        )
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let lib = &cx.site.model.library;
        let section = &lib.sections[self.index];
        let source = section
            .file
            .clone()
            .unwrap_or_else(|| PathBuf::from("content/_index.md"));
        let per_page = per_page(&cx.site.model, section);
        let home_items: Vec<usize>;
        let items: &[usize] = if section.is_home() {
            home_items = lib.news.iter().take(per_page).copied().collect();
            &home_items
        } else {
            &section.pages
        };
        let card = |i: usize| cx.values.page_cards[i].clone();
        let segment = cx.site.model.config.language.paginate_path();
        let Some(pager) = pager(&section.path, items, per_page, self.number, segment, card) else {
            return Ok(None);
        };
        context.insert_value("section", cx.values.sections[self.index].clone());
        context.insert_value("paginator", pager.value);
        if section.is_home() {
            context.insert_value(
                "latest",
                Value::from(items.iter().map(|&i| card(i)).collect::<Vec<_>>()),
            );
        }
        Ok(Some((&self.template, pager.path, source)))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, _path: &str) -> seo::Subject<'m> {
        seo::section(scope, self.index)
    }

    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        if sigs.site.model.library.sections[self.index].is_home() {
            // Home shows the newest of all and is cheap: always up front.
            (self.home_signature(sigs), 0)
        } else {
            self.listing_signature(sigs)
        }
    }
}

impl SectionJob {
    /// Home: the newest news it lists, its section value and `site`.
    fn home_signature(&self, sigs: &Sigs<'_>) -> u64 {
        let lib = &sigs.site.model.library;
        let per = per_page(&sigs.site.model, &lib.sections[self.index]);
        hash(|h| {
            (
                "home",
                &self.template,
                lib.pages.len(),
                sigs.section_value[self.index],
                sigs.site_sig,
            )
                .hash(h);
            hash_cards(sigs.v, lib.news.iter().take(per), h);
        })
    }

    /// A section's listing page: (the cards it lists, its section and `site`).
    fn listing_signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        let (index, number) = (self.index, self.number);
        let s = &sigs.site.model.library.sections[index];
        let per = per_page(&sigs.site.model, s);
        let direct = hash(|h| {
            (
                "section",
                &self.template,
                sigs.v.section[index],
                s.pages.len(),
                per,
                number,
            )
                .hash(h);
            hash_cards(sigs.v, s.pages.iter().skip((number - 1) * per).take(per), h);
        });
        (
            direct,
            hash(|h| (sigs.section_value[index], sigs.site_sig).hash(h)),
        )
    }
}
