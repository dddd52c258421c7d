//! The serde form of the narrative: the spec's statements as committed JSON, round trips,
//! unknown keys rejected, amounts as strings, validation through the constructors.
#![cfg(feature = "serde")]

mod narrative_support;

use final_accounts::narrative::{Narrative, Statement};
use narrative_support::narrative;

const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

/// The `narrative` of the spec fixture, as JSON.
fn fixture_value() -> serde_json::Value {
    let mut all: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
    all["narrative"].take()
}

#[test]
fn the_fixture_is_the_spec_narrative() {
    let parsed: Narrative = serde_json::from_value(fixture_value()).unwrap();
    assert_eq!(parsed, narrative());
}

#[test]
fn fixture_is_up_to_date() {
    assert_eq!(serde_json::to_value(narrative()).unwrap(), fixture_value());
}

#[test]
fn round_trip_is_identity() {
    let n = narrative();
    let json = serde_json::to_string(&n).unwrap();
    let back: Narrative = serde_json::from_str(&json).unwrap();
    assert_eq!(back, n);
}

#[test]
fn amounts_are_strings_never_floats() {
    let value = fixture_value();
    fn walk(v: &serde_json::Value) {
        match v {
            serde_json::Value::Number(n) => assert!(n.is_u64(), "only counts are numbers: {n}"),
            serde_json::Value::Array(a) => a.iter().for_each(walk),
            serde_json::Value::Object(o) => o.values().for_each(walk),
            _ => {}
        }
    }
    walk(&value);
    let float = r#"{"section":"二","text":"收入合计1,991.06万元","claims":[{"amount":{"figure":"income_total","stated":1991.06}}]}"#;
    assert!(serde_json::from_str::<Statement>(float).is_err());
}

#[test]
fn unknown_keys_are_rejected() {
    for json in [
        r#"{"statements":[],"unit":"万元"}"#,
        r#"{"statements":[{"section":"二","text":"t","claims":[],"page":3}]}"#,
        r#"{"statements":[{"section":"二","text":"t","claims":[{"amount":{"figure":"income_total","stated":"1","note":"x"}}]}]}"#,
        r#"{"statements":[{"section":"二","text":"t","claims":[{"amount":{"figure":{"general_public":{"code":"208","column":"小计","x":1}},"stated":"1"}}]}]}"#,
        r#"{"statements":[{"section":"二","text":"t","claims":[{"amounts":{"figure":"income_total","stated":"1"}}]}]}"#,
    ] {
        assert!(serde_json::from_str::<Narrative>(json).is_err(), "{json}");
    }
}

#[test]
fn invalid_claims_are_rejected_with_their_reason() {
    let cases = [
        (r#"{"section":"","text":"t","claims":[]}"#, "section"),
        // A negative amount is printable: it decodes, and the checks report it
        // (`narrative.negative`); a non-number does not.
        (
            r#"{"section":"二","text":"t","claims":[{"amount":{"figure":"income_total","stated":"-1.00"}}]}"#,
            "",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"share":{"part":"other_income","whole":"income_total","stated":"-5%"}}]}"#,
            "",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"amount":{"figure":"income_total","stated":"一千"}}]}"#,
            "一千",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"share":{"part":"other_income","whole":"income_total","stated":"0.01"}}]}"#,
            "",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"change":{"figure":"income_total","word":"上涨","amount":"1.00"}}]}"#,
            "change word",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"change":{"figure":"income_total","word":"增加","amount":"1.00","rate":"5.00%"}}]}"#,
            "rate",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"completion":{"figure":"income_total","budget":{"kind":"年初预算"},"stated":"100%"}}]}"#,
            "budget",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"grade_count":{"grade":"","stated":1}}]}"#,
            "grade",
        ),
        (
            r#"{"section":"二","text":"t","claims":[{"amount":{"figure":{"general_public":{"code":"108","column":"小计"}},"stated":"1"}}]}"#,
            "108",
        ),
    ];
    for (json, needle) in cases {
        let result = serde_json::from_str::<Statement>(json);
        match needle {
            "" => assert!(result.is_ok(), "{json}"),
            _ => {
                let err = result.unwrap_err().to_string();
                assert!(err.contains(needle), "{json}: {err}");
            }
        }
    }
}
