//! `loa`: a static site generator for campaign publicity.
//!
//! The pipeline: [`config`] reads `site.yaml`; [`content`] walks `content/`, splits
//! front matter and builds the [`content::Library`] of sections and pages;
//! [`markdown`] renders each page's body; [`render`] applies the tera templates of the
//! theme and the site; [`site`] drives these steps and writes the output through
//! [`output`], which swaps a finished build in only on success.

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
