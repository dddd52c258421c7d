//! The scoring formula of a self-evaluation form, its dated parameters and the trace that
//! explains every computed score.

use core::fmt;

use rust_decimal::Decimal;

use super::EvaluationError;
use super::form::Form;
use super::grade::Grade;
use crate::money::{Amount, Percent, round_half_away};

mod formula;
mod parameters;

pub use formula::{Basis, Computed, IndicatorScore, Method, Unscorable, score_indicator};
pub use parameters::{
    Confidence, QualitativeTiers, ReverseFormula, ScoringParameters, Source, Sourced, WeightSplit,
};

/// `value / 100`, equal in value to the division (not always in scale: callers normalize),
/// without dividing: the decimal point moves two places.
fn hundredth(value: Decimal) -> Option<Decimal> {
    let mut shifted = value;
    match shifted.set_scale(value.scale().saturating_add(2)) {
        Ok(()) => Some(shifted),
        Err(_) => value.checked_div(Decimal::ONE_HUNDRED),
    }
}

/// `a × b / c` rounded half away from zero to `decimals` places, computed exactly on integers
/// when the quotient is not exact and fits; `None` otherwise (the caller then divides
/// decimals, which gives an exact quotient its own scale, "8" rather than "8.00").
fn rounded_ratio(a: Decimal, b: Decimal, c: Decimal, decimals: u32) -> Option<Decimal> {
    let exponent = i64::from(c.scale())
        .checked_sub(i64::from(a.scale()))?
        .checked_sub(i64::from(b.scale()))?
        .checked_add(i64::from(decimals))?;
    let ten = |e: i64| 10_i128.checked_pow(u32::try_from(e).ok()?);
    let product = a.mantissa().checked_mul(b.mantissa())?;
    let (numerator, denominator) = if exponent >= 0 {
        (product.checked_mul(ten(exponent)?)?, c.mantissa())
    } else {
        (
            product,
            c.mantissa().checked_mul(ten(exponent.checked_neg()?)?)?,
        )
    };
    let quotient = numerator.checked_div(denominator)?;
    let remainder = numerator.checked_rem(denominator)?;
    if remainder == 0 {
        return None;
    }
    let away = remainder.checked_abs()?.checked_mul(2)? >= denominator.checked_abs()?;
    let rounded = match (away, (numerator < 0) != (denominator < 0)) {
        (false, _) => quotient,
        (true, false) => quotient.checked_add(1)?,
        (true, true) => quotient.checked_sub(1)?,
    };
    Decimal::try_from_i128_with_scale(rounded, decimals).ok()
}

/// The score of the execution rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExecutionScore {
    /// The budget is not zero.
    Rated {
        /// 执行率 = 全年执行数 / 全年预算数 × 100, unrounded.
        rate: Percent,
        /// Whether execution exceeds the budget (rate above 100 %): flagged by the audit.
        over_budget: bool,
        /// `min(rate, 100 %) × weight`, unrounded (no cap when the parameter says so).
        unrounded: Decimal,
        /// The score rounded (四舍五入) to the form's decimals.
        score: Decimal,
    },
    /// 全年预算数 is zero: there is no rate and no score.
    ZeroBudget,
}

impl ExecutionScore {
    /// The rounded score, `None` for a zero budget.
    #[must_use]
    pub fn score(&self) -> Option<Decimal> {
        match self {
            ExecutionScore::Rated { score, .. } => Some(*score),
            ExecutionScore::ZeroBudget => None,
        }
    }

    /// The unrounded rate, `None` for a zero budget.
    #[must_use]
    pub fn rate(&self) -> Option<Percent> {
        match self {
            ExecutionScore::Rated { rate, .. } => Some(*rate),
            ExecutionScore::ZeroBudget => None,
        }
    }
}

/// Scores an execution rate: `min(executed / budget, 100 %) × weight`, rounded half away from
/// zero to the parameters' decimals.
///
/// # Errors
///
/// [`EvaluationError::Overflow`] for absurd magnitudes only.
///
/// ```
/// use final_accounts::evaluation::{score_execution, ScoringParameters};
/// use final_accounts::money::Amount;
/// use rust_decimal::Decimal;
/// let p = ScoringParameters::for_year(2023)?;
/// let wan = |v: i64, s: u32| Amount::from_wan_yuan(Decimal::new(v, s)).unwrap();
/// let s = score_execution(wan(105, 1), wan(8007, 3), Decimal::from(10), &p)?;
/// assert_eq!(s.rate().unwrap().round(2).to_string(), "76.26%");
/// assert_eq!(s.score(), Some(Decimal::new(763, 2)));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
pub fn score_execution(
    budget: Amount,
    executed: Amount,
    weight: Decimal,
    params: &ScoringParameters,
) -> Result<ExecutionScore, EvaluationError> {
    let overflow = || EvaluationError::Overflow { what: "执行率" };
    let Some(rate) = Percent::ratio(executed, budget).map_err(|_| overflow())? else {
        return Ok(ExecutionScore::ZeroBudget);
    };
    let over_budget = rate > Percent::HUNDRED;
    let counted = if params.cap_at_full_execution.value {
        rate.capped_at_hundred()
    } else {
        rate
    };
    let unrounded = counted
        .value()
        .checked_mul(weight)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .ok_or_else(overflow)?;
    // The score from the amounts themselves (executed × weight / budget), exactly, when the
    // rate is not capped; else from the rate.
    let direct = if counted == rate {
        rounded_ratio(
            executed.yuan(),
            weight,
            budget.yuan(),
            params.score_decimals.value,
        )
    } else {
        None
    };
    Ok(ExecutionScore::Rated {
        rate,
        over_budget,
        unrounded,
        score: direct.unwrap_or_else(|| params.round(unrounded)),
    })
}

/// The formula's view of a whole form, beside what the form states: typed figures for every
/// component, put into words (a trace) only when asked.
///
/// The computed 总分 is the formula's 执行率得分 plus the *stated* indicator scores:
/// self-evaluation leaves the indicator scores to judgment, and the formula's score for each is
/// kept beside it ([`IndicatorScore`]), never substituted.
///
/// Nothing is formatted while scoring. `Display` prints the trace with the indicators
/// numbered in the form's order; [`Evaluation::trace`] prints it with their names
/// (`一级/二级/三级`), read from the form; [`IndicatorScore::explain`] explains one
/// indicator.
///
/// ```
/// use final_accounts::evaluation::{evaluate, Form, Grade, ScoringParameters};
/// use rust_decimal::Decimal;
/// let form = Form::example()?;
/// let e = evaluate(&form, &ScoringParameters::for_year(form.year())?)?;
/// assert_eq!(e.execution.score(), Some(Decimal::new(763, 2)));
/// assert_eq!(e.total, Some(Decimal::new(9763, 2)));
/// assert_eq!(e.grade, Some(Grade::Excellent));
/// let trace = e.trace(&form).to_string();
/// assert!(trace.contains("执行率 = 8.007 / 10.5 = 76.2571%"));
/// assert!(trace.contains("产出指标/成本指标/"));
/// assert!(e.to_string().contains("  indicator 4 (分值 10): forward"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The project name.
    pub project: String,
    /// 全年预算数 and 全年执行数 as printed in the reference row, in 万元.
    pub budget_and_executed: (Decimal, Decimal),
    /// The weight of the execution rate.
    pub execution_weight: Decimal,
    /// The formula's execution score.
    pub execution: ExecutionScore,
    /// The stated 执行率得分.
    pub stated_execution_score: Option<Decimal>,
    /// Each indicator, formula beside stated score, in the order of
    /// [`Form::indicators`].
    pub indicators: Vec<IndicatorScore>,
    /// Formula 执行率得分 + Σ stated indicator scores; `None` when the budget is zero or an
    /// indicator score is missing (a missing score is never counted as 0).
    pub total: Option<Decimal>,
    /// The grade of [`Evaluation::total`].
    pub grade: Option<Grade>,
    /// The band of 总分 the formula alone allows (formula execution score + every indicator's
    /// formula band); `None` when a component is not computable.
    pub formula_band: Option<(Decimal, Decimal)>,
    /// Σ of the stated scores (执行率 and indicators); `None` when one is missing.
    pub stated_sum: Option<Decimal>,
    /// 总分 as stated.
    pub stated_total: Option<Decimal>,
    /// 等级 as stated.
    pub stated_grade: Option<Grade>,
}

/// Evaluates a form with `params`: the execution score, each indicator's formula score and the
/// total, as typed figures (see [`Evaluation::trace`] for the words).
///
/// # Errors
///
/// [`EvaluationError::Overflow`] for absurd magnitudes only.
pub fn evaluate(form: &Form, params: &ScoringParameters) -> Result<Evaluation, EvaluationError> {
    let row = form.reference_row();
    let execution_weight = params.execution_weight.value;
    let execution = score_execution(
        row.annual_budget().amount(),
        row.executed().amount(),
        execution_weight,
        params,
    )?;
    let overflow = || EvaluationError::Overflow { what: "总分" };
    let mut indicators = Vec::with_capacity(form.indicators().len());
    // Σ stated indicator scores (None once one is missing) and the formula's band.
    let mut stated_indicator_sum = Some(Decimal::ZERO);
    let mut band = Some((Decimal::ZERO, Decimal::ZERO));
    for indicator in form.indicators() {
        let score = score_indicator(indicator, params);
        stated_indicator_sum = match (stated_indicator_sum, score.stated) {
            (Some(acc), Some(s)) => Some(acc.checked_add(s).ok_or_else(overflow)?),
            _ => None,
        };
        band = match (band, score.computed.bounds()) {
            (Some((lo, hi)), Some((l, h))) => Some((
                lo.checked_add(l).ok_or_else(overflow)?,
                hi.checked_add(h).ok_or_else(overflow)?,
            )),
            _ => None,
        };
        indicators.push(score);
    }
    let total = match (execution.score(), stated_indicator_sum) {
        (Some(e), Some(s)) => Some(e.checked_add(s).ok_or_else(overflow)?),
        _ => None,
    };
    let stated_execution_score = form.stated_execution_score();
    let stated_sum = match (stated_execution_score, stated_indicator_sum) {
        (Some(e), Some(s)) => Some(e.checked_add(s).ok_or_else(overflow)?),
        _ => None,
    };
    let formula_band = match (execution.score(), band) {
        (Some(e), Some((lo, hi))) => Some((
            lo.checked_add(e).ok_or_else(overflow)?,
            hi.checked_add(e).ok_or_else(overflow)?,
        )),
        _ => None,
    };
    Ok(Evaluation {
        project: form.project().to_owned(),
        budget_and_executed: (row.annual_budget().printed(), row.executed().printed()),
        execution_weight,
        execution,
        stated_execution_score,
        indicators,
        total,
        grade: total.map(|t| params.grades.value.grade_of(t)),
        formula_band,
        stated_sum,
        stated_total: form.total_score(),
        stated_grade: form.grade(),
    })
}

impl Evaluation {
    /// The trace of the evaluation in words, each indicator named by its path
    /// (`一级/二级/三级`) in `form`, the form that was evaluated. The words are made as the
    /// trace is shown.
    ///
    /// ```
    /// use final_accounts::evaluation::{evaluate, Form, ScoringParameters};
    /// let form = Form::example()?;
    /// let e = evaluate(&form, &ScoringParameters::for_year(2023)?)?;
    /// let trace = e.trace(&form).to_string();
    /// assert!(trace.starts_with(&format!("{}: 总分 97.63 (stated ", form.project())));
    /// assert!(trace.contains("min(执行率, 100%) × 10 = 7.625714 → 7.63"));
    /// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
    /// ```
    #[must_use]
    pub fn trace<'a>(&'a self, form: &'a Form) -> impl fmt::Display + 'a {
        Trace {
            evaluation: self,
            form: Some(form),
        }
    }
}

struct Trace<'a> {
    evaluation: &'a Evaluation,
    form: Option<&'a Form>,
}

struct Opt<T>(Option<T>);

impl<T: fmt::Display> fmt::Display for Opt<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(v) => write!(f, "{v}"),
            None => f.write_str("missing"),
        }
    }
}

impl fmt::Display for Trace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = self.evaluation;
        writeln!(
            f,
            "{}: 总分 {} (stated {}), 等级 {} (stated {})",
            e.project,
            Opt(e.total),
            Opt(e.stated_total),
            Opt(e.grade),
            Opt(e.stated_grade)
        )?;
        let (budget, executed) = e.budget_and_executed;
        match e.execution {
            ExecutionScore::Rated {
                rate,
                over_budget,
                unrounded,
                score,
            } => writeln!(
                f,
                "  执行率 = {executed} / {budget} = {}%{} → min(执行率, 100%) × {} = {} → {score} (stated {})",
                round_half_away(rate.value(), 4).normalize(),
                if over_budget { " (above 100%)" } else { "" },
                e.execution_weight,
                round_half_away(unrounded, 6).normalize(),
                Opt(e.stated_execution_score)
            )?,
            ExecutionScore::ZeroBudget => writeln!(
                f,
                "  执行率: 全年预算数 is 0, no rate and no score (stated {})",
                Opt(e.stated_execution_score)
            )?,
        }
        let named = self.form.map(Form::indicators).unwrap_or_default();
        for (n, i) in e.indicators.iter().enumerate() {
            match named.get(n) {
                Some(indicator) => write!(
                    f,
                    "  {}/{}/{}",
                    indicator.level_one(),
                    indicator.level_two(),
                    indicator.name()
                )?,
                None => write!(f, "  indicator {}", n.saturating_add(1))?,
            }
            writeln!(
                f,
                " (分值 {}): {} → {} (stated {})",
                i.weight,
                i.explain(),
                i.computed,
                Opt(i.stated)
            )?;
        }
        if let Some((lo, hi)) = e.formula_band {
            writeln!(f, "  formula alone allows 总分 in [{lo}, {hi}]")?;
        }
        write!(f, "  Σ stated scores = {}", Opt(e.stated_sum))
    }
}

/// The trace without the indicators' names (numbered in the form's order); see
/// [`Evaluation::trace`].
impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Trace {
            evaluation: self,
            form: None,
        }
        .fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::{hundredth, rounded_ratio};
    use crate::money::round_half_away;

    /// The integer shortcut agrees with dividing decimals and rounding, on every ratio of a
    /// grid of printed figures (weights, three-decimal amounts, percentages).
    #[test]
    fn rounded_ratio_is_the_rounded_quotient() {
        let values: Vec<Decimal> = [
            "0.001", "0.5", "1", "2.73", "3", "7", "7.8", "8", "8.007", "10", "10.5", "32", "90",
            "95.5", "99.99", "100", "147.406", "1735.92",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        for a in &values {
            for b in &values {
                for c in &values {
                    let quotient = a.checked_mul(*b).unwrap().checked_div(*c).unwrap();
                    if let Some(fast) = rounded_ratio(*a, *b, *c, 2) {
                        assert_eq!(fast, round_half_away(quotient, 2), "{a} × {b} / {c}");
                        assert_eq!(fast.to_string(), round_half_away(quotient, 2).to_string());
                    } else {
                        // Only exact quotients are left to the decimals.
                        assert_eq!(
                            quotient.checked_mul(*c).unwrap().normalize(),
                            a.checked_mul(*b).unwrap().normalize()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn hundredth_moves_the_point_like_a_division() {
        for s in [
            "800",
            "7625",
            "750",
            "7.50",
            "1000.0",
            "0",
            "12.345",
            "0.01",
            "0.0000000000000000000000001",
        ] {
            let v: Decimal = s.parse().unwrap();
            let divided = v.checked_div(Decimal::ONE_HUNDRED).unwrap();
            assert_eq!(hundredth(v), Some(divided), "{s}");
        }
    }
}
