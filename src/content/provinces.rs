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

/// A province or centrally-run city: its official name, and its square on the tile
/// map of the charts (a short label, and its column west to east and row north to
/// south, roughly where it lies).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Province {
    /// Its name as written officially.
    pub name: &'static str,
    /// A short label for its tile.
    pub short: &'static str,
    /// Column on the tile map (west to east).
    pub col: u8,
    /// Row on the tile map (north to south).
    pub row: u8,
}

const fn p(name: &'static str, short: &'static str, col: u8, row: u8) -> Province {
    Province {
        name,
        short,
        col,
        row,
    }
}

/// One of the six regions, with its provinces in the GSO's order.
pub(crate) struct Region {
    /// The region's name.
    pub name: &'static str,
    /// Its provinces.
    pub provinces: &'static [Province],
}

/// The 63 provinces and municipalities by region (GSO classification): the one
/// table of provinces, for the taxonomy, the provinces page and the tile map.
pub(crate) const REGIONS: &[Region] = &[
    Region {
        name: "Đồng bằng sông Hồng",
        provinces: &[
            p("Hà Nội", "HN", 3, 3),
            p("Vĩnh Phúc", "VP", 2, 3),
            p("Bắc Ninh", "BN", 4, 3),
            p("Quảng Ninh", "QNi", 5, 2),
            p("Hải Dương", "HD", 5, 3),
            p("Hải Phòng", "HP", 6, 3),
            p("Hưng Yên", "HY", 4, 4),
            p("Thái Bình", "TB", 5, 4),
            p("Hà Nam", "HNa", 3, 4),
            p("Nam Định", "NĐ", 3, 5),
            p("Ninh Bình", "NB", 2, 5),
        ],
    },
    Region {
        name: "Trung du và miền núi phía Bắc",
        provinces: &[
            p("Hà Giang", "HGi", 3, 0),
            p("Cao Bằng", "CB", 4, 0),
            p("Bắc Kạn", "BK", 4, 1),
            p("Tuyên Quang", "TQ", 3, 1),
            p("Lào Cai", "LCa", 2, 0),
            p("Yên Bái", "YB", 2, 1),
            p("Thái Nguyên", "TN", 3, 2),
            p("Lạng Sơn", "LS", 5, 1),
            p("Bắc Giang", "BG", 4, 2),
            p("Phú Thọ", "PT", 2, 2),
            p("Điện Biên", "ĐB", 0, 1),
            p("Lai Châu", "LCh", 1, 0),
            p("Sơn La", "SL", 1, 2),
            p("Hòa Bình", "HB", 1, 3),
        ],
    },
    Region {
        name: "Bắc Trung Bộ và duyên hải miền Trung",
        provinces: &[
            p("Thanh Hóa", "TH", 2, 6),
            p("Nghệ An", "NA", 2, 7),
            p("Hà Tĩnh", "HT", 3, 8),
            p("Quảng Bình", "QB", 3, 9),
            p("Quảng Trị", "QT", 4, 10),
            p("Thừa Thiên Huế", "Huế", 4, 11),
            p("Đà Nẵng", "ĐN", 5, 11),
            p("Quảng Nam", "QNa", 5, 12),
            p("Quảng Ngãi", "QNg", 5, 13),
            p("Bình Định", "BĐ", 5, 14),
            p("Phú Yên", "PY", 5, 15),
            p("Khánh Hòa", "KH", 5, 16),
            p("Ninh Thuận", "NT", 5, 17),
            p("Bình Thuận", "BTh", 5, 18),
        ],
    },
    Region {
        name: "Tây Nguyên",
        provinces: &[
            p("Kon Tum", "KT", 4, 13),
            p("Gia Lai", "GL", 4, 14),
            p("Đắk Lắk", "ĐL", 4, 15),
            p("Đắk Nông", "ĐNo", 3, 16),
            p("Lâm Đồng", "LĐ", 4, 16),
        ],
    },
    Region {
        name: "Đông Nam Bộ",
        provinces: &[
            p("Bình Phước", "BP", 3, 17),
            p("Tây Ninh", "TNi", 2, 18),
            p("Bình Dương", "BD", 3, 18),
            p("Đồng Nai", "ĐNa", 4, 17),
            p("Bà Rịa - Vũng Tàu", "VT", 4, 18),
            p("TP. Hồ Chí Minh", "HCM", 3, 19),
        ],
    },
    Region {
        name: "Đồng bằng sông Cửu Long",
        provinces: &[
            p("Long An", "LA", 2, 19),
            p("Tiền Giang", "TG", 3, 20),
            p("Bến Tre", "BTr", 3, 21),
            p("Trà Vinh", "TV", 2, 21),
            p("Vĩnh Long", "VL", 2, 20),
            p("Đồng Tháp", "ĐT", 1, 19),
            p("An Giang", "AG", 0, 19),
            p("Kiên Giang", "KG", 0, 20),
            p("Cần Thơ", "CT", 1, 20),
            p("Hậu Giang", "HGa", 1, 21),
            p("Sóc Trăng", "ST", 2, 22),
            p("Bạc Liêu", "BL", 1, 23),
            p("Cà Mau", "CM", 0, 23),
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
    ("brvt", "ba-ria-vung-tau"),
    ("tt-hue", "thua-thien-hue"),
    ("hcm", "ho-chi-minh"),
    ("ho-chi-minh-city", "ho-chi-minh"),
];

/// The key a name is matched on: its slug without a leading "tinh-", "thanh-pho-" or
/// "tp-", with the aliases resolved.
pub(crate) fn key(name: &str) -> String {
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

/// The province `name` stands for, if any.
pub(crate) fn find(name: &str) -> Option<&'static Province> {
    let k = key(name);
    all().find(|p| key(p.name) == k)
}

/// Every province, region by region.
pub(crate) fn all() -> impl Iterator<Item = &'static Province> {
    REGIONS.iter().flat_map(|r| r.provinces.iter())
}

/// The provinces page's data: every region with every province and its article
/// count (zero included), and the terms that are no province.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Summary {
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
pub(crate) struct RegionCount {
    /// The region's name.
    pub name: &'static str,
    /// Articles about any of its provinces.
    pub count: usize,
    /// Its provinces in the GSO's order.
    pub provinces: Vec<ProvinceCount>,
}

/// A province (or a stray term) with its articles.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct ProvinceCount {
    /// The official name (a stray term's own name).
    pub name: String,
    /// The term's page when there are articles (the most used spelling's term).
    pub url: Option<String>,
    /// Distinct articles, every spelling together.
    pub count: usize,
}

/// Counts the articles of every province from the `provinces` taxonomy.
pub(crate) fn summary(taxonomy: &Taxonomy) -> Summary {
    let mut others = Vec::new();
    // Official name -> (pages, the term with most pages).
    let mut found: std::collections::HashMap<
        &'static str,
        (Vec<usize>, Option<&crate::content::Term>),
    > = std::collections::HashMap::new();
    for term in &taxonomy.terms {
        match find(&term.name) {
            Some(official) => {
                let (pages, best) = found.entry(official.name).or_default();
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
                .map(|province| {
                    let name = province.name;
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
pub(crate) fn check(taxonomy: &Taxonomy, pages: &[Page]) -> Vec<Diagnostic> {
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
                    strsim::jaro_winkler(&folded, &crate::text::fold::fold(p.name)),
                    p.name,
                )
            })
            .filter(|(score, _)| *score > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p);
        let mut d = Diagnostic::warning(
            crate::content::taxonomy::locate(page, spelling),
            t!("province-unknown", spelling = spelling),
        )
        .with_source(&page.source_text);
        let count = term.pages.len();
        #[rustfmt::skip] // `t!("id"` on one line, where the catalogue test finds it
        let hint = match suggestion {
            Some(p) => t!("province-unknown.hint-closest", province = p, count = count, spelling = spelling),
            None => t!("province-unknown.hint", count = count, spelling = spelling),
        };
        d = d.hint(hint);
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
        let mut keys: Vec<String> = all().map(|p| key(p.name)).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 63, "two provinces share a key");
    }

    #[test]
    fn spellings_find_their_province() {
        assert_eq!(find("Hà Giang").map(|p| p.name), Some("Hà Giang"));
        assert_eq!(find("hà giang").map(|p| p.name), Some("Hà Giang"));
        assert_eq!(find("Tỉnh Hà Giang").map(|p| p.name), Some("Hà Giang"));
        assert_eq!(
            find("TP Hồ Chí Minh").map(|p| p.name),
            Some("TP. Hồ Chí Minh")
        );
        assert_eq!(
            find("Thành phố Hồ Chí Minh").map(|p| p.name),
            Some("TP. Hồ Chí Minh")
        );
        assert_eq!(find("Hồ Chí Minh").map(|p| p.name), Some("TP. Hồ Chí Minh"));
        assert_eq!(
            find("Thừa Thiên - Huế").map(|p| p.name),
            Some("Thừa Thiên Huế")
        );
        assert_eq!(find("Thanh Hoá").map(|p| p.name), Some("Thanh Hóa"));
        assert_eq!(find("Bắc Cạn").map(|p| p.name), Some("Bắc Kạn"));
        assert_eq!(find("Đắc Lắc").map(|p| p.name), Some("Đắk Lắk"));
        assert_eq!(
            find("Bà Rịa-Vũng Tàu").map(|p| p.name),
            Some("Bà Rịa - Vũng Tàu")
        );
        assert_eq!(find("TP. Cần Thơ").map(|p| p.name), Some("Cần Thơ"));
        assert!(find("Hà Giangg").is_none());
        assert!(find("Huế Giang").is_none());
        assert!(find("").is_none());
    }
}
