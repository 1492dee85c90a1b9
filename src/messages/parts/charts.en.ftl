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
