//! Site paths of the pages loa makes itself, which no page or section may take:
//! the library reserves them when it checks every URL for two owners.

/// The date archives (`/luu-tru/2020/11/`).
pub(crate) const ARCHIVE_PATH: &str = "/luu-tru/";
/// The search page.
pub(crate) const SEARCH_PATH: &str = "/tim-kiem/";
/// The not-found page.
pub(crate) const NOT_FOUND_PATH: &str = "/404.html";
