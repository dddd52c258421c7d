//! Benchmarks of the library on the spec document (大同市人力资源和社会保障局 2023), one group
//! per concern:
//!
//! * `classification`: parse a functional / economic code, look one up in a built-in catalog;
//! * `money`: printed-figure parsing and the precision-aware sum check;
//! * `build`: the spec disclosure from in-memory rows through the public constructors;
//! * `audit`: the spec disclosure with every rule (findings built, not rendered), with and
//!   without localization (also with one wrong figure), and rendering the findings in both
//!   languages;
//! * `evaluation`: score one self-evaluation form, and all fourteen;
//! * `serde`: JSON decode + validate of the spec fixture.
//!
//! The scale benchmark (N synthetic disclosures) is `benches/scale.rs`. Numbers and the machine
//! they were taken on: `benches/RESULTS.md`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use final_accounts::audit::{AuditOptions, audit, audit_with};
use final_accounts::classification::{EconomicCode, EconomicScheme, FunctionCode, builtin};
use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::{ScoringParameters, audit_form, evaluate};
use final_accounts::finding::Lang;
use final_accounts::money::{MoneyUnit, PublishedAmount, check_sum};

const FIXTURE: &str = include_str!("../tests/fixtures/datong-hrss-2023.json");

fn spec() -> Disclosure {
    serde_json::from_str(FIXTURE).expect("the spec fixture decodes")
}

fn classification(c: &mut Criterion) {
    let mut group = c.benchmark_group("classification");
    group.bench_function("parse_function_code", |b| {
        b.iter(|| FunctionCode::parse(black_box("2080505")))
    });
    group.bench_function("parse_economic_code", |b| {
        b.iter(|| EconomicCode::parse(black_box("30217")))
    });
    let catalog = builtin::functional(2023).expect("the 2023 catalog");
    let code = FunctionCode::parse("2080505").expect("a code");
    group.bench_function("catalog_get_function", |b| {
        b.iter(|| catalog.get(black_box(&code)).is_some())
    });
    group.bench_function("catalog_resolve_function", |b| {
        b.iter(|| catalog.resolve(black_box("2080505")).is_ok())
    });
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023)
        .into_iter()
        .next()
        .expect("an economic catalog in force in 2023");
    let eco = EconomicCode::parse("30217").expect("a code");
    group.bench_function("catalog_get_economic", |b| {
        b.iter(|| economic.get(black_box(&eco)).is_some())
    });
    group.finish();
}

fn money(c: &mut Criterion) {
    let mut group = c.benchmark_group("money");
    group.bench_function("parse_published_wan_yuan", |b| {
        b.iter(|| PublishedAmount::parse(black_box("1,735.92"), MoneyUnit::WanYuan))
    });
    let parts: Vec<PublishedAmount> = ["1,735.92", "254.97", "0.16"]
        .iter()
        .filter_map(|s| PublishedAmount::parse(s, MoneyUnit::WanYuan).ok())
        .collect();
    let total = PublishedAmount::parse("1,991.06", MoneyUnit::WanYuan).expect("a figure");
    group.bench_function("check_sum_01_income", |b| {
        b.iter(|| check_sum(black_box(&total), black_box(&parts)))
    });
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.bench_function("spec_tables", |b| {
        b.iter(|| {
            use common::datong::*;
            black_box((
                t01(),
                t02(),
                t03(),
                t04(),
                t05(),
                t06(),
                t07(),
                t08(),
                t09(),
                t10(),
            ))
        })
    });
    group.bench_function("spec_disclosure", |b| {
        b.iter(|| black_box(common::datong::disclosure()))
    });
    group.finish();
}

/// The spec with 公开05表 2080505 基本支出 94.47 printed as 94.74.
fn one_wrong_figure() -> Disclosure {
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    let rows = json["general_budget"]["rows"].as_array_mut().unwrap();
    let row = rows.iter_mut().find(|r| r["code"] == "2080505").unwrap();
    row["basic"] = serde_json::Value::String("94.74".to_owned());
    serde_json::from_value(json).unwrap()
}

fn audit_spec(c: &mut Criterion) {
    let mut group = c.benchmark_group("audit");
    let disclosure = spec();
    group.bench_function("spec_all_rules", |b| {
        b.iter(|| audit(black_box(&disclosure)).findings.len())
    });
    // What localization costs: the same audit without keeping the relations as edits or
    // localizing their failures, on the spec as published (every relation holds) and with one
    // figure transposed (a culprit to find among three failing relations).
    let unlocalized = AuditOptions::new().without_localization();
    group.bench_function("spec_without_localization", |b| {
        b.iter(|| {
            audit_with(black_box(&disclosure), &unlocalized)
                .findings
                .len()
        })
    });
    let wrong = one_wrong_figure();
    group.bench_function("spec_one_wrong_figure", |b| {
        b.iter(|| audit(black_box(&wrong)).findings.len())
    });
    group.bench_function("spec_one_wrong_figure_without_localization", |b| {
        b.iter(|| audit_with(black_box(&wrong), &unlocalized).findings.len())
    });
    // Showing the findings is separate from finding them: every message in both languages
    // and every place, named as the document prints them.
    let report = audit(&disclosure);
    group.bench_function("render_spec_findings", |b| {
        b.iter(|| {
            let mut bytes = 0;
            for f in &black_box(&report).findings {
                bytes += report.message(f, Lang::Zh).len() + report.message(f, Lang::En).len();
                for place in &f.places {
                    bytes += report.place(place, Lang::En).to_string().len();
                }
            }
            bytes
        })
    });
    group.finish();
}

fn evaluation(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluation");
    let disclosure = spec();
    let forms = disclosure.forms();
    let params = ScoringParameters::for_year(2023).expect("2023 parameters");
    let one = forms.first().expect("a form");
    group.bench_function("score_one_form", |b| {
        b.iter(|| evaluate(black_box(one), &params))
    });
    group.bench_function("audit_one_form", |b| {
        b.iter(|| audit_form(black_box(one), &params))
    });
    group.bench_function("score_fourteen_forms", |b| {
        b.iter(|| {
            black_box(forms)
                .iter()
                .filter(|f| evaluate(f, &params).is_ok())
                .count()
        })
    });
    group.bench_function("audit_fourteen_forms", |b| {
        b.iter(|| {
            black_box(forms)
                .iter()
                .map(|f| audit_form(f, &params).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn serde(c: &mut Criterion) {
    let mut group = c.benchmark_group("serde");
    // The floor: the same bytes read by serde_json without building anything.
    group.bench_function("parse_only_ignored_any", |b| {
        b.iter(|| serde_json::from_str::<serde::de::IgnoredAny>(black_box(FIXTURE)).is_ok())
    });
    group.bench_function("decode_validate_spec", |b| {
        b.iter(|| serde_json::from_str::<Disclosure>(black_box(FIXTURE)).is_ok())
    });
    let disclosure = spec();
    group.bench_function("encode_spec", |b| {
        b.iter(|| serde_json::to_string(black_box(&disclosure)).map(|s| s.len()))
    });
    group.finish();
}

criterion_group!(
    benches,
    classification,
    money,
    build,
    audit_spec,
    evaluation,
    serde
);
criterion_main!(benches);
