//! The audit of the whole spec disclosure (大同市人力资源和社会保障局 2023年度单位决算公开): what
//! it finds, that rounding tails stay info, and that changing any figure is caught.
#![cfg(feature = "serde")]

mod common;

use final_accounts::audit::{Report, Severity, audit, rule, rules};
use final_accounts::disclosure::Disclosure;
use final_accounts::finding::Lang;
use rust_decimal::Decimal;
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/datong-hrss-2023.json");

fn fixture() -> Value {
    serde_json::from_str(FIXTURE).unwrap()
}

static SPEC: std::sync::LazyLock<Disclosure> =
    std::sync::LazyLock::new(|| serde_json::from_str(FIXTURE).unwrap());

fn spec_report() -> Report<'static> {
    audit(&SPEC)
}

/// (rule, first location) of the findings of a severity.
fn listed(report: &Report<'_>, severity: Severity) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == severity)
        .map(|f| {
            (
                f.rule.id.to_owned(),
                f.places
                    .first()
                    .map(|p| report.place(p, Lang::En).to_string())
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_errors_of_the_spec() {
    let report = spec_report();
    let errors = listed(&report, Severity::Error);
    let expected: Vec<(&str, &str)> = vec![
        // 支出决算表 is printed under 公开09表, the label of the 三公 table…
        ("doc.label", "公开09表（支出决算表）"),
        // …so that label is printed twice.
        ("doc.label-duplicate", "公开09表（支出决算表）"),
        // A page header left from last year: "…2022年单位决算公开报告".
        (
            "doc.title-year",
            "部门决算公开 row 大同市人力资源和社会保障局2022年单位决算公开报告",
        ),
        // 九（一）: "完成全年预算的0%" where 公开09表 has no budget for the item.
        ("narrative.completion-zero-budget", "说明 row 九（一）"),
        ("narrative.completion-zero-budget", "说明 row 九（一）"),
        ("narrative.completion-zero-budget", "说明 row 九（一）"),
        // 农民工联席办公经费: 结余 printed 6.27 where 8 − 2.73 = 5.27, in both rows.
        (
            "eval.balance",
            "J农民工联席办公经费 row 资金总额: column 资金结(转)余",
        ),
        (
            "eval.balance",
            "J农民工联席办公经费 row 市县区财政资金 column 资金结(转)余",
        ),
        // 仲裁委业务费: its analysis says "执行率56.38%" where the form prints 56.28.
        (
            "eval.analysis-figure",
            "J仲裁委业务费 row 项目实施的预算执行情况及分析 column 执行率",
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(r, l)| (r.to_owned(), l.to_owned()))
        .collect();
    assert_eq!(errors, expected);
}

#[test]
fn the_warnings_of_the_spec() {
    let report = spec_report();
    let mut rules: Vec<String> = listed(&report, Severity::Warning)
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    rules.sort();
    rules.dedup();
    assert_eq!(
        rules,
        [
            // 公开06表 misprints 30901 and 31001 (构建 for 购建) and names 30999 as 31099, against
            // the 2018 departmental scheme in force.
            "code.name",
            // 公开10表 行次 jumps from 15 to 17.
            "doc.line-numbers",
            // The 说明 part repeats "第二部分 2023年部门决算表" where 第三部分 belongs.
            "doc.parts",
            // Cost indicators scored 10 where the formula gives less (self-evaluation judgment)
            // and 法律顾问费 scored 0 where it was met.
            "eval.indicator-formula",
            // 驻村帮扶工作人员经费 prints no 执行率得分.
            "eval.missing-score",
            // 五（三）: 决算 136.96 % of 年初预算 with no reason given.
            "narrative.missing-reason",
        ]
    );
    assert_eq!(report.count(Severity::Warning), 15);
}

#[test]
fn rounding_tails_are_never_errors() {
    let report = spec_report();
    for f in &report.findings {
        let area = f.rule.id.split('.').next().unwrap();
        let is_table_arithmetic = area.len() == 3 && area.starts_with('t');
        if is_table_arithmetic || area == "x" {
            assert_eq!(f.severity, Severity::Info, "{f:?}");
            assert!(f.allowance.is_some(), "a tail says why it is one: {f:?}");
        }
    }
    // The tails of the spec's tables (see tests/tables_invariants.rs for the list).
    let tails = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Info && f.rule.id.starts_with('t'))
        .count();
    assert_eq!(tails, 18);
}

#[test]
fn every_finding_names_a_listed_rule_and_a_place() {
    for f in &spec_report().findings {
        let info = rule(f.rule.id).unwrap_or_else(|| panic!("{} is not listed", f.rule));
        assert_eq!(info, f.rule, "{} is listed as reported", f.rule);
        assert!(!f.places.is_empty(), "{f:?}");
        let report = spec_report();
        for lang in [Lang::Zh, Lang::En] {
            let message = report.message(f, lang);
            assert!(!message.is_empty() && !message.contains('{'), "{message}");
        }
        if f.severity != Severity::Info {
            assert!(
                f.severity <= info.severity || info.severity == Severity::Info,
                "{f:?}"
            );
        }
    }
}

#[test]
fn the_rule_list_is_complete_and_unique() {
    let mut ids: Vec<&str> = rules().map(|r| r.id).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "ids are unique");
    for r in rules() {
        assert!(!r.title.is_empty() && !r.title_zh.is_empty(), "{}", r.id);
        assert!(
            !r.description.is_empty() && !r.source.is_empty(),
            "{}",
            r.id
        );
        let area = r.id.split('.').next().unwrap();
        assert!(
            ["doc", "x", "code", "narrative", "eval"].contains(&area)
                || (area.starts_with('t') && area.len() == 3),
            "{}",
            r.id
        );
    }
}

/// Keys whose numeric-looking strings are not figures.
const NOT_FIGURES: &[&str] = &[
    "code", "label", "period", "text", "name", "section", "title",
];

/// JSON pointers of every printed figure (a decimal string, optionally with %) of the tables
/// and the narrative.
fn figures(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::String(s) => {
            let key = path.rsplit('/').next().unwrap_or("");
            let number = s.trim_end_matches('%');
            if !NOT_FIGURES.contains(&key) && number.parse::<Decimal>().is_ok() {
                out.push(path.to_owned());
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                figures(v, &format!("{path}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                figures(v, &format!("{path}/{k}"), out);
            }
        }
        _ => {}
    }
}

fn bump(text: &str, delta: Decimal) -> String {
    let (number, percent) = match text.strip_suffix('%') {
        Some(n) => (n, "%"),
        None => (text, ""),
    };
    let value: Decimal = number.parse().unwrap();
    let mut bumped = value + delta;
    bumped.rescale(value.scale().max(2));
    format!("{bumped}{percent}")
}

/// The errors of a report, as (rule, places, expected, printed).
fn errors(report: &Report<'_>) -> Vec<(String, String, Option<String>, Option<String>)> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| {
            let places: Vec<String> = f
                .places
                .iter()
                .map(|p| report.place(p, Lang::En).to_string())
                .collect();
            (
                f.rule.id.to_owned(),
                places.join("; "),
                f.expected.as_ref().map(ToString::to_string),
                f.actual.as_ref().map(ToString::to_string),
            )
        })
        .collect()
}

/// Changing any figure of the ten tables, the narrative or the forms by 1.00 (万元, or percentage
/// points for a rate) makes the fixture invalid or the audit report an error it did not report
/// (a new error, or an error that now quotes the changed figure).
#[test]
fn every_figure_changed_by_one_is_caught() {
    let original = fixture();
    let baseline = errors(&spec_report());
    let mut pointers = Vec::new();
    for key in [
        "income_expenditure",
        "income",
        "expenditure",
        "fiscal",
        "general_budget",
        "basic_detail",
        "government_fund",
        "state_capital",
        "three_public",
        "related_info",
        "narrative",
    ] {
        figures(&original[key], &format!("/{key}"), &mut pointers);
    }
    assert!(pointers.len() > 300, "{} figures walked", pointers.len());
    let mut missed = Vec::new();
    for pointer in &pointers {
        for delta in [Decimal::ONE, -Decimal::ONE] {
            let mut edited = original.clone();
            let cell = edited.pointer_mut(pointer).unwrap();
            let before = cell.as_str().unwrap().to_owned();
            if before.starts_with('-')
                || (delta.is_sign_negative()
                    && before.trim_end_matches('%').parse::<Decimal>().unwrap() < Decimal::ONE)
            {
                // A printed figure below 1.00 cannot go down by 1.00 and stay a valid amount
                // of its kind; the +1.00 change covers it.
                continue;
            }
            *cell = Value::String(bump(&before, delta));
            let Ok(d) = serde_json::from_value::<Disclosure>(edited) else {
                continue;
            };
            if errors(&audit(&d)).iter().all(|e| baseline.contains(e)) {
                missed.push(format!("{pointer}: {before} → {}", bump(&before, delta)));
            }
        }
    }
    assert_eq!(missed, Vec::<String>::new());
}

/// The narrative tests read the spec's tables through a hand-written `Figures` (so that they can
/// change one figure at a time); it must agree with the disclosure built from the tables.
#[test]
fn the_narrative_test_figures_are_the_tables() {
    use final_accounts::narrative::{Claim, Figures};
    let disclosure = common::datong::disclosure();
    let mock = common::narrative::Datong::new();
    let mut compared = 0;
    for statement in &disclosure.narrative().statements {
        for claim in statement.claims() {
            let figures = match claim {
                Claim::Amount(a) => vec![a.figure()],
                Claim::Share(s) => vec![s.part(), s.whole()],
                Claim::Change(c) => vec![c.figure()],
                Claim::Completion(c) => vec![c.figure()],
                _ => vec![],
            };
            for figure in figures {
                let (a, b) = (mock.amount(&figure), disclosure.amount(&figure));
                if let (Some(a), Some(b)) = (a, b) {
                    assert_eq!(a.amount(), b.amount(), "{figure}");
                    compared += 1;
                } else {
                    assert_eq!(a.is_some(), b.is_some(), "{figure}");
                }
            }
        }
    }
    assert!(compared > 50, "{compared} figures compared");
    assert_eq!(
        mock.general_public_rows().len(),
        disclosure.general_public_rows().len()
    );
}

/// A 说明 figure keeps the precision it is printed with: "占比100%" is a rate to whole percent
/// (99.99% rounds to it), not 100.00% with its zeros dropped, whatever the profile.
#[test]
fn a_rate_printed_to_whole_percent_is_checked_at_whole_percent() {
    let share = |rate: &str| {
        let mut v = fixture();
        let statement = v["narrative"]["statements"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["text"] == "财政拨款收入1,990.89万元，占比99.99%；")
            .unwrap();
        statement["text"] = Value::from(format!("财政拨款收入1,990.89万元，占比{rate}；"));
        statement["claims"][1]["share"]["stated"] = Value::from(rate);
        let d: Disclosure = serde_json::from_value(v).unwrap();
        audit(&d)
            .findings
            .iter()
            .filter(|f| f.rule.id == "narrative.share")
            .map(|f| f.severity)
            .collect::<Vec<_>>()
    };
    // 1,990.89 / 1,991.06 = 99.991…%.
    assert_eq!(share("99.99%"), []);
    assert_eq!(share("100%"), []);
    assert_eq!(share("99%"), [Severity::Error]);
    assert_eq!(share("100.00%"), [Severity::Error]);
}

/// A 说明 amount of a figure with a single printed part gets no tail allowance: 卫生健康支出
/// (类) 38.16 has one printed part (行政单位医疗's 基本支出), so "38.17" is an error; 住房保障支出
/// (类) 109.61 adds up two printed 项 (99.98 + 9.62), so "109.62" may be a derivation tail.
#[test]
fn a_single_part_figure_in_the_narrative_gets_no_tail_allowance() {
    let stated = |text: &str, amount: &str| {
        let mut v = fixture();
        let statement = v["narrative"]["statements"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|s| s["text"] == text)
            .unwrap();
        let printed = statement["claims"][0]["amount"]["stated"]
            .as_str()
            .unwrap()
            .to_owned();
        statement["text"] = Value::from(text.replace(&printed, amount));
        statement["claims"][0]["amount"]["stated"] = Value::from(amount);
        let d: Disclosure = serde_json::from_value(v).unwrap();
        audit(&d)
            .findings
            .iter()
            .filter(|f| f.rule.id == "narrative.amount")
            .map(|f| f.severity)
            .collect::<Vec<_>>()
    };
    let health = "卫生健康支出(类)38.16万元，占比2.20%；";
    let housing = "住房保障支出(类)109.61万元，占比6.31%。";
    // What the change adds to the spec's own narrative.amount findings.
    let base = stated(health, "38.16");
    let added = |text: &str, amount: &str| {
        let mut found = stated(text, amount);
        for severity in &base {
            if let Some(at) = found.iter().position(|s| s == severity) {
                found.remove(at);
            }
        }
        found
    };
    assert_eq!(added(health, "38.17"), [Severity::Error]);
    assert_eq!(added(housing, "109.62"), [Severity::Info]);
    assert_eq!(added(housing, "109.63"), [Severity::Error]);
    // 公开07表 本年支出 254.97 has one printed part (其他国有土地使用权出让收入安排的支出's 项目支出).
    let mut v = fixture();
    let statement = v["narrative"]["statements"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|s| s["section"] == "七")
        .unwrap();
    let text = statement["text"]
        .as_str()
        .unwrap()
        .replacen("支出总计254.97", "支出总计254.98", 1);
    statement["text"] = Value::from(text);
    assert_eq!(statement["claims"][1]["amount"]["stated"], "254.97");
    statement["claims"][1]["amount"]["stated"] = Value::from("254.98");
    let d: Disclosure = serde_json::from_value(v).unwrap();
    let fund: Vec<Severity> = audit(&d)
        .findings
        .iter()
        .filter(|f| f.rule.id == "narrative.amount")
        .map(|f| f.severity)
        .collect();
    assert_eq!(
        fund.iter().filter(|s| **s == Severity::Error).count(),
        1,
        "{fund:?}"
    );
}
