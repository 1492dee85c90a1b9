//! What a build renders: one [`Job`] per output file from a template (pages,
//! section listing pages, taxonomy lists and term pages, date archives, the search
//! page, home, 404), planned up front so they can run in parallel.

use crate::content::Section;
use crate::content::front_matter::PageKind;
use crate::model::Model;
use crate::model::archive::Archive;

/// One file to render, of one kind. What each kind knows of itself (its site path,
/// how it renders, what its head says, what it depends on) is its `Kind` in
/// `site/jobs/`: a new kind is a struct here, planned in [`plan`], and one file there.
#[derive(Debug, Clone)]
pub(crate) enum Job {
    /// An article page.
    Page(PageJob),
    /// One listing page of a section (home has one).
    Section(SectionJob),
    /// The list of all terms of a taxonomy.
    TaxonomyList(TaxonomyJob),
    /// One listing page of a term.
    Term(TermJob),
    /// The list of years of the date archives (`/luu-tru/`).
    ArchiveIndex(ArchiveIndexJob),
    /// One listing page of a year's or a month's articles.
    Archive(ArchiveJob),
    /// The search page (`/tim-kiem/`).
    Search(SearchJob),
    /// The not-found page.
    NotFound(NotFoundJob),
}

/// An article page.
#[derive(Debug, Clone)]
pub(crate) struct PageJob {
    /// Index into the library's pages.
    pub index: usize,
    /// Template name.
    pub template: String,
}

/// One listing page of a section.
#[derive(Debug, Clone)]
pub(crate) struct SectionJob {
    /// Section index.
    pub index: usize,
    /// 1-based listing page.
    pub number: usize,
    /// Template name.
    pub template: String,
}

/// The list of all terms of a taxonomy.
#[derive(Debug, Clone)]
pub(crate) struct TaxonomyJob {
    /// Taxonomy index.
    pub taxonomy: usize,
    /// Template name.
    pub template: String,
}

/// One listing page of a term.
#[derive(Debug, Clone)]
pub(crate) struct TermJob {
    /// Taxonomy index.
    pub taxonomy: usize,
    /// Term index.
    pub term: usize,
    /// 1-based listing page.
    pub number: usize,
    /// Template name.
    pub template: String,
}

/// The list of years of the date archives.
#[derive(Debug, Clone)]
pub(crate) struct ArchiveIndexJob;

/// One listing page of a year's or a month's articles.
#[derive(Debug, Clone)]
pub(crate) struct ArchiveJob {
    /// The year.
    pub year: i32,
    /// The month (1–12); `None` for the whole year.
    pub month: Option<u32>,
    /// 1-based listing page.
    pub number: usize,
}

/// The search page.
#[derive(Debug, Clone)]
pub(crate) struct SearchJob;

/// The not-found page.
#[derive(Debug, Clone)]
pub(crate) struct NotFoundJob;

/// Chooses templates and lists every job; a template named in front matter that
/// does not exist is reported later, by the job, at the page.
pub(crate) fn plan(
    model: &Model,
    archive: &Archive,
    has_template: &dyn Fn(&str) -> bool,
) -> Vec<Job> {
    let lib = &model.library;
    let mut jobs = Vec::with_capacity(lib.pages.len() + lib.sections.len() * 4);
    plan_pages(model, has_template, &mut jobs);
    plan_sections(model, has_template, &mut jobs);
    plan_taxonomies(model, has_template, &mut jobs);
    plan_archives(model, archive, &mut jobs);
    jobs.push(Job::Search(SearchJob));
    jobs.push(Job::NotFound(NotFoundJob));
    jobs
}

/// Every page, with the template its front matter, its section or its kind names.
fn plan_pages(model: &Model, has_template: &dyn Fn(&str) -> bool, jobs: &mut Vec<Job>) {
    let lib = &model.library;
    for (index, page) in lib.pages.iter().enumerate() {
        let section = &lib.sections[page.section];
        let kind_template = format!("{}.html", page.kind().as_str());
        let template = page
            .meta
            .template
            .clone()
            .or_else(|| section.meta.page_template.clone())
            .unwrap_or_else(|| {
                if page.kind() != PageKind::Article && has_template(&kind_template) {
                    kind_template
                } else {
                    "page.html".into()
                }
            });
        jobs.push(Job::Page(PageJob { index, template }));
    }
}

/// Every listing page of every section (home has one).
fn plan_sections(model: &Model, has_template: &dyn Fn(&str) -> bool, jobs: &mut Vec<Job>) {
    for (index, section) in model.library.sections.iter().enumerate() {
        let template = section.meta.template.clone().unwrap_or_else(|| {
            if section.is_home() {
                "index.html".into()
            } else if section.meta.dedicated && has_template("dedicated.html") {
                "dedicated.html".into()
            } else {
                "section.html".into()
            }
        });
        let pages = if section.is_home() {
            1
        } else {
            pager_count(model, section)
        };
        for number in 1..=pages {
            jobs.push(Job::Section(SectionJob {
                index,
                number,
                template: template.clone(),
            }));
        }
    }
}

/// Every taxonomy's list of terms and every listing page of every term, with the
/// taxonomy's own templates (`tags_list.html`) when the theme has them.
fn plan_taxonomies(model: &Model, has_template: &dyn Fn(&str) -> bool, jobs: &mut Vec<Job>) {
    for (t, taxonomy) in model.library.taxonomies.iter().enumerate() {
        let own = |suffix: &str| {
            let name = format!("{}_{suffix}.html", taxonomy.config.name);
            if has_template(&name) {
                name
            } else {
                format!("taxonomy_{suffix}.html")
            }
        };
        jobs.push(Job::TaxonomyList(TaxonomyJob {
            taxonomy: t,
            template: own("list"),
        }));
        let per_page = taxonomy
            .config
            .paginate_by
            .unwrap_or(model.config.paginate_by)
            .max(1);
        let single = own("single");
        for (term, entry) in taxonomy.terms.iter().enumerate() {
            for number in 1..=page_count(entry.pages.len(), per_page) {
                jobs.push(Job::Term(TermJob {
                    taxonomy: t,
                    term,
                    number,
                    template: single.clone(),
                }));
            }
        }
    }
}

/// The archives' index and every listing page of every year and month.
fn plan_archives(model: &Model, archive: &Archive, jobs: &mut Vec<Job>) {
    let per_page = model.config.paginate_by.max(1);
    jobs.push(Job::ArchiveIndex(ArchiveIndexJob));
    for year in &archive.years {
        for number in 1..=page_count(year.pages.len(), per_page) {
            jobs.push(Job::Archive(ArchiveJob {
                year: year.year,
                month: None,
                number,
            }));
        }
        for month in &year.months {
            for number in 1..=page_count(month.pages.len(), per_page) {
                jobs.push(Job::Archive(ArchiveJob {
                    year: year.year,
                    month: Some(month.month),
                    number,
                }));
            }
        }
    }
}

/// How many pages a listing page of `section` shows.
pub(crate) fn per_page(model: &Model, section: &Section) -> usize {
    section
        .meta
        .paginate_by
        .unwrap_or(model.config.paginate_by)
        .max(1)
}

fn pager_count(model: &Model, section: &Section) -> usize {
    page_count(section.pages.len(), per_page(model, section))
}

/// The site path of listing page `n` (1-based) of the listing at `base`: page 1 at
/// the listing's own URL, page N at `<base><trang|page>/N/`.
pub(crate) fn pager_url(base: &str, n: usize, segment: &str) -> String {
    if n == 1 {
        base.to_string()
    } else {
        format!("{base}{segment}/{n}/")
    }
}

/// How many listing pages `total` items make (at least one).
pub(crate) fn page_count(total: usize, per_page: usize) -> usize {
    total.div_ceil(per_page.max(1)).max(1)
}
