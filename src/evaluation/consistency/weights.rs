//! The weights of a form (`eval.weights-sum`, `eval.weight-split`) and the levels of its
//! indicators (`eval.indicator-level`).

use rust_decimal::Decimal;

use super::{Out, Row, SRC_DOMAIN6, number};
use crate::evaluation::indicator::LevelOne;
use crate::evaluation::scoring::ScoringParameters;
use crate::finding::{Area, Figure, Finding, Rule, Severity, Template};

/// `eval.weights-sum`: see [`RULES`](super::RULES).
pub const WEIGHTS_SUM: Rule = Rule::new("eval.weights-sum", Area::Evaluation, Severity::Error)
    .titled("weights sum to 100", "分值合计为100")
    .described("The weight of the execution rate (a parameter, 10) plus every indicator's 分值 sums to 100.")
    .sourced(SRC_DOMAIN6);

/// `eval.weight-split`: see [`RULES`](super::RULES).
pub const WEIGHT_SPLIT: Rule = Rule::new("eval.weight-split", Area::Evaluation, Severity::Info)
    .titled("default 1:5:3:1 weight split", "权重分配1:5:3:1")
    .described("The weights of 执行率, 产出, 效益 and 满意度 follow the default 10/50/30/10 split; other splits are legitimate and reported as info.")
    .sourced(SRC_DOMAIN6);

/// `eval.indicator-level`: see [`RULES`](super::RULES).
pub const INDICATOR_LEVEL: Rule = Rule::new("eval.indicator-level", Area::Evaluation, Severity::Warning)
    .titled("second-level kind under its usual first level", "二级指标归属")
    .described("A 二级指标 sits under the 一级指标 it belongs to in the template (成本 may be a first-level kind in newer templates).")
    .sourced(SRC_DOMAIN6);

const WEIGHTS_SUM_WRONG: Template = Template {
    zh: "分值合计应为{expected}，实为{actual}（含执行率分值{0}）",
    en: "the weights sum to {actual}, not {expected} (execution rate weight {0} included)",
};

const WEIGHT_SPLIT_DIFFERS: Template = Template {
    zh: "权重分配与默认1:5:3:1不同：{actual}",
    en: "the weight split differs from the default 1:5:3:1: {actual}",
};

const LEVEL_UNUSUAL: Template = Template {
    zh: "二级指标{0}通常属于{expected}，此处列于{actual}",
    en: "second-level kind {0} usually belongs under {expected}, printed under {actual}",
};

pub(super) fn weights(out: &mut Out<'_>, params: &ScoringParameters) {
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
            Finding::new(&WEIGHTS_SUM, &WEIGHTS_SUM_WRONG)
                .expected(Figure::Number(Decimal::ONE_HUNDRED))
                .actual(number(total))
                .arg(number(execution)),
            None,
            Some("分值"),
        );
    }
    let split = params.split().value();
    let mut deviations = String::new();
    for level in [
        LevelOne::Output,
        LevelOne::Effect,
        LevelOne::Satisfaction,
        LevelOne::Cost,
    ] {
        let actual = per(level).unwrap_or_default();
        let expected = split.of(level).unwrap_or_default();
        if actual != expected {
            // The printed figure of the finding: each first level that differs, with its default.
            use core::fmt::Write as _;
            let sep = if deviations.is_empty() { "" } else { ", " };
            let _ = write!(deviations, "{sep}{level} {actual} (default {expected})");
        }
    }
    if !deviations.is_empty() {
        out.push(
            Finding::new(&WEIGHT_SPLIT, &WEIGHT_SPLIT_DIFFERS)
                .expected("执行率 10, 产出 50, 效益 30, 满意度 10")
                .actual(deviations),
            None,
            Some("分值"),
        );
    }
}

pub(super) fn levels(out: &mut Out<'_>) {
    let form = out.form;
    for i in form.indicators() {
        let usual = i.level_two().kind().usual_parent();
        let cost_as_first = i.level_one() == LevelOne::Cost;
        if usual != i.level_one() && !cost_as_first {
            out.push(
                Finding::new(&INDICATOR_LEVEL, &LEVEL_UNUSUAL)
                    .expected(<&'static str>::from(usual))
                    .actual(<&'static str>::from(i.level_one()))
                    .arg(Figure::text(i.level_two().to_string())),
                Some(Row::Path(i)),
                Some("二级指标"),
            );
        }
    }
}
