//! What shortcode templates see besides their arguments: the page they are in
//! (`page`), their number on it (`nth`, `uid`), the site's `data` and `config`,
//! `labels` in the site's language, the functions `image(src=)` and
//! `picture(src=, alt=, class=, title=)`, and the filter `md_inline`. The filters
//! page templates have too (`markdown`, `num`, …) are `templating`'s shared ones.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use super::Shortcodes;
use crate::config::Language;
use crate::content::front_matter::Award;
use crate::error::Location;
use crate::images::{ImageStore, PageRef, Resolved, image_value, img_html};
use crate::templating::Obj;

/// The page whose Markdown is being expanded.
pub struct PageScope<'a> {
    /// The shortcodes.
    pub shortcodes: &'a Shortcodes,
    /// The page as templates see it (`title`, `url`, `relative`, `kind`, `award`).
    pub page: Value,
    /// Where its images are looked up.
    pub page_ref: PageRef<'a>,
    /// Its award, for `award_table` and `map_provinces` without `data=`.
    pub award: Option<&'a Award>,
    /// Prefix of element ids made on this page (`uid` is `<prefix>-<n>`).
    pub id_prefix: String,
}

impl PageScope<'_> {
    /// What the `image` and `picture` functions need, hidden in the context.
    pub(super) fn hidden(&self, at: &Location) -> Value {
        Obj::new()
            .set("url", self.page_ref.url)
            .set(
                "bundle",
                self.page_ref
                    .bundle_dir
                    .map(|b| b.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            )
            .set("file", at.path.to_string_lossy().into_owned())
            .set("line", at.line.unwrap_or(0))
            .set("column", at.column.unwrap_or(0))
            .done()
    }
}

/// An image looked up for the calling page.
fn lookup(images: &ImageStore, src: &str, state: &State) -> TeraResult<Resolved> {
    let scope: Value = state
        .get::<Value>("loa_scope")?
        .ok_or_else(|| Error::message(t!("shortcode-image-outside")))?;
    let get = |k: &str| scope.get_from_path(k).cloned().unwrap_or_else(Value::none);
    let url = get("url").as_str().unwrap_or("/").to_string();
    let bundle = get("bundle")
        .as_str()
        .map(PathBuf::from)
        .filter(|b| !b.as_os_str().is_empty());
    let line = get("line").as_i64().unwrap_or(0) as usize;
    let column = get("column").as_i64().unwrap_or(0) as usize;
    let at = Location::at(get("file").as_str().unwrap_or_default(), line, column);
    let resolved = images.resolve(
        src,
        PageRef {
            url: &url,
            bundle_dir: bundle.as_deref().map(Path::new),
        },
        &at,
    );
    match resolved {
        Resolved::Missing => {
            let message = t!("shortcode-image-fn-not-found", src = src);
            Err(Error::message(message))
        }
        Resolved::Bad(problem) => {
            let message = t!("md-image-bad", src = src, problem = problem);
            Err(Error::message(message))
        }
        other => Ok(other),
    }
}

/// Registers the functions and filters shortcode templates use.
pub(super) fn register(tera: &mut Tera, images: Arc<ImageStore>) {
    let store = Arc::clone(&images);
    tera.register_function(
        "image",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
            let src = kwargs.must_get::<&str>("src")?;
            Ok(match lookup(&store, src, state)? {
                Resolved::Found(info) => image_value(&info),
                _ => Obj::new()
                    .set("url", src)
                    .set("src", src)
                    .set("external", true)
                    .done(),
            })
        },
    );
    let store = images;
    tera.register_function(
        "picture",
        move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
            let src = kwargs.must_get::<&str>("src")?;
            let alt = opt_str(&kwargs, "alt")?.unwrap_or_default();
            let class = opt_str(&kwargs, "class")?;
            let title = opt_str(&kwargs, "title")?;
            let html = match lookup(&store, src, state)? {
                Resolved::Found(info) => img_html(&info, &alt, title.as_deref(), class.as_deref()),
                _ => format!(
                    "<img src=\"{}\" alt=\"{}\" loading=\"lazy\" decoding=\"async\">",
                    crate::text::escape::html(src),
                    crate::text::escape::html(&alt)
                ),
            };
            Ok(Value::safe_string(&html))
        },
    );
    tera.register_filter("md_inline", |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&inline_markdown(s))
    });
}

/// An optional text argument; none (an unset shortcode argument) counts as absent.
fn opt_str(kwargs: &Kwargs, name: &str) -> TeraResult<Option<String>> {
    Ok(kwargs
        .get::<Value>(name)?
        .and_then(|v| v.as_str().map(str::to_string)))
}

/// Markdown for one line of text (a caption, a label): no `<p>` around it.
pub(super) fn inline_markdown(text: &str) -> String {
    let html = crate::markdown::render_inline(text);
    let trimmed = html.trim();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|t| t.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

/// Words the built-in templates print, in the site's language.
pub(super) fn labels(language: Language) -> Value {
    let pairs: &[(&'static str, &'static str)] = match language {
        Language::Vi => &[
            ("photo", "Ảnh"),
            ("play", "Phát video"),
            ("watch_on", "Xem trên"),
            (
                "video_notice",
                "Video được tải từ {provider} chỉ khi bạn bấm phát.",
            ),
            ("target", "Mục tiêu"),
            ("reached", "Đã đạt mục tiêu"),
            ("of_target", "so với mục tiêu"),
            ("number", "STT"),
            ("name", "Tên tập thể, cá nhân"),
            ("unit", "Đơn vị"),
            ("province", "Tỉnh, thành phố"),
            ("form", "Hình thức"),
            ("kind", "Tập thể / cá nhân"),
            ("recipients", "tập thể, cá nhân"),
            ("your_browser", "Trình duyệt không phát được video này."),
            ("download", "Tải video"),
        ],
        Language::En => &[
            ("photo", "Photo"),
            ("play", "Play video"),
            ("watch_on", "Watch on"),
            (
                "video_notice",
                "The video loads from {provider} only when you press play.",
            ),
            ("target", "Target"),
            ("reached", "Target reached"),
            ("of_target", "of target"),
            ("number", "No."),
            ("name", "Recipient"),
            ("unit", "Unit"),
            ("province", "Province"),
            ("form", "Award"),
            ("kind", "Collective / individual"),
            ("recipients", "recipients"),
            ("your_browser", "Your browser cannot play this video."),
            ("download", "Download the video"),
        ],
    };
    let mut map = tera::Map::new();
    for (k, v) in pairs {
        map.insert((*k).into(), Value::from(*v));
    }
    Value::from(map)
}
