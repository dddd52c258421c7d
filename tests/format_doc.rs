//! docs/FORMAT.md tells the truth: its minimal document validates against the schema, decodes,
//! takes the template's columns for `"columns": []`, and audits without errors.
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
fn the_minimal_document_validates_decodes_and_audits_without_errors() {
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
    assert_eq!(report.count(Severity::Error), 0);
    // Without a profile the audit says it could not check the tables' completeness.
    assert_eq!(report.count(Severity::Warning), 1);
}
