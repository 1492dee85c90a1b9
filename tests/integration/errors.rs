//! Bad input: every problem is reported at once with path:line:column, the line and a
//! hint, the exit status is 1, and the previous output is left as it was.

use crate::common::SiteTest;

fn previous_output(site: &SiteTest) -> String {
    site.build().success();
    site.read("index.html")
}

#[test]
fn all_content_errors_are_reported_together_and_public_is_kept() {
    let site = SiteTest::new().page("content/ok.md", "title: OK\ndate: 2020-01-01", "");
    let before = previous_output(&site);
    let site = site
        .page("content/a.md", "title: A\ndate: 2020-01-01\ntittle: x", "")
        .page("content/b.md", "title: \"B\ndate: 2020-01-01", "")
        .page("content/c.md", "date: 2020-01-01", "")
        .page("content/d.md", "title: D\ndate: hôm qua", "")
        .page("content/e.md", "title: E\ndate: 2020-01-01\ntags: 5", "")
        .file("content/f.md", b"---\ntitle: \xff\xfe\n---\n".as_slice());
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/a.md:4:1: unknown key `tittle` in front matter"),
        "{err}"
    );
    assert!(err.contains("did you mean `title`?"), "{err}");
    assert!(err.contains(" 4 | tittle: x"), "{err}");
    assert!(err.contains("content/b.md:"), "{err}");
    assert!(err.contains("content/c.md:1:1: missing `title`"), "{err}");
    assert!(
        err.contains("content/d.md:3:1: cannot read `date` as a date"),
        "{err}"
    );
    assert!(
        err.contains("content/e.md:4:1: wrong type of value for `tags`"),
        "{err}"
    );
    assert!(
        err.contains("content/f.md:2:8: file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("6 errors found"), "{err}");
    assert_eq!(site.read("index.html"), before);
}

#[test]
fn two_pages_on_one_url_name_both_files() {
    let site = SiteTest::new()
        .page("content/Đường.md", "title: A\ndate: 2020-01-01", "")
        .page("content/Dương.md", "title: B\ndate: 2020-01-01", "");
    let run = site.build().failure();
    assert!(run.stderr.contains("same URL /duong/"), "{}", run.stderr);
    assert!(run.stderr.contains("content/Đường.md"), "{}", run.stderr);
    assert!(run.stderr.contains("content/Dương.md"), "{}", run.stderr);
}

#[test]
fn template_errors_point_into_the_template() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: A\ndate: 2020-01-01\ntemplate: khong-co.html",
            "",
        )
        .file("templates/section.html", "<p>\n{% if %}</p>");
    let run = site.build().failure();
    assert!(
        run.stderr.contains("templates/section.html:2:"),
        "{}",
        run.stderr
    );
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01\ntemplate: khong-co.html",
        "",
    );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("content/a.md:4:1: template `khong-co.html` not found"),
        "{}",
        run.stderr
    );
}

#[test]
fn undefined_variable_in_a_template_is_an_error_not_a_panic() {
    let site = SiteTest::new()
        .page("content/a.md", "title: A\ndate: 2020-01-01", "")
        .file("templates/page.html", "{{ page.khong_co }}");
    let run = site.build().failure();
    assert!(
        run.stderr.contains("templates/page.html:1:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("while rendering content/a.md"),
        "{}",
        run.stderr
    );
}

#[test]
fn dangerous_output_folders_are_refused() {
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01", "");
    let root = site.root().to_string_lossy().into_owned();
    for output in [".", "content", ".."] {
        let out = site.root().join(output).to_string_lossy().into_owned();
        let run = site.run(&["build", "--root", &root, "--output", &out]);
        assert_eq!(run.code, 1, "{output}: {}", run.stderr);
        assert!(run.stderr.contains("refusing"), "{}", run.stderr);
    }
    assert!(site.root().join("content/a.md").exists());
}

#[test]
fn config_errors_are_located() {
    let site = SiteTest::new().file(
        "site.yaml",
        "title: T\nbase_url: /khong-tuyet-doi\nthem: x\n",
    );
    let run = site.build().failure();
    assert!(
        run.stderr.contains("site.yaml:3:1: unknown key `them`"),
        "{}",
        run.stderr
    );
    let site = SiteTest::new().file("site.yaml", "title: T\nbase_url: /khong-tuyet-doi\n");
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("site.yaml:2:1: `base_url` must be an absolute URL"),
        "{}",
        run.stderr
    );
    let site = SiteTest::empty();
    let run = site.build().failure();
    assert!(run.stderr.contains("no site.yaml"), "{}", run.stderr);
}

#[test]
fn broken_internal_link_is_located() {
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "\nXem [b](@/khong-co.md).",
    );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("content/a.md:6:5: link to a page that does not exist"),
        "{}",
        run.stderr
    );
}

#[test]
fn missing_image_names_page_and_path() {
    let site = SiteTest::new().page(
        "content/a.md",
        "title: A\ndate: 2020-01-01\nimage: /khong-co.jpg",
        "",
    );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("content/a.md:4:1: image not found: `/khong-co.jpg`"),
        "{}",
        run.stderr
    );
}

#[test]
fn markdown_images_to_nothing_fail_the_build_at_their_line() {
    let site = SiteTest::new().page("content/ok.md", "title: OK\ndate: 2020-01-01", "");
    let before = previous_output(&site);
    let site = site
        .page(
            "content/tin/don.md",
            "title: Đơn\ndate: 2020-01-01",
            "Mở đầu.\n\n![ảnh](khong-co.png)\n",
        )
        .page(
            "content/tin/thu-muc/index.md",
            "title: Thư mục\ndate: 2020-01-01",
            "![x](thieu.png) và ![y](/anh/khong.png)\n",
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/tin/don.md:7:1: image not found: `khong-co.png`"),
        "{err}"
    );
    assert!(err.contains("has no folder of its own"), "{err}");
    assert!(
        err.contains("content/tin/thu-muc/index.md:5:1: image not found: `thieu.png`"),
        "{err}"
    );
    assert!(
        err.contains("content/tin/thu-muc/index.md:5:20: image not found: `/anh/khong.png`"),
        "{err}"
    );
    assert!(err.contains("3 errors found"), "{err}");
    assert_eq!(site.read("index.html"), before);
}

#[test]
fn a_single_page_finds_images_relative_to_its_url() {
    let site = SiteTest::new()
        .file("content/tin/anh.png", crate::common::photo())
        .page(
            "content/tin/bai.md",
            "title: Bài\ndate: 2020-01-01",
            "![ảnh](../anh.png)\n",
        );
    site.build().success();
    let html = site.read("tin/bai/index.html");
    assert!(html.contains("src=\"/tin/anh.png\""), "{html}");
}

#[test]
fn markdown_links_to_nothing_fail_the_build_and_keep_the_output() {
    let site = SiteTest::new()
        .page("content/tin/co.md", "title: Có\ndate: 2020-01-01", "")
        .page(
            "content/a.md",
            "title: A\ndate: 2020-01-01",
            "[đúng](/tin/co/) [trang chủ](/) [mục](/a/#top) [ngoài](//example.org/x)",
        );
    let before = previous_output(&site);
    let site = site.page(
        "content/a.md",
        "title: A\ndate: 2020-01-01",
        "[đúng](/tin/co/)\n\n[sai](/tin/khong-co/?q=1)",
    );
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("content/a.md:7:1: link to a page that does not exist: `/tin/khong-co/?q=1`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 error found"), "{}", run.stderr);
    assert_eq!(site.read("index.html"), before);
}

#[test]
fn a_broken_draft_does_not_stop_the_build_that_leaves_it_out() {
    let site = SiteTest::new()
        .page("content/ok.md", "title: OK\ndate: 2020-01-01", "")
        .page(
            "content/nhap.md",
            "title: Bản nháp: chưa xong\ndraft: true\ndate: 2020-01-01",
            "",
        )
        .page(
            "content/sap-dang.md",
            "title: A\ndate: 2099-01-01\ntittle: x",
            "",
        );
    let run = site.build().success();
    assert!(
        run.stderr
            .contains("warning: content/nhap.md: a draft with 1 error(s), left out of this build"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("warning: content/nhap.md:2:"),
        "the error itself, as a warning: {}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("warning: content/sap-dang.md: dated in the future with 1 error(s)"),
        "{}",
        run.stderr
    );
    assert!(site.exists("ok/index.html"));
    // With --drafts the draft is published, so its error stops the build again.
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["build", "--root", &root, "--drafts"]).failure();
    assert!(
        run.stderr.contains("error: content/nhap.md:2:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_template_mistake_is_reported_once_for_every_page_it_breaks() {
    let site = SiteTest::new()
        .page("content/a.md", "title: A\ndate: 2020-01-01", "")
        .page("content/b.md", "title: B\ndate: 2020-01-02", "")
        .page("content/c.md", "title: C\ndate: 2020-01-03", "")
        .file("templates/page.html", "<h1>{{ page.titel }}</h1>");
    let run = site.build().failure();
    let err = &run.stderr;
    assert_eq!(
        err.matches("Field `titel` is not defined").count(),
        1,
        "{err}"
    );
    assert!(
        err.contains("templates/page.html:1:13: cannot render template"),
        "{err}"
    );
    assert!(err.contains("in 3 pages, e.g. content/a.md"), "{err}");
    assert!(err.contains("hint: did you mean `title`?"), "{err}");
    assert!(err.contains("1 error found"), "{err}");
    let site = site.file("templates/page.html", "<h1>{{ page.title | slugfy }}</h1>");
    let run = site.build().failure();
    assert!(
        run.stderr
            .contains("templates/page.html:1:21: cannot parse template: unknown filter `slugfy`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `slugify`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_menu_link_to_nothing_is_one_error_at_its_line_in_site_yaml() {
    let site = SiteTest::new()
        .file(
            "site.yaml",
            "title: T\nbase_url: https://example.org\nmenu:\n  - { name: Tin, url: /tin/ }\n  - name: Văn bản\n    url: /van-ban/\n  - { name: Cổng, url: \"https://example.org/cong/\" }\n",
        )
        .file("content/tin/_index.md", "---\ntitle: Tin\n---\n")
        .page("content/tin/a.md", "title: A\ndate: 2020-01-01", "")
        .page("content/tin/b.md", "title: B\ndate: 2020-01-02", "");
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("site.yaml:6:10: menu item `Văn bản` links to nothing: `/van-ban/`"),
        "{err}"
    );
    assert_eq!(err.matches("links to nothing").count(), 1, "{err}");
    assert!(err.contains("1 error found"), "{err}");
}

#[test]
fn a_folder_without_index_and_drafts_left_out_are_mentioned() {
    let site = SiteTest::new()
        .page(
            "content/dien-hinh/nguoi-a.md",
            "title: A\ndate: 2020-01-01",
            "",
        )
        .page(
            "content/dien-hinh/nguoi-b/index.md",
            "title: B\ndate: 2020-01-02",
            "",
        )
        .page(
            "content/nhap.md",
            "title: Nháp\ndate: 2020-01-03\ndraft: true",
            "",
        );
    let run = site.build().success();
    assert!(
        run.stderr.contains(
            "warning: content/dien-hinh/: 2 page(s) here but no _index.md: this folder has no section page"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("create content/dien-hinh/_index.md with a `title:` line; until then its pages are listed in the home page"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("; 1 draft(s) left out (--drafts to include them)"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_front_matter_error_does_not_hide_a_shortcode_error_in_another_file() {
    let site = SiteTest::new()
        .file("content/tin/_index.md", "---\ntitle: [Tin\n---\n")
        .page("content/a.md", "title: A\ndate: 2020-01-01\ntittle: x", "")
        .page(
            "content/b.md",
            "title: B\ndate: 2020-01-01",
            "Xem [A](@/a.md).\n\n{{ figue(src=\"x.png\") }}\n",
        )
        .page("content/tin/c.md", "title: C\ndate: 2020-01-01", "");
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("content/a.md:4:1: unknown key `tittle`"),
        "{err}"
    );
    assert!(err.contains("content/tin/_index.md:2:"), "{err}");
    assert!(
        err.contains("content/b.md:7:"),
        "the shortcode, in the same run: {err}"
    );
    assert!(err.contains("figue"), "{err}");
    assert!(
        !err.contains("@/a.md"),
        "a link to a broken file is not a second error: {err}"
    );
    assert!(!err.contains("no _index.md"), "{err}");
    assert!(err.contains("3 errors found"), "{err}");
}

#[test]
fn overriding_a_template_the_theme_extends_names_the_missing_block() {
    let site = SiteTest::new()
        .file(
            "site.yaml",
            "title: T\nbase_url: https://example.org\ntheme: baochi\n",
        )
        .page("content/a.md", "title: A\ndate: 2020-01-01", "")
        .file(
            "templates/page.html",
            "<html><body>{% block content %}{% endblock content %}</body></html>",
        );
    let run = site.build().failure();
    let err = &run.stderr;
    assert!(
        err.contains("<built-in baochi>/templates/award.html:2:10: cannot parse template: `{% block facts %}` is not in `page.html`, which this template extends"),
        "{err}"
    );
    assert!(
        err.contains("`page.html` here is templates/page.html; add `{% block facts %}{% endblock facts %}` to it"),
        "{err}"
    );
    assert!(!err.contains("templates: cannot parse"), "{err}");
}

#[test]
fn a_link_to_a_draft_or_a_scheduled_page_says_why_it_leads_nowhere() {
    let site = SiteTest::new()
        .page(
            "content/a.md",
            "title: A\ndate: 2018-06-01",
            "Xem [bài](/b/) và [c](@/c.md).",
        )
        .page(
            "content/b.md",
            "title: B\ndate: 2018-06-01\ndraft: true",
            "B",
        )
        .page(
            "content/c.md",
            "title: C\ndate: 2030-06-01T08:00:00+07:00",
            "C",
        );
    let err = site.build().failure().stderr;
    assert!(
        err.contains("content/a.md:5:5: link to a draft, which this build leaves out: `/b/`"),
        "{err}"
    );
    assert!(
        err.contains(
            "content/a.md:5:19: link to a page scheduled for later, which this build leaves out: `@/c.md`"
        ),
        "{err}"
    );
    assert!(err.contains("it goes live at 2030-06-01 08:00"), "{err}");
    // Built with both, the links lead somewhere.
    let root = site.root().to_string_lossy().into_owned();
    site.run(&["build", "--root", &root, "--drafts", "--future"])
        .success();
    let vi = site.speaking("vi").build().failure().stderr;
    assert!(
        vi.contains("bài đó lên trang lúc 08:00 ngày 01/06/2030"),
        "{vi}"
    );
}
