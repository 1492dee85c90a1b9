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
