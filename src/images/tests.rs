use super::*;

use image::{Rgb, RgbImage, Rgba, RgbaImage};

/// A site folder with a bundle page holding a photo, a PNG, a small PNG, an SVG
/// and a corrupt file, and a static folder.
struct Fixture {
    dir: tempfile::TempDir,
}

/// Pixels that do not compress: a photo's worth of bytes per pixel.
fn noise(x: u32, y: u32, salt: u32) -> u8 {
    let mut h = x.wrapping_mul(374_761_393)
        ^ y.wrapping_mul(668_265_263)
        ^ salt.wrapping_mul(2_246_822_519);
    h = (h ^ (h >> 13)).wrapping_mul(1_274_126_177);
    (h >> 16) as u8
}

fn photo(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([noise(x, y, 1), noise(x, y, 2), noise(x, y, 3)])
    })
}

/// The fixture's files, encoded once for every test.
static FILES: std::sync::LazyLock<Vec<(&'static str, Vec<u8>)>> = std::sync::LazyLock::new(|| {
    let encode = |image: image::DynamicImage, format: image::ImageFormat| {
        let mut out = std::io::Cursor::new(Vec::new());
        image.write_to(&mut out, format).unwrap();
        out.into_inner()
    };
    let drawing = RgbaImage::from_fn(1600, 900, |x, y| {
        Rgba([noise(x, y, 4), noise(x, y, 5), 40, 255])
    });
    let drawing = encode(drawing.into(), image::ImageFormat::Png);
    let mut truncated = drawing.clone();
    // A PNG header with its data cut off.
    truncated.truncate(120);
    vec![
        (
            "content/tin/bai/anh.jpg",
            encode(photo(2000, 1000).into(), image::ImageFormat::Jpeg),
        ),
        ("content/tin/bai/ve.png", drawing),
        ("content/tin/bai/hong.png", truncated),
        (
            "static/anh/nho.png",
            encode(photo(300, 200).into(), image::ImageFormat::Png),
        ),
        // A flat drawing: a few hundred bytes for 1.4 million pixels.
        (
            "content/tin/bai/phang.png",
            encode(
                RgbImage::from_pixel(1600, 900, Rgb([200, 220, 240])).into(),
                image::ImageFormat::Png,
            ),
        ),
        (
            "content/tin/bai/so-do.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"></svg>"#.to_vec(),
        ),
        ("content/tin/bai/rac.jpg", b"not an image at all".to_vec()),
        ("content/tin/bai/dong.gif", b"GIF89a".to_vec()),
    ]
});

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in FILES.iter() {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        Fixture { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn store(&self) -> ImageStore {
        ImageStore::new(
            self.root(),
            Arc::new(crate::files::SiteFiles::static_only(self.root())),
        )
    }

    fn page(&self) -> (PathBuf, String) {
        (self.root().join("content/tin/bai"), "/tin/bai/".to_string())
    }
}

fn at() -> Location {
    Location::at("content/tin/bai/index.md", 7, 1)
}

fn found(r: Resolved) -> Arc<ImageInfo> {
    match r {
        Resolved::Found(i) => i,
        other => panic!("expected an image, got {other:?}"),
    }
}

fn resolve(store: &ImageStore, fx: &Fixture, src: &str) -> Resolved {
    let (bundle, url) = fx.page();
    store.resolve(
        src,
        PageRef {
            url: &url,
            bundle_dir: Some(&bundle),
        },
        &at(),
    )
}

#[test]
fn plans_variants_without_upscaling() {
    let fx = Fixture::new();
    let store = fx.store();
    let photo = found(resolve(&store, &fx, "anh.jpg"));
    assert_eq!((photo.width, photo.height), (2000, 1000));
    let widths: Vec<u32> = photo.variants.iter().map(|v| v.width).collect();
    assert_eq!(widths, [480, 960, 1600]);
    assert_eq!(photo.variants[0].url, "/tin/bai/anh-480w.jpg");
    assert_eq!(photo.variants[0].height, 240);
    assert!(
        photo.webp.is_empty(),
        "lossless WebP of a photo would outweigh the JPEG"
    );
    assert_eq!(photo.og.as_ref().unwrap().url, "/tin/bai/anh-1200w.jpg");
    assert_eq!(photo.fallback(), "/tin/bai/anh-1600w.jpg");
    assert_eq!(
        photo.srcset(),
        "/tin/bai/anh-480w.jpg 480w, /tin/bai/anh-960w.jpg 960w, /tin/bai/anh-1600w.jpg 1600w"
    );

    let drawing = found(resolve(&store, &fx, "./ve.png"));
    let last = drawing.variants.last().unwrap();
    assert!(last.original && last.url == "/tin/bai/ve.png" && last.width == 1600);
    assert_eq!(drawing.webp[2].url, "/tin/bai/ve-1600w.webp");

    let small = found(resolve(&store, &fx, "/anh/nho.png"));
    assert_eq!(small.variants.len(), 1);
    assert!(small.variants[0].original);
    assert_eq!(small.webp[0].url, "/anh/nho-300w.webp");
    assert!(
        small.og.as_ref().unwrap().original,
        "never upscaled for OpenGraph"
    );

    let flat = found(resolve(&store, &fx, "phang.png"));
    assert_eq!(flat.variants.len(), 1, "already lighter than any copy");
    assert!(
        flat.variants[0].original && flat.webp.is_empty() && flat.og.as_ref().unwrap().original
    );
}

#[test]
fn svg_passes_through_with_its_view_box_size() {
    let fx = Fixture::new();
    let svg = found(resolve(&fx.store(), &fx, "so-do.svg"));
    assert_eq!((svg.width, svg.height, svg.format), (640, 360, Format::Svg));
    assert!(svg.variants.is_empty() && svg.webp.is_empty() && svg.og.is_none());
    let html = img_html(&svg, "Sơ đồ", None, None);
    assert_eq!(
        html,
        r#"<img src="/tin/bai/so-do.svg" alt="Sơ đồ" width="640" height="360" loading="lazy" decoding="async">"#
    );
}

#[test]
fn external_missing_and_refused_images() {
    let fx = Fixture::new();
    let store = fx.store();
    assert!(matches!(
        resolve(&store, &fx, "https://example.org/a.jpg"),
        Resolved::External
    ));
    assert!(matches!(
        resolve(&store, &fx, "khong-co.png"),
        Resolved::Missing
    ));
    assert!(matches!(
        resolve(&store, &fx, "/../../etc/passwd"),
        Resolved::Missing
    ));
    match resolve(&store, &fx, "dong.gif") {
        Resolved::Bad(m) => assert!(m.contains("unsupported image format `gif`"), "{m}"),
        other => panic!("{other:?}"),
    }
    match resolve(&store, &fx, "rac.jpg") {
        Resolved::Bad(m) => assert!(m.starts_with("corrupt image"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn picture_html_has_webp_source_srcset_and_lazy_loading() {
    let fx = Fixture::new();
    let drawing = found(resolve(&fx.store(), &fx, "ve.png"));
    let html = img_html(&drawing, "Cáp quang \"về\" xã", Some("t"), None);
    assert!(
        html.starts_with(
            r#"<picture><source type="image/webp" srcset="/tin/bai/ve-480w.webp 480w"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"alt="Cáp quang &quot;về&quot; xã""#));
    assert!(html.contains(r#"width="1600" height="900""#));
    let photo = found(resolve(&fx.store(), &fx, "anh.jpg"));
    assert!(img_html(&photo, "", None, None).starts_with("<img src=\"/tin/bai/anh-1600w.jpg\""));
    assert!(html.contains(r#"loading="lazy""#));
    assert!(html.ends_with("</picture>"));
}

#[test]
fn makes_variants_then_reuses_the_cache() {
    let fx = Fixture::new();
    let store = fx.store();
    found(resolve(&store, &fx, "anh.jpg"));
    found(resolve(&store, &fx, "ve.png"));
    let out = fx.root().join("public");
    std::fs::create_dir_all(&out).unwrap();
    let cache = fx.root().join(CACHE_DIR);
    let (first, problems) = store.process(&crate::output::DirSink(&out), Some(&cache));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(first.images, 2);
    // anh.jpg: 3 JPEG + OG; ve.png: 2 PNG + 3 WebP + OG.
    assert_eq!((first.made, first.reused), (10, 0));
    let small = image::open(out.join("tin/bai/anh-480w.jpg")).unwrap();
    assert_eq!((small.width(), small.height()), (480, 240));
    let webp = image::open(out.join("tin/bai/ve-960w.webp")).unwrap();
    assert_eq!((webp.width(), webp.height()), (960, 540));
    assert_eq!(
        image::image_dimensions(out.join("tin/bai/ve-1200w.png")).unwrap(),
        (1200, 675)
    );

    let out2 = fx.root().join("public2");
    std::fs::create_dir_all(&out2).unwrap();
    let (second, problems) = fx
        .store_with_same_images()
        .process(&crate::output::DirSink(&out2), Some(&cache));
    assert!(problems.is_empty());
    assert_eq!((second.made, second.reused), (0, 10));
    assert_eq!(
        std::fs::read(out.join("tin/bai/ve-960w.webp")).unwrap(),
        std::fs::read(out2.join("tin/bai/ve-960w.webp")).unwrap()
    );

    // A changed image is made again.
    photo(1000, 500)
        .save(fx.root().join("content/tin/bai/anh.jpg"))
        .unwrap();
    std::fs::create_dir_all(fx.root().join("public3")).unwrap();
    let (third, _) = fx.store_with_same_images().process(
        &crate::output::DirSink(&fx.root().join("public3")),
        Some(&cache),
    );
    // anh.jpg is now 1000 px wide: 480 and 960 are made again, the original is its
    // own OpenGraph image; ve.png comes from the cache.
    assert_eq!((third.made, third.reused), (2, 6));
}

impl Fixture {
    fn store_with_same_images(&self) -> ImageStore {
        let store = self.store();
        found(resolve(&store, self, "anh.jpg"));
        found(resolve(&store, self, "ve.png"));
        store
    }
}

#[test]
fn a_corrupt_image_is_an_error_naming_page_and_file() {
    let fx = Fixture::new();
    let store = fx.store();
    // The header is intact, so probing succeeds; decoding fails.
    let info = found(resolve(&store, &fx, "hong.png"));
    assert_eq!(info.width, 1600);
    let (_, problems) = store.process(&crate::output::DirSink(&fx.root().join("public")), None);
    assert_eq!(problems.len(), 1);
    let text = problems[0].to_string();
    assert!(
        text.starts_with("error: content/tin/bai/index.md:7:1: image `content/tin/bai/hong.png`"),
        "{text}"
    );
}

#[test]
fn content_hash_is_stable() {
    assert_eq!(process::fnv1a_128(b""), 0x6c62272e07bb014262b821756295c58d);
    assert_ne!(process::fnv1a_128(b"a"), process::fnv1a_128(b"b"));
}

#[test]
fn relative_paths_are_read_from_the_page_url() {
    assert_eq!(
        super::join_url("/tin/bai/", "anh.png").as_deref(),
        Some("/tin/bai/anh.png")
    );
    assert_eq!(
        super::join_url("/tin/bai/", "../anh.png").as_deref(),
        Some("/tin/anh.png")
    );
    assert_eq!(
        super::join_url("/tin/bai/", "./a/../b.png").as_deref(),
        Some("/tin/bai/b.png")
    );
    assert_eq!(
        super::join_url("/tin/", "../../x.png"),
        None,
        "above the site"
    );
}
