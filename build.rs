//! Compiles folders of files into the binary, so `loa` needs no checkout: every
//! file under `themes/<name>/` of [`BUILTIN`] becomes an entry of `THEMES` in
//! `$OUT_DIR/builtin_themes.rs` (included by `src/theme/builtin.rs`), and the site
//! `loa init` starts from (`src/cli/starter/`) the table `STARTER` in
//! `$OUT_DIR/starter.rs`. The folders in the repository stay the one source.

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
    let mut themes = String::from(
        "/// The themes compiled into loa.\npub(crate) static THEMES: &[BuiltinTheme] = &[\n",
    );
    for name in BUILTIN {
        let dir = manifest.join("themes").join(name);
        writeln!(
            themes,
            "    BuiltinTheme {{\n        name: {name:?},\n        files: {},\n    }},",
            table(&dir)
        )
        .expect("writing to a String");
    }
    themes.push_str("];\n");
    std::fs::write(out.join("builtin_themes.rs"), themes).expect("OUT_DIR is writable");

    let starter = format!(
        "/// The files of the site `loa init` makes: (path, bytes), sorted.\npub(crate) static STARTER: &[(&str, &[u8])] = {};\n",
        table(&manifest.join("src/cli/starter"))
    );
    std::fs::write(out.join("starter.rs"), starter).expect("OUT_DIR is writable");
}

/// `&[(path, include_bytes!(file)), …]` for every file below `dir`, sorted by
/// path. The folder is watched whole: a file added or changed anywhere in it
/// rebuilds the binary.
fn table(dir: &Path) -> String {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files = Vec::new();
    collect(dir, dir, &mut files);
    files.sort();
    let mut code = String::from("&[\n");
    for (rel, abs) in &files {
        writeln!(
            code,
            "            ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("        ]");
    code
}

/// Every file below `dir` as (path relative to `base` with `/`, absolute path),
/// leaving out hidden files and editor backups.
fn collect(base: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the folder {}: {e}", dir.display()));
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
