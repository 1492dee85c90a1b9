//! Related stories: for each page, the pages that share the most tags with it.

use std::collections::HashMap;

use crate::content::Library;
use crate::text::slug::slugify;

/// Up to five pages sharing the most tags with each page, newest first on ties.
pub(crate) fn related_pages(library: &Library) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    let Some(tags) = library.taxonomies.iter().find(|t| t.config.name == "tags") else {
        return vec![Vec::new(); library.pages.len()];
    };
    let by_slug: HashMap<&str, &[usize]> = tags
        .terms
        .iter()
        .map(|t| (t.slug.as_str(), t.pages.as_slice()))
        .collect();
    let n = library.pages.len();
    library
        .pages
        .par_iter()
        .enumerate()
        .map_init(
            || (vec![0u32; n], Vec::new()),
            |(counts, touched), (i, p)| {
                for name in p.taxonomies.get("tags").into_iter().flatten() {
                    // Only the newest 200 pages of each term: enough to find related
                    // stories, and bounded for very common tags.
                    for &other in by_slug
                        .get(slugify(name).as_str())
                        .into_iter()
                        .flat_map(|s| s.iter().take(200))
                    {
                        if other != i {
                            if counts[other] == 0 {
                                touched.push(other);
                            }
                            counts[other] += 1;
                        }
                    }
                }
                // Most shared tags first, then the newer page (lower index).
                let mut ranked: Vec<(std::cmp::Reverse<u32>, usize)> = touched
                    .drain(..)
                    .map(|j| (std::cmp::Reverse(std::mem::take(&mut counts[j])), j))
                    .collect();
                if ranked.len() > 5 {
                    ranked.select_nth_unstable(4);
                    ranked.truncate(5);
                }
                ranked.sort_unstable();
                // Not `into_iter`: collecting in place would keep the big buffer
                // `ranked` grew to (about 12 KB a page at 10,000 pages).
                ranked.iter().map(|&(_, j)| j).collect()
            },
        )
        .collect()
}
