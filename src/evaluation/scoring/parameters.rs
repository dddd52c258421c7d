//! The dated parameters of the scoring formula, each with its source and confidence.

use core::fmt;
use rust_decimal::Decimal;

use crate::evaluation::EvaluationError;
use crate::evaluation::grade::GradeScheme;
use crate::evaluation::indicator::LevelOne;
use crate::evaluation::parse::SCORE_DECIMALS;
use crate::evaluation::target::Attainment;
use crate::money::round_half_away;

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
    pub(super) value: T,
    pub(super) source: Source,
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
    pub(super) applies_from: u16,
    pub(super) rate_definition: Source,
    pub(super) execution_weight: Sourced<Decimal>,
    pub(super) cap_at_full_execution: Sourced<bool>,
    pub(super) split: Sourced<WeightSplit>,
    pub(super) equal_is_forward: Sourced<bool>,
    pub(super) reverse_formula: Sourced<ReverseFormula>,
    pub(super) qualitative: Sourced<QualitativeTiers>,
    pub(super) grades: Sourced<GradeScheme>,
    pub(super) score_decimals: Sourced<u32>,
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

    pub(super) fn round(&self, value: Decimal) -> Decimal {
        if value.scale() <= self.score_decimals.value {
            // Nothing to round (the common case of whole weights and percentages).
            return value;
        }
        round_half_away(value, self.score_decimals.value)
    }
}
