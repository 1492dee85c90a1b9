//! The house's shape: the top-level modules of `src/` import each other in one
//! direction only (docs/architecture.md draws the layers). The test reads every
//! `crate::<module>` path outside test code and fails on an import loop, naming
//! the files of every arrow in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// module → module it imports → the files that import it.
type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let path = regex::Regex::new(r"crate::([a-z_]+)").expect("regex");
    let group = regex::Regex::new(r"crate::\{([^}]*)\}").expect("regex");
    let member = regex::Regex::new(r"(?:^|[,{\s])([a-z_]+)(?:::|\s*(?:,|$))").expect("regex");
    let mut graph = Graph::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("walk src");
        let file = entry.path();
        if file.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = file.strip_prefix(&src).expect("below src");
        let rel_text = rel.to_string_lossy().replace('\\', "/");
        let name = rel_text.rsplit('/').next().unwrap_or_default();
        if name == "tests.rs" || name.ends_with("_tests.rs") {
            continue;
        }
        let top = rel_text
            .split('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("read source");
        // Test code may reach anywhere: it is not part of the house.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let code: String = code
            .lines()
            .map(|l| l.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        let mut uses: BTreeSet<String> = path
            .captures_iter(&code)
            .map(|c| c[1].to_string())
            .collect();
        for g in group.captures_iter(&code) {
            uses.extend(member.captures_iter(&g[1]).map(|c| c[1].to_string()));
        }
        for used in uses.into_iter().filter(|u| *u != top && *u != "self") {
            graph
                .entry(top.clone())
                .or_default()
                .entry(used)
                .or_default()
                .insert(rel_text.clone());
        }
    }
    graph
}

/// A loop of modules, if any: the path from a module back to itself.
fn find_loop(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        graph: &Graph,
        node: &str,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flat_map(|m| m.keys()) {
            if let Some(cycle) = visit(graph, next, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(graph, start, &mut Vec::new(), &mut done))
}

#[test]
fn top_level_modules_import_each_other_in_one_direction() {
    let graph = graph();
    assert!(graph.len() > 15, "the source tree was not read: {graph:?}");
    if let Some(cycle) = find_loop(&graph) {
        let arrows: Vec<String> = cycle
            .windows(2)
            .map(|w| format!("{} -> {}: {:?}", w[0], w[1], graph[&w[0]][&w[1]]))
            .collect();
        panic!("an import loop between modules:\n{}", arrows.join("\n"));
    }
}

#[test]
fn the_model_and_what_lies_below_it_import_no_writer() {
    let graph = graph();
    let writers = [
        "feeds",
        "discovery",
        "search",
        "seo",
        "embed",
        "render",
        "site",
        "serve",
        "cli",
    ];
    for below in [
        "model",
        "content",
        "files",
        "media",
        "theme",
        "templating",
        "text",
        "config",
    ] {
        for used in graph.get(below).into_iter().flat_map(|m| m.keys()) {
            assert!(
                !writers.contains(&used.as_str()),
                "{below} imports the writer {used}: {:?}",
                graph[below][used]
            );
        }
    }
}

#[test]
fn a_loop_is_found_and_named() {
    let mut graph = Graph::new();
    for (a, b) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        graph
            .entry(a.into())
            .or_default()
            .entry(b.into())
            .or_default()
            .insert(format!("src/{a}.rs"));
    }
    assert_eq!(
        find_loop(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    graph.get_mut("c").expect("c").remove("a");
    assert_eq!(find_loop(&graph), None);
}
