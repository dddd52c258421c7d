//! Laws of disclosures printed from exact ledgers (元 with 分), as publishers print them: every
//! figure rounded to 0.01 万元 half away from zero, each aggregate either rounded from its exact
//! total or summed from its table's rounded cells (`generate::exact_ledger`).
//!
//! * The audit raises no error on any of them, and no warning a rounding tail could cause:
//!   every difference rounding makes is explained (info at most).
//! * A one-unit (0.01) change to a single-part figure printed twice — a figure with no printed
//!   parts anywhere (公开01表 一 and 二 against 公开04表, a 类 line whose 类 has one 项 with one
//!   printed column against 公开03表 or 公开05表) — is an error.
#![cfg(all(feature = "proptest", feature = "serde"))]

use final_accounts::audit::{Report, Severity, audit};
use final_accounts::classification::FunctionCode;
use final_accounts::disclosure::Disclosure;
use final_accounts::generate::{self, Ledger, LedgerItem, LedgerUnit};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

/// Every error, and every warning of the arithmetic rules (a table's own, `t*`, and between
/// tables, `x.*`): the findings a rounding tail could cause. (The layout and narrative rules
/// warn about what the generator does not print — 行次, a 说明 — which rounding has no part in.)
fn not_explained(report: &Report<'_>) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| {
            f.severity == Severity::Error
                || (f.severity == Severity::Warning
                    && (f.rule.id.starts_with('t') || f.rule.id.starts_with("x.")))
        })
        .map(ToString::to_string)
        .collect()
}

fn errors(report: &Report<'_>) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

/// `text` (an amount of 万元 with two decimals) moved by `cents` 0.01 万元.
fn moved(text: &str, cents: i64) -> String {
    let value: Decimal = text.parse().expect("an amount");
    (value + Decimal::new(cents, 2)).round_dp(2).to_string()
}

/// The JSON pointer of the `amount` (or `column`) of the line whose `item` is `item` in
/// `table`'s `side` (`income` / `expenditure`).
fn line_pointer(v: &Value, table: &str, side: &str, item: &str, column: &str) -> Option<String> {
    let lines = v.pointer(&format!("/{table}/{side}"))?.as_array()?;
    let i = lines
        .iter()
        .position(|l| l.get("item").and_then(Value::as_str) == Some(item))?;
    let pointer = format!("/{table}/{side}/{i}/{column}");
    v.pointer(&pointer)?.as_str()?;
    Some(pointer)
}

/// The 类 of the ledger with exactly one 项, whose one spending column is printed (the 类
/// has no printed parts anywhere), as (class, all funds, 一般公共预算): whether each printing
/// is single-part.
fn single_part_classes(ledger: &Ledger) -> Vec<(FunctionCode, bool, bool)> {
    let mut out = Vec::new();
    for item in &ledger.items {
        let class = item.code.class();
        if ledger
            .items
            .iter()
            .filter(|i| i.code.class() == class)
            .count()
            != 1
        {
            continue;
        }
        let cents = |v: u64| match ledger.unit {
            LedgerUnit::Fen => v.saturating_add(5_000) / 10_000,
            _ => v,
        };
        let basic = cents(item.personnel + item.public) != 0;
        let projects = cents(item.project + item.fund_project + item.other_project) != 0;
        let gb_project = cents(item.project) != 0;
        // 公开03表 prints 基本支出 and 项目支出 of the 项; 公开05表 its 一般公共预算 ones.
        let all_funds = basic != projects;
        let general_budget = basic != gb_project && item.fund_project == 0;
        out.push((class, all_funds, general_budget));
    }
    out
}

/// The single-part figures printed twice, as JSON pointers into the disclosure.
fn single_part_pointers(ledger: &Ledger, v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for item in ["general_budget", "government_fund"] {
        out.extend(line_pointer(
            v,
            "income_expenditure",
            "income",
            item,
            "amount",
        ));
        out.extend(line_pointer(v, "fiscal", "income", item, "amount"));
    }
    for (class, all_funds, general_budget) in single_part_classes(ledger) {
        let code = class.to_string();
        if all_funds {
            out.extend(line_pointer(
                v,
                "income_expenditure",
                "expenditure",
                &code,
                "amount",
            ));
        }
        if general_budget {
            out.extend(line_pointer(
                v,
                "fiscal",
                "expenditure",
                &code,
                "general_budget",
            ));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn rounding_alone_raises_nothing(ledger in generate::exact_ledger()) {
        let d = ledger.disclosure(Vec::new()).expect("the ledger's tables build");
        let report = audit(&d);
        let unexplained = not_explained(&report);
        prop_assert!(unexplained.is_empty(), "summed {:?}: {unexplained:#?}", ledger.summed);
    }

    #[test]
    fn a_unit_slip_of_a_single_part_figure_is_an_error(ledger in generate::exact_ledger()) {
        let d = ledger.disclosure(Vec::new()).expect("the ledger's tables build");
        let v = serde_json::to_value(&d).expect("serializes");
        for pointer in single_part_pointers(&ledger, &v) {
            let printed = v.pointer(&pointer).and_then(Value::as_str).unwrap_or_default().to_owned();
            for cents in [1, -1] {
                let text = moved(&printed, cents);
                if text.parse::<Decimal>().map_or(true, |x| x <= Decimal::ZERO) {
                    continue;
                }
                let mut w = v.clone();
                *w.pointer_mut(&pointer).expect("the pointer") = Value::String(text.clone());
                let edited: Disclosure = serde_json::from_value(w).expect("decodes");
                let report = audit(&edited);
                prop_assert!(
                    !errors(&report).is_empty(),
                    "{pointer}: {printed} → {text} raised no error (summed {:?})",
                    ledger.summed
                );
            }
        }
    }
}

/// A one-项 ledger in 分 (50 元 of 一般公共预算 and 50 元 of 政府性基金 spending, 0.005 万元
/// each, so each rounds up to 0.01 while their sum is exactly 0.01).
fn halves() -> Ledger {
    let code = FunctionCode::parse("2080101").unwrap();
    Ledger::in_unit(
        LedgerUnit::Fen,
        vec![LedgerItem {
            code,
            personnel: 5_000,
            public: 0,
            project: 0,
            fund_project: 5_000,
            other_project: 0,
        }],
        0,
        0,
        Vec::new(),
    )
}

#[test]
fn exact_ledgers_round_half_away_from_zero() {
    let d = halves().disclosure(Vec::new()).unwrap();
    let v = serde_json::to_value(&d).unwrap();
    let amount = |table, side, item: &str| {
        let p = line_pointer(&v, table, side, item, "amount").unwrap();
        v.pointer(&p).unwrap().as_str().unwrap().to_owned()
    };
    // 50 元 = 0.005 万元 → 0.01 (half away from zero); the income total 100 元 → 0.01.
    assert_eq!(
        amount("income_expenditure", "income", "general_budget"),
        "0.01"
    );
    assert_eq!(
        amount("income_expenditure", "income", "government_fund"),
        "0.01"
    );
    assert_eq!(
        amount("income_expenditure", "income", "current_year_total"),
        "0.01"
    );
    // Nothing the audit reports is an error: 本年收入合计 0.01 against its lines 0.01 + 0.01
    // is a tail of two parts.
    assert!(errors(&audit(&d)).is_empty(), "{:#?}", errors(&audit(&d)));
}

/// The derivation allowance takes the largest number of parts a figure has anywhere: 公开01表
/// 本年收入合计 adds up two printed lines (一 and 二), so 公开02表's 合计, with one 项 and
/// one printed column, may be 0.01 from it.
#[test]
fn the_allowance_counts_the_parts_of_every_printing() {
    let d = halves().disclosure(Vec::new()).unwrap();
    let mut v = serde_json::to_value(&d).unwrap();
    // 公开02表 prints the sum of the rounded lines, 0.02, in every row (one 项: 合计 = 类 = 款 =
    // 项), in 合计 and 财政拨款收入.
    let rows = v["income"]["rows"].as_array_mut().unwrap();
    for row in rows.iter_mut() {
        row["total"] = "0.02".into();
        row["fiscal"] = "0.02".into();
    }
    let edited: Disclosure = serde_json::from_value(v.clone()).unwrap();
    let report = audit(&edited);
    let total: Vec<_> = report.of_rule("x.income-total").collect();
    assert_eq!(total.len(), 1, "{total:#?}");
    assert_eq!(total[0].severity, Severity::Info);
    assert_eq!(
        (
            total[0].expected.as_ref().map(ToString::to_string),
            total[0].actual.as_ref().map(ToString::to_string)
        ),
        (Some("0.01".to_owned()), Some("0.02".to_owned()))
    );
    // Printed as one line only (一 0.01, 二 blank), 本年收入合计 has one part: the same 0.01
    // is an error.
    let p = line_pointer(
        &v,
        "income_expenditure",
        "income",
        "government_fund",
        "amount",
    )
    .unwrap();
    v.pointer_mut(&p).unwrap().take();
    let (i, _) = p.rsplit_once('/').unwrap();
    v.pointer_mut(i)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove("amount");
    let edited: Disclosure = serde_json::from_value(v).unwrap();
    let report = audit(&edited);
    let total: Vec<_> = report.of_rule("x.income-total").collect();
    assert_eq!(total.len(), 1, "{total:#?}");
    assert_eq!(total[0].severity, Severity::Error);
}

/// The law is not vacuous: the exact ledgers do print rounding tails, within tables and
/// between them, and the audit reports them as info.
#[test]
fn exact_ledgers_print_rounding_tails() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut within, mut between) = (0, 0);
    for _ in 0..24 {
        let ledger = generate::exact_ledger()
            .new_tree(&mut runner)
            .unwrap()
            .current();
        let d = ledger.disclosure(Vec::new()).unwrap();
        for f in &audit(&d).findings {
            if f.severity == Severity::Info && f.rule.id.starts_with('t') {
                within += 1;
            }
            if f.severity == Severity::Info && f.rule.id.starts_with("x.") {
                between += 1;
            }
        }
    }
    assert!(
        within > 0 && between > 0,
        "{within} tails within, {between} between"
    );
}
