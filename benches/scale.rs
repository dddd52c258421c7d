//! Scale: audit N synthetic disclosures (N = 100, 1 000, 10 000) drawn by
//! `final_accounts::generate::disclosure` from a fixed seed. Criterion reports the time per
//! disclosure (throughput in elements); it should stay flat as N grows.
//!
//! Throughput on every core (feature `rayon`): 1,000 of them audited one after another
//! (`audit/batch_1000_sequential`) and with `audit::audit_batch` on rayon's pool
//! (`audit/batch_1000`). On a 2-core machine the parallel run should take at most 1 / 1.7 of
//! the sequential one.

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

#[cfg(feature = "rayon")]
fn batch(c: &mut Criterion) {
    use final_accounts::audit::{AuditOptions, audit_batch};
    let all = synthetic(1_000);
    let options = AuditOptions::new();
    let mut group = c.benchmark_group("audit");
    group.sample_size(10);
    group.throughput(Throughput::Elements(1_000));
    group.bench_function("batch_1000_sequential", |b| {
        b.iter(|| {
            black_box(&all)
                .iter()
                .map(|d| audit(d).findings.len())
                .sum::<usize>()
        })
    });
    group.bench_function("batch_1000", |b| {
        b.iter(|| {
            audit_batch(black_box(&all), &options)
                .iter()
                .map(|r| r.findings.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

#[cfg(not(feature = "rayon"))]
fn batch(_: &mut Criterion) {}

criterion_group!(benches, scale, batch);
criterion_main!(benches);
