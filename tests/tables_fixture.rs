//! The spec document's ten tables as a JSON fixture: decoding, equality with the Rust-built
//! disclosure, round trip, strictness, and the real figures.
#![cfg(feature = "serde")]

mod common;

use common::datong;
use final_accounts::classification::{EconomicCode, FunctionCode};
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::tables::{
    Cell, ExpenditureItem, FiscalIncomeItem, Fund, IncomeItem, InfoItem, VehicleCategory,
};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

fn decode() -> Disclosure {
    serde_json::from_str(FIXTURE).expect("the fixture decodes")
}

fn fixture_value() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

fn amount(cell: Option<&Cell>) -> String {
    cell.expect("the cell is printed").to_string()
}

fn code(text: &str) -> FunctionCode {
    text.parse().expect("a code")
}

/// The fixture as JSON without the texts of the forms (goals, achievements, analysis), which
/// only the fixture transcribes.
fn without_form_texts(mut value: Value) -> Value {
    if let Some(forms) = value.get_mut("forms").and_then(Value::as_array_mut) {
        for form in forms {
            if let Some(form) = form.as_object_mut() {
                for key in ["annual_goal", "achievement", "analysis"] {
                    form.remove(key);
                }
            }
        }
    }
    value
}

#[test]
fn fixture_decodes_and_equals_the_rust_built_disclosure() {
    let decoded = serde_json::to_value(decode()).unwrap();
    let built = serde_json::to_value(datong::disclosure()).unwrap();
    assert_eq!(without_form_texts(decoded), without_form_texts(built));
}

#[test]
fn round_trip_is_identity() {
    let decoded = decode();
    let value = serde_json::to_value(&decoded).unwrap();
    assert_eq!(value, fixture_value());
    let again: Disclosure = serde_json::from_value(value).unwrap();
    assert_eq!(again, decoded);
}

#[test]
fn every_amount_is_a_string_and_counts_are_integers() {
    fn walk(value: &Value, path: &str, numbers: &mut Vec<String>) {
        match value {
            Value::Number(_) => numbers.push(path.to_owned()),
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), numbers);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    walk(v, &format!("{path}.{k}"), numbers);
                }
            }
            _ => {}
        }
    }
    let mut numbers = Vec::new();
    walk(&fixture_value(), "", &mut numbers);
    // Only years, the decimals, 行次 and 栏次, the counts of 公开10表 and the counts the
    // narrative states are numbers.
    for path in &numbers {
        let last = path.rsplit('.').next().unwrap();
        assert!(
            ["year", "decimals", "line", "number"].contains(&last)
                || (path.starts_with(".related_info") && last == "value")
                || (path.starts_with(".narrative")
                    && (path.ends_with(".count.stated") || path.ends_with(".grade_count.stated"))),
            "unexpected number at {path}"
        );
    }
    let t01 = &fixture_value()["income_expenditure"]["income"][0]["amount"];
    assert_eq!(t01, &Value::String("1735.92".to_owned()));
    // Counts are integers.
    let vehicles = &fixture_value()["related_info"]["sections"][2]["lines"][0]["value"];
    assert_eq!(vehicles, &Value::from(4));
}

#[test]
fn a_float_amount_is_rejected() {
    let mut value = fixture_value();
    value["income_expenditure"]["income"][0]["amount"] = serde_json::json!(1735.92);
    let err = serde_json::from_value::<Disclosure>(value).unwrap_err();
    // Named like an integer amount is: table, row and column.
    let message = err.to_string();
    assert!(
        message.contains("公开01表 row 一、一般公共预算财政拨款收入（行次1） column amount: the amount 1735.92 is written as a JSON number; write it as a string, \"1735.92\""),
        "{message}"
    );
}

fn rejects(edit: impl FnOnce(&mut Value), needle: &str) {
    let mut value = fixture_value();
    edit(&mut value);
    let err = serde_json::from_value::<Disclosure>(value).unwrap_err();
    assert!(err.to_string().contains(needle), "{err}");
}

#[test]
fn unknown_keys_are_rejected_everywhere() {
    rejects(|v| v["extra"] = Value::Null, "unknown field `extra`");
    rejects(
        |v| v["income"]["meta"]["labels"] = Value::Null,
        "unknown field `labels`",
    );
    rejects(
        |v| v["income"]["meta"]["money"]["units"] = Value::Null,
        "unknown field `units`",
    );
    rejects(
        |v| v["income"]["footer"] = Value::Null,
        "unknown field `footer`",
    );
    rejects(
        |v| v["income"]["rows"][1]["totl"] = Value::from("1.00"),
        "公开02表 row 208 column totl: unknown column \"totl\", expected one of total, fiscal",
    );
    rejects(
        |v| v["three_public"]["budget"]["hotel"] = Value::from("1.00"),
        "unknown column \"hotel\"",
    );
    rejects(
        |v| v["income_expenditure"]["income"][0]["item"] = Value::from("general"),
        "unknown item \"general\"",
    );
    rejects(
        |v| v["basic_detail"]["personnel_total"]["line"] = Value::from(1),
        "only code, name and amount",
    );
    rejects(
        |v| {
            v["order"]
                .as_array_mut()
                .unwrap()
                .pop()
                .map(drop)
                .unwrap_or(())
        },
        "related_info (部门决算公开相关信息统计表) is present but missing from the order",
    );
}

#[test]
fn a_repeated_key_in_a_row_is_rejected() {
    let text = FIXTURE.replacen(
        "\"amount\": \"1735.92\"",
        "\"amount\": \"1735.92\", \"amount\": \"1.00\"",
        1,
    );
    let err = serde_json::from_str::<Disclosure>(&text).unwrap_err();
    assert!(err.to_string().contains("written twice"), "{err}");
}

#[test]
fn blank_null_and_not_applicable_are_distinct() {
    let d = decode();
    let t06 = d.basic_detail().unwrap();
    let row = |c: &str| {
        t06.row(c.parse::<EconomicCode>().unwrap())
            .unwrap()
            .amount()
    };
    assert_eq!(*row("309"), Cell::NotApplicable);
    assert_eq!(*row("307"), Cell::Blank);
    assert_eq!(row("30205").to_string(), "1.00");
    // null reads as blank; a blank is written as a missing key.
    let mut value = fixture_value();
    value["income"]["rows"][1]["superior"] = Value::Null;
    let with_null: Disclosure = serde_json::from_value(value).unwrap();
    assert_eq!(with_null, d);
}

#[test]
fn labels_and_headers_are_kept_as_printed() {
    let d = decode();
    let labels: Vec<Option<&str>> = d.metas().map(|(_, m)| m.label()).collect();
    assert_eq!(
        labels,
        [
            Some("公开01表"),
            Some("公开02表"),
            Some("公开09表"), // the 支出决算表 is printed as 公开09表
            Some("公开04表"),
            Some("公开05表"),
            Some("公开06表"),
            Some("公开07表"),
            Some("公开08表"),
            Some("公开09表"),
            Some("公开10表"),
        ]
    );
    assert_eq!(
        d.meta(TableKind::Expenditure).unwrap().title(),
        "支出决算表"
    );
    let captions: Vec<&str> = d.metas().map(|(_, m)| m.money().caption.as_str()).collect();
    assert_eq!(
        captions,
        [
            "金额单位",
            "金额单位",
            "金额单位",
            "金额单位",
            "金额单位",
            "金额单位",
            "单位",
            "单位",
            "金额单位",
            "金额单位"
        ]
    );
    assert!(d.metas().all(|(_, m)| m.year() == Some(2023)));
    let t10 = d.meta(TableKind::RelatedInfo).unwrap();
    assert_eq!(t10.unit_name().unwrap().caption, "单位名称");
    let t08 = d.state_capital().unwrap();
    assert_eq!(t08.meta().explanation(), Some("说明：本表无数据"));
    assert!(t08.is_empty());
    assert!(
        d.metas()
            .filter(|(k, _)| *k != TableKind::StateCapital)
            .all(|(_, m)| m.explanation().is_none())
    );
    // 行次 of 公开10表 jump from 15 to 17, as printed.
    let lines: Vec<u16> = d
        .related_info()
        .unwrap()
        .lines()
        .filter_map(|l| l.line())
        .collect();
    assert_eq!(lines, (1..=15).chain([17]).collect::<Vec<_>>());
    assert_eq!(d.unit_name(), "大同市人力资源和社会保障局");
    assert_eq!(d.year(), 2023);
    assert_eq!(d.order(), TableKind::ALL);
}

#[test]
fn the_real_figures() {
    let d = decode();
    let t01 = d.income_expenditure().unwrap();
    assert_eq!(
        amount(t01.income_cell(IncomeItem::CurrentYearTotal)),
        "1991.06"
    );
    assert_eq!(amount(t01.income_cell(IncomeItem::GrandTotal)), "2076.12");
    assert_eq!(
        amount(t01.income_cell(IncomeItem::Appropriation(Fund::GeneralBudget))),
        "1735.92"
    );
    assert_eq!(
        amount(t01.expenditure_cell(ExpenditureItem::CurrentYearTotal)),
        "1991.91"
    );
    assert_eq!(
        amount(t01.expenditure_cell(ExpenditureItem::ClosingBalance)),
        "84.21"
    );
    assert_eq!(amount(t01.class_cell(code("208"))), "1589.17");
    assert!(
        t01.income_cell(IncomeItem::BusinessRevenue)
            .unwrap()
            .is_blank()
    );

    let t02 = d.income().unwrap();
    assert_eq!(
        t02.total_row().unwrap().cells().fiscal.to_string(),
        "1990.89"
    );
    assert_eq!(
        t02.row(code("2080101")).unwrap().cells().other.to_string(),
        "0.16"
    );

    let t03 = d.expenditure().unwrap();
    let classes: Vec<String> = t03.classes().map(|r| r.cells().total.to_string()).collect();
    assert_eq!(classes, ["1589.17", "38.16", "254.97", "109.61"]);
    assert_eq!(t03.children(code("208")).count(), 3);

    let t04 = d.fiscal().unwrap();
    assert_eq!(
        amount(t04.income_cell(FiscalIncomeItem::CurrentYearTotal)),
        "1990.89"
    );
    let row = t04.class_columns(code("212")).unwrap();
    assert_eq!(row.fund(Fund::GovernmentFund).to_string(), "254.97");
    assert!(row.general_budget.is_blank());
    let general: Vec<String> = t04
        .expenditure()
        .iter()
        .filter(|l| matches!(l.item(), Some(ExpenditureItem::Class(_))))
        .filter(|l| l.value().general_budget.has_amount())
        .map(|l| format!("{} {}", l.label(), l.value().general_budget))
        .collect();
    assert_eq!(
        general,
        [
            "208（行次40） 1588.15",
            "210（行次41） 38.16",
            "221（行次51） 109.61"
        ]
    );

    let t05 = d.general_budget().unwrap();
    assert_eq!(
        t05.total_row().unwrap().cells().basic.to_string(),
        "1101.03"
    );
    assert!(t05.row(code("2080110")).unwrap().cells().total.is_blank());

    let t06 = d.basic_detail().unwrap();
    assert_eq!(t06.personnel_total().unwrap().amount.to_string(), "999.16");
    assert_eq!(t06.public_total().unwrap().amount.to_string(), "101.87");
    assert_eq!(t06.blocks().len(), 4);
    assert_eq!(t06.rows().count(), 109);

    let t07 = d.government_fund().unwrap();
    assert_eq!(
        t07.total_row().unwrap().cells().project.to_string(),
        "254.97"
    );
    assert!(t07.total_row().unwrap().cells().opening.is_blank());

    let t09 = d.three_public().unwrap();
    assert_eq!(t09.actual().vehicle_operation.to_string(), "1.03");
    assert!(t09.actual().overseas.is_blank());

    let t10 = d.related_info().unwrap();
    assert_eq!(
        t10.amount(InfoItem::ProcurementTotal).unwrap().to_string(),
        "13.40"
    );
    assert_eq!(
        t10.amount(InfoItem::RunningCostsAdministrative)
            .unwrap()
            .to_string(),
        "101.87"
    );
    assert_eq!(t10.count(InfoItem::VehiclesTotal).unwrap().count(), Some(4));
    assert_eq!(
        t10.count(InfoItem::Vehicles(VehicleCategory::Other))
            .unwrap()
            .count(),
        Some(3)
    );
    assert_eq!(t10.count(InfoItem::Equipment).unwrap().count(), None);
}
