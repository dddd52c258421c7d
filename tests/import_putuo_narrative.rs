//! Reading the 说明 of the Putuo document from its `pdftotext -layout` text and from its page
//! data (copies of ../shared/spec/putuo-shehuigongzuobu-2024-final-accounts.txt and .pages.json
//! in tests/fixtures): paragraphs joined across wrapped lines and page breaks, split into
//! statements and claims, measured against the hand-transcribed fixture; and the audit of each
//! imported document against the audit of the fixture.
#![cfg(feature = "serde")]

mod common;

use common::claims::tally;

use final_accounts::classification::FunctionCatalog;
use final_accounts::disclosure::Disclosure;
use final_accounts::import::{DiagnosticKind, ImportOptions, Imported, import_text_with};

const TEXT: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");
const PAGES: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const FIXTURE: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

/// The five 类 the built-in 2024 catalog does not list (as in tests/import_layout.rs).
fn user_catalog() -> FunctionCatalog {
    common::tables::unlisted_classes(2024)
}

fn import(input: &str) -> Imported {
    let catalog = user_catalog();
    let options = ImportOptions {
        catalog: Some(&catalog),
    };
    import_text_with(input, &options).expect("the Putuo document imports")
}

fn fixture() -> Disclosure {
    serde_json::from_str(FIXTURE).expect("the fixture decodes")
}

/// The claims the importer reads that the fixture lacks, both real: "收入支出总计增加307.82万元，
/// 增长100.00%" (一) and "财政拨款收入支出总计增加307.82万元，增长100.00%" (四) print one change
/// for both totals; the fixture transcribes the income side only.
const EXTRA: [&str; 2] = [
    "一: Change(Change { figure: ExpenditureGrandTotal, word: Increase, amount: Some(PublishedAmount { amount: Amount { yuan: 3078200 }",
    "四: Change(Change { figure: FiscalExpenditureGrandTotal, word: Increase, amount: Some(PublishedAmount { amount: Amount { yuan: 3078200 }",
];

fn claims_against_the_fixture(input: &str) {
    let imported = import(input);
    let fixture = fixture();
    let got = &imported.disclosure.narrative().statements;
    let t = tally(got, &fixture.narrative().statements);
    // Every paragraph of the 说明, joined across wrapped lines and page breaks as the fixture
    // transcribes it (the text matches character for character).
    assert!(
        t.unmatched_statements.is_empty(),
        "{:#?}",
        t.unmatched_statements
    );
    assert_eq!(got.len(), 25);
    assert_eq!(t.fixture, 85);
    assert!(t.reproduced * 10 >= t.fixture * 9);
    assert_eq!(t.reproduced, 85, "missed: {:#?}", t.missed);
    assert_eq!(t.extra.len(), EXTRA.len(), "{:#?}", t.extra);
    for (extra, want) in t.extra.iter().zip(EXTRA) {
        assert!(extra.starts_with(want), "{extra}");
        assert!(extra.contains("rate_word: Some(Grow), rate: Percent(PublishedPercent { percent: Percent { value: 100 }"), "{extra}");
    }
    // The numbered paragraphs of 五（三）("1、一般公共服务支出（类）…行政运行（项）。…") carry the
    // sub-section's label, as the seed's numbered paragraphs do (九（二） "1、因公出国（境）费…");
    // the Putuo fixture appends the number. No other label differs.
    let numbered: Vec<String> = (1..=9).map(|n| format!("五（三） / 五（三）{n}")).collect();
    assert_eq!(t.sections, numbered);
}

#[test]
fn the_putuo_text_narrative_claims_against_the_fixture() {
    claims_against_the_fixture(TEXT);
}

#[test]
fn the_putuo_page_data_narrative_claims_against_the_fixture() {
    claims_against_the_fixture(PAGES);
}

/// The findings only the imported document has: the two real claims the fixture lacks (see
/// [`EXTRA`]) give the growth rate from a zero base on the expenditure side too, as the
/// fixture's claims give it on the income side (the unit was founded in 2024).
const ONLY_IMPORTED: [&str; 2] = [
    "error narrative.growth-zero-base | 说明 row 一 ; 收入支出决算总表 row 支出总计 | expected no rate | printed 100.00%",
    "error narrative.growth-zero-base | 说明 row 四 ; 财政拨款收入支出决算总表 row 总计 column 合计 | expected no rate | printed 100.00%",
];

fn audit_against_the_fixture(input: &str) {
    let imported = import(input);
    let got = common::tables::findings(&imported.disclosure);
    let want = common::tables::findings(&fixture());
    // The fixture's own findings on the income side, which the imported ones mirror.
    assert!(want.iter().any(|f| f.starts_with(
        "error narrative.growth-zero-base | 说明 row 一 ; 收入支出决算总表 row 收入总计"
    )));
    let only_fixture: Vec<&String> = want.iter().filter(|f| !got.contains(f)).collect();
    assert!(only_fixture.is_empty(), "{only_fixture:#?}");
    let only_imported: Vec<&str> = got
        .iter()
        .filter(|f| !want.contains(f))
        .map(String::as_str)
        .collect();
    assert_eq!(only_imported, ONLY_IMPORTED);
    assert_eq!(got.len(), want.len() + ONLY_IMPORTED.len());
}

#[test]
fn auditing_the_imported_putuo_text_reports_what_auditing_the_fixture_reports() {
    audit_against_the_fixture(TEXT);
}

#[test]
fn auditing_the_imported_putuo_page_data_reports_what_auditing_the_fixture_reports() {
    audit_against_the_fixture(PAGES);
}

#[test]
fn text_and_page_data_read_the_same_narrative_and_report_the_rest() {
    let text = import(TEXT);
    let pages = import(PAGES);
    assert_eq!(
        text.disclosure.narrative().statements,
        pages.disclosure.narrative().statements
    );
    for imported in [&text, &pages] {
        let unread: Vec<&str> = imported
            .diagnostics
            .iter()
            .filter(|d| matches!(d.kind, DiagnosticKind::ClaimNotRead { .. }))
            .map(|d| d.text.as_str())
            .collect();
        // The performance figures of 十 that no claim shape reads, reported, not guessed.
        assert!(unread.contains(&"涉及预算金额175.52万元"), "{unread:#?}");
        let prose: Vec<&str> = imported
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::ProseNotRead)
            .map(|d| d.text.as_str())
            .collect();
        // The 概况 and 名词解释 stay prose not read, as joined paragraphs; no 说明 paragraph is.
        assert!(
            prose.iter().any(|p| p.starts_with("一、主要职能")),
            "{prose:#?}"
        );
        assert!(
            prose.iter().all(|p| !p.contains("307.82万元")),
            "{prose:#?}"
        );
        // Running headers and page numbers are no part of the statements.
        for st in &imported.disclosure.narrative().statements {
            assert!(!st.text().contains("仅供") && !st.text().ends_with(char::is_numeric));
        }
    }
}
