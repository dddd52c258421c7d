//! A compiled disclosure as text (the compile example's `--tables`): its tables, one line per
//! row with cells separated by tabs, then its 说明 under its headings. Shared by the example
//! and the tests that read the text back.

use serde_json::Value;

/// `writeln!` into the text being built.
macro_rules! put {
    ($out:expr) => {{
        $out.push('\n');
    }};
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// The tables and the 说明 of a disclosure's JSON as text.
pub fn disclosure_text(json: &Value) -> String {
    let mut out = String::new();
    print_tables(&mut out, json);
    print_narrative(&mut out, json);
    out
}

/// The 说明 as text: its headings from the outline (each chapter once, each sub-section), then
/// its statements, one per line.
pub fn print_narrative(out: &mut String, json: &Value) {
    let Some(statements) = json
        .pointer("/narrative/statements")
        .and_then(Value::as_array)
    else {
        return;
    };
    if statements.is_empty() {
        return;
    }
    let headings: Vec<&str> = json
        .get("outline")
        .and_then(Value::as_array)
        .map(|lines| lines.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut next = 0;
    // Prints the next heading numbered `label` (by "label、", "label．" or "label."; a
    // sub-section's label is its enumerator "（二）"), if the outline has one.
    let mut heading = |out: &mut String, label: &str| {
        let numbered = |h: &&&str| {
            h.strip_prefix(label)
                .is_some_and(|rest| label.starts_with('（') || rest.starts_with(['、', '．', '.']))
        };
        if let Some(at) = headings.iter().skip(next).position(|h| numbered(&h)) {
            next += at + 1;
            put!(out, "{}", headings[next - 1]);
        } else if label.starts_with('（') {
            put!(out, "{label}");
        } else {
            put!(out, "{label}、");
        }
    };
    put!(out, "部门决算情况说明");
    let (mut chapter, mut section) = (String::new(), String::new());
    for statement in statements {
        let label = statement["section"].as_str().unwrap_or("");
        if label != section {
            let (major, sub) = match label.split_once('（') {
                Some((major, rest)) => (major, Some(rest.trim_end_matches('）'))),
                None => (label, None),
            };
            if major != chapter {
                heading(out, major);
                chapter = major.to_owned();
            }
            if let Some(sub) = sub {
                heading(out, &format!("（{sub}）"));
            }
            section = label.to_owned();
        }
        put!(out, "  {}", statement["text"].as_str().unwrap_or(""));
    }
}

/// The tables of the disclosure's JSON as text: each table's label and title, then one line
/// per row with its 行次 or code, its name and its cells in column order.
pub fn print_tables(out: &mut String, json: &Value) {
    let Some(order) = json.get("order").and_then(Value::as_array) else {
        return;
    };
    // Tables that do not print the unit name follow a banner naming it once (shanghai-2024).
    let named = order
        .iter()
        .filter_map(Value::as_str)
        .any(|kind| json.pointer(&format!("/{kind}/meta/unit_name")).is_some());
    if !named {
        let unit = json.get("unit_name").and_then(Value::as_str).unwrap_or("");
        let year = json.get("year").map(plain).unwrap_or_default();
        put!(out, "{unit}{year}年度部门决算表\n");
    }
    for kind in order.iter().filter_map(Value::as_str) {
        let Some(table) = json.get(kind) else {
            continue;
        };
        let meta = table.get("meta");
        let text = |key: &str| {
            meta.and_then(|m| m.get(key))
                .and_then(Value::as_str)
                .unwrap_or("")
        };
        if text("label").is_empty() {
            put!(out, "{}", text("title"));
        } else {
            put!(out, "{}\t{}", text("label"), text("title"));
        }
        if let Some(explanation) = meta
            .and_then(|m| m.get("explanation"))
            .and_then(Value::as_str)
        {
            put!(out, "{explanation}");
        }
        let columns: Vec<&str> = meta
            .and_then(|m| m.get("columns"))
            .and_then(Value::as_array)
            .map(|c| {
                c.iter()
                    .filter_map(|c| c.get("key").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let names: Vec<String> = meta
            .and_then(|m| m.get("columns"))
            .and_then(Value::as_array)
            .map(|c| {
                c.iter()
                    .map(|c| {
                        let name = c.get("name").and_then(Value::as_str).unwrap_or("");
                        match c.get("number") {
                            Some(n) => format!("{name}（{}）", plain(n)),
                            None => name.to_owned(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(cells) = single_row(table, &columns) {
            // A table of one row without a name (公开09表): its cells under their columns.
            put!(out, "{}", names.join("\t"));
            put!(out, "{}", cells.join("\t"));
        } else {
            if !names.is_empty() {
                put!(out, "项目\t{}", names.join("\t"));
            }
            print_rows(out, table, &columns);
        }
        put!(out);
    }
}

/// The cells of a table printed as one row whose columns are groups of the table's JSON
/// (`budget_total` is `budget.total` in 公开09表), or `None` for a table of named rows.
fn single_row(table: &Value, columns: &[&str]) -> Option<Vec<String>> {
    if columns.is_empty() {
        return None;
    }
    columns
        .iter()
        .map(|key| {
            let (group, column) = key.split_once('_')?;
            let group = table.get(group)?.as_object()?;
            Some(group.get(column).map(plain).unwrap_or_default())
        })
        .collect()
}

fn print_rows(out: &mut String, value: &Value, columns: &[&str]) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| print_rows(out, item, columns)),
        Value::Object(map) if map.contains_key("name") => {
            let mut line = Vec::new();
            for key in ["line", "code"] {
                if let Some(v) = map.get(key) {
                    line.push(plain(v));
                }
            }
            line.push(plain(&map["name"]));
            let keys: Vec<&str> =
                if columns.is_empty() || !columns.iter().any(|k| map.contains_key(*k)) {
                    ["amount", "value"]
                        .into_iter()
                        .filter(|k| map.contains_key(*k))
                        .collect()
                } else {
                    columns.to_vec()
                };
            for key in keys {
                line.push(map.get(key).map(plain).unwrap_or_default());
            }
            put!(out, "{}", line.join("\t"));
        }
        Value::Object(map) => {
            // A section's title before its rows (公开10表's 一、政府采购情况 …), a side's before its lines.
            if let Some(title) = map.get("title").and_then(Value::as_str) {
                put!(out, "{title}");
            }
            // Document order: the income side before the expenditure side, budget before actual.
            let rank = |key: &str| {
                ["income", "expenditure", "budget", "actual"]
                    .iter()
                    .position(|k| *k == key)
            };
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|k| rank(k).unwrap_or(usize::MAX));
            for key in keys {
                let Some(child) = map.get(key.as_str()) else {
                    continue;
                };
                if key != "meta" {
                    print_rows(out, child, columns);
                }
            }
        }
        _ => {}
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
