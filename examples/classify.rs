//! Look a classification code up in the built-in catalogs.
//!
//! ```sh
//! cargo run --example classify -- 2080505   # a functional code: level, name, ancestors
//! cargo run --example classify -- 30217     # an economic code likewise
//! cargo run --example classify -- --stats   # rows per edition and level, with completeness
//! cargo run --example classify -- --help
//! ```
//!
//! The code is looked up in the newest built-in edition that lists it. A malformed code exits
//! with status 2, a well-formed code no built-in edition lists exits with status 1; both print
//! the error to stderr. The built-in catalogs are partial: "unknown" means "not in the rows we
//! ship", not "does not exist".

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

use final_accounts::classification::{
    Catalog, CatalogCode, CodeError, Coverage, EconomicCode, EconomicScheme, Entry, FunctionCode,
    builtin,
};

#[path = "support/input.rs"]
#[allow(dead_code)] // this example reads no document: only the help check is used
mod input;

const HELP: &str = "\
Looks a classification code (政府收支分类科目) up in the crate's built-in catalogs: its
level, name, edition, source and ancestors.

usage: classify CODE
       classify --stats

  CODE      a functional code (类 3 digits, 款 5, 项 7, such as 2080505) or an economic
            code (部门 3xx / 政府 5xx, 3 or 5 digits, such as 30217)
  --stats   rows per catalog edition and level, with completeness
  -h, --help  print this help

exit status:
  0  the code is listed (the newest built-in edition that lists it is shown)
  1  the code is well formed but no built-in edition lists it; the built-in catalogs
     are partial, so it may still exist
  2  the code is malformed (the message says where), or the arguments are wrong
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if input::wants_help(&args) {
        print!("{HELP}");
        return ExitCode::SUCCESS;
    }
    match args.as_slice() {
        [flag] if flag == "--stats" => {
            stats();
            ExitCode::SUCCESS
        }
        [code] => classify(code),
        _ => {
            eprintln!(
                "usage: classify CODE   (e.g. 2080505 or 30217)\n       classify --stats\n       classify --help"
            );
            ExitCode::from(2)
        }
    }
}

fn classify(input: &str) -> ExitCode {
    // Economic codes start with 3 (部门) or 5 (政府); everything else is read as functional, so
    // that a malformed code gets the functional parser's precise error.
    if input.starts_with('3') || input.starts_with('5') {
        match EconomicCode::parse(input) {
            Ok(code) => match builtin::find_economic(code) {
                Some((catalog, entry)) => {
                    show(catalog, entry, &code.level().to_string(), |c| {
                        c.level().to_string()
                    });
                    ExitCode::SUCCESS
                }
                None => unknown(builtin::economic_catalogs(code.scheme()), code),
            },
            Err(error) => malformed(&error),
        }
    } else {
        match FunctionCode::parse(input) {
            Ok(code) => match builtin::find_functional(code) {
                Some((catalog, entry)) => {
                    show(catalog, entry, &code.level().to_string(), |c| {
                        c.level().to_string()
                    });
                    ExitCode::SUCCESS
                }
                None => unknown(builtin::functional_catalogs(), code),
            },
            Err(error) => malformed(&error),
        }
    }
}

fn show<C: CatalogCode>(
    catalog: &Catalog<C>,
    entry: &Entry<C>,
    level: &str,
    level_of: impl Fn(&C) -> String,
) {
    say!("{entry}");
    say!("  level:   {level}");
    say!(
        "  edition: {} ({}) - {}",
        catalog.edition(),
        catalog.completeness(),
        catalog.title()
    );
    if let Some(source) = entry.source().and_then(|id| catalog.source(id)) {
        say!("  source:  {source}");
    }
    if entry.is_orphan() {
        say!("  note:    its source shows it without its parent");
    }
    let mut lineage = catalog.lineage(&entry.code()).peekable();
    if lineage.peek().is_some() {
        say!("  ancestors:");
    }
    for (code, ancestor) in lineage {
        match ancestor {
            Some(ancestor) => say!("    {} {ancestor}", level_of(&code)),
            None => say!(
                "    {} {code} (not listed in edition {})",
                level_of(&code),
                catalog.edition()
            ),
        }
    }
}

fn malformed(error: &CodeError) -> ExitCode {
    eprintln!("error: {error}");
    ExitCode::from(2)
}

fn unknown<C: CatalogCode>(catalogs: &[Catalog<C>], code: C) -> ExitCode {
    let editions: Vec<String> = catalogs.iter().map(|c| c.edition().to_string()).collect();
    match catalogs.last().map(|newest| newest.entry(code)) {
        Some(Err(error)) => eprintln!("error: {error}"),
        _ => eprintln!(
            "error: {} code \"{code}\" is not in any built-in catalog",
            C::KIND
        ),
    }
    eprintln!(
        "note: no built-in edition ({}) lists it; the built-in catalogs are partial, so it may \
         still exist: check it against a complete catalog of your edition",
        editions.join(", ")
    );
    ExitCode::from(1)
}

fn stats() {
    say!(
        "{:<28} {:>7}  {:<9} {:>4} {:>4} {:>4} {:>7} {:>5}",
        "catalog",
        "edition",
        "complete",
        "class",
        "sect",
        "item",
        "orphans",
        "rows"
    );
    let row = |name: &str, edition: u16, completeness: String, coverage: Coverage| {
        say!(
            "{:<28} {:>7}  {:<9} {:>4} {:>4} {:>4} {:>7} {:>5}",
            name,
            edition,
            completeness,
            coverage.classes(),
            coverage.sections(),
            coverage.items(),
            coverage.orphans(),
            coverage.total()
        );
    };
    for catalog in builtin::functional_catalogs() {
        row(
            "functional",
            catalog.edition(),
            catalog.completeness().to_string(),
            catalog.coverage(),
        );
    }
    for (label, scheme) in [
        ("economic, departmental 3xx", EconomicScheme::Departmental),
        ("economic, government 5xx", EconomicScheme::Government),
    ] {
        for catalog in builtin::economic_catalogs(scheme) {
            row(
                label,
                catalog.edition(),
                catalog.completeness().to_string(),
                catalog.coverage(),
            );
        }
    }
    say!(
        "departmental -> government economic mapping: {} rows (partial; the 事业单位 rows come from a page its source calls a simulation)",
        builtin::mappings().len()
    );
}
