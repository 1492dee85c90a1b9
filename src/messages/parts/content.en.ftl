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

### content/taxonomy.rs

taxonomy-spellings-clash = { $taxonomy } `{ $spelling }` and `{ $name }` share the URL { $path }
    .hint = `{ $spelling }` is written in { $count } page(s), as in { $file }; `{ $name }` in { $name_count } page(s), as in { $name_file }; if they are the same term, write it the same way

### content/provinces.rs

province-unknown = `{ $spelling }` is not one of the 63 provinces and municipalities; it is listed apart on the provinces page
    .hint-closest = did you mean `{ $province }`? ({ $count } page(s) use `{ $spelling }`)
    .hint = write a province's official name, e.g. `Hà Giang` ({ $count } page(s) use `{ $spelling }`)
