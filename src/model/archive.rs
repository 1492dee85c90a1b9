//! Date archives as data: the years and months that have articles, and their site
//! paths (`/luu-tru/2020/`, `/luu-tru/2020/03/`). A page is filed under the year and
//! month of its date as shown: in the site's time zone, or in the offset its front
//! matter wrote.

use chrono::Datelike;

use crate::content::Page;
use crate::content::reserved::ARCHIVE_PATH;

/// Every year and month that has articles.
#[derive(Debug, Default)]
pub(crate) struct Archive {
    /// Years, newest first.
    pub years: Vec<Year>,
}

/// A year of articles.
#[derive(Debug)]
pub(crate) struct Year {
    /// The year.
    pub year: i32,
    /// Its articles, newest first (indices into the library's pages).
    pub pages: Vec<usize>,
    /// Its months with articles, newest first.
    pub months: Vec<Month>,
}

/// A month of articles.
#[derive(Debug)]
pub(crate) struct Month {
    /// 1–12.
    pub month: u32,
    /// Its articles, newest first.
    pub pages: Vec<usize>,
}

/// `/luu-tru/2020/`.
pub(crate) fn year_path(year: i32) -> String {
    format!("{ARCHIVE_PATH}{year}/")
}

/// A year's page (`month` `None`) or a month's.
pub(crate) fn path(year: i32, month: Option<u32>) -> String {
    match month {
        Some(m) => month_path(year, m),
        None => year_path(year),
    }
}

/// `/luu-tru/2020/03/`.
pub(crate) fn month_path(year: i32, month: u32) -> String {
    format!("{ARCHIVE_PATH}{year}/{month:02}/")
}

impl Archive {
    /// Groups `pages` (newest first) by the year and month of their dates.
    pub(crate) fn build(pages: &[Page]) -> Archive {
        let mut years: Vec<Year> = Vec::new();
        for (index, page) in pages.iter().enumerate().filter(|(_, p)| p.is_listed()) {
            let (y, m) = (page.date.year(), page.date.month());
            // Pages are sorted newest first, but an offset written in front matter can
            // move a page across a month boundary: find rather than assume order.
            let year = match years.iter_mut().position(|e| e.year == y) {
                Some(i) => &mut years[i],
                None => {
                    years.push(Year {
                        year: y,
                        pages: Vec::new(),
                        months: Vec::new(),
                    });
                    let last = years.len() - 1;
                    &mut years[last]
                }
            };
            year.pages.push(index);
            match year.months.iter_mut().find(|e| e.month == m) {
                Some(month) => month.pages.push(index),
                None => year.months.push(Month {
                    month: m,
                    pages: vec![index],
                }),
            }
        }
        years.sort_by_key(|y| std::cmp::Reverse(y.year));
        for y in &mut years {
            y.months.sort_by_key(|m| std::cmp::Reverse(m.month));
        }
        Archive { years }
    }
}
