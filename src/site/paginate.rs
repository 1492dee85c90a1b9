//! Pagination of listings: page 1 at the listing's own URL, page N at
//! `<url><trang|page>/N/`. Pagers hold shared page values, never copies of content.

use tera::Value;

use crate::render::values::Obj;

/// One page of a listing.
pub(crate) struct Pager {
    /// Its site path.
    pub path: String,
    /// The paginator value for templates.
    pub value: Value,
}

/// The site path of listing page `n` (1-based) of the listing at `base`.
pub(crate) fn pager_url(base: &str, n: usize, segment: &str) -> String {
    if n == 1 {
        base.to_string()
    } else {
        format!("{base}{segment}/{n}/")
    }
}

/// Splits `items` into pages of `per_page` under `base` (a site path ending in `/`).
pub(crate) fn paginate(base: &str, items: &[Value], per_page: usize, segment: &str) -> Vec<Pager> {
    let per_page = per_page.max(1);
    let total_pages = items.len().div_ceil(per_page).max(1);
    let url = |n: usize| pager_url(base, n, segment);
    (1..=total_pages)
        .map(|number| {
            let start = (number - 1) * per_page;
            let pages: Vec<Value> = items.iter().skip(start).take(per_page).cloned().collect();
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
            Pager {
                path: url(number),
                value,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_urls() {
        let items: Vec<Value> = (0..45).map(Value::from).collect();
        let pagers = paginate("/tin/", &items, 20, "trang");
        assert_eq!(pagers.len(), 3);
        assert_eq!(pagers[0].path, "/tin/");
        assert_eq!(pagers[2].path, "/tin/trang/3/");
        let m = pagers[2].value.as_map().unwrap();
        assert_eq!(m.get(&"pages".into()).unwrap().as_array().unwrap().len(), 5);
        assert!(paginate("/x/", &[], 20, "trang").len() == 1);
    }
}
