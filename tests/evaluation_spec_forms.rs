//! The fourteen self-evaluation forms of the spec: every stated 执行率, 执行率得分, 总分 and 等级
//! is reproduced, or its deviation is reported with both numbers; the roll-up matches the
//! narrative (14 forms, 147.41万元, 12 优, 2 良).

#[path = "common/forms.rs"]
mod forms;

use final_accounts::evaluation::{Form, Grade, Rollup, ScoringParameters, audit_form, evaluate};
use final_accounts::finding::{Finding, Lang, Severity, Unnamed};
use final_accounts::money::{Interval, MoneyUnit, PublishedAmount};
use rust_decimal::Decimal;

fn params() -> ScoringParameters {
    ScoringParameters::for_year(2023).expect("parameters for 2023")
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The expected and printed figures of a finding, as its columns show them.
fn figures(f: &Finding) -> (Option<String>, Option<String>) {
    (
        f.expected.as_ref().map(ToString::to_string),
        f.actual.as_ref().map(ToString::to_string),
    )
}

/// The places of a finding, in English.
fn places(f: &Finding) -> Vec<String> {
    f.places
        .iter()
        .map(|p| p.display(&Unnamed, Lang::En).to_string())
        .collect()
}

/// Per form: project, stated 执行率, formula 执行率 (rounded), stated 执行率得分, formula 执行率得分,
/// stated 总分, formula 总分, stated and formula 等级.
#[allow(clippy::type_complexity)]
const EXPECTED: [(&str, &str, &str, Option<&str>, &str, &str, &str, &str); 14] = [
    (
        "J2名选调生2022年7月至2023年12月到乡挂职补助",
        "76.26",
        "76.26",
        Some("7.63"),
        "7.63",
        "97.63",
        "97.63",
        "优",
    ),
    (
        "J残疾人就业保障金",
        "100",
        "100",
        Some("10"),
        "10",
        "100",
        "100",
        "优",
    ),
    ("J法律顾问费", "0", "0", Some("0"), "0", "80", "80", "良"),
    (
        "J劳动保障监察两网化一期建设维保服务费",
        "100",
        "100",
        Some("10"),
        "10",
        "100",
        "100",
        "优",
    ),
    (
        "J农民工联席办公经费",
        "34.12",
        "34.13",
        Some("3.41"),
        "3.41",
        "93.41",
        "93.41",
        "优",
    ),
    (
        "J人力资源事务",
        "79.47",
        "79.47",
        Some("7.95"),
        "7.95",
        "97.95",
        "97.95",
        "优",
    ),
    (
        "J社保基金监督检查费",
        "79.71",
        "79.72",
        Some("7.97"),
        "7.97",
        "97.97",
        "97.97",
        "优",
    ),
    (
        "J社会保障业务费",
        "72.11",
        "72.11",
        Some("7.21"),
        "7.21",
        "97.21",
        "97.21",
        "优",
    ),
    (
        "J外地人才交流参展费",
        "62.7",
        "62.70",
        Some("6.27"),
        "6.27",
        "96.27",
        "96.27",
        "优",
    ),
    (
        "J仲裁委业务费",
        "56.28",
        "56.29",
        Some("5.63"),
        "5.63",
        "95.63",
        "95.63",
        "优",
    ),
    (
        "J驻村帮扶工作人员经费",
        "100.00",
        "100",
        None,
        "10",
        "100",
        "100",
        "优",
    ),
    (
        "Z劳动能力鉴定费",
        "63.17",
        "63.17",
        Some("6.32"),
        "6.32",
        "94.32",
        "94.32",
        "优",
    ),
    (
        "Z网络运维服务费",
        "24.26",
        "24.26",
        Some("2.43"),
        "2.43",
        "84.87",
        "84.87",
        "良",
    ),
    (
        "Z学术技术带头人评审工作经费、津贴经费",
        "100",
        "100",
        Some("10"),
        "10",
        "100",
        "100",
        "优",
    ),
];

/// Per form, the findings the audit raises: (rule, severity, count).
const FINDINGS: [&[(&str, Severity, usize)]; 14] = [
    &[("eval.indicator-formula", Severity::Warning, 1)],
    &[],
    &[
        ("eval.funding-label", Severity::Info, 1),
        ("eval.indicator-formula", Severity::Warning, 1),
    ],
    &[],
    &[
        ("eval.balance", Severity::Error, 2),
        ("eval.rate", Severity::Info, 2),
    ],
    &[("eval.indicator-formula", Severity::Warning, 1)],
    &[
        ("eval.funding-label", Severity::Info, 1),
        ("eval.rate", Severity::Info, 1),
        ("eval.indicator-formula", Severity::Warning, 1),
    ],
    &[
        ("eval.funding-label", Severity::Info, 1),
        ("eval.indicator-formula", Severity::Warning, 1),
    ],
    &[("eval.indicator-formula", Severity::Warning, 1)],
    &[
        ("eval.rate", Severity::Info, 2),
        ("eval.indicator-formula", Severity::Warning, 1),
    ],
    &[
        ("eval.funding-label", Severity::Info, 1),
        ("eval.missing-score", Severity::Warning, 1),
    ],
    &[("eval.indicator-formula", Severity::Warning, 1)],
    &[("eval.funding-label", Severity::Info, 1)],
    &[],
];

#[test]
fn fourteen_forms_in_printed_order() {
    let forms = forms::built_forms();
    assert_eq!(forms.len(), 14);
    for (form, expected) in forms.iter().zip(EXPECTED) {
        assert_eq!(form.project(), expected.0);
        assert_eq!(form.year(), 2023);
    }
    // Kept as printed.
    assert_eq!(
        forms[13].title(),
        "Z学术技术带头人评审工作经费、津贴经费项目支出"
    );
    assert_eq!(
        forms[4].department().name(),
        "大同市人力资源和社会保障局【部门】"
    );
    assert_eq!(forms[2].funding()[1].label(), Some("市市区财政资金"));
    assert_eq!(forms[7].funding()[0].label(), Some("市区区财政资金"));
    assert_eq!(forms[10].funding().len(), 1);
    assert_eq!(forms[10].stated_execution_score(), None);
    assert_eq!(
        forms[1].indicators()[5].level_two().to_string(),
        "服务对象满意度"
    );
}

#[test]
fn stated_rates_scores_totals_and_grades_are_reproduced_or_reported() {
    let p = params();
    for (
        form,
        (project, rate, computed_rate, score, computed_score, total, computed_total, grade),
    ) in forms::built_forms().iter().zip(EXPECTED)
    {
        let e = evaluate(form, &p).unwrap();
        assert_eq!(
            form.stated_rate().unwrap().percent().value(),
            d(rate),
            "{project}"
        );
        assert_eq!(
            e.execution.rate().unwrap().round(2).value(),
            d(computed_rate),
            "{project}"
        );
        assert_eq!(form.stated_execution_score(), score.map(d), "{project}");
        assert_eq!(e.execution.score(), Some(d(computed_score)), "{project}");
        assert_eq!(e.stated_total, Some(d(total)), "{project}");
        assert_eq!(e.total, Some(d(computed_total)), "{project}");
        let grade = Grade::parse(grade).unwrap();
        assert_eq!(e.stated_grade, Some(grade), "{project}");
        assert_eq!(e.grade, Some(grade), "{project}");

        // Every stated figure that the formula does not reproduce exactly has a finding
        // quoting both numbers.
        let findings = audit_form(form, &p);
        if d(rate) != d(computed_rate) {
            let f = findings
                .iter()
                .find(|f| f.rule.id == "eval.rate")
                .expect(project);
            assert_eq!(
                figures(f),
                (Some(format!("{computed_rate}%")), Some(rate.to_owned()))
            );
        }
        if score.is_none() {
            let f = findings
                .iter()
                .find(|f| f.rule.id == "eval.missing-score")
                .expect(project);
            let message = f.message(&Unnamed, Lang::En);
            assert!(message.contains(computed_score), "{message}");
            // The place is said once, beside the message, not in it.
            assert_eq!(places(f), [format!("{project} row 执行率 column 得分")]);
            assert!(!message.contains(project), "{message}");
        }
    }
}

#[test]
fn the_examples_of_the_issue() {
    let p = params();
    let forms = forms::built_forms();
    // 8.007 / 10.5 → 76.26 %, score 7.63, 总分 97.63 优.
    let e = evaluate(&forms[0], &p).unwrap();
    assert_eq!(e.execution.rate().unwrap().round(2).to_string(), "76.26%");
    assert_eq!(e.execution.score().unwrap().to_string(), "7.63");
    assert_eq!(
        (e.total.unwrap().to_string(), e.grade),
        ("97.63".to_owned(), Some(Grade::Excellent))
    );
    let trace = e.trace(&forms[0]).to_string();
    assert!(
        trace.contains("执行率 = 8.007 / 10.5 = 76.2571%"),
        "{trace}"
    );
    // The trace names each indicator by its path, with the formula's figures.
    assert!(
        trace.contains(
            "产出指标/成本指标/基层锻炼人员经费 (分值 10): forward: target =10.5万元, actual =8万元: \
             not met → weight × actual / target = 10 × 8 / 10.5 = 7.619048 → 7.62 (stated 10)"
        ),
        "{trace}"
    );
    assert_eq!(
        e.indicators[3].explain().to_string(),
        "forward: target =10.5万元, actual =8万元: not met → weight × actual / target = 10 × 8 / 10.5 = 7.619048"
    );
    // 仲裁委 3.94 / 7 printed 56.28: within the rounding of three-decimal inputs.
    let rate = audit_form(&forms[9], &p)
        .into_iter()
        .find(|f| f.rule.id == "eval.rate")
        .unwrap();
    assert_eq!(rate.severity, Severity::Info);
    assert_eq!(
        figures(&rate),
        (Some("56.29%".to_owned()), Some("56.28".to_owned()))
    );
    assert!(rate.is_tail());
    assert_eq!(
        rate.message(&Unnamed, Lang::Zh),
        "执行率56.28%与全年执行数3.94万元/全年预算数7万元的计算值56.29%相差在尾数误差内"
    );
    // Z网络运维服务费: the printed 2.44 of the cost indicator is the forward formula's.
    let e = evaluate(&forms[12], &p).unwrap();
    let cost = &e.indicators[3];
    assert_eq!(cost.computed.admits(cost.stated.unwrap()), Some(true));
}

#[test]
fn findings_on_each_form() {
    let p = params();
    for (form, expected) in forms::built_forms().iter().zip(FINDINGS) {
        let findings = audit_form(form, &p);
        let mut got: Vec<(String, Severity, usize)> = Vec::new();
        for f in &findings {
            match got
                .iter_mut()
                .find(|(r, s, _)| *r == f.rule.id && *s == f.severity)
            {
                Some(entry) => entry.2 += 1,
                None => got.push((f.rule.id.to_owned(), f.severity, 1)),
            }
        }
        let want: Vec<(String, Severity, usize)> = expected
            .iter()
            .map(|(r, s, n)| ((*r).to_owned(), *s, *n))
            .collect();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{}: {findings:#?}", form.project());
        for f in &findings {
            assert!(
                final_accounts::evaluation::RULES.contains(&f.rule),
                "{} is in the catalog",
                f.rule
            );
        }
    }
}

#[test]
fn the_balance_error_of_the_migrant_workers_form() {
    // J农民工联席办公经费 prints 8 − 2.73 = 6.27: the balance should be 5.27.
    let forms = forms::built_forms();
    let findings = audit_form(&forms[4], &params());
    let f = findings
        .iter()
        .find(|f| f.rule.id == "eval.balance")
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(
        figures(f),
        (Some("5.27".to_owned()), Some("6.27".to_owned()))
    );
    assert_eq!(
        places(f),
        ["J农民工联席办公经费 row 资金总额: column 资金结(转)余"]
    );
    assert_eq!(
        f.message(&Unnamed, Lang::Zh),
        "结余应为全年预算数8万元−全年执行数2.73万元=5.27万元，实为6.27万元"
    );
    assert_eq!(
        f.allowance.map(|a| a.to_string()).as_deref(),
        Some("±0.0015万元")
    );
}

#[test]
fn the_rollup_matches_the_narrative() {
    let forms: Vec<Form> = forms::built_forms();
    let rollup = Rollup::of(&forms).unwrap();
    assert_eq!(rollup.count, 14);
    assert_eq!(rollup.spent.wan_yuan(), d("147.406"));
    assert_eq!(rollup.spent.to_string(), "147.41万元");
    assert_eq!(rollup.graded(Grade::Excellent), 12);
    assert_eq!(rollup.graded(Grade::Good), 2);
    assert_eq!(rollup.graded(Grade::Fair), 0);
    assert_eq!(rollup.ungraded, 0);
    // Every form's formula grade is its stated grade (see above), so the counts agree.
    let p = params();
    let formula = |g: Grade| {
        forms
            .iter()
            .filter(|f| evaluate(f, &p).unwrap().grade == Some(g))
            .count()
    };
    assert_eq!(
        (formula(Grade::Excellent), formula(Grade::Good)),
        (rollup.graded(Grade::Excellent), rollup.graded(Grade::Good))
    );

    // The narrative states 涉及资金147.41万元: Σ 147.406 printed to two decimals; the
    // fourteen three-decimal figures may add up to 147.406 ± 0.007, both ends excluded (a
    // printed 0 stands for (−0.0005, 0.0005), open at both ends).
    assert_eq!(
        rollup.spent_interval,
        Interval::with_ends(d("1473990"), true, d("1474130"), true).unwrap()
    );
    let stated = PublishedAmount::parse("147.41", MoneyUnit::WanYuan).unwrap();
    assert!(rollup.spent_interval.meets(&stated.interval_yuan()));
    let wrong = PublishedAmount::parse("148.41", MoneyUnit::WanYuan).unwrap();
    assert!(!rollup.spent_interval.meets(&wrong.interval_yuan()));
}

#[test]
fn the_rollup_of_no_form_is_empty_and_of_any_iterator() {
    let empty = Rollup::of(&[]).unwrap();
    assert_eq!(
        (empty.count, empty.spent.is_zero(), empty.grades.len()),
        (0, true, 0)
    );
    // Any iterator of forms: here the forms graded 良 (J人力资源事务 and J外地人才交流参展费
    // of the spec's fourteen).
    let forms = forms::built_forms();
    let good = Rollup::of(forms.iter().filter(|f| f.grade() == Some(Grade::Good))).unwrap();
    assert_eq!(good.count, 2);
    assert_eq!(good.graded(Grade::Good), 2);
    assert_eq!(good.grades.len(), 1);
    let all = Rollup::of(&forms).unwrap();
    assert!(good.spent < all.spent);
    assert!(good.budget <= all.budget);
}

#[test]
fn rules_are_catalogued_once() {
    let mut ids: Vec<&str> = final_accounts::evaluation::RULES
        .iter()
        .map(|r| r.id)
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert!(ids.iter().all(|id| id.starts_with("eval.")));
}

#[test]
fn invented_errors_are_caught() {
    let p = params();
    let base = forms::built_raw_forms().remove(0);
    let audit = |raw: final_accounts::evaluation::RawForm| {
        audit_form(&Form::new(raw).unwrap(), &p)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.rule.id)
            .collect::<Vec<_>>()
    };
    let mut raw = base.clone();
    raw.total_score = Some("98.63".into());
    assert!(audit(raw).contains(&"eval.total-sum"));
    let mut raw = base.clone();
    raw.grade = Some("良".into());
    assert_eq!(audit(raw), ["eval.grade-band"]);
    let mut raw = base.clone();
    raw.funding[0].rate = Some("66.26".into());
    assert_eq!(audit(raw), ["eval.rate"]);
    let mut raw = base.clone();
    raw.funding[0].score = Some("6.63".into());
    raw.total_score = Some("96.63".into());
    assert_eq!(audit(raw), ["eval.execution-score"]);
    let mut raw = base.clone();
    raw.funding[1].executed = "9".into();
    let rules = audit(raw);
    assert!(rules.contains(&"eval.funding-rows"), "{rules:?}");
    let mut raw = base.clone();
    raw.indicators[0].weight = "25".into();
    assert_eq!(audit(raw), ["eval.weights-sum"]);
    let mut raw = base;
    raw.funding[0].score = Some("12".into());
    assert!(audit(raw).contains(&"eval.execution-score-weight"));
}

/// The rules the spec's forms do not break, each broken once on a copy of the first form
/// (2名选调生: budget 10.5, executed 8.007, 76.26 %, 7.63, 总分 97.63 优).
#[test]
fn the_other_rules_fire() {
    let p = params();
    let base = forms::built_raw_forms().remove(0);
    let fired = |raw: final_accounts::evaluation::RawForm, rule: &str| {
        let findings = audit_form(&Form::new(raw).unwrap(), &p);
        assert!(
            findings.iter().any(|f| f.rule.id == rule),
            "{rule} did not fire: {findings:#?}"
        );
    };

    // Ten points moved from 效益 to 产出: weights still sum to 100, the split is not 1:5:3:1.
    let mut raw = base.clone();
    raw.indicators[0].weight = "30".into();
    raw.indicators[0].score = Some("30".into());
    raw.indicators[4].weight = "20".into();
    raw.indicators[4].score = Some("20".into());
    fired(raw, "eval.weight-split");

    // A 数量指标 filed under 效益指标.
    let mut raw = base.clone();
    raw.indicators[0].level_one = "效益指标".into();
    fired(raw, "eval.indicator-level");

    // No budget at all, with a rate printed.
    let mut raw = base.clone();
    for row in &mut raw.funding {
        row.annual_budget = "0".into();
        row.executed = "0".into();
        row.balance = Some("0".into());
    }
    fired(raw, "eval.zero-budget");

    // More executed than budgeted.
    let mut raw = base.clone();
    for row in &mut raw.funding {
        row.executed = "11".into();
        row.balance = Some("-0.5".into());
        row.rate = Some("104.76".into());
        row.score = Some("10".into());
    }
    raw.total_score = Some("100".into());
    fired(raw, "eval.over-execution");

    // The stated 执行率得分 is missing and the stated 总分 is not the formula's.
    let mut raw = base.clone();
    raw.funding[0].score = None;
    raw.funding[1].score = None;
    raw.total_score = Some("99.63".into());
    fired(raw, "eval.total-formula");

    // Target and actual value in different units (人 against 次) cannot be scored by formula.
    let mut raw = base;
    raw.indicators[0].actual = Some("=2次".into());
    fired(raw, "eval.indicator-unscorable");
}

#[test]
fn every_eval_rule_is_tested() {
    let here = concat!(
        include_str!("evaluation_spec_forms.rs"),
        include_str!("evaluation_typos.rs")
    );
    for rule in final_accounts::evaluation::RULES {
        assert!(here.contains(&format!("\"{}\"", rule.id)), "{}", rule.id);
    }
}
