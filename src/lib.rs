//! `loa`: a static site generator for campaign publicity.
//!
//! Data flows one way, each module importing only those below it (docs/architecture.md):
//!
//! - leaves: [`error`] (located diagnostics), [`text`] (NFC, slugs, folding,
//!   collation, escaping, percent-coding, numbers), [`dates`], [`deploy`] (the HTTP
//!   header rules and the files written from them);
//! - reading: [`yaml`], [`output`] (the output folder and the `Sink` every output
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

pub mod charts;
pub mod cli;
pub mod config;
pub mod content;
pub mod dates;
pub mod deploy;
pub mod discovery;
pub mod embed;
pub mod error;
pub mod feeds;
pub mod files;
pub mod images;
pub mod markdown;
pub mod media;
pub mod model;
pub mod output;
pub mod render;
pub mod search;
pub mod seo;
pub mod serve;
pub mod site;
pub mod templating;
pub mod text;
pub mod theme;
pub mod yaml;
