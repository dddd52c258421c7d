//! Importing the Putuo document as page data (a copy of
//! ../shared/spec/putuo-shehuigongzuobu-2024-final-accounts.pages.json in tests/fixtures: each
//! page's text and its tables as grids, as pdfplumber-based tools produce them): every table,
//! cell by cell, equal to the hand-transcribed fixture.
#![cfg(feature = "serde")]

mod common;

use final_accounts::classification::FunctionCatalog;
use final_accounts::import::{
    DiagnosticKind, ImportError, ImportOptions, Imported, InputKind, PageData, detect,
    import_pages, import_text, import_text_with,
};
use serde_json::Value;

const PAGES: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.pages.json");
const FIXTURE: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

/// The five 类 the built-in 2024 catalog does not list (as in tests/import_layout.rs).
fn user_catalog() -> FunctionCatalog {
    common::tables::unlisted_classes(2024)
}

fn imported() -> Imported {
    let catalog = user_catalog();
    let options = ImportOptions {
        catalog: Some(&catalog),
    };
    import_text_with(PAGES, &options).expect("the page data imports")
}

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

#[test]
fn page_data_is_detected() {
    assert_eq!(detect(PAGES), InputKind::PageData);
}

#[test]
fn every_table_equals_the_fixture_cell_by_cell() {
    let imported = imported();
    let leaves = common::tables::equal_to_fixture(&imported, &fixture());
    // The same 749 values the layout text gives.
    assert_eq!(leaves, 749);
    let d = &imported.disclosure;
    assert_eq!(d.unit_name(), "中共上海市普陀区委社会工作部");
    assert_eq!(d.year(), 2024);
}

#[test]
fn tables_continued_on_the_next_page_are_joined() {
    let d = imported().disclosure;
    // 收入决算表: 14 rows on page 6 (2 header rows), 6 on page 7.
    let income = d.income().unwrap();
    assert_eq!(income.rows().len(), 18);
    assert_eq!(
        income.rows()[17].cells().total.to_string(),
        "11.72",
        "购房补贴, printed on page 7"
    );
    // 财政拨款收入支出决算总表: its 总计 is on page 11.
    let pages = PageData::from_json(PAGES).unwrap();
    assert_eq!(pages.page_count, 24);
    assert_eq!(pages.page_tables[10].len(), 1);
    let fiscal = d.fiscal().unwrap();
    // 26 类, 本年支出合计, 年末结转和结余 and 总计.
    assert_eq!(fiscal.expenditure().len(), 29);
    assert_eq!(
        fiscal.expenditure()[28].value().total.to_string(),
        "307.82",
        "总计, printed on page 11"
    );
}

#[test]
fn what_is_not_a_table_is_reported_with_its_line() {
    let imported = imported();
    // The list of units on page 4 is a grid, but no table of the disclosure.
    let units: Vec<&str> = imported
        .warnings()
        .filter(
            |w| matches!(&w.kind, DiagnosticKind::UnplacedLine { table } if table == "(no table)"),
        )
        .map(|w| w.text.as_str())
        .collect();
    assert_eq!(units.len(), 3, "{units:?}");
    assert!(units[1].contains("中共上海市普陀区委社会工作部（本级）"));
    // No other warning: every grid cell found its column.
    let others: Vec<String> = imported
        .warnings()
        .filter(|w| !matches!(&w.kind, DiagnosticKind::UnplacedLine { .. }))
        .map(ToString::to_string)
        .collect();
    assert!(others.is_empty(), "{others:#?}");
    // The 说明 is read into statements (tests/import_putuo_narrative.rs): a figure no claim
    // reads is reported at the line its paragraph starts on, numbered across the pages' texts.
    assert!(
        !imported.diagnostics.iter().any(
            |d| d.kind == DiagnosticKind::ProseNotRead && d.text.contains("收入支出总计307.82")
        )
    );
    let unread = imported
        .diagnostics
        .iter()
        .find(|d| {
            matches!(d.kind, DiagnosticKind::ClaimNotRead { .. }) && d.text.contains("175.52")
        })
        .expect("the figures of 十 no claim reads are reported");
    // Page 21's first paragraph line; the 20 pages before it print 406 lines.
    assert_eq!(unread.line, 407);
}

#[test]
fn page_data_that_is_not_of_the_shape_is_refused() {
    for (json, part) in [
        ("{\"page_texts\": 3}", "\"page_texts\""),
        (
            "{\"page_texts\": [\"a\"], \"page_tables\": [[[[true]]]]}",
            "a cell",
        ),
        (
            "{\"page_texts\": [\"a\"], \"page_tables\": [[\"x\"]]}",
            "a table on page 1",
        ),
        (
            "{\"page_texts\": [\"a\"], \"page_count\": -1}",
            "page_count",
        ),
    ] {
        match PageData::from_json(json) {
            Err(ImportError::InvalidPageData { reason }) => {
                assert!(reason.contains(part), "{json}: {reason}");
            }
            other => panic!("{json}: {other:?}"),
        }
    }
    assert!(matches!(
        import_text("{\"page_texts\": [], \"page_tables\": []}"),
        Err(ImportError::NotADisclosure { .. })
    ));
    // Already parsed page data imports the same way.
    let pages = PageData::from_json(PAGES).unwrap();
    let direct = import_pages(&pages, &ImportOptions::default()).unwrap();
    assert_eq!(direct.disclosure, import_text(PAGES).unwrap().disclosure);
}

#[test]
fn the_outline_equals_the_fixture() {
    let got = serde_json::to_value(imported().disclosure.outline()).unwrap();
    assert_eq!(got, fixture()["outline"]);
}

#[test]
fn with_the_fixtures_narrative_the_document_and_its_audit_equal_the_fixture() {
    let want = fixture();
    let got = common::tables::with_fixture_narrative(&imported(), &want);
    assert_eq!(got, want);
    let imported: final_accounts::disclosure::Disclosure = serde_json::from_value(got).unwrap();
    let fixture: final_accounts::disclosure::Disclosure = serde_json::from_value(want).unwrap();
    let findings = common::tables::findings(&imported);
    assert!(!findings.is_empty());
    assert_eq!(findings, common::tables::findings(&fixture));
}
