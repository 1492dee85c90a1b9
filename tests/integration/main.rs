//! Integration tests: build small fixture sites with the `loa` binary and assert on
//! the files, URLs and messages.

mod common;

mod build;
mod errors;
mod serve;
