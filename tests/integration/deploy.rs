//! Deploying: the header rules hold over a whole site's output; the `netlify.toml`
//! of a new site installs the pinned loa once and keeps it; and the generated
//! `deploy/nginx.conf` and `deploy/Caddyfile` pass `nginx -t` and
//! `caddy validate` and serve feeds with their CORS header and content type, on
//! loopback. Without nginx or Caddy those tests say they skipped, unless
//! `LOA_REQUIRE_SERVERS=1` (CI), where they fail.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::SiteTest;

/// A new site made by `loa init`, built.
fn starter() -> SiteTest {
    let site = SiteTest::empty();
    site.run(&["init", "."]).success();
    site.build().success();
    site
}

fn text(site: &SiteTest, path: &str) -> String {
    std::fs::read_to_string(site.root().join(path)).expect(path)
}

#[test]
fn no_header_is_set_by_two_rules_for_any_file_of_the_campaign_site() {
    let site = SiteTest::campaign();
    site.build().success();
    let headers = site.read("_headers");
    // Every rule of `_headers`: (pattern, header names).
    let mut rules: Vec<(regex::Regex, Vec<String>)> = Vec::new();
    for block in headers.split("\n\n") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.starts_with('#')).collect();
        let Some((pattern, rest)) = lines.split_first() else {
            continue;
        };
        let names = rest
            .iter()
            .filter_map(|l| l.trim().split_once(':'))
            .map(|(n, _)| n.to_ascii_lowercase())
            .collect();
        let rule = loa_rule_regex(pattern);
        rules.push((rule, names));
    }
    assert!(rules.len() >= 10, "{headers}");
    let mut checked = 0;
    for file in site.output_files() {
        let mut paths = vec![format!("/{file}")];
        if let Some(dir) = file.strip_suffix("index.html") {
            paths.push(format!("/{dir}"));
        }
        for path in paths {
            let mut seen: Vec<&str> = Vec::new();
            for (regex, names) in &rules {
                if regex.is_match(&path) {
                    for n in names {
                        assert!(!seen.contains(&n.as_str()), "{path}: {n} set twice");
                        seen.push(n);
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 300);
    // The feeds of every section, term and the root get their type.
    for (path, kind) in [
        ("/rss.xml", "application/rss+xml"),
        ("/tin-hoat-dong/atom.xml", "application/atom+xml"),
        ("/chu-de/thi-dua/feed.json", "application/feed+json"),
    ] {
        let (_, names) = rules
            .iter()
            .find(|(r, n)| r.is_match(path) && n.iter().any(|h| h == "content-type"))
            .unwrap_or_else(|| panic!("{path} has no content type"));
        assert!(
            names.contains(&"access-control-allow-origin".to_string()),
            "{path}"
        );
        assert!(headers.contains(kind));
    }
}

/// A `_headers` pattern read as Netlify does (see `Rule::regex` in src/deploy/).
fn loa_rule_regex(pattern: &str) -> regex::Regex {
    let parts: Vec<String> = pattern
        .split('/')
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p == "*" {
                "?(.*)".to_string()
            } else {
                p.split('*')
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join("(.*)")
            }
        })
        .collect();
    regex::RegexBuilder::new(&format!("^/{}/?$", parts.join("/")))
        .case_insensitive(true)
        .build()
        .expect("regex")
}

#[test]
fn a_site_s_own_headers_come_first_in_the_output() {
    let site = SiteTest::new().file("static/_headers", "/rieng/*\n  X-Robots-Tag: noindex\n");
    site.build().success();
    let headers = site.read("_headers");
    assert!(
        headers.starts_with("/rieng/*\n  X-Robots-Tag: noindex\n"),
        "{headers}"
    );
    assert!(headers.contains("/*/rss.xml"));
}

#[test]
fn the_netlify_build_of_a_new_site_installs_the_pinned_loa_once() {
    let site = starter();
    let toml = text(&site, "netlify.toml");
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        toml.contains("command = \"bash netlify/build.sh\""),
        "{toml}"
    );
    assert!(toml.contains("publish = \"public\""), "{toml}");
    assert!(
        toml.contains(&format!("LOA_VERSION = \"{version}\"")),
        "{toml}"
    );
    assert!(
        toml.contains(&format!("LOA_GIT = \"{}\"", env!("CARGO_PKG_REPOSITORY"))),
        "{toml}"
    );
    assert!(
        toml.contains("package = \"netlify-plugin-cache\""),
        "{toml}"
    );
    assert!(
        toml.contains("paths = [\".loa-bin\", \".loa-cache\"]"),
        "{toml}"
    );
    assert!(toml.contains("directory = \"netlify/functions\""), "{toml}");
    let script = text(&site, "netlify/build.sh");
    assert!(
        script.contains("cargo install --locked --force --root .loa-bin --git \"$LOA_GIT\" --tag \"v$LOA_VERSION\" loa"),
        "{script}"
    );
    assert!(text(&site, ".gitignore").contains("/.loa-bin/"));

    // Run the script with stand-ins for cargo and loa: the first build installs
    // the pinned version, a build with it cached installs nothing.
    let bin = site.root().join("fake-bin");
    std::fs::create_dir_all(&bin).expect("mkdir");
    let log = site.root().join("cargo.log");
    write_script(
        &bin.join("cargo"),
        &format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\nmkdir -p .loa-bin/bin\nprintf '#!/bin/sh\\nif [ \"$1\" = --version ]; then echo \"loa {version}\"; else echo built \"$@\"; fi\\n' > .loa-bin/bin/loa\nchmod +x .loa-bin/bin/loa\n",
            log.display()
        ),
    );
    let run = |context: &str| {
        let out = Command::new("bash")
            .arg("netlify/build.sh")
            .current_dir(site.root())
            .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
            .env("HOME", site.root())
            .env("LOA_VERSION", version)
            .env("LOA_GIT", env!("CARGO_PKG_REPOSITORY"))
            .env("CONTEXT", context)
            .env(
                "DEPLOY_PRIME_URL",
                "https://deploy-preview-1--x.netlify.app",
            )
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = run("production");
    assert!(first.contains("built build"), "{first}");
    let installs = std::fs::read_to_string(&log).expect("cargo ran");
    assert_eq!(installs.lines().count(), 1, "{installs}");
    assert!(
        installs.contains(&format!("--tag v{version} loa")),
        "{installs}"
    );
    let preview = run("deploy-preview");
    assert!(
        preview.contains("--base-url https://deploy-preview-1--x.netlify.app"),
        "{preview}"
    );
    assert_eq!(
        std::fs::read_to_string(&log).expect("log").lines().count(),
        1,
        "cached"
    );
}

fn write_script(path: &Path, text: &str) {
    std::fs::write(path, text).expect("write");
    let mut perms = std::fs::metadata(path).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(path, perms).expect("chmod");
}

#[test]
fn the_scheduled_rebuild_of_a_new_site_is_the_repository_s() {
    let site = starter();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        text(&site, "netlify/functions/scheduled-rebuild.mjs"),
        std::fs::read_to_string(repo.join("netlify/functions/scheduled-rebuild.mjs"))
            .expect("repo")
    );
    // It reads the schedule every build writes.
    assert!(site.exists("loa-schedule.json"));
}

/// The path of a server program, or `None` after saying the test skipped.
fn server(program: &str) -> Option<PathBuf> {
    let found = ["/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"]
        .iter()
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file());
    if found.is_none() {
        let message = format!("skipped: this test needs {program} (Debian package {program})");
        if std::env::var("LOA_REQUIRE_SERVERS").is_ok_and(|v| v == "1") {
            panic!("{message}");
        }
        println!("{message}");
    }
    found
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Header names (lower-cased) and values.
type Headers = Vec<(String, String)>;

/// A GET on loopback: (status line, headers, body).
fn get(port: u16, path: &str) -> Option<(String, Headers, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.to_string();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((status, headers, body.to_string()))
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Starts a server whose messages go to `log`, and waits until it answers `/`.
fn start(mut command: Command, port: u16, log: &Path) -> Stop {
    let file = std::fs::File::create(log).expect("log");
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::from(file))
        .spawn()
        .expect("start the server");
    let started = Instant::now();
    while get(port, "/").is_none() {
        if let Ok(Some(status)) = child.try_wait() {
            let err = std::fs::read_to_string(log).unwrap_or_default();
            panic!("the server stopped ({status}): {err}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the server never answered"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Stop(child)
}

/// Kills the server when the test ends, passed or not.
struct Stop(Child);

impl Drop for Stop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What every generated server must answer for the site in `public`.
fn assert_serves_the_rules(port: u16) {
    let (status, headers, body) = get(port, "/rss.xml").expect("rss");
    assert!(status.contains(" 200 "), "{status}");
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/rss+xml; charset=utf-8")
    );
    assert_eq!(header(&headers, "access-control-allow-origin"), Some("*"));
    assert!(body.contains("<rss"), "{body}");
    let (_, headers, _) = get(port, "/tin-tuc/feed.json").expect("json feed");
    assert_eq!(
        header(&headers, "content-type"),
        Some("application/feed+json; charset=utf-8")
    );
    let (_, headers, _) = get(port, "/embed/").expect("embed");
    assert_eq!(
        header(&headers, "content-security-policy"),
        Some("frame-ancestors *")
    );
    let (_, headers, body) = get(port, "/gioi-thieu/").expect("a page");
    assert_eq!(header(&headers, "x-frame-options"), Some("SAMEORIGIN"));
    assert_eq!(header(&headers, "x-content-type-options"), Some("nosniff"));
    assert!(header(&headers, "access-control-allow-origin").is_none());
    assert!(body.contains("Giới thiệu"), "{body}");
    let (status, _, body) = get(port, "/khong-co/").expect("404");
    assert!(status.contains(" 404 "), "{status}");
    assert!(body.contains("<html"), "the theme's 404 page: {body}");
}

#[test]
fn nginx_serves_the_output_with_the_header_rules() {
    let Some(nginx) = server("nginx") else { return };
    let site = starter();
    let port = free_port();
    let conf = text(&site, "deploy/nginx.conf");
    assert!(conf.contains("server_name example.org;"), "{conf}");
    let public = site.public().display().to_string();
    let conf = conf
        .replace(
            "    listen 80;\n",
            &format!("    listen 127.0.0.1:{port};\n"),
        )
        .replace("    listen [::]:80;\n", "")
        .replace(
            "root /var/www/example.org/public;",
            &format!("root {public};"),
        );
    let prefix = site.root().join("nginx");
    std::fs::create_dir_all(prefix.join("logs")).expect("mkdir");
    let p = prefix.display();
    std::fs::write(prefix.join("site.conf"), conf).expect("write");
    std::fs::write(
        prefix.join("main.conf"),
        format!(
            "daemon off;\nworker_processes 1;\npid {p}/nginx.pid;\nerror_log {p}/logs/error.log;\nevents {{}}\nhttp {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path {p}/body;\n  proxy_temp_path {p}/proxy;\n  fastcgi_temp_path {p}/fastcgi;\n  uwsgi_temp_path {p}/uwsgi;\n  scgi_temp_path {p}/scgi;\n  include {p}/site.conf;\n}}\n"
        ),
    )
    .expect("write");
    let main = prefix.join("main.conf").display().to_string();
    let prefix_arg = format!("{p}/");
    let test = Command::new(&nginx)
        .args(["-t", "-c", &main, "-p", &prefix_arg])
        .output()
        .expect("nginx -t");
    assert!(
        test.status.success(),
        "nginx -t: {}",
        String::from_utf8_lossy(&test.stderr)
    );
    let mut command = Command::new(&nginx);
    command.args(["-c", &main, "-p", &prefix_arg]);
    let _stop = start(command, port, &prefix.join("logs/stderr.log"));
    assert_serves_the_rules(port);
}

#[test]
fn caddy_validates_and_serves_the_output_with_the_header_rules() {
    let Some(caddy) = server("caddy") else { return };
    let site = starter();
    let env = |c: &mut Command| {
        c.env("HOME", site.root())
            .env("XDG_DATA_HOME", site.root().join("caddy-data"))
            .env("XDG_CONFIG_HOME", site.root().join("caddy-config"));
    };
    let file = site.root().join("deploy/Caddyfile").display().to_string();
    let mut validate = Command::new(&caddy);
    validate.args(["validate", "--adapter", "caddyfile", "--config", &file]);
    env(&mut validate);
    let out = validate.output().expect("caddy validate");
    assert!(
        out.status.success(),
        "caddy validate: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let port = free_port();
    let local = text(&site, "deploy/Caddyfile")
        .replace(
            "\nexample.org {\n",
            &format!("\n{{\n\tadmin off\n}}\n\nhttp://127.0.0.1:{port} {{\n"),
        )
        .replace(
            "/var/www/example.org/public",
            &site.public().display().to_string(),
        );
    let local_file = site.root().join("Caddyfile.local");
    std::fs::write(&local_file, local).expect("write");
    let local_file = local_file.display().to_string();
    let mut run = Command::new(&caddy);
    run.args(["run", "--adapter", "caddyfile", "--config", &local_file]);
    env(&mut run);
    let _stop = start(run, port, &site.root().join("caddy.log"));
    assert_serves_the_rules(port);
}
