//! Lists in the 说明 of the Putuo document (Shanghai 2024 layout) summed with the derivation
//! allowance of their printed parts (`narrative.list-sum`): the 全年预算 of the nine 项 listed
//! in 五（三） against the 全年预算 stated for the whole, and 货物 + 工程 + 服务 against the
//! 政府采购 total, which no table prints in this layout.
#![cfg(feature = "serde")]

use final_accounts::audit::{Severity, audit};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::{Finding, Lang, Unnamed};
use serde_json::Value;

const PUTUO: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

fn putuo() -> Value {
    serde_json::from_str(PUTUO).unwrap()
}

fn list_sums(v: &Value) -> Vec<Finding> {
    let d: Disclosure = serde_json::from_value(v.clone()).unwrap();
    audit(&d)
        .findings
        .into_iter()
        .filter(|f| f.rule.id == "narrative.list-sum" || f.rule.id == "narrative.text-figure")
        .collect()
}

/// The statement of `section`.
fn statement<'v>(v: &'v mut Value, section: &str) -> &'v mut Value {
    v["narrative"]["statements"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["section"] == section)
        .unwrap()
}

/// Replaces `from` by `to` in a statement's text and in every claim that states it.
fn restate(v: &mut Value, section: &str, from: &str, to: &str) {
    let st = statement(v, section);
    let text = st["text"].as_str().unwrap().to_owned();
    assert!(text.contains(from), "{text}");
    st["text"] = text.replacen(from, to, 1).into();
    let json = st["claims"]
        .to_string()
        .replace(&format!("\"{from}\""), &format!("\"{to}\""));
    st["claims"] = serde_json::from_str(&json).unwrap();
}

fn shown(f: &Finding) -> (Severity, Option<String>, Option<String>, String) {
    (
        f.severity,
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
        f.message(&Unnamed, Lang::Zh),
    )
}

#[test]
fn the_putuo_lists_add_up() {
    assert!(list_sums(&putuo()).is_empty());
}

#[test]
fn a_listed_budget_one_unit_off_is_an_error() {
    // 五（三）1 行政运行: 全年预算为52.00万元 printed as 53.00: the nine budgets add up to 322.02
    // against the 321.02 the paragraph states.
    let mut v = putuo();
    restate(&mut v, "五（三）1", "52.00", "53.00");
    let f = list_sums(&v);
    assert_eq!(f.len(), 1, "{f:#?}");
    let (severity, expected, actual, message) = shown(&f[0]);
    assert_eq!(severity, Severity::Error);
    assert_eq!(expected.as_deref(), Some("322.02"));
    assert_eq!(actual.as_deref(), Some("321.02"));
    assert!(message.contains("全年预算之和"), "{message}");
    // A partial list says nothing about the whole: without 五（三）9 (购房补贴, 11.72 spent),
    // the budgets are not summed (the missing line is narrative.detail-coverage's).
    let mut v = putuo();
    restate(&mut v, "五（三）1", "52.00", "53.00");
    v["narrative"]["statements"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["section"] != "五（三）9");
    assert!(list_sums(&v).is_empty());
}

/// Listed budgets short of the whole: a warning, since a line budgeted but not spent prints no
/// row in 公开05表 and so has no sentence; the figures are the same as for an error.
#[test]
fn listed_budgets_short_of_the_whole_are_a_warning() {
    let mut v = putuo();
    restate(&mut v, "五（三）1", "52.00", "51.00");
    let f = list_sums(&v);
    assert_eq!(f.len(), 1, "{f:#?}");
    let (severity, expected, actual, _) = shown(&f[0]);
    assert_eq!(severity, Severity::Warning);
    assert_eq!(expected.as_deref(), Some("320.02"));
    assert_eq!(actual.as_deref(), Some("321.02"));
}

#[test]
fn procurement_parts_add_up_to_the_stated_total_without_a_table() {
    // 十一（二）: 政府采购金额21.07万元 = 货物21.07 + 工程0 + 服务0; 服务 printed as 2万元. The
    // parts printed to the 万元 ("0万元", "2万元") stand for ±0.5 each, so the sum may be off by
    // up to 1.01 万元 (a restated "1万元" is within it); 2.00 is not.
    let mut v = putuo();
    restate(
        &mut v,
        "十一（二）",
        "服务采购金额0万元",
        "服务采购金额2万元",
    );
    // The claim of 服务 is "0": restate it.
    let st = statement(&mut v, "十一（二）");
    for claim in st["claims"].as_array_mut().unwrap() {
        if claim["amount"]["figure"]["procurement"] == "服务" {
            claim["amount"]["stated"] = "2".into();
        }
    }
    let f = list_sums(&v);
    assert_eq!(f.len(), 1, "{f:#?}");
    let (severity, expected, actual, message) = shown(&f[0]);
    assert_eq!(severity, Severity::Error);
    assert_eq!(expected.as_deref(), Some("23.07"));
    assert_eq!(actual.as_deref(), Some("21.07"));
    assert!(message.contains("货物 + 工程 + 服务"), "{message}");
}

#[test]
fn a_line_named_otherwise_than_the_table_is_a_warning() {
    // 五（三）1 prints 行政运行（项）, as 公开05表 names 2013901.
    let mut v = putuo();
    let st = statement(&mut v, "五（三）1");
    let text = st["text"]
        .as_str()
        .unwrap()
        .replacen("行政运行（项）", "行政运转（项）", 1);
    st["text"] = text.into();
    let d: Disclosure = serde_json::from_value(v).unwrap();
    let names: Vec<_> = audit(&d)
        .findings
        .into_iter()
        .filter(|f| f.rule.id == "narrative.line-name")
        .map(|f| shown(&f))
        .collect();
    assert_eq!(names.len(), 1, "{names:#?}");
    assert_eq!(names[0].0, Severity::Warning);
    assert_eq!(names[0].1.as_deref(), Some("行政运行"));
    assert_eq!(names[0].2.as_deref(), Some("行政运转"));
}

#[test]
fn the_audit_gives_the_narrative_the_catalog_names_of_its_lines() {
    use final_accounts::classification::{Completeness, FunctionCatalog, Row};
    let d: Disclosure =
        serde_json::from_str(include_str!("fixtures/datong-hrss-2023.json")).unwrap();
    let catalog: FunctionCatalog = FunctionCatalog::builder(2023, Completeness::Partial)
        .row(Row::new("208", "社会保障和就业支出"))
        .row(Row::new("20801", "人力资源和社会保障管理事务"))
        .build()
        .unwrap();
    let options = final_accounts::audit::AuditOptions::new().with_functional_catalog(&catalog);
    let context = options.resolve(&d);
    let names: Vec<(String, &str)> = context
        .narrative
        .official_names
        .iter()
        .map(|(c, n)| (c.to_string(), n.as_str()))
        .collect();
    // The lines the 说明 is about (208, 210, 221) and their 类, as far as the catalog knows them.
    assert_eq!(names, [("208".to_owned(), "社会保障和就业支出")]);
}
