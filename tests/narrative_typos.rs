//! A typo in the seed's 说明 that is still a printable figure is reported, not rejected: the
//! document decodes and the audit runs every other check.
#![cfg(feature = "serde")]

mod common;

use common::mutate::{decode, fixture};
use final_accounts::audit::{Severity, audit};

#[test]
fn a_negative_share_in_the_seed_is_a_finding_not_a_rejection() {
    let mut v = fixture();
    // 二: "财政拨款收入1,990.89万元，占比99.99%；" printed as −5%.
    let st = &mut v["narrative"]["statements"][2];
    assert_eq!(st["claims"][1]["share"]["stated"], "99.99%");
    st["claims"][1]["share"]["stated"] = "-5%".into();
    st["text"] = "财政拨款收入1,990.89万元，占比-5%；".into();
    let d = decode(&v).expect("a negative share decodes");
    let report = audit(&d);
    let negative: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule.id == "narrative.negative")
        .collect();
    assert_eq!(negative.len(), 1, "{negative:#?}");
    assert_eq!(negative[0].severity, Severity::Error);
    assert_eq!(
        negative[0]
            .actual
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("-5%")
    );
    // Everything else still runs: the seed's 结余 6.27 vs 5.27 error is still found.
    assert!(report.findings.iter().any(|f| f.rule.id == "eval.balance"));
}
