//! One rendering pass: the compiled templates bound to the library's values, and the
//! list of jobs. `loa build` runs every job of a pass; `loa serve` keeps its pass and
//! runs only the jobs an edit touched.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::error::{Diagnostic, Error, Result};
use crate::model::archive::Archive;
use crate::model::jobs::{self, Job};
use crate::output::Sink;
use crate::render::Renderer;
use crate::render::values::{self, Values};
use crate::site::jobs::{self as render_jobs, JobContext};
use crate::site::{Progress, Site};

/// Templates, values and jobs, ready to render.
pub(crate) struct Pass {
    /// Compiled templates bound to this pass's values.
    pub renderer: Renderer,
    /// Every value templates see.
    pub values: Arc<Values>,
    /// Every file to render.
    pub jobs: Vec<Job>,
    /// Years and months of articles, for the date archives.
    pub(crate) archive: Archive,
}

impl Pass {
    /// Compiles the templates and prepares every value and job of `site`.
    pub(crate) fn new(site: &Site) -> Result<Pass> {
        let renderer = Renderer::new(&site.model.root, &site.model.config, &site.theme)
            .map_err(Error::Diagnostics)?;
        Ok(Pass::with(site, renderer))
    }

    /// Like [`Pass::new`], with the templates that compiled: the problems of the
    /// others come back beside it ([`Renderer::partial`]).
    pub(crate) fn partial(site: &Site) -> Result<(Pass, Vec<Diagnostic>)> {
        let (renderer, problems) =
            Renderer::partial(&site.model.root, &site.model.config, &site.theme)
                .map_err(Error::Diagnostics)?;
        Ok((Pass::with(site, renderer), problems))
    }

    fn with(site: &Site, renderer: Renderer) -> Pass {
        let values = values::build(
            &site.model.config,
            &site.model.library,
            &renderer.i18n.dates,
        );
        Pass::bind(site, renderer, values)
    }

    /// Binds already compiled templates to `values` (built from `site`) and plans the jobs.
    pub(crate) fn bind(site: &Site, mut renderer: Renderer, values: Values) -> Pass {
        let values = Arc::new(values);
        let archive = Archive::build(&site.model.library.pages);
        let jobs = attach(site, &mut renderer, &values, &archive);
        Pass {
            renderer,
            values,
            jobs,
            archive,
        }
    }

    /// Binds the same templates to new values (after an edit) and plans the jobs again.
    pub(crate) fn rebind(&mut self, site: &Site, values: Values) {
        self.values = Arc::new(values);
        self.archive = Archive::build(&site.model.library.pages);
        self.jobs = attach(site, &mut self.renderer, &self.values, &self.archive);
    }

    /// Renders one job into `sink`.
    #[allow(clippy::result_large_err)] // as every step returning one `Diagnostic`
    pub(crate) fn run(&self, site: &Site, job: &Job, sink: &dyn Sink) -> Result<(), Diagnostic> {
        let ctx = JobContext {
            site,
            renderer: &self.renderer,
            values: &self.values,
            sink,
            archive: &self.archive,
        };
        ctx.run(job)
    }

    /// The site path a job writes; stable from one pass to the next.
    pub(crate) fn output_path(&self, site: &Site, job: &Job) -> String {
        job.kind().path(&site.model)
    }

    /// Renders every job in parallel; returns the problems.
    pub(crate) fn run_all(
        &self,
        site: &Site,
        sink: &dyn Sink,
        progress: Option<&Progress<'_>>,
    ) -> Vec<Diagnostic> {
        let total = self.jobs.len();
        let done = AtomicUsize::new(0);
        self.jobs
            .par_iter()
            .flat_map_iter(|job| {
                let result = self.run(site, job, sink);
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if let Some(p) = progress
                    && (n.is_multiple_of(64) || n == total)
                {
                    p(n, total);
                }
                result.err()
            })
            .collect()
    }
}

/// Makes `values` what the templates see and plans the jobs.
fn attach(
    site: &Site,
    renderer: &mut Renderer,
    values: &Arc<Values>,
    archive: &Archive,
) -> Vec<Job> {
    let site_value = render_jobs::site_value(site, values);
    renderer.bind(
        &site.model.config,
        &site.model.library,
        Arc::clone(values),
        tera::Value::from_serializable(&site.data),
        site_value,
    );
    jobs::plan(&site.model, archive, &|name| renderer.has(name))
}
