//! Benchmarks of the foundation: printed-figure parsing and the precision-aware sum check.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use final_accounts::money::{MoneyUnit, PublishedAmount, check_sum};

fn money(c: &mut Criterion) {
    let mut group = c.benchmark_group("money");
    group.bench_function("parse_published_wan_yuan", |b| {
        b.iter(|| PublishedAmount::parse(black_box("1,735.92"), MoneyUnit::WanYuan))
    });
    let parts: Vec<PublishedAmount> = ["1,735.92", "254.97", "0.16"]
        .iter()
        .filter_map(|s| PublishedAmount::parse(s, MoneyUnit::WanYuan).ok())
        .collect();
    let total = PublishedAmount::parse("1,991.06", MoneyUnit::WanYuan);
    if let Ok(total) = total {
        group.bench_function("check_sum_01_income", |b| {
            b.iter(|| check_sum(black_box(&total), black_box(&parts)))
        });
    }
    group.finish();
}

criterion_group!(benches, money);
criterion_main!(benches);
