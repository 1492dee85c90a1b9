//! `SiteTest`: writes a small site into a temporary folder, runs the `loa` binary on
//! it and reads what it wrote.

#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The build clock every test uses, so dates and "future" are reproducible.
pub const NOW: &str = "2026-11-26T12:00:00+07:00";

/// A minimal `site.yaml` without a theme.
pub const SITE_YAML: &str = "title: \"Trang thử\"\nbase_url: \"https://example.org\"\n";

/// A site in a temporary folder.
pub struct SiteTest {
    dir: tempfile::TempDir,
    /// `LOA_LANG` for the runs: English unless a test asks for Vietnamese.
    language: &'static str,
}

/// What a command did.
pub struct Run {
    /// Exit code (101 would be a panic).
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Panics with the output unless the command succeeded.
    pub fn success(self) -> Self {
        assert_eq!(
            self.code, 0,
            "command failed\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Panics unless the command failed with exit code 1 (not a panic).
    pub fn failure(self) -> Self {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl SiteTest {
    /// An empty folder.
    pub fn empty() -> Self {
        SiteTest {
            dir: tempfile::tempdir().expect("temp dir"),
            language: "en",
        }
    }

    /// A site with `site.yaml` (no theme) and a home page.
    pub fn new() -> Self {
        SiteTest::empty()
            .file("site.yaml", SITE_YAML)
            .file("content/_index.md", "---\ntitle: \"Trang chủ\"\n---\n")
    }

    /// A copy of `tests/fixtures/sites/<name>`.
    pub fn fixture(name: &str) -> Self {
        let site = SiteTest::empty();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/sites")
            .join(name);
        copy_dir(&from, site.root());
        site
    }

    /// The repository's own campaign site (site.yaml, content, data, static, themes).
    pub fn campaign() -> Self {
        let site = SiteTest::empty();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for part in ["content", "data", "static", "themes", "templates"] {
            if repo.join(part).is_dir() {
                copy_dir(&repo.join(part), &site.root().join(part));
            }
        }
        std::fs::copy(repo.join("site.yaml"), site.root().join("site.yaml")).expect("site.yaml");
        site
    }

    /// Runs loa with its messages in `language` (`vi` or `en`; `""` leaves `LOA_LANG`
    /// empty, so the site's own `language` decides).
    pub fn speaking(mut self, language: &'static str) -> Self {
        self.language = language;
        self
    }

    /// Writes a file (creating folders).
    pub fn file(self, path: &str, contents: impl AsRef<[u8]>) -> Self {
        let p = self.root().join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, contents).expect("write");
        self
    }

    /// Writes a page with the given front matter lines and body.
    pub fn page(self, path: &str, front_matter: &str, body: &str) -> Self {
        self.file(path, format!("---\n{front_matter}\n---\n{body}"))
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Runs `loa <args>` in the site root with the fixed clock.
    pub fn run(&self, args: &[&str]) -> Run {
        Command::new(loa_binary())
            .args(args)
            .current_dir(self.root())
            .env("LOA_NOW", NOW)
            .env("CI", "true")
            .env("LOA_LANG", self.language)
            .output()
            .expect("run loa")
            .into()
    }

    /// `loa build --root <root>`.
    pub fn build(&self) -> Run {
        let root = self.root().to_string_lossy().into_owned();
        self.run(&["build", "--root", &root])
    }

    /// The text of an output file.
    pub fn read(&self, path: &str) -> String {
        let p = self.public().join(path.trim_start_matches('/'));
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
    }

    /// True when the output has this file.
    pub fn exists(&self, path: &str) -> bool {
        self.public().join(path.trim_start_matches('/')).exists()
    }

    /// Every file of the output, relative, sorted.
    pub fn output_files(&self) -> Vec<String> {
        let mut files: Vec<String> = walkdir::WalkDir::new(self.public())
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                e.path()
                    .strip_prefix(self.public())
                    .ok()
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
            })
            .collect();
        files.sort();
        files
    }
}

/// The `loa` binary under test. `LOA_BIN` overrides the one cargo built: engineers
/// sharing one target folder overwrite each other's `target/debug/loa`, so a run can
/// pin a copy of its own.
pub fn loa_binary() -> PathBuf {
    std::env::var_os("LOA_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_loa")))
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let rel = entry.path().strip_prefix(from).expect("prefix");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A 1200 × 600 PNG that does not compress, so the image pipeline resizes it.
pub fn photo() -> Vec<u8> {
    let mut seed = 11u32;
    let image = image::RgbImage::from_fn(1200, 600, |_, _| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        image::Rgb([(seed >> 24) as u8, (seed >> 16) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image
        .write_to(&mut out, image::ImageFormat::Png)
        .expect("encode");
    out.into_inner()
}
