//! The scores of a form: each indicator's against its formula, 总分 against their sum, the
//! grade against its band.

use rust_decimal::Decimal;

use super::{Out, Row, SRC_DOMAIN6, half_cent, number};
use crate::evaluation::indicator::Indicator;
use crate::evaluation::scoring::{
    Basis, Computed, IndicatorScore, Method, ScoringParameters, Unscorable, evaluate,
};
use crate::finding::{Area, Figure, Finding, Rule, Severity, Template};

/// `eval.missing-score`: see [`RULES`](super::RULES).
pub const MISSING_SCORE: Rule = Rule::new("eval.missing-score", Area::Evaluation, Severity::Warning)
    .titled("missing score", "得分缺失")
    .described("A score, 总分 or 等级 that the form does not print is reported as missing, never counted as 0.")
    .sourced("house rule");

/// `eval.total-sum`: see [`RULES`](super::RULES).
pub const TOTAL_SUM: Rule = Rule::new("eval.total-sum", Area::Evaluation, Severity::Error)
    .titled("total equals the sum of the stated scores", "总分 = 各项得分之和")
    .described("The stated 总分 equals 执行率得分 + Σ indicator 得分 as printed, within the rounding of two-decimal figures.")
    .sourced(SRC_DOMAIN6);

/// `eval.total-formula`: see [`RULES`](super::RULES).
pub const TOTAL_FORMULA: Rule = Rule::new("eval.total-formula", Area::Evaluation, Severity::Warning)
    .titled("total against the formula", "总分与公式")
    .described("The stated 总分 equals the formula's 执行率得分 plus the stated indicator scores (used when a stated score is missing).")
    .sourced(SRC_DOMAIN6);

/// `eval.grade-band`: see [`RULES`](super::RULES).
pub const GRADE_BAND: Rule = Rule::new("eval.grade-band", Area::Evaluation, Severity::Error)
    .titled("grade matches the band of the total", "等级与总分相符")
    .described("The stated 等级 is the grade of the stated 总分 under the grade bands in force (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差; lower bounds included).")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-formula`: see [`RULES`](super::RULES).
pub const INDICATOR_FORMULA: Rule = Rule::new("eval.indicator-formula", Area::Evaluation, Severity::Warning)
    .titled("indicator score against the formula", "指标得分与公式")
    .described("A stated indicator score differs from the formula (forward, reverse or qualitative band). Self-evaluation allows judgment: the stated score is kept, never corrected.")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-unscorable`: see [`RULES`](super::RULES).
pub const INDICATOR_UNSCORABLE: Rule = Rule::new("eval.indicator-unscorable", Area::Evaluation, Severity::Info)
    .titled("indicator without a formula", "指标无法按公式计分")
    .described("No formula applies to an indicator (missing values, units that differ, an unreadable attainment).")
    .sourced(SRC_DOMAIN6);

const EXECUTION_SCORE_MISSING: Template = Template {
    zh: "表中未列执行率得分（按公式应为{0}）",
    en: "the form prints no execution score (the formula gives {0})",
};

const NO_SCORE: Template = Template {
    zh: "无（全年预算数为0）",
    en: "none (全年预算数 is 0)",
};

const INDICATOR_SCORE_MISSING: Template = Template {
    zh: "指标未列得分",
    en: "the indicator prints no score",
};

const TOTAL_MISSING: Template = Template {
    zh: "表中未列总分",
    en: "the form prints no 总分",
};

const GRADE_MISSING: Template = Template {
    zh: "表中未列等级",
    en: "the form prints no 等级",
};

const UNSCORABLE: Template = Template {
    zh: "无法按公式计分：{0}",
    en: "no formula applies: {0}",
};

const UNSCORABLE_UNITS: Template = Template {
    zh: "无法按公式计分：目标值{0}与实际完成值{1}的单位不同",
    en: "no formula applies: the units of target {0} and actual {1} differ",
};

const NO_TARGET: Template = Template {
    zh: "未列指标值",
    en: "no target value is printed",
};

const NO_ACTUAL: Template = Template {
    zh: "未列实际完成值",
    en: "no actual value is printed",
};

const QUALITATIVE_TARGET: Template = Template {
    zh: "指标值为定性描述，实际完成值却是数值",
    en: "the target is qualitative but the actual value is a number",
};

const NEGATIVE_VALUE: Template = Template {
    zh: "指标值或实际完成值为负数",
    en: "the target or the actual value is negative",
};

const NO_ATTAINMENT: Template = Template {
    zh: "实际完成值看不出指标是否达成",
    en: "the actual value cannot be read as an attainment of the target",
};

const MET_BUT_SCORED: Template = Template {
    zh: "指标已完成（指标值{0}，实际完成值{1}），按公式应得满分{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is met (actual {1}): the formula gives the full weight {expected}, the form scores {actual}; the stated score is kept",
};

const FORWARD_RATIO: Template = Template {
    zh: "指标未完成（指标值{0}，实际完成值{1}），按正向公式 分值×实际值/指标值 = {2}×{3}/{4} 应为{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is missed (actual {1}): the forward formula weight × actual / target = {2} × {3} / {4} gives {expected}, the form scores {actual}; the stated score is kept",
};

const REVERSE_RATIO: Template = Template {
    zh: "指标未完成（指标值{0}，实际完成值{1}），按反向公式 分值×指标值/实际值 = {2}×{3}/{4} 应为{expected}，自评得分{actual}；自评得分予以保留",
    en: "the target {0} is missed (actual {1}): the reverse formula weight × target / actual = {2} × {3} / {4} gives {expected}, the form scores {actual}; the stated score is kept",
};

const BAND_SCORED: Template = Template {
    zh: "定性指标“{0}”应得分值{1}的{2}%至{3}%，即{expected}，自评得分{actual}；自评得分予以保留",
    en: "a qualitative indicator “{0}” earns {2}% to {3}% of its weight {1}, {expected}; the form scores {actual}; the stated score is kept",
};

const TOTAL_TAIL: Template = Template {
    zh: "总分{actual}与{0}{expected}相差{1}，在尾数误差（±{2}，每项两位小数得分半分之和）内",
    en: "总分 {actual} vs {0} {expected}: differs by {1}, within the rounding of the two-decimal scores (±{2})",
};

const TOTAL_WRONG: Template = Template {
    zh: "总分应为{0}{expected}，实为{actual}",
    en: "总分 should be {0}, {expected}; printed {actual}",
};

const SUM_OF_STATED: Template = Template {
    zh: "各项得分之和",
    en: "the sum of the stated scores",
};

const FORMULA_AND_STATED: Template = Template {
    zh: "公式执行率得分与各指标得分之和",
    en: "the formula's execution score plus the stated indicator scores",
};

const GRADE_WRONG: Template = Template {
    zh: "总分{0}对应等级{expected}，表中为{actual}",
    en: "总分 {0} is graded {expected}, printed {actual}",
};

const EXECUTION_SCORE_MISSING_PLAIN: Template = Template {
    zh: "表中未列执行率得分",
    en: "the form prints no execution score",
};

/// What a stated indicator score is compared with: a score, or the band of a qualitative
/// indicator ("[8, 10]").
fn computed_figure(computed: &Computed) -> Figure {
    match computed {
        Computed::Exact(v) => number(*v),
        other => Figure::text(other.to_string()),
    }
}

pub(super) fn scores(out: &mut Out<'_>, params: Option<&ScoringParameters>) {
    let form = out.form;
    let evaluation = params.and_then(|p| evaluate(form, p).ok());
    if form.stated_execution_score().is_none() {
        let finding = match &evaluation {
            Some(evaluation) => {
                let formula = match evaluation.execution.score() {
                    Some(score) => number(score),
                    None => Figure::Phrase(&NO_SCORE),
                };
                Finding::new(&MISSING_SCORE, &EXECUTION_SCORE_MISSING).arg(formula)
            }
            None => Finding::new(&MISSING_SCORE, &EXECUTION_SCORE_MISSING_PLAIN),
        };
        out.push(finding, Some(Row::Fixed("执行率")), Some("得分"));
    }
    match &evaluation {
        Some(evaluation) => {
            for (indicator, score) in form.indicators().iter().zip(&evaluation.indicators) {
                if let Some(finding) = indicator_finding(indicator, score) {
                    out.push(finding, Some(Row::Path(indicator)), Some("得分"));
                }
            }
        }
        None => {
            for indicator in form.indicators() {
                if indicator.score().is_none() {
                    out.push(
                        Finding::new(&MISSING_SCORE, &INDICATOR_SCORE_MISSING),
                        Some(Row::Path(indicator)),
                        Some("得分"),
                    );
                }
            }
        }
    }
    let Some(stated_total) = form.total_score() else {
        out.push(
            Finding::new(&MISSING_SCORE, &TOTAL_MISSING),
            Some(Row::Fixed("总分")),
            Some("总分"),
        );
        return;
    };
    // Σ of the printed scores: 执行率得分 and every indicator's (None once one is missing).
    let stated_sum = form.indicators().iter().try_fold(
        form.stated_execution_score().unwrap_or_default(),
        |acc, i| acc.checked_add(i.score()?),
    );
    if form.stated_execution_score().is_some()
        && let Some(sum) = stated_sum
    {
        let n = form.indicators().len().saturating_add(2);
        total_against(out, &TOTAL_SUM, stated_total, sum, n, &SUM_OF_STATED);
    }
    let (Some(evaluation), Some(params)) = (evaluation, params) else {
        return;
    };
    if let Some(total) = evaluation.total {
        let n = evaluation.indicators.len().saturating_add(1);
        // Without a stated execution score, this is the only check of 总分.
        if evaluation.stated_sum.is_none() || total != stated_total {
            total_against(
                out,
                &TOTAL_FORMULA,
                stated_total,
                total,
                n,
                &FORMULA_AND_STATED,
            );
        }
    }
    let scheme = params.grades().value();
    match evaluation.stated_grade {
        None => out.push(
            Finding::new(&MISSING_SCORE, &GRADE_MISSING),
            Some(Row::Fixed("等级")),
            Some("等级"),
        ),
        Some(stated) => {
            let expected = scheme.grade_of(stated_total);
            if expected != stated {
                out.push(
                    Finding::new(&GRADE_BAND, &GRADE_WRONG)
                        .expected(<&'static str>::from(expected))
                        .actual(<&'static str>::from(stated))
                        .arg(number(stated_total)),
                    Some(Row::Fixed("等级")),
                    Some("等级"),
                );
            }
        }
    }
}

/// The finding of one indicator's score, if any: missing, without a formula, or away from
/// the formula.
fn indicator_finding(indicator: &Indicator, score: &IndicatorScore) -> Option<Finding> {
    let Some(stated) = score.stated else {
        return Some(Finding::new(&MISSING_SCORE, &INDICATOR_SCORE_MISSING));
    };
    let printed = |value: Option<&super::super::target::TargetValue>| {
        Figure::text(value.map_or("", super::super::target::TargetValue::printed))
    };
    if let Computed::NotComputable(why) = score.computed {
        let finding = match why {
            Unscorable::UnitsDiffer { .. } => {
                Finding::new(&INDICATOR_UNSCORABLE, &UNSCORABLE_UNITS)
                    .arg(printed(indicator.target()))
                    .arg(printed(indicator.actual()))
            }
            other => {
                Finding::new(&INDICATOR_UNSCORABLE, &UNSCORABLE).arg(Figure::Phrase(match other {
                    Unscorable::NoTarget => &NO_TARGET,
                    Unscorable::NoActual => &NO_ACTUAL,
                    Unscorable::QualitativeTarget { .. } => &QUALITATIVE_TARGET,
                    Unscorable::NegativeValue => &NEGATIVE_VALUE,
                    _ => &NO_ATTAINMENT,
                }))
            }
        };
        return Some(finding.actual(number(stated)));
    }
    if score.computed.admits(stated) != Some(false) {
        return None;
    }
    let finding = match score.basis {
        Basis::Ratio {
            numerator,
            denominator,
            ..
        } => Finding::new(
            &INDICATOR_FORMULA,
            if score.method == Method::Reverse {
                &REVERSE_RATIO
            } else {
                &FORWARD_RATIO
            },
        )
        .arg(printed(indicator.target()))
        .arg(printed(indicator.actual()))
        .arg(number(score.weight))
        .arg(Figure::Number(numerator))
        .arg(Figure::Number(denominator)),
        Basis::Band {
            attainment,
            lo_percent,
            hi_percent,
        } => Finding::new(&INDICATOR_FORMULA, &BAND_SCORED)
            .arg(<&'static str>::from(attainment))
            .arg(number(score.weight))
            .arg(Figure::Number(lo_percent))
            .arg(Figure::Number(hi_percent)),
        _ => Finding::new(&INDICATOR_FORMULA, &MET_BUT_SCORED)
            .arg(printed(indicator.target()))
            .arg(printed(indicator.actual())),
    };
    Some(
        finding
            .expected(computed_figure(&score.computed))
            .actual(number(stated)),
    )
}

fn total_against(
    out: &mut Out<'_>,
    rule: &'static Rule,
    stated: Decimal,
    expected: Decimal,
    scores: usize,
    what: &'static Template,
) {
    if stated == expected {
        return;
    }
    let allowance = Decimal::from(scores)
        .checked_mul(half_cent())
        .unwrap_or_default();
    let diff = stated.checked_sub(expected).unwrap_or_default().abs();
    let finding = if diff <= allowance {
        Finding::new(rule, &TOTAL_TAIL)
            .severity(Severity::Info)
            .arg(Figure::Phrase(what))
            .arg(Figure::Number(diff))
            .arg(Figure::Number(allowance))
    } else {
        Finding::new(rule, &TOTAL_WRONG).arg(Figure::Phrase(what))
    };
    out.push(
        finding.expected(number(expected)).actual(number(stated)),
        Some(Row::Fixed("总分")),
        Some("总分"),
    );
}
