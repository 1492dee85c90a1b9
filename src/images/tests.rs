use super::*;

use image::{Rgb, RgbImage, Rgba, RgbaImage};

/// A site folder with a bundle page holding a photo, a PNG, a small PNG, an SVG
/// and a corrupt file, and a static folder.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("content/tin/bai");
        std::fs::create_dir_all(&bundle).unwrap();
        std::fs::create_dir_all(dir.path().join("static/anh")).unwrap();
        let photo = RgbImage::from_fn(2000, 1000, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        photo.save(bundle.join("anh.jpg")).unwrap();
        let drawing =
            RgbaImage::from_fn(1600, 900, |x, _| Rgba([20, (x / 7 % 256) as u8, 40, 255]));
        drawing.save(bundle.join("ve.png")).unwrap();
        RgbImage::from_pixel(300, 200, Rgb([1, 2, 3]))
            .save(dir.path().join("static/anh/nho.png"))
            .unwrap();
        std::fs::write(
            bundle.join("so-do.svg"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"></svg>"#,
        )
        .unwrap();
        // A PNG header with its data cut off.
        let mut bytes = std::fs::read(bundle.join("ve.png")).unwrap();
        bytes.truncate(120);
        std::fs::write(bundle.join("hong.png"), &bytes).unwrap();
        std::fs::write(bundle.join("rac.jpg"), b"not an image at all").unwrap();
        std::fs::write(bundle.join("dong.gif"), b"GIF89a").unwrap();
        Fixture { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn store(&self) -> ImageStore {
        ImageStore::with_files(
            self.root(),
            vec![self.root().join("static")],
            HashMap::new(),
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
    assert_eq!(photo.webp[2].url, "/tin/bai/anh-1600w.webp");
    assert_eq!(photo.og.as_ref().unwrap().url, "/tin/bai/anh-1200w.jpg");
    assert_eq!(photo.fallback(), "/tin/bai/anh-1600w.jpg");
    assert_eq!(
        photo.srcset(),
        "/tin/bai/anh-480w.jpg 480w, /tin/bai/anh-960w.jpg 960w, /tin/bai/anh-1600w.jpg 1600w"
    );

    let drawing = found(resolve(&store, &fx, "./ve.png"));
    let last = drawing.variants.last().unwrap();
    assert!(last.original && last.url == "/tin/bai/ve.png" && last.width == 1600);

    let small = found(resolve(&store, &fx, "/anh/nho.png"));
    assert_eq!(small.variants.len(), 1);
    assert!(small.variants[0].original);
    assert_eq!(small.webp[0].url, "/anh/nho-300w.webp");
    assert!(
        small.og.as_ref().unwrap().original,
        "never upscaled for OpenGraph"
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
    let photo = found(resolve(&fx.store(), &fx, "anh.jpg"));
    let html = img_html(&photo, "Cáp quang \"về\" xã", Some("t"), None);
    assert!(
        html.starts_with(
            r#"<picture><source type="image/webp" srcset="/tin/bai/anh-480w.webp 480w"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"alt="Cáp quang &quot;về&quot; xã""#));
    assert!(html.contains(r#"width="2000" height="1000""#));
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
    let cache = fx.root().join(CACHE_DIR);
    let (first, problems) = store.process(&out, Some(&cache));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(first.images, 2);
    // anh.jpg: 3 JPEG + 3 WebP + OG; ve.png: 2 PNG + 3 WebP + OG.
    assert_eq!((first.made, first.reused), (13, 0));
    let small = image::open(out.join("tin/bai/anh-480w.jpg")).unwrap();
    assert_eq!((small.width(), small.height()), (480, 240));
    let webp = image::open(out.join("tin/bai/ve-960w.webp")).unwrap();
    assert_eq!((webp.width(), webp.height()), (960, 540));
    assert_eq!(
        image::image_dimensions(out.join("tin/bai/ve-1200w.png")).unwrap(),
        (1200, 675)
    );

    let out2 = fx.root().join("public2");
    let (second, problems) = fx.store_with_same_images().process(&out2, Some(&cache));
    assert!(problems.is_empty());
    assert_eq!((second.made, second.reused), (0, 13));
    assert_eq!(
        std::fs::read(out.join("tin/bai/anh-960w.webp")).unwrap(),
        std::fs::read(out2.join("tin/bai/anh-960w.webp")).unwrap()
    );

    // A changed image is made again.
    RgbImage::from_pixel(1000, 500, Rgb([9, 9, 9]))
        .save(fx.root().join("content/tin/bai/anh.jpg"))
        .unwrap();
    let (third, _) = fx
        .store_with_same_images()
        .process(&fx.root().join("public3"), Some(&cache));
    // anh.jpg is now 1000 px wide: 480 and 960 in JPEG and WebP, and a 1000 px WebP.
    assert_eq!((third.made, third.reused), (5, 6));
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
    let (_, problems) = store.process(&fx.root().join("public"), None);
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
