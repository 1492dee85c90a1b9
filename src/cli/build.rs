//! `loa build`.

use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{RootArg, decimals, interactive, print_diagnostics, with_hint};
use crate::content::PublishOptions;
use crate::error::Result;
use crate::site::{LoadOptions, Site};

/// Arguments of `loa build`.
#[derive(Debug, clap::Args)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub(super) root: RootArg,
    /// Where to write the site [default: public/ in the site's folder].
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Override site.yaml's base_url (e.g. a preview deploy's URL).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Include pages dated in the future.
    #[arg(long)]
    future: bool,
    /// Print only errors and warnings.
    #[arg(long, short)]
    quiet: bool,
}

/// The build's clock: now, or `LOA_NOW` (RFC 3339) for reproducible builds and
/// tests. A `LOA_NOW` that is not an instant is an error, not the real clock.
pub(crate) fn build_clock() -> Result<chrono::DateTime<chrono::Utc>> {
    match std::env::var("LOA_NOW") {
        Ok(text) if !text.trim().is_empty() => chrono::DateTime::parse_from_rfc3339(text.trim())
            .map(|d| d.with_timezone(&chrono::Utc))
            .map_err(|e| {
                let value = format!("{text:?}");
                let message = t!("cli-loa-now-invalid", value = value, reason = e.to_string());
                crate::error::Error::Message(with_hint(message, t!("cli-loa-now-invalid.hint")))
            }),
        _ => Ok(chrono::Utc::now()),
    }
}

/// Runs `loa build`.
pub(crate) fn run(args: BuildArgs) -> Result<()> {
    let root = args.root.folder();
    let output = args.output.unwrap_or_else(|| root.join("public"));
    let options = LoadOptions {
        root: root.clone(),
        base_url: args.base_url,
        publish: PublishOptions {
            drafts: args.drafts,
            future: args.future,
            now: build_clock()?,
        },
    };
    // On Ctrl-C, SIGTERM or SIGHUP, remove this build's staging folder before exiting
    // (the previous output is never touched until the build is whole). After SIGKILL
    // or a power cut, the next build removes what was left.
    let interrupted = output.clone();
    let _ = ctrlc::set_handler(move || {
        crate::output::abandon(&interrupted);
        std::process::exit(130);
    });
    // Errors in the content do not stop here: the build renders what loaded, to
    // report the templates' and links' problems in the same run, and writes nothing.
    let (site, found) = Site::load_all(&options)?;
    let bar = interactive(args.quiet).then(|| {
        let bar = ProgressBar::new(0);
        // indicatif's placeholders, where the language puts the word.
        let template = t!(
            "cli-build-progress",
            spinner = "{spinner}",
            pos = "{pos}",
            len = "{len}",
            bar = "{wide_bar}",
            elapsed = "{elapsed}"
        );
        bar.set_style(
            ProgressStyle::with_template(&template)
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = |done: usize, total: usize| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    };
    let report = site.build(&output, Some(&progress), found);
    // The process ends soon after: freeing every page one by one would only delay
    // the exit (30 ms at 10,000 articles).
    std::mem::forget(site);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    print_diagnostics(&report.warnings);
    if !args.quiet {
        println!("{}", summary_line(&report, &output));
    }
    Ok(())
}

/// The line a build prints when it is done.
fn summary_line(report: &crate::site::BuildReport, output: &std::path::Path) -> String {
    let mut line = t!(
        "cli-build-summary",
        pages = report.pages,
        sections = report.sections,
        files = report.files,
        seconds = decimals(report.elapsed.as_secs_f64(), 2),
        output = output
    );
    if !report.warnings.is_empty() {
        let count = report.warnings.len();
        line.push_str(&t!("cli-build-summary-warnings", count = count));
    }
    if let Some(images) = report.images.as_ref().filter(|i| i.images > 0) {
        line.push_str(&t!(
            "cli-build-summary-images",
            images = images.images,
            made = images.made,
            reused = images.reused,
            seconds = decimals(images.elapsed.as_secs_f64(), 2)
        ));
    }
    if report.drafts_left_out > 0 {
        let count = report.drafts_left_out;
        line.push_str(&t!("cli-build-summary-drafts", count = count));
    }
    if let Some((at, what)) = &report.next_change {
        // Vietnamese readers get the clock time and date as they write them.
        let at = match crate::messages::language() {
            crate::language::Language::Vi => at.format("%H:%M ngày %d/%m/%Y").to_string(),
            crate::language::Language::En => crate::dates::rfc3339(at),
        };
        line.push_str(&t!("cli-build-summary-next-change", at = at, what = what));
    }
    line
}
