//! Importing the tab-separated text of the spec document (a copy of
//! ../shared/spec/datong-hrss-2023-final-accounts.txt in tests/fixtures): every table, cell by cell, and every
//! self-evaluation form equal to the hand-transcribed fixture; what is skipped is reported with
//! its line.
#![cfg(feature = "serde")]

mod common;

use final_accounts::classification::FunctionCatalog;
use final_accounts::disclosure::TableKind;
use final_accounts::import::{
    DiagnosticKind, DiagnosticLevel, ImportError, ImportOptions, Imported, InputKind, detect,
    import_text, import_text_with,
};
use final_accounts::tables::{ExpenditureItem, IncomeItem};
use serde_json::Value;

const TEXT: &str = include_str!("fixtures/datong-hrss-2023-final-accounts.txt");
const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

/// The five 类 the document prints in 公开01表 and 公开04表 that no built-in catalog lists
/// (the built-in 2023 catalog ships only codes a source confirms): a user's catalog supplies
/// them, with the codes the fixture's transcriber used.
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

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

/// Walks two JSON values side by side: counts the leaves (cells, names, codes, header fields)
/// and collects the paths where they differ.
fn compare(got: &Value, want: &Value, path: &str, leaves: &mut usize, diffs: &mut Vec<String>) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for key in w.keys().chain(g.keys().filter(|k| !w.contains_key(*k))) {
                let (gv, wv) = (
                    g.get(key).unwrap_or(&Value::Null),
                    w.get(key).unwrap_or(&Value::Null),
                );
                compare(gv, wv, &format!("{path}.{key}"), leaves, diffs);
            }
        }
        (Value::Array(g), Value::Array(w)) => {
            if g.len() != w.len() {
                diffs.push(format!("{path}: {} items, fixture {}", g.len(), w.len()));
            }
            for (i, (gv, wv)) in g.iter().zip(w).enumerate() {
                compare(gv, wv, &format!("{path}[{i}]"), leaves, diffs);
            }
        }
        _ => {
            *leaves += 1;
            if got != want {
                diffs.push(format!("{path}: imported {got}, fixture {want}"));
            }
        }
    }
}

#[test]
fn the_seed_text_is_detected_as_tab_separated() {
    assert_eq!(detect(TEXT), InputKind::TabSeparated);
}

#[test]
fn every_table_equals_the_fixture_cell_by_cell() {
    let imported = imported();
    let got = serde_json::to_value(&imported.disclosure).unwrap();
    let want = fixture();
    let mut tables = 0;
    let mut leaves = 0;
    let mut diffs = Vec::new();
    for kind in TableKind::ALL {
        let key = kind.to_string();
        let w = want.get(&key).expect("the fixture has all ten tables");
        let g = got.get(&key).unwrap_or(&Value::Null);
        compare(g, w, &key, &mut leaves, &mut diffs);
        tables += 1;
    }
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    assert_eq!(tables, 10);
    // Every printed cell, name, code, 行次 and header field of the ten tables.
    assert_eq!(leaves, 1122);
    assert_eq!(got["order"], want["order"]);
    // The profile, detected from the titles and labels printed.
    assert_eq!(got["profile"], want["profile"]);
    assert_eq!(
        imported.disclosure.unit_name(),
        "大同市人力资源和社会保障局"
    );
    assert_eq!(imported.disclosure.year(), 2023);
}

#[test]
fn real_figures_of_the_imported_tables() {
    let d = imported().disclosure;
    let t01 = d.income_expenditure().unwrap();
    let grand = t01.income_cell(IncomeItem::GrandTotal).unwrap();
    assert_eq!(grand.to_string(), "2076.12");
    let class = t01
        .expenditure_cell(ExpenditureItem::Class("208".parse().unwrap()))
        .unwrap();
    assert_eq!(class.to_string(), "1589.17");
    // The 支出决算表 keeps the label it is printed with.
    assert_eq!(d.expenditure().unwrap().meta().label(), Some("公开09表"));
    let t05 = d.general_budget().unwrap();
    let row = t05.row("2080110".parse().unwrap()).unwrap();
    assert!(
        row.cells().total.is_blank(),
        "劳动关系和维权 prints no figure"
    );
    let t06 = d.basic_detail().unwrap();
    assert_eq!(t06.blocks().len(), 4);
    assert_eq!(t06.personnel_total().unwrap().amount.to_string(), "999.16");
    assert!(
        t06.row("30901".parse().unwrap())
            .unwrap()
            .amount()
            .is_not_applicable()
    );
    let t08 = d.state_capital().unwrap();
    assert_eq!(t08.meta().explanation(), Some("说明：本表无数据"));
    let t09 = d.three_public().unwrap();
    assert_eq!(t09.actual().vehicle_operation.to_string(), "1.03");
    assert!(t09.actual().overseas.is_blank());
    let t10 = d.related_info().unwrap();
    assert_eq!(t10.sections().len(), 3);
    assert_eq!(t10.lines().count(), 16);
}

#[test]
fn the_fourteen_forms_equal_the_fixture() {
    let imported = imported();
    let got = serde_json::to_value(imported.disclosure.forms()).unwrap();
    let want = fixture()["forms"].clone();
    let mut leaves = 0;
    let mut diffs = Vec::new();
    compare(&got, &want, "forms", &mut leaves, &mut diffs);
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    assert_eq!(imported.disclosure.forms().len(), 14);
    assert_eq!(leaves, 1278);
    let form = &imported.disclosure.forms()[2];
    assert_eq!(form.project(), "J法律顾问费");
    assert_eq!(
        form.total_score().map(|s| s.to_string()).as_deref(),
        Some("80")
    );
}

#[test]
fn the_outline_equals_the_fixture() {
    let got = serde_json::to_value(imported().disclosure.outline()).unwrap();
    assert_eq!(got, fixture()["outline"]);
}

#[test]
fn only_prose_running_headers_and_form_notes_are_skipped() {
    let imported = imported();
    let warnings: Vec<String> = imported.warnings().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    let running: Vec<usize> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::RunningHeader)
        .map(|d| d.line)
        .collect();
    // 仅供内部审核, printed on every page: on the cover, after the tables and after the 说明.
    assert_eq!(running.len(), 23);
    assert!(running.contains(&431) && running.contains(&590));
    assert!(
        imported
            .diagnostics
            .iter()
            .all(|d| d.text != "仅供内部审核" || d.kind == DiagnosticKind::RunningHeader)
    );
    // The 概况 is reported line by line as prose not read; the 说明 is read into statements
    // (tests/import_narrative.rs), so its first sentence is not reported.
    let prose = imported
        .diagnostics
        .iter()
        .find(|d| d.line == 57)
        .expect("the first 概况 paragraph is reported");
    assert_eq!(prose.kind, DiagnosticKind::ProseNotRead);
    assert!(
        prose
            .text
            .starts_with("（一）贯彻执行国家、省人力资源和社会保障事业")
    );
    assert!(imported.diagnostics.iter().all(|d| d.line != 451));
    assert!(
        imported
            .diagnostics
            .iter()
            .all(|d| d.kind.level() == DiagnosticLevel::Info)
    );
}

#[test]
fn without_a_catalog_the_template_lines_are_read_by_their_printed_names() {
    let imported = import_text(TEXT).expect("the spec text imports");
    let d = &imported.disclosure;
    let by_name = |lines: Vec<(Option<ExpenditureItem>, &str)>| -> Vec<(String, String)> {
        lines
            .into_iter()
            .filter_map(|(item, name)| match item {
                Some(ExpenditureItem::NamedClass(line)) => {
                    Some((line.name().to_owned(), name.to_owned()))
                }
                _ => None,
            })
            .collect()
    };
    let want: Vec<(String, String)> = [
        ("粮油物资储备支出", "二十、粮油物资储备支出"),
        ("国有资本经营预算支出", "二十一、国有资本经营预算支出"),
        ("其他支出", "二十三、其他支出"),
        ("债务还本支出", "二十四、债务还本支出"),
        ("抗疫特别国债安排的支出", "二十六、抗疫特别国债安排的支出"),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    let t01 = d.income_expenditure().unwrap();
    let t04 = d.fiscal().unwrap();
    for side in [
        t01.expenditure()
            .iter()
            .map(|l| (l.item(), l.name()))
            .collect::<Vec<_>>(),
        t04.expenditure()
            .iter()
            .map(|l| (l.item(), l.name()))
            .collect(),
    ] {
        // Every printed 类 line is a 类 line, by code or by name.
        let classes = side
            .iter()
            .filter(|(i, _)| i.is_some_and(ExpenditureItem::is_class));
        assert_eq!(classes.count(), 26);
        assert_eq!(by_name(side), want);
    }
    // Nothing is left unread, and the template's 26 lines are counted as 26.
    assert_eq!(imported.warnings().count(), 0);
    let report = final_accounts::audit::audit(d);
    assert_eq!(report.of_rule("doc.class-lines").count(), 0);
}

#[test]
fn a_text_without_tables_is_not_a_disclosure() {
    let err = import_text("第一部分\t概况\n一、主要职能\t略\n").unwrap_err();
    assert_eq!(err, ImportError::NotADisclosure { lines: 2 });
    assert!(
        err.to_string()
            .starts_with("not a final-accounts disclosure")
    );
}

#[test]
fn layout_text_goes_to_the_layout_reader() {
    // tests/import_layout.rs compares what it reads with the Putuo fixture.
    let putuo = include_str!("fixtures/putuo-shehuigongzuobu-2024-final-accounts.txt");
    assert_eq!(detect(putuo), InputKind::Layout);
    let imported = import_text(putuo).expect("the layout reader reads it");
    assert_eq!(
        imported.disclosure.unit_name(),
        "中共上海市普陀区委社会工作部"
    );
    assert_eq!(imported.disclosure.order().len(), 9);
}

/// A text damaged by one row printed again and again: the table is read with the row twice
/// (the repeat its constructor refuses), the rest said once with the count, and the audit of
/// the import reports the table damaged, not missing. One options value carries the catalog
/// for the import and the audit.
#[test]
fn a_table_damaged_by_a_repeated_row_is_damaged_not_missing() {
    use final_accounts::audit::{AuditOptions, audit_imported};
    let row = "2080101\t行政运行\t1,407.79\t1,407.63\t\t\t\t\t0.16";
    let at = TEXT.find(row).unwrap() + row.len();
    let mut text = TEXT[..at].to_owned();
    for _ in 0..5_000 {
        text.push('\n');
        text.push_str(row);
    }
    text.push_str(&TEXT[at..]);
    let catalog = user_catalog();
    let options = AuditOptions::new().with_functional_catalog(&catalog);
    let imported = import_text_with(&text, &options.import_options()).unwrap();
    assert_eq!(imported.damaged, [TableKind::Income]);
    assert!(imported.disclosure.income().is_none());
    let said: Vec<String> = imported
        .diagnostics
        .iter()
        .filter_map(|d| match &d.kind {
            DiagnosticKind::UnreadRow { reason, .. } if reason.contains("printed") => {
                Some(reason.clone())
            }
            DiagnosticKind::TableRejected { error, .. } => Some(error.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        said,
        [
            "公开02表 cannot be built: 1 problem: 公开02表 row 2080101: the row is printed twice",
            "the row is printed 5001 times; read twice (the table cannot hold a row twice), the \
             other 4999 printings are left out",
        ]
    );
    let report = audit_imported(&imported, &options);
    assert_eq!(report.of_rule("doc.table-missing").count(), 0);
    let damaged: Vec<_> = report.of_rule("doc.table-damaged").collect();
    assert_eq!(damaged.len(), 1);
    assert_eq!(
        report.message(damaged[0], final_accounts::finding::Lang::Zh),
        "“收入决算表”已印出，但其行不能构成该表（如同一行重复印出），无法读取：表已损坏，而非缺少"
    );
    // The same document audited as a plain disclosure: the table is missing from it.
    let plain = final_accounts::audit::audit_with(&imported.disclosure, &options);
    assert_eq!(plain.of_rule("doc.table-missing").count(), 1);
}
