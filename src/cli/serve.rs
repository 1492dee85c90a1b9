//! `loa serve`.

use std::net::IpAddr;

use crate::cli::build::build_clock;
use crate::cli::{RootArg, decimals, print_diagnostics, print_error};
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
            let port = at.port().to_string();
            println!("{}", t!("serve-listening", host = host, port = port));
        }
        Event::Built {
            update,
            changes,
            latency,
        } => {
            print_diagnostics(&update.warnings);
            let files = update.rendered;
            let line = match latency {
                None => {
                    let seconds = decimals(update.elapsed.as_secs_f64(), 2);
                    t!("serve-built", files = files, seconds = seconds)
                }
                Some(latency) => {
                    let what = what(&changes);
                    let ms = decimals(update.elapsed.as_secs_f64() * 1000.0, 0);
                    let latency = decimals(latency.as_secs_f64() * 1000.0, 0);
                    match update.deferred {
                        0 => t!(
                            "serve-rebuilt",
                            what = what,
                            files = files,
                            ms = ms,
                            latency = latency
                        ),
                        more => t!(
                            "serve-rebuilt-more",
                            what = what,
                            files = files,
                            ms = ms,
                            latency = latency,
                            more = more
                        ),
                    }
                }
            };
            println!("{line}");
            if !update.problems.is_empty() {
                print_diagnostics(&update.problems);
                let count = update.problems.len();
                eprintln!("{}", t!("serve-render-problems", count = count));
            }
        }
        Event::Finished(update) => {
            let files = update.rendered;
            let ms = decimals(update.elapsed.as_secs_f64() * 1000.0, 0);
            let line = match update.deferred {
                0 => t!("serve-finished", files = files, ms = ms),
                left => t!("serve-finished-left", files = files, ms = ms, left = left),
            };
            // Indented under the line of the rebuild it finishes.
            println!("  {line}");
            print_diagnostics(&update.problems);
        }
        Event::Failed(e) => {
            print_error_kept(&e);
        }
        Event::Scheduled { reason, update } => {
            let files = update.rendered;
            let seconds = decimals(update.elapsed.as_secs_f64(), 2);
            let line = t!(
                "serve-scheduled",
                reason = reason,
                files = files,
                seconds = seconds
            );
            println!("{line}");
            print_diagnostics(&update.warnings);
            print_diagnostics(&update.problems);
        }
    }
}

fn print_error_kept(e: &Error) {
    match e {
        Error::Diagnostics(ds) => {
            print_diagnostics(ds);
            eprintln!("{}", t!("serve-kept"));
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
        parts.push(t!("serve-changed-templates"));
    }
    if changes.data {
        parts.push(t!("serve-changed-data"));
    }
    if changes.statics {
        parts.push(t!("serve-changed-static"));
    }
    match changes.content.len() {
        0 => {}
        1 => parts.push(
            changes.content[0]
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        count => parts.push(t!("serve-changed-content", count = count)),
    }
    parts.join(", ")
}
