//! An article page: `page` and its `section`; its head as news or a plain page; its
//! signature from itself, its neighbours and related stories.

use std::hash::Hash;

use tera::Context;

use super::{JobContext, Kind, Rendered};
use crate::content::front_matter;
use crate::error::{Diagnostic, Location};
use crate::model::Model;
use crate::model::jobs::PageJob;
use crate::render::values::{page_value, section_summary};
use crate::seo;
use crate::site::Site;
use crate::site::live::sig::{Sigs, hash};

impl Kind for PageJob {
    fn path(&self, model: &Model) -> String {
        model.library.pages[self.index].path.clone()
    }

    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic> {
        let lib = &cx.site.model.library;
        let page = &lib.pages[self.index];
        if !cx.renderer.has(&self.template) {
            return Err(missing_template(cx.site, page, &self.template));
        }
        context.insert_value("page", page_value(lib, self.index, cx.values));
        context.insert_value(
            "section",
            section_summary(
                &cx.site.model.config,
                &lib.sections[page.section],
                &cx.values.page_cards,
            ),
        );
        Ok(Some((&self.template, page.path.clone(), page.file.clone())))
    }

    fn seo<'m>(&self, scope: &seo::Scope<'m>, _path: &str) -> seo::Subject<'m> {
        seo::page(scope, self.index)
    }

    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64) {
        let (i, v) = (self.index, sigs.v);
        let section = sigs.site.model.library.pages[i].section;
        (
            hash(|h| ("page", &self.template, v.page[i], v.card[i]).hash(h)),
            hash(|h| {
                sigs.page_value(i).hash(h);
                sigs.summary[section].hash(h);
                sigs.site_sig.hash(h);
            }),
        )
    }
}

/// A template named in `template:` that does not exist, located at that key.
fn missing_template(site: &Site, page: &crate::content::Page, template: &str) -> Diagnostic {
    let text = std::fs::read_to_string(site.model.root.join(&page.file)).unwrap_or_default();
    let at = match front_matter::split(&text, &page.file) {
        Ok(split) => {
            let source = crate::yaml::YamlSource {
                path: &page.file,
                file_text: &text,
                line_offset: 1,
            };
            front_matter::key_location(split.yaml, "template", source)
        }
        Err(_) => Location::file(&page.file),
    };
    Diagnostic::error(at, t!("site-page-template-not-found", template = template))
        .hint(t!("site-page-template-not-found.hint"))
        .with_source(&text)
}
