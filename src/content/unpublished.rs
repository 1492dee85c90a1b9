//! Pages a build leaves out (drafts, future-dated, expired) whose front matter does
//! not parse: their errors must not stop the build that would not publish them, so
//! they are told apart by the lines they do have, and reported as warnings.

use std::path::Path;

use chrono_tz::Tz;

use super::PublishOptions;
use crate::dates;
use crate::error::{Diagnostic, Location, Severity};

/// Why a build leaves a page out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOut {
    /// `draft: true`, and no `--drafts`.
    Draft,
    /// Dated after the build's clock, and no `--future`.
    Future,
    /// Its `expires` has passed.
    Expired,
}

/// A page the build leaves out, for the message of a link to it.
#[derive(Debug, Clone)]
pub struct Unpublished {
    /// Why it is left out.
    pub why: LeftOut,
    /// Its site path, as a published page would have.
    pub path: String,
    /// When it goes live (a future page), or went off (an expired one).
    pub date: dates::Date,
}

impl Unpublished {
    /// The error for a link to it written as `target` at `at`: it names why the page
    /// is not in this build and what to do.
    pub(crate) fn link_error(&self, at: Location, target: &str) -> Diagnostic {
        let pattern = match crate::messages::language() {
            crate::language::Language::Vi => "%H:%M ngày %d/%m/%Y",
            crate::language::Language::En => "%Y-%m-%d %H:%M",
        };
        let date = self.date.format(pattern).to_string();
        let hint = match self.why {
            LeftOut::Draft => t!("unpublished-link.hint-draft"),
            LeftOut::Future => t!("unpublished-link.hint-future", date = date),
            LeftOut::Expired => t!("unpublished-link.hint-expired", date = date),
        };
        let why = self.why.key();
        Diagnostic::error(at, t!("unpublished-link", why = why, target = target)).hint(hint)
    }
}

impl LeftOut {
    /// The `$why` of `unpublished-left-out`.
    fn key(self) -> &'static str {
        match self {
            LeftOut::Draft => "draft",
            LeftOut::Future => "future",
            LeftOut::Expired => "expired",
        }
    }
}

/// Why a build with `options` would leave out the page whose front matter is
/// `yaml`, read line by line (it did not parse as a whole); `None` when it would
/// publish it or cannot tell.
pub(crate) fn left_out(yaml: &str, options: &PublishOptions, tz: Tz) -> Option<LeftOut> {
    let value = |line: &str, key: &str| {
        let rest = line.strip_prefix(key)?.strip_prefix(':')?;
        let rest = rest.split(" #").next().unwrap_or_default().trim();
        Some(rest.trim_matches(['"', '\'']).to_string())
    };
    let mut why = None;
    for line in yaml.lines() {
        if let Some(v) = value(line, "draft")
            && matches!(v.as_str(), "true" | "True" | "TRUE" | "yes" | "on")
            && !options.drafts
        {
            why = Some(LeftOut::Draft);
        } else if let Some(v) = value(line, "date")
            && dates::parse(&v, tz).is_some_and(|d| d > options.now)
            && !options.future
        {
            why = why.or(Some(LeftOut::Future));
        } else if let Some(v) = value(line, "expires")
            && dates::parse(&v, tz).is_some_and(|d| d <= options.now)
        {
            why = why.or(Some(LeftOut::Expired));
        }
    }
    why
}

/// The errors of a page left out (`why`) as warnings, after one that says so.
pub(crate) fn as_warnings(file: &Path, why: LeftOut, errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let count = errors.iter().filter(|d| d.is_error()).count();
    let lead = Diagnostic::warning(
        Location::file(file),
        t!("unpublished-left-out", why = why.key(), count = count),
    )
    .hint(if why == LeftOut::Draft {
        t!("unpublished-left-out.hint-draft")
    } else {
        t!("unpublished-left-out.hint")
    });
    let downgraded = errors.into_iter().map(|mut d| {
        d.severity = Severity::Warning;
        d
    });
    std::iter::once(lead).chain(downgraded).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(drafts: bool, future: bool) -> PublishOptions {
        PublishOptions {
            drafts,
            future,
            now: chrono::DateTime::parse_from_rfc3339("2026-12-01T12:00:00+07:00")
                .unwrap()
                .to_utc(),
        }
    }

    #[test]
    fn drafts_future_and_expired_pages_are_told_by_their_lines() {
        let tz = chrono_tz::Asia::Ho_Chi_Minh;
        let yaml = "title: “Bản nháp: chưa xong”\ndraft: true # còn sửa\n";
        assert_eq!(
            left_out(yaml, &options(false, false), tz),
            Some(LeftOut::Draft)
        );
        assert_eq!(left_out(yaml, &options(true, false), tz), None);
        let yaml = "title: x: y\ndate: 2027-01-01\n";
        assert_eq!(
            left_out(yaml, &options(false, false), tz),
            Some(LeftOut::Future)
        );
        assert_eq!(left_out(yaml, &options(false, true), tz), None);
        let yaml = "title: x: y\ndate: 2020-01-01\nexpires: '2021-01-01'\n";
        assert_eq!(
            left_out(yaml, &options(false, false), tz),
            Some(LeftOut::Expired)
        );
        let yaml = "title: x: y\ndate: 2020-01-01\n  draft: true\n";
        assert_eq!(left_out(yaml, &options(false, false), tz), None, "nested");
    }
}
