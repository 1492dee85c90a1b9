//! Integration tests: build small fixture sites with the `loa` binary and assert on
//! the files, URLs and messages.

mod common;

mod adoption;
mod architecture;
mod archives;
mod build;
mod check;
mod deploy;
mod diagnostics;
mod editors;
mod errors;
mod faults;
mod feeds;
mod hostile;
mod page_kind;
mod properties;
mod rich;
mod search;
mod serve;
mod serve_hostile;
mod taxonomies;
mod theme;
