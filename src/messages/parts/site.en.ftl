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
