//! Importing the `pdftotext -layout` text of the Putuo document (a copy of
//! ../shared/spec/putuo-shehuigongzuobu-2024-final-accounts.txt in tests/fixtures): every table,
//! cell by cell, equal to the hand-transcribed fixture; and the Shanghai template text (a copy of
//! ../shared/spec/shanghai-2024-final-accounts-template.txt), whose tables are blank, imports
//! with what it skipped reported.
#![cfg(feature = "serde")]

mod common;

use final_accounts::classification::{Completeness, FunctionCatalog};
use final_accounts::import::{
    DiagnosticKind, ImportOptions, Imported, InputKind, detect, import_text, import_text_with,
};
use serde_json::Value;

const TEXT: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");
const FIXTURE: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");
const TEMPLATE: &str = include_str!("fixtures/shanghai-2024-final-accounts-template.txt");

/// The five 类 that 公开01表 and 公开04表 print by name and the built-in 2024 catalog does not
/// list: a user's catalog supplies them (as in tests/import_text.rs).
fn user_catalog() -> FunctionCatalog {
    FunctionCatalog::from_rows(
        2024,
        Completeness::Partial,
        [
            ("222", "粮油物资储备支出"),
            ("223", "国有资本经营预算支出"),
            ("229", "其他支出"),
            ("231", "债务还本支出"),
            ("234", "抗疫特别国债安排的支出"),
        ],
    )
    .expect("the catalog builds")
}

fn imported() -> Imported {
    let catalog = user_catalog();
    let options = ImportOptions {
        catalog: Some(&catalog),
    };
    import_text_with(TEXT, &options).expect("the Putuo text imports")
}

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

#[test]
fn the_putuo_text_is_detected_as_layout() {
    assert_eq!(detect(TEXT), InputKind::Layout);
    assert_eq!(detect(TEMPLATE), InputKind::Layout);
}

#[test]
fn every_table_equals_the_fixture_cell_by_cell() {
    let imported = imported();
    let leaves = common::tables::equal_to_fixture(&imported, &fixture());
    // Every printed cell, name, code and header field of the nine tables.
    assert_eq!(leaves, 749);
}

#[test]
fn the_template_imports_with_its_blanks_reported() {
    let imported = import_text(TEMPLATE).expect("the template imports");
    let d = &imported.disclosure;
    assert_eq!(d.unit_name(), "上海市XX局");
    assert_eq!(d.year(), 2024);
    assert_eq!(d.order().len(), 9);
    let v = serde_json::to_value(d).unwrap();
    // Names wrapped over two and three lines, code printed against its name ("30207邮电费").
    let income = &v["income"]["rows"];
    assert_eq!(income[5]["code"], "20799");
    assert_eq!(income[5]["name"], "其他文化旅游体育与传媒支出");
    assert_eq!(
        v["general_budget"]["rows"][3]["name"],
        "文化旅游体育与传媒支出"
    );
    let right = &v["basic_detail"]["blocks"][1];
    assert_eq!(right[7]["code"], "30207");
    assert_eq!(right[7]["name"], "邮电费");
    assert_eq!(right[32]["name"], "信息网络及软件购置更新");
    // A summary line wrapped onto a second line ("二十二、灾害防治及应急管理支" / "出").
    let fiscal: Vec<&str> = v["fiscal"]["expenditure"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["name"].as_str())
        .collect();
    assert!(
        fiscal.contains(&"二十二、灾害防治及应急管理支出"),
        "{fiscal:?} {}",
        v["fiscal"]
    );
    assert!(!fiscal.contains(&"出"));
    // The template prints 24 类 lines (DOMAIN.md: documents adding 债务还本/付息 print 26).
    assert_eq!(d.income_expenditure().unwrap().expenditure().len(), 24 + 4);
    // Every cell is blank, and no figure was invented.
    assert!(
        !serde_json::to_string(&v["income"]["rows"])
            .unwrap()
            .contains("\"total\"")
    );
    // The placeholder rows ("…") are reported with their lines, as rows not imported.
    let unread: Vec<usize> = imported
        .warnings()
        .filter(
            |w| matches!(&w.kind, DiagnosticKind::UnreadRow { table, .. } if table == "收入决算表"),
        )
        .map(|w| w.line)
        .collect();
    assert_eq!(unread, [149, 155, 156, 157]);
    assert_eq!(
        imported
            .diagnostics
            .iter()
            .find(|w| w.line == 149)
            .unwrap()
            .text,
        "……"
    );
}

#[test]
fn the_outline_equals_the_fixture() {
    let got = serde_json::to_value(imported().disclosure.outline()).unwrap();
    assert_eq!(got, fixture()["outline"]);
}
