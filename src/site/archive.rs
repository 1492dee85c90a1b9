//! Date archive pages: `/luu-tru/` lists the years with their article counts (and
//! each year's months), `/luu-tru/<year>/` and `/luu-tru/<year>/<mm>/` list the
//! articles of a year or a month, paginated like sections, newest first. The years
//! and months themselves are [`crate::model::archive`].

use tera::Value;

use crate::content::reserved::ARCHIVE_PATH;
use crate::model::archive::{Archive, Month, Year, month_path, year_path};
use crate::render::i18n::I18n;
use crate::templating::Obj;

impl Archive {
    /// The value of `/luu-tru/`: every year with its count, URL and months.
    pub(crate) fn index_value(&self, words: &Words<'_>) -> Value {
        Obj::new()
            .set("url", ARCHIVE_PATH)
            .set(
                "count",
                self.years.iter().map(|y| y.pages.len()).sum::<usize>(),
            )
            .set(
                "years",
                self.years
                    .iter()
                    .map(|y| year_summary(y, words))
                    .collect::<Vec<_>>(),
            )
            .done()
    }

    /// The value of a year's (`month` `None`) or a month's page, and its articles.
    pub(crate) fn page(
        &self,
        year: i32,
        month: Option<u32>,
        words: &Words<'_>,
    ) -> Option<(Value, &[usize])> {
        let y = self.years.iter().find(|y| y.year == year)?;
        let obj = Obj::new()
            .set("year", y.year)
            .set("year_title", words.year_title(y.year))
            .set("index_url", ARCHIVE_PATH)
            .set("year_url", year_path(y.year))
            .set(
                "months",
                y.months
                    .iter()
                    .map(|m| month_summary(y.year, m, words))
                    .collect::<Vec<_>>(),
            );
        Some(match month {
            None => (
                obj.set("month", Value::none())
                    .set("title", words.year_title(y.year))
                    .set("url", year_path(y.year))
                    .set("count", y.pages.len())
                    .done(),
                &y.pages,
            ),
            Some(month) => {
                let m = y.months.iter().find(|m| m.month == month)?;
                (
                    obj.set("month", m.month)
                        .set("month_name", words.month_name(y.year, m.month))
                        .set("title", words.month_title(y.year, m.month))
                        .set("url", month_path(y.year, m.month))
                        .set("count", m.pages.len())
                        .done(),
                    &m.pages,
                )
            }
        })
    }
}

/// The archive's words in the site's language, from the i18n strings
/// `archive_year_title` ("Năm {yyyy}"), `archive_month_title` ("Tháng {m}/{yyyy}")
/// and `archive_month_name` ("Tháng {m}"), with the date placeholders of
/// `date_format`.
pub(crate) struct Words<'a> {
    /// The strings and date words.
    pub i18n: &'a I18n,
}

impl Words<'_> {
    fn format(&self, key: &str, fallback: &str, year: i32, month: u32) -> String {
        let pattern = self.i18n.strings.get(key).map_or(fallback, String::as_str);
        let date = chrono::NaiveDate::from_ymd_opt(year, month, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc().fixed_offset());
        match date {
            Some(d) => self.i18n.dates.format(&d, pattern),
            None => format!("{month:02}/{year}"),
        }
    }

    fn year_title(&self, year: i32) -> String {
        self.format("archive_year_title", "{yyyy}", year, 1)
    }

    fn month_title(&self, year: i32, month: u32) -> String {
        self.format("archive_month_title", "{mm}/{yyyy}", year, month)
    }

    fn month_name(&self, year: i32, month: u32) -> String {
        self.format("archive_month_name", "{month}", year, month)
    }
}

fn year_summary(y: &Year, words: &Words<'_>) -> Value {
    Obj::new()
        .set("year", y.year)
        .set("title", words.year_title(y.year))
        .set("url", year_path(y.year))
        .set("count", y.pages.len())
        .set(
            "months",
            y.months
                .iter()
                .map(|m| month_summary(y.year, m, words))
                .collect::<Vec<_>>(),
        )
        .done()
}

fn month_summary(year: i32, m: &Month, words: &Words<'_>) -> Value {
    Obj::new()
        .set("month", m.month)
        .set("name", words.month_name(year, m.month))
        .set("title", words.month_title(year, m.month))
        .set("url", month_path(year, m.month))
        .set("count", m.pages.len())
        .done()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_have_two_digit_months() {
        assert_eq!(year_path(2016), "/luu-tru/2016/");
        assert_eq!(month_path(2016, 3), "/luu-tru/2016/03/");
        assert_eq!(month_path(2020, 11), "/luu-tru/2020/11/");
    }

    #[test]
    fn titles_in_vietnamese_and_english() {
        let root = std::path::Path::new("/nonexistent");
        let vi = I18n::load(
            root,
            &crate::theme::Theme::default(),
            crate::config::Language::Vi,
        )
        .expect("built-in strings");
        let words = Words { i18n: &vi };
        assert_eq!(words.year_title(2016), "Năm 2016");
        assert_eq!(words.month_title(2016, 3), "Tháng 3/2016");
        assert_eq!(words.month_name(2016, 3), "Tháng 3");
        let en = I18n::load(
            root,
            &crate::theme::Theme::default(),
            crate::config::Language::En,
        )
        .expect("built-in strings");
        let words = Words { i18n: &en };
        assert_eq!(words.month_title(2016, 3), "March 2016");
        assert_eq!(words.month_name(2016, 11), "November");
    }
}
