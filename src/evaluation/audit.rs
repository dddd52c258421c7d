//! The audit rules of self-evaluation forms (`eval.*`).

use rust_decimal::Decimal;

use super::form::{Form, FundingRow};
use super::indicator::LevelOne;
use super::scoring::{Computed, ExecutionScore, ScoringParameters, evaluate};
use crate::audit::{Finding, Location, RuleInfo, Severity};
use crate::money::{Amount, Interval, MoneyUnit, Verdict, check_rate, check_sum};

const SRC_DOMAIN6: &str = "DOMAIN.md §6 (财预〔2020〕10号 baseline) [S]";

/// The rules of the self-evaluation audit, with stable ids prefixed `eval.`.
///
/// ```
/// use final_accounts::evaluation::RULES;
/// assert!(RULES.iter().all(|r| r.id.starts_with("eval.")));
/// assert!(RULES.iter().any(|r| r.id == "eval.execution-score"));
/// ```
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "eval.weights-sum",
        title: "weights sum to 100",
        title_zh: "分值合计为100",
        severity: Severity::Error,
        description: "The weight of the execution rate (a parameter, 10) plus every indicator's 分值 sums to 100.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.weight-split",
        title: "default 1:5:3:1 weight split",
        title_zh: "权重分配1:5:3:1",
        severity: Severity::Info,
        description: "The weights of 执行率, 产出, 效益 and 满意度 follow the default 10/50/30/10 split; other splits are legitimate and reported as info.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.execution-score-weight",
        title: "execution score within its weight",
        title_zh: "执行率得分不超过分值",
        severity: Severity::Error,
        description: "The stated 执行率得分 is at most the execution weight (indicator scores are bounded by their weight when the form is built).",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.balance",
        title: "balance equals budget minus execution",
        title_zh: "结余 = 全年预算数 − 全年执行数",
        severity: Severity::Error,
        description: "In each funding row, 资金结(转)余 = 全年预算数 − 全年执行数, within the rounding of the three-decimal figures.",
        source: "DOMAIN.md §6 [D]",
    },
    RuleInfo {
        id: "eval.funding-rows",
        title: "funding rows agree with the total",
        title_zh: "资金来源合计等于资金总额",
        severity: Severity::Error,
        description: "The source rows of the funding block add up to the 资金总额 row (or to the unlabelled row standing for it), figure by figure, within rounding.",
        source: "form layout [D]",
    },
    RuleInfo {
        id: "eval.funding-label",
        title: "known source-of-funds label",
        title_zh: "资金来源名称",
        severity: Severity::Info,
        description: "A funding row's label is a known source of funds (市县区财政资金 …) or 资金总额; a misspelling such as 市市区财政资金 is reported as printed.",
        source: "the spec's forms [P]",
    },
    RuleInfo {
        id: "eval.rate",
        title: "stated execution rate",
        title_zh: "执行率",
        severity: Severity::Error,
        description: "The stated 执行率 equals 全年执行数 / 全年预算数 × 100 under the precision-aware check (three-decimal amounts, two-decimal rate); a rounding tail is info.",
        source: "form note 4: “执行率”是执行数与“全年预算数”相比较 [P]",
    },
    RuleInfo {
        id: "eval.zero-budget",
        title: "zero budget",
        title_zh: "全年预算数为零",
        severity: Severity::Warning,
        description: "A zero 全年预算数 has no execution rate and no execution score; a printed rate there is an error.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.over-execution",
        title: "execution above budget",
        title_zh: "执行数超过预算数",
        severity: Severity::Warning,
        description: "全年执行数 above 全年预算数 (执行率 > 100 %): the score is capped at the weight, a cap no primary text confirms.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.execution-score",
        title: "stated execution score",
        title_zh: "执行率得分",
        severity: Severity::Error,
        description: "The stated 执行率得分 equals min(执行率, 100 %) × 分值, computed from the printed amounts, within their rounding.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.missing-score",
        title: "missing score",
        title_zh: "得分缺失",
        severity: Severity::Warning,
        description: "A score, 总分 or 等级 that the form does not print is reported as missing, never counted as 0.",
        source: "house rule",
    },
    RuleInfo {
        id: "eval.total-sum",
        title: "total equals the sum of the stated scores",
        title_zh: "总分 = 各项得分之和",
        severity: Severity::Error,
        description: "The stated 总分 equals 执行率得分 + Σ indicator 得分 as printed, within the rounding of two-decimal figures.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.total-formula",
        title: "total against the formula",
        title_zh: "总分与公式",
        severity: Severity::Warning,
        description: "The stated 总分 equals the formula's 执行率得分 plus the stated indicator scores (used when a stated score is missing).",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.grade-band",
        title: "grade matches the band of the total",
        title_zh: "等级与总分相符",
        severity: Severity::Error,
        description: "The stated 等级 is the grade of the stated 总分 under the grade bands in force (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; lower bounds included).",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.indicator-formula",
        title: "indicator score against the formula",
        title_zh: "指标得分与公式",
        severity: Severity::Warning,
        description: "A stated indicator score differs from the formula (forward, reverse or qualitative band). Self-evaluation allows judgment: the stated score is kept, never corrected.",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.indicator-unscorable",
        title: "indicator without a formula",
        title_zh: "指标无法按公式计分",
        severity: Severity::Info,
        description: "No formula applies to an indicator (missing values, units that differ, an unreadable attainment).",
        source: SRC_DOMAIN6,
    },
    RuleInfo {
        id: "eval.indicator-level",
        title: "second-level kind under its usual first level",
        title_zh: "二级指标归属",
        severity: Severity::Warning,
        description: "A 二级指标 sits under the 一级指标 it belongs to in the template (成本 may be a first-level kind in newer templates).",
        source: SRC_DOMAIN6,
    },
];

/// Labels of funding rows known to be sources of funds.
const KNOWN_SOURCES: &[&str] = &[
    "市县区财政资金",
    "中央财政资金",
    "省级财政资金",
    "市级财政资金",
    "县级财政资金",
    "其他资金",
    "上年结转资金",
];

/// Half a unit in the second decimal: how far a printed score may be from its true value.
fn half_cent() -> Decimal {
    Decimal::new(5, 3)
}

fn wan(a: Amount) -> String {
    a.in_units(MoneyUnit::WanYuan).normalize().to_string()
}

struct Out<'a> {
    form: &'a Form,
    findings: Vec<Finding>,
}

impl Out<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        rule: &str,
        severity: Severity,
        row: Option<String>,
        column: Option<&str>,
        expected: Option<String>,
        actual: Option<String>,
        allowance: Option<String>,
        zh: String,
        en: String,
    ) {
        let mut loc = Location::table(self.form.project());
        if let Some(row) = row {
            loc = loc.row(row);
        }
        if let Some(column) = column {
            loc = loc.column(column);
        }
        self.findings.push(Finding {
            rule: rule.to_owned(),
            severity,
            locations: vec![loc],
            expected,
            actual,
            allowance,
            message_zh: zh,
            message_en: en,
        });
    }
}

fn row_name(row: &FundingRow) -> String {
    row.label().unwrap_or("(unlabelled row)").to_owned()
}

/// Audits one form: every `eval.*` rule of [`RULES`] except the roll-up rules (see
/// [`Rollup`](super::Rollup)). Rounding tails are reported as [`Severity::Info`]; differences
/// between a stated score and the formula are warnings, never corrections.
///
/// ```
/// use final_accounts::audit::Severity;
/// use final_accounts::evaluation::{audit_form, Form, ScoringParameters};
/// let form = Form::example()?;
/// let findings = audit_form(&form, &ScoringParameters::for_year(2023)?);
/// // No error; the 成本 indicator (=10.5万元 planned, =8万元 spent) scored 10 where the
/// // forward formula gives 7.62: a warning.
/// assert!(findings.iter().all(|f| f.severity < Severity::Error));
/// assert!(findings.iter().any(|f| f.rule == "eval.indicator-formula"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn audit_form(form: &Form, params: &ScoringParameters) -> Vec<Finding> {
    let mut out = Out {
        form,
        findings: Vec::new(),
    };
    weights(&mut out, params);
    for row in form.funding() {
        funding_row(&mut out, row, params);
    }
    funding_rows_agree(&mut out);
    scores(&mut out, params);
    out.findings
}

fn weights(out: &mut Out<'_>, params: &ScoringParameters) {
    let form = out.form;
    let execution = *params.execution_weight().value();
    let per = |level: LevelOne| {
        form.indicators()
            .iter()
            .filter(|i| i.level_one() == level)
            .try_fold(Decimal::ZERO, |acc, i| acc.checked_add(i.weight()))
    };
    let total = form
        .indicators()
        .iter()
        .try_fold(execution, |acc, i| acc.checked_add(i.weight()));
    if let Some(total) = total
        && total != Decimal::ONE_HUNDRED
    {
        out.push(
            "eval.weights-sum",
            Severity::Error,
            None,
            Some("分值"),
            Some("100".into()),
            Some(total.to_string()),
            None,
            format!("分值合计应为100，实为{total}（含执行率分值{execution}）"),
            format!(
                "the weights sum to {total}, not 100 (execution rate weight {execution} included)"
            ),
        );
    }
    let split = params.split().value();
    let mut deviations = Vec::new();
    for level in [
        LevelOne::Output,
        LevelOne::Effect,
        LevelOne::Satisfaction,
        LevelOne::Cost,
    ] {
        let actual = per(level).unwrap_or_default();
        let expected = split.of(level).unwrap_or_default();
        if actual != expected {
            deviations.push(format!("{level} {actual} (default {expected})"));
        }
    }
    if !deviations.is_empty() {
        let list = deviations.join(", ");
        out.push(
            "eval.weight-split",
            Severity::Info,
            None,
            Some("分值"),
            Some("执行率 10, 产出 50, 效益 30, 满意度 10".into()),
            Some(list.clone()),
            None,
            format!("权重分配与默认1:5:3:1不同：{list}"),
            format!("the weight split differs from the default 1:5:3:1: {list}"),
        );
    }
    for i in form.indicators() {
        let usual = i.level_two().kind().usual_parent();
        let cost_as_first = i.level_one() == LevelOne::Cost;
        if usual != i.level_one() && !cost_as_first {
            out.push(
                "eval.indicator-level",
                Severity::Warning,
                Some(i.path()),
                Some("二级指标"),
                Some(usual.to_string()),
                Some(i.level_one().to_string()),
                None,
                format!(
                    "二级指标{}通常属于{}，此处列于{}",
                    i.level_two(),
                    usual,
                    i.level_one()
                ),
                format!(
                    "second-level kind {} usually belongs under {}, printed under {}",
                    i.level_two(),
                    usual,
                    i.level_one()
                ),
            );
        }
    }
}

fn funding_row(out: &mut Out<'_>, row: &FundingRow, params: &ScoringParameters) {
    let name = row_name(row);
    if let Some(label) = row.label()
        && !row.is_total()
        && !KNOWN_SOURCES.contains(&label)
    {
        out.push(
            "eval.funding-label",
            Severity::Info,
            Some(name.clone()),
            None,
            Some(KNOWN_SOURCES.join("/")),
            Some(label.to_owned()),
            None,
            format!("资金来源名称“{label}”不是已知名称（如市县区财政资金），按原样保留"),
            format!("funding row label {label:?} is not a known source of funds (e.g. 市县区财政资金); kept as printed"),
        );
    }
    let budget = row.annual_budget();
    let executed = row.executed();
    if let Some(balance) = row.balance()
        && let Ok(check) = check_sum(
            &budget.published(),
            &[executed.published(), balance.published()],
        )
    {
        let (severity, zh, en) = match check.verdict {
            Verdict::Exact => (None, String::new(), String::new()),
            Verdict::WithinRounding => (
                Some(Severity::Info),
                format!("结余{balance}与全年预算数{budget}−全年执行数{executed}相差在尾数误差内"),
                format!(
                    "balance {balance} vs budget {budget} − executed {executed}: a rounding tail"
                ),
            ),
            _ => (
                Some(Severity::Error),
                format!("结余应为{budget}−{executed}，实为{balance}"),
                format!("balance should be {budget} − {executed}, printed {balance}"),
            ),
        };
        if let Some(severity) = severity {
            let expected = budget.amount().checked_sub(executed.amount()).map(wan).ok();
            out.push(
                "eval.balance",
                severity,
                Some(name.clone()),
                Some("资金结(转)余"),
                expected,
                Some(balance.to_string()),
                Some(format!(
                    "±{} 万元",
                    wan(Amount::from_yuan(check.allowance_yuan).unwrap_or_default())
                )),
                zh,
                en,
            );
        }
    }
    if budget.amount().is_zero() {
        let printed_rate = row.rate();
        let severity = if printed_rate.is_some() {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(
            "eval.zero-budget",
            severity,
            Some(name.clone()),
            Some("执行率"),
            Some("no rate".into()),
            printed_rate.map(|r| r.to_string()),
            None,
            "全年预算数为0，无执行率，也无执行率得分".into(),
            "全年预算数 is 0: there is no execution rate and no execution score".into(),
        );
        return;
    }
    if executed.amount() > budget.amount() {
        out.push(
            "eval.over-execution",
            Severity::Warning,
            Some(name.clone()),
            Some("全年执行数"),
            Some(format!("≤ {budget}")),
            Some(executed.to_string()),
            None,
            format!("全年执行数{executed}超过全年预算数{budget}"),
            format!("executed {executed} exceeds the budget {budget}"),
        );
    }
    if let Some(stated) = row.rate() {
        let check = check_rate(&executed.published(), &budget.published(), &stated);
        let computed = check.computed.map(|c| format!("{}%", c.value()));
        let printed = row
            .rate_printed()
            .map_or_else(|| stated.to_string(), |r| r.to_string());
        let possible = check.possible.map(|p| format!("{p}"));
        let finding = match check.verdict {
            Verdict::Exact => None,
            Verdict::WithinRounding => Some((
                Severity::Info,
                format!(
                    "执行率{printed}与{executed}/{budget}（计算为{}）相差在尾数误差内",
                    opt(&computed)
                ),
                format!(
                    "执行率 {printed} vs {executed} / {budget} = {}: within the rounding of the printed amounts",
                    opt(&computed)
                ),
            )),
            _ => Some((
                Severity::Error,
                format!("执行率应为{}，实为{printed}", opt(&computed)),
                format!(
                    "执行率 should be {} ({executed} / {budget}), printed {printed}",
                    opt(&computed)
                ),
            )),
        };
        if let Some((severity, zh, en)) = finding {
            out.push(
                "eval.rate",
                severity,
                Some(name.clone()),
                Some("执行率"),
                computed,
                Some(printed),
                possible.map(|p| format!("the printed amounts allow {p} %")),
                zh,
                en,
            );
        }
    }
    let weight = *params.execution_weight().value();
    if let Some(stated) = row.score() {
        if stated > weight {
            out.push(
                "eval.execution-score-weight",
                Severity::Error,
                Some(name.clone()),
                Some("得分"),
                Some(format!("≤ {weight}")),
                Some(stated.to_string()),
                None,
                format!("执行率得分{stated}超过分值{weight}"),
                format!("execution score {stated} exceeds its weight {weight}"),
            );
        }
        execution_score(out, row, stated, weight, params, &name);
    }
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "—".into())
}

fn execution_score(
    out: &mut Out<'_>,
    row: &FundingRow,
    stated: Decimal,
    weight: Decimal,
    params: &ScoringParameters,
    name: &str,
) {
    let budget = row.annual_budget();
    let executed = row.executed();
    let Ok(score) =
        super::scoring::score_execution(budget.amount(), executed.amount(), weight, params)
    else {
        return;
    };
    let ExecutionScore::Rated {
        score: computed, ..
    } = score
    else {
        return;
    };
    if computed == stated {
        return;
    }
    // Every score the true (unrounded) amounts allow.
    let cap = *params.cap_at_full_execution().value();
    let possible = executed
        .published()
        .interval_yuan()
        .checked_div(&budget.published().interval_yuan())
        .and_then(|q| {
            // q is the ratio itself (not in percent): the score is min(q, 1) × weight.
            let clamp = |v: Decimal| if cap { v.min(Decimal::ONE) } else { v };
            Interval::new(clamp(q.lo()), clamp(q.hi()))?.checked_scale(weight)
        });
    let stated_interval = Interval::around(stated, half_cent());
    let within = matches!((possible, stated_interval), (Some(p), Some(s)) if p.meets(&s));
    let (severity, zh, en) = if within {
        (
            Severity::Info,
            format!("执行率得分{stated}与公式得分{computed}相差在尾数误差内"),
            format!(
                "execution score {stated} vs the formula's {computed}: within the rounding of the printed amounts"
            ),
        )
    } else {
        (
            Severity::Error,
            format!(
                "执行率得分应为min({executed}/{budget}, 100%)×{weight}={computed}，实为{stated}"
            ),
            format!(
                "execution score should be min({executed} / {budget}, 100%) × {weight} = {computed}, printed {stated}"
            ),
        )
    };
    out.push(
        "eval.execution-score",
        severity,
        Some(name.to_owned()),
        Some("得分"),
        Some(computed.to_string()),
        Some(stated.to_string()),
        possible.map(|p| format!("the printed amounts allow scores in {p}")),
        zh,
        en,
    );
}

/// Reads one amount column of a funding row.
type ColumnGetter = fn(&FundingRow) -> Option<super::form::FormAmount>;

fn funding_rows_agree(out: &mut Out<'_>) {
    let form = out.form;
    let rows = form.funding();
    if rows.len() < 2 {
        return;
    }
    let total_index = rows.iter().position(FundingRow::is_total).or_else(|| {
        let unlabelled: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.label().is_none())
            .map(|(i, _)| i)
            .collect();
        match unlabelled.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    });
    let Some(total_index) = total_index else {
        return;
    };
    let Some(total) = rows.get(total_index) else {
        return;
    };
    let parts: Vec<&FundingRow> = rows
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != total_index)
        .map(|(_, r)| r)
        .collect();
    let columns: [(&str, ColumnGetter); 5] = [
        ("目标申报数", FundingRow::declared),
        ("预算编制数", FundingRow::budgeted),
        ("全年预算数", |r| Some(r.annual_budget())),
        ("全年执行数", |r| Some(r.executed())),
        ("资金结(转)余", FundingRow::balance),
    ];
    for (column, get) in columns {
        let Some(t) = get(total) else { continue };
        let Some(ps) = parts.iter().map(|r| get(r)).collect::<Option<Vec<_>>>() else {
            continue;
        };
        let published: Vec<_> = ps.iter().map(|p| p.published()).collect();
        let Ok(check) = check_sum(&t.published(), &published) else {
            continue;
        };
        let severity = match check.verdict {
            Verdict::Exact => continue,
            Verdict::WithinRounding => Severity::Info,
            _ => Severity::Error,
        };
        out.push(
            "eval.funding-rows",
            severity,
            Some(row_name(total)),
            Some(column),
            Some(wan(check.expected)),
            Some(t.to_string()),
            None,
            format!(
                "{column}：资金总额{t}与各资金来源之和{}不符",
                wan(check.expected)
            ),
            format!(
                "{column}: total {t} differs from the sum of the source rows {}",
                wan(check.expected)
            ),
        );
    }
}

fn scores(out: &mut Out<'_>, params: &ScoringParameters) {
    let form = out.form;
    let Ok(evaluation) = evaluate(form, params) else {
        return;
    };
    let missing = |out: &mut Out<'_>, row: Option<String>, column: &str, zh: String, en: String| {
        out.push(
            "eval.missing-score",
            Severity::Warning,
            row,
            Some(column),
            None,
            None,
            None,
            zh,
            en,
        );
    };
    if evaluation.stated_execution_score.is_none() {
        missing(
            out,
            Some("执行率".into()),
            "得分",
            format!(
                "表中未列执行率得分（按公式应为{}）",
                evaluation
                    .execution
                    .score()
                    .map_or_else(|| "无".to_owned(), |s| s.to_string())
            ),
            format!(
                "the form prints no execution score (the formula gives {})",
                evaluation
                    .execution
                    .score()
                    .map_or_else(|| "none".to_owned(), |s| s.to_string())
            ),
        );
    }
    for i in &evaluation.indicators {
        match (i.stated, &i.computed) {
            (None, _) => missing(
                out,
                Some(i.path.clone()),
                "得分",
                format!("指标{}未列得分", i.path),
                format!("indicator {} prints no score", i.path),
            ),
            (Some(stated), Computed::NotComputable(why)) => out.push(
                "eval.indicator-unscorable",
                Severity::Info,
                Some(i.path.clone()),
                Some("得分"),
                None,
                Some(stated.to_string()),
                None,
                format!("指标{}无法按公式计分：{why}", i.path),
                format!("indicator {}: no formula applies: {why}", i.path),
            ),
            (Some(stated), computed) => {
                if computed.admits(stated) == Some(false) {
                    out.push(
                        "eval.indicator-formula",
                        Severity::Warning,
                        Some(i.path.clone()),
                        Some("得分"),
                        Some(computed.to_string()),
                        Some(stated.to_string()),
                        None,
                        format!(
                            "指标{}自评得分{stated}，按公式为{computed}（{}）；自评得分予以保留",
                            i.path, i.explanation
                        ),
                        format!(
                            "indicator {} is scored {stated}; the formula gives {computed} ({}); the stated score is kept",
                            i.path, i.explanation
                        ),
                    );
                }
            }
        }
    }
    let Some(stated_total) = evaluation.stated_total else {
        missing(
            out,
            Some("总分".into()),
            "总分",
            "表中未列总分".into(),
            "the form prints no 总分".into(),
        );
        return;
    };
    if let Some(sum) = evaluation.stated_sum {
        let n = evaluation.indicators.len().saturating_add(2);
        let allowance = Decimal::from(n)
            .checked_mul(half_cent())
            .unwrap_or_default();
        total_against(
            out,
            "eval.total-sum",
            Severity::Error,
            stated_total,
            sum,
            allowance,
            "各项得分之和",
            "the sum of the stated scores",
        );
    }
    if let Some(total) = evaluation.total {
        let n = evaluation.indicators.len().saturating_add(1);
        let allowance = Decimal::from(n)
            .checked_mul(half_cent())
            .unwrap_or_default();
        // Without a stated execution score, this is the only check of 总分.
        if evaluation.stated_sum.is_none() || total != stated_total {
            total_against(
                out,
                "eval.total-formula",
                Severity::Warning,
                stated_total,
                total,
                allowance,
                "公式执行率得分与各指标得分之和",
                "the formula's execution score plus the stated indicator scores",
            );
        }
    }
    let scheme = params.grades().value();
    match evaluation.stated_grade {
        None => missing(
            out,
            Some("等级".into()),
            "等级",
            "表中未列等级".into(),
            "the form prints no 等级".into(),
        ),
        Some(stated) => {
            let expected = scheme.grade_of(stated_total);
            if expected != stated {
                out.push(
                    "eval.grade-band",
                    Severity::Error,
                    Some("等级".into()),
                    Some("等级"),
                    Some(expected.to_string()),
                    Some(stated.to_string()),
                    None,
                    format!("总分{stated_total}对应等级{expected}，表中为{stated}"),
                    format!("总分 {stated_total} is graded {expected}, printed {stated}"),
                );
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn total_against(
    out: &mut Out<'_>,
    rule: &str,
    severity: Severity,
    stated: Decimal,
    expected: Decimal,
    allowance: Decimal,
    what_zh: &str,
    what_en: &str,
) {
    if stated == expected {
        return;
    }
    let diff = stated.checked_sub(expected).unwrap_or_default().abs();
    let (severity, zh, en) = if diff <= allowance {
        (
            Severity::Info,
            format!("总分{stated}与{what_zh}{expected}相差{diff}，在尾数误差内"),
            format!("总分 {stated} vs {what_en} {expected}: differs by {diff}, within rounding"),
        )
    } else {
        (
            severity,
            format!("总分应为{what_zh}{expected}，实为{stated}"),
            format!("总分 should be {what_en}, {expected}; printed {stated}"),
        )
    };
    out.push(
        rule,
        severity,
        Some("总分".into()),
        Some("总分"),
        Some(expected.to_string()),
        Some(stated.to_string()),
        Some(format!(
            "±{} (half a cent of each two-decimal score)",
            allowance.normalize()
        )),
        zh,
        en,
    );
}
