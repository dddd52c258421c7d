//! The score of one indicator: the method the formula uses, the computed score and its basis.

use core::fmt;
use rust_decimal::Decimal;

use super::{ScoringParameters, hundredth, rounded_ratio};
use crate::evaluation::indicator::Indicator;
use crate::evaluation::target::{Attainment, Comparator, Quantity, TargetValue};
use crate::money::round_half_away;

/// The formula used for an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[non_exhaustive]
pub enum Method {
    /// Forward (`≥`, `>`, `=`, no comparator): met ⇒ full weight, else weight × actual / target.
    #[strum(serialize = "forward")]
    Forward,
    /// Reverse (`≤`, `<`): met ⇒ full weight, else weight × target / actual.
    #[strum(serialize = "reverse")]
    Reverse,
    /// Qualitative: a band of the weight per attainment.
    #[strum(serialize = "qualitative")]
    Qualitative,
    /// No formula applies.
    #[strum(serialize = "none")]
    None,
}

/// Why no formula applies to an indicator.
///
/// ```
/// use final_accounts::evaluation::Unscorable;
/// assert_eq!(Unscorable::NoTarget.to_string(), "no target value is printed");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unscorable {
    /// Neither 年初指标值 nor 调整后指标值 is printed.
    NoTarget,
    /// 实际完成值 is not printed.
    NoActual,
    /// Target and actual are numbers in units that cannot be compared.
    UnitsDiffer {
        /// The target.
        target: Quantity,
        /// The actual value.
        actual: Quantity,
    },
    /// The target is a word but the actual value is a number.
    QualitativeTarget {
        /// The actual value.
        actual: Quantity,
    },
    /// The actual value is a word that says nothing of how far the target was attained.
    NoAttainment,
    /// The target or the actual value is a negative number: no ratio of the formula applies
    /// (`eval.negative` or `eval.target-comparator` says whether the value makes sense).
    NegativeValue,
}

impl fmt::Display for Unscorable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unscorable::NoTarget => f.write_str("no target value is printed"),
            Unscorable::NoActual => f.write_str("no actual value is printed"),
            Unscorable::UnitsDiffer { target, actual } => {
                write!(f, "the units of target {target} and actual {actual} differ")
            }
            Unscorable::QualitativeTarget { actual } => write!(
                f,
                "the target is qualitative but the actual value {actual} is a number"
            ),
            Unscorable::NegativeValue => f.write_str("the target or the actual value is negative"),
            Unscorable::NoAttainment => {
                f.write_str("the actual value cannot be read as an attainment of the target")
            }
        }
    }
}

/// What the formula gives for a component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Computed {
    /// One score, rounded.
    Exact(Decimal),
    /// A band of admissible scores (qualitative indicators: the evaluator chooses within it).
    Range {
        /// The lowest admissible score.
        lo: Decimal,
        /// The highest admissible score.
        hi: Decimal,
    },
    /// No formula applies; the reason.
    NotComputable(Unscorable),
}

impl Computed {
    /// Whether `stated` is what the formula gives (equal, or within the band).
    #[must_use]
    pub fn admits(&self, stated: Decimal) -> Option<bool> {
        match self {
            Computed::Exact(v) => Some(*v == stated),
            Computed::Range { lo, hi } => Some(*lo <= stated && stated <= *hi),
            Computed::NotComputable(_) => None,
        }
    }

    /// The band `[lo, hi]` (a point for an exact score), `None` when not computable.
    #[must_use]
    pub fn bounds(&self) -> Option<(Decimal, Decimal)> {
        match self {
            Computed::Exact(v) => Some((*v, *v)),
            Computed::Range { lo, hi } => Some((*lo, *hi)),
            Computed::NotComputable(_) => None,
        }
    }
}

impl fmt::Display for Computed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Computed::Exact(v) => write!(f, "{v}"),
            Computed::Range { lo, hi } => write!(f, "[{lo}, {hi}]"),
            Computed::NotComputable(why) => write!(f, "not computable ({why})"),
        }
    }
}

/// The figures the formula used for an indicator: kept as numbers, put into words only by
/// [`IndicatorScore::explain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Basis {
    /// A quantitative target that was met: the full weight.
    Met {
        /// The target.
        target: Quantity,
        /// The actual value.
        actual: Quantity,
    },
    /// A quantitative target that was missed: `weight × numerator / denominator` (actual /
    /// target forward, target / actual reverse, in comparable units).
    Ratio {
        /// The target.
        target: Quantity,
        /// The actual value.
        actual: Quantity,
        /// The numerator of the ratio.
        numerator: Decimal,
        /// The denominator of the ratio.
        denominator: Decimal,
    },
    /// A qualitative indicator: the band of the weight its attainment earns.
    Band {
        /// How far it was attained.
        attainment: Attainment,
        /// The lowest share of the weight, in percent.
        lo_percent: Decimal,
        /// The highest share of the weight, in percent.
        hi_percent: Decimal,
    },
    /// No formula applies (see [`Computed::NotComputable`]).
    None,
}

/// The formula's result for one indicator, beside its stated score. Typed figures only: the
/// words come from [`IndicatorScore::explain`] when asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndicatorScore {
    /// 分值.
    pub weight: Decimal,
    /// 得分 as stated.
    pub stated: Option<Decimal>,
    /// The formula used.
    pub method: Method,
    /// What the formula gives.
    pub computed: Computed,
    /// The figures the formula used.
    pub basis: Basis,
}

impl IndicatorScore {
    /// How the score was computed, in words (made when shown, not when scored).
    ///
    /// ```
    /// use final_accounts::evaluation::{evaluate, Form, ScoringParameters};
    /// let form = Form::example()?;
    /// let e = evaluate(&form, &ScoringParameters::for_year(2023)?)?;
    /// let cost = &e.indicators[3];
    /// assert_eq!(
    ///     cost.explain().to_string(),
    ///     "forward: target =10.5万元, actual =8万元: not met → weight × actual / target = 10 × 8 / 10.5 = 7.619048"
    /// );
    /// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
    /// ```
    #[must_use]
    pub fn explain(&self) -> impl fmt::Display + '_ {
        Explain(self)
    }
}

struct Explain<'a>(&'a IndicatorScore);

impl fmt::Display for Explain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let weight = s.weight;
        match s.basis {
            Basis::Met { target, actual } => write!(
                f,
                "{}: target {target}, actual {actual}: met → full weight",
                s.method
            ),
            Basis::Ratio {
                target,
                actual,
                numerator,
                denominator,
            } => {
                let words = if s.method == Method::Reverse {
                    "weight × target / actual"
                } else {
                    "weight × actual / target"
                };
                write!(
                    f,
                    "{}: target {target}, actual {actual}: not met → {words} = {weight} × {numerator} / {denominator} = {}",
                    s.method,
                    round_half_away(ratio(weight, numerator, denominator), 6).normalize()
                )
            }
            Basis::Band {
                attainment,
                lo_percent,
                hi_percent,
            } => write!(
                f,
                "qualitative: {attainment} → {lo_percent}–{hi_percent}% of {weight}"
            ),
            Basis::None => match &s.computed {
                Computed::NotComputable(why) => write!(f, "{why}"),
                _ => f.write_str("no formula"),
            },
        }
    }
}

/// Scores one indicator with the formula of `params`.
///
/// ```
/// use final_accounts::evaluation::{score_indicator, Computed, Indicator, RawIndicator, ScoringParameters};
/// use rust_decimal::Decimal;
/// let p = ScoringParameters::for_year(2023)?;
/// // Z网络运维服务费: =32万元 planned, =7.8万元 spent, weight 10 → 2.44 (as printed).
/// let raw = RawIndicator {
///     level_two: "成本指标".into(), name: "网络维护费用".into(),
///     initial_target: Some("=32万元".into()), adjusted_target: Some("=32万元".into()),
///     actual: Some("=7.8万元".into()), weight: "10".into(), score: Some("2.44".into()),
///     ..RawIndicator::example()
/// };
/// let s = score_indicator(&Indicator::try_from(raw)?, &p);
/// assert_eq!(s.computed, Computed::Exact(Decimal::new(244, 2)));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn score_indicator(indicator: &Indicator, params: &ScoringParameters) -> IndicatorScore {
    let weight = indicator.weight();
    let (method, computed, basis) = formula(indicator, params);
    IndicatorScore {
        weight,
        stated: indicator.score(),
        method,
        computed,
        basis,
    }
}

fn formula(indicator: &Indicator, params: &ScoringParameters) -> (Method, Computed, Basis) {
    let weight = indicator.weight();
    let not = |why: Unscorable| (Method::None, Computed::NotComputable(why), Basis::None);
    let Some(target) = indicator.target() else {
        return not(Unscorable::NoTarget);
    };
    let Some(actual) = indicator.actual() else {
        return not(Unscorable::NoActual);
    };
    match (target.quantity(), actual.quantity()) {
        (Some(t), Some(a)) => {
            let Some((tv, av)) = t.comparable_values(a) else {
                return not(Unscorable::UnitsDiffer {
                    target: *t,
                    actual: *a,
                });
            };
            if t.is_negative() || a.is_negative() {
                return not(Unscorable::NegativeValue);
            }
            let reverse = t.comparator().is_some_and(Comparator::is_reverse)
                || (t.comparator() == Some(Comparator::Equal) && !params.equal_is_forward.value);
            quantitative(weight, (*t, tv), (*a, av), reverse, params)
        }
        (_, None) => qualitative(weight, target, actual, params),
        (None, Some(a)) => not(Unscorable::QualitativeTarget { actual: *a }),
    }
}

/// `weight × numerator / denominator`, unrounded (0 when it cannot be computed).
fn ratio(weight: Decimal, numerator: Decimal, denominator: Decimal) -> Decimal {
    weight
        .checked_mul(numerator)
        .and_then(|v| v.checked_div(denominator))
        .unwrap_or_default()
}

fn quantitative(
    weight: Decimal,
    (target, target_value): (Quantity, Decimal),
    (actual, actual_value): (Quantity, Decimal),
    reverse: bool,
    params: &ScoringParameters,
) -> (Method, Computed, Basis) {
    let method = if reverse {
        Method::Reverse
    } else {
        Method::Forward
    };
    let met = if reverse {
        actual_value <= target_value
    } else {
        actual_value >= target_value
    };
    if met {
        return (
            method,
            Computed::Exact(weight),
            Basis::Met { target, actual },
        );
    }
    // Not met: forward has actual < target (so target > 0); reverse has actual > target ≥ 0
    // (so actual > 0). The ratio is below one.
    let (numerator, denominator) = if reverse {
        (target_value, actual_value)
    } else {
        (actual_value, target_value)
    };
    let score = rounded_ratio(weight, numerator, denominator, params.score_decimals.value)
        .unwrap_or_else(|| params.round(ratio(weight, numerator, denominator)));
    (
        method,
        Computed::Exact(score),
        Basis::Ratio {
            target,
            actual,
            numerator,
            denominator,
        },
    )
}

pub(super) fn qualitative(
    weight: Decimal,
    target: &TargetValue,
    actual: &TargetValue,
    params: &ScoringParameters,
) -> (Method, Computed, Basis) {
    let Some(attainment) = actual.attainment_of(target) else {
        return (
            Method::None,
            Computed::NotComputable(Unscorable::NoAttainment),
            Basis::None,
        );
    };
    let (lo_percent, hi_percent) = params.qualitative.value.band(attainment);
    let part = |pct: Decimal| {
        weight
            .checked_mul(pct)
            .and_then(hundredth)
            .map(|v| params.round(v).normalize())
            .unwrap_or_default()
    };
    (
        Method::Qualitative,
        Computed::Range {
            lo: part(lo_percent),
            hi: part(hi_percent),
        },
        Basis::Band {
            attainment,
            lo_percent,
            hi_percent,
        },
    )
}
