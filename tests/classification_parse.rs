//! First-tier parsing: every `CodeError` variant, triggered with real codes, and the closed sets
//! of official terms.

use final_accounts::classification::{
    Attestation, CodeError, Completeness, CostCategory, EconomicCode, EconomicLevel,
    EconomicScheme, ExpenditureNature, FunctionCode, FundType, IncomeSource, Level,
    ThreePublicExpense, UnitType, builtin,
};
use strum::IntoEnumIterator;

/// Every functional code printed in the spec's tables.
const SPEC_FUNCTIONAL: [&str; 19] = [
    "208", "20801", "2080101", "2080110", "20805", "2080505", "2080506", "20807", "2080799", "210",
    "21011", "2101101", "212", "21208", "2120899", "221", "22102", "2210201", "2210202",
];

#[test]
fn spec_codes_parse_with_their_level() {
    for code in SPEC_FUNCTIONAL {
        let parsed: FunctionCode = code.parse().unwrap();
        assert_eq!(parsed.to_string(), code);
        let expected = match code.len() {
            3 => Level::Class,
            5 => Level::Section,
            _ => Level::Item,
        };
        assert_eq!(parsed.level(), expected, "{code}");
        assert_eq!(FunctionCode::try_from(code).unwrap(), parsed);
        assert_eq!(FunctionCode::try_from(code.to_owned()).unwrap(), parsed);
    }
}

#[test]
fn hierarchy_of_a_real_code() {
    let code: FunctionCode = "2080505".parse().unwrap();
    assert_eq!(code.parent().unwrap().to_string(), "20805");
    assert_eq!(code.class().to_string(), "208");
    let ancestors: Vec<String> = code.ancestors().map(|c| c.to_string()).collect();
    assert_eq!(ancestors, ["20805", "208"]);
    assert!("208".parse::<FunctionCode>().unwrap().is_ancestor_of(&code));
    assert!(!"210".parse::<FunctionCode>().unwrap().is_ancestor_of(&code));
    assert!(!code.is_ancestor_of(&code));
}

#[test]
fn economic_codes_of_both_schemes() {
    let code: EconomicCode = "30217".parse().unwrap();
    assert_eq!(code.scheme(), EconomicScheme::Departmental);
    assert_eq!(code.level(), EconomicLevel::Section);
    assert_eq!(code.parent().unwrap().to_string(), "302");
    let gov: EconomicCode = "50905".parse().unwrap();
    assert_eq!(gov.scheme(), EconomicScheme::Government);
    assert_eq!(gov.class().to_string(), "509");
}

#[test]
fn empty() {
    assert_eq!(FunctionCode::parse(""), Err(CodeError::Empty));
    assert_eq!(EconomicCode::parse(""), Err(CodeError::Empty));
}

#[test]
fn wrong_length() {
    // A 项 code with an extra digit, as a PDF may glue a 行次 to it.
    let err = FunctionCode::parse("20801011").unwrap_err();
    assert_eq!(
        err,
        CodeError::WrongLength {
            code: "20801011".into(),
            length: 8,
            expected: "3, 5 or 7",
        }
    );
    // Economic codes have no 项.
    assert!(matches!(
        EconomicCode::parse("3021701"),
        Err(CodeError::WrongLength { length: 7, .. })
    ));
    assert!(matches!(
        FunctionCode::parse("2080"),
        Err(CodeError::WrongLength { length: 4, .. })
    ));
}

#[test]
fn non_digit() {
    // The letter O instead of zero, and a full-width digit, both located.
    assert!(matches!(
        FunctionCode::parse("208O1"),
        Err(CodeError::NonDigit {
            position: 4,
            found: 'O',
            ..
        })
    ));
    assert!(matches!(
        FunctionCode::parse("２08"),
        Err(CodeError::NonDigit {
            position: 1,
            found: '２',
            ..
        })
    ));
    assert!(matches!(
        EconomicCode::parse("302 17"),
        Err(CodeError::NonDigit {
            position: 4,
            found: ' ',
            ..
        })
    ));
    let err = FunctionCode::parse(" 208").unwrap_err();
    assert_eq!(
        err.to_string(),
        "classification code \" 208\" has ' ' at position 1, expected a digit 0-9"
    );
}

#[test]
fn wrong_leading_digit() {
    // An economic code where a functional one is expected, and the reverse.
    let err = FunctionCode::parse("30101").unwrap_err();
    assert!(matches!(
        err,
        CodeError::WrongLeadingDigit { found: '3', .. }
    ));
    assert!(matches!(
        EconomicCode::parse("20801"),
        Err(CodeError::WrongLeadingDigit { found: '2', .. })
    ));
    // A government code where a departmental one is required.
    assert!(matches!(
        EconomicCode::parse_in("50101", EconomicScheme::Departmental),
        Err(CodeError::WrongLeadingDigit { found: '5', .. })
    ));
    assert!(EconomicCode::parse_in("30101", EconomicScheme::Departmental).is_ok());
}

#[test]
fn zero_segment() {
    assert!(matches!(
        FunctionCode::parse("20800"),
        Err(CodeError::ZeroSegment {
            level: Level::Section,
            ..
        })
    ));
    assert!(matches!(
        FunctionCode::parse("2080500"),
        Err(CodeError::ZeroSegment {
            level: Level::Item,
            ..
        })
    ));
    assert!(matches!(
        EconomicCode::parse("30200"),
        Err(CodeError::ZeroSegment { .. })
    ));
}

#[test]
fn unknown_function_code_hands_back_the_code() {
    let catalog = builtin::functional(2023).unwrap();
    let err = catalog.resolve("2080199").unwrap_err();
    assert_eq!(
        err,
        CodeError::UnknownFunctionCode {
            code: "2080199".parse().unwrap(),
            edition: 2023,
            completeness: Completeness::Partial,
        }
    );
    // The first tier wins: a malformed code never reaches the catalog.
    assert!(matches!(
        catalog.resolve("20801O1"),
        Err(CodeError::NonDigit { .. })
    ));
}

#[test]
fn unknown_economic_code_hands_back_the_code() {
    let catalog = builtin::economic(EconomicScheme::Government, 2020).unwrap();
    let err = catalog.resolve("50299").unwrap_err();
    assert!(matches!(
        err,
        CodeError::UnknownEconomicCode { code, edition: 2020, completeness: Completeness::Partial }
            if code.to_string() == "50299"
    ));
}

#[test]
fn unknown_term() {
    let err = "财政拨款".parse::<IncomeSource>().unwrap_err();
    assert_eq!(err.set(), "收入来源 (income source)");
    assert_eq!(err.name(), "财政拨款");
    assert!(err.to_string().starts_with(
        "\"财政拨款\" is not a 收入来源 (income source), expected one of: 财政拨款收入, "
    ));
    assert!("".parse::<ExpenditureNature>().is_err());
    assert!("人员".parse::<CostCategory>().is_err());
    assert!("Partial".parse::<Completeness>().is_err());
    assert!("行政".parse::<UnitType>().is_err());
    // Levels and schemes use the same error (no strum type in the public API).
    assert_eq!("项".parse::<Level>().unwrap(), Level::Item);
    let err = "目".parse::<Level>().unwrap_err();
    assert_eq!(err.expected(), ["类", "款", "项"]);
    assert_eq!(
        "款".parse::<EconomicLevel>().unwrap(),
        EconomicLevel::Section
    );
    assert_eq!(
        "政府预算支出经济分类".parse::<EconomicScheme>().unwrap(),
        EconomicScheme::Government
    );
}

#[test]
fn closed_sets_round_trip_their_official_names() {
    fn round_trip<T>()
    where
        T: IntoEnumIterator
            + Copy
            + PartialEq
            + std::fmt::Debug
            + std::fmt::Display
            + std::str::FromStr,
        <T as std::str::FromStr>::Err: std::fmt::Debug,
    {
        for v in T::iter() {
            assert_eq!(v.to_string().parse::<T>().unwrap(), v);
        }
    }
    round_trip::<FundType>();
    round_trip::<IncomeSource>();
    round_trip::<ExpenditureNature>();
    round_trip::<CostCategory>();
    round_trip::<ThreePublicExpense>();
    round_trip::<UnitType>();
    round_trip::<Attestation>();
    round_trip::<Completeness>();

    let names = |v: Vec<String>| v.join(" ");
    assert_eq!(
        names(FundType::iter().map(|v| v.to_string()).collect()),
        "一般公共预算 政府性基金预算 国有资本经营预算 社会保险基金预算"
    );
    assert_eq!(
        names(ExpenditureNature::iter().map(|v| v.to_string()).collect()),
        "基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出"
    );
    assert_eq!(
        "机关（行政单位）".parse::<UnitType>().unwrap(),
        UnitType::Administrative
    );
    assert_eq!(
        "因公出国（境）费用".parse::<ThreePublicExpense>().unwrap(),
        ThreePublicExpense::OverseasTravel
    );
}

#[test]
fn cost_category_of_every_spec_economic_code() {
    // 公开06表: 人员经费 = 301 + 303, 公用经费 = the rest.
    let catalog = builtin::economic_catalogs(EconomicScheme::Departmental)
        .iter()
        .find(|c| c.transcribed_from().is_some())
        .unwrap();
    for entry in catalog {
        let class = entry.code().class().to_string();
        let expected = if class == "301" || class == "303" {
            CostCategory::Personnel
        } else {
            CostCategory::Public
        };
        assert_eq!(CostCategory::of(entry.code()).unwrap(), expected, "{entry}");
    }
    assert!(matches!(
        CostCategory::of("50101".parse().unwrap()),
        Err(CodeError::WrongLeadingDigit { found: '5', .. })
    ));
}

#[test]
fn three_public_codes() {
    let code = |s: &str| s.parse::<EconomicCode>().unwrap();
    assert_eq!(
        ThreePublicExpense::of(code("30212")),
        Some((ThreePublicExpense::OverseasTravel, Attestation::Confirmed))
    );
    assert_eq!(
        ThreePublicExpense::of(code("30231")),
        Some((ThreePublicExpense::VehicleOperation, Attestation::Confirmed))
    );
    assert_eq!(
        ThreePublicExpense::of(code("31013")),
        Some((ThreePublicExpense::VehiclePurchase, Attestation::Confirmed))
    );
    assert_eq!(
        ThreePublicExpense::of(code("30913")),
        Some((
            ThreePublicExpense::VehiclePurchase,
            Attestation::Unconfirmed
        ))
    );
    assert_eq!(ThreePublicExpense::of(code("30215")), None); // 会议费 is not 三公
    // Every 三公 code is in the catalog of the 2018 scheme as the spec prints it.
    let catalog = builtin::economic_catalogs(EconomicScheme::Departmental)
        .iter()
        .find(|c| c.transcribed_from().is_some())
        .unwrap();
    for item in ThreePublicExpense::iter() {
        for (c, _) in item.economic_codes() {
            assert!(catalog.contains(c), "{c}");
        }
    }
}
