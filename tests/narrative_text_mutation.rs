//! Changing one figure of the spec's 说明 *text* (its claims left as recorded) by 1.00 万元,
//! 1.00 percentage point or one unit of a count is reported, wherever the figure stands:
//! also where the sentence prints the same value twice ("收入总计2,076.12万元，支出总计
//! 2,076.12万元"), so that the claim's value is still found elsewhere in it.
#![cfg(feature = "serde")]

mod common;

use std::collections::BTreeSet;

use common::mutate::{disclosure, fixture};
use final_accounts::audit::{Severity, audit};
use final_accounts::finding::Lang;
use rust_decimal::Decimal;

/// The classifiers a count is printed with.
const COUNTS: &[&str] = &["台（套）", "人次", "批次", "辆", "个"];

/// The printed figures of a text: (byte range, unit), for amounts in 万元, percentages and
/// counts.
fn figures(text: &str) -> Vec<(usize, usize, &'static str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let after = &text[i..];
        let unit = if after.starts_with("万元") {
            Some("万元")
        } else if after.starts_with('%') {
            Some("%")
        } else {
            COUNTS.iter().copied().find(|c| after.starts_with(c))
        };
        if let Some(unit) = unit {
            out.push((start, i, unit));
        }
    }
    out
}

/// The printed number plus one unit (1.00 万元, 1 percentage point, one), printed alike:
/// the same decimals, with thousands separators where the original has them.
fn plus_one(printed: &str) -> String {
    let plain: String = printed.chars().filter(|c| *c != ',').collect();
    let mut v: Decimal = plain.parse().unwrap();
    let scale = v.scale();
    v += Decimal::ONE;
    v.rescale(scale);
    let s = v.to_string();
    if !printed.contains(',') {
        return s;
    }
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(a, b)| (a, Some(b)));
    let mut grouped = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    frac.map_or(grouped.clone(), |f| format!("{grouped}.{f}"))
}

/// The errors and warnings of an audit, as comparable lines.
fn reported(value: &serde_json::Value) -> BTreeSet<String> {
    let d = disclosure(value);
    let report = audit(&d);
    report
        .findings
        .iter()
        .filter(|f| matches!(f.severity, Severity::Error | Severity::Warning))
        .map(|f| {
            format!(
                "{} {} {}",
                f.severity,
                f.rule.id,
                f.message(&final_accounts::finding::Unnamed, Lang::En)
            )
        })
        .collect()
}

/// (tried, reported as `narrative.text-figure` errors, missed) over every text figure of a
/// fixture's 说明.
fn mutate_texts(base: &serde_json::Value) -> (usize, usize, Vec<String>) {
    let baseline = reported(base);
    let statements = base["narrative"]["statements"].as_array().unwrap().clone();
    let mut tried = 0;
    let mut as_error = 0;
    let mut missed = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        let text = st["text"].as_str().unwrap();
        for (start, end, unit) in figures(text) {
            let printed = &text[start..end];
            // "单价100万元（含）以上设备" names a threshold, not a figure of the statement.
            if text[end..].starts_with("万元（含）") {
                continue;
            }
            let changed = format!("{}{}{}", &text[..start], plus_one(printed), &text[end..]);
            let mut v = base.clone();
            v["narrative"]["statements"][i]["text"] = serde_json::Value::String(changed);
            let found = reported(&v);
            let new: Vec<&String> = found.difference(&baseline).collect();
            tried += 1;
            if new.is_empty() {
                missed.push(format!("{} {printed}{unit}", st["section"]));
            } else if new
                .iter()
                .any(|f| f.starts_with("error narrative.text-figure"))
            {
                as_error += 1;
            }
        }
    }
    (tried, as_error, missed)
}

#[test]
fn every_text_figure_changed_by_one_is_reported() {
    let (tried, as_error, missed) = mutate_texts(&fixture());
    eprintln!(
        "text mutations: {tried} tried, {as_error} reported as errors, {} missed",
        missed.len()
    );
    assert!(tried > 130, "{tried}");
    assert!(missed.is_empty(), "{missed:#?}");
    // Every change is an error of the text against its claim: none is left to the weaker
    // "not in text" warning.
    assert_eq!(as_error, tried);
}

/// The Putuo document (Shanghai 2024 layout): its 说明 prints one figure for two claims
/// ("收入支出总计307.82万元"), budgets before the 决算, and the same 21.07 five times.
#[test]
fn every_text_figure_of_putuo_changed_by_one_is_reported() {
    let putuo: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/putuo-shehuigongzuobu-2024.json")).unwrap();
    let (tried, as_error, missed) = mutate_texts(&putuo);
    eprintln!(
        "putuo text mutations: {tried} tried, {as_error} reported as errors, {} missed: {missed:?}",
        missed.len()
    );
    assert!(tried > 80, "{tried}");
    // The figures no claim records: the projects and budgets of 编报绩效目标 and 绩效跟踪评价
    // and the problems found (问题0个). Every other change is an error.
    assert_eq!(
        missed,
        [
            "\"十\" 1个",
            "\"十\" 175.52万元",
            "\"十\" 1个",
            "\"十\" 175.52万元",
            "\"十\" 0个"
        ]
    );
    assert_eq!(as_error + missed.len(), tried);
}

/// The claims of every statement of both fixtures, recorded in 30 other orders each (a
/// fixed pseudo-random shuffle): the text is as printed, so no figure of it is reported,
/// whatever order the transcriber used (two shares recorded in the other order swap places).
#[test]
fn claims_in_any_order_find_their_figures() {
    use final_accounts::disclosure::Disclosure;
    use final_accounts::narrative::{CheckOptions, Narrative, Statement, check};
    let fixtures = [
        include_str!("fixtures/datong-hrss-2023.json"),
        include_str!("fixtures/putuo-shehuigongzuobu-2024.json"),
    ];
    let mut seed: u64 = 12_345;
    let mut tried = 0;
    for json in fixtures {
        let d: Disclosure = serde_json::from_str(json).unwrap();
        for st in &d.narrative().statements {
            for _ in 0..30 {
                let mut claims = st.claims().to_vec();
                for i in (1..claims.len()).rev() {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    claims.swap(i, usize::try_from(seed >> 33).unwrap() % (i + 1));
                }
                let s = Statement::new(
                    st.section(),
                    st.text(),
                    claims,
                    st.reason().map(str::to_owned),
                )
                .unwrap();
                tried += 1;
                let text: Vec<String> =
                    check(&Narrative::new(vec![s]), &d, &CheckOptions::default())
                        .iter()
                        .filter(|f| {
                            f.rule.id == "narrative.text-figure"
                                || f.rule.id == "narrative.claim-not-in-text"
                        })
                        .map(|f| f.message(&final_accounts::finding::Unnamed, Lang::En))
                        .collect();
                assert!(text.is_empty(), "{}: {text:?}", st.section());
            }
        }
    }
    assert_eq!(tried, 30 * (42 + 25));
}
