//! The layers of the crate import one way: a `crate::…` path from one top-level module to
//! another is an edge, and the graph of those edges has no cycle. `audit` is the top of the
//! checks (only `html`, the view of a report, imports it; nothing imports `html`) and
//! `finding`, what every check reports in, imports none of the modules that check; `printed`,
//! the printed-text module every module uses, imports nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every top-level module and the top-level modules its files name through `crate::`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let relative = path.strip_prefix(&src).unwrap();
            let first = relative.components().next().unwrap().as_os_str();
            let module = first.to_str().unwrap().trim_end_matches(".rs").to_owned();
            if module == "lib" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let edges = graph.entry(module.clone()).or_default();
            for line in text.lines() {
                let code = line.trim_start();
                if code.starts_with("//") {
                    continue;
                }
                let mut rest = code;
                while let Some(at) = rest.find("crate::") {
                    let after = &rest[at + "crate::".len()..];
                    let name: String = after
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    // The crate's `Error` is `error::Error`, re-exported at the root.
                    let name = if name == "Error" {
                        "error".to_owned()
                    } else {
                        name
                    };
                    if !name.is_empty() && name != module {
                        edges.insert(name.clone());
                    }
                    rest = after;
                }
                // `use crate::{a, b::c}` groups.
                if let Some(group) = code.strip_prefix("use crate::{") {
                    for part in group.split(',') {
                        let name: String = part
                            .trim()
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                            .collect();
                        if !name.is_empty() && name != module {
                            edges.insert(name);
                        }
                    }
                }
            }
        }
    }
    graph
}

fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, graph, &mut Vec::new(), &mut done) {
            return Some(cycle);
        }
    }
    None
}

#[test]
fn the_modules_import_one_way() {
    let graph = graph();
    assert!(graph.len() >= 10, "modules found: {:?}", graph.keys());
    if let Some(cycle) = cycle(&graph) {
        panic!(
            "import cycle between top-level modules: {}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn nothing_below_the_audit_imports_it() {
    for (module, edges) in graph() {
        assert!(
            module == "audit" || module == "html" || !edges.contains("audit"),
            "{module} imports crate::audit"
        );
    }
}

#[test]
fn nothing_imports_the_html_view() {
    for (module, edges) in graph() {
        assert!(
            module == "html" || !edges.contains("html"),
            "{module} imports crate::html"
        );
    }
}

#[test]
fn findings_are_a_leaf() {
    let graph = graph();
    let edges = &graph["finding"];
    for checker in [
        "tables",
        "narrative",
        "evaluation",
        "disclosure",
        "profile",
        "audit",
    ] {
        assert!(!edges.contains(checker), "finding imports crate::{checker}");
    }
}

#[test]
fn the_cycle_detector_finds_a_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
    graph.get_mut("c").unwrap().clear();
    assert!(cycle(&graph).is_none());
}

#[test]
fn printed_text_is_the_bottom() {
    let graph = graph();
    let edges = graph.get("printed").expect("the printed-text module");
    assert!(edges.is_empty(), "printed imports {edges:?}");
}
