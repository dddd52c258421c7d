//! The accounts fixture derived from the Datong 2023 disclosure compiles back into its tables:
//! every 项, economic 款, 三公 and 公开10表 figure as the seed prints it, and every aggregate
//! as the seed prints it wherever the seed's own figures add up to it.

#![cfg(feature = "serde")]

use final_accounts::accounts::Accounts;
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::money::TableRounding;
use rust_decimal::Decimal;
use serde_json::Value;

fn seed() -> Value {
    serde_json::from_str(include_str!("fixtures/datong-hrss-2023.json")).unwrap()
}

fn accounts() -> Accounts {
    serde_json::from_str(include_str!("fixtures/datong-hrss-2023-accounts.json")).unwrap()
}

fn compiled(rounding: TableRounding) -> Value {
    let functional = builtin::functional_in_force(2023);
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    let options = CompileOptions::new(&functional, &economic, rounding);
    serde_json::to_value(compile(&accounts(), &options).unwrap()).unwrap()
}

/// A printed figure; blank and "——" (nothing printed) are zero.
fn num(v: Option<&Value>) -> Decimal {
    match v.and_then(Value::as_str) {
        None | Some("——") => Decimal::ZERO,
        Some(s) => s.replace(',', "").parse().unwrap(),
    }
}

/// The rows of a classified table by code ("" for 合计).
fn rows(table: &Value) -> Vec<(String, Value)> {
    table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["code"].as_str().unwrap_or("").to_owned(), r.clone()))
        .collect()
}

/// Whether the seed's figure of `code` in `column` is the sum of the seed's 项 figures under it.
fn adds_up(seed_rows: &[(String, Value)], code: &str, column: &str) -> bool {
    let value = seed_rows
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, r)| num(r.get(column)));
    let leaves: Decimal = seed_rows
        .iter()
        .filter(|(c, _)| c.len() == 7 && c.starts_with(code))
        .map(|(_, r)| num(r.get(column)))
        .sum();
    value == Some(leaves)
}

#[test]
fn the_seed_accounts_compile_back_into_the_seed_figures_wherever_the_seed_adds_up() {
    let seed = seed();
    for rounding in [TableRounding::Independent, TableRounding::Controlled] {
        let compiled = compiled(rounding);
        let mut equal = 0;
        let mut differ = Vec::new();
        for (table, columns) in [
            ("general_budget", &["basic", "project"][..]),
            ("expenditure", &["basic", "project"][..]),
            ("government_fund", &["income", "project"][..]),
        ] {
            let seed_rows = rows(&seed[table]);
            let ours = rows(&compiled[table]);
            for (code, row) in &seed_rows {
                let mine = ours.iter().find(|(c, _)| c == code).map(|(_, r)| r.clone());
                for column in columns {
                    let theirs = num(row.get(*column));
                    let mine = num(mine.as_ref().and_then(|r| r.get(*column)));
                    if theirs == mine {
                        equal += 1;
                    } else {
                        differ.push(format!(
                            "{table} {code} {column}: seed {theirs}, compiled {mine}"
                        ));
                        // A figure may differ only where the seed's own figures do not add up.
                        assert!(
                            code.len() < 7 && !adds_up(&seed_rows, code, column),
                            "{table} {code} {column}: seed {theirs}, compiled {mine}"
                        );
                    }
                }
            }
        }
        // 公开06表: every economic 款 as printed.
        for block in seed["basic_detail"]["blocks"].as_array().unwrap() {
            for row in block.as_array().unwrap() {
                let code = row["code"].as_str().unwrap();
                if code.len() != 5 {
                    continue;
                }
                let mine = compiled["basic_detail"]["blocks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|b| b.as_array().unwrap())
                    .find(|r| r["code"] == code)
                    .map(|r| num(r.get("amount")))
                    .unwrap_or(Decimal::ZERO);
                assert_eq!(num(row.get("amount")), mine, "公开06表 {code}");
                equal += 1;
            }
        }
        // 公开09表: the 三公 budget and actual as printed.
        for key in [
            "budget_overseas",
            "budget_vehicle_operation",
            "budget_reception",
            "actual_overseas",
            "actual_vehicle_operation",
            "actual_reception",
            "actual_total",
            "budget_total",
        ] {
            assert_eq!(
                num(seed["three_public"].get(key)),
                num(compiled["three_public"].get(key)),
                "公开09表 {key}"
            );
            equal += 1;
        }
        assert_eq!(equal, 181, "{rounding}");
        // The only differences are the seed's own tail: 住房改革支出 (22102) prints 109.61 of basic
        // spending over 99.98 + 9.62 = 109.60, and its 类 221 and the 合计 carry it.
        assert_eq!(
            differ,
            [
                "general_budget  basic: seed 1101.03, compiled 1101.02",
                "general_budget 221 basic: seed 109.61, compiled 109.60",
                "general_budget 22102 basic: seed 109.61, compiled 109.60",
                "expenditure  basic: seed 1102.05, compiled 1102.04",
                "expenditure 221 basic: seed 109.61, compiled 109.60",
                "expenditure 22102 basic: seed 109.61, compiled 109.60",
            ],
            "{rounding}"
        );
    }
}

#[test]
fn the_accounts_fixture_round_trips_through_json() {
    let accounts = accounts();
    let json = serde_json::to_string(&accounts).unwrap();
    let again: Accounts = serde_json::from_str(&json).unwrap();
    assert_eq!(accounts, again);
}

#[test]
fn accounts_that_do_not_balance_are_refused_when_read() {
    let text = include_str!("fixtures/datong-hrss-2023-accounts.json").replacen(
        "\"8093200.00\"",
        "\"8093300.00\"",
        1,
    );
    let err = serde_json::from_str::<Accounts>(&text).unwrap_err();
    assert!(err.to_string().contains("2080101"), "{err}");
}

/// A claim with its printed figures taken out (its identity), and those figures as numbers.
fn claim_key(claim: &Value) -> (String, Vec<Decimal>) {
    let mut identity = claim.clone();
    let mut figures = Vec::new();
    fn strip(v: &mut Value, figures: &mut Vec<Decimal>) {
        if let Value::Object(map) = v {
            for key in ["stated", "amount", "rate"] {
                if let Some(Value::String(s)) = map.get(key) {
                    let number = s.replace([',', '%'], "");
                    if let Ok(d) = number.parse::<Decimal>() {
                        figures.push(d.normalize());
                        map.remove(key);
                    }
                } else if let Some(Value::Number(n)) = map.get(key) {
                    figures.push(n.to_string().parse().unwrap());
                    map.remove(key);
                }
            }
            for (_, inner) in map.iter_mut() {
                strip(inner, figures);
            }
        }
    }
    strip(&mut identity, &mut figures);
    (identity.to_string(), figures)
}

fn claims(disclosure: &Value) -> Vec<(String, String, Vec<Decimal>)> {
    disclosure["narrative"]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|st| {
            let section = st["section"].as_str().unwrap().to_owned();
            st["claims"].as_array().unwrap().iter().map(move |c| {
                let (key, figures) = claim_key(c);
                (section.clone(), key, figures)
            })
        })
        .collect()
}

/// The 说明 compiled from the accounts and their comparatives (last year's figures, the
/// 年初预算 and the reasons the seed prints) states what the seed's 说明 states: the same claims,
/// with the same figures, except where the seed's own tables carry a tail (the 22102 basic
/// spending) or the seed's text prints a wrong figure.
#[test]
fn the_compiled_narrative_states_the_seed_narrative() {
    let seed = seed();
    let theirs = claims(&seed);
    for rounding in [TableRounding::Independent, TableRounding::Controlled] {
        let compiled = compiled(rounding);
        let ours = claims(&compiled);
        let mut equal = 0;
        let mut differ = Vec::new();
        for (section, key, figures) in &theirs {
            let Some((_, _, mine)) = ours.iter().find(|(s, k, _)| s == section && k == key) else {
                continue;
            };
            if mine == figures {
                equal += 1;
            } else {
                differ.push(format!(
                    "{section} {key}: seed {figures:?}, compiled {mine:?}"
                ));
            }
        }
        assert_eq!(equal, 82, "{rounding}: {differ:#?}");
        // Every difference is a figure built on the seed's own tails (22102's 109.61 over
        // 99.98 + 9.62; 收入合计 1,991.06 over 1,990.89 + 0.16; the 人员经费 of 公开06表): one or
        // two units of 0.01 万元 on an amount, and what follows from it on a rate; and the grades
        // of 十（四）, where the seed scores 法律顾问费's indicators above the formula (80 良, where
        // the formula gives 90 优: the seed's audit reports eval.indicator-formula there).
        assert_eq!(differ.len(), 20, "{rounding}: {differ:#?}");
        let grades: Vec<&String> = differ
            .iter()
            .filter(|d| d.contains("grade_count"))
            .collect();
        assert_eq!(
            grades,
            [
                "十（四） {\"grade_count\":{\"grade\":\"优\"}}: seed [12], compiled [13]",
                "十（四） {\"grade_count\":{\"grade\":\"良\"}}: seed [2], compiled [1]",
            ],
            "{rounding}"
        );
        for (section, key, figures) in theirs.iter().filter(|(_, k, _)| !k.contains("grade_count"))
        {
            if let Some((_, _, mine)) = ours.iter().find(|(s, k, _)| s == section && k == key) {
                for (a, b) in figures.iter().zip(mine) {
                    assert!(
                        (a - b).abs() <= Decimal::new(2, 2),
                        "{section} {key}: {a} {b}"
                    );
                }
            }
        }
        // The audit of the compiled disclosure finds one thing above info, as in the seed: the
        // 五（三） total exceeds its 年初预算 (136.96%) and the seed gives no reason for it.
        let disclosure: final_accounts::disclosure::Disclosure =
            serde_json::from_value(compiled).unwrap();
        let report = final_accounts::audit::audit(&disclosure);
        let above: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity >= final_accounts::audit::Severity::Warning)
            .map(|f| f.rule.id)
            .collect();
        assert_eq!(above, ["narrative.missing-reason"], "{rounding}");
    }
}
