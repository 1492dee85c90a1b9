//! `site.yaml`: any text is a config or located diagnostics, never a panic.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use loa::{Config, Error};

fuzz_target!(|text: &str| {
    match Config::parse(text, Path::new("site.yaml")) {
        Ok(config) => {
            assert!(config.base_url.starts_with("http"));
            assert!(config.paginate_by >= 1);
            let _ = config.permalink("/a/");
        }
        Err(Error::Diagnostics(ds)) => {
            assert!(!ds.is_empty());
            for d in ds {
                assert_eq!(d.at.path, Path::new("site.yaml"));
                let _ = d.to_string();
            }
        }
        Err(other) => panic!("not a diagnostic: {other}"),
    }
});
