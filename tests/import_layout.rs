//! Importing the `pdftotext -layout` text of the Putuo document (a copy of
//! ../shared/spec/putuo-shehuigongzuobu-2024-final-accounts.txt in tests/fixtures): every table,
//! cell by cell, equal to the hand-transcribed fixture; and the Shanghai template text (a copy of
//! ../shared/spec/shanghai-2024-final-accounts-template.txt), whose tables are blank, imports
//! with what it skipped reported.
#![cfg(feature = "serde")]

mod common;

use final_accounts::classification::FunctionCatalog;
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
    common::tables::unlisted_classes(2024)
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

/// A table in the layout the importer must also handle though neither spec text prints it: codes
/// in 类/款/项 parts, thousands separators, a name wrapped around its code line (two lines) and
/// around it (three lines), and a page break with the header printed again.
const SPLIT_CODES: &str = "    某局 2024 年度部门决算表
                          支出决算表
部门名称：某局                                                   单位：万元
        项目                    本年支出合计        基本支出        项目支出
类   款   项       科目名称
          合计                1,234.56        1,000.00      234.56
208             社会保障和就业支出   1,234.56        1,000.00      234.56
208 05          行政事业单位养老支出  1,234.56        1,000.00      234.56
                机关事业单位基本养老
208 05  05                  1,000.00        1,000.00
                保险缴费支出
                机关事业单位
208 05  06      职业年金缴费        234.56                      234.56
                支出
\u{c}        项目                    本年支出合计        基本支出        项目支出
类   款   项       科目名称
221             住房保障支出          0.00            0.00
221 02          住房改革支出          0.00            0.00
221 02  01      住房公积金           0.00            0.00
注：本表反映部门本年度各项支出情况。
";

#[test]
fn codes_in_parts_separators_wrapped_names_and_a_repeated_header() {
    assert_eq!(detect(SPLIT_CODES), InputKind::Layout);
    let imported = import_text(SPLIT_CODES).expect("the table imports");
    let d = &imported.disclosure;
    assert_eq!((d.unit_name(), d.year()), ("某局", 2024));
    let v = serde_json::to_value(d.expenditure().expect("the table builds")).unwrap();
    let rows = v["rows"].as_array().unwrap();
    let codes: Vec<&str> = rows.iter().filter_map(|r| r["code"].as_str()).collect();
    assert_eq!(
        codes,
        [
            "208", "20805", "2080505", "2080506", "221", "22102", "2210201"
        ]
    );
    assert_eq!(rows[0]["name"], "合计");
    assert_eq!(rows[0]["total"], "1234.56");
    assert_eq!(rows[3]["name"], "机关事业单位基本养老保险缴费支出");
    assert_eq!(rows[3]["basic"], "1000.00");
    assert!(rows[3]["project"].is_null(), "a blank cell stays blank");
    assert_eq!(rows[4]["name"], "机关事业单位职业年金缴费支出");
    assert!(rows[4]["basic"].is_null());
    assert_eq!(rows[4]["project"], "234.56");
    // The page after the break printed its header: its figures are placed by it.
    assert_eq!(rows[7]["basic"], "0.00");
    assert!(rows[7]["project"].is_null());
    assert_eq!(v["meta"]["note"], "注：本表反映部门本年度各项支出情况。");
    // Nothing is assumed or left out; the repeated header is reported as such.
    let warnings: Vec<String> = imported.warnings().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "{warnings:#?}");
    let repeated: Vec<usize> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::RunningHeader)
        .map(|d| d.line)
        .collect();
    assert_eq!(repeated, [15, 16]);
}

#[test]
fn a_page_continuing_a_table_without_header_is_reported() {
    let imported = imported();
    let assumed: Vec<(usize, &str)> = imported
        .warnings()
        .filter(|w| matches!(w.kind, DiagnosticKind::Assumed { .. }))
        .map(|w| (w.line, w.text.as_str()))
        .collect();
    // 收入决算表, 支出决算表 and 财政拨款收入支出决算总表 go on over a page break.
    assert_eq!(assumed.len(), 3);
    assert_eq!(assumed[0].0, 150);
    assert!(assumed[0].1.starts_with("2101101"));
    assert_eq!(assumed[2].0, 243);
    // The only warnings.
    assert_eq!(imported.warnings().count(), 3);
}

/// A table printed without a money-unit line, and a 相关信息统计表 (Shanxi template) laid out
/// by pdftotext.
const NO_UNIT_LINE: &str = "某局2023年度单位决算公开
                     收入决算表
          项目              本年收入合计      财政拨款收入
  科目编码     科目名称
      合计                    109.61          109.61
  221        住房保障支出          109.61          109.61
  22102      住房改革支出          109.61          109.61
  2210201    住房公积金            109.61          109.61

              部门决算公开相关信息统计表
                                        单位：万元
 项目                             行次      统计数
 一、政府采购情况
 合计                              1        21.07
 货物                              2        21.07
 工程                              3         0.00
 服务                              4         0.00
";

#[test]
fn a_table_without_money_line_and_the_related_information_table() {
    let imported = import_text(NO_UNIT_LINE).expect("the tables import");
    let d = &imported.disclosure;
    let income = d.income().expect("read without a money-unit line");
    assert_eq!(income.rows().len(), 4);
    assert_eq!(income.rows()[3].cells().fiscal.to_string(), "109.61");
    // The missing unit is assumed, and said.
    assert!(imported.warnings().any(|w| matches!(
        &w.kind,
        DiagnosticKind::Assumed { table, .. } if table == "收入决算表"
    ) && w.line == 2));
    let info = d.related_info().expect("the 相关信息 table imports");
    let names: Vec<&str> = info.lines().map(|l| l.name()).collect();
    assert_eq!(names, ["合计", "货物", "工程", "服务"]);
    let v = serde_json::to_value(info).unwrap();
    let section = &v["sections"][0];
    assert_eq!(section["title"], "一、政府采购情况");
    assert_eq!(section["lines"][1]["line"], 2);
    assert_eq!(section["lines"][1]["value"], "21.07");
    assert_eq!(section["lines"][1]["item"], "procurement_goods");
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

#[test]
fn contents_without_page_breaks_end_where_the_body_starts() {
    let text = format!(
        "目  录\n第一部分 概况 .......... 1\n二、收入决算表 .......... 3\n第一部分 概况\n{NO_UNIT_LINE}"
    );
    let imported = import_text(&text).expect("the document imports");
    let contents: Vec<usize> = imported
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::Contents)
        .map(|d| d.line)
        .collect();
    assert_eq!(contents, [1, 2, 3]);
    let headings: Vec<&str> = imported.disclosure.outline().part_headings().collect();
    assert_eq!(headings, ["第一部分 概况"]);
    assert_eq!(imported.disclosure.income().unwrap().rows().len(), 4);
}

/// A summary table whose right side runs on alone: "结余分配", printed without a figure under
/// "本年支出合计" (a name that does not fill its column), is a line of its own, not the end of
/// the name above it.
const LONE_SUMMARY_LINES: &str = "某局2023年度部门决算
                         收入支出决算总表
单位：万元
             收入                              支出



       项目               金额             项目               金额
一、一般公共预算财政拨款收入      1,735.91    一、一般公共服务支出          1,735.91
本年收入合计              1,735.91    本年支出合计              1,735.91
                                结余分配
                                年末结转和结余
总计                  1,735.91    总计                  1,735.91
";

#[test]
fn a_short_summary_line_under_a_name_that_does_not_fill_its_column_is_its_own() {
    let imported = import_text(LONE_SUMMARY_LINES).expect("the table imports");
    let v = serde_json::to_value(&imported.disclosure).unwrap();
    let names: Vec<&str> = v["income_expenditure"]["expenditure"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "一、一般公共服务支出",
            "本年支出合计",
            "结余分配",
            "年末结转和结余",
            "总计"
        ]
    );
}

/// 公开10表's vehicle lines numbered "1." … before their names, and their 行次.
const NUMBERED_INFO_LINES: &str = "某局2023年度单位决算公开
              部门决算公开相关信息统计表
                                        单位：万元
 项目                             行次      统计数
 三、国有资产占用情况
 (一) 车辆数合计(辆)               7         4
 1. 副部（省）级及以上领导用车      8
 3. 机要通信用车                  10         1
";

#[test]
fn an_enumerator_before_a_name_is_part_of_it() {
    let imported = import_text(NUMBERED_INFO_LINES).expect("the table imports");
    let v = serde_json::to_value(&imported.disclosure).unwrap();
    let lines = &v["related_info"]["sections"][0]["lines"];
    assert_eq!(lines[1]["name"], "1.副部（省）级及以上领导用车");
    assert_eq!(lines[1]["line"], 8);
    assert_eq!(lines[2]["line"], 10);
    assert_eq!(lines[2]["value"], 1);
    assert_eq!(imported.warnings().count(), 0, "{:?}", imported.diagnostics);
}
