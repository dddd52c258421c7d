//! Compile a unit's accounts (exact 元, JSON) into a disclosure of a profile's layout
//! (`shanxi-2023` unless `--profile shanghai-2024`, or `--profile FILE` for a profile given as
//! JSON, in the form of `data/profiles/*.json`).
//!
//! ```text
//! cargo run --example compile -- [--rounding controlled|independent] \
//!     [--profile shanxi-2023|shanghai-2024|FILE] [--catalog FILE] [--tables] [--html FILE] \
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

#[path = "support/catalog.rs"]
mod catalog;
#[allow(dead_code)] // each example uses part of the shared input code
#[path = "support/input.rs"]
mod input;
#[path = "support/profile.rs"]
mod profile;
#[path = "support/text.rs"]
mod text;

const HELP: &str = "\
compile: print a unit's accounts as a consistent disclosure of a profile's tables

usage: cargo run --example compile -- [--rounding controlled|independent]
           [--profile shanxi-2023|shanghai-2024|FILE] [--catalog FILE] [--tables] [--html FILE]
           ACCOUNTS.json

  ACCOUNTS.json           the accounts, UTF-8 JSON in exact 元 (docs/ACCOUNTS.md); - reads
                          standard input
  --rounding controlled   every printed total is the sum of its printed parts (default)
  --rounding independent  every figure rounded on its own (四舍五入), as publishers do
  --profile ID            the tables of profile ID: shanxi-2023 (default, 公开01表…公开10表)
                          or shanghai-2024 (nine tables, the 三公 table before the fund tables)
  --profile FILE          the tables and 说明 of a profile given as JSON (the form of the
                          crate's data/profiles/*.json): another province's template
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
    profile: Profile,
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
    let mut profile = Profile::shanxi_2023().clone();
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
                profile = profile::read(&value)?;
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
        CompileOptions::new(&functional, &economic, args.rounding).with_profile(&args.profile);
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
        use std::io::Write as _;
        let text = text::disclosure_text(&json);
        if std::io::stdout().lock().write_all(text.as_bytes()).is_err() {
            std::process::exit(0);
        }
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
