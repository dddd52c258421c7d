//! The workloads whose instructions `benches/instructions.sh` counts with callgrind: wall
//! times on a shared 2-core machine drift by up to 2× between runs, instruction counts do not.
//!
//! `instructions WORKLOAD N` runs one workload N times (`audit_seed`, `import_seed_text`,
//! `pages_to_report_putuo`, `decode_seed`, `evaluate_form`, `compile_seed`); the script runs
//! it with N = 1 and N = 51 and reports the difference over 50, so one-time costs (the built-in
//! catalogs, the fixtures' decoding) are left out. Without arguments (as `cargo test --benches`
//! runs it) every workload runs once, so a broken workload fails CI.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::hint::black_box;

use final_accounts::accounts::Accounts;
use final_accounts::audit::audit;
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::{ScoringParameters, evaluate};
use final_accounts::finding::Lang;
use final_accounts::import::import_text;
use final_accounts::money::TableRounding;

const SEED_JSON: &str = include_str!("../tests/fixtures/datong-hrss-2023.json");
const SEED_TEXT: &str = include_str!("../tests/fixtures/datong-hrss-2023-final-accounts.txt");
const PUTUO_PAGES: &str =
    include_str!("../tests/fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const SEED_ACCOUNTS: &str = include_str!("../tests/fixtures/datong-hrss-2023-accounts.json");

const WORKLOADS: [&str; 6] = [
    "audit_seed",
    "import_seed_text",
    "pages_to_report_putuo",
    "decode_seed",
    "evaluate_form",
    "compile_seed",
];

/// Runs `workload` `n` times; returns something the optimizer cannot drop.
fn run(workload: &str, n: usize) -> usize {
    let mut sink = 0;
    match workload {
        "audit_seed" => {
            let disclosure: Disclosure = serde_json::from_str(SEED_JSON).unwrap();
            for _ in 0..n {
                sink += audit(black_box(&disclosure)).findings.len();
            }
        }
        "import_seed_text" => {
            for _ in 0..n {
                sink += usize::from(import_text(black_box(SEED_TEXT)).is_ok());
            }
        }
        "pages_to_report_putuo" => {
            for _ in 0..n {
                let imported = import_text(black_box(PUTUO_PAGES)).unwrap();
                let report = audit(&imported.disclosure);
                for finding in &report.findings {
                    sink += report.message(finding, Lang::Zh).len();
                    for place in &finding.places {
                        sink += report.place(place, Lang::Zh).to_string().len();
                    }
                }
            }
        }
        "decode_seed" => {
            for _ in 0..n {
                sink +=
                    usize::from(serde_json::from_str::<Disclosure>(black_box(SEED_JSON)).is_ok());
            }
        }
        "evaluate_form" => {
            let disclosure: Disclosure = serde_json::from_str(SEED_JSON).unwrap();
            let form = disclosure.forms().first().unwrap();
            let params = ScoringParameters::for_year(2023).unwrap();
            for _ in 0..n {
                sink += usize::from(evaluate(black_box(form), &params).is_ok());
            }
        }
        "compile_seed" => {
            let accounts: Accounts = serde_json::from_str(SEED_ACCOUNTS).unwrap();
            let functional = builtin::functional_in_force(2023);
            let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
            let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled);
            for _ in 0..n {
                sink += usize::from(compile(black_box(&accounts), &options).is_ok());
            }
        }
        other => panic!("unknown workload {other}; one of {WORKLOADS:?}"),
    }
    sink
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    match args.as_slice() {
        [workload, n] => {
            let n: usize = n.parse().expect("a count");
            println!("{}", run(workload, n));
        }
        _ => {
            for workload in WORKLOADS {
                assert!(run(workload, 1) > 0, "{workload} did its work");
                println!("Testing instructions/{workload}\nSuccess");
            }
        }
    }
}
