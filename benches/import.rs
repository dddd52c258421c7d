//! Importing the seed document's tab-separated text (../shared/spec/datong-hrss-2023-final-accounts.txt):
//! ten tables, the outline and fourteen self-evaluation forms, through the validating
//! constructors. Target: at most 2 ms.

#![allow(missing_docs)]

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use final_accounts::import::import_text;

const SEED: &str = include_str!("../tests/fixtures/datong-hrss-2023-final-accounts.txt");

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.bench_function("seed_text", |b| {
        b.iter(|| import_text(black_box(SEED)).is_ok())
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
