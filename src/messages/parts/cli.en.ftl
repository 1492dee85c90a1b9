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
