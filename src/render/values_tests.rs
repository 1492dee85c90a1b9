use crate::content::PublishOptions;
use crate::site::{LoadOptions, Site};

/// Related lists hold at most five pages and no more memory than that: with
/// many pages on one tag, an in-place collect once kept every page's whole
/// candidate buffer (88 MB at 10,000 articles).
#[test]
fn related_lists_keep_only_their_five_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    std::fs::write(
        root.join("site.yaml"),
        "title: T\nbase_url: https://x.org\n",
    )
    .expect("site.yaml");
    std::fs::create_dir_all(root.join("content/tin")).expect("content");
    std::fs::write(root.join("content/tin/_index.md"), "---\ntitle: Tin\n---\n").expect("section");
    for i in 0..300 {
        std::fs::write(
            root.join(format!("content/tin/bai-{i}.md")),
            format!(
                "---\ntitle: Bài {i}\ndate: 2020-01-01T09:00:00+07:00\ntags: [chung, \"t{}\"]\n---\nThân bài.\n",
                i % 7
            ),
        )
        .expect("article");
    }
    let site = Site::load(&LoadOptions {
        root: root.to_path_buf(),
        base_url: None,
        publish: PublishOptions {
            drafts: false,
            future: false,
            now: chrono::Utc::now(),
        },
    })
    .expect("site loads");
    let words = crate::dates::DateWords::vietnamese();
    let values = super::build(&site.model.config, &site.model.library, &words);
    assert_eq!(values.related.len(), 300);
    for list in &values.related {
        assert_eq!(list.len(), 5);
        assert!(list.capacity() <= 5, "capacity {}", list.capacity());
    }
}
