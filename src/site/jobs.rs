//! What a build renders: one [`Job`] per output file from a template (pages,
//! section listing pages, taxonomy lists and term pages, date archives, the search
//! page, home, 404), planned up front so they can run in parallel.

use std::path::PathBuf;

use tera::{Context, Value};

use crate::content::front_matter;
use crate::content::reserved::{NOT_FOUND_PATH, SEARCH_PATH};
use crate::error::{Diagnostic, Location};
use crate::model::archive::Archive;
use crate::model::jobs::{Job, per_page};
use crate::output::{Sink, file_for_path};
use crate::render::Renderer;
use crate::render::functions::{taxonomy_value, term_value};
use crate::render::values::{Values, page_value, section_summary};
use crate::site::Site;
use crate::site::paginate::pager;
use crate::templating::Obj;

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
        let mut context = Context::new();
        let rendered = match job {
            Job::Page { index, template } => Some(self.page(&mut context, *index, template)?),
            Job::Section {
                index,
                number,
                template,
            } => self.section(&mut context, *index, *number, template),
            Job::TaxonomyList { taxonomy, template } => {
                Some(self.taxonomy(&mut context, *taxonomy, template))
            }
            Job::Term {
                taxonomy,
                term,
                number,
                template,
            } => self.term(&mut context, (*taxonomy, *term), *number, template),
            Job::ArchiveIndex => Some(self.archive_index(&mut context)),
            Job::Archive {
                year,
                month,
                number,
            } => self.archive_page(&mut context, *year, *month, *number),
            Job::Search => Some(self.search(&mut context)),
            Job::NotFound => Some((
                "404.html",
                NOT_FOUND_PATH.to_string(),
                PathBuf::from("404.html"),
            )),
        };
        // A listing page past the last one: nothing to write.
        let Some((template, path, source)) = rendered else {
            return Ok(());
        };
        context.insert("current_path", &path);
        context.insert("current_url", &self.site.model.config.permalink(&path));
        context.insert_value(
            "seo",
            crate::seo::value(&self.site.model, &self.renderer.i18n, job, &path),
        );
        let html = self.renderer.render(template, &context, &source)?;
        self.sink
            .write(&file_for_path(&path), html)
            .map_err(|e| Diagnostic::error(Location::file(&path), e.to_string()))
    }

    /// An article page: `page` and its `section`.
    fn page<'t>(
        &self,
        context: &mut Context,
        index: usize,
        template: &'t str,
    ) -> Result<Rendered<'t>, Diagnostic> {
        let lib = &self.site.model.library;
        let page = &lib.pages[index];
        if !self.renderer.has(template) {
            return Err(missing_template(self.site, page, template));
        }
        context.insert_value("page", page_value(lib, index, self.values));
        context.insert_value(
            "section",
            section_summary(
                &self.site.model.config,
                &lib.sections[page.section],
                &self.values.page_cards,
            ),
        );
        Ok((template, page.path.clone(), page.file.clone()))
    }

    /// One listing page of a section (home lists the newest news); `None` past
    /// the last page.
    fn section<'t>(
        &self,
        context: &mut Context,
        index: usize,
        number: usize,
        template: &'t str,
    ) -> Option<Rendered<'t>> {
        let lib = &self.site.model.library;
        let section = &lib.sections[index];
        let source = section
            .file
            .clone()
            .unwrap_or_else(|| PathBuf::from("content/_index.md"));
        let per_page = per_page(&self.site.model, section);
        let home_items: Vec<usize>;
        let items: &[usize] = if section.is_home() {
            home_items = lib.news.iter().take(per_page).copied().collect();
            &home_items
        } else {
            &section.pages
        };
        let card = |i: usize| self.values.page_cards[i].clone();
        let segment = self.site.model.config.language.paginate_path();
        let pager = pager(&section.path, items, per_page, number, segment, card)?;
        context.insert_value("section", self.values.sections[index].clone());
        context.insert_value("paginator", pager.value);
        if section.is_home() {
            context.insert_value(
                "latest",
                Value::from(items.iter().map(|&i| card(i)).collect::<Vec<_>>()),
            );
        }
        Some((template, pager.path, source))
    }

    /// The list of a taxonomy's terms (the provinces by region, for `provinces`).
    fn taxonomy<'t>(
        &self,
        context: &mut Context,
        taxonomy: usize,
        template: &'t str,
    ) -> Rendered<'t> {
        let t = &self.site.model.library.taxonomies[taxonomy];
        context.insert_value(
            "taxonomy",
            taxonomy_value(&self.site.model.config, t, self.values),
        );
        if t.config.name == "provinces" {
            let summary = crate::content::provinces::summary(t);
            context.insert_value("provinces", Value::from_serializable(&summary));
        }
        (template, t.path.clone(), PathBuf::from("site.yaml"))
    }

    /// One listing page of a term; `None` past the last page.
    fn term<'t>(
        &self,
        context: &mut Context,
        (taxonomy, term): (usize, usize),
        number: usize,
        template: &'t str,
    ) -> Option<Rendered<'t>> {
        let config = &self.site.model.config;
        let t = &self.site.model.library.taxonomies[taxonomy];
        let entry = &t.terms[term];
        let per_page = t.config.paginate_by.unwrap_or(config.paginate_by);
        let card = |i: usize| self.values.page_cards[i].clone();
        let segment = config.language.paginate_path();
        let pager = pager(&entry.path, &entry.pages, per_page, number, segment, card)?;
        context.insert_value(
            "taxonomy",
            Obj::new()
                .set("name", t.config.name.as_str())
                .opt("title", t.config.title.as_deref())
                .set("url", t.path.as_str())
                .done(),
        );
        context.insert_value("term", term_value(entry, self.values, 0));
        context.insert_value("paginator", pager.value);
        Some((template, pager.path, PathBuf::from("site.yaml")))
    }

    /// The search page: where its index and script are.
    fn search(&self, context: &mut Context) -> Rendered<'static> {
        let search = Obj::new()
            .set("index_url", crate::search::INDEX_PATH)
            .set("script_url", crate::search::SCRIPT_PATH)
            .set("documents", self.site.model.library.pages.len())
            .done();
        context.insert_value("search", search);
        let source = PathBuf::from("search.html");
        ("search.html", SEARCH_PATH.to_string(), source)
    }
}

/// What a job renders: (template, site path, the file messages name).
pub(crate) type Rendered<'t> = (&'t str, String, PathBuf);

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
    Diagnostic::error(at, format!("template `{template}` not found"))
        .hint("add it to templates/ (or the theme's templates/), or fix the name in `template:`")
        .with_source(&text)
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
