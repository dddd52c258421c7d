//! Reading the 说明 of the spec document (a copy of
//! ../shared/spec/datong-hrss-2023-final-accounts.txt in tests/fixtures) into statements and
//! claims, measured against the hand-transcribed fixture: how many of its claims the importer
//! reproduces, how many it misses, and that it makes none the fixture lacks; and the audit of
//! the imported document against the audit of the fixture.
#![cfg(feature = "serde")]

use final_accounts::audit::{Report, audit};
use final_accounts::classification::FunctionCatalog;
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::{Lang, Severity};
use final_accounts::import::{DiagnosticKind, ImportOptions, Imported, import_text_with};
use final_accounts::narrative::Statement;

mod common;

use common::claims::tally;

const TEXT: &str = include_str!("fixtures/datong-hrss-2023-final-accounts.txt");
const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

/// The catalog the table tests use (tests/import_text.rs): the five 类 no built-in catalog lists.
fn user_catalog() -> FunctionCatalog {
    common::tables::unlisted_classes(2023)
}

fn imported() -> Imported {
    let catalog = user_catalog();
    let options = ImportOptions {
        catalog: Some(&catalog),
    };
    import_text_with(TEXT, &options).expect("the spec text imports")
}

fn fixture() -> Disclosure {
    serde_json::from_str(FIXTURE).expect("the fixture decodes")
}

#[test]
fn the_seed_narrative_claims_against_the_fixture() {
    let imported = imported();
    let fixture = fixture();
    let t = tally(
        &imported.disclosure.narrative().statements,
        &fixture.narrative().statements,
    );
    eprintln!("{t:#?}");
    assert!(
        t.unmatched_statements.is_empty(),
        "{:#?}",
        t.unmatched_statements
    );
    assert_eq!(t.fixture, 120);
    assert!(
        t.extra.is_empty(),
        "claims the fixture lacks: {:#?}",
        t.extra
    );
    assert_eq!(t.reproduced, 120, "missed: {:#?}", t.missed);
}

/// The errors and warnings of an audit, each as its rule id and places (by content, with the
/// document's labels).
fn serious(report: &Report<'_>) -> Vec<String> {
    findings(report, Severity::Warning)
}

fn findings(report: &Report<'_>, least: Severity) -> Vec<String> {
    let mut out: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity >= least)
        .map(|f| {
            let places: Vec<String> = f
                .places
                .iter()
                .map(|p| report.place(p, Lang::En).to_string())
                .collect();
            format!("{} {} | {}", f.severity, f.rule.id, places.join(" ; "))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn auditing_the_imported_seed_reports_what_auditing_the_fixture_reports() {
    let imported = imported();
    let fixture = fixture();
    let got = serious(&audit(&imported.disclosure));
    let want = serious(&audit(&fixture));
    assert_eq!(got, want);
    // Info findings too (rounding tails, unverifiable 三公 details), as many of each.
    assert_eq!(
        findings(&audit(&imported.disclosure), Severity::Info),
        findings(&audit(&fixture), Severity::Info)
    );
    // Real findings of the 说明, read from the text: the completion rates of a zero 三公 budget.
    assert_eq!(
        got.iter()
            .filter(|f| f.contains("narrative.completion-zero-budget"))
            .count(),
        3
    );
    assert!(
        got.iter()
            .any(|f| f.contains("narrative.missing-reason | 说明 row 五（三）"))
    );
}

#[test]
fn the_narrative_is_read_and_what_is_not_is_reported() {
    let imported = imported();
    let statements = &imported.disclosure.narrative().statements;
    // Every paragraph of the 说明 (九 chapters and their sub-sections), the two without
    // figures included ("附件：二级项目绩效自评表", "无。").
    assert_eq!(statements.len(), 44);
    let first = &statements[0];
    assert_eq!(first.section(), "一");
    assert_eq!(first.reason(), Some("年中追加项目金额增加"));
    assert_eq!(first.claims().len(), 4);
    let sections: Vec<&str> = statements.iter().map(Statement::section).collect();
    assert!(sections.contains(&"五（三）") && sections.contains(&"十（四）"));
    // The 说明 lines are statements now: none is reported as prose not read.
    let prose: Vec<usize> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::ProseNotRead)
        .map(|d| d.line)
        .collect();
    assert!(prose.iter().all(|l| *l < 449 || *l > 535), "{prose:?}");
    assert!(prose.contains(&57), "the 概况 is still prose not read");
    let unread: Vec<String> = imported
        .diagnostics
        .iter()
        .filter(|d| matches!(d.kind, DiagnosticKind::ClaimNotRead { .. }))
        .map(ToString::to_string)
        .collect();
    assert!(unread.is_empty(), "{unread:#?}");
}
