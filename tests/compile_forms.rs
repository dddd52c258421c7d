//! Compiling project accounts into self-evaluation forms: the laws (the forms audit without an
//! error or a warning, state what `evaluate` computes, and print each amount within its bound),
//! the validation of project accounts, and the seed's forms reproduced wherever the seed is
//! consistent.

use final_accounts::accounts::{
    Accounts, AccountsError, FundingSource, IndicatorAccounts, ProjectAccounts, ProjectError,
};
use final_accounts::audit::{Severity, audit, forms_text};
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile, compile_form, compile_forms};
use final_accounts::evaluation::{
    Form, Grade, LevelOne, LevelTwo, Rollup, ScoringParameters, audit_form, evaluate,
};
use final_accounts::finding::{Area, Finding};
use final_accounts::money::{Amount, MoneyUnit, TableRounding};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn params() -> ScoringParameters {
    ScoringParameters::for_year(2023).unwrap()
}

fn fen(fen: u64) -> Amount {
    Amount::from_yuan(Decimal::new(i64::try_from(fen).unwrap(), 2)).unwrap()
}

fn yuan(y: i64) -> Amount {
    Amount::from_yuan(Decimal::from(y)).unwrap()
}

fn org(text: &str) -> final_accounts::evaluation::OrgUnit {
    text.parse().unwrap()
}

const LABELS: [&str; 5] = [
    "市县区财政资金",
    "中央财政资金",
    "省级财政资金",
    "其他资金",
    "上年结转资金",
];

/// 一级 and 二级 kinds that go together.
const KINDS: [(LevelOne, LevelTwo); 8] = [
    (LevelOne::Output, LevelTwo::Quantity),
    (LevelOne::Output, LevelTwo::Quality),
    (LevelOne::Output, LevelTwo::Timeliness),
    (LevelOne::Output, LevelTwo::Cost),
    (LevelOne::Cost, LevelTwo::Cost),
    (LevelOne::Effect, LevelTwo::SocialBenefit),
    (LevelOne::Effect, LevelTwo::Sustainability),
    (LevelOne::Satisfaction, LevelTwo::BeneficiarySatisfaction),
];

/// A source: budget from 10 元 up (in 分, so most figures fall between printed units),
/// execution up to the budget, and any 年初预算数.
fn source() -> impl Strategy<Value = (u64, u64, u64)> {
    (
        prop_oneof![1_000_u64..100_000, 1_000_u64..10_000_000_000],
        0_u32..=1000,
        0_u64..20_000_000_000,
    )
        .prop_map(|(budget, permille, initial)| {
            let executed = budget * u64::from(permille) / 1000;
            (budget, executed, initial)
        })
}

/// The parts of 90 points (in hundredths) among `k` indicators, each above 0.
fn weights(k: usize) -> impl Strategy<Value = Vec<Decimal>> {
    proptest::collection::btree_set(1_u32..9000, k - 1).prop_flat_map(|cuts| {
        let whole = any::<bool>();
        whole.prop_map(move |whole| {
            let mut bounds: Vec<u32> = vec![0];
            bounds.extend(cuts.iter().copied());
            bounds.push(9000);
            let mut parts: Vec<Decimal> = bounds
                .windows(2)
                .map(|w| Decimal::new(i64::from(w[1] - w[0]), 2))
                .collect();
            if whole {
                // Whole weights: round the cuts to whole points where that keeps them positive.
                let n = parts.len();
                let base = 90 / n;
                parts = (0..n)
                    .map(|i| Decimal::from(if i == 0 { 90 - base * (n - 1) } else { base }))
                    .collect();
            }
            parts
        })
    })
}

/// A quantitative or qualitative indicator of weight `weight` (its judged score found later).
#[derive(Debug, Clone)]
enum Spec {
    Quantitative {
        comparator: &'static str,
        unit: &'static str,
        target: u32,
        target_decimals: u32,
        actual: u32,
    },
    Qualitative {
        word: &'static str,
        actual: usize,
        share: u32,
    },
}

fn spec() -> impl Strategy<Value = Spec> {
    prop_oneof![
        (
            prop::sample::select(vec!["=", "≥", ">", "≤", "<", ""]),
            prop::sample::select(vec!["人", "次", "%", "万元", "个"]),
            1_u32..100_000,
            0_u32..=2,
            0_u32..200_000,
        )
            .prop_map(|(comparator, unit, target, target_decimals, actual)| {
                Spec::Quantitative {
                    comparator,
                    unit,
                    target,
                    target_decimals,
                    actual,
                }
            }),
        (
            prop::sample::select(vec!["及时", "促进", "保障", "提升"]),
            0_usize..4,
            0_u32..=100,
        )
            .prop_map(|(word, actual, share)| Spec::Qualitative {
                word,
                actual,
                share
            }),
    ]
}

fn indicator(
    index: usize,
    kind: (LevelOne, LevelTwo),
    spec: &Spec,
    weight: Decimal,
) -> IndicatorAccounts {
    let name = format!("指标{index}");
    match spec {
        Spec::Quantitative {
            comparator,
            unit,
            target,
            target_decimals,
            actual,
        } => {
            let t = Decimal::new(i64::from(*target), *target_decimals);
            let a = Decimal::new(i64::from(*actual), *target_decimals);
            IndicatorAccounts::new(
                kind.0,
                kind.1,
                name,
                format!("{comparator}{t}{unit}").parse().unwrap(),
                format!("={a}{unit}").parse().unwrap(),
                weight,
            )
        }
        Spec::Qualitative {
            word,
            actual,
            share,
        } => {
            let actual = ["达成预期指标", word, "部分达成", "未达成"][*actual % 4];
            let plain = IndicatorAccounts::new(
                kind.0,
                kind.1,
                name,
                word.parse().unwrap(),
                actual.parse().unwrap(),
                weight,
            );
            // The band the attainment earns, from the error that asks for a judgment.
            let Err(ProjectError::MissingJudgement { lo, hi, .. }) = plain.score(&params()) else {
                panic!("a qualitative indicator asks for a judged score");
            };
            let judged = (lo + (hi - lo) * Decimal::from(*share) / Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero);
            plain.with_judged_score(judged.max(lo))
        }
    }
}

/// An analysis text stating figures, some the form's and most not, with white space here and
/// there.
fn analysis() -> impl Strategy<Value = String> {
    (
        0_u32..20_000,
        0_u32..=2,
        0_u32..10_000_000,
        prop::sample::select(vec!["执行率", "预算执行率为", "执行进度 ", "支出进度"]),
        prop::sample::select(vec!["支出", "实际支付", "使用"]),
        prop::sample::select(vec!["预算", "资金总额"]),
        1_u32..20,
    )
        .prop_map(|(rate, decimals, money, rate_words, spent, budget, count)| {
            let r = Decimal::new(i64::from(rate), decimals);
            let m = Decimal::new(i64::from(money), 3);
            format!(
                "全年召开{count}次会议，{rate_words}{r}%，{spent}{m} 万元，{budget}{}万元，满意度{r}%",
                m + Decimal::ONE
            )
        })
}

#[derive(Debug, Clone)]
struct Generated {
    project: ProjectAccounts,
    exact: Vec<(u64, u64, u64)>,
}

fn project(name: String) -> impl Strategy<Value = Generated> {
    (
        proptest::collection::vec(source(), 1..=3),
        (1_usize..=6).prop_flat_map(|k| {
            (
                weights(k),
                proptest::collection::vec((prop::sample::select(KINDS.to_vec()), spec()), k),
            )
        }),
        proptest::collection::vec(analysis(), 0..=2),
    )
        .prop_map(move |(sources, (weights, specs), texts)| {
            let mut project = ProjectAccounts::new(
                name.clone(),
                org("121-大同市人力资源和社会保障局[部门]"),
                org("121001-大同市人力资源和社会保障局"),
            )
            .with_goal("年度目标")
            .with_achievement("实际完成情况");
            for (label, (budget, executed, initial)) in LABELS.iter().zip(&sources) {
                project = project.with_source(FundingSource::new(
                    *label,
                    fen(*initial),
                    fen(*budget),
                    fen(*executed),
                ));
            }
            for (index, ((kind, spec), weight)) in specs.iter().zip(&weights).enumerate() {
                project = project.with_indicator(indicator(index, *kind, spec, *weight));
            }
            for (index, text) in texts.iter().enumerate() {
                project = project.with_analysis(format!("分析{index}"), text.clone());
            }
            Generated {
                project,
                exact: sources,
            }
        })
}

/// Findings that are errors or warnings.
fn serious(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(ToString::to_string)
        .collect()
}

/// |printed − exact| in 元.
fn off(printed: Amount, exact: Amount) -> Decimal {
    (printed.yuan() - exact.yuan()).abs()
}

/// One form's laws: no error or warning, no tail under controlled rounding, the stated figures
/// are the formula's, and every amount is within its bound of the exact figure.
fn form_law(generated: &Generated, rounding: TableRounding) -> Result<Form, TestCaseError> {
    let params = params();
    generated
        .project
        .validate(&params)
        .map_err(|e| TestCaseError::fail(format!("generated project refused: {e}")))?;
    let form = compile_form(&generated.project, 2023, &params, rounding)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut findings = audit_form(&form, &params);
    findings.extend(forms_text::check(&form));
    prop_assert!(serious(&findings).is_empty(), "{:#?}", serious(&findings));
    if rounding == TableRounding::Controlled {
        let tails: Vec<String> = findings
            .iter()
            .filter(|f| f.is_tail())
            .map(ToString::to_string)
            .collect();
        prop_assert!(tails.is_empty(), "{tails:#?}");
    }
    // What `evaluate` computes is what the form states.
    let e = evaluate(&form, &params).unwrap();
    prop_assert_eq!(e.execution.score(), form.stated_execution_score());
    prop_assert_eq!(e.total, form.total_score());
    prop_assert_eq!(e.grade, form.grade());
    prop_assert_eq!(e.stated_sum, form.total_score());
    for (score, indicator) in e.indicators.iter().zip(form.indicators()) {
        prop_assert_eq!(
            score.computed.admits(indicator.score().unwrap()),
            Some(true)
        );
    }
    let rate = e.execution.rate().unwrap().round(2).value();
    prop_assert_eq!(form.stated_rate().unwrap().percent().value(), rate);
    // Every printed amount within one unit (10 元) of its exact value under controlled
    // rounding, within half a unit (5 元, included) rounded on its own.
    let bound = |d: Decimal| match rounding {
        TableRounding::Controlled => d < Decimal::from(10),
        _ => d <= Decimal::from(5),
    };
    let rows = form.funding();
    prop_assert_eq!(rows.len(), generated.exact.len() + 1);
    let mut totals = (Amount::ZERO, Amount::ZERO, Amount::ZERO);
    for (row, (budget, executed, initial)) in rows.iter().skip(1).zip(&generated.exact) {
        let (b, x, i) = (fen(*budget), fen(*executed), fen(*initial));
        totals = (
            totals.0.checked_add(b).unwrap(),
            totals.1.checked_add(x).unwrap(),
            totals.2.checked_add(i).unwrap(),
        );
        prop_assert!(bound(off(row.annual_budget().amount(), b)));
        prop_assert!(bound(off(row.executed().amount(), x)));
        prop_assert!(bound(off(
            row.balance().unwrap().amount(),
            b.checked_sub(x).unwrap()
        )));
        prop_assert!(bound(off(row.declared().unwrap().amount(), i)));
    }
    let total = &rows[0];
    prop_assert!(total.is_total());
    prop_assert!(bound(off(total.annual_budget().amount(), totals.0)));
    prop_assert!(bound(off(total.executed().amount(), totals.1)));
    prop_assert!(bound(off(total.declared().unwrap().amount(), totals.2)));
    Ok(form)
}

fn functional() -> &'static [&'static final_accounts::classification::Catalog] {
    static IN_FORCE: std::sync::LazyLock<Vec<&'static final_accounts::classification::Catalog>> =
        std::sync::LazyLock::new(|| builtin::functional_in_force(2023));
    &IN_FORCE
}

fn economic() -> &'static [&'static final_accounts::classification::EconomicCatalog] {
    static IN_FORCE: std::sync::LazyLock<
        Vec<&'static final_accounts::classification::EconomicCatalog>,
    > = std::sync::LazyLock::new(|| builtin::economic_in_force(EconomicScheme::Departmental, 2023));
    &IN_FORCE
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Each compiled form, under both policies.
    #[test]
    fn a_compiled_form_audits_clean_and_states_the_formula(generated in project("项目".into())) {
        form_law(&generated, TableRounding::Controlled)?;
        form_law(&generated, TableRounding::Independent)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// A whole compiled disclosure: no error or warning anywhere, its forms without a tail
    /// (controlled), the 说明 stating their roll-up, and the summary the audit's roll-up.
    #[test]
    fn a_compiled_disclosure_carries_its_forms_and_their_summary(
        a in project("甲项目".into()),
        b in project("乙项目".into()),
        controlled in any::<bool>(),
    ) {
        let rounding = if controlled { TableRounding::Controlled } else { TableRounding::Independent };
        let accounts = Accounts::new("示例市某某局", 2023, vec![], vec![])
            .unwrap()
            .with_projects(vec![a.project.clone(), b.project.clone()])
            .unwrap();
        let options = CompileOptions::new(functional(), economic(), rounding);
        let disclosure = compile(&accounts, &options).unwrap();
        prop_assert_eq!(disclosure.forms().len(), 2);
        prop_assert_eq!(disclosure.forms()[1].project(), "乙项目");
        let report = audit(&disclosure);
        let forms: Vec<Finding> = report
            .findings
            .iter()
            .filter(|f| f.rule.area == Area::Evaluation)
            .cloned()
            .collect();
        // Nothing above info anywhere: the 说明's 十（四） states the forms' roll-up as they print
        // it (count, 涉及资金, grades), and the audit agrees.
        prop_assert!(serious(&report.findings).is_empty(), "{:#?}", serious(&report.findings));
        let performance = disclosure
            .narrative()
            .statements
            .iter()
            .find(|s| s.section() == "十（四）");
        prop_assert!(performance.is_some_and(|s| s.claims().len() >= 3));
        if controlled {
            prop_assert!(forms.iter().all(|f| !f.is_tail()), "{forms:#?}");
        }
        // The forms compiled alone are the disclosure's.
        let alone = compile_forms(&accounts, rounding).unwrap();
        prop_assert_eq!(alone.as_slice(), disclosure.forms());
        let rollup = Rollup::of(disclosure.forms()).unwrap();
        prop_assert_eq!(rollup.count, 2);
        let executed = disclosure.forms().iter().map(|f| f.reference_row().executed().amount());
        prop_assert_eq!(rollup.spent, Amount::checked_sum(executed).unwrap());
        // Stated to two decimals (half a unit: 50 元), Σ 全年执行数 is within the roll-up's
        // allowance.
        let two = final_accounts::money::Interval::rounding(
            rollup.spent.round_in(MoneyUnit::WanYuan, 2) * Decimal::from(10_000),
            Decimal::from(50),
        )
        .unwrap();
        prop_assert!(two.meets(&rollup.spent_interval));
    }
}

/// A project of two sources for the unit tests below.
fn sample() -> ProjectAccounts {
    let w = Decimal::from;
    ProjectAccounts::new(
        "示例项目",
        org("100-示例市某某局[部门]"),
        org("100001-示例市某某局"),
    )
    .with_source(FundingSource::new(
        "市县区财政资金",
        yuan(60_000),
        yuan(60_000),
        yuan(45_001),
    ))
    .with_source(FundingSource::new(
        "其他资金",
        yuan(20_000),
        yuan(20_004),
        yuan(10_006),
    ))
    .with_indicator(IndicatorAccounts::new(
        LevelOne::Output,
        LevelTwo::Quantity,
        "人数",
        "≥10人".parse().unwrap(),
        "=8人".parse().unwrap(),
        w(50),
    ))
    .with_indicator(
        IndicatorAccounts::new(
            LevelOne::Effect,
            LevelTwo::SocialBenefit,
            "促进",
            "促进".parse().unwrap(),
            "部分达成".parse().unwrap(),
            w(30),
        )
        .with_judged_score(w(20)),
    )
    .with_indicator(IndicatorAccounts::new(
        LevelOne::Satisfaction,
        LevelTwo::BeneficiarySatisfaction,
        "满意度",
        "≥95%".parse().unwrap(),
        "=97%".parse().unwrap(),
        w(10),
    ))
}

#[test]
fn two_sources_print_a_total_that_is_their_printed_sum() {
    // 6 + 2.0004 万元 budgeted, 4.5001 + 1.0006 spent. Under controlled rounding every column of
    // the 资金总额 row is the sum of the printed sources and every row's 结余 its 全年预算数 −
    // 全年执行数, exactly.
    let form = compile_form(&sample(), 2023, &params(), TableRounding::Controlled).unwrap();
    let rows = form.funding();
    let labels: Vec<&str> = rows.iter().map(|r| r.label().unwrap()).collect();
    assert_eq!(labels, ["资金总额:", "市县区财政资金", "其他资金"]);
    let columns: [fn(&final_accounts::evaluation::FundingRow) -> Decimal; 4] = [
        |r| r.annual_budget().printed(),
        |r| r.executed().printed(),
        |r| r.balance().unwrap().printed(),
        |r| r.declared().unwrap().printed(),
    ];
    for column in columns {
        let parts: Decimal = rows[1..].iter().map(column).sum();
        assert_eq!(column(&rows[0]), parts);
    }
    for row in rows {
        assert_eq!(
            row.annual_budget().printed(),
            row.executed().printed() + row.balance().unwrap().printed()
        );
    }
    let findings = audit_form(&form, &params());
    assert!(
        findings
            .iter()
            .all(|f| f.severity < Severity::Warning && !f.is_tail()),
        "{findings:#?}"
    );

    // Rounded each on its own: 6, 4.5, 1.5 and 2, 1.001, 1 under 8, 5.501, 2.5. The columns
    // still add up, but 2 − 1.001 = 0.999 prints 1 as its 结余 (0.9998): a rounding tail.
    let form = compile_form(&sample(), 2023, &params(), TableRounding::Independent).unwrap();
    let text = |f: fn(&final_accounts::evaluation::FundingRow) -> String| {
        form.funding().iter().map(f).collect::<Vec<_>>()
    };
    assert_eq!(text(|r| r.annual_budget().to_string()), ["8", "6", "2"]);
    assert_eq!(
        text(|r| r.executed().to_string()),
        ["5.501", "4.5", "1.001"]
    );
    assert_eq!(
        text(|r| r.balance().unwrap().to_string()),
        ["2.5", "1.5", "1"]
    );
    let findings = audit_form(&form, &params());
    assert!(findings.iter().all(|f| f.severity < Severity::Warning));
    assert!(
        findings
            .iter()
            .any(|f| f.rule.id == "eval.balance" && f.is_tail())
    );
    // 执行率 from the printed amounts: 5.501 / 8 = 68.7625 % → 68.76, score 6.88; the source
    // rows print theirs with two decimals, the 资金总额 row without trailing zeros.
    assert_eq!(
        text(|r| r.rate_printed().unwrap().to_string()),
        ["68.76", "75.00", "50.05"]
    );
    assert_eq!(
        text(|r| r.score().unwrap().to_string()),
        ["6.88", "7.50", "5.01"]
    );
    // 50 × 8 / 10 = 40, 20 judged (部分达成: 18 to 24), 10 met: 6.88 + 40 + 20 + 10.
    let scores: Vec<Option<Decimal>> = form.indicators().iter().map(|i| i.score()).collect();
    assert_eq!(
        scores,
        [
            Some(Decimal::from(40)),
            Some(Decimal::from(20)),
            Some(Decimal::from(10))
        ]
    );
    assert_eq!(form.total_score(), Some(Decimal::new(7688, 2)));
    assert_eq!(form.grade(), Some(Grade::Fair));
}

#[test]
fn over_execution_is_kept_and_only_warned_about() {
    let project = sample().with_source(FundingSource::new(
        "上年结转资金",
        yuan(0),
        yuan(10_000),
        yuan(15_000),
    ));
    let form = compile_form(&project, 2023, &params(), TableRounding::Controlled).unwrap();
    let over = &form.funding()[3];
    assert_eq!(over.rate_printed().unwrap().to_string(), "150.00");
    assert_eq!(over.score().unwrap().to_string(), "10.00");
    assert_eq!(over.balance().unwrap().to_string(), "-0.5");
    let findings = audit_form(&form, &params());
    let serious: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect();
    assert_eq!(serious.len(), 1, "{serious:#?}");
    assert_eq!(serious[0].rule.id, "eval.over-execution");
    assert_eq!(serious[0].actual.as_ref().unwrap().to_string(), "1.5");
    assert_eq!(serious[0].expected.as_ref().unwrap().to_string(), "1");
}

#[test]
fn the_analysis_states_the_printed_figures_and_keeps_its_other_words() {
    let project = sample().with_analysis(
        "项目实施和预算执行情况",
        "全年执行率 70.1%，资金使用 5.6万元，预算8万元，满意度97%，完成 68.8% 的年度任务",
    );
    let form = compile_form(&project, 2023, &params(), TableRounding::Independent).unwrap();
    // 5.501 / 8: the rate 70.1 and the amount spent 5.6 are replaced, the budget 8 and the other
    // percentages kept; the white space stays where it was.
    assert_eq!(
        form.analysis()[0].text,
        "全年执行率 68.76%，资金使用 5.501万元，预算8万元，满意度97%，完成 68.8% 的年度任务"
    );
    assert!(forms_text::check(&form).is_empty());
    // A figure the form allows is kept as written: 68.8 % is 68.76 to one decimal.
    let project = sample().with_analysis("执行情况", "执行率68.8%，支出5.5万元");
    let form = compile_form(&project, 2023, &params(), TableRounding::Independent).unwrap();
    assert_eq!(form.analysis()[0].text, "执行率68.8%，支出5.5万元");
}

#[test]
fn project_accounts_are_validated_naming_the_place_and_the_figures() {
    let p = params();
    let err = |project: ProjectAccounts| project.validate(&p).unwrap_err().to_string();
    let base = sample();
    let with_sources = |sources: Vec<FundingSource>| {
        let mut project = ProjectAccounts::new("示例项目", org("100-局"), org("100001-局"));
        for s in sources {
            project = project.with_source(s);
        }
        project.with_indicators(base.indicators().to_vec())
    };
    let row = |label: &str, budget: i64, executed: i64| {
        FundingSource::new(label, yuan(budget), yuan(budget), yuan(executed))
    };
    assert!(err(with_sources(vec![])).contains("no source"));
    assert!(err(with_sources(vec![row("资金总额:", 10, 1)])).contains("资金总额"));
    let twice = err(with_sources(vec![
        row("其他资金", 10, 1),
        row("其他资金", 20, 1),
    ]));
    assert!(
        twice.contains("其他资金") && twice.contains("twice"),
        "{twice}"
    );
    let negative = err(with_sources(vec![row("其他资金", 10, -3)]));
    assert!(
        negative.contains("全年执行数") && negative.contains("-3"),
        "{negative}"
    );
    let small = err(with_sources(vec![row("其他资金", 9, 1)]));
    assert!(small.contains("9 元") && small.contains("10 元"), "{small}");

    let w = Decimal::from;
    let indicator = |target: &str, actual: &str, weight: i64| {
        IndicatorAccounts::new(
            LevelOne::Output,
            LevelTwo::Quantity,
            "人数",
            target.parse().unwrap(),
            actual.parse().unwrap(),
            w(weight),
        )
    };
    let rest = base.indicators()[1..].to_vec();
    let with = |first: IndicatorAccounts| {
        let mut all = vec![first];
        all.extend(rest.clone());
        base.clone().with_indicators(all)
    };
    let sum = err(with(indicator("≥10人", "=8人", 40)));
    assert!(sum.contains("90") && sum.contains("10"), "{sum}");
    let weight = err(with(indicator("≥10人", "=8人", 0)));
    assert!(weight.contains("分值 0"), "{weight}");
    let vacuous = err(with(indicator("≥0人", "=8人", 50)));
    assert!(
        vacuous.contains("≥0人") && vacuous.contains("产出指标/数量指标/人数"),
        "{vacuous}"
    );
    assert!(err(with(indicator("<0人", "=0人", 50))).contains("<0人"));
    let units = err(with(indicator("≥10人", "=8次", 50)));
    assert!(units.contains("≥10人") && units.contains("=8次"), "{units}");
    let judged = err(with(
        indicator("≥10人", "=8人", 50).with_judged_score(w(50)),
    ));
    assert!(judged.contains("40") && judged.contains("50"), "{judged}");
    let level = IndicatorAccounts::new(
        LevelOne::Effect,
        LevelTwo::Quantity,
        "人数",
        "≥10人".parse().unwrap(),
        "=8人".parse().unwrap(),
        w(50),
    );
    assert!(err(with(level)).contains("产出指标"));
    // A qualitative indicator needs its judgment, within the band of its attainment.
    let mut unjudged = base.indicators().to_vec();
    unjudged[1] = IndicatorAccounts::new(
        LevelOne::Effect,
        LevelTwo::SocialBenefit,
        "促进",
        "促进".parse().unwrap(),
        "部分达成".parse().unwrap(),
        w(30),
    );
    let missing = err(base.clone().with_indicators(unjudged.clone()));
    assert!(
        missing.contains("18") && missing.contains("24"),
        "{missing}"
    );
    unjudged[1] = unjudged[1].clone().with_judged_score(w(25));
    let outside = err(base.clone().with_indicators(unjudged));
    assert!(
        outside.contains("25") && outside.contains("18") && outside.contains("24"),
        "{outside}"
    );

    // The accounts check every project against the year's parameters, and names the project.
    let accounts = Accounts::new("示例市某某局", 2015, vec![], vec![]).unwrap();
    let e = accounts.with_projects(vec![base.clone()]).unwrap_err();
    assert!(matches!(e, AccountsError::Project { .. }));
    assert!(
        e.to_string().contains("示例项目") && e.to_string().contains("2015"),
        "{e}"
    );
    let accounts = Accounts::new("示例市某某局", 2023, vec![], vec![]).unwrap();
    let e = accounts
        .with_projects(vec![base.clone(), base])
        .unwrap_err();
    assert!(e.to_string().contains("twice"), "{e}");
}

#[cfg(feature = "serde")]
mod seed {
    //! The seed's fourteen forms, as accounts: each source row and indicator from the printed
    //! figures (万元 × 10 000), the judged scores of its qualitative indicators as printed.

    use super::*;
    use final_accounts::disclosure::Disclosure;
    use final_accounts::evaluation::{Computed, FundingRow, score_indicator};

    pub(super) fn seed() -> Disclosure {
        serde_json::from_str(include_str!("fixtures/datong-hrss-2023.json")).unwrap()
    }

    fn bundled() -> Accounts {
        serde_json::from_str(include_str!("fixtures/datong-hrss-2023-accounts.json")).unwrap()
    }

    /// A seed form as accounts.
    pub(super) fn accounts_of(form: &Form) -> ProjectAccounts {
        let params = params();
        let rows = form.funding();
        // The sources: every row but the one standing for the total, when the form prints one.
        let total = rows.iter().position(FundingRow::is_total).or_else(|| {
            (rows.len() > 1)
                .then(|| rows.iter().position(|r| r.label().is_none()))
                .flatten()
        });
        let mut project = ProjectAccounts::new(
            form.project(),
            form.department().clone(),
            form.budget_unit().clone(),
        );
        for (i, row) in rows.iter().enumerate() {
            if Some(i) == total {
                continue;
            }
            project = project.with_source(FundingSource::new(
                row.label().unwrap(),
                row.declared().unwrap().amount(),
                row.annual_budget().amount(),
                row.executed().amount(),
            ));
        }
        for i in form.indicators() {
            let mut indicator = IndicatorAccounts::new(
                i.level_one(),
                i.level_two().kind(),
                i.name(),
                i.target().unwrap().clone(),
                i.actual().unwrap().clone(),
                i.weight(),
            );
            if let Some(initial) = i.initial_target()
                && initial != i.target().unwrap()
            {
                indicator = indicator.with_initial_target(initial.clone());
            }
            if matches!(score_indicator(i, &params).computed, Computed::Range { .. }) {
                indicator = indicator.with_judged_score(i.score().unwrap());
            }
            project = project.with_indicator(indicator);
        }
        if let Some(goal) = form.annual_goal() {
            project = project.with_goal(goal);
        }
        if let Some(achievement) = form.achievement() {
            project = project.with_achievement(achievement);
        }
        for item in form.analysis() {
            project = project.with_analysis(item.label.clone(), item.text.clone());
        }
        project
    }

    fn ids(findings: &[Finding]) -> Vec<(&'static str, String)> {
        findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .map(|f| {
                (
                    f.rule.id,
                    f.places
                        .first()
                        .map(|p| format!("{p:?}"))
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Every seed form compiles; each figure the seed prints consistently (no finding of its
    /// own about it) is reproduced, and each one the audit finds fault with is where the
    /// compiled form differs.
    #[test]
    fn the_seed_forms_are_reproduced_wherever_the_seed_is_consistent() {
        let params = params();
        let seed = seed();
        assert_eq!(seed.forms().len(), 14);
        for printed in seed.forms() {
            let project = accounts_of(printed);
            let compiled = compile_form(&project, 2023, &params, TableRounding::Controlled)
                .unwrap_or_else(|e| panic!("{}: {e}", printed.project()));
            let mut own = audit_form(printed, &params);
            own.extend(forms_text::check(printed));
            let about = |id: &str| own.iter().any(|f| f.rule.id == id);
            let name = printed.project();
            // The amounts, as printed, every row.
            let reference = |f: &Form| {
                (
                    f.reference_row().annual_budget().printed(),
                    f.reference_row().executed().printed(),
                )
            };
            assert_eq!(reference(&compiled), reference(printed), "{name}");
            if !about("eval.rate") {
                assert_eq!(
                    compiled.stated_rate().map(|r| r.percent()),
                    printed.stated_rate().map(|r| r.percent()),
                    "{name}"
                );
            } else {
                assert_ne!(
                    compiled.stated_rate().map(|r| r.percent()),
                    printed.stated_rate().map(|r| r.percent()),
                    "{name}"
                );
            }
            if printed.stated_execution_score().is_some() && !about("eval.execution-score") {
                assert_eq!(
                    compiled.stated_execution_score(),
                    printed.stated_execution_score(),
                    "{name}"
                );
            }
            let mut all_scores_agree = true;
            for (c, p) in compiled.indicators().iter().zip(printed.indicators()) {
                if c.score() != p.score() {
                    all_scores_agree = false;
                    assert!(
                        own.iter().any(|f| f.rule.id == "eval.indicator-formula"
                            && format!("{:?}", f.places).contains(p.name())),
                        "{name}/{}: compiled {:?}, printed {:?} without a finding",
                        p.name(),
                        c.score(),
                        p.score()
                    );
                }
            }
            if all_scores_agree && !about("eval.total-sum") && !about("eval.total-formula") {
                assert_eq!(compiled.total_score(), printed.total_score(), "{name}");
                assert_eq!(compiled.grade(), printed.grade(), "{name}");
            }
            for (c, p) in compiled.analysis().iter().zip(printed.analysis()) {
                let flagged = own.iter().any(|f| {
                    f.rule.id == "eval.analysis-figure"
                        && format!("{:?}", f.places).contains(&p.label)
                });
                assert_eq!(
                    c.text != p.text,
                    flagged,
                    "{name}/{}: {} → {}",
                    p.label,
                    p.text,
                    c.text
                );
            }
            // The compiled form itself: no error, no warning, no tail.
            let mut findings = audit_form(&compiled, &params);
            findings.extend(forms_text::check(&compiled));
            assert!(ids(&findings).is_empty(), "{name}: {:#?}", ids(&findings));
            assert!(
                findings.iter().all(|f| !f.is_tail()),
                "{name}: {findings:#?}"
            );
        }
    }

    fn compiled_named(name: &str) -> (Form, Form) {
        let seed = seed();
        let printed = seed
            .forms()
            .iter()
            .find(|f| f.project() == name)
            .unwrap()
            .clone();
        let compiled = compile_form(
            &accounts_of(&printed),
            2023,
            &params(),
            TableRounding::Controlled,
        )
        .unwrap();
        (printed, compiled)
    }

    #[test]
    fn four_seed_forms_figure_by_figure() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        // 残疾人就业保障金: 6 of 6 spent, every target met: 100, 优, as printed.
        let (printed, compiled) = compiled_named("J残疾人就业保障金");
        assert_eq!(compiled.stated_rate().unwrap().to_string(), "100.00%");
        assert_eq!(compiled.stated_execution_score(), Some(d("10")));
        assert_eq!(compiled.total_score(), printed.total_score());
        assert_eq!(compiled.total_score(), Some(d("100")));
        assert_eq!(compiled.grade(), Some(Grade::Excellent));
        assert_eq!(compiled.to_raw().funding[1].rate.as_deref(), Some("100.00"));

        // Z网络运维服务费: 7.764 of 32 → 24.26 %, 2.43; the 成本 indicator =32万元 against =7.8万元
        // scores 2.44 by the formula, as printed; 84.87, 良.
        let (printed, compiled) = compiled_named("Z网络运维服务费");
        assert_eq!(compiled.stated_rate().unwrap().to_string(), "24.26%");
        assert_eq!(compiled.stated_execution_score(), Some(d("2.43")));
        assert_eq!(compiled.indicators()[3].score(), Some(d("2.44")));
        assert_eq!(compiled.total_score(), Some(d("84.87")));
        assert_eq!(compiled.grade(), Some(Grade::Good));
        assert_eq!(compiled.analysis(), printed.analysis());

        // 农民工联席办公经费: 2.73 / 8 = 34.125 %; the seed prints 34.12, a rounding tail, and
        // the compiled form 34.13. The score 3.41, 总分 93.41 and 优 are as printed.
        let (printed, compiled) = compiled_named("J农民工联席办公经费");
        assert_eq!(printed.stated_rate().unwrap().to_string(), "34.12%");
        assert_eq!(compiled.stated_rate().unwrap().to_string(), "34.13%");
        assert_eq!(compiled.stated_execution_score(), Some(d("3.41")));
        assert_eq!(compiled.total_score(), Some(d("93.41")));
        assert_eq!(compiled.grade(), Some(Grade::Excellent));

        // 仲裁委业务费: 3.94 / 7 = 56.2857 %; the seed prints 56.28 (a rounding tail) and its
        // analysis says 56.38 %; the compiled form prints 56.29 in both places. The score
        // 5.63 is as printed.
        let (printed, compiled) = compiled_named("J仲裁委业务费");
        assert_eq!(printed.stated_rate().unwrap().to_string(), "56.28%");
        assert_eq!(compiled.stated_rate().unwrap().to_string(), "56.29%");
        assert_eq!(compiled.stated_execution_score(), Some(d("5.63")));
        assert!(printed.analysis()[0].text.ends_with("执行率56.38%"));
        assert_eq!(
            compiled.analysis()[0].text,
            printed.analysis()[0].text.replace("56.38%", "56.29%")
        );
        assert_eq!(&compiled.analysis()[1..], &printed.analysis()[1..]);
        // Its 成本 indicator (=7万元 planned, =4万元 spent) was judged 10 where the formula
        // gives 5.71, so the compiled 总分 is 5.63 + 20 + 10 + 10 + 5.71 + 30 + 10 = 91.34
        // (printed 95.63), still 优.
        assert_eq!(printed.indicators()[3].score(), Some(d("10")));
        assert_eq!(compiled.indicators()[3].score(), Some(d("5.71")));
        assert_eq!(compiled.total_score(), Some(d("91.34")));
        assert_eq!(compiled.grade(), Some(Grade::Excellent));
    }

    /// The bundled accounts carry the seed's projects: the compiled disclosure has the seed's
    /// fourteen forms, and the 说明's figures: 14 forms, 147.41 万元.
    #[test]
    fn the_bundled_accounts_compile_the_seed_forms() {
        let accounts = bundled();
        let seed = seed();
        let expected: Vec<ProjectAccounts> = seed.forms().iter().map(accounts_of).collect();
        assert_eq!(accounts.projects(), expected.as_slice());
        let options = CompileOptions::new(functional(), economic(), TableRounding::Controlled);
        let disclosure = compile(&accounts, &options).unwrap();
        let rollup = Rollup::of(disclosure.forms()).unwrap();
        assert_eq!(rollup.count, 14);
        assert_eq!(rollup.spent.round_in(MoneyUnit::WanYuan, 2), d("147.41"));
        // The seed states 12 优 and 2 良; 法律顾问费 scores 0 a met ≤5万元 target (≤0万元 spent)
        // the formula gives 10, so its 总分 is 90, not 80, and it is 优.
        assert_eq!(rollup.graded(Grade::Excellent), 13);
        assert_eq!(rollup.graded(Grade::Good), 1);
        let report = audit(&disclosure);
        let forms: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| {
                f.rule.area == Area::Evaluation && (f.severity >= Severity::Warning || f.is_tail())
            })
            .collect();
        assert!(forms.is_empty(), "{forms:#?}");
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn projects_round_trip_through_json_and_are_validated() {
        let accounts = bundled();
        let json = serde_json::to_string(&accounts).unwrap();
        let back: Accounts = serde_json::from_str(&json).unwrap();
        assert_eq!(back, accounts);
        // A weight slip in the JSON is refused through the same validation, naming the project.
        let slipped = json.replacen("\"weight\":\"20\"", "\"weight\":\"25\"", 1);
        let err = serde_json::from_str::<Accounts>(&slipped)
            .unwrap_err()
            .to_string();
        assert!(err.contains("J2名选调生") && err.contains("105"), "{err}");
    }
}
