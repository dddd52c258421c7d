//! Generated self-evaluation forms.

use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::evaluation::{EvaluationError, Form, ScoringParameters, evaluate};
use crate::money::round_half_away;

use super::YEAR;

/// 万元 to three decimals from a whole number of 0.001 万元.
fn wan(mills: u64) -> Decimal {
    Decimal::new(i64::try_from(mills).unwrap_or(0), 3)
}

/// The synthetic form of [`Form::example`] with generated figures: 全年预算数 0.001 … 10,000 万元,
/// 全年执行数 at most the budget, each indicator scored a fraction (0 … 100 %) of its weight;
/// the stated 结余, 执行率, 执行率得分, 总分 and 等级 are the 2023 formula's.
fn build(budget: u64, executed_permille: u64, fractions: &[u32]) -> Result<Form, EvaluationError> {
    let params = ScoringParameters::for_year(YEAR)?;
    let executed = budget
        .checked_mul(executed_permille)
        .and_then(|x| x.checked_div(1000))
        .unwrap_or(0);
    let mut raw = Form::example()?.to_raw();
    for row in &mut raw.funding {
        row.declared = Some(wan(budget).normalize().to_string());
        row.budgeted = Some(wan(budget).normalize().to_string());
        row.annual_budget = wan(budget).normalize().to_string();
        row.executed = wan(executed).normalize().to_string();
        row.balance = Some(wan(budget.saturating_sub(executed)).normalize().to_string());
        row.rate = None;
        row.score = None;
    }
    for (indicator, fraction) in raw.indicators.iter_mut().zip(fractions) {
        let weight: Decimal = indicator.weight.parse().unwrap_or(Decimal::ZERO);
        let score = weight
            .checked_mul(Decimal::from(*fraction))
            .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED))
            .map_or(Decimal::ZERO, |x| round_half_away(x, 2));
        indicator.score = Some(score.normalize().to_string());
    }
    raw.total_score = None;
    raw.grade = None;
    // Print what the formula computes.
    let evaluation = evaluate(&Form::new(raw.clone())?, &params)?;
    let rate = evaluation
        .execution
        .rate()
        .map(|p| round_half_away(p.value(), 2).to_string());
    let score = evaluation
        .execution
        .score()
        .map(|s| s.normalize().to_string());
    for row in &mut raw.funding {
        row.rate.clone_from(&rate);
        row.score.clone_from(&score);
    }
    // The analysis states the 执行率 the form prints (eval.analysis-figure).
    for item in &mut raw.analysis {
        item.text = match &rate {
            Some(rate) => format!("全年按月发放补助,预算执行率{rate}%"),
            None => "全年按月发放补助".to_owned(),
        };
    }
    let evaluation = evaluate(&Form::new(raw.clone())?, &params)?;
    raw.total_score = evaluation.total.map(|t| t.normalize().to_string());
    raw.grade = evaluation.grade.map(|g| g.to_string());
    Form::new(raw)
}

/// A valid 2023 self-evaluation form: the synthetic project of [`Form::example`](crate::evaluation::Form::example) (six indicators) with a generated
/// budget, execution and indicator scores, and the stated figures the 2023 formula gives, so
/// that [`audit_form`](crate::evaluation::audit_form) reports no error.
///
/// ```
/// use final_accounts::evaluation::{audit_form, ScoringParameters};
/// use final_accounts::audit::Severity;
/// use final_accounts::generate;
/// use proptest::strategy::{Strategy, ValueTree};
/// let mut runner = proptest::test_runner::TestRunner::deterministic();
/// let form = generate::form().new_tree(&mut runner).unwrap().current();
/// let params = ScoringParameters::for_year(2023).unwrap();
/// assert!(audit_form(&form, &params).iter().all(|f| f.severity != Severity::Error));
/// ```
pub fn form() -> impl Strategy<Value = Form> {
    (
        1_u64..=10_000_000,
        0_u64..=1000,
        proptest::collection::vec(0_u32..=100, 6),
    )
        .prop_filter_map(
            "the generated form is valid",
            |(budget, permille, fractions)| build(budget, permille, &fractions).ok(),
        )
}
