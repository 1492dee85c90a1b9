//! The 63 provinces and cities of Viet Nam (as in 2016–2020, the campaign's
//! years) on a tile grid: one square each, placed roughly where the province
//! lies, north at the top. Names are matched without tone marks or case, and a
//! few common variants are accepted ("TP. Hồ Chí Minh", "Huế", "Hòa"/"Hoà").

use crate::text::fold::fold;

/// A province on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    /// Its name.
    pub name: &'static str,
    /// A short label for its tile.
    pub short: &'static str,
    /// Column (west to east).
    pub col: u8,
    /// Row (north to south).
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

/// Every province, north to south.
pub const PROVINCES: [Province; 63] = [
    p("Lai Châu", "LCh", 1, 0),
    p("Lào Cai", "LCa", 2, 0),
    p("Hà Giang", "HGi", 3, 0),
    p("Cao Bằng", "CB", 4, 0),
    p("Điện Biên", "ĐB", 0, 1),
    p("Yên Bái", "YB", 2, 1),
    p("Tuyên Quang", "TQ", 3, 1),
    p("Bắc Kạn", "BK", 4, 1),
    p("Lạng Sơn", "LS", 5, 1),
    p("Sơn La", "SL", 1, 2),
    p("Phú Thọ", "PT", 2, 2),
    p("Thái Nguyên", "TN", 3, 2),
    p("Bắc Giang", "BG", 4, 2),
    p("Quảng Ninh", "QNi", 5, 2),
    p("Hòa Bình", "HB", 1, 3),
    p("Vĩnh Phúc", "VP", 2, 3),
    p("Hà Nội", "HN", 3, 3),
    p("Bắc Ninh", "BN", 4, 3),
    p("Hải Dương", "HD", 5, 3),
    p("Hải Phòng", "HP", 6, 3),
    p("Hà Nam", "HNa", 3, 4),
    p("Hưng Yên", "HY", 4, 4),
    p("Thái Bình", "TB", 5, 4),
    p("Ninh Bình", "NB", 2, 5),
    p("Nam Định", "NĐ", 3, 5),
    p("Thanh Hóa", "TH", 2, 6),
    p("Nghệ An", "NA", 2, 7),
    p("Hà Tĩnh", "HT", 3, 8),
    p("Quảng Bình", "QB", 3, 9),
    p("Quảng Trị", "QT", 4, 10),
    p("Thừa Thiên Huế", "Huế", 4, 11),
    p("Đà Nẵng", "ĐN", 5, 11),
    p("Quảng Nam", "QNa", 5, 12),
    p("Kon Tum", "KT", 4, 13),
    p("Quảng Ngãi", "QNg", 5, 13),
    p("Gia Lai", "GL", 4, 14),
    p("Bình Định", "BĐ", 5, 14),
    p("Đắk Lắk", "ĐL", 4, 15),
    p("Phú Yên", "PY", 5, 15),
    p("Đắk Nông", "ĐNo", 3, 16),
    p("Lâm Đồng", "LĐ", 4, 16),
    p("Khánh Hòa", "KH", 5, 16),
    p("Bình Phước", "BP", 3, 17),
    p("Đồng Nai", "ĐNa", 4, 17),
    p("Ninh Thuận", "NT", 5, 17),
    p("Tây Ninh", "TNi", 2, 18),
    p("Bình Dương", "BD", 3, 18),
    p("Bà Rịa - Vũng Tàu", "VT", 4, 18),
    p("Bình Thuận", "BTh", 5, 18),
    p("An Giang", "AG", 0, 19),
    p("Đồng Tháp", "ĐT", 1, 19),
    p("Long An", "LA", 2, 19),
    p("TP. Hồ Chí Minh", "HCM", 3, 19),
    p("Kiên Giang", "KG", 0, 20),
    p("Cần Thơ", "CT", 1, 20),
    p("Vĩnh Long", "VL", 2, 20),
    p("Tiền Giang", "TG", 3, 20),
    p("Hậu Giang", "HGa", 1, 21),
    p("Trà Vinh", "TV", 2, 21),
    p("Bến Tre", "BTr", 3, 21),
    p("Sóc Trăng", "ST", 2, 22),
    p("Cà Mau", "CM", 0, 23),
    p("Bạc Liêu", "BL", 1, 23),
];

/// Columns and rows of the grid.
pub const GRID: (u8, u8) = (7, 24);

/// A name folded for matching: no marks, no case, no punctuation, `thanh pho`/`tp`
/// and `tinh` prefixes dropped.
fn key(name: &str) -> String {
    let folded = fold(name);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.as_slice() {
        ["tp", rest @ ..] | ["thanh", "pho", rest @ ..] | ["tinh", rest @ ..] => rest,
        all => all,
    };
    words.join(" ")
}

/// The province a name means.
pub fn find(name: &str) -> Option<&'static Province> {
    let k = key(name);
    let k = match k.as_str() {
        "hue" | "tt hue" => "thua thien hue".to_string(),
        "hcm" | "ho chi minh city" | "sai gon" => "ho chi minh".to_string(),
        "ba ria vung tau" | "brvt" => "ba ria vung tau".to_string(),
        _ => k,
    };
    PROVINCES.iter().find(|p| key(p.name) == k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_three_distinct_tiles_inside_the_grid() {
        let mut seen = std::collections::HashSet::new();
        for p in &PROVINCES {
            assert!(p.col < GRID.0 && p.row < GRID.1, "{}", p.name);
            assert!(
                seen.insert((p.col, p.row)),
                "two provinces on one tile: {}",
                p.name
            );
            assert_eq!(find(p.name), Some(p));
        }
        let shorts: std::collections::HashSet<_> = PROVINCES.iter().map(|p| p.short).collect();
        assert_eq!(shorts.len(), 63);
    }

    #[test]
    fn matches_variants() {
        assert_eq!(find("Khánh Hoà").unwrap().name, "Khánh Hòa");
        assert_eq!(find("Thành phố Hồ Chí Minh").unwrap().short, "HCM");
        assert_eq!(find("tỉnh Đắk Lắk").unwrap().name, "Đắk Lắk");
        assert_eq!(find("Huế").unwrap().name, "Thừa Thiên Huế");
        assert_eq!(find("Bà Rịa – Vũng Tàu").unwrap().short, "VT");
        assert!(find("Hà Tây").is_none());
    }
}
