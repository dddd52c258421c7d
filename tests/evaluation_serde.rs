//! The JSON fixture of the fourteen spec forms: it goes through the validating constructors,
//! round-trips faithfully, and agrees with the forms built in Rust.
#![cfg(feature = "serde")]

#[path = "common/forms.rs"]
mod forms;

use final_accounts::evaluation::{Form, TargetValue};

#[test]
fn fixture_forms_equal_the_built_forms() {
    let fixture = forms::fixture_forms();
    let built = forms::built_forms();
    assert_eq!(fixture.len(), 14);
    for (f, b) in fixture.iter().zip(&built) {
        let mut raw = f.to_raw();
        assert!(
            raw.annual_goal.is_some() && raw.achievement.is_some(),
            "{}",
            f.project()
        );
        assert_eq!(raw.analysis.len(), 7, "{}", f.project());
        raw.annual_goal = None;
        raw.achievement = None;
        raw.analysis.clear();
        assert_eq!(raw, b.to_raw(), "{}", f.project());
    }
}

#[test]
fn fixture_round_trips_faithfully() {
    let original: serde_json::Value = forms::fixture_value();
    let forms: Vec<Form> = serde_json::from_value(original.clone()).unwrap();
    let written = serde_json::to_value(&forms).unwrap();
    assert_eq!(written, original);
    // Printed spellings survive: "100" and "100.00", "10.5万", 市市区财政资金.
    let text = serde_json::to_string(&forms).unwrap();
    for printed in [
        "\"100.00\"",
        "\"100\"",
        "\"10.5万\"",
        "市市区财政资金",
        "市区区财政资金",
        "【部门】",
    ] {
        assert!(text.contains(printed), "{printed}");
    }
}

fn first_form() -> serde_json::Value {
    let all: serde_json::Value = forms::fixture_value();
    all[0].clone()
}

#[test]
fn unknown_keys_are_rejected() {
    let mut v = first_form();
    v["funding"][0]["remark"] = "x".into();
    assert!(serde_json::from_value::<Form>(v).is_err());
    let mut v = first_form();
    v["indicators"][0]["target"] = "=2人".into();
    assert!(serde_json::from_value::<Form>(v).is_err());
    let mut v = first_form();
    v["extra"] = 1.into();
    assert!(serde_json::from_value::<Form>(v).is_err());
}

#[test]
fn amounts_are_strings_never_floats() {
    let mut v = first_form();
    v["funding"][0]["executed"] = serde_json::json!(8.007);
    assert!(serde_json::from_value::<Form>(v).is_err());
}

#[test]
fn deserialization_validates_with_located_messages() {
    // A score above its weight decodes (the audit reports it, eval.score-above-weight); a
    // score that is not a number does not, and the error names the form and the figure.
    let mut v = first_form();
    v["indicators"][0]["score"] = "21".into();
    assert!(serde_json::from_value::<Form>(v).is_ok());
    let mut v = first_form();
    v["indicators"][0]["score"] = "2l".into();
    let err = serde_json::from_value::<Form>(v).unwrap_err().to_string();
    assert!(err.contains("J2名选调生"), "{err}");
    assert!(err.contains("得分") && err.contains("2l"), "{err}");
    let mut v = first_form();
    v["indicators"][2]["actual"] = "≥".into();
    let err = serde_json::from_value::<Form>(v).unwrap_err().to_string();
    assert!(err.contains("\"≥\""), "{err}");
    let mut v = first_form();
    v["grade"] = "甲".into();
    assert!(serde_json::from_value::<Form>(v).is_err());
}

#[test]
fn target_values_serialize_as_printed() {
    let t: TargetValue = serde_json::from_str("\"＞=90％\"").unwrap();
    assert_eq!(t.to_string(), "≥90%");
    assert_eq!(serde_json::to_string(&t).unwrap(), "\"＞=90％\"");
    assert!(serde_json::from_str::<TargetValue>("\"≥x\"").is_err());
}
