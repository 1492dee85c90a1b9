//! Faults: builds killed at any moment, two builds at once, an output that cannot be
//! written. The output is always one whole build, the previous one until a new one is
//! complete, and no temporary folder outlives the next build.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{NOW, SITE_YAML, SiteTest};
use crate::hostile::run_bounded;

/// Every file of a folder with a hash of its bytes.
type Snapshot = BTreeMap<String, u64>;

fn snapshot(dir: &Path) -> Snapshot {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("prefix");
            let mut h = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(e.path()).expect("read").hash(&mut h);
            (rel.to_string_lossy().into_owned(), h.finish())
        })
        .collect()
}

/// Writes a site of `sections` × `per_section` articles whose every title ends in
/// `version`, so two versions differ in every page.
fn write_site(root: &Path, sections: usize, per_section: usize, version: &str) {
    std::fs::create_dir_all(root.join("content")).expect("mkdir");
    std::fs::write(root.join("site.yaml"), SITE_YAML).expect("site.yaml");
    std::fs::write(
        root.join("content/_index.md"),
        format!("---\ntitle: Trang chủ {version}\n---\n"),
    )
    .expect("home");
    for s in 0..sections {
        let dir = root.join(format!("content/muc-{s}"));
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("_index.md"), format!("---\ntitle: Mục {s}\n---\n"))
            .expect("section");
        for i in 0..per_section {
            std::fs::write(
                dir.join(format!("bai-{i}.md")),
                format!(
                    "---\ntitle: Bài {i} {version}\ndate: 2020-01-{:02}\ntags: [a{}, b{}]\n---\nNội dung **bài** {i}.\n\nĐoạn hai.\n",
                    i % 28 + 1,
                    i % 7,
                    i % 5
                ),
            )
            .expect("page");
        }
    }
}

fn spawn_build(root: &Path, output: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_loa"))
        .env("LOA_LANG", "en")
        .args(["build", "-q", "--root"])
        .arg(root)
        .arg("--output")
        .arg(output)
        .env("LOA_NOW", NOW)
        .env("CI", "true")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn loa")
}

fn build_into(root: &Path, output: &Path) -> crate::hostile::Bounded {
    run_bounded(
        root,
        &[
            "build",
            "-q",
            "--root",
            &root.to_string_lossy(),
            "--output",
            &output.to_string_lossy(),
        ],
        Duration::from_secs(120),
    )
}

/// Names of the hidden folders loa keeps beside `output` (lock, staging, old).
fn beside(output: &Path) -> Vec<String> {
    let name = output.file_name().expect("name").to_string_lossy();
    let prefix = format!(".{name}.loa-");
    let mut found: Vec<String> = std::fs::read_dir(output.parent().expect("parent"))
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix))
        .collect();
    found.sort();
    found
}

/// A pseudo-random number from the clock, for kill delays.
fn jitter(max: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    u64::from(nanos) % max.max(1)
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_one_whole_output() {
    let work = tempfile::tempdir().expect("tmp");
    let (a, b) = (work.path().join("a"), work.path().join("b"));
    write_site(&a, 6, 250, "v1");
    write_site(&b, 6, 250, "v2");
    let output = work.path().join("public");
    let started = Instant::now();
    build_into(&b, &output).succeeds();
    let full = started.elapsed();
    let snap_b = snapshot(&output);
    build_into(&a, &output).succeeds();
    let snap_a = snapshot(&output);
    assert!(snap_a != snap_b);
    assert!(snap_a.len() > 1500, "{} files", snap_a.len());

    let signals = ["INT", "TERM", "KILL", "INT", "TERM", "KILL"];
    let full_ms = u64::try_from(full.as_millis()).unwrap_or(u64::MAX);
    let mut previous = snap_a.clone();
    for (n, signal) in signals.iter().enumerate() {
        // Alternate the source, so a build that finished before its kill shows.
        let root = if n % 2 == 0 { &b } else { &a };
        let delay = full_ms * (n as u64 * 2 + 1) / (signals.len() as u64 * 2) + jitter(full_ms / 8);
        let mut child = spawn_build(root, &output);
        std::thread::sleep(Duration::from_millis(delay));
        let pid = child.id();
        let _ = Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status();
        let status = child.wait().expect("wait");
        assert!(
            status.code() != Some(101),
            "panicked after SIG{signal}: {status:?}"
        );
        let now = snapshot(&output);
        let new = if root == &a { &snap_a } else { &snap_b };
        // Killed before its commit: the previous output, unchanged. Killed after it
        // (or not at all): the new build, whole. Never anything else.
        assert!(
            now == previous || now == *new,
            "after SIG{signal} at {delay} ms ({status:?}) the output is neither the previous nor the new build ({} files)",
            now.len()
        );
        if status.success() {
            assert!(now == *new, "a finished build was not committed");
        }
        previous = now;
        if *signal != "KILL" && status.code() == Some(130) {
            let left: Vec<String> = beside(&output)
                .into_iter()
                .filter(|n| n.ends_with(&format!("-{pid}")))
                .collect();
            assert!(left.is_empty(), "SIG{signal} left {left:?} behind");
        }
    }
    // The next build cleans up whatever a SIGKILL left, and leaves only its lock.
    build_into(&a, &output).succeeds();
    assert!(
        snapshot(&output) == snap_a,
        "the last build is not the output"
    );
    assert_eq!(beside(&output), vec![".public.loa-lock".to_string()]);
}

#[test]
fn a_build_while_another_holds_the_output_fails_clearly() {
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01", "x");
    site.build().success();
    let before = snapshot(&site.public());
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(site.root().join(".public.loa-lock"))
        .expect("lock file");
    lock.lock().expect("lock");
    let site = site.page("content/b.md", "title: B\ndate: 2020-01-01", "y");
    let run = site.build().failure();
    assert!(
        run.stderr.contains("another loa build is writing")
            && run.stderr.contains(&site.public().display().to_string()),
        "{}",
        run.stderr
    );
    assert!(snapshot(&site.public()) == before, "the output changed");
    drop(lock);
    site.build().success();
    assert!(site.exists("b/index.html"));
}

#[test]
fn two_builds_at_once_leave_one_whole_build() {
    let work = tempfile::tempdir().expect("tmp");
    let (a, b) = (work.path().join("a"), work.path().join("b"));
    write_site(&a, 4, 150, "v1");
    write_site(&b, 4, 150, "v2");
    let output = work.path().join("public");
    build_into(&a, &output).succeeds();
    let snap_a = snapshot(&output);
    build_into(&b, &output).succeeds();
    let snap_b = snapshot(&output);
    for _ in 0..3 {
        let first = spawn_build(&a, &output);
        let second = spawn_build(&b, &output);
        for child in [first, second] {
            let out = child.wait_with_output().expect("wait");
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => {}
                Some(1) => assert!(stderr.contains("another loa build is writing"), "{stderr}"),
                other => panic!("exit {other:?}: {stderr}"),
            }
        }
        let now = snapshot(&output);
        assert!(now == snap_a || now == snap_b, "a mix of two builds");
    }
    assert_eq!(beside(&output), vec![".public.loa-lock".to_string()]);
}

#[test]
fn an_output_below_a_file_is_a_clear_error() {
    let site = SiteTest::new().file("ghi-chu.txt", "a file, not a folder");
    let output = site.root().join("ghi-chu.txt/public");
    let run = build_into(site.root(), &output);
    run.fails_with(&["ghi-chu.txt is a file, not a folder"]);

    let run = build_into(site.root(), &site.root().join("ghi-chu.txt"));
    run.fails_with(&["ghi-chu.txt", "it is a file"]);
    assert_eq!(
        std::fs::read_to_string(site.root().join("ghi-chu.txt")).expect("read"),
        "a file, not a folder"
    );
}

/// A small tmpfs mounted for one test, unmounted when dropped. `None` (the test is
/// skipped with a message) where mounting is not allowed.
#[cfg(target_os = "linux")]
struct SmallDisk {
    dir: PathBuf,
    _keep: tempfile::TempDir,
}

#[cfg(target_os = "linux")]
impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let keep = tempfile::tempdir().expect("tmp");
        let dir = keep.path().join("disk");
        std::fs::create_dir(&dir).expect("mkdir");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("skipped: cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
            return None;
        }
        Some(SmallDisk { dir, _keep: keep })
    }

    fn remount_read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.dir)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount read-only");
    }
}

#[cfg(target_os = "linux")]
impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_clear_error_and_the_previous_output_stays() {
    let Some(disk) = SmallDisk::mount("4m") else {
        return;
    };
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01", "x");
    let output = disk.dir.join("public");
    build_into(site.root(), &output).succeeds();
    let before = snapshot(&output);
    // A static file larger than the disk.
    let site = site.file("static/video.bin", vec![7u8; 6 * 1024 * 1024]);
    let run = build_into(site.root(), &output);
    run.fails_with(&["cannot copy", "public/video.bin", "No space left on device"]);
    assert!(
        run.stderr.contains(&disk.dir.display().to_string()),
        "{}",
        run.stderr
    );
    assert!(snapshot(&output) == before, "the output changed");
    assert_eq!(beside(&output), vec![".public.loa-lock".to_string()]);
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_output_is_a_clear_error_and_the_previous_output_stays() {
    let Some(disk) = SmallDisk::mount("4m") else {
        return;
    };
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01", "x");
    let output = disk.dir.join("public");
    build_into(site.root(), &output).succeeds();
    let before = snapshot(&output);
    disk.remount_read_only();
    let run = build_into(site.root(), &output);
    run.fails_with(&["Read-only file system"]);
    assert!(
        run.stderr.contains(&disk.dir.display().to_string()),
        "{}",
        run.stderr
    );
    assert!(snapshot(&output) == before, "the output changed");
}

/// An output folder whose parent the user may not write (skipped as root, who may).
#[cfg(unix)]
#[test]
fn an_output_beside_which_nothing_may_be_written_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let site = SiteTest::new().page("content/a.md", "title: A\ndate: 2020-01-01", "x");
    let work = tempfile::tempdir().expect("tmp");
    let parent = work.path().join("chi-doc");
    std::fs::create_dir(&parent).expect("mkdir");
    let output = parent.join("public");
    build_into(site.root(), &output).succeeds();
    let before = snapshot(&output);
    std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let probe = parent.join("probe");
    if std::fs::write(&probe, "").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        eprintln!(
            "skipped: permissions do not apply to this user (root); see the read-only disk test"
        );
        return;
    }
    let run = build_into(site.root(), &output);
    std::fs::set_permissions(&parent, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    run.fails_with(&["chi-doc", "Permission denied"]);
    assert!(snapshot(&output) == before, "the output changed");
}
