//! Throughput on every core: 1,000 synthetic disclosures (`generate::disclosure`, a fixed
//! seed) audited one after another (`audit/batch_1000_sequential`) and with
//! `audit::audit_batch` on rayon's pool (`audit/batch_1000`). On this 2-core machine the
//! parallel run should take at most 1 / 1.7 of the sequential one.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use final_accounts::audit::{AuditOptions, audit, audit_batch};
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

fn batch(c: &mut Criterion) {
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

criterion_group!(benches, batch);
criterion_main!(benches);
