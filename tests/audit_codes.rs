//! The code rules (`code.*`): the spec's codes and names against the built-in 2023 catalogs
//! (silent), against a made-up complete catalog (errors), and each rule broken.
#![cfg(feature = "serde")]

mod common;

use common::datong;
use common::mutate::{disclosure, fixture, row_mut};
use final_accounts::audit::{Finding, Severity, codes};
use final_accounts::classification::{
    Completeness, EconomicCatalog, EconomicScheme, FunctionCatalog, builtin,
};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::Lang;
use serde_json::Value;

type Short = (
    String,
    Severity,
    Vec<String>,
    Option<String>,
    Option<String>,
);

/// A finding in short, its places named as `d` prints them.
fn short(f: &Finding, d: &Disclosure) -> Short {
    (
        f.rule.id.to_owned(),
        f.severity,
        f.places
            .iter()
            .map(|p| p.display(d, Lang::En).to_string())
            .collect(),
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
    )
}

fn expect(rule: &str, severity: Severity, place: &str, expected: &str, actual: &str) -> Short {
    (
        rule.to_owned(),
        severity,
        vec![place.to_owned()],
        Some(expected.to_owned()),
        Some(actual.to_owned()),
    )
}

fn check(v: &Value) -> Vec<Short> {
    let d = disclosure(v);
    codes::check(&d, None, None)
        .iter()
        .map(|f| short(f, &d))
        .collect()
}

/// The built-in 2023 functional catalog made complete, without 2080799, with 21011 renamed,
/// and with the five 类 of the summary tables it does not ship (named as 公开01表 prints them).
fn complete_functional() -> FunctionCatalog {
    let mut rows: Vec<(String, String)> = builtin::functional(2023)
        .unwrap()
        .iter()
        .filter(|e| e.code().to_string() != "2080799")
        .map(|e| {
            let name = if e.code().to_string() == "21011" {
                "行政事业单位医疗支出".to_owned()
            } else {
                e.name().to_owned()
            };
            (e.code().to_string(), name)
        })
        .collect();
    for (code, name) in [
        ("222", "粮油物资储备支出"),
        ("223", "国有资本经营预算支出"),
        ("229", "其他支出"),
        ("231", "债务还本支出"),
        ("234", "抗疫特别国债安排的支出"),
    ] {
        rows.push((code.to_owned(), name.to_owned()));
    }
    rows.sort();
    FunctionCatalog::from_rows(2023, Completeness::Complete, rows).unwrap()
}

/// The built-in 2023 departmental economic catalog made complete, without 30239.
fn complete_economic() -> EconomicCatalog {
    let rows: Vec<(String, String)> = builtin::economic(EconomicScheme::Departmental, 2023)
        .unwrap()
        .iter()
        .filter(|e| e.code().to_string() != "30239")
        .map(|e| (e.code().to_string(), e.name().to_owned()))
        .collect();
    EconomicCatalog::from_rows(2023, Completeness::Complete, rows).unwrap()
}

#[test]
fn the_spec_codes_and_names_are_all_in_the_2023_catalogs() {
    // Every code of 公开02/03/05/07/08表 and every economic code of 公开06表 is in the
    // built-in 2023 catalogs with the name printed; the 类 names of 公开01/04表 match once the
    // ordinal (八、) is removed; their blank lines keyed 222, 223, 229, 231, 234 (codes the
    // document does not print and the partial catalog does not list) are not reported.
    let d = datong::disclosure();
    assert_eq!(codes::check(&d, None, None), Vec::<Finding>::new());
    assert_eq!(
        codes::check(
            &d,
            builtin::functional(2023),
            builtin::economic(EconomicScheme::Departmental, 2023)
        ),
        Vec::<Finding>::new()
    );
    assert_eq!(check(&fixture()), []);
}

#[test]
fn the_rule_list() {
    let ids: Vec<&str> = codes::RULES.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        [
            "code.unknown",
            "code.name",
            "code.no-catalog",
            "code.edition"
        ]
    );
    for rule in codes::RULES {
        assert!(final_accounts::audit::rule(rule.id).is_some());
        assert!(!rule.source.is_empty() && !rule.description.is_empty());
    }
}

#[test]
fn against_a_complete_catalog_unknown_codes_and_other_names_are_errors() {
    let d = datong::disclosure();
    let functional = complete_functional();
    let economic = complete_economic();
    let found: Vec<Short> = codes::check(&d, Some(&functional), Some(&economic))
        .iter()
        .map(|f| short(f, &d))
        .collect();
    let name = |table: &str| {
        expect(
            "code.name",
            Severity::Error,
            &format!("{table} row 21011"),
            "行政事业单位医疗支出",
            "行政事业单位医疗",
        )
    };
    let unknown = |table: &str| {
        expect(
            "code.unknown",
            Severity::Error,
            &format!("{table} row 2080799"),
            "a code of the 2023 functional catalog",
            "2080799 其他就业补助支出",
        )
    };
    assert_eq!(
        found,
        [
            unknown("公开02表"),
            name("公开02表"),
            unknown("公开09表（支出决算表）"),
            name("公开09表（支出决算表）"),
            unknown("公开05表"),
            name("公开05表"),
            expect(
                "code.unknown",
                Severity::Error,
                "公开06表 row 30239",
                "a code of the 2023 economic catalog",
                "30239 其他交通费用",
            ),
        ]
    );
    let all = codes::check(&d, Some(&functional), Some(&economic));
    let first = &all[0];
    let (zh, en) = (first.message(&d, Lang::Zh), first.message(&d, Lang::En));
    assert_eq!(
        zh,
        "科目代码2080799（其他就业补助支出）不在2023年支出功能分类科目中；请核对代码"
    );
    assert!(en.contains("code 2080799") && en.contains("complete 2023 functional catalog"));
}

#[test]
fn an_unknown_code_against_a_partial_catalog_is_info() {
    let mut v = fixture();
    let row = row_mut(&mut v, "income", "rows", "code", "2080799");
    row["code"] = Value::String("2080798".into());
    assert_eq!(
        check(&v),
        [expect(
            "code.unknown",
            Severity::Info,
            "公开02表 row 2080798",
            "a code of the 2023 functional catalog",
            "2080798 其他就业补助支出",
        )]
    );
}

#[test]
fn a_summary_class_line_with_an_amount_and_an_unknown_code_is_reported() {
    let mut v = fixture();
    let line = row_mut(&mut v, "income_expenditure", "expenditure", "item", "222");
    line["amount"] = Value::String("1.00".into());
    assert_eq!(
        check(&v),
        [expect(
            "code.unknown",
            Severity::Info,
            "公开01表 row 222（行次51）",
            "a code of the 2023 functional catalog",
            "222 粮油物资储备支出",
        )]
    );
}

#[test]
fn another_name_against_a_partial_catalog_is_a_warning() {
    let mut v = fixture();
    let row = row_mut(&mut v, "general_budget", "rows", "code", "2210201");
    row["name"] = Value::String("住房公积金支出".into());
    assert_eq!(
        check(&v),
        [expect(
            "code.name",
            Severity::Warning,
            "公开05表 row 2210201",
            "住房公积金",
            "住房公积金支出",
        )]
    );
    // In a summary table, after the ordinal.
    let mut v = fixture();
    let line = row_mut(&mut v, "fiscal", "expenditure", "item", "210");
    line["name"] = Value::String("九、医疗卫生支出".into());
    assert_eq!(
        check(&v),
        [expect(
            "code.name",
            Severity::Warning,
            "公开04表 row 210（行次41）",
            "卫生健康支出",
            "医疗卫生支出",
        )]
    );
    // An economic name.
    let mut v = fixture();
    let row = row_mut(&mut v, "basic_detail", "blocks", "code", "30231");
    row["name"] = Value::String("公车运行维护费".into());
    assert_eq!(
        check(&v),
        [expect(
            "code.name",
            Severity::Warning,
            "公开06表 row 30231",
            "公务用车运行维护费",
            "公车运行维护费",
        )]
    );
}

#[test]
fn names_compare_without_spaces_and_bracket_width() {
    let mut v = fixture();
    let row = row_mut(&mut v, "basic_detail", "blocks", "code", "30212");
    row["name"] = Value::String("因公出国 (境) 费用".into());
    let row = row_mut(&mut v, "income", "rows", "code", "2210201");
    row["name"] = Value::String("住房\u{3000}公积金".into());
    assert_eq!(check(&v), []);
}

#[test]
fn without_a_catalog_of_the_year_the_codes_are_not_checked() {
    let mut v = fixture();
    v["year"] = Value::from(2030);
    let d = disclosure(&v);
    let all = codes::check(&d, None, None);
    let found: Vec<(String, Severity)> = all
        .iter()
        .map(|f| (f.rule.id.to_owned(), f.severity))
        .collect();
    assert_eq!(
        found,
        [
            ("code.no-catalog".to_owned(), Severity::Info),
            ("code.no-catalog".to_owned(), Severity::Info),
        ]
    );
    assert_eq!(
        all[1].expected.as_ref().map(ToString::to_string).as_deref(),
        Some("a economic catalog of 2030")
    );
    assert_eq!(
        all[1].message(&d, Lang::Zh),
        "没有2030年部门预算支出经济分类科目目录，未核对科目代码和名称"
    );
}

#[test]
fn a_catalog_of_another_edition_is_said() {
    let d = datong::disclosure();
    let found = codes::check(&d, builtin::functional(2024), None);
    let first = found.first().unwrap();
    assert_eq!(
        (first.rule.id, first.severity),
        ("code.edition", Severity::Info)
    );
    let shown =
        |figure: &Option<final_accounts::finding::Figure>| figure.as_ref().map(ToString::to_string);
    assert_eq!(
        (shown(&first.expected), shown(&first.actual)),
        (Some("2023".to_owned()), Some("2024".to_owned()))
    );
    assert_eq!(
        first.message(&d, Lang::Zh),
        "报告年度为2023年，支出功能分类科目按2024年版目录核对，代码或名称差异可能源于版本不同"
    );
    assert!(
        found.iter().all(|f| f.severity != Severity::Error),
        "the 2024 catalog is partial: nothing is an error"
    );
}
