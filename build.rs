//! Compiles the built-in themes into the binary: every file under
//! `themes/<name>/` of [`BUILTIN`] becomes an entry of `THEMES` in
//! `$OUT_DIR/builtin_themes.rs`, included by `src/theme/builtin.rs`. The
//! repository's `themes/` folder stays the one source of those files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The themes that ship inside `loa`.
const BUILTIN: &[&str] = &["baochi"];

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    let mut code = String::from(
        "/// The themes compiled into loa.\npub(crate) static THEMES: &[BuiltinTheme] = &[\n",
    );
    for name in BUILTIN {
        let dir = manifest.join("themes").join(name);
        // A folder is watched whole: a file added or changed anywhere in it
        // rebuilds the binary.
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        writeln!(
            code,
            "    BuiltinTheme {{\n        name: {name:?},\n        files: &["
        )
        .expect("writing to a String");
        for (rel, abs) in &files {
            writeln!(
                code,
                "            ({rel:?}, include_bytes!({:?})),",
                abs.display().to_string()
            )
            .expect("writing to a String");
        }
        code.push_str("        ],\n    },\n");
    }
    code.push_str("];\n");
    std::fs::write(out.join("builtin_themes.rs"), code).expect("OUT_DIR is writable");
}

/// Every file below `dir` as (path relative to `base` with `/`, absolute path),
/// leaving out hidden files and editor backups.
fn collect(base: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!(
            "cannot read the built-in theme folder {}: {e}",
            dir.display()
        )
    });
    for entry in entries {
        let entry = entry.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name.ends_with('~') {
            continue;
        }
        if path.is_dir() {
            collect(base, &path, files);
        } else {
            let rel = path
                .strip_prefix(base)
                .expect("a file below its folder")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            files.push((rel, path));
        }
    }
}
