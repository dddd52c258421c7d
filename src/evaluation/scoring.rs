//! The scoring formula of a self-evaluation form, its dated parameters and the trace that
//! explains every computed score.

use core::fmt;

use rust_decimal::Decimal;

use super::EvaluationError;
use super::figures::SCORE_DECIMALS;
use super::form::Form;
use super::grade::{Grade, GradeScheme};
use super::indicator::{Indicator, LevelOne};
use super::target::{Attainment, Comparator, Quantity, TargetValue};
use crate::money::{Amount, Percent, round_half_away};

/// How sure we are of a parameter, with the marks of the domain notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumIter)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub enum Confidence {
    /// \[P\]: shown directly by an official page or form.
    #[strum(serialize = "[P]")]
    Primary,
    /// \[S\]: several independent secondary sources agree.
    #[strum(serialize = "[S]")]
    Secondary,
    /// \[D\]: follows arithmetically from the template.
    #[strum(serialize = "[D]")]
    Derived,
    /// \[V\]: seen in vendor or checker code only.
    #[strum(serialize = "[V]")]
    Vendor,
    /// \[U\]: unconfirmed.
    #[strum(serialize = "[U]")]
    Unconfirmed,
}

/// Where a parameter comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Source {
    /// The text it comes from, as precisely as known.
    pub citation: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.confidence, self.citation)
    }
}

/// A parameter value with its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    value: T,
    source: Source,
}

impl<T> Sourced<T> {
    /// A value with the source it comes from.
    pub fn new(value: T, source: Source) -> Sourced<T> {
        Sourced { value, source }
    }

    /// The value.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// Its source.
    pub fn source(&self) -> Source {
        self.source
    }
}

/// The default split of the 100 points: 执行率, 产出, 效益, 满意度 (1:5:3:1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WeightSplit {
    /// Points of the execution rate (执行率).
    pub execution: Decimal,
    /// Points of 产出指标 (成本 included when it sits under 产出).
    pub output: Decimal,
    /// Points of 效益指标.
    pub effect: Decimal,
    /// Points of 满意度指标.
    pub satisfaction: Decimal,
}

impl WeightSplit {
    /// The points of a first-level kind (成本 as a first-level kind has no default share:
    /// `None`).
    #[must_use]
    pub fn of(&self, level: LevelOne) -> Option<Decimal> {
        match level {
            LevelOne::Output => Some(self.output),
            LevelOne::Effect => Some(self.effect),
            LevelOne::Satisfaction => Some(self.satisfaction),
            LevelOne::Cost => None,
        }
    }
}

/// The percentage bands of the weight a qualitative indicator earns per attainment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QualitativeTiers {
    /// 达成年度指标: `[lo, hi]` percent of the weight (80–100, 80 included).
    pub achieved: (Decimal, Decimal),
    /// 部分达成并具有一定效果 (60–80).
    pub partial: (Decimal, Decimal),
    /// 未达成且效果较差 (0–60).
    pub not_achieved: (Decimal, Decimal),
}

impl QualitativeTiers {
    /// The band of an attainment, in percent of the weight.
    #[must_use]
    pub fn band(&self, attainment: Attainment) -> (Decimal, Decimal) {
        match attainment {
            Attainment::Achieved => self.achieved,
            Attainment::Partial => self.partial,
            Attainment::NotAchieved => self.not_achieved,
        }
    }
}

/// How a reverse (`≤`, `<`) indicator that misses its target is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display)]
#[non_exhaustive]
pub enum ReverseFormula {
    /// `weight × target / actual`.
    #[strum(serialize = "weight × target / actual")]
    Ratio,
}

/// The scoring parameters in force from a given year, each with its source.
///
/// Like OpenFisca's dated parameters: [`ScoringParameters::for_year`] picks the set that
/// applies to a report year. Where the domain notes mark a rule \[V\] or \[U\], it is a
/// parameter here with a documented default, never a constant.
///
/// ```
/// use final_accounts::evaluation::{Confidence, ScoringParameters};
/// use rust_decimal::Decimal;
/// let p = ScoringParameters::for_year(2023)?;
/// assert_eq!(p.applies_from(), 2020);
/// assert_eq!(*p.execution_weight().value(), Decimal::from(10));
/// assert_eq!(p.rate_definition().confidence, Confidence::Primary);
/// for (name, source) in p.sources() {
///     assert!(!source.citation.is_empty(), "{name} cites its source");
/// }
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoringParameters {
    applies_from: u16,
    rate_definition: Source,
    execution_weight: Sourced<Decimal>,
    cap_at_full_execution: Sourced<bool>,
    split: Sourced<WeightSplit>,
    equal_is_forward: Sourced<bool>,
    reverse_formula: Sourced<ReverseFormula>,
    qualitative: Sourced<QualitativeTiers>,
    grades: Sourced<GradeScheme>,
    score_decimals: Sourced<u32>,
}

const BASELINE_2020: &str = "财政部《项目支出绩效评价管理办法》(财预〔2020〕10号) and the 2020 self-evaluation template, as summarised by secondary sources (DOMAIN.md §6)";

impl ScoringParameters {
    /// Every parameter set, oldest first.
    #[must_use]
    pub fn history() -> Vec<ScoringParameters> {
        vec![Self::baseline_2020()]
    }

    /// The set in force for `year`: the latest whose first year is not after it.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::NoParameters`] before the first set applies.
    pub fn for_year(year: u16) -> Result<ScoringParameters, EvaluationError> {
        let history = Self::history();
        let earliest = history.first().map_or(0, |p| p.applies_from);
        history
            .into_iter()
            .rev()
            .find(|p| p.applies_from <= year)
            .ok_or(EvaluationError::NoParameters { year, earliest })
    }

    fn baseline_2020() -> ScoringParameters {
        let s = |confidence, citation| Source {
            citation,
            confidence,
        };
        ScoringParameters {
            applies_from: 2020,
            rate_definition: s(
                Confidence::Primary,
                "note 4 of the form (备注): “执行率”是执行数与“全年预算数”相比较; note 2: 全年预算数 is the adjusted budget",
            ),
            execution_weight: Sourced::new(
                Decimal::from(10),
                s(Confidence::Secondary, BASELINE_2020),
            ),
            cap_at_full_execution: Sourced::new(
                true,
                s(
                    Confidence::Secondary,
                    "得分 = min(执行率, 100%) × 分值 (secondary sources; the cap is not confirmed by a primary text, so execution above 100 % is also flagged)",
                ),
            ),
            split: Sourced::new(
                WeightSplit {
                    execution: Decimal::from(10),
                    output: Decimal::from(50),
                    effect: Decimal::from(30),
                    satisfaction: Decimal::from(10),
                },
                s(Confidence::Secondary, BASELINE_2020),
            ),
            equal_is_forward: Sourced::new(
                true,
                s(
                    Confidence::Secondary,
                    "`=` targets are scored like `≥` in practice (secondary sources, and the spec's form Z网络运维服务费: 7.8 / 32 × 10 = 2.44)",
                ),
            ),
            reverse_formula: Sourced::new(
                ReverseFormula::Ratio,
                s(
                    Confidence::Secondary,
                    "reverse indicators missing their target earn weight × target / actual (a linear-penalty variant exists in vendor code, [V])",
                ),
            ),
            qualitative: Sourced::new(
                QualitativeTiers {
                    achieved: (Decimal::from(80), Decimal::ONE_HUNDRED),
                    partial: (Decimal::from(60), Decimal::from(80)),
                    not_achieved: (Decimal::ZERO, Decimal::from(60)),
                },
                s(Confidence::Secondary, BASELINE_2020),
            ),
            grades: Sourced::new(
                GradeScheme::standard(),
                s(
                    Confidence::Secondary,
                    "优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差, lower bounds included (财预〔2020〕10号 practice; an 80/70/60 scheme exists in vendor code, [V])",
                ),
            ),
            score_decimals: Sourced::new(
                SCORE_DECIMALS,
                s(
                    Confidence::Vendor,
                    "scores are rounded half away from zero (四舍五入) to 2 decimals, as the forms print them",
                ),
            ),
        }
    }

    /// The same parameters with another grade scheme (e.g. [`GradeScheme::pass_fail`]).
    #[must_use]
    pub fn with_grade_scheme(mut self, scheme: GradeScheme, source: Source) -> ScoringParameters {
        self.grades = Sourced::new(scheme, source);
        self
    }

    /// The same parameters without (or with) the 100 % cap on the execution rate.
    #[must_use]
    pub fn with_cap(mut self, cap: bool, source: Source) -> ScoringParameters {
        self.cap_at_full_execution = Sourced::new(cap, source);
        self
    }

    /// The first year this set applies to.
    #[must_use]
    pub fn applies_from(&self) -> u16 {
        self.applies_from
    }

    /// The definition of 执行率 (全年执行数 / 全年预算数).
    #[must_use]
    pub fn rate_definition(&self) -> Source {
        self.rate_definition
    }

    /// 分值 of the execution rate (10).
    #[must_use]
    pub fn execution_weight(&self) -> &Sourced<Decimal> {
        &self.execution_weight
    }

    /// Whether the execution rate is capped at 100 % in its score.
    #[must_use]
    pub fn cap_at_full_execution(&self) -> &Sourced<bool> {
        &self.cap_at_full_execution
    }

    /// The default split of the 100 points.
    #[must_use]
    pub fn split(&self) -> &Sourced<WeightSplit> {
        &self.split
    }

    /// Whether `=` targets are scored forward.
    #[must_use]
    pub fn equal_is_forward(&self) -> &Sourced<bool> {
        &self.equal_is_forward
    }

    /// The reverse formula.
    #[must_use]
    pub fn reverse_formula(&self) -> &Sourced<ReverseFormula> {
        &self.reverse_formula
    }

    /// The qualitative tiers.
    #[must_use]
    pub fn qualitative(&self) -> &Sourced<QualitativeTiers> {
        &self.qualitative
    }

    /// The grade bands.
    #[must_use]
    pub fn grades(&self) -> &Sourced<GradeScheme> {
        &self.grades
    }

    /// Decimals computed scores are rounded to (half away from zero).
    #[must_use]
    pub fn score_decimals(&self) -> &Sourced<u32> {
        &self.score_decimals
    }

    /// Every parameter's name and source.
    #[must_use]
    pub fn sources(&self) -> Vec<(&'static str, Source)> {
        vec![
            ("执行率", self.rate_definition),
            ("执行率分值", self.execution_weight.source),
            ("执行率封顶", self.cap_at_full_execution.source),
            ("权重分配", self.split.source),
            ("等于型指标", self.equal_is_forward.source),
            ("反向指标", self.reverse_formula.source),
            ("定性指标", self.qualitative.source),
            ("等级", self.grades.source),
            ("舍入", self.score_decimals.source),
        ]
    }

    fn round(&self, value: Decimal) -> Decimal {
        if value.scale() <= self.score_decimals.value {
            // Nothing to round (the common case of whole weights and percentages).
            return value;
        }
        round_half_away(value, self.score_decimals.value)
    }
}

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

fn qualitative(
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
