//! Compile a unit's accounts (exact 元, JSON) into a disclosure of a profile's layout
//! (`shanxi-2023` unless `--profile shanghai-2024`).
//!
//! ```text
//! cargo run --example compile -- [--rounding controlled|independent] \
//!     [--profile shanxi-2023|shanghai-2024] [--catalog FILE] [--tables] [--html FILE] \
//!     ACCOUNTS.json
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
use final_accounts::classification::{EconomicScheme, FunctionCatalog, builtin};
use final_accounts::compile::{CompileError, CompileOptions, compile};
use final_accounts::import::DecodeError;
use final_accounts::money::TableRounding;
use final_accounts::profile::Profile;
use serde_json::Value;

#[path = "support/catalog.rs"]
mod catalog;
#[allow(dead_code)] // each example uses part of the shared input code
#[path = "support/input.rs"]
mod input;

const HELP: &str = "\
compile: print a unit's accounts as a consistent disclosure of a profile's tables

usage: cargo run --example compile -- [--rounding controlled|independent]
           [--profile shanxi-2023|shanghai-2024] [--catalog FILE] [--tables] [--html FILE]
           ACCOUNTS.json

  ACCOUNTS.json           the accounts, UTF-8 JSON in exact 元 (docs/ACCOUNTS.md); - reads
                          standard input
  --rounding controlled   every printed total is the sum of its printed parts (default)
  --rounding independent  every figure rounded on its own (四舍五入), as publishers do
  --profile ID            the tables of profile ID: shanxi-2023 (default, 公开01表…公开10表)
                          or shanghai-2024 (nine tables, the 三公 table before the fund tables)
  --catalog FILE          a functional classification catalog (政府收支分类科目) of the year,
                          one code,name row per line (CSV or TSV, a header row allowed): it
                          names the 类, 款 and 项 the built-in catalogs lack
  --tables                print the tables and the 说明 as text instead of the disclosure's JSON
  --html FILE             also write the disclosure as printed to FILE, one HTML page that
                          prints to A4 (needs --features html)
  -h, --help              this help

The accounts are JSON in exact 元: see docs/ACCOUNTS.md and
tests/fixtures/datong-hrss-2023-accounts.json.
Exit codes: 0 compiled, 2 the accounts could not be read or compiled.";

/// What the command line asks for.
struct Args {
    rounding: TableRounding,
    profile: &'static Profile,
    tables: bool,
    catalog: Option<String>,
    html: Option<String>,
    accounts: String,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("compile: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads the command line; `None` when it asks for help.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut rounding = TableRounding::Controlled;
    let mut tables = false;
    let mut profile = Profile::shanxi_2023();
    let mut catalog = None;
    let mut html = None;
    let mut path: Option<String> = None;
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--tables" => tables = true,
            "--html" => html = Some(args.next().ok_or("--html needs the file to write")?),
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
            "--catalog" => {
                catalog = Some(
                    args.next()
                        .ok_or("--catalog takes a file of code,name rows")?,
                );
            }
            other if other.starts_with('-') && other != "-" => {
                return Err(format!("unknown option {other}\n\n{HELP}"));
            }
            other => {
                if let Some(first) = &path {
                    return Err(format!(
                        "more than one accounts file given ({first} and {other}): compile one \
                         set of accounts at a time"
                    ));
                }
                path = Some(other.to_owned());
            }
        }
    }
    let accounts = path.ok_or_else(|| format!("no accounts file given\n\n{HELP}"))?;
    Ok(Some(Args {
        rounding,
        profile,
        tables,
        catalog,
        html,
        accounts,
    }))
}

fn run() -> Result<(), String> {
    let Some(args) = parse_args(std::env::args().skip(1))? else {
        say!("{HELP}");
        return Ok(());
    };
    let (name, accounts) = read_accounts(&args.accounts)?;
    let user: Option<FunctionCatalog> = match &args.catalog {
        Some(path) => {
            let file = input::read(path)?;
            Some(catalog::read(&file.name, &file.text, accounts.year())?)
        }
        None => None,
    };
    let mut functional: Vec<&FunctionCatalog> = user.iter().collect();
    functional.extend(builtin::functional_in_force(accounts.year()));
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, accounts.year());
    let options =
        CompileOptions::new(&functional, &economic, args.rounding).with_profile(args.profile);
    let disclosure = compile(&accounts, &options).map_err(|e| {
        let hint = match e {
            CompileError::UnknownCode { .. } if args.catalog.is_none() => {
                " (the built-in catalogs are partial: give the year's catalog with --catalog FILE)"
            }
            _ => "",
        };
        format!("{name}: {e}{hint}")
    })?;
    if let Some(html_path) = &args.html {
        write_html(&disclosure, html_path)?;
    }
    let json = serde_json::to_value(&disclosure).map_err(|e| e.to_string())?;
    if args.tables {
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

/// Decodes the accounts, every mistake named by its place in the file (the key path and the
/// line) in the words of the accounts format; with the name to show them by.
fn read_accounts(arg: &str) -> Result<(String, Accounts), String> {
    let (name, bytes) = input::read_bytes(arg)?;
    let text = match final_accounts::import::decode(&bytes) {
        Ok(text) => text,
        Err(DecodeError::Empty) => {
            return Err(format!(
                "{name} is empty: write the accounts as JSON in exact 元 (docs/ACCOUNTS.md \
                 starts with a minimal example)"
            ));
        }
        Err(e) => return Err(format!("{name} {e}")),
    };
    let mut reader = serde_json::Deserializer::from_str(&text);
    let accounts = serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = e.path().to_string();
        input::json_error_at(&name, "does not hold valid accounts", &path, e.inner())
    })?;
    Ok((name, accounts))
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
        if let Some(cells) = single_row(table, &columns) {
            // A table of one row without a name (公开09表): its cells under their columns.
            say!("{}", names.join("\t"));
            say!("{}", cells.join("\t"));
        } else {
            if !names.is_empty() {
                say!("项目\t{}", names.join("\t"));
            }
            print_rows(table, &columns);
        }
        say!();
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
            // A section's title before its rows (公开10表's 一、政府采购情况 …), a side's before its lines.
            if let Some(title) = map.get("title").and_then(Value::as_str) {
                say!("{title}");
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
