//! Nothing on a form is dropped and typos are findings: mutations of the spec fixture's forms
//! (JSON values changed) still decode, and the audit reports each with its rule, its place
//! (form, row or indicator, column) and both figures. Without scoring parameters for the
//! report year the forms' own arithmetic still runs, and one finding says what could not.
#![cfg(feature = "serde")]

#[path = "common/mutate.rs"]
#[allow(dead_code)]
mod mutate;

use final_accounts::audit::{Report, Severity, audit};
use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::{Comparator, Form, TargetValue};
use final_accounts::finding::{Finding, Lang};
use serde_json::Value;

/// The fixture with `edit` applied to its JSON, decoded (it must decode).
fn edited(edit: impl FnOnce(&mut Value)) -> Disclosure {
    let mut v = mutate::fixture();
    edit(&mut v);
    mutate::decode(&v).unwrap_or_else(|e| panic!("the edited fixture decodes: {e}"))
}

/// Rule id, severity, places, expected and printed figure of every finding of `rule`.
fn of_rule(report: &Report<'_>, rule: &str) -> Vec<(Severity, String, String, String)> {
    let shown = |f: &Option<final_accounts::finding::Figure>| {
        f.as_ref()
            .map_or_else(|| "-".to_owned(), ToString::to_string)
    };
    report
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f: &Finding| {
            let places: Vec<String> = f
                .places
                .iter()
                .map(|p| report.place(p, Lang::En).to_string())
                .collect();
            (
                f.severity,
                places.join(" ; "),
                shown(&f.expected),
                shown(&f.actual),
            )
        })
        .collect()
}

fn pinned_baseline(rule: &str) -> usize {
    let d = mutate::disclosure(&mutate::fixture());
    of_rule(&audit(&d), rule).len()
}

// ---- item: nothing is dropped silently ----

#[test]
fn without_scoring_parameters_the_forms_arithmetic_still_runs() {
    let d = edited(|v| v["year"] = 2015.into());
    let report = audit(&d);
    // The seed's 农民工联席办公经费 prints 结余 6.27 where 8 − 2.73 = 5.27: still found.
    let balance = of_rule(&report, "eval.balance");
    assert!(
        balance.contains(&(
            Severity::Error,
            "J农民工联席办公经费 row 资金总额: column 资金结(转)余".to_owned(),
            "5.27".to_owned(),
            "6.27".to_owned(),
        )),
        "{balance:#?}"
    );
    assert_eq!(balance.len(), 2, "both rows of the form: {balance:#?}");
    // 执行率 as printed against the printed amounts: the 34.12 tail is still reported.
    assert!(!of_rule(&report, "eval.rate").is_empty());
    // One warning says which checks could not run and why.
    let none = of_rule(&report, "eval.no-parameters");
    assert_eq!(none.len(), 1, "{none:#?}");
    assert_eq!(none[0].0, Severity::Warning);
    assert_eq!(none[0].2, "2015");
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule.id == "eval.no-parameters")
        .unwrap();
    let message = finding.message(&report, Lang::En);
    for id in [
        "eval.execution-score",
        "eval.grade-band",
        "eval.indicator-formula",
    ] {
        assert!(message.contains(id), "{message}");
    }
    assert!(message.contains("2020"), "the earliest year: {message}");
    // The formula's rules did not run; the forms' years differ from the disclosure's.
    assert!(of_rule(&report, "eval.indicator-formula").is_empty());
    assert_eq!(of_rule(&report, "eval.year").len(), 14);
}

#[test]
fn with_scoring_parameters_no_such_warning() {
    assert_eq!(pinned_baseline("eval.no-parameters"), 0);
    assert_eq!(pinned_baseline("eval.year"), 0);
}

#[test]
fn a_form_of_another_year_is_reported() {
    let d = edited(|v| v["forms"][9]["year"] = 2022.into());
    let report = audit(&d);
    assert_eq!(
        of_rule(&report, "eval.year"),
        [(
            Severity::Warning,
            "J仲裁委业务费 row 年度".to_owned(),
            "2023".to_owned(),
            "2022".to_owned(),
        )]
    );
}

#[test]
fn a_negative_three_public_amount_is_reported() {
    let d = edited(|v| v["three_public"]["actual"]["reception"] = "-0.46".into());
    let report = audit(&d);
    let negative = of_rule(&report, "t09.negative");
    assert_eq!(negative.len(), 1, "{negative:#?}");
    assert_eq!(negative[0].0, Severity::Error);
    assert!(negative[0].1.contains("决算数 公务接待费"), "{negative:#?}");
    assert_eq!(negative[0].3, "-0.46");
    assert_eq!(pinned_baseline("t09.negative"), 0);
    // 机关运行经费 of 公开10表 (line 5) printed negative.
    let d = edited(|v| {
        v["related_info"]["sections"][1]["lines"][0]["value"] = "-101.87".into();
    });
    let negative = of_rule(&audit(&d), "t10.negative");
    assert_eq!(negative.len(), 1, "{negative:#?}");
    assert_eq!(
        (negative[0].0, negative[0].3.as_str()),
        (Severity::Error, "-101.87")
    );
    assert_eq!(pinned_baseline("t10.negative"), 0);
}

// ---- item: typos are findings ----

/// The one finding of `rule` on the fixture with `edit`, which the fixture itself lacks.
fn one(rule: &str, edit: impl FnOnce(&mut Value)) -> (Severity, String, String, String) {
    let report = audit(Box::leak(Box::new(edited(edit))));
    let found = of_rule(&report, rule);
    assert_eq!(found.len(), 1, "{rule}: {found:#?}");
    found.into_iter().next().unwrap()
}

#[test]
fn a_score_above_its_weight_decodes_and_is_an_error() {
    // 2名选调生, 基层锻炼选调生数量: weight 20, score 20 → 21.
    let f = one("eval.score-above-weight", |v| {
        v["forms"][0]["indicators"][0]["score"] = "21".into();
    });
    assert_eq!(
        f,
        (
            Severity::Error,
            "J2名选调生2022年7月至2023年12月到乡挂职补助 row 产出指标/数量指标/基层锻炼选调生数量 column 得分"
                .to_owned(),
            "20".to_owned(),
            "21".to_owned()
        )
    );
    // A 总分 above 100.
    let f = one("eval.score-above-weight", |v| {
        v["forms"][1]["total_score"] = "110".into();
    });
    assert_eq!((f.2.as_str(), f.3.as_str()), ("100", "110"));
    assert!(f.1.ends_with("row 总分 column 总分"), "{f:?}");
}

#[test]
fn a_weight_times_ten_decodes_and_breaks_the_sum_of_weights() {
    // 基层锻炼选调生数量: weight 20 → 200 (and its score stays 20).
    let edit = |v: &mut Value| v["forms"][0]["indicators"][0]["weight"] = "200".into();
    let f = one("eval.weight-range", edit);
    assert_eq!(
        (f.0, f.2.as_str(), f.3.as_str()),
        (Severity::Error, "100", "200")
    );
    let f = one("eval.weights-sum", edit);
    assert_eq!(
        (f.0, f.2.as_str(), f.3.as_str()),
        (Severity::Error, "100", "280")
    );
    // A weight of 0.
    let f = one("eval.weight-range", |v| {
        v["forms"][0]["indicators"][1]["weight"] = "0".into();
        v["forms"][0]["indicators"][1]["score"] = "0".into();
    });
    assert_eq!(f.3, "0");
}

#[test]
fn negative_figures_decode_and_are_errors() {
    type Case = (&'static str, fn(&mut Value), &'static str, &'static str);
    let cases: [Case; 5] = [
        (
            "全年预算数",
            |v| v["forms"][4]["funding"][0]["annual_budget"] = "-8".into(),
            "J农民工联席办公经费 row 资金总额: column 全年预算数",
            "-8",
        ),
        (
            "执行率",
            |v| v["forms"][4]["funding"][1]["rate"] = "-34.12".into(),
            "J农民工联席办公经费 row 市县区财政资金 column 执行率",
            "-34.12",
        ),
        (
            "得分",
            |v| v["forms"][0]["indicators"][1]["score"] = "-10".into(),
            "J2名选调生2022年7月至2023年12月到乡挂职补助 row 产出指标/质量指标/基层锻炼保障率 column 得分",
            "-10",
        ),
        (
            "实际完成值",
            |v| v["forms"][0]["indicators"][0]["actual"] = "=-2人".into(),
            "J2名选调生2022年7月至2023年12月到乡挂职补助 row 产出指标/数量指标/基层锻炼选调生数量 column 实际完成值",
            "=-2人",
        ),
        (
            "总分",
            |v| v["forms"][1]["total_score"] = "-100".into(),
            "J残疾人就业保障金 row 总分 column 总分",
            "-100",
        ),
    ];
    for (what, edit, place, printed) in cases {
        let f = one("eval.negative", edit);
        assert_eq!(f.0, Severity::Error, "{what}");
        assert_eq!(f.1, place, "{what}");
        assert_eq!(f.3, printed, "{what}");
        assert_eq!(f.2, "不小于0", "{what}");
    }
}

#[test]
fn a_target_that_contradicts_its_comparator_is_reported() {
    // 基层服务对象满意度 ≥90% → ≥-90%: every value meets it (a warning), in both target columns.
    let report = audit(Box::leak(Box::new(edited(|v| {
        v["forms"][0]["indicators"][5]["initial_target"] = "≥-90%".into();
        v["forms"][0]["indicators"][5]["adjusted_target"] = "≥-90%".into();
    }))));
    let found = of_rule(&report, "eval.target-comparator");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|f| f.0 == Severity::Warning && f.3 == "≥-90%")
    );
    assert!(found[0].1.ends_with("column 年初指标值"), "{found:#?}");
    assert!(found[1].1.ends_with("column 调整后指标值"), "{found:#?}");
    // The formula cannot score a negative target: said, not guessed.
    assert!(
        of_rule(&report, "eval.indicator-unscorable")
            .iter()
            .any(|f| f.1.contains("基层服务对象满意度"))
    );
    // <0 persons: no value meets it, an error.
    let f = one("eval.target-comparator", |v| {
        v["forms"][0]["indicators"][0]["adjusted_target"] = "<0人".into();
    });
    assert_eq!((f.0, f.3.as_str()), (Severity::Error, "<0人"));
    // ≤-1万元: an error too.
    let f = one("eval.target-comparator", |v| {
        v["forms"][0]["indicators"][3]["adjusted_target"] = "≤-1万元".into();
    });
    assert_eq!((f.0, f.3.as_str()), (Severity::Error, "≤-1万元"));
    // A target of =0 or ≤0 can be met: nothing to say.
    let report = audit(Box::leak(Box::new(edited(|v| {
        v["forms"][0]["indicators"][0]["adjusted_target"] = "≤0人".into();
    }))));
    assert!(of_rule(&report, "eval.target-comparator").is_empty());
}

#[test]
fn a_rate_of_change_may_be_negative() {
    let mut raw = Form::example().unwrap().to_raw();
    raw.indicators[1].name = "就业人数增长率".into();
    raw.indicators[1].initial_target = Some("≥-5%".into());
    raw.indicators[1].adjusted_target = Some("≥-5%".into());
    raw.indicators[1].actual = Some("=-2%".into());
    let form = Form::new(raw).unwrap();
    let findings = final_accounts::evaluation::audit_form_arithmetic(&form);
    assert!(
        findings
            .iter()
            .all(|f| f.rule.id != "eval.negative" && f.rule.id != "eval.target-comparator"),
        "{findings:#?}"
    );
}

#[test]
fn negative_values_parse_with_any_minus_sign() {
    for (text, canonical) in [("≥-5%", "≥-5%"), ("=－2人", "=-2人"), ("−3次", "-3次")] {
        let t: TargetValue = text.parse().unwrap();
        assert_eq!(t.to_string(), canonical);
        let q = t.quantity().unwrap();
        assert!(q.is_negative());
    }
    let t: TargetValue = "≥-5%".parse().unwrap();
    assert_eq!(
        t.quantity().unwrap().comparator(),
        Some(Comparator::AtLeast)
    );
    // What cannot be represented stays rejected: a minus sign without a number, a word.
    for text in ["≥-", "≥-人", "=--2人", "-约2人"] {
        assert!(text.parse::<TargetValue>().is_err(), "{text}");
    }
}

#[test]
fn what_cannot_be_represented_is_still_rejected() {
    for edit in [
        (|v: &mut Value| v["forms"][0]["indicators"][0]["score"] = "二十".into()) as fn(&mut Value),
        |v| v["forms"][0]["funding"][0]["executed"] = "8.0o7".into(),
        |v| v["forms"][0]["indicators"][0]["colour"] = "red".into(),
        |v| v["forms"][0]["indicators"][0]["weight"] = 20.into(),
    ] {
        let mut v = mutate::fixture();
        edit(&mut v);
        assert!(mutate::decode(&v).is_err());
    }
}
