# loa's messages in English. Every id here has its Vietnamese text in vi.ftl (a test
# checks it). Ids are grouped by the part of loa that says them; `{ $name }` is an
# argument the code passes, `.hint` an attribute (`t!("id.hint")`). Literal braces are
# written { "{" } and { "}" }.

## How a diagnostic is printed

label-error = error
label-warning = warning
label-hint = hint
label-caused-by = caused by
while-rendering = while rendering { $page }
repeated-in-pages = in { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }, e.g. { $page }
errors-found = { $count ->
        [one] { $count } error found; nothing was written.
       *[other] { $count } errors found; nothing was written.
    }

## Content and configuration

### config.rs

config-missing = no site.yaml in the site root
    .hint = run `loa init` to create a site, or pass --root with the folder that holds site.yaml (looked in { $root })
# The file's name in the messages of yaml.rs ($what).
config-what = site.yaml
config-paginate-by-zero = `paginate_by` must be at least 1
config-base-url-relative = `base_url` must be an absolute URL
    .hint = write it with its scheme and host, e.g. `base_url: "https://example.org"`; `--base-url` overrides it
config-unknown-timezone = unknown time zone `{ $name }`
    .hint = use an IANA name such as "Asia/Ho_Chi_Minh"
config-taxonomy-not-plain = taxonomy `{ $name }` needs a plain name and path
    .hint = names are front matter keys like `tags`; paths are URL segments like `chu-de`
config-taxonomy-twice = taxonomy `{ $name }` is declared twice

### yaml.rs
# $what names the YAML text: config-what, page-what, section-what, data-what.

yaml-unknown-key = unknown key `{ $key }` in { $what }
yaml-did-you-mean = did you mean `{ $best }`?
yaml-known-keys = the keys { $what } accepts are: { $keys }
yaml-missing-key = missing `{ $key }` in { $what }
    .hint = add a line `{ $key }: ...` to the { $what }
yaml-too-deep = invalid { $what }: nested too deeply
    .hint = YAML lists and maps may be nested up to 128 levels
yaml-too-much = invalid { $what }: anchors expand to too much data
    .hint = YAML aliases (`*name`) repeat what an anchor (`&name`) holds; here they multiply into millions of values: write the values out instead
# How loa's own words about a value of the wrong form begin (date-expected,
# page-expected-list); yaml.rs looks for it.
yaml-invalid-type = invalid type
yaml-wrong-type = wrong type of value in { $what }
    .hint = check the value's form: a list is written `[a, b]` or as `- item` lines; text with `:` or `#` needs quotes
yaml-invalid = invalid { $what }
    .hint = { $what } is YAML: `key: value` lines; quote text that contains `: ` or starts with `[`, `{ "{" }`, `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%` or `@`
yaml-parser-said = { $words }
yaml-tab = a tab in the indentation: YAML indents with spaces
    .hint = replace the tab with spaces (two per level); most editors can insert spaces when Tab is pressed
yaml-unicode-space = a { $space ->
        [nbsp] non-breaking space
        [narrow-nbsp] narrow non-breaking space
        [typographic] typographic space
        [zero-width] zero-width space
        [ideographic] ideographic space
       *[zero-width-no-break] zero-width no-break space
    } (U+{ $code }) where YAML needs an ordinary space
    .hint = Word and web pages type such spaces: delete it and type an ordinary space
yaml-curly-quotes = curly quotes ({ $open }…) are not YAML quotes
    .hint = Word turns " into curly quotes; write straight ones: `{ $fixed }`
# Stands in for a Rust type name in the parser's own words ("expected struct RawConfig").
yaml-expected-map = expected a map of `key: value` lines

### read.rs

-read-save-as-utf8 = save it as UTF-8: in Notepad, File › Save as, Encoding: "UTF-8" ("Unicode" there is UTF-16, "ANSI" a legacy encoding)
read-bom = file starts with a byte order mark (saved as "UTF-8 with BOM"); it was read as UTF-8
    .hint = save it as "UTF-8" without BOM: some tools show the mark as stray characters
read-utf16 = file is UTF-16 (Notepad's "Unicode"); it was read as such
    .hint = { -read-save-as-utf8 }; Git, Netlify and most editors expect UTF-8
read-utf16-no-bom = file is UTF-16 without a byte order mark, not UTF-8
    .hint = { -read-save-as-utf8 }
read-not-utf8 = file is not valid UTF-8
    .hint = { -read-save-as-utf8 }; text typed in a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) needs converting first, e.g. with Unikey's converter

### site/data.rs

data-cannot-read = cannot read: { $error }
data-what = data file

### content/mod.rs

content-no-folder = no content/ folder: the site has only its home page
    .hint = create content/_index.md for the home page and content/<section>/ folders for articles
content-cannot-read = cannot read: { $error }
content-not-nfc = text was not in Unicode NFC; it was normalised
    .hint = some keyboards type decomposed Vietnamese ("Unicode tổ hợp"); set the editor or Unikey to "Unicode dựng sẵn"

### content/walk.rs

content-link-loop-parent = symbolic link loop: this folder links back to one of its parents
content-link-loop = symbolic link loop: this link leads, through other links, back to itself
    .hint = remove the link, or point it at a folder outside content/

### content/front_matter/split.rs

content-no-front-matter = the file does not start with front matter
    .hint = open the file with a `---` line, then `title:` and `date:`, then a closing `---` line
content-front-matter-unclosed = front matter is never closed
    .hint = end the front matter with a line that holds only `---`

### content/front_matter/mod.rs

date-expected = { yaml-invalid-type }: expected a date such as 2016-08-15 or 2016-08-15T09:00:00+07:00

### content/front_matter/page.rs

page-what = front matter
page-expected-list = { yaml-invalid-type }: expected a list of text, e.g. [a, b]
page-not-a-map = front matter must be a map of `key: value` lines
page-key-not-a-word = front matter keys must be words
    .hint = write each key as a word followed by a colon, e.g. `title: ...`
page-use-extra = put custom values under `extra:`
taxonomy-one-text = `{ $key }` is one text with commas, not a list
    .hint = for several terms, write a list: `{ $key }: [{ $list }]`
taxonomy-wrong-type = wrong type of value for `{ $key }`
    .hint = `{ $key }` is a list of terms, e.g. `{ $key }: [nông thôn mới, Internet]`

### content/front_matter/section.rs

section-what = section front matter

### content/section.rs

section-missing-title = missing `title` in section front matter
    .hint = a section's title is never made up from its folder name: add `title: "..."`

### content/page.rs

page-missing-title = missing `title` in front matter
    .hint = every page needs a headline: `title: "..."`
date-unreadable = cannot read `{ $key }` as a date: `{ $value }`
    .hint = write dates as 2016-08-15, 2016-08-15 09:00 or 2016-08-15T09:00:00+07:00
page-missing-date = missing `date` in front matter
    .hint = add the publication date, e.g. `date: 2016-08-15T09:00:00+07:00`
page-empty-slug = the page's slug is empty
    .hint = give the page a `slug:` with letters or digits, or rename the file
page-segment-too-long = shorten it: a URL segment becomes a folder name, at most { $bytes } bytes
page-slug-too-long = the page's slug is { $bytes } bytes long
    .hint = give the page a shorter `slug:`
page-alias-outside = the alias `{ $alias }` is not a path of this site
    .hint = an alias is an old URL of the page, such as `/tin-cu/bai-viet/`; it cannot hold `..`, `\`, `:` or control characters
page-alias-too-long = a part of the alias `{ $alias }…` is too long
page-term-too-long = the term `{ $term }…` of `{ $taxonomy }` is too long for a URL
content-folder-without-slug = the folder `{ $folder }` has no letter or digit to make its URL from
    .hint = rename the folder with letters or digits, e.g. `tin-tuc`

### content/library.rs

section-missing-index = { $count } page(s) here but no _index.md: this folder has no section page
    .hint = create content/{ $folder }/_index.md with a `title:` line; until then its pages are listed in `{ $title }`
    .hint-home = create content/{ $folder }/_index.md with a `title:` line; until then its pages are listed in the home page
content-same-url = two pages would be written at the same URL { $path }
    .detail = { $first } and { $second } both land on { $path }
    .hint = give one of them a different `slug:` (slugs drop marks: "Đường" and "Dương" are both `duong`)
# Who else takes a URL, in content-same-url.detail ($first, $second).
content-owner-home = the home page
content-owner-archives = the date archives (built in)
content-owner-search = the search page (built in)
content-owner-taxonomy = the taxonomy `{ $name }` in site.yaml
content-owner-alias = { $file } (alias)

### content/unpublished.rs

unpublished-left-out = { $why ->
        [draft] a draft
        [expired] expired
       *[future] dated in the future
    } with { $count } error(s), left out of this build
    .hint-draft = fix it before it is published; `loa build --drafts` reports these as errors
    .hint = fix it before it is published; `loa build --future` reports future pages' errors as errors
unpublished-link = link to { $why ->
        [draft] a draft
        [expired] an expired page
       *[other] a page scheduled for later
    }, which this build leaves out: `{ $target }`
    .hint-draft = publish it first (remove `draft: true`), or preview both with `--drafts`
    .hint-future = it goes live at { $date }; until then the link would lead readers nowhere: publish both together, or add the link once it is live (`--future` previews it)
    .hint-expired = it expired at { $date } and is no longer on the site: remove the link, or change its `expires`

### content/taxonomy.rs

taxonomy-spellings-clash = { $taxonomy } `{ $spelling }` and `{ $name }` share the URL { $path }
    .hint = `{ $spelling }` is written in { $count } page(s), as in { $file }; `{ $name }` in { $name_count } page(s), as in { $name_file }; if they are the same term, write it the same way

### content/provinces.rs

province-unknown = `{ $spelling }` is not one of the 63 provinces and municipalities; it is listed apart on the provinces page
    .hint-closest = did you mean `{ $province }`? ({ $count } page(s) use `{ $spelling }`)
    .hint = write a province's official name, e.g. `Hà Giang` ({ $count } page(s) use `{ $spelling }`)

## Markdown and shortcodes

### markdown/mod.rs

link-missing-file = link to a file that does not exist: `{ $target }`
    .hint = files under static/ are served from / (`static/tai-lieu/ke-hoach.pdf` is `/tai-lieu/ke-hoach.pdf`); check the name, its capitals and its extension
link-missing-page = link to a page that does not exist: `{ $target }`
    .hint = the built site has nothing at this address: copy it from the address bar of the page you mean, or link its file with `@/`, e.g. `@/tin-hoat-dong/bai-viet.md` (an address another system serves on the same domain is written in full, https://…)
    .hint-internal = `@/` links name a file under content/, e.g. `@/tin-hoat-dong/bai-viet.md` or `@/tin-hoat-dong/bai-viet/index.md`

### markdown/events.rs

code-options-hint = options follow the language after commas: ```rust,linenos,hl_lines=2-3 5
md-image-bad = image `{ $src }`: { $problem }
    .hint = re-export the image as PNG, JPEG or WebP, or use SVG
md-image-not-found = image not found: `{ $src }`
    .hint-root = a path that starts with / is a file of static/ (`static/anh/x.jpg` is `/anh/x.jpg`) or of another page's folder; check the name, its capitals and its extension
    .hint-bundle = put the image beside the page's index.md, or start the path with / for a file in static/
    .hint-single = a page that is a single .md file has no folder of its own: write `/anh/x.jpg` for a file in static/, or make the page a folder with index.md and the image beside it

### markdown/highlight.rs

code-linenostart-not-number = code block: `linenostart={ $value }` is not a line number
code-option-needs-value = code block: `{ $option }` needs a value, e.g. `{ $option }=2`
code-hl-lines-bad = code block: `hl_lines={ $value }` must list lines and ranges, e.g. `hl_lines=2-3 5`

### markdown/shortcodes.rs

shortcode-unknown = unknown shortcode `{ $name }`
    .hint = shortcodes: { $names }; add your own as templates/shortcodes/{ $name }.html
    .guess = did you mean `{ $guess }`? shortcodes: { $names }; add your own as templates/shortcodes/{ $name }.html
shortcode-in-template = in template
shortcode-failed = shortcode `{ $name }` failed: { $problem }
    .hint = check the shortcode's arguments against its template

### markdown/shortcodes/parse.rs

shortcode-syntax-hint = write `{ "{{" } name(key="value", n=1) { "}}" }`, or `{ "{%" } name(key="value") { "%}" }` … `{ "{%" } end { "%}" }` for a body
shortcode-escape-unclosed = shortcode: `{ $open }` is never closed with `{ $close }`
    .hint = `{ "{{" }/* name() */{ "}}" }` prints a shortcode call literally
shortcode-end-alone = shortcode: `{ "{%" } end { "%}" }` without a shortcode to close
shortcode-mismatched-close = shortcode: shortcode `{ $name }` opens with `{ $open }` but closes with `{ $close }`
shortcode-expected-close = shortcode: expected `{ $close }` to end the shortcode `{ $name }`
shortcode-body-unclosed = shortcode: shortcode `{ $name }` with a body is never closed with `{ "{%" } end { "%}" }`
    .hint = end the body with `{ "{%" } end { "%}" }` on its own line, or use `{ "{{" } … { "}}" }` for a call without a body
shortcode-expected-arg-name = shortcode: expected an argument name such as `src=`, or `)`
shortcode-arg-twice = shortcode: argument `{ $name }` is given twice
shortcode-expected-equals = shortcode: expected `=` after `{ $name }`
shortcode-expected-comma = shortcode: expected `,` or `)` after an argument
shortcode-ends-in-arg = shortcode: the shortcode ends in the middle of an argument
shortcode-curly-quote = shortcode: `{ $quote }` is a typographic quote; shortcode text needs straight quotes
    .hint = write arguments as key="text" with the " key (word processors turn it into “ ”)
shortcode-list-expected-comma = shortcode: expected `,` or `]` in a list
shortcode-not-a-value = shortcode: `{ $word }` is not a value: put text in quotes, e.g. "{ $text }"
shortcode-text-unclosed = shortcode: text opened with { $quote } is never closed

### markdown/shortcodes/builtin.rs

shortcode-example-either = { $first } or { $second }
shortcode-example-award-table = { $first } on an award page, or { $second }

### markdown/shortcodes/args.rs

shortcode-usage = e.g. { $example }; its arguments: { $names }
shortcode-usage-guess = did you mean `{ $guess }`? e.g. { $example }; its arguments: { $names }
shortcode-no-such-arg = shortcode `{ $shortcode }` has no argument `{ $arg }`
shortcode-unusable-address = shortcode `{ $shortcode }`: `{ $arg }` is not a usable address
    .hint = give an https:// address or a site path
shortcode-wrong-kind = shortcode `{ $shortcode }`: `{ $arg }` takes { $expected ->
        [int] a whole number
        [number] a number
        [one-of] one of { $choices }
       *[text] text in quotes
    }, not { $given ->
        [int] a whole number
        [float] a number
        [bool] true or false
        [list] a list
       *[text] text
    }
shortcode-no-data-file = shortcode `{ $shortcode }`: no data file `{ $name }` in data/
    .hint = data files: { $files } (data/tien-do.yaml is `tien_do`)
    .guess = did you mean `{ $guess }`? data files: { $files } (data/tien-do.yaml is `tien_do`)
shortcode-image-not-found = shortcode `{ $shortcode }`: image not found: `{ $src }`
shortcode-image-bad = shortcode `{ $shortcode }`: image `{ $src }`: { $problem }
    .hint = re-export it as PNG, JPEG or WebP
shortcode-image-hint-single = this page is a single .md file: use an image from static/ (`/anh/x.jpg`), or make the page a folder with index.md and the image beside it
shortcode-needs-arg = shortcode `{ $shortcode }` needs `{ $arg }`
shortcode-no-body = shortcode `{ $shortcode }` takes no body
    .hint = call it inline: { $example }

### markdown/shortcodes/env.rs

shortcode-image-outside = image() is only available in shortcodes
shortcode-image-fn-not-found = image not found: `{ $src }` (put it beside the page's index.md, or write /path for a file in static/)

### markdown/shortcodes/prepare/mod.rs

shortcode-chart = shortcode `{ $shortcode }`: { $problem }
    .hint = see the data file's `series:` keys and records

### markdown/shortcodes/prepare/media.rs

shortcode-video-one-source = shortcode `{ $shortcode }`: give exactly one of youtube=, facebook= or src=
    .hint = youtube="VIDEO_ID" (or its link), facebook="https://www.facebook.com/…/videos/…", or src="clip.mp4" for a file on the site
shortcode-video-needs-title = shortcode `{ $shortcode }`: an embedded video needs a title
    .hint = add title="…": it labels the play button and the player for screen readers
shortcode-video-ratio = shortcode `{ $shortcode }`: `{ $ratio }` is not a ratio
    .hint = write it as width:height, e.g. "16:9" or "4:3"
shortcode-youtube-bad = shortcode `{ $shortcode }`: `{ $value }` is not a YouTube video id or link
    .hint = give the 11-character id after `watch?v=`, or the whole link
shortcode-facebook-bad = shortcode `{ $shortcode }`: `{ $url }` is not a Facebook video link
    .hint = copy the video's link from Facebook (https://www.facebook.com/…/videos/…)
shortcode-video-not-found = shortcode `{ $shortcode }`: video file not found: `{ $src }`
shortcode-quote-both = shortcode `{ $shortcode }`: give the quotation either as text= or as the body, not both
    .hint = { "{%" } quote(author="…") { "%}" }Lời trích{ "{%" } end { "%}" }
shortcode-quote-missing = shortcode `{ $shortcode }`: the quotation is missing
    .hint = write { "{{" } quote(text="…", author="…") { "}}" } or { "{%" } quote(author="…") { "%}" }Lời trích{ "{%" } end { "%}" }

### markdown/shortcodes/prepare/figures.rs

shortcode-stat-no-value = shortcode `{ $shortcode }`: the figure is missing
    .hint = give value= (and label=), or data= and series= to take the latest figure of a data file
shortcode-stat-no-label = shortcode `{ $shortcode }`: say what the figure counts
    .hint = add label="…"
shortcode-stat-no-series = shortcode `{ $shortcode }`: with data= give series= too
    .hint = e.g. { "{{" } stat(data="tien_do", series="communes_standard_pct") { "}}" }
shortcode-record-no-name = shortcode `{ $shortcode }`: record { $number } of `{ $name }` has no `name:`
    .hint = each recipient needs name:, and may have unit:, province:, form:, kind:
shortcode-no-award = shortcode `{ $shortcode }`: this page has no `award:` in its front matter
    .hint-table = give data="…" (a data file with recipients:), or use it on an award page
    .hint-map = give data="…", a data file with a list of records that have `province:`
shortcode-no-recipient = shortcode `{ $shortcode }`: no recipient has { $field } `{ $value }`
    .hint = the { $field }s listed are: { $known }
shortcode-group-by-not-bar = shortcode `{ $shortcode }`: group_by= draws counts as bars
    .hint = use kind="bar" with group_by=
shortcode-group-by-empty = shortcode `{ $shortcode }`: no record of `{ $name }` has `{ $field }:`
    .hint = name a field the records have, e.g. group_by="province"
shortcode-bar-one-series = shortcode `{ $shortcode }`: a bar chart draws one series
    .hint = name one with series="…", or use kind="line" for several
shortcode-map-no-field = shortcode `{ $shortcode }`: no record has `{ $field }:`
    .hint = records need the province in `province:` (or name the field with field=)

## Charts, images and text

### charts/series.rs

chart-no-records = data file `{ $name }` has no `years:` (or `rows:`) list of records
chart-no-series-list = name the series to draw: `{ $name }` has no `series:` list
chart-unknown-series = no series `{ $key }` in `{ $name }`; its series are: { $known }
chart-unknown-series-suggest = no series `{ $key }` in `{ $name }` (did you mean `{ $suggestion }`?); its series are: { $known }
chart-series-no-figures = series `{ $key }` of `{ $name }` has no figures
chart-no-list = data file `{ $name }` has no `recipients:` (or `rows:`) list

### charts/progress.rs

chart-progress-no-target-series = no series with a target to draw
chart-progress-no-target = series `{ $key }` has no `target:` to measure progress against
chart-progress-no-figures = series `{ $key }` has no figures

### charts/tiles.rs

chart-not-a-province = not a province of Viet Nam: { $names } (write the name as in “Kiên Giang”, “TP. Hồ Chí Minh”, “Thừa Thiên Huế”)

### images/process.rs

image-not-a-site-file = image `{ $image }`: not a file of the site
image-cannot-read = image `{ $image }`: cannot read: { $error }
image-not-raster = image `{ $image }`: not a raster image
image-corrupt = image `{ $image }`: corrupt or unreadable image: { $error }
image-cannot-encode = image `{ $image }`: cannot encode `{ $variant }`: { $error }
image-cannot-write = image `{ $image }`: cannot write `{ $variant }`: { $error }
image-cannot-write-cache = image `{ $image }`: cannot write the cache: { $error }
image-process-failed =
    .hint = re-export the image as PNG, JPEG or WebP, or replace the file

### media/probe.rs

media-cannot-read = cannot read: { $error }
media-cannot-read-svg = cannot read the SVG: { $error }
media-cannot-read-image = cannot read the image: { $error }
media-unsupported-extension = unsupported image format `{ $ext }`: loa resizes PNG, JPEG and WebP images and passes SVG through
media-unsupported-format = unsupported image format { $format }: loa resizes PNG, JPEG and WebP images and passes SVG through
media-not-svg = not an SVG file (no <svg> element)
media-not-an-image = not an image loa can read (PNG, JPEG, WebP or SVG)
media-corrupt = corrupt image: { $error }
media-no-pixels = corrupt image: it has no pixels

## Templates, the site and its output

### templating/hints.rs

template-unclosed-tag = `{ "{" }% { $tag } %{ "}" }` at line { $line }, column { $column } is not closed: add `{ "{" }% end{ $tag } %{ "}" }` before this
template-did-you-mean = did you mean `{ $name }`?
template-cannot-parse-because = cannot parse template: { $error }
template-unknown-filter = cannot parse template: unknown filter `{ $name }`
template-unknown-function = cannot parse template: unknown function `{ $name }`
template-unknown-test = cannot parse template: unknown test `{ $name }`
template-unknown-component = cannot parse template: unknown component `{ $name }`
template-unknown-template = cannot parse template: unknown template `{ $name }`
template-unknown-other = cannot parse template: unknown { $kind } `{ $name }`
template-see-reference = see the filters and functions in docs/reference/templates.md
template-block-not-in-parent = cannot parse template: `{ "{" }% block { $block } %{ "}" }` is not in `{ $parent }`, which this template extends
template-add-block = `{ $parent }` here is { $file }; add `{ "{" }% block { $block } %{ "}" }{ "{" }% endblock { $block } %{ "}" }` to it, or override this template too (`loa theme export` gives a copy of the theme's to start from)
template-block-not-in-extended = cannot parse template: `{ "{" }% block { $block } %{ "}" }` is not in the template this one extends

### templating/sources.rs

template-cannot-parse = cannot parse template
template-failed = { $what }: { $error }
template-unknown-field = { $what }: Field `{ $field }` is not defined
    .detail = Available fields: { $fields }
template-tera-syntax = templates use tera 2 syntax; see docs/reference/templates.md

### templating/mod.rs

template-num-needs-number = num needs a number, not { $kind }

### render/mod.rs

render-cannot-render = cannot render template
render-template-not-found = template `{ $template }` not found
    .hint = add it to templates/ or the theme's templates/, or fix the `template:` name

### render/functions.rs

render-date-format-needs-date = date_format needs a date (e.g. page.date)
render-date-format-bad-date = date_format: { $error }
render-used-before-content = { $name } is used before the site's content is loaded
render-get-page-missing = get_page: no page `{ $path }` (give a path under content/, like `tin/bai.md`)
render-get-section-missing = get_section: no section `{ $path }` (give `tin-hoat-dong/_index.md` or `/tin-hoat-dong/`)
render-get-taxonomy-missing = get_taxonomy: no taxonomy `{ $kind }` in site.yaml

### render/i18n.rs, templating/sources.rs, theme/mod.rs

files-cannot-read = cannot read: { $error }
render-i18n-file = i18n file
render-i18n-dates-count = `dates.weekdays` needs 7 names (Monday first) and `dates.months` 12

### theme/mod.rs

theme-not-found = theme `{ $name }` not found
    .hint = loa has the built-in { $count ->
        [one] theme
       *[other] themes
    } { $themes }; a theme of your own goes in themes/{ $name }/
theme-did-you-mean = did you mean `{ $near }`? { $hint }

### feeds/mod.rs

feed-id-repeated = the feed id `{ $id }` is also the id of { $file }
    .hint = every page needs its own `id:`; remove it to use the id made from the date and URL

### discovery/schedule.rs

schedule-goes-live = { $file } goes live
schedule-expires = { $file } expires
schedule-leaves-news-sitemap = { $file } leaves the news sitemap

### output.rs

output-refused = refusing to write the site into { $output }: { $why }
    .hint = pass --output with a folder of its own, such as { $suggestion }
output-is-site-root = it is the site root
output-contains-site-root = it contains the site root
output-inside-source = it is inside the site's { $folder }/ folder
output-is-file-system-root = it is the root of the file system
output-is-a-file = it is a file
output-holds-other-files = it already holds files that loa did not write (no { $marker } marker); remove them or choose another folder
output-no-parent = { $path }: no parent folder
output-file-in-the-way = cannot write the site into { $output }: { $file } is a file, not a folder
output-beside-failed = cannot write beside the output { $output }: { $path }: { $error }
output-busy = another loa build is writing { $output } (it holds { $lock }); wait for it to finish, or build into another --output
output-cannot-write = cannot write { $path }: { $error }
output-more-not-written = { $count } more files could not be written

### output/sink.rs, site/live/output.rs

output-outside = refusing to write outside the output: { $path }
output-cannot-copy = cannot copy { $from } to { $to }: { $error }

### site/assets.rs

asset-image-not-found = image not found: `{ $src }`
    .hint-bundle = put the image beside index.md in the page's folder, or start the path with / for a file in static/
    .hint-single = a page that is a single .md file can use images from static/ (write `/images/x.jpg`); make it a folder with index.md to keep images beside it

### site/rich.rs

asset-lead-image-bad = image `{ $src }`: { $problem }
    .hint = re-export the image as PNG, JPEG or WebP, or use SVG

### site/jobs/page.rs

site-page-template-not-found = template `{ $template }` not found
    .hint = add it to templates/ (or the theme's templates/), or fix the name in `template:`

### site/mod.rs

site-menu-links-to-nothing = menu item `{ $name }` links to nothing: `{ $url }`
    .hint = the built site has no page or file at this address; fix the `url:` of this menu item (an address another system serves on the same domain is written in full, https://…)
site-schedule-not-written = could not write the schedule: { $error }

## Commands and the live preview

### src/cli/build.rs

cli-loa-now-invalid = LOA_NOW={ $value } is not an instant ({ $reason })
    .hint = write it in RFC 3339, e.g. LOA_NOW=2026-11-26T12:00:00+07:00, or unset it to use the real clock
cli-build-progress = { $spinner } rendering { $pos }/{ $len } { $bar } { $elapsed }
cli-build-summary = Built { $pages } pages, { $sections } sections ({ $files } files from templates) in { $seconds } s into { $output }
cli-build-summary-warnings = , { $count } warning(s)
cli-build-summary-images = ; { $images } image(s): { $made } variant(s) made, { $reused } from the cache, { $seconds } s
cli-build-summary-drafts = ; { $count } draft(s) left out (--drafts to include them)
cli-build-summary-next-change = ; next change { $at } ({ $what })

### src/cli/check.rs

cli-check-done = Checked { $pages } pages and { $sections } sections: no errors.
cli-check-done-warnings = Checked { $pages } pages and { $sections } sections: no errors, { $count } warning(s).
cli-check-broken-link = broken internal link: `{ $target }`
    .hint = the target is not part of the built site; fix the link in the page's Markdown or template
cli-check-broken-file = broken internal image or file: `{ $target }`
    .hint = the target is not part of the built site; fix the link in the page's Markdown or template

### src/cli/init.rs

cli-init-site-exists = { $dir } already holds a site (site.yaml exists); loa init never overwrites
    .hint = run loa init with a new folder, e.g. `loa init trang-tin`
cli-init-files-exist = { $dir } already has { $files }; loa init never overwrites, so nothing was written
    .hint = run loa init with an empty or new folder
cli-init-done = Created a site in { $dir } with the theme baochi.

    Next:
      cd { $dir }
      loa serve                      # preview at http://127.0.0.1:1111, reloads on every save
      loa new tin-tuc/"Tiêu đề bài"   # a new article (also --kind model, achievement, award, page)
      loa check                      # every link and image checked
      loa build                      # the site, in public/

    Publish: netlify.toml (Netlify), deploy/nginx.conf or deploy/Caddyfile (a server of your own).

### src/cli/new.rs

cli-new-no-slug = `{ $target }` has no letters or digits to make a file name from
    .hint = write it as SECTION/TITLE, e.g. tin-hoat-dong/Hội nghị sơ kết
cli-new-bad-section = `{ $section }` is not a usable section path
cli-new-exists = { $file } already exists; loa new never overwrites
    .hint = choose another title or slug
cli-new-created = Created { $file } (a draft: `loa serve --drafts` shows it; remove `draft: true` to publish it)
cli-new-no-section-page = { $dir } has no _index.md; the page is listed under the nearest section that has one

### src/cli/theme.rs

cli-theme-unknown = no built-in theme `{ $name }`
    .hint = the built-in themes are: { $themes }
    .hint-closest = did you mean `{ $closest }`? the built-in themes are: { $themes }
cli-theme-files-exist = { $count ->
        [one] { $count } file of the theme already exists
       *[other] { $count } files of the theme already exist
    }; loa theme export never overwrites: { $files }
    .hint = move them away or export into another folder (loa theme export { $name } DIR)
cli-theme-files-exist-more = { $count ->
        [one] { $count } file of the theme already exists
       *[other] { $count } files of the theme already exist
    }; loa theme export never overwrites: { $files } and { $more } more
cli-theme-exported = Wrote the { $count } files of the theme { $name } into { $dir }.
    A site with `theme: { $name }` now uses them over the built-in ones, file by file: delete the ones you do not change, so they keep following loa's updates.

### src/cli/serve.rs

serve-listening = Serving at http://{ $host }:{ $port }/ (Ctrl+C to stop)
serve-built = Built { $files } files in { $seconds } s
serve-rebuilt = Rebuilt { $what }: { $files } files in { $ms } ms, reload sent { $latency } ms after the change
serve-rebuilt-more = Rebuilt { $what }: { $files } files in { $ms } ms, reload sent { $latency } ms after the change; { $more } more to follow
serve-render-problems = { $count } file(s) could not be rendered; their last good version is served.
serve-finished = then { $files } files that show it in passing in { $ms } ms
serve-finished-left = then { $files } files that show it in passing in { $ms } ms ({ $left } left for the next edit)
serve-scheduled = Scheduled: { $reason }; rebuilt { $files } files in { $seconds } s
serve-kept = The last good pages stay served until this is fixed.
serve-changed-templates = templates
serve-changed-data = data
serve-changed-static = static files
serve-changed-content = { $count } content files

### src/serve/mod.rs

serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-port-busy = port { $port } is already in use, perhaps by another `loa serve`
    .hint = stop the other one (Ctrl+C in its window), or choose another port: `loa serve --port { $next }`
serve-cannot-start = cannot start the server: { $reason }
serve-overlay-title = loa: the last build failed; the pages shown are from the last good build.
serve-overlay-close = close

### src/serve/rebuild.rs

serve-watcher-stopped = the file watcher stopped

### src/serve/watch.rs

serve-cannot-watch = cannot watch { $dir }: { $reason }

### src/serve/http.rs

serve-nothing-here = Nothing here (has the site built?)
serve-http-bad-path = bad path
serve-http-head-too-large = request head too large
serve-http-method = only GET and HEAD
serve-http-moved = moved
serve-http-not-found = not found
