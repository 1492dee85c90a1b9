//! The front matter splitter and parser, and the page checks after them: any bytes
//! end in a page or in located diagnostics, never a panic.

#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use loa::{
    Config, PageInput, YamlSource, parse_page, parse_page_front_matter, parse_section_front_matter,
    split_front_matter,
};

static CONFIG: LazyLock<Config> = LazyLock::new(|| {
    Config::parse("title: T\nbase_url: https://example.org\n", Path::new("site.yaml"))
        .expect("a valid config")
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let path = Path::new("content/tin/bai.md");
    if let Ok(parts) = split_front_matter(&text, path) {
        let source = YamlSource {
            path,
            file_text: &text,
            line_offset: 1,
        };
        if let Err(problems) = parse_page_front_matter(parts.yaml, source, &["tags", "provinces"]) {
            for d in problems {
                assert_eq!(d.at.path, path);
                let _ = d.to_string();
            }
        }
        if let Err(d) = parse_section_front_matter(parts.yaml, source) {
            let _ = d.to_string();
        }
        assert!(parts.body_line >= 3);
    }
    match parse_page(PageInput {
        config: &CONFIG,
        file: path,
        relative: "tin/bai.md",
        text: text.into_owned(),
        bundle_dir: None,
    }) {
        Ok(page) => {
            assert!(page.path.starts_with("/tin/") && page.path.ends_with('/'));
            assert!(!page.path.contains("//") && !page.path.contains(".."));
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for d in problems {
                let _ = d.to_string();
            }
        }
    }
});
