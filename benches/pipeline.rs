//! The whole job of a checker, in process: a published document's page data (pdfplumber's JSON)
//! to an audited report whose findings are rendered, as a user of the audit example gets it.
//!
//! * `pipeline/pages_to_report`: the Putuo 2024 page data → `Disclosure` → `Report` → every
//!   finding's message and places in Chinese (target ≤ 1.5 ms);
//! * `pipeline/seed_text_to_report`: the same from the seed's tab-separated text.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use final_accounts::audit::audit;
use final_accounts::finding::Lang;
use final_accounts::import::import_text;

const PUTUO_PAGES: &str =
    include_str!("../tests/fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const SEED: &str = include_str!("../tests/fixtures/datong-hrss-2023-final-accounts.txt");

/// Imports, audits and renders every finding; returns the bytes rendered.
fn to_report(text: &str) -> usize {
    let imported = import_text(text).expect("the document imports");
    let report = audit(&imported.disclosure);
    let mut bytes = 0;
    for finding in &report.findings {
        bytes += report.message(finding, Lang::Zh).len();
        for place in &finding.places {
            bytes += report.place(place, Lang::Zh).to_string().len();
        }
    }
    bytes
}

fn pipeline(c: &mut Criterion) {
    let mut group = c.benchmark_group("pipeline");
    assert!(
        to_report(PUTUO_PAGES) > 0,
        "the Putuo report has findings to render"
    );
    group.bench_function("pages_to_report", |b| {
        b.iter(|| to_report(black_box(PUTUO_PAGES)))
    });
    group.bench_function("seed_text_to_report", |b| {
        b.iter(|| to_report(black_box(SEED)))
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
