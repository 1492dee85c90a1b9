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
