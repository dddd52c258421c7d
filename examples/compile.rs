//! Compile a unit's accounts (exact 元, JSON) into a disclosure of a profile's layout
//! (`shanxi-2023` unless `--profile shanghai-2024`).
//!
//! ```text
//! cargo run --example compile -- [--rounding controlled|independent] \
//!     [--profile shanxi-2023|shanghai-2024] [--tables] [--html FILE] ACCOUNTS.json
//! ```
//!
//! `--html FILE` (with `--features html`) also writes the compiled disclosure as printed, one
//! self-contained HTML page.
//!
//! Prints the compiled disclosure as JSON in the fixtures' form, or with `--tables` the tables (and the 说明)
//! as text, one line per row, cells separated by tabs. Exit codes: 0 compiled, 2 the accounts
//! could not be read or compiled.

/// `println!` that ends the program quietly when the reader has gone (`… | head`), instead of
/// panicking on the broken pipe.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

use std::process::ExitCode;

use final_accounts::accounts::Accounts;
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::money::TableRounding;
use final_accounts::profile::Profile;
use serde_json::Value;

const HELP: &str = "\
compile: print a unit's accounts as a consistent disclosure of a profile's tables

usage: cargo run --example compile -- [--rounding controlled|independent]
           [--profile shanxi-2023|shanghai-2024] [--tables] [--html FILE] ACCOUNTS.json

  --rounding controlled   every printed total is the sum of its printed parts (default)
  --rounding independent  every figure rounded on its own (四舍五入), as publishers do
  --profile ID            the tables of profile ID: shanxi-2023 (default, 公开01表…公开10表)
                          or shanghai-2024 (nine tables, the 三公 table before the fund tables)
  --tables                print the tables and the 说明 as text instead of the disclosure's JSON
  --html FILE             also write the disclosure as printed to FILE, one HTML page that
                          prints to A4 (needs --features html)
  -h, --help              this help

The accounts are JSON in exact 元: see tests/fixtures/datong-hrss-2023-accounts.json.
Exit codes: 0 compiled, 2 the accounts could not be read or compiled.";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("compile: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut rounding = TableRounding::Controlled;
    let mut tables = false;
    let mut profile = Profile::shanxi_2023();
    let mut path = None;
    let mut html_path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                say!("{HELP}");
                return Ok(());
            }
            "--tables" => tables = true,
            "--html" => html_path = Some(args.next().ok_or("--html needs the file to write")?),
            "--profile" => {
                let value = args.next().ok_or("--profile needs a value")?;
                profile = Profile::builtin(&value).ok_or_else(|| {
                    format!("--profile is shanxi-2023 or shanghai-2024, not {value}")
                })?;
            }
            "--rounding" => {
                let value = args.next().ok_or("--rounding needs a value")?;
                rounding = value
                    .parse()
                    .map_err(|_| format!("--rounding is controlled or independent, not {value}"))?;
            }
            other if other.starts_with('-') => {
                return Err(format!("unknown option {other}\n\n{HELP}"));
            }
            other => path = Some(other.to_owned()),
        }
    }
    let path = path.ok_or_else(|| format!("no accounts file given\n\n{HELP}"))?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let accounts: Accounts = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{path}: {e}"))?;
    let functional = builtin::functional_in_force(accounts.year());
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, accounts.year());
    let options = CompileOptions::new(&functional, &economic, rounding).with_profile(profile);
    let disclosure = compile(&accounts, &options).map_err(|e| e.to_string())?;
    if let Some(html_path) = &html_path {
        write_html(&disclosure, html_path)?;
    }
    let json = serde_json::to_value(&disclosure).map_err(|e| e.to_string())?;
    if tables {
        print_tables(&json);
        print_narrative(&json);
    } else {
        say!(
            "{}",
            serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
        );
    }
    Ok(())
}

/// Writes the disclosure as printed, one HTML page (`--html FILE`).
#[cfg(feature = "html")]
fn write_html(
    disclosure: &final_accounts::disclosure::Disclosure,
    path: &str,
) -> Result<(), String> {
    let page = final_accounts::html::disclosure_page(disclosure, final_accounts::finding::Lang::Zh);
    std::fs::write(path, page).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("compile: wrote the disclosure as printed to {path}");
    Ok(())
}

/// Without the html feature there is no page to write.
#[cfg(not(feature = "html"))]
fn write_html(
    _disclosure: &final_accounts::disclosure::Disclosure,
    path: &str,
) -> Result<(), String> {
    Err(format!(
        "--html {path} needs the html feature: cargo run --features html --example compile -- --html {path} …"
    ))
}

/// The 说明 as text: its headings from the outline (each chapter once, each sub-section), then
/// its statements, one per line.
fn print_narrative(json: &Value) {
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
    // Prints the next heading starting with `label`, if the outline has one.
    let mut heading = |label: &str| {
        if let Some(at) = headings
            .iter()
            .skip(next)
            .position(|h| h.starts_with(label))
        {
            next += at + 1;
            say!("{}", headings[next - 1]);
        } else {
            say!("{label}");
        }
    };
    say!("部门决算情况说明");
    let (mut chapter, mut section) = (String::new(), String::new());
    for statement in statements {
        let label = statement["section"].as_str().unwrap_or("");
        if label != section {
            let (major, sub) = match label.split_once('（') {
                Some((major, rest)) => (major, Some(rest.trim_end_matches('）'))),
                None => (label, None),
            };
            if major != chapter {
                heading(&format!("{major}、"));
                chapter = major.to_owned();
            }
            if let Some(sub) = sub {
                heading(&format!("（{sub}）"));
            }
            section = label.to_owned();
        }
        say!("  {}", statement["text"].as_str().unwrap_or(""));
    }
}

/// The tables of the disclosure's JSON as text: each table's label and title, then one line
/// per row with its 行次 or code, its name and its cells in column order.
fn print_tables(json: &Value) {
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
        say!("{unit}{year}年度部门决算表\n");
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
            say!("{}", text("title"));
        } else {
            say!("{}\t{}", text("label"), text("title"));
        }
        if let Some(explanation) = meta
            .and_then(|m| m.get("explanation"))
            .and_then(Value::as_str)
        {
            say!("{explanation}");
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
        if !names.is_empty() {
            say!("项目\t{}", names.join("\t"));
        }
        print_rows(table, &columns);
        say!();
    }
}

fn print_rows(value: &Value, columns: &[&str]) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| print_rows(item, columns)),
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
            say!("{}", line.join("\t"));
        }
        Value::Object(map) => {
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
                    if let Some(title) = child.get("title").and_then(Value::as_str) {
                        say!("{title}");
                    }
                    print_rows(child, columns);
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
