//! What a build renders: one job per output file from a template (pages, section
//! listing pages, taxonomy lists and term pages, date archives, the search page,
//! home, 404). The model plans them ([`crate::model::jobs`]); each kind's [`Kind`],
//! one file here per kind, says what it writes, how it renders, what its head says
//! and what it depends on.

mod archive;
mod fixed;
mod page;
mod section;
mod taxonomy;

use std::path::PathBuf;

use tera::{Context, Value};

use crate::error::{Diagnostic, Location};
use crate::model::Model;
use crate::model::archive::Archive;
use crate::model::jobs::Job;
use crate::output::{Sink, file_for_path};
use crate::render::Renderer;
use crate::render::values::{Values, section_summary};
use crate::seo;
use crate::site::Site;
use crate::site::live::sig::Sigs;
use crate::templating::Obj;

/// What one kind of job knows of itself.
pub(crate) trait Kind {
    /// The site path it writes (`/a/`, `/a/trang/2/`, `/404.html`): its identity from
    /// one build to the next.
    fn path(&self, model: &Model) -> String;

    /// Fills `context` and says what to render; `None` for a listing page past the
    /// last one (nothing to write).
    fn render<'j>(
        &'j self,
        cx: &JobContext<'_>,
        context: &mut Context,
    ) -> Result<Option<Rendered<'j>>, Diagnostic>;

    /// What the file's head says of it (the `seo` value).
    fn seo<'m>(&self, scope: &seo::Scope<'m>, path: &str) -> seo::Subject<'m>;

    /// Its (direct, indirect) signatures before its lookups, by which `loa serve`
    /// knows whether an edit changed it (see [`crate::site::live::sig`]).
    fn signature(&self, sigs: &Sigs<'_>) -> (u64, u64);
}

impl Job {
    /// What the job's kind knows.
    pub(crate) fn kind(&self) -> &dyn Kind {
        match self {
            Job::Page(job) => job,
            Job::Section(job) => job,
            Job::TaxonomyList(job) => job,
            Job::Term(job) => job,
            Job::ArchiveIndex(job) => job,
            Job::Archive(job) => job,
            Job::Search(job) => job,
            Job::NotFound(job) => job,
        }
    }
}

/// What a job renders: (template, site path, the file messages name).
pub(crate) type Rendered<'t> = (&'t str, String, PathBuf);

/// What every job needs.
pub(crate) struct JobContext<'a> {
    /// The site.
    pub site: &'a Site,
    /// Compiled templates.
    pub renderer: &'a Renderer,
    /// Template values.
    pub values: &'a Values,
    /// Where files go.
    pub sink: &'a dyn Sink,
    /// Years and months of articles.
    pub archive: &'a Archive,
}

impl JobContext<'_> {
    /// Renders and writes one job.
    pub(crate) fn run(&self, job: &Job) -> Result<(), Diagnostic> {
        let kind = job.kind();
        let mut context = Context::new();
        let Some((template, path, source)) = kind.render(self, &mut context)? else {
            return Ok(());
        };
        let model = &self.site.model;
        context.insert("current_path", &path);
        context.insert("current_url", &model.config.permalink(&path));
        let scope = seo::Scope::new(model, &self.renderer.i18n);
        let subject = kind.seo(&scope, &path);
        context.insert_value("seo", seo::value(&scope, subject, &path));
        let html = self.renderer.render(template, &context, &source)?;
        self.sink
            .write(&file_for_path(&path), html)
            .map_err(|e| Diagnostic::error(Location::file(&path), e.to_string()))
    }
}

/// The `site` value every template sees.
pub(crate) fn site_value(site: &Site, values: &Values) -> Value {
    let config = &site.model.config;
    let lib = &site.model.library;
    let sections: Vec<Value> = lib
        .home()
        .subsections
        .iter()
        .map(|&i| section_summary(config, &lib.sections[i], &values.page_cards))
        .collect();
    let taxonomies: Vec<Value> = lib
        .taxonomies
        .iter()
        .map(|t| {
            Obj::new()
                .set("name", t.config.name.as_str())
                .opt("title", t.config.title.as_deref())
                .set("url", t.path.as_str())
                .set("term_count", t.terms.len())
                .done()
        })
        .collect();
    let featured: Vec<Value> = lib
        .news
        .iter()
        .filter(|&&i| lib.pages[i].meta.featured)
        .take(10)
        .map(|&i| values.page_cards[i].clone())
        .collect();
    Obj::new()
        .set("title", config.title.as_str())
        .opt("description", config.description.as_deref())
        .set("base_url", config.base_url.as_str())
        .set("language", config.language.code())
        .set("paginate_path", config.language.paginate_path())
        .ser("campaign", &config.campaign)
        .ser("menu", &config.menu)
        .ser("publisher", &config.publisher)
        .opt("logo", logo_value(site))
        .ser("feeds", &config.feeds)
        .ser("extra", &config.extra)
        .set("sections", sections)
        .set("taxonomies", taxonomies)
        .set("featured", featured)
        .set(
            "latest",
            lib.news
                .iter()
                .take(10)
                .map(|&i| values.page_cards[i].clone())
                .collect::<Vec<_>>(),
        )
        .set("page_count", lib.pages.len())
        .set("search_url", crate::content::reserved::SEARCH_PATH)
        .set(
            "build_time",
            crate::dates::rfc3339(&site.model.now.fixed_offset()),
        )
        .set("generator", concat!("loa ", env!("CARGO_PKG_VERSION")))
        .done()
}

/// The publisher's logo with its pixel size when it is a file of `static/` (the
/// site's or the theme's), so themes can give its `<img>` a width and height.
fn logo_value(site: &Site) -> Option<Value> {
    let url = site.model.config.publisher.as_ref()?.logo.as_deref()?;
    let rooted = url.strip_prefix('/').filter(|r| !r.starts_with('/'))?;
    let size = site
        .model
        .files
        .get(rooted)
        .and_then(|source| crate::media::probe(source).ok())
        .map(|p| (p.width, p.height))
        .filter(|&(w, h)| w > 0 && h > 0);
    Some(
        Obj::new()
            .set("url", url)
            .opt("width", size.map(|(w, _)| w))
            .opt("height", size.map(|(_, h)| h))
            .done(),
    )
}
