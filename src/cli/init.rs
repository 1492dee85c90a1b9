//! `loa init [DIR]`: a minimal site that builds at once with the built-in templates.

use std::path::PathBuf;

use crate::error::{Error, Result};

/// Arguments of `loa init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    /// Where to create the site.
    #[arg(default_value = ".", value_name = "DIR")]
    dir: PathBuf,
}

const FILES: &[(&str, &str)] = &[
    (
        "site.yaml",
        "title: \"Trang tin mới\"\ndescription: \"Trang tin dựng bằng loa\"\nbase_url: \"https://example.org\"\nlanguage: vi\ntimezone: \"Asia/Ho_Chi_Minh\"\n",
    ),
    ("content/_index.md", "---\ntitle: \"Trang chủ\"\n---\n"),
    (
        "content/tin-tuc/_index.md",
        "---\ntitle: \"Tin tức\"\ndescription: \"Tin hoạt động\"\nsort_by: date\n---\n",
    ),
    (
        "content/tin-tuc/bai-dau-tien.md",
        "---\ntitle: \"Bài viết đầu tiên\"\ndate: 2026-01-01T09:00:00+07:00\nsummary: \"Trang tin đã sẵn sàng.\"\ntags: [giới thiệu]\n---\n\nViết bài trong thư mục `content/`, rồi chạy `loa build`.\n",
    ),
    ("static/.gitkeep", ""),
];

/// What a build leaves in the site folder that does not belong in version control:
/// the output, the image cache, and the lock and staging folders beside the output.
/// Written only when the folder has no `.gitignore` yet.
const GITIGNORE: &str = "/public/\n.loa-cache/\n.*.loa-*\n";

/// Runs `loa init`.
pub(crate) fn run(args: InitArgs) -> Result<()> {
    let dir = args.dir;
    if dir.join("site.yaml").exists() {
        return Err(Error::Message(format!(
            "{} already holds a site (site.yaml exists); loa init never overwrites",
            dir.display()
        )));
    }
    for (path, text) in FILES {
        let file = dir.join(path);
        if file.exists() {
            return Err(Error::Message(format!(
                "{} already exists; loa init never overwrites",
                file.display()
            )));
        }
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&file, text).map_err(|e| Error::io(&file, e))?;
    }
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, GITIGNORE).map_err(|e| Error::io(&ignore, e))?;
    }
    println!(
        "Created a site in {}. Build it with `loa build --root {}`.",
        dir.display(),
        dir.display()
    );
    Ok(())
}
