//! `loa build`.

use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::{RootArg, interactive, print_diagnostics};
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
                crate::error::Error::Message(format!(
                    "LOA_NOW={text:?} is not an instant ({e})\n  hint: write it in RFC 3339, e.g. LOA_NOW=2026-11-26T12:00:00+07:00, or unset it to use the real clock"
                ))
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
    let site = Site::load(&options)?;
    print_diagnostics(&site.warnings);
    let bar = interactive(args.quiet).then(|| {
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{spinner} rendering {pos}/{len} {wide_bar} {elapsed}")
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
    let report = site.build(&output, Some(&progress));
    // The process ends soon after: freeing every page one by one would only delay
    // the exit (30 ms at 10,000 articles).
    std::mem::forget(site);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let report = report?;
    if !args.quiet {
        println!("{}", summary_line(&report, &output));
    }
    Ok(())
}

/// The line a build prints when it is done.
fn summary_line(report: &crate::site::BuildReport, output: &std::path::Path) -> String {
    let mut line = format!(
        "Built {} pages, {} sections ({} files from templates) in {:.2} s into {}",
        report.pages,
        report.sections,
        report.files,
        report.elapsed.as_secs_f64(),
        output.display()
    );
    if !report.warnings.is_empty() {
        line.push_str(&format!(", {} warning(s)", report.warnings.len()));
    }
    if let Some(images) = report.images.as_ref().filter(|i| i.images > 0) {
        line.push_str(&format!(
            "; {} image(s): {} variant(s) made, {} from the cache, {:.2} s",
            images.images,
            images.made,
            images.reused,
            images.elapsed.as_secs_f64()
        ));
    }
    if report.drafts_left_out > 0 {
        line.push_str(&format!(
            "; {} draft(s) left out (--drafts to include them)",
            report.drafts_left_out
        ));
    }
    if let Some((at, what)) = &report.next_change {
        line.push_str(&format!(
            "; next change {} ({what})",
            crate::dates::rfc3339(at)
        ));
    }
    line
}
