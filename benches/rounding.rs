//! Printing a table of exact amounts in 0.01 万元: independent rounding against controlled
//! rounding (cycle cancelling on the table's network), for tables of 3 levels of rows
//! (类 / 款 / 项) with 10, 100 and 1 000 项 and 3 columns. Figures are a fixed pseudo-random
//! sequence, so every run rounds the same tables. And compiling the seed's accounts into its
//! ten tables under both policies (target: ≤ 1 ms).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group, criterion_main};
use final_accounts::money::{Amount, ExactTable, MoneyUnit, RowTree, TableRounding};
use rust_decimal::Decimal;

/// A 合计 row over `items / 10` 款 grouped five to a 类, ten 项 to a 款.
fn table(items: usize) -> ExactTable {
    let mut parents = vec![None];
    let kuan = items.div_ceil(10);
    let lei = kuan.div_ceil(5);
    for _ in 0..lei {
        parents.push(Some(0));
    }
    for k in 0..kuan {
        parents.push(Some(1 + k / 5));
    }
    for i in 0..items {
        parents.push(Some(1 + lei + i / 10));
    }
    let rows = RowTree::new(parents).unwrap();
    let mut state: u64 = 0x2023_0101;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        i64::try_from(state >> 36).unwrap()
    };
    let leaves = rows
        .leaves()
        .map(|_| {
            (0..3)
                .map(|_| Amount::from_yuan(Decimal::new(next(), 2)).unwrap())
                .collect()
        })
        .collect();
    ExactTable::new(rows, 3, leaves).unwrap()
}

fn rounding(c: &mut Criterion) {
    let mut group = c.benchmark_group("rounding");
    for items in [10_usize, 100, 1_000] {
        let table = table(items);
        group.throughput(Throughput::Elements(items as u64));
        for policy in [TableRounding::Independent, TableRounding::Controlled] {
            group.bench_with_input(
                BenchmarkId::new(policy.to_string(), items),
                &table,
                |b, table| b.iter(|| black_box(table).round(MoneyUnit::WanYuan, 2, policy)),
            );
        }
    }
    group.finish();
}

/// Compiling the accounts derived from the Datong 2023 disclosure (8 项 in three pools, 35
/// economic 款, last year's figures, budgets and reasons) into its ten tables and its 说明,
/// under both policies, and into the tables alone.
fn compile_seed(c: &mut Criterion) {
    use final_accounts::accounts::Accounts;
    use final_accounts::classification::{EconomicScheme, builtin};
    use final_accounts::compile::{CompileOptions, compile};
    let accounts: Accounts = serde_json::from_str(include_str!(
        "../tests/fixtures/datong-hrss-2023-accounts.json"
    ))
    .unwrap();
    let functional = builtin::functional_in_force(2023);
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    let mut group = c.benchmark_group("compile");
    for policy in [TableRounding::Independent, TableRounding::Controlled] {
        let options = CompileOptions::new(&functional, &economic, policy);
        group.bench_function(policy.to_string(), |b| {
            b.iter(|| compile(black_box(&accounts), &options).unwrap())
        });
    }
    let tables_only =
        CompileOptions::new(&functional, &economic, TableRounding::Controlled).with_narrative(None);
    group.bench_function("controlled, tables only", |b| {
        b.iter(|| compile(black_box(&accounts), &tables_only).unwrap())
    });
    group.finish();
}

criterion_group!(benches, rounding, compile_seed);
criterion_main!(benches);
