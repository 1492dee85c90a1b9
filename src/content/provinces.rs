//! Vietnam's 63 provinces and centrally-run cities as they were in 2016–2020 (before
//! the 2025 mergers), grouped by the six socio-economic regions of the General
//! Statistics Office (Tổng cục Thống kê), for the provinces page and for checking the
//! `provinces` taxonomy: a term that is none of them (usually a typo) is a warning.
//!
//! A term matches a province by slug, after dropping a leading "tỉnh", "thành phố"
//! or "TP" ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "Hồ Chí Minh" are one
//! province), and a few other spellings in use are accepted ("Bắc Cạn", "Đắc Lắc").

use crate::content::{Page, Taxonomy};
use crate::error::Diagnostic;
use crate::text::slug::slugify;

/// One of the six regions, with its provinces in the GSO's order.
pub struct Region {
    /// The region's name.
    pub name: &'static str,
    /// Its provinces' names as written officially.
    pub provinces: &'static [&'static str],
}

/// The 63 provinces and municipalities by region (GSO classification).
pub const REGIONS: &[Region] = &[
    Region {
        name: "Đồng bằng sông Hồng",
        provinces: &[
            "Hà Nội",
            "Vĩnh Phúc",
            "Bắc Ninh",
            "Quảng Ninh",
            "Hải Dương",
            "Hải Phòng",
            "Hưng Yên",
            "Thái Bình",
            "Hà Nam",
            "Nam Định",
            "Ninh Bình",
        ],
    },
    Region {
        name: "Trung du và miền núi phía Bắc",
        provinces: &[
            "Hà Giang",
            "Cao Bằng",
            "Bắc Kạn",
            "Tuyên Quang",
            "Lào Cai",
            "Yên Bái",
            "Thái Nguyên",
            "Lạng Sơn",
            "Bắc Giang",
            "Phú Thọ",
            "Điện Biên",
            "Lai Châu",
            "Sơn La",
            "Hòa Bình",
        ],
    },
    Region {
        name: "Bắc Trung Bộ và duyên hải miền Trung",
        provinces: &[
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Quảng Bình",
            "Quảng Trị",
            "Thừa Thiên Huế",
            "Đà Nẵng",
            "Quảng Nam",
            "Quảng Ngãi",
            "Bình Định",
            "Phú Yên",
            "Khánh Hòa",
            "Ninh Thuận",
            "Bình Thuận",
        ],
    },
    Region {
        name: "Tây Nguyên",
        provinces: &["Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"],
    },
    Region {
        name: "Đông Nam Bộ",
        provinces: &[
            "Bình Phước",
            "Tây Ninh",
            "Bình Dương",
            "Đồng Nai",
            "Bà Rịa - Vũng Tàu",
            "TP. Hồ Chí Minh",
        ],
    },
    Region {
        name: "Đồng bằng sông Cửu Long",
        provinces: &[
            "Long An",
            "Tiền Giang",
            "Bến Tre",
            "Trà Vinh",
            "Vĩnh Long",
            "Đồng Tháp",
            "An Giang",
            "Kiên Giang",
            "Cần Thơ",
            "Hậu Giang",
            "Sóc Trăng",
            "Bạc Liêu",
            "Cà Mau",
        ],
    },
];

/// Other spellings in use → the official name's key (see [`key`]).
const ALIASES: &[(&str, &str)] = &[
    ("bac-can", "bac-kan"),
    ("dac-lac", "dak-lak"),
    ("daklak", "dak-lak"),
    ("dac-nong", "dak-nong"),
    ("daknong", "dak-nong"),
    ("kontum", "kon-tum"),
    ("hue", "thua-thien-hue"),
    ("sai-gon", "ho-chi-minh"),
    ("ba-ria", "ba-ria-vung-tau"),
    ("vung-tau", "ba-ria-vung-tau"),
];

/// The key a name is matched on: its slug without a leading "tinh-", "thanh-pho-" or
/// "tp-", with the aliases resolved.
pub fn key(name: &str) -> String {
    let slug = slugify(name);
    let bare = ["tinh-", "thanh-pho-", "tp-"]
        .iter()
        .find_map(|p| slug.strip_prefix(p))
        .unwrap_or(&slug);
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == bare)
        .map_or(bare, |(_, official)| official)
        .to_string()
}

/// The official name of the province `name` stands for, if any.
pub fn find(name: &str) -> Option<&'static str> {
    let k = key(name);
    all().find(|p| key(p) == k)
}

/// Every province's official name, region by region.
pub fn all() -> impl Iterator<Item = &'static str> {
    REGIONS.iter().flat_map(|r| r.provinces.iter().copied())
}

/// The provinces page's data: every region with every province and its article
/// count (zero included), and the terms that are no province.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Summary {
    /// The six regions, each with its provinces.
    pub regions: Vec<RegionCount>,
    /// Terms that match no province (typos, or places that are not provinces).
    pub others: Vec<ProvinceCount>,
    /// Provinces with at least one article.
    pub covered: usize,
    /// 63.
    pub total: usize,
}

/// A region on the provinces page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RegionCount {
    /// The region's name.
    pub name: &'static str,
    /// Articles about any of its provinces.
    pub count: usize,
    /// Its provinces in the GSO's order.
    pub provinces: Vec<ProvinceCount>,
}

/// A province (or a stray term) with its articles.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ProvinceCount {
    /// The official name (a stray term's own name).
    pub name: String,
    /// The term's page when there are articles (the most used spelling's term).
    pub url: Option<String>,
    /// Distinct articles, every spelling together.
    pub count: usize,
}

/// Counts the articles of every province from the `provinces` taxonomy.
pub fn summary(taxonomy: &Taxonomy) -> Summary {
    let mut others = Vec::new();
    // Official name -> (pages, the term with most pages).
    let mut found: std::collections::HashMap<
        &'static str,
        (Vec<usize>, Option<&crate::content::Term>),
    > = std::collections::HashMap::new();
    for term in &taxonomy.terms {
        match find(&term.name) {
            Some(official) => {
                let (pages, best) = found.entry(official).or_default();
                pages.extend(&term.pages);
                if best.is_none_or(|b| b.pages.len() < term.pages.len()) {
                    *best = Some(term);
                }
            }
            None => others.push(ProvinceCount {
                name: term.name.clone(),
                url: Some(term.path.clone()),
                count: term.pages.len(),
            }),
        }
    }
    let regions: Vec<RegionCount> = REGIONS
        .iter()
        .map(|r| {
            let mut region_pages: Vec<usize> = Vec::new();
            let provinces = r
                .provinces
                .iter()
                .map(|&name| {
                    let (mut pages, best) = found.remove(name).unwrap_or_default();
                    pages.sort_unstable();
                    pages.dedup();
                    region_pages.extend(&pages);
                    ProvinceCount {
                        name: name.to_string(),
                        url: best.map(|t| t.path.clone()),
                        count: pages.len(),
                    }
                })
                .collect();
            region_pages.sort_unstable();
            region_pages.dedup();
            RegionCount {
                name: r.name,
                count: region_pages.len(),
                provinces,
            }
        })
        .collect();
    Summary {
        covered: regions
            .iter()
            .flat_map(|r| &r.provinces)
            .filter(|p| p.count > 0)
            .count(),
        total: all().count(),
        regions,
        others,
    }
}

/// A warning for every term of the `provinces` taxonomy that is not one of the 63,
/// at the first page that uses it, with the closest province as a hint.
pub fn check(taxonomy: &Taxonomy, pages: &[Page]) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for term in &taxonomy.terms {
        if find(&term.name).is_some() {
            continue;
        }
        // Pages are newest first: report the oldest use, where the spelling began.
        let Some(&first) = term.pages.last() else {
            continue;
        };
        let page = &pages[first];
        let spelling = page
            .taxonomies
            .get(&taxonomy.config.name)
            .and_then(|names| names.iter().find(|n| slugify(n) == term.slug))
            .map_or(term.name.as_str(), String::as_str);
        let folded = crate::text::fold::fold(spelling);
        let suggestion = all()
            .map(|p| {
                (
                    strsim::jaro_winkler(&folded, &crate::text::fold::fold(p)),
                    p,
                )
            })
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p);
        let mut d = Diagnostic::warning(
            crate::content::taxonomy::locate(page, spelling),
            format!(
                "`{spelling}` is not one of the 63 provinces and municipalities; it is listed apart on the provinces page"
            ),
        )
        .with_source(&page.source_text);
        d = d.hint(match suggestion {
            Some(p) => format!(
                "did you mean `{p}`? ({} page(s) use `{spelling}`)",
                term.pages.len()
            ),
            None => format!(
                "write a province's official name, e.g. `Hà Giang` ({} page(s) use `{spelling}`)",
                term.pages.len()
            ),
        });
        warnings.push(d);
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_three_provinces_in_six_regions() {
        assert_eq!(REGIONS.len(), 6);
        assert_eq!(all().count(), 63);
        let mut keys: Vec<String> = all().map(key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 63, "two provinces share a key");
    }

    #[test]
    fn spellings_find_their_province() {
        assert_eq!(find("Hà Giang"), Some("Hà Giang"));
        assert_eq!(find("hà giang"), Some("Hà Giang"));
        assert_eq!(find("Tỉnh Hà Giang"), Some("Hà Giang"));
        assert_eq!(find("TP Hồ Chí Minh"), Some("TP. Hồ Chí Minh"));
        assert_eq!(find("Thành phố Hồ Chí Minh"), Some("TP. Hồ Chí Minh"));
        assert_eq!(find("Hồ Chí Minh"), Some("TP. Hồ Chí Minh"));
        assert_eq!(find("Thừa Thiên - Huế"), Some("Thừa Thiên Huế"));
        assert_eq!(find("Thanh Hoá"), Some("Thanh Hóa"));
        assert_eq!(find("Bắc Cạn"), Some("Bắc Kạn"));
        assert_eq!(find("Đắc Lắc"), Some("Đắk Lắk"));
        assert_eq!(find("Bà Rịa-Vũng Tàu"), Some("Bà Rịa - Vũng Tàu"));
        assert_eq!(find("TP. Cần Thơ"), Some("Cần Thơ"));
        assert_eq!(find("Hà Giangg"), None);
        assert_eq!(find("Huế Giang"), None);
        assert_eq!(find(""), None);
    }
}
