//! The forms' analysis texts against the forms' own figures (`eval.analysis-figure`): the
//! seed's 仲裁委业务费 form prints 执行率 56.28 and writes "执行率56.38%"; every other
//! percentage or amount its forms' analyses give as the 执行率, the money spent or the budget
//! is one the forms allow ("执行率80%" for 79.71, "支出4.4万元" for 4.389).
#![cfg(feature = "serde")]

mod common;

use common::mutate::{disclosure, fixture};
use final_accounts::audit::{Severity, audit};
use final_accounts::finding::{Finding, Lang, Unnamed};
use serde_json::Value;

fn found(v: &Value) -> Vec<Finding> {
    let d = disclosure(v);
    audit(&d)
        .findings
        .into_iter()
        .filter(|f| f.rule.id == "eval.analysis-figure")
        .collect()
}

/// Replaces `from` by `to` in the analysis text of the form of `project` that contains it.
fn rewrite(v: &mut Value, project: &str, from: &str, to: &str) {
    let form = v["forms"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|f| f["project"] == project)
        .unwrap();
    let item = form["analysis"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|a| a["text"].as_str().unwrap().contains(from))
        .unwrap();
    let text = item["text"].as_str().unwrap().replacen(from, to, 1);
    item["text"] = text.into();
}

fn shown(f: &Finding) -> (String, Option<String>, Option<String>) {
    (
        f.places[0].display(&Unnamed, Lang::En).to_string(),
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
    )
}

#[test]
fn the_seed_says_56_38_where_its_form_prints_56_28() {
    let f = found(&fixture());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(
        shown(&f[0]),
        (
            "J仲裁委业务费 row 项目实施的预算执行情况及分析 column 执行率".to_owned(),
            Some("56.28%".to_owned()),
            Some("56.38%".to_owned())
        )
    );
    assert_eq!(
        f[0].message(&Unnamed, Lang::Zh),
        "“项目实施的预算执行情况及分析”称执行率为56.38%，与自评表56.28%不符"
    );
}

#[test]
fn a_rate_amount_or_budget_the_form_does_not_allow_is_found() {
    // 人力资源事务 prints 执行率 79.47 and says 预算执行率79.47%.
    let mut v = fixture();
    rewrite(
        &mut v,
        "J人力资源事务",
        "预算执行率79.47%",
        "预算执行率79.57%",
    );
    let f = found(&v);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(shown(&f[0]).1.as_deref(), Some("79.47%"));
    // 外地人才交流参展费 spent 4.389 万元 and says 支出4.4万元 (one decimal: 4.35 … 4.45).
    let mut v = fixture();
    rewrite(&mut v, "J外地人才交流参展费", "支出4.4万元", "支出4.5万元");
    let f = found(&v);
    assert_eq!(f.len(), 2, "{f:#?}");
    let spent = f
        .iter()
        .find(|f| {
            f.places[0]
                .display(&Unnamed, Lang::En)
                .to_string()
                .contains("外地")
        })
        .unwrap();
    assert_eq!(shown(spent).1.as_deref(), Some("4.389"));
    assert_eq!(shown(spent).2.as_deref(), Some("4.5万元"));
    // A budget: 7 万元 is the form's 全年预算数; 8 万元 is none of its budgets.
    let mut v = fixture();
    rewrite(
        &mut v,
        "J外地人才交流参展费",
        "项目经费支出4.4万元",
        "项目预算7万元，项目经费支出4.4万元",
    );
    assert_eq!(found(&v).len(), 1);
    rewrite(
        &mut v,
        "J外地人才交流参展费",
        "项目预算7万元",
        "项目预算8万元",
    );
    assert_eq!(found(&v).len(), 2);
}

#[test]
fn figures_of_other_things_and_printed_roundings_are_not_compared() {
    let mut v = fixture();
    // "执行率80%" for 79.71: printed to the unit, 79.5 … 80.5.
    rewrite(
        &mut v,
        "J社保基金监督检查费",
        "项目经费执行率80%",
        "项目经费执行率80%，满意度95%，鉴定120人次",
    );
    assert_eq!(found(&v).len(), 1);
}
