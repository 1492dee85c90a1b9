//! The tile map's grid: the 63 provinces and cities of Viet Nam (as in 2016–2020,
//! the campaign's years), one square each, placed roughly where the province
//! lies, north at the top. The provinces and their squares are the one table of
//! [`crate::content::provinces`]; names are matched as the taxonomy matches them.

pub(crate) use crate::content::provinces::{Province, find};

/// Every province, north to south and west to east.
pub(crate) fn tiles() -> Vec<&'static Province> {
    let mut all: Vec<&'static Province> = crate::content::provinces::all().collect();
    all.sort_by_key(|p| (p.row, p.col));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns and rows of the grid.
    const GRID: (u8, u8) = (7, 24);

    #[test]
    fn sixty_three_distinct_tiles_inside_the_grid() {
        let mut seen = std::collections::HashSet::new();
        for p in tiles() {
            assert!(p.col < GRID.0 && p.row < GRID.1, "{}", p.name);
            assert!(
                seen.insert((p.col, p.row)),
                "two provinces on one tile: {}",
                p.name
            );
            assert_eq!(find(p.name), Some(p));
        }
        let shorts: std::collections::HashSet<_> = tiles().iter().map(|p| p.short).collect();
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
