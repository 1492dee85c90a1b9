//! `loa new SECTION/TITLE-OR-SLUG`: a new Markdown file with front matter for the
//! chosen kind. It never overwrites a file.

use std::path::PathBuf;

use crate::cli::RootArg;
use crate::content::front_matter::PageKind;
use crate::error::{Error, Result};
use crate::text::slug::slugify;

/// Arguments of `loa new`.
#[derive(Debug, clap::Args)]
pub(crate) struct NewArgs {
    #[command(flatten)]
    root: RootArg,
    /// SECTION/TITLE-OR-SLUG, e.g. `tin-hoat-dong/Hội nghị sơ kết 2018`.
    #[arg(value_name = "SECTION/TITLE-OR-SLUG")]
    target: String,
    /// The kind of page.
    #[arg(long, value_enum, default_value = "article")]
    kind: KindArg,
}

/// Page kinds on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum KindArg {
    /// News and features.
    Article,
    /// A profile of an exemplary model.
    Model,
    /// An achievement with figures.
    Achievement,
    /// An award list.
    Award,
}

impl From<KindArg> for PageKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Article => PageKind::Article,
            KindArg::Model => PageKind::Model,
            KindArg::Achievement => PageKind::Achievement,
            KindArg::Award => PageKind::Award,
        }
    }
}

/// Runs `loa new`.
pub(crate) fn run(args: NewArgs) -> Result<()> {
    let root = args.root.root;
    let config = crate::config::Config::load(&root)?;
    let target = crate::text::nfc::to_nfc(args.target.trim()).into_owned();
    let (section, name) = match target.rsplit_once('/') {
        Some((s, n)) => (s.trim_matches('/').to_string(), n.to_string()),
        None => (String::new(), target.clone()),
    };
    let slug = slugify(name.trim_end_matches(".md"));
    if slug.is_empty() {
        return Err(Error::Message(format!(
            "`{target}` has no letters or digits to make a file name from\n  hint: write it as SECTION/TITLE, e.g. tin-hoat-dong/Hội nghị sơ kết"
        )));
    }
    let section_dirs: Vec<String> = section
        .split('/')
        .filter(|s| !s.is_empty())
        .map(slugify)
        .collect();
    if section_dirs.iter().any(String::is_empty) {
        return Err(Error::Message(format!(
            "`{section}` is not a usable section path"
        )));
    }
    let mut dir = root.join("content");
    for d in &section_dirs {
        dir.push(d);
    }
    let file: PathBuf = dir.join(format!("{slug}.md"));
    let bundle = dir.join(&slug).join("index.md");
    if file.exists() || bundle.exists() {
        return Err(Error::Message(format!(
            "{} already exists; loa new never overwrites\n  hint: choose another title or slug",
            if file.exists() {
                file.display()
            } else {
                bundle.display()
            }
        )));
    }
    // A title with spaces or marks is a title; a bare slug becomes a placeholder title.
    let title = if name.contains(' ') || name != slug {
        name.trim_end_matches(".md").to_string()
    } else {
        slug.replace('-', " ")
    };
    let now = crate::cli::build::build_clock()
        .with_timezone(&config.timezone)
        .fixed_offset();
    let text = front_matter(&title, &crate::dates::rfc3339(&now), args.kind.into());
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    let mut f = options.open(&file).map_err(|e| Error::io(&file, e))?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| Error::io(&file, e))?;
    println!("Created {}", file.display());
    if !dir.join("_index.md").exists() && !section_dirs.is_empty() {
        eprintln!(
            "warning: {} has no _index.md; the page is listed under the nearest section that has one",
            dir.display()
        );
    }
    Ok(())
}

fn front_matter(title: &str, date: &str, kind: PageKind) -> String {
    let title = serde_json::to_string(title).unwrap_or_else(|_| "\"\"".into());
    let mut s = format!(
        "---\ntitle: {title}\ndate: {date}\nsummary: \"\"\nkind: {}\nauthors: []\ntags: []\nprovinces: []\ndraft: true\n",
        kind.as_str()
    );
    match kind {
        PageKind::Article => {}
        PageKind::Model => s.push_str(
            "model:\n  name: \"\"\n  type: \"cá nhân\"\n  unit: \"\"\n  province: \"\"\n  achievement: \"\"\n",
        ),
        PageKind::Achievement => s.push_str(
            "metrics:\n  - { label: \"\", value: 0, unit: \"\", target: 0, year: 2020 }\n",
        ),
        PageKind::Award => s.push_str(
            "award:\n  decision: \"Quyết định số ...\"\n  date: 2020-12-01\n  issuer: \"\"\n  recipients:\n    - { name: \"\", unit: \"\", province: \"\", form: \"Bằng khen\", kind: \"cá nhân\" }\n",
        ),
    }
    s.push_str("---\n\nViết nội dung bài ở đây.\n");
    s
}
