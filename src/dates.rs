//! Dates: parsing what editors write (a bare date or a time without offset is in
//! the site's time zone, not UTC) and formatting for people (words from the theme's
//! i18n file) and machines (RFC 3339, RFC 822, always English).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::Serialize;

/// A date as the rest of the pipeline uses it: an instant with the offset it is shown in.
pub(crate) type Date = DateTime<FixedOffset>;

/// Parses `2016-08-15`, `2016-08-15 09:00`, `2016-08-15T09:00:00`, with or without
/// seconds, fraction and an offset (`+07:00`, `Z`). Without an offset the time is in `tz`.
pub(crate) fn parse(text: &str, tz: Tz) -> Option<Date> {
    let text = text.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(text) {
        return Some(d);
    }
    let with_t = text.replacen(' ', "T", 1);
    if let Ok(d) = DateTime::parse_from_rfc3339(&with_t) {
        return Some(d);
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(&with_t, format) {
            return Some(d);
        }
    }
    let naive = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&with_t, f).ok())
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })?;
    // Asia/Ho_Chi_Minh has no DST, but other zones may: take the earlier of an
    // ambiguous local time, and skip forward over a gap.
    let local = tz.from_local_datetime(&naive).earliest().or_else(|| {
        tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
            .earliest()
    })?;
    Some(local.fixed_offset())
}

/// RFC 3339 (`2016-08-15T09:00:00+07:00`), for Atom, JSON Feed, sitemaps and JSON-LD.
pub(crate) fn rfc3339(d: &Date) -> String {
    d.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// RFC 822 as RSS wants it (`Mon, 15 Aug 2016 09:00:00 +0700`), English names always.
pub(crate) fn rfc822(d: &Date) -> String {
    d.to_rfc2822()
}

/// The words a language uses for dates: from the theme's i18n file.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub(crate) struct DateWords {
    /// Monday first, seven names ("Thứ Hai" … "Chủ Nhật").
    pub weekdays: Vec<String>,
    /// January first, twelve names.
    pub months: Vec<String>,
    /// Pattern of the short form, e.g. `{dd}/{mm}/{yyyy}`.
    pub short: String,
    /// Pattern of the long form, e.g. `{weekday}, {dd}/{mm}/{yyyy}`.
    pub long: String,
    /// Pattern of the full form with time and zone.
    pub full: String,
}

impl DateWords {
    /// The built-in Vietnamese words and patterns.
    pub(crate) fn vietnamese() -> Self {
        DateWords {
            weekdays: [
                "Thứ Hai",
                "Thứ Ba",
                "Thứ Tư",
                "Thứ Năm",
                "Thứ Sáu",
                "Thứ Bảy",
                "Chủ Nhật",
            ]
            .map(String::from)
            .to_vec(),
            months: (1..=12).map(|m| format!("tháng {m}")).collect(),
            short: "{dd}/{mm}/{yyyy}".into(),
            long: "{weekday}, {dd}/{mm}/{yyyy}".into(),
            full: "{weekday}, {dd}/{mm}/{yyyy}, {HH}:{MM} ({gmt})".into(),
        }
    }

    /// The built-in English words and patterns.
    pub(crate) fn english() -> Self {
        DateWords {
            weekdays: [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ]
            .map(String::from)
            .to_vec(),
            months: [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ]
            .map(String::from)
            .to_vec(),
            short: "{d} {month} {yyyy}".into(),
            long: "{weekday}, {d} {month} {yyyy}".into(),
            full: "{weekday}, {d} {month} {yyyy}, {HH}:{MM} ({gmt})".into(),
        }
    }

    /// Formats `d` with a pattern of `{yyyy} {mm} {m} {dd} {d} {HH} {MM} {weekday}
    /// {month} {gmt} {offset}` placeholders; other text is kept.
    pub(crate) fn format(&self, d: &Date, pattern: &str) -> String {
        let mut out = String::with_capacity(pattern.len() + 16);
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let token = &rest[open + 1..open + close];
            match self.token(d, token) {
                Some(value) => out.push_str(&value),
                None => out.push_str(&rest[open..=open + close]),
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out
    }

    fn token(&self, d: &Date, token: &str) -> Option<String> {
        let word = |list: &[String], i: usize| list.get(i).cloned().unwrap_or_default();
        Some(match token {
            "yyyy" => format!("{:04}", d.year()),
            "mm" => format!("{:02}", d.month()),
            "m" => d.month().to_string(),
            "dd" => format!("{:02}", d.day()),
            "d" => d.day().to_string(),
            "HH" => format!("{:02}", d.hour()),
            "MM" => format!("{:02}", d.minute()),
            "weekday" => word(&self.weekdays, d.weekday().num_days_from_monday() as usize),
            "month" => word(&self.months, d.month0() as usize),
            "gmt" => gmt(d),
            "offset" => d.format("%:z").to_string(),
            _ => return None,
        })
    }
}

/// `GMT+7`, `GMT+5:30`, `GMT`.
fn gmt(d: &Date) -> String {
    let secs = d.offset().local_minus_utc();
    if secs == 0 {
        return "GMT".into();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    if m == 0 {
        format!("GMT{sign}{h}")
    } else {
        format!("GMT{sign}{h}:{m:02}")
    }
}

/// A date as templates see it: machine forms and the theme's human forms.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DateView {
    /// RFC 3339.
    pub iso: String,
    /// RFC 822.
    pub rfc822: String,
    /// Seconds since the epoch.
    pub timestamp: i64,
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day of month.
    pub day: u32,
    /// Short human form ("26/11/2026").
    pub short: String,
    /// Long human form ("Thứ Năm, 26/11/2026").
    pub long: String,
    /// Full human form ("Thứ Năm, 26/11/2026, 09:00 (GMT+7)").
    pub full: String,
    /// `HH:MM`.
    pub time: String,
}

/// True for a date written without a time (`2020-06-01`): it shows without one.
pub(crate) fn is_bare(text: &str) -> bool {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").is_ok()
}

impl DateView {
    /// The forms of a date written without a time: the full form is the long one
    /// and there is no `time`, rather than a made-up "00:00".
    pub(crate) fn date_only(d: &Date, words: &DateWords) -> Self {
        let view = DateView::new(d, words);
        DateView {
            full: view.long.clone(),
            time: String::new(),
            ..view
        }
    }

    /// Every form of `d`.
    pub(crate) fn new(d: &Date, words: &DateWords) -> Self {
        DateView {
            iso: rfc3339(d),
            rfc822: rfc822(d),
            timestamp: d.timestamp(),
            year: d.year(),
            month: d.month(),
            day: d.day(),
            short: words.format(d, &words.short),
            long: words.format(d, &words.long),
            full: words.format(d, &words.full),
            time: format!("{:02}:{:02}", d.hour(), d.minute()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const HCM: Tz = chrono_tz::Asia::Ho_Chi_Minh;

    #[test]
    fn a_date_without_a_time_shows_without_one() {
        assert!(is_bare("2020-06-01") && !is_bare("2020-06-01 09:00"));
        let d = parse("2020-06-01", HCM).unwrap();
        let v = DateView::date_only(&d, &DateWords::vietnamese());
        assert_eq!(v.full, v.long);
        assert!(!v.full.contains("00:00"), "{}", v.full);
        assert_eq!(v.time, "");
    }

    #[test]
    fn bare_dates_are_in_the_site_time_zone() {
        let d = parse("2026-11-26", HCM).unwrap();
        assert_eq!(rfc3339(&d), "2026-11-26T00:00:00+07:00");
        let d = parse("2026-11-26 09:30", HCM).unwrap();
        assert_eq!(rfc3339(&d), "2026-11-26T09:30:00+07:00");
        let d = parse("2026-11-26T09:30:00Z", HCM).unwrap();
        assert_eq!(rfc3339(&d), "2026-11-26T09:30:00+00:00");
        assert!(parse("26/11/2026", HCM).is_none());
        assert!(parse("2026-13-01", HCM).is_none());
    }

    #[test]
    fn vietnamese_and_machine_forms() {
        let d = parse("2026-11-26T09:00:00+07:00", HCM).unwrap();
        let v = DateView::new(&d, &DateWords::vietnamese());
        assert_eq!(v.long, "Thứ Năm, 26/11/2026");
        assert_eq!(v.full, "Thứ Năm, 26/11/2026, 09:00 (GMT+7)");
        assert_eq!(v.rfc822, "Thu, 26 Nov 2026 09:00:00 +0700");
        let e = DateView::new(&d, &DateWords::english());
        assert_eq!(e.long, "Thursday, 26 November 2026");
    }
}
