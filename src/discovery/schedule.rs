//! When the output would change with no edit: a future-dated page going live, a
//! page expiring, an article leaving the two-day news sitemap. A static host only
//! changes when rebuilt, so every build writes these instants to
//! `loa-schedule.json` for a scheduler to read, and reports the next one.
//!
//! The public file holds instants and kinds only: the file of an embargoed story
//! names it, so file names stay in the terminal and in `.loa-cache/schedule.json`.

use std::path::Path;

use serde_json::{Value, json};

use crate::dates::{Date, rfc3339};
use crate::discovery::sitemap::{NEWS_WINDOW, news_pages};
use crate::model::Model;

/// The file a build writes at the output root.
pub(crate) const FILE: &str = "loa-schedule.json";

/// The schedule with the files, beside the site (never published).
pub(crate) const PRIVATE_FILE: &str = ".loa-cache/schedule.json";

/// How many upcoming changes the file lists.
const LISTED: usize = 100;

/// Why the output will change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ChangeKind {
    /// A future-dated page goes live.
    Publish,
    /// A published page reaches its `expires`.
    Expire,
    /// An article leaves the news sitemap's two-day window.
    NewsWindow,
}

impl ChangeKind {
    /// The name in `loa-schedule.json`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Publish => "publish",
            ChangeKind::Expire => "expire",
            ChangeKind::NewsWindow => "news-sitemap",
        }
    }
}

/// One future change of the output.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Change {
    /// When, in the site's time zone.
    pub at: Date,
    /// Why.
    pub kind: ChangeKind,
    /// The page's file (`content/…`).
    pub file: String,
}

impl Change {
    /// "content/x.md goes live".
    pub(crate) fn reason(&self) -> String {
        match self.kind {
            ChangeKind::Publish => t!("schedule-goes-live", file = &self.file),
            ChangeKind::Expire => t!("schedule-expires", file = &self.file),
            ChangeKind::NewsWindow => t!("schedule-leaves-news-sitemap", file = &self.file),
        }
    }
}

/// Every future change, soonest first.
pub(crate) fn upcoming(model: &Model) -> Vec<Change> {
    let tz = model.config.timezone;
    let local = |d: &Date| d.with_timezone(&tz).fixed_offset();
    let shown = |f: &Path| f.to_string_lossy().replace('\\', "/");
    let s = &model.library.schedule;
    let mut changes: Vec<Change> = s
        .publishes
        .iter()
        .map(|(d, f)| (d, ChangeKind::Publish, f))
        .chain(s.expiries.iter().map(|(d, f)| (d, ChangeKind::Expire, f)))
        .filter(|(d, _, _)| **d > model.now)
        .map(|(d, kind, f)| Change {
            at: local(d),
            kind,
            file: shown(f),
        })
        .collect();
    for i in news_pages(model) {
        let page = &model.library.pages[i];
        changes.push(Change {
            at: local(&(page.date + NEWS_WINDOW)),
            kind: ChangeKind::NewsWindow,
            file: shown(&page.file),
        });
    }
    changes.sort_by(|a, b| {
        a.at.cmp(&b.at)
            .then(a.kind.cmp(&b.kind))
            .then(a.file.cmp(&b.file))
    });
    changes
}

/// `loa-schedule.json`: the build's clock, the next change and the next ones, by
/// instant and kind.
pub(crate) fn file(model: &Model, changes: &[Change]) -> String {
    schedule_text(model, changes, false)
}

/// The same with the file and the reason of each change, for `.loa-cache/`.
pub(crate) fn private_file(model: &Model, changes: &[Change]) -> String {
    schedule_text(model, changes, true)
}

fn schedule_text(model: &Model, changes: &[Change], with_files: bool) -> String {
    let now = model
        .now
        .with_timezone(&model.config.timezone)
        .fixed_offset();
    let next = changes.first();
    let list: Vec<Value> = changes
        .iter()
        .take(LISTED)
        .map(|c| {
            let mut entry = json!({ "at": rfc3339(&c.at), "kind": c.kind.as_str() });
            if with_files {
                entry["file"] = Value::from(c.file.as_str());
            }
            entry
        })
        .collect();
    let mut value = json!({
        "built_at": rfc3339(&now),
        "next_change": next.map(|c| rfc3339(&c.at)),
        "next_kind": next.map(|c| c.kind.as_str()),
        "upcoming": list,
    });
    if with_files {
        value["reason"] = json!(next.map(Change::reason));
    }
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
