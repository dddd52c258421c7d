//! Importing published documents through the validating constructors:
//!
//! * `import/seed_text`: the seed's tab-separated text (../shared/spec/datong-hrss-2023-final-accounts.txt):
//!   ten tables, the outline, the 说明 with its claims and fourteen self-evaluation forms
//!   (target ≤ 1 ms, and at most 8× the serde parse floor of the seed's JSON, `serde/parse_only_ignored_any`);
//! * `import/pages_putuo`: the Putuo 2024 document as page data (pdfplumber's JSON: page texts and
//!   table grids) into a `Disclosure`, JSON parse included;
//! * `import/layout_putuo`: the same document as `pdftotext -layout` text.

#![allow(missing_docs)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use final_accounts::import::import_text;

const SEED: &str = include_str!("../tests/fixtures/datong-hrss-2023-final-accounts.txt");
const PUTUO_PAGES: &str =
    include_str!("../tests/fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const PUTUO_LAYOUT: &str =
    include_str!("../tests/fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.bench_function("seed_text", |b| {
        b.iter(|| import_text(black_box(SEED)).is_ok())
    });
    group.bench_function("pages_putuo", |b| {
        b.iter(|| import_text(black_box(PUTUO_PAGES)).is_ok())
    });
    group.bench_function("layout_putuo", |b| {
        b.iter(|| import_text(black_box(PUTUO_LAYOUT)).is_ok())
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
