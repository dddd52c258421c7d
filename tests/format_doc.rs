//! docs/FORMAT.md tells the truth: its minimal document validates against the schema, decodes,
//! takes the template's columns for `"columns": []`, and audits with no error but the tables its
//! closest template expects.
#![cfg(feature = "serde")]

use final_accounts::audit::{Severity, audit};
use final_accounts::disclosure::{Disclosure, TableKind};

const FORMAT: &str = include_str!("../docs/FORMAT.md");
const SCHEMA: &str = include_str!("../schema/disclosure.schema.json");

/// The first ```json block of docs/FORMAT.md.
fn minimal_document() -> &'static str {
    let start = FORMAT.find("```json\n").unwrap() + "```json\n".len();
    let len = FORMAT[start..].find("```").unwrap();
    &FORMAT[start..start + len]
}

#[test]
fn the_minimal_document_validates_decodes_and_audits() {
    let value: serde_json::Value = serde_json::from_str(minimal_document()).unwrap();
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let d: Disclosure = serde_json::from_value(value).unwrap();
    assert_eq!(d.order(), [TableKind::ThreePublic]);
    // "columns": [] takes the template's twelve columns (预算数 and 决算数, six each).
    let meta = d.meta(TableKind::ThreePublic).unwrap();
    assert_eq!(meta.columns().len(), 12);
    let report = audit(&d);
    // No profile is named: the closest built-in (by the label 公开09表, shanxi-2023) is used,
    // and the audit says so; its other nine tables are missing, and so is its 说明.
    assert_eq!(report.count(Severity::Warning), 2);
    assert_eq!(report.of_rule("doc.no-narrative").count(), 1);
    let profile = report.of_rule("doc.profile").next().unwrap();
    assert_eq!(
        profile
            .expected
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("shanxi-2023")
    );
    assert_eq!(report.count(Severity::Error), 9);
    assert_eq!(report.of_rule("doc.table-missing").count(), 9);
}
