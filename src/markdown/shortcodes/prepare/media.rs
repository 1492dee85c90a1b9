//! Figure, video and quote: alt text from the caption, video embed addresses
//! and checks, one quotation.

use tera::Value;

use super::plain;
use crate::config::Language;
use crate::markdown::shortcodes::args::Prepared;
use crate::markdown::shortcodes::builtin::{ArgError, Env};

pub(in crate::markdown::shortcodes) fn figure(
    p: &mut Prepared<'_>,
    _: &Env<'_>,
) -> Result<(), ArgError> {
    let alt = p
        .text("alt")
        .or_else(|| p.text("caption").map(|c| plain(&c)))
        .or_else(|| p.body.map(plain))
        .unwrap_or_default();
    p.set("alt", alt);
    Ok(())
}

/// The 11-character id of a YouTube video, from the id itself or a link to it.
pub(super) fn youtube_id(text: &str) -> Option<String> {
    let valid = |s: &str| {
        s.len() == 11
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let text = text.trim();
    if valid(text) {
        return Some(text.to_string());
    }
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let rest = rest
        .strip_prefix("www.")
        .or_else(|| rest.strip_prefix("m."))
        .unwrap_or(rest);
    let candidate = if let Some(r) = rest.strip_prefix("youtu.be/") {
        r
    } else if let Some(query) = rest.strip_prefix("youtube.com/watch?") {
        query.split('&').find_map(|kv| kv.strip_prefix("v="))?
    } else {
        [
            "youtube.com/embed/",
            "youtube.com/shorts/",
            "youtube-nocookie.com/embed/",
            "youtube.com/live/",
        ]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?
    };
    let id: String = candidate
        .chars()
        .take_while(|c| !matches!(c, '?' | '&' | '#' | '/'))
        .collect();
    valid(&id).then_some(id)
}

pub(in crate::markdown::shortcodes) fn video(
    p: &mut Prepared<'_>,
    env: &Env<'_>,
) -> Result<(), ArgError> {
    let given: Vec<&str> = ["youtube", "facebook", "src"]
        .into_iter()
        .filter(|k| p.given(k).is_some())
        .collect();
    if given.len() != 1 {
        let at = given.get(1).copied().unwrap_or("youtube");
        let message = t!("shortcode-video-one-source", shortcode = p.name());
        return Err(p.err(at, message, t!("shortcode-video-one-source.hint")));
    }
    let aspect = video_aspect(p)?;
    p.set("aspect", aspect);
    let start = p
        .number("start")
        .map(|s| s.max(0.0) as i64)
        .filter(|s| *s > 0);
    let title = p
        .text("title")
        .or_else(|| p.text("caption").map(|c| plain(&c)));
    let provider = match given[0] {
        "youtube" => youtube(p, start)?,
        "facebook" => facebook(p)?,
        _ => video_file(p, env)?,
    };
    if provider != "file" && title.is_none() {
        let message = t!("shortcode-video-needs-title", shortcode = p.name());
        return Err(p.err(given[0], message, t!("shortcode-video-needs-title.hint")));
    }
    p.set("title", title.map_or_else(Value::none, Value::from));
    let notice = match env.language {
        Language::Vi => format!("Video được tải từ {provider} chỉ khi bạn bấm phát."),
        Language::En => format!("The video loads from {provider} only when you press play."),
    };
    p.set("notice", notice);
    p.set("provider", provider);
    Ok(())
}

/// `ratio="16:9"` as a CSS `aspect-ratio` value.
fn video_aspect(p: &Prepared<'_>) -> Result<String, ArgError> {
    let ratio = p.text("ratio").unwrap_or_else(|| "16:9".into());
    match ratio.split_once(':') {
        Some((a, b))
            if a.trim().parse::<f64>().is_ok_and(|v| v > 0.0)
                && b.trim().parse::<f64>().is_ok_and(|v| v > 0.0) =>
        {
            Ok(format!("{} / {}", a.trim(), b.trim()))
        }
        _ => {
            let (s, r) = (p.name(), &ratio);
            let message = t!("shortcode-video-ratio", shortcode = s, ratio = r);
            Err(p.err("ratio", message, t!("shortcode-video-ratio.hint")))
        }
    }
}

/// A YouTube video by id or link, embedded from the no-cookie domain.
fn youtube(p: &mut Prepared<'_>, start: Option<i64>) -> Result<&'static str, ArgError> {
    let raw = p.text("youtube").unwrap_or_default();
    let id = youtube_id(&raw).ok_or_else(|| {
        let message = t!("shortcode-youtube-bad", shortcode = p.name(), value = &raw);
        p.err("youtube", message, t!("shortcode-youtube-bad.hint"))
    })?;
    let t = start.map(|s| format!("&start={s}")).unwrap_or_default();
    p.set(
        "embed",
        format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1{t}"),
    );
    let t = start.map(|s| format!("&t={s}s")).unwrap_or_default();
    p.set("link", format!("https://www.youtube.com/watch?v={id}{t}"));
    Ok("YouTube")
}

/// A Facebook video by its link.
fn facebook(p: &mut Prepared<'_>) -> Result<&'static str, ArgError> {
    let url = p.text("facebook").unwrap_or_default();
    let ok = [
        "https://www.facebook.com/",
        "https://facebook.com/",
        "https://m.facebook.com/",
        "https://fb.watch/",
    ]
    .iter()
    .any(|prefix| url.starts_with(prefix));
    if !ok {
        let message = t!("shortcode-facebook-bad", shortcode = p.name(), url = &url);
        return Err(p.err("facebook", message, t!("shortcode-facebook-bad.hint")));
    }
    p.set(
        "embed",
        format!(
            "https://www.facebook.com/plugins/video.php?href={}&show_text=false&autoplay=true",
            crate::text::url::encode_component(&url)
        ),
    );
    p.set("link", url);
    Ok("Facebook")
}

/// A video file on the site (or any `http(s)` URL), with its MIME type.
fn video_file(p: &mut Prepared<'_>, env: &Env<'_>) -> Result<&'static str, ArgError> {
    let src = p.text("src").unwrap_or_default();
    let url = if src.starts_with("https://") || src.starts_with("http://") {
        src.clone()
    } else {
        match env.images.locate(&src, env.scope.page_ref) {
            Some((url, _)) => url,
            None => {
                let (s, f) = (p.name(), &src);
                let message = t!("shortcode-video-not-found", shortcode = s, src = f);
                let hint = crate::markdown::shortcodes::args::image_hint(env.scope.page_ref);
                return Err(p.err("src", message, hint));
            }
        }
    };
    let ext = url
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mime = match ext.as_str() {
        "mp4" | "m4v" => Some("video/mp4"),
        "webm" => Some("video/webm"),
        "ogv" | "ogg" => Some("video/ogg"),
        "mov" => Some("video/quicktime"),
        _ => None,
    };
    p.set("url", url);
    p.set("mime", mime.map_or_else(Value::none, Value::from));
    Ok("file")
}

pub(in crate::markdown::shortcodes) fn quote(
    p: &mut Prepared<'_>,
    _: &Env<'_>,
) -> Result<(), ArgError> {
    let name = p.name();
    match (
        p.text("text").is_some(),
        p.body.is_some_and(|b| !b.trim().is_empty()),
    ) {
        (true, true) => {
            let message = t!("shortcode-quote-both", shortcode = name);
            Err(p.err("text", message, t!("shortcode-quote-both.hint")))
        }
        (false, false) => {
            let message = t!("shortcode-quote-missing", shortcode = name);
            Err(p.err("text", message, t!("shortcode-quote-missing.hint")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::youtube_id;

    #[test]
    fn youtube_ids_from_ids_and_links() {
        let id = Some("dQw4w9WgXcQ".to_string());
        assert_eq!(youtube_id("dQw4w9WgXcQ"), id);
        assert_eq!(
            youtube_id("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3"),
            id
        );
        assert_eq!(youtube_id("https://youtu.be/dQw4w9WgXcQ?si=x"), id);
        assert_eq!(youtube_id("https://www.youtube.com/embed/dQw4w9WgXcQ"), id);
        assert_eq!(youtube_id("https://www.youtube.com/shorts/dQw4w9WgXcQ"), id);
        assert_eq!(youtube_id("https://example.org/watch?v=dQw4w9WgXcQ"), None);
        assert_eq!(youtube_id("short"), None);
    }
}
