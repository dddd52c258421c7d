//! Laws of error localization on generated disclosures (features `proptest` and `serde`): one
//! printed amount of a consistent disclosure moved by +1.00, ×10 or a transposition of two
//! adjacent digits is named by the report whenever a relation fails (as the culprit or among
//! the sets one of which is wrong), every finding of a table or cross-table relation above info
//! is localized, and filtering by rule still finds every rule the unlocalized audit reports.
#![cfg(all(feature = "proptest", feature = "serde"))]

use std::collections::BTreeSet;

use final_accounts::audit::{AuditOptions, Report, Severity, audit, audit_with, edits};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::{Area, Edit, FigureId, Localization};
use final_accounts::generate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

#[path = "common/mutate.rs"]
#[allow(dead_code)]
mod mutate;

fn mutate(text: &str, how: u8) -> Option<String> {
    let value: Decimal = text.parse().ok()?;
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len());
    let show = |mut v: Decimal| {
        v.rescale(u32::try_from(decimals).ok()?);
        Some(v.to_string())
    };
    let out = match how % 3 {
        0 => show(value + Decimal::ONE)?,
        1 => show(value * Decimal::TEN)?,
        _ => {
            let mut chars: Vec<char> = text.chars().collect();
            let digits: Vec<usize> = (0..chars.len())
                .filter(|&i| chars[i].is_ascii_digit())
                .collect();
            let w = digits
                .windows(2)
                .rev()
                .find(|w| chars[w[0]] != chars[w[1]])?;
            chars.swap(w[0], w[1]);
            let s: String = chars.into_iter().collect();
            if s.starts_with('0') && s.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            s
        }
    };
    (out != text).then_some(out)
}

/// Whether `a` and `b` print the same digits but one.
fn one_digit_apart(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.chars().zip(b.chars()).filter(|(x, y)| x != y).count() == 1
}

fn mutated_figure(base: &[Edit], mutant: &[Edit]) -> Option<FigureId> {
    base.iter().zip(mutant).find_map(|(a, b)| {
        a.terms
            .iter()
            .zip(&b.terms)
            .find(|(s, t)| s.amount != t.amount)
            .and_then(|(_, t)| t.figure)
    })
}

fn rules_above_info(report: &Report<'_>) -> BTreeSet<&'static str> {
    report
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .flat_map(|f| f.rules().map(|r| r.id))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn one_wrong_figure_is_named(
        d in generate::disclosure(),
        pick in any::<prop::sample::Index>(),
        how in any::<u8>(),
    ) {
        let base_edits = edits(&d);
        prop_assume!(base_edits.iter().all(|e| e.holds));
        let v = serde_json::to_value(&d).unwrap();
        // Amounts printed with decimals (the counts of 公开10表 print none).
        let pointers: Vec<String> = mutate::amount_pointers(&v)
            .into_iter()
            .filter(|p| v.pointer(p).and_then(Value::as_str).is_some_and(|s| s.contains('.')))
            .collect();
        prop_assume!(!pointers.is_empty());
        let pointer = pick.get(&pointers);
        let text = v.pointer(pointer).and_then(Value::as_str).unwrap().to_owned();
        let Some(mutated) = mutate(&text, how) else {
            return Ok(());
        };
        let mut edited = v.clone();
        *edited.pointer_mut(pointer).unwrap() = Value::String(mutated.clone());
        let Ok(changed) = serde_json::from_value::<Disclosure>(edited) else {
            return Ok(());
        };
        let mutant_edits = edits(&changed);
        let Some(figure) = mutated_figure(&base_edits, &mutant_edits) else {
            return Ok(());
        };
        prop_assume!(mutant_edits.iter().any(|e| !e.holds));
        let report = audit(&changed);
        let named = report
            .findings
            .iter()
            .filter_map(|f| f.localized.as_deref())
            .any(|l| l.localization.suspects().any(|s| s.figure == figure));
        if !named {
            // By design (Scholtus), among equally small sets the one explained by keystroke
            // slips is preferred: a +1.00 that carries over several digits (369.00 → 370.00) is
            // no slip, and a neighbour that one wrong digit explains (368.99 for 367.99) is
            // then named instead. Any other miss is a failure of the law.
            let carried = how % 3 == 0 && !one_digit_apart(&text, &mutated);
            let slip_named = report.findings.iter().filter_map(|f| f.localized.as_deref()).any(|l| {
                matches!(&l.localization, Localization::Culprit(set)
                    if !set.is_empty() && set.iter().all(|s| s.typo.is_some()))
            });
            prop_assert!(
                carried && slip_named,
                "{} {} → {} not named",
                pointer,
                text,
                mutated
            );
        }
        for f in report.findings.iter().filter(|f| f.severity > Severity::Info) {
            if matches!(f.rule.area, Area::Table(_) | Area::Cross) {
                prop_assert!(f.localized.is_some(), "{f}");
            }
        }
        let unlocalized = audit_with(&changed, &AuditOptions::new().without_localization());
        let before = rules_above_info(&unlocalized);
        let after = rules_above_info(&report);
        prop_assert!(before.is_subset(&after), "{before:?} ⊄ {after:?}");
    }
}
