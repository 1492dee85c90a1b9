//! The rebuild loop of `loa serve`: the first build, a rebuild after each edit,
//! the work left for after a reload once the files are quiet, and a full load
//! when the clock reaches a scheduled change. Each update is published to the
//! shared output, then the tabs are told to reload or shown the error.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{Event, Shared, error_text, watch};
use crate::error::{Error, Result};
use crate::site::LoadOptions;
use crate::site::live::{Changes, LiveSite, Update};

/// The longest wait for a scheduled change before the clock is read again (it may
/// jump, as after a laptop's sleep).
const CLOCK_CHECK: Duration = Duration::from_secs(3600);

/// How long the files must be quiet before the work left for after a reload
/// (pages showing an edit in passing, feeds, sitemaps) is done.
const AFTER_QUIET: Duration = Duration::from_millis(700);

/// The rebuild loop: it owns the site being served and what it waits for.
pub(super) struct Rebuilder<'r> {
    shared: &'r Shared,
    /// Set by the watcher at each event, to cancel the work left for after a reload.
    stirred: &'r AtomicBool,
    report: &'r (dyn Fn(Event) + Sync),
    follow_clock: bool,
    /// The load options with the clock of the last full load.
    load: LoadOptions,
    /// The site, once it has loaded.
    live: Option<LiveSite>,
    /// The changes seen since the last rebuild that succeeded.
    pending: Changes,
}

impl<'r> Rebuilder<'r> {
    /// Makes the first build: served and reported, or, when the site does not
    /// load, its error kept for the first tab to connect (the next edit loads the
    /// site again).
    pub(super) fn open(
        shared: &'r Shared,
        stirred: &'r AtomicBool,
        report: &'r (dyn Fn(Event) + Sync),
        follow_clock: bool,
        load: LoadOptions,
    ) -> Self {
        let live = match LiveSite::open(load.clone()) {
            Ok((live, update)) => {
                shared.publish(&update);
                report_problems(shared, &update);
                report(Event::Built {
                    update: without_files(update),
                    changes: Changes::default(),
                    latency: None,
                });
                Some(live)
            }
            Err(e) => {
                // No tab is connected yet: the error waits for the first one.
                shared.show_problem(error_text(&e));
                report(Event::Failed(e));
                None
            }
        };
        Rebuilder {
            shared,
            stirred,
            report,
            follow_clock,
            load,
            live,
            pending: Changes::default(),
        }
    }
}

impl Rebuilder<'_> {
    /// Rebuilds after every edit the watcher reports, does the work left for after
    /// a reload once the files are quiet and follows the clock, until the watcher
    /// stops.
    pub(super) fn follow(mut self, watch: &mut watch::Watch) -> Result<()> {
        loop {
            // Work left for after the reload waits until the files are quiet, and a
            // scheduled change until its time.
            let idle = self
                .live
                .as_ref()
                .filter(|s| s.pending())
                .map(|_| AFTER_QUIET);
            let scheduled = self
                .live
                .as_ref()
                .filter(|_| self.follow_clock)
                .and_then(LiveSite::next_change);
            let wait = match (idle, scheduled.as_ref().map(|(at, _)| until(at))) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let Some(next) = watch.next(wait) else { break };
            self.stirred.store(false, Ordering::SeqCst);
            match next {
                Some((changes, first_event)) => self.rebuild(changes, first_event),
                None => self.when_quiet(scheduled),
            }
        }
        Err(Error::Message(t!("serve-watcher-stopped")))
    }

    /// With the files quiet: renders the work left for after the reload, then
    /// loads the site again if its scheduled change is due.
    fn when_quiet(&mut self, scheduled: Option<(crate::dates::Date, String)>) {
        if let Some(site) = self.live.as_mut().filter(|s| s.pending()) {
            let later = site.finish(self.stirred);
            self.shared.publish(&later);
            if !later.written.is_empty() {
                self.shared
                    .broadcast("reload", &reload_message(&later, &Changes::default()));
            }
            (self.report)(Event::Finished(without_files(later)));
        }
        if let Some((_, reason)) = scheduled.filter(|(at, _)| until(at).is_zero()) {
            self.load.publish.now = chrono::Utc::now();
            self.live = reopen_on_schedule(&self.load, self.shared, reason, self.report);
        }
    }

    /// One rebuild after an edit: applies every change since the last rebuild that
    /// succeeded (or loads the site, when it has not loaded yet), serves the update
    /// and reports it; on an error the previous pages stay served under its overlay.
    fn rebuild(&mut self, changes: Changes, first_event: Instant) {
        self.pending.merge(changes);
        if self.follow_clock {
            self.load.publish.now = chrono::Utc::now();
        }
        let result = match self.live.as_mut() {
            Some(site) => site.apply(&self.pending).map(|u| (None, u)),
            None => LiveSite::open(self.load.clone()).map(|(site, u)| (Some(site), u)),
        };
        match result {
            Ok((opened, update)) => {
                if let Some(site) = opened {
                    self.live = Some(site);
                }
                serve_update(
                    self.shared,
                    &update,
                    &reload_message(&update, &self.pending),
                );
                let latency = first_event.elapsed();
                (self.report)(Event::Built {
                    update: without_files(update),
                    changes: std::mem::take(&mut self.pending),
                    latency: Some(latency),
                });
            }
            Err(e) => {
                self.shared.show_problem(error_text(&e));
                (self.report)(Event::Failed(e));
            }
        }
    }
}

/// How long until `at` (zero when it has passed), at most [`CLOCK_CHECK`].
fn until(at: &crate::dates::Date) -> Duration {
    (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
        .to_std()
        .unwrap_or(Duration::ZERO)
        .min(CLOCK_CHECK)
}

/// Loads the whole site again with the clock moved on, serves it and tells the
/// browsers to reload. A site that no longer loads keeps its last pages served and
/// is loaded again at the next edit.
fn reopen_on_schedule(
    load: &LoadOptions,
    shared: &Shared,
    reason: String,
    report: &(dyn Fn(Event) + Sync),
) -> Option<LiveSite> {
    match LiveSite::open(load.clone()) {
        Ok((site, update)) => {
            serve_update(
                shared,
                &update,
                &reload_message(&update, &Changes::default()),
            );
            report(Event::Scheduled {
                reason,
                update: without_files(update),
            });
            Some(site)
        }
        Err(e) => {
            shared.show_problem(error_text(&e));
            report(Event::Failed(e));
            None
        }
    }
}

/// Serves a rebuild's files and shows its render errors, or, when there are none,
/// clears the last error and sends `reload` to the tabs.
fn serve_update(shared: &Shared, update: &Update, reload: &serde_json::Value) {
    shared.publish(update);
    shared.clear_problem();
    report_problems(shared, update);
    if update.problems.is_empty() {
        shared.broadcast("reload", reload);
    }
}

/// Render errors of some files: shown like build errors, while the rest is served.
fn report_problems(shared: &Shared, update: &Update) {
    if update.problems.is_empty() {
        return;
    }
    shared.show_problem(error_text(&Error::Diagnostics(update.problems.clone())));
}

/// Which pages must reload: the files rewritten, or all after a change of
/// templates, data, static files or configuration.
fn reload_message(update: &Update, changes: &Changes) -> serde_json::Value {
    let all = update.full
        || changes.templates
        || changes.data
        || changes.statics
        || update.written.len() > 1000;
    let paths: Vec<&str> = if all {
        Vec::new()
    } else {
        update
            .written
            .iter()
            .map(|(p, _)| p.as_str())
            .chain(update.removed.iter().map(String::as_str))
            .collect()
    };
    serde_json::json!({ "all": all, "paths": paths })
}

fn without_files(mut update: Update) -> Update {
    update.written = Vec::new();
    update.steps = None;
    update
}
