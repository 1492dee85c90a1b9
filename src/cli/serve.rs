//! `loa serve`.

use std::net::IpAddr;

use crate::cli::build::build_clock;
use crate::cli::{RootArg, print_diagnostics, print_error};
use crate::content::PublishOptions;
use crate::error::{Error, Result};
use crate::serve::{Event, ServeOptions};
use crate::site::LoadOptions;

/// Arguments of `loa serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub(super) root: RootArg,
    /// The address to listen on; other machines can connect only if it is not loopback.
    #[arg(long, default_value = "127.0.0.1", value_name = "IP")]
    interface: IpAddr,
    /// The port (0 picks a free one).
    #[arg(long, short, default_value_t = 1111)]
    port: u16,
    /// Include pages marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Include pages dated in the future.
    #[arg(long)]
    future: bool,
}

/// Runs `loa serve` until stopped.
pub(crate) fn run(args: ServeArgs) -> Result<()> {
    let folder = args.root.folder();
    let root = std::fs::canonicalize(&folder).map_err(|e| Error::io(&folder, e))?;
    let options = ServeOptions {
        load: LoadOptions {
            root,
            base_url: None,
            publish: PublishOptions {
                drafts: args.drafts,
                future: args.future,
                now: build_clock()?,
            },
        },
        interface: args.interface,
        port: args.port,
        follow_clock: std::env::var_os("LOA_NOW").is_none(),
    };
    crate::serve::run(options, &print)
}

fn print(event: Event) {
    match event {
        Event::Listening(at) => {
            let host = if at.ip().is_unspecified() {
                "localhost".to_string()
            } else {
                at.ip().to_string()
            };
            let host = if at.is_ipv6() && host != "localhost" {
                format!("[{host}]")
            } else {
                host
            };
            println!("Serving at http://{host}:{}/ (Ctrl+C to stop)", at.port());
        }
        Event::Built {
            update,
            changes,
            latency,
        } => {
            print_diagnostics(&update.warnings);
            match latency {
                None => println!(
                    "Built {} files in {:.2} s",
                    update.rendered,
                    update.elapsed.as_secs_f64()
                ),
                Some(latency) => {
                    let mut line = format!(
                        "Rebuilt {}: {} files in {:.0} ms, reload sent {:.0} ms after the change",
                        what(&changes),
                        update.rendered,
                        update.elapsed.as_secs_f64() * 1000.0,
                        latency.as_secs_f64() * 1000.0
                    );
                    if update.deferred > 0 {
                        line.push_str(&format!("; {} more to follow", update.deferred));
                    }
                    println!("{line}");
                }
            }
            if !update.problems.is_empty() {
                print_diagnostics(&update.problems);
                eprintln!(
                    "{} file(s) could not be rendered; their last good version is served.",
                    update.problems.len()
                );
            }
        }
        Event::Finished(update) => {
            println!(
                "  then {} files that show it in passing in {:.0} ms{}",
                update.rendered,
                update.elapsed.as_secs_f64() * 1000.0,
                if update.deferred > 0 {
                    format!(" ({} left for the next edit)", update.deferred)
                } else {
                    String::new()
                }
            );
            print_diagnostics(&update.problems);
        }
        Event::Failed(e) => {
            print_error_kept(&e);
        }
        Event::Scheduled { reason, update } => {
            println!(
                "Scheduled: {reason}; rebuilt {} files in {:.2} s",
                update.rendered,
                update.elapsed.as_secs_f64()
            );
            print_diagnostics(&update.warnings);
            print_diagnostics(&update.problems);
        }
    }
}

fn print_error_kept(e: &Error) {
    match e {
        Error::Diagnostics(ds) => {
            print_diagnostics(ds);
            eprintln!("The last good pages stay served until this is fixed.");
        }
        other => print_error(other),
    }
}

fn what(changes: &crate::site::live::Changes) -> String {
    let mut parts = Vec::new();
    if changes.config {
        parts.push("site.yaml".to_string());
    }
    if changes.templates {
        parts.push("templates".to_string());
    }
    if changes.data {
        parts.push("data".to_string());
    }
    if changes.statics {
        parts.push("static files".to_string());
    }
    match changes.content.len() {
        0 => {}
        1 => parts.push(
            changes.content[0]
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        n => parts.push(format!("{n} content files")),
    }
    parts.join(", ")
}
