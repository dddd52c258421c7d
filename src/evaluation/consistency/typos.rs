//! Printable but impossible figures: negative ones, scores above their weight, weights out of
//! range, targets that contradict their comparator.

use rust_decimal::Decimal;

use super::{Out, Row, SRC_DOMAIN6, funding_row_name, number};
use crate::evaluation::form::FormAmount;
use crate::evaluation::indicator::Indicator;
use crate::evaluation::target::{Comparator, Quantity, TargetUnit, TargetValue};
use crate::finding::{Area, Figure, Finding, Rule, Severity, Template};

/// `eval.negative`: see [`RULES`](super::RULES).
pub const NEGATIVE: Rule = Rule::new("eval.negative", Area::Evaluation, Severity::Error)
    .titled("negative figure that cannot be negative", "不应为负数的数值为负")
    .described("An amount (目标申报数, 预算编制数, 全年预算数, 全年执行数), the 执行率, a score, a weight, the 总分, or an indicator value that counts or measures something (persons, items, days, money, a rate of attainment) is below zero. Only a 结余 and a rate of change (增长率, 变化率 …) may be negative. The form is kept as printed.")
    .sourced("form layout [D]");

/// `eval.score-above-weight`: see [`RULES`](super::RULES).
pub const SCORE_ABOVE_WEIGHT_RULE: Rule = Rule::new("eval.score-above-weight", Area::Evaluation, Severity::Error)
    .titled("score within its weight", "得分不超过分值")
    .described("An indicator's 得分 is at most its 分值, and the 总分 at most 100 (the 执行率得分 is checked against the execution weight by eval.execution-score-weight). The score is kept as printed.")
    .sourced(SRC_DOMAIN6);

/// `eval.weight-range`: see [`RULES`](super::RULES).
pub const WEIGHT_RANGE: Rule = Rule::new("eval.weight-range", Area::Evaluation, Severity::Error)
    .titled("weight above 0 and at most 100", "分值在0至100之间")
    .described("An indicator's 分值 is above 0 and at most 100 (the weights of a form sum to 100): a weight of 0 or one above 100 (a weight ×10) is a typo. The weight is kept as printed.")
    .sourced(SRC_DOMAIN6);

/// `eval.target-comparator`: see [`RULES`](super::RULES).
pub const TARGET_COMPARATOR: Rule = Rule::new("eval.target-comparator", Area::Evaluation, Severity::Error)
    .titled("target consistent with its comparator", "指标值与比较符相符")
    .described("For an indicator whose value cannot be negative, a target no value can meet (<0, <-5, ≤-1) is an error, and a target every value meets (≥0, ≥-5%, >-1) a warning: the comparator or the sign is a typo. Rates of change (增长率 …) may be negative and are not checked.")
    .sourced("form layout [D]");

const NEGATIVE_FIGURE: Template = Template {
    zh: "{0}不应为负数，实为{actual}",
    en: "{0} cannot be negative, printed {actual}",
};

const INDICATOR_SCORE_ABOVE: Template = Template {
    zh: "得分{actual}超过分值{expected}",
    en: "the score {actual} exceeds its weight {expected}",
};

const TOTAL_ABOVE: Template = Template {
    zh: "总分{actual}超过满分{expected}",
    en: "总分 {actual} exceeds the maximum {expected}",
};

const WEIGHT_OUT_OF_RANGE: Template = Template {
    zh: "分值{actual}不在0（不含）至{expected}之间",
    en: "the weight {actual} is not above 0 and at most {expected}",
};

const TARGET_UNATTAINABLE: Template = Template {
    zh: "指标值{actual}无法达到：该指标不可能为负数",
    en: "the target {actual} cannot be met: the indicator cannot be negative",
};

const TARGET_VACUOUS: Template = Template {
    zh: "指标值{actual}任何实际值都能达到：该指标不可能为负数，比较符或符号可能有误",
    en: "every value meets the target {actual}: the indicator cannot be negative, so the comparator or the sign is likely a typo",
};

const NOT_NEGATIVE: Template = Template {
    zh: "不小于0",
    en: "0 or more",
};

/// Whether an indicator's values may be below zero: a rate of change (增长率, 变化率 …) in
/// percent or without a unit. Every other value counts or measures something.
fn may_be_negative(indicator: &Indicator, quantity: &Quantity) -> bool {
    const CHANGE: [&str; 6] = ["增长", "增幅", "变化", "变动", "增减", "涨幅"];
    matches!(quantity.unit(), None | Some(TargetUnit::Percent))
        && CHANGE.iter().any(|w| indicator.name().contains(w))
}

/// A negative figure that cannot be negative.
fn negative(
    out: &mut Out<'_>,
    what: &'static str,
    printed: Figure,
    row: Row<'_>,
    column: &'static str,
) {
    out.push(
        Finding::new(&NEGATIVE, &NEGATIVE_FIGURE)
            .expected(Figure::Phrase(&NOT_NEGATIVE))
            .actual(printed)
            .arg(Figure::Static(what)),
        Some(row),
        Some(column),
    );
}

fn is_negative(value: Decimal) -> bool {
    value.is_sign_negative() && !value.is_zero()
}

/// Printable but impossible figures: negative ones, scores above their weight, weights out of
/// range, targets that contradict their comparator.
pub(super) fn typos(out: &mut Out<'_>) {
    let form = out.form;
    for row in form.funding() {
        let amounts: [(&'static str, Option<FormAmount>); 4] = [
            ("目标申报数", row.declared()),
            ("预算编制数", row.budgeted()),
            ("全年预算数", Some(row.annual_budget())),
            ("全年执行数", Some(row.executed())),
        ];
        for (column, amount) in amounts {
            if let Some(amount) = amount
                && amount.amount().is_negative()
            {
                negative(out, column, amount.into(), funding_row_name(row), column);
            }
        }
        for (column, value) in [("执行率", row.rate_printed()), ("得分", row.score())] {
            if let Some(value) = value
                && is_negative(value)
            {
                negative(out, column, number(value), funding_row_name(row), column);
            }
        }
    }
    for indicator in form.indicators() {
        let weight = indicator.weight();
        if is_negative(weight) {
            negative(out, "分值", number(weight), Row::Path(indicator), "分值");
        } else if weight.is_zero() || weight > Decimal::ONE_HUNDRED {
            out.push(
                Finding::new(&WEIGHT_RANGE, &WEIGHT_OUT_OF_RANGE)
                    .expected(Figure::Number(Decimal::ONE_HUNDRED))
                    .actual(number(weight)),
                Some(Row::Path(indicator)),
                Some("分值"),
            );
        }
        if let Some(score) = indicator.score() {
            if is_negative(score) {
                negative(out, "得分", number(score), Row::Path(indicator), "得分");
            } else if score > weight && !is_negative(weight) {
                out.push(
                    Finding::new(&SCORE_ABOVE_WEIGHT_RULE, &INDICATOR_SCORE_ABOVE)
                        .expected(number(weight))
                        .actual(number(score)),
                    Some(Row::Path(indicator)),
                    Some("得分"),
                );
            }
        }
        let values: [(&'static str, Option<&TargetValue>, bool); 3] = [
            ("年初指标值", indicator.initial_target(), true),
            ("调整后指标值", indicator.adjusted_target(), true),
            ("实际完成值", indicator.actual(), false),
        ];
        for (column, value, is_target) in values {
            if let Some(value) = value {
                target_value(out, indicator, column, value, is_target);
            }
        }
    }
    if let Some(total) = form.total_score() {
        if is_negative(total) {
            negative(out, "总分", number(total), Row::Fixed("总分"), "总分");
        } else if total > Decimal::ONE_HUNDRED {
            out.push(
                Finding::new(&SCORE_ABOVE_WEIGHT_RULE, &TOTAL_ABOVE)
                    .expected(Figure::Number(Decimal::ONE_HUNDRED))
                    .actual(number(total)),
                Some(Row::Fixed("总分")),
                Some("总分"),
            );
        }
    }
}

/// One value of an indicator that cannot be negative: a negative number is `eval.negative`; a
/// target whose comparator no value can meet (`<0`, `≤-1`) or every value meets (`≥0`,
/// `≥-5%`) is `eval.target-comparator` (error or warning).
fn target_value(
    out: &mut Out<'_>,
    indicator: &Indicator,
    column: &'static str,
    value: &TargetValue,
    is_target: bool,
) {
    let Some(q) = value.quantity() else {
        return;
    };
    if may_be_negative(indicator, q) {
        return;
    }
    let v = q.value();
    let zero_or_less = v.is_zero() || q.is_negative();
    let contradiction = match q.comparator() {
        Some(Comparator::Below) if zero_or_less => Some((Severity::Error, &TARGET_UNATTAINABLE)),
        Some(Comparator::AtMost) if q.is_negative() => {
            Some((Severity::Error, &TARGET_UNATTAINABLE))
        }
        Some(Comparator::AtLeast) if zero_or_less => Some((Severity::Warning, &TARGET_VACUOUS)),
        Some(Comparator::Above) if q.is_negative() => Some((Severity::Warning, &TARGET_VACUOUS)),
        _ => None,
    };
    match contradiction {
        Some((severity, template)) if is_target => out.push(
            Finding::new(&TARGET_COMPARATOR, template)
                .severity(severity)
                .expected(Figure::Phrase(&NOT_NEGATIVE))
                .actual(Figure::text(value.printed())),
            Some(Row::Path(indicator)),
            Some(column),
        ),
        _ if q.is_negative() => negative(
            out,
            column,
            Figure::text(value.printed()),
            Row::Path(indicator),
            column,
        ),
        _ => {}
    }
}
