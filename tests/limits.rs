//! Limits that keep the source readable, and the one rule of templates as data:
//! no file in `src/` is over 1,000 lines, no function over 100 lines, and no code outside
//! `src/profile` compares a profile's id (what a template decides is a field of `Profile`).

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 1_000;
const MAX_FN_LINES: usize = 100;

/// Every `.rs` file under `src/`, with its path relative to the crate.
fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack = vec![root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().and_then(|e| e.to_str()) == Some("rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.strip_prefix(root).unwrap().to_path_buf(), text));
            }
        }
    }
    out.sort();
    out
}

/// The functions of `text` as (name, first line, length in lines): from the line that opens
/// `fn name` to the line that closes it at the same indentation (rustfmt's layout, which CI
/// enforces). Functions without a body (trait declarations) are skipped.
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = line.len() - code.len();
        let Some(after) = fn_keyword(code) else {
            continue;
        };
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // The signature ends at the first line (from this one) that ends with `{` or `;`.
        let Some(open) = (at..lines.len()).find(|&i| {
            let l = lines[i].trim_end();
            l.ends_with('{') || l.ends_with(';')
        }) else {
            continue;
        };
        if lines[open].trim_end().ends_with(';') {
            continue;
        }
        if lines[open].trim_end().ends_with("{}") {
            continue;
        }
        let close = (open + 1..lines.len()).find(|&i| {
            let l = lines[i];
            let t = l.trim_start();
            l.len() - t.len() == indent && t.starts_with('}')
        });
        if let Some(close) = close {
            out.push((name, at + 1, close - at + 1));
        }
    }
    out
}

/// What follows `fn ` when `code` opens a function item.
fn fn_keyword(code: &str) -> Option<&str> {
    let mut rest = code;
    for prefix in [
        "pub(crate) ",
        "pub(super) ",
        "pub ",
        "const ",
        "async ",
        "unsafe ",
    ] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    for prefix in ["const ", "async ", "unsafe "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    rest.strip_prefix("fn ")
}

#[test]
fn no_source_file_is_over_a_thousand_lines() {
    let long: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > MAX_FILE_LINES)
        .map(|(path, text)| format!("{}: {} lines", path.display(), text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_function_is_over_a_hundred_lines() {
    let mut long = Vec::new();
    for (path, text) in sources() {
        for (name, line, len) in functions(&text) {
            if len > MAX_FN_LINES {
                long.push(format!("{}:{line} fn {name}: {len} lines", path.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_function_counter_sees_functions() {
    let text = "fn a() {\n    let x = 1;\n}\n\nimpl T {\n    pub(crate) fn b(\n        x: u8,\n    ) -> u8 {\n        x\n    }\n    fn c();\n}\n";
    assert_eq!(
        functions(text),
        [("a".to_owned(), 1, 3), ("b".to_owned(), 6, 5)]
    );
}

/// No code outside `src/profile` decides by a profile's identity: what a template decides is
/// a field of its `Profile`, so a new template is a data file.
#[test]
fn no_code_compares_a_profile_id() {
    let mut found = Vec::new();
    for (path, text) in sources() {
        if path.starts_with("src/profile") {
            continue;
        }
        for (at, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            let names_id = code.contains(".id()") || code.contains(".profile()");
            let compares = code.contains("==") || code.contains("!=") || code.starts_with("match ");
            let builtin = code.contains("Profile::shanghai_2024()") && code.contains("==")
                || code.contains("Profile::shanxi_2023()") && code.contains("==");
            if names_id && compares && (code.contains("Profile::") || code.contains("\"shan"))
                || builtin
            {
                found.push(format!("{}:{}: {}", path.display(), at + 1, code));
            }
        }
    }
    assert!(
        found.is_empty(),
        "code that branches on a profile id:\n{}",
        found.join("\n")
    );
}
