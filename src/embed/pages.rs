//! The HTML of embeds: a headline list for `/embed/` and `/embed/<section>/`, and a
//! card for one article at `<article URL>embed.html` (the target of its oEmbed
//! iframe). Self-contained (inline CSS, no script, no font), `noindex`, links open
//! in the top window, and the layout holds from 300 to 600 px wide.

use crate::dates::DateWords;
use crate::feeds::entry::Entry;
use crate::text::escape::html as esc;

const STYLE: &str = "*{box-sizing:border-box}html,body{margin:0;padding:0;background:#fff}\
body{font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1a1a1a;overflow-wrap:anywhere}\
a{color:#0b4f9c;text-decoration:none}a:hover,a:focus{text-decoration:underline}\
.loa{border:1px solid #d6d6d6;border-top:3px solid #b3261e;padding:.6rem .8rem;max-width:600px}\
.loa-head{margin:0 0 .4rem;font-weight:700;font-size:1rem}.loa-head a{color:#b3261e}\
ol{list-style:none;margin:0;padding:0}li{padding:.45rem 0;border-top:1px solid #eee}li:first-child{border-top:0}\
li a{font-weight:600}time,.loa-meta{display:block;color:#5f5f5f;font-size:.8rem}\
.loa-lead img{display:block;width:100%;height:auto;aspect-ratio:16/9;object-fit:cover;margin:.2rem 0 .3rem;background:#eee}\
.loa-foot{margin:.4rem 0 0;padding-top:.4rem;border-top:1px solid #eee;font-size:.8rem;color:#5f5f5f}\
.loa-card h1{font-size:1.1rem;line-height:1.3;margin:.2rem 0 .3rem}\
.loa-card p.sapo{margin:0;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}\
.loa-card .loa-lead img{height:180px;aspect-ratio:auto}";

/// What an embed page shows besides its items.
pub(crate) struct Frame<'a> {
    /// `vi` or `en`.
    pub lang: &'a str,
    /// The `<title>`.
    pub title: &'a str,
    /// The page the embed stands for (its canonical URL).
    pub canonical: &'a str,
    /// The site's or publisher's name and home URL, for the footer.
    pub brand: (&'a str, &'a str),
    /// Date words.
    pub words: &'a DateWords,
}

fn open(frame: &Frame<'_>, out: &mut String) {
    out.push_str("<!doctype html>\n<html lang=\"");
    out.push_str(&esc(frame.lang));
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>");
    out.push_str(&esc(frame.title));
    out.push_str("</title>\n<link rel=\"canonical\" href=\"");
    out.push_str(&esc(frame.canonical));
    out.push_str("\">\n<base target=\"_top\">\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n");
}

fn foot(frame: &Frame<'_>, extra: &str, out: &mut String) {
    out.push_str("<p class=\"loa-foot\"><a href=\"");
    out.push_str(&esc(frame.brand.1));
    out.push_str("\" target=\"_top\">");
    out.push_str(&esc(frame.brand.0));
    out.push_str("</a>");
    out.push_str(extra);
    out.push_str("</p>\n");
}

/// A list of headlines: the first with its image, each with its date.
pub(crate) fn list(frame: &Frame<'_>, heading: &str, more: &str, items: &[&Entry]) -> String {
    let mut out = String::with_capacity(2048 + items.len() * 256);
    open(frame, &mut out);
    out.push_str("<div class=\"loa\">\n<p class=\"loa-head\"><a href=\"");
    out.push_str(&esc(frame.canonical));
    out.push_str("\" target=\"_top\">");
    out.push_str(&esc(heading));
    out.push_str("</a></p>\n<ol>\n");
    for (n, e) in items.iter().enumerate() {
        out.push_str("<li>");
        if n == 0
            && let Some(image) = &e.image
        {
            out.push_str("<a class=\"loa-lead\" href=\"");
            out.push_str(&esc(&e.url));
            out.push_str("\" target=\"_top\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"");
            out.push_str(&esc(&image.url));
            out.push_str("\" alt=\"\" loading=\"lazy\"></a>");
        }
        out.push_str("<a href=\"");
        out.push_str(&esc(&e.url));
        out.push_str("\" target=\"_top\">");
        out.push_str(&esc(&e.title));
        out.push_str("</a><time datetime=\"");
        out.push_str(&crate::dates::rfc3339(&e.published));
        out.push_str("\">");
        out.push_str(&esc(&frame.words.format(&e.published, &frame.words.short)));
        out.push_str("</time></li>\n");
    }
    out.push_str("</ol>\n");
    let more = format!(
        " · <a href=\"{}\" target=\"_top\">{}</a>",
        esc(frame.canonical),
        esc(more)
    );
    foot(frame, &more, &mut out);
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// One article as a card: image, section and date, headline, sapo.
pub(crate) fn card(frame: &Frame<'_>, e: &Entry) -> String {
    let mut out = String::with_capacity(3072);
    open(frame, &mut out);
    out.push_str("<article class=\"loa loa-card\">\n");
    if let Some(image) = &e.image {
        out.push_str("<a class=\"loa-lead\" href=\"");
        out.push_str(&esc(&e.url));
        out.push_str("\" target=\"_top\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"");
        out.push_str(&esc(&image.url));
        out.push_str("\" alt=\"\"></a>\n");
    }
    out.push_str("<p class=\"loa-meta\">");
    out.push_str(&esc(&e.section));
    out.push_str(" · <time datetime=\"");
    out.push_str(&crate::dates::rfc3339(&e.published));
    out.push_str("\" style=\"display:inline\">");
    out.push_str(&esc(&frame.words.format(&e.published, &frame.words.short)));
    out.push_str("</time></p>\n<h1><a href=\"");
    out.push_str(&esc(&e.url));
    out.push_str("\" target=\"_top\">");
    out.push_str(&esc(&e.title));
    out.push_str("</a></h1>\n");
    if !e.summary_text.is_empty() {
        out.push_str("<p class=\"sapo\">");
        out.push_str(&esc(&e.summary_text));
        out.push_str("</p>\n");
    }
    foot(frame, "", &mut out);
    out.push_str("</article>\n</body>\n</html>\n");
    out
}

/// The height an article's card needs at 600 px, for its oEmbed iframe.
pub(crate) fn card_height(e: &Entry) -> u32 {
    if e.image.is_some() { 420 } else { 230 }
}
