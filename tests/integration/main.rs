//! Integration tests: build small fixture sites with the `loa` binary and assert on
//! the files, URLs and messages.

mod common;

mod build;
mod check;
mod errors;
mod feeds;
mod rich;
mod serve;
mod theme;
