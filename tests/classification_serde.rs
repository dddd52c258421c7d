//! serde: codes and terms are strings, deserialized through the same parsers.
#![cfg(feature = "serde")]

use final_accounts::classification::{
    Attestation, Completeness, CostCategory, EconomicCode, ExpenditureNature, FunctionCode,
    FundType, IncomeSource, Level, ThreePublicExpense, UnitType,
};

#[test]
fn codes_serialize_as_strings() {
    let code: FunctionCode = "2080505".parse().unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "\"2080505\"");
    let code: EconomicCode = "30239".parse().unwrap();
    assert_eq!(serde_json::to_string(&code).unwrap(), "\"30239\"");
}

#[test]
fn codes_deserialize_through_the_parser() {
    let code: FunctionCode = serde_json::from_str("\"2210202\"").unwrap();
    assert_eq!(code.to_string(), "2210202");
    let codes: Vec<FunctionCode> =
        serde_json::from_str("[\"208\", \"20801\", \"2080101\"]").unwrap();
    assert_eq!(codes.len(), 3);
    let code: EconomicCode = serde_json::from_str("\"50905\"").unwrap();
    assert_eq!(code.to_string(), "50905");
}

#[test]
fn invalid_codes_are_rejected_with_the_parser_message() {
    for (input, message) in [
        ("\"20800\"", "has 00 as its 款 segment"),
        ("\"208O1\"", "has 'O' at position 4"),
        ("\"30101\"", "starts with 3, expected 2"),
        ("\"\"", "classification code is empty"),
        ("\"20801011\"", "has 8 characters"),
    ] {
        let err = serde_json::from_str::<FunctionCode>(input).unwrap_err();
        assert!(err.to_string().contains(message), "{input}: {err}");
    }
    // A number is not a code: leading zeros and levels would be lost.
    assert!(serde_json::from_str::<FunctionCode>("2080505").is_err());
    assert!(serde_json::from_str::<EconomicCode>("\"20801\"").is_err());
    assert!(serde_json::from_str::<EconomicCode>("\"3021701\"").is_err());
}

#[test]
fn terms_serialize_as_official_names() {
    assert_eq!(
        serde_json::to_string(&FundType::GovernmentFund).unwrap(),
        "\"政府性基金预算\""
    );
    assert_eq!(
        serde_json::to_string(&IncomeSource::Operations).unwrap(),
        "\"事业收入\""
    );
    assert_eq!(
        serde_json::to_string(&ExpenditureNature::Basic).unwrap(),
        "\"基本支出\""
    );
    assert_eq!(
        serde_json::to_string(&CostCategory::Public).unwrap(),
        "\"公用经费\""
    );
    assert_eq!(
        serde_json::to_string(&ThreePublicExpense::OverseasTravel).unwrap(),
        "\"因公出国（境）费\""
    );
    assert_eq!(
        serde_json::to_string(&UnitType::PublicInstitution).unwrap(),
        "\"事业单位\""
    );
    assert_eq!(
        serde_json::to_string(&Completeness::Partial).unwrap(),
        "\"partial\""
    );
    assert_eq!(
        serde_json::to_string(&Attestation::Unconfirmed).unwrap(),
        "\"unconfirmed\""
    );
    assert_eq!(serde_json::to_string(&Level::Item).unwrap(), "\"项\"");
}

#[test]
fn terms_deserialize_through_from_str() {
    let fund: FundType = serde_json::from_str("\"国有资本经营预算\"").unwrap();
    assert_eq!(fund, FundType::StateCapital);
    // Aliases accepted by FromStr are accepted by serde too.
    let unit: UnitType = serde_json::from_str("\"机关\"").unwrap();
    assert_eq!(unit, UnitType::Administrative);
    let err = serde_json::from_str::<IncomeSource>("\"财政拨款\"").unwrap_err();
    assert!(
        err.to_string()
            .contains("is not a 收入来源 (income source)"),
        "{err}"
    );
    assert!(serde_json::from_str::<FundType>("\"GeneralPublic\"").is_err());
    assert!(serde_json::from_str::<CostCategory>("0").is_err());
}

#[test]
fn round_trips() {
    use strum::IntoEnumIterator;
    for v in IncomeSource::iter() {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(serde_json::from_str::<IncomeSource>(&json).unwrap(), v);
    }
    for v in ThreePublicExpense::iter() {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            serde_json::from_str::<ThreePublicExpense>(&json).unwrap(),
            v
        );
    }
}
