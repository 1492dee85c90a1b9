use super::*;

fn chart(id: &str, title: &str) -> Chart {
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        caption_html: Some("Số liệu <em>minh họa</em>.".to_string()),
        note: Some("Nguồn: dữ liệu mẫu.".to_string()),
        language: Language::Vi,
    }
}

fn standard() -> Series {
    Series {
        key: "communes_standard_pct".into(),
        label: "Tỷ lệ xã đạt chuẩn nông thôn mới".into(),
        unit: Some("%".into()),
        target: Some(50.0),
        target_label: None,
        points: vec![
            ("2016".into(), 23.5),
            ("2017".into(), 31.0),
            ("2018".into(), 39.5),
            ("2019".into(), 47.0),
            ("2020".into(), 54.0),
        ],
    }
}

fn fibre() -> Series {
    Series {
        key: "communes_fibre_pct".into(),
        label: "Xã có cáp quang".into(),
        unit: Some("%".into()),
        target: None,
        target_label: None,
        points: vec![
            ("2016".into(), 71.0),
            ("2018".into(), 86.0),
            ("2020".into(), 97.0),
        ],
    }
}

/// Every chart is a figure with an accessible SVG and its data table.
fn assert_accessible(html: &str, id: &str) {
    assert!(html.starts_with("<figure class=\"chart "), "{html}");
    assert!(html.contains(&format!(
        "role=\"img\" aria-labelledby=\"{id}-title {id}-desc\""
    )));
    assert!(html.contains(&format!("<title id=\"{id}-title\">")));
    assert!(html.contains(&format!("<desc id=\"{id}-desc\">")));
    assert!(html.contains("<table class=\"chart-table\">"));
    assert!(!html.contains("<script"));
    assert_eq!(html.matches("<svg").count(), 1);
    assert_eq!(html.matches("</svg>").count(), 1);
}

#[test]
fn line_chart_with_target() {
    let html = line(&chart("c1", "Tiến độ xã đạt chuẩn"), &[standard(), fibre()]);
    assert_accessible(&html, "c1");
    assert!(html.contains("tăng từ 23,5% (2016) lên 54% (2020); mục tiêu 50%, đã đạt mục tiêu."));
    assert!(html.contains("stroke-dasharray"));
    insta::assert_snapshot!(html);
}

#[test]
fn vertical_bar_chart() {
    let mut s = standard();
    s.target = None;
    s.unit = Some("điểm".into());
    s.points = vec![
        ("2016".into(), 4080.0),
        ("2018".into(), 5780.0),
        ("2020".into(), 7480.0),
    ];
    let html = bar(&chart("c2", "Điểm Bưu điện - Văn hóa xã có Internet"), &s);
    assert_accessible(&html, "c2");
    assert!(html.contains("7.480 điểm"));
    insta::assert_snapshot!(html);
}

#[test]
fn horizontal_bar_chart_for_many_categories() {
    let s = Series {
        key: "province".into(),
        label: "Số tập thể, cá nhân được khen".into(),
        unit: None,
        target: None,
        target_label: None,
        points: [
            "Lai Châu",
            "Kiên Giang",
            "Đắk Lắk",
            "Thái Bình",
            "Cao Bằng",
            "Bắc Ninh",
            "Khánh Hòa",
            "Cà Mau",
            "Điện Biên",
        ]
        .iter()
        .enumerate()
        .map(|(i, p)| ((*p).to_string(), (9 - i / 3) as f64))
        .collect(),
    };
    let html = bar(&chart("c3", "Khen thưởng theo tỉnh"), &s);
    assert_accessible(&html, "c3");
    assert!(html.contains("<th scope=\"col\">Tỉnh, thành phố</th>"));
    insta::assert_snapshot!(html);
}

#[test]
fn progress_against_target() {
    let mut behind = standard();
    behind.label = "Tỷ lệ tỉnh có huyện đạt chuẩn".into();
    behind.target = Some(100.0);
    behind.points = vec![("2019".into(), 84.0)];
    let html = progress(&chart("c4", "So với mục tiêu 2020"), &[standard(), behind]).unwrap();
    assert_accessible(&html, "c4");
    assert!(html.contains("54% so với mục tiêu 50% (108%), đã đạt mục tiêu."));
    assert!(html.contains("84% so với mục tiêu 100% (84%)."));
    insta::assert_snapshot!(html);
    let err = progress(&chart("c5", "x"), &[fibre()]).unwrap_err();
    assert_eq!(err.arg, "series");
    assert!(err.message.contains("communes_fibre_pct"));
}

#[test]
fn province_tile_map() {
    let counts = vec![
        ("Kiên Giang".to_string(), 3.0),
        ("Lai Châu".to_string(), 3.0),
        ("Đắk Lắk".to_string(), 2.0),
        ("TP. Hồ Chí Minh".to_string(), 1.0),
        ("Khánh Hoà".to_string(), 1.0),
    ];
    let html = province_map(
        &chart("c6", "Khen thưởng theo tỉnh, thành phố"),
        &counts,
        Some("tập thể, cá nhân"),
    )
    .unwrap();
    assert_accessible(&html, "c6");
    assert_eq!(
        html.matches("height=\"40\" rx=\"3\"").count(),
        63,
        "one tile per province"
    );
    assert!(html.contains("<title>Kiên Giang: 3 tập thể, cá nhân</title>"));
    assert!(html.contains("<title>Khánh Hòa: 1 tập thể, cá nhân</title>"));
    assert!(html.contains("Các tỉnh, thành phố còn lại: 0."));
    insta::assert_snapshot!(html);
}

#[test]
fn unknown_province_is_an_error() {
    let err = province_map(&chart("c7", "x"), &[("Hà Tây".into(), 1.0)], None).unwrap_err();
    assert_eq!(err.arg, "data");
    assert!(err.message.contains("`Hà Tây`"));
}

#[test]
fn nice_scales() {
    assert_eq!(nice_scale(54.0), (60.0, 20.0));
    assert_eq!(nice_scale(100.0), (100.0, 20.0));
    assert_eq!(nice_scale(7480.0), (8000.0, 2000.0));
    assert_eq!(nice_scale(3.0), (3.0, 1.0));
    assert_eq!(nice_scale(0.0), (1.0, 0.2));
}
