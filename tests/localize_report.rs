//! A wrong figure is reported once, by its culprit: the findings of the relations it breaks
//! are the evidence, the report names the figure, its printed and implied values and the slip,
//! and the JSON report says so under keys schema/report.schema.json describes.
#![cfg(feature = "serde")]

use final_accounts::audit::{AuditOptions, Severity, audit, audit_with};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::{Lang, Localization, Typo};
use serde_json::Value;

const DATONG: &str = include_str!("fixtures/datong-hrss-2023.json");
const SCHEMA: &str = include_str!("../schema/report.schema.json");

/// The seed with one printed figure of 公开05表 replaced.
fn mutated(code: &str, column: &str, from: &str, to: &str) -> Disclosure {
    let mut json: Value = serde_json::from_str(DATONG).unwrap();
    let rows = json["general_budget"]["rows"].as_array_mut().unwrap();
    let row = rows.iter_mut().find(|r| r["code"] == code).unwrap();
    assert_eq!(row[column], from);
    row[column] = Value::String(to.to_owned());
    serde_json::from_value(json).unwrap()
}

fn above_info(d: &Disclosure, options: &AuditOptions<'_>) -> Vec<String> {
    audit_with(d, options)
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .map(|f| f.rule.id.to_owned())
        .collect()
}

#[test]
fn a_transposed_item_is_one_finding_naming_it() {
    // 2080505 机关事业单位基本养老保险缴费支出, 基本支出 94.47 printed as 94.74.
    let d = mutated("2080505", "basic", "94.47", "94.74");
    let base: Disclosure = serde_json::from_str(DATONG).unwrap();
    let before = above_info(&base, &AuditOptions::new()).len();
    // Without localization the slip breaks the 项's row, its 款 and the 基本支出 column's
    // hierarchy: three findings.
    let unlocalized = above_info(&d, &AuditOptions::new().without_localization());
    assert_eq!(unlocalized.len() - before, 3, "{unlocalized:?}");
    let report = audit(&d);
    let new: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info && f.localized.is_some())
        .collect();
    assert_eq!(new.len(), 1);
    let finding = new[0];
    let localized = finding.localized.as_deref().unwrap();
    let Localization::Culprit(suspects) = &localized.localization else {
        panic!("{:?}", localized.localization)
    };
    let [culprit] = suspects.as_slice() else {
        panic!("{suspects:?}")
    };
    assert_eq!(
        report.place(&culprit.place, Lang::En).to_string(),
        "公开05表 row 2080505 column 本年支出 基本支出"
    );
    assert_eq!(culprit.printed.to_string(), "94.74");
    assert_eq!(culprit.implied_figure().to_string(), "94.47");
    assert_eq!(culprit.typo, Some(Typo::Transposition));
    assert_eq!(localized.evidence.len(), 3);
    // Filtering by rule finds the finding under the rule of every relation it explains.
    for rule in ["t05.row-total", "t05.hierarchy"] {
        assert!(
            report.of_rule(rule).any(|f| std::ptr::eq(f, finding)),
            "{rule}"
        );
    }
    assert_eq!(finding.places[0], culprit.place);
    assert!(
        report
            .message(finding, Lang::En)
            .contains("likely a slip for 94.47 万元 (two adjacent digits swapped)"),
        "{}",
        report.message(finding, Lang::En)
    );
}

#[test]
fn the_json_report_names_the_culprit_and_validates() {
    let d = mutated("2080505", "basic", "94.47", "94.74");
    let report = serde_json::to_value(audit(&d)).unwrap();
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let culprits: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["culprit"].is_null())
        .collect();
    assert_eq!(culprits.len(), 1);
    let f = culprits[0];
    assert_eq!(
        f["culprit"],
        "公开05表 row 2080505 column 本年支出 基本支出"
    );
    assert_eq!(f["implied"], "94.47");
    assert_eq!(f["typo"], "transposition");
    assert_eq!(f["localization"]["kind"], "culprit");
    assert_eq!(f["localization"]["evidence"].as_array().unwrap().len(), 3);
    let rules: Vec<&str> = f["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(rules.contains(&"t05.row-total") && rules.contains(&"t05.hierarchy"));
    // The unmutated seed validates too.
    let base: Disclosure = serde_json::from_str(DATONG).unwrap();
    let base = serde_json::to_value(audit(&base)).unwrap();
    assert!(validator.is_valid(&base));
}

#[test]
fn a_change_no_keystroke_explains_is_still_localized() {
    // 2080506 职业年金 基本支出 48.99 → 50.00 is no slip of one keystroke: the figure is still
    // named, as the culprit or among the sets that explain the failures equally well.
    let d = mutated("2080506", "basic", "48.99", "50.00");
    let report = audit(&d);
    let localized: Vec<_> = report
        .findings
        .iter()
        .filter_map(|f| f.localized.as_deref())
        .collect();
    assert!(!localized.is_empty());
    let named = localized.iter().any(|l| {
        l.localization
            .suspects()
            .any(|s| s.printed.to_string() == "50.00")
    });
    assert!(named, "{localized:?}");
}

#[test]
fn two_wrong_figures_of_one_row_are_one_pair() {
    // 2080101 行政运行: 基本支出 809.32 printed 809.23 and 项目支出 598.30 printed 598.03. No
    // one figure is in all three failing relations (the row, and the 基本 and 项目 columns of
    // 款 20801, whose only 项 it is); the two slips together explain them.
    let mut json: Value = serde_json::from_str(DATONG).unwrap();
    let rows = json["general_budget"]["rows"].as_array_mut().unwrap();
    let row = rows.iter_mut().find(|r| r["code"] == "2080101").unwrap();
    row["basic"] = Value::String("809.23".to_owned());
    row["project"] = Value::String("598.03".to_owned());
    let d: Disclosure = serde_json::from_value(json).unwrap();
    let report = audit(&d);
    let pairs: Vec<_> = report
        .findings
        .iter()
        .filter_map(|f| f.localized.as_deref())
        .filter_map(|l| match &l.localization {
            Localization::Culprit(suspects) if suspects.len() == 2 => Some(suspects),
            _ => None,
        })
        .collect();
    assert_eq!(pairs.len(), 1, "{:?}", report.findings);
    let shown: Vec<(String, String, Option<Typo>)> = pairs[0]
        .iter()
        .map(|s| {
            (
                s.printed.to_string(),
                s.implied_figure().to_string(),
                s.typo,
            )
        })
        .collect();
    assert!(shown.contains(&(
        "809.23".to_owned(),
        "809.32".to_owned(),
        Some(Typo::Transposition)
    )));
    assert!(shown.contains(&(
        "598.03".to_owned(),
        "598.30".to_owned(),
        Some(Typo::Transposition)
    )));
}
