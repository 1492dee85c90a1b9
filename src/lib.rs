//! `loa`: a static site generator for campaign publicity.
//!
//! Data flows one way, each module importing only those below it (docs/architecture.md):
//!
//! - leaves: [`messages`] (what loa says, from one catalogue per language),
//!   [`language`], [`error`] (located diagnostics), [`text`] (NFC, slugs, folding,
//!   collation, escaping, percent-coding, numbers), [`dates`], [`deploy`] (the HTTP
//!   header rules and the files written from them);
//! - reading: [`read`] (the encodings editors' files come in), [`yaml`], [`output`] (the output folder and the `Sink` every output
//!   goes through), [`config`] (`site.yaml`);
//! - sources: [`theme`] (built-in themes, file-by-file lookup), [`media`] (what an
//!   image is), [`templating`] (the tera builder shared by pages and shortcodes);
//! - content: [`content`] (pages, sections, the library), [`charts`], [`files`]
//!   (every copied file);
//! - model: [`model`] (what writers read, and the job list), [`images`] (the
//!   image pipeline);
//! - bodies: [`markdown`], [`search`];
//! - writers: [`render`] (page templates), [`feeds`], [`embed`], [`discovery`],
//!   [`seo`];
//! - driver: [`site`] (load, render, write), [`serve`] (live preview), [`cli`].
//!
//! The crate's documentation is for whoever works on loa: build it with
//! `cargo doc --document-private-items`, where the links to its private modules resolve.

#![allow(rustdoc::private_intra_doc_links)]

// First, so every module below can say `t!("message-id")`.
#[macro_use]
mod messages;
mod charts;
mod cli;
mod config;
mod content;
mod dates;
mod deploy;
mod discovery;
mod embed;
mod error;
mod feeds;
mod files;
mod images;
mod language;
mod markdown;
mod media;
mod model;
mod output;
mod read;
mod render;
mod search;
mod seo;
mod serve;
mod site;
mod templating;
mod text;
mod theme;
mod yaml;

// The public surface: what the `loa` binary, the fuzz targets and the integration tests
// use. Everything else is private to the crate, so `unreachable_pub` and `dead_code`
// find what nothing uses.
pub use cli::main;
pub use config::Config;
pub use content::front_matter::{
    parse_page as parse_page_front_matter, parse_section as parse_section_front_matter,
    split as split_front_matter,
};
pub use content::page::{PageInput, parse as parse_page};
pub use content::unpublished::{LeftOut, Unpublished};
pub use error::Error;
pub use files::SiteFiles;
pub use images::{ImageStore, PageRef};
pub use markdown::{MarkdownSource, PageScope, Shortcodes, render as render_markdown};
pub use output::{file_for_path, normalise_alias, safe_join};
pub use templating::Obj;
pub use text::fold::fold;
pub use text::slug::slugify;
pub use theme::Theme;
pub use yaml::YamlSource;
