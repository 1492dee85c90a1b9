//! `loa new SECTION/TITLE-OR-SLUG`: a new Markdown file with front matter for the
//! chosen kind. It never overwrites a file.

use std::path::PathBuf;

use crate::cli::{RootArg, with_hint};
use crate::content::front_matter::PageKind;
use crate::error::{Error, Result};
use crate::text::slug::slugify;

/// Arguments of `loa new`.
#[derive(Debug, clap::Args)]
pub(crate) struct NewArgs {
    #[command(flatten)]
    pub(super) root: RootArg,
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
    /// A page that is not news (about, contact, a legal notice).
    Page,
}

impl From<KindArg> for PageKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Article => PageKind::Article,
            KindArg::Model => PageKind::Model,
            KindArg::Achievement => PageKind::Achievement,
            KindArg::Award => PageKind::Award,
            KindArg::Page => PageKind::Page,
        }
    }
}

/// Runs `loa new`.
pub(crate) fn run(args: NewArgs) -> Result<()> {
    let root = args.root.folder();
    let config = crate::config::Config::load(&root)?;
    let target = crate::text::nfc::to_nfc(args.target.trim()).into_owned();
    let (section, name) = match target.rsplit_once('/') {
        Some((s, n)) => (s.trim_matches('/').to_string(), n.to_string()),
        None => (String::new(), target.clone()),
    };
    let slug = slugify(name.trim_end_matches(".md"));
    if slug.is_empty() {
        let message = t!("cli-new-no-slug", target = &target);
        let hint = t!("cli-new-no-slug.hint");
        return Err(Error::Message(with_hint(message, hint)));
    }
    let section_dirs: Vec<String> = section
        .split('/')
        .filter(|s| !s.is_empty())
        .map(slugify)
        .collect();
    if section_dirs.iter().any(String::is_empty) {
        return Err(Error::Message(t!(
            "cli-new-bad-section",
            section = &section
        )));
    }
    let mut dir = root.join("content");
    for d in &section_dirs {
        dir.push(d);
    }
    let file: PathBuf = dir.join(format!("{slug}.md"));
    let bundle = dir.join(&slug).join("index.md");
    if file.exists() || bundle.exists() {
        let taken = if file.exists() { &file } else { &bundle };
        let message = t!("cli-new-exists", file = taken);
        let hint = t!("cli-new-exists.hint");
        return Err(Error::Message(with_hint(message, hint)));
    }
    // A title with spaces or marks is a title; a bare slug becomes a placeholder title.
    let title = if name.contains(' ') || name != slug {
        name.trim_end_matches(".md").to_string()
    } else {
        slug.replace('-', " ")
    };
    let now = crate::cli::build::build_clock()?
        .with_timezone(&config.timezone)
        .fixed_offset();
    let text = front_matter(&title, &crate::dates::rfc3339(&now), args.kind.into());
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    let mut f = options.open(&file).map_err(|e| Error::io(&file, e))?;
    std::io::Write::write_all(&mut f, text.as_bytes()).map_err(|e| Error::io(&file, e))?;
    println!("{}", t!("cli-new-created", file = &file));
    if !dir.join("_index.md").exists() && !section_dirs.is_empty() {
        let warning = t!("cli-new-no-section-page", dir = &dir);
        eprintln!("{}: {warning}", t!("label-warning"));
    }
    Ok(())
}

/// The new file: front matter for `kind` with every key explained (in Vietnamese,
/// for the editors), and a line of body text.
fn front_matter(title: &str, date: &str, kind: PageKind) -> String {
    let title = serde_json::to_string(title).unwrap_or_else(|_| "\"\"".into());
    let year = date.get(..4).unwrap_or("2020");
    let mut s = format!(
        "---\ntitle: {title}\ndate: {date}\n# Sapo: một, hai câu in đậm dưới tiêu đề; để trống thì lấy đoạn đầu của bài.\nsummary: \"\"\nkind: {}\n",
        kind.as_str()
    );
    if kind != PageKind::Page {
        s.push_str("authors: []\ntags: []\n# Tỉnh, thành phố viết đủ dấu, ví dụ [Hà Giang, Cà Mau].\nprovinces: []\n");
    }
    match kind {
        PageKind::Article | PageKind::Page => {}
        PageKind::Model => s.push_str(
            "# Điển hình tiên tiến: người hoặc tập thể được nêu gương.\nmodel:\n  name: \"\"\n  type: \"cá nhân\"        # hoặc \"tập thể\"\n  unit: \"\"\n  province: \"\"\n  achievement: \"\"\n",
        ),
        PageKind::Achievement => s.push_str(&format!(
            "# Các con số của thành tựu; target là chỉ tiêu (có thể bỏ).\nmetrics:\n  - {{ label: \"Số xã có Internet băng rộng\", value: 0, unit: \"xã\", target: 0, year: {year} }}\n"
        )),
        PageKind::Award => s.push_str(&format!(
            "# Quyết định khen thưởng và danh sách; mỗi người hoặc tập thể một dòng.\naward:\n  decision: \"Quyết định số …\"\n  date: {}\n  issuer: \"\"\n  recipients:\n    - {{ name: \"Họ và tên\", unit: \"\", form: \"Bằng khen\", kind: \"cá nhân\" }}\n",
            date.get(..10).unwrap_or("2020-12-01")
        )),
    }
    s.push_str("# Bài nháp chưa được đăng: xoá dòng này (hoặc ghi false) khi bài đã sẵn sàng.\ndraft: true\n---\n\nViết nội dung ở đây.\n");
    s
}
