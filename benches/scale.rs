//! Scale: audit N synthetic disclosures (N = 100, 1 000, 10 000) drawn by
//! `final_accounts::generate::disclosure` from a fixed seed. Criterion reports the time per
//! disclosure (throughput in elements); it should stay flat as N grows.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use final_accounts::audit::audit;
use final_accounts::disclosure::Disclosure;
use final_accounts::generate;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

fn synthetic(n: usize) -> Vec<Disclosure> {
    let mut runner = TestRunner::deterministic();
    let strategy = generate::disclosure();
    (0..n)
        .map(|_| {
            strategy
                .new_tree(&mut runner)
                .expect("a disclosure")
                .current()
        })
        .collect()
}

fn scale(c: &mut Criterion) {
    let all = synthetic(10_000);
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    for n in [100_usize, 1_000, 10_000] {
        let batch = &all[..n];
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("audit_synthetic", n), batch, |b, batch| {
            b.iter(|| {
                black_box(batch)
                    .iter()
                    .map(|d| audit(d).findings.len())
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
