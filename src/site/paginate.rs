//! Pagination of listings: page 1 at the listing's own URL, page N at
//! `<url><trang|page>/N/`. A pager holds shared page values, never copies of content,
//! and only the pager being rendered is built.

use tera::Value;

use crate::model::jobs::{page_count, pager_url};
use crate::templating::Obj;

/// One page of a listing, ready for templates.
pub(crate) struct Pager {
    /// Its site path.
    pub(crate) path: String,
    /// The paginator value for templates.
    pub(crate) value: Value,
}

/// Listing page `number` (1-based) of `items` under `base` (a site path ending in
/// `/`); `card` gives the value of an item. `None` past the last page.
pub(crate) fn pager<T: Copy>(
    base: &str,
    items: &[T],
    per_page: usize,
    number: usize,
    segment: &str,
    card: impl Fn(T) -> Value,
) -> Option<Pager> {
    let per_page = per_page.max(1);
    let total_pages = page_count(items.len(), per_page);
    if number == 0 || number > total_pages {
        return None;
    }
    let url = |n: usize| pager_url(base, n, segment);
    let start = (number - 1) * per_page;
    let pages: Vec<Value> = items
        .iter()
        .skip(start)
        .take(per_page)
        .map(|&i| card(i))
        .collect();
    let value = Obj::new()
        .set("pages", pages)
        .set("current_index", number)
        .set("number_pagers", total_pages)
        .set("total_pages", total_pages)
        .set("total_items", items.len())
        .set("paginate_by", per_page)
        .set("first", url(1))
        .set("last", url(total_pages))
        .opt("previous", (number > 1).then(|| url(number - 1)))
        .opt("next", (number < total_pages).then(|| url(number + 1)))
        .set(
            "pagers",
            (1..=total_pages)
                .map(|n| Obj::new().set("index", n).set("url", url(n)).done())
                .collect::<Vec<_>>(),
        )
        .done();
    Some(Pager {
        path: url(number),
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::value::Key;

    #[test]
    fn pages_and_urls() {
        let items: Vec<usize> = (0..45).collect();
        assert_eq!(page_count(items.len(), 20), 3);
        let first = pager("/tin/", &items, 20, 1, "trang", Value::from).unwrap();
        assert_eq!(first.path, "/tin/");
        let third = pager("/tin/", &items, 20, 3, "trang", Value::from).unwrap();
        assert_eq!(third.path, "/tin/trang/3/");
        let m = third.value.as_map().unwrap();
        assert_eq!(
            m.get(&Key::Str("pages")).unwrap().as_array().unwrap().len(),
            5
        );
        assert!(pager("/tin/", &items, 20, 4, "trang", Value::from).is_none());
        assert_eq!(page_count(0, 20), 1);
        assert!(pager::<usize>("/x/", &[], 20, 1, "trang", Value::from).is_some());
    }
}
