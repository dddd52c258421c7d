//! The Putuo disclosure (中共上海市普陀区委社会工作部 2024, Shanghai template) as a JSON fixture:
//! decoding, equality with the Rust build, round trip, and the real figures.
#![cfg(feature = "serde")]

mod common;

use common::putuo;
use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::narrative::{Figures, SpendingColumn};
use final_accounts::tables::{Cell, ExpenditureItem, IncomeItem};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

fn decode() -> Disclosure {
    serde_json::from_str(FIXTURE).expect("the fixture decodes")
}

#[test]
#[ignore = "regenerates the fixture from the Rust transcription (then reformat rows one per line)"]
fn write_fixture() {
    let json = serde_json::to_string_pretty(&putuo::disclosure()).unwrap();
    std::fs::write(
        "tests/fixtures/putuo-shehuigongzuobu-2024.json",
        json + "\n",
    )
    .unwrap();
}

#[test]
fn fixture_decodes_and_equals_the_rust_built_disclosure() {
    assert_eq!(decode(), putuo::disclosure());
}

#[test]
fn round_trip_is_identity() {
    let decoded = decode();
    let value = serde_json::to_value(&decoded).unwrap();
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    assert_eq!(value, fixture);
    let again: Disclosure = serde_json::from_value(value).unwrap();
    assert_eq!(again, decoded);
}

#[test]
fn layout_is_the_shanghai_one() {
    let d = decode();
    assert_eq!(d.profile(), Some("shanghai-2024"));
    assert_eq!(
        d.order(),
        [
            TableKind::IncomeExpenditure,
            TableKind::Income,
            TableKind::Expenditure,
            TableKind::Fiscal,
            TableKind::GeneralBudget,
            TableKind::BasicDetail,
            TableKind::ThreePublic,
            TableKind::GovernmentFund,
            TableKind::StateCapital,
        ]
    );
    assert!(d.related_info().is_none());
    assert!(d.forms().is_empty());
    for (_, meta) in d.metas() {
        assert_eq!(meta.label(), None, "{}", meta.title());
        assert_eq!(meta.money().caption, "单位");
        assert!(meta.unit_name().is_none() && meta.period().is_none());
        assert!(meta.columns().iter().all(|c| c.number.is_none()));
    }
    // No 行次 anywhere.
    let t01 = d.income_expenditure().unwrap();
    assert!(t01.income().iter().all(|l| l.line().is_none()));
    assert!(t01.expenditure().iter().all(|l| l.line().is_none()));
    let t04 = d.fiscal().unwrap();
    assert!(t04.income().iter().all(|l| l.line().is_none()));
}

#[test]
fn twenty_six_expenditure_classes_in_both_summary_tables() {
    let d = decode();
    let classes = |items: Vec<ExpenditureItem>| {
        items
            .into_iter()
            .filter(|i| matches!(i, ExpenditureItem::Class(_)))
            .count()
    };
    let t01 = d.income_expenditure().unwrap();
    assert_eq!(
        classes(t01.expenditure().iter().filter_map(|l| l.item()).collect()),
        26
    );
    let t04 = d.fiscal().unwrap();
    assert_eq!(
        classes(t04.expenditure().iter().filter_map(|l| l.item()).collect()),
        26
    );
}

#[test]
fn real_figures() {
    let d = decode();
    let t01 = d.income_expenditure().unwrap();
    let text = |cell: Option<&Cell>| cell.unwrap().to_string();
    assert_eq!(text(t01.income_cell(IncomeItem::GrandTotal)), "307.82");
    assert_eq!(
        text(t01.expenditure_cell(ExpenditureItem::CurrentYearTotal)),
        "307.82"
    );
    // 支出决算表: 307.82 = 105.58 + 202.24.
    let t03 = d.expenditure().unwrap().total_row().unwrap().cells();
    assert_eq!(
        (
            t03.total.to_string(),
            t03.basic.to_string(),
            t03.project.to_string()
        ),
        ("307.82".into(), "105.58".into(), "202.24".into())
    );
    // 一般公共预算财政拨款支出决算表 prints its 合计 last.
    let t05 = d.general_budget().unwrap();
    assert_eq!(t05.rows().last().unwrap().name(), "合计");
    assert_eq!(
        d.amount(&putuo::gp_total(SpendingColumn::Basic))
            .unwrap()
            .to_string(),
        "105.58"
    );
    // 基本支出: 人员经费 95.36 + 公用经费 10.23 = 105.59 against 105.58 printed: a rounding
    // tail (each figure rounded from 元 separately: [95.355, 95.365] + [10.225, 10.235] meets
    // [105.575, 105.585]), not an error.
    let t06 = d.basic_detail().unwrap();
    assert_eq!(t06.personnel_total().unwrap().amount.to_string(), "95.36");
    assert_eq!(t06.public_total().unwrap().amount.to_string(), "10.23");
    assert_eq!(t06.blocks().len(), 2);
    // Blank and 0.00 stay distinct: 30103 奖金 is printed 0.00.
    let bonus = t06.row("30103".parse().unwrap()).unwrap();
    assert_eq!(bonus.amount().to_string(), "0.00");
    assert!(bonus.amount().has_amount());
}

#[test]
fn empty_tables_keep_their_explanations_and_the_template_instruction() {
    let d = decode();
    let three = d.three_public().unwrap().meta();
    assert!(three.explanation().unwrap().ends_with("故本表无数据。"));
    for meta in [
        d.government_fund().unwrap().meta(),
        d.state_capital().unwrap().meta(),
    ] {
        let e = meta.explanation().unwrap();
        assert!(
            e.contains("仍保留该表格式，并在本表下方作下述说明："),
            "{e}"
        );
        assert!(e.contains("说明：") && e.ends_with("故本表无数据。"), "{e}");
    }
}

#[test]
fn every_amount_is_a_string() {
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
    walk(&serde_json::from_str(FIXTURE).unwrap(), "", &mut numbers);
    // Only the year, the decimals and the counts stated in the narrative are numbers.
    for path in &numbers {
        let last = path.rsplit('.').next().unwrap();
        assert!(
            ["year", "decimals", "stated"].contains(&last) || path.starts_with(".narrative"),
            "unexpected number at {path}"
        );
    }
}
