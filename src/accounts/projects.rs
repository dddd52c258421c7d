//! A project's accounts for its performance self-evaluation form (项目支出绩效自评表): the
//! funding by source in exact 元, the indicators with their targets and actual values, and the
//! texts, as the unit knows them. [`compile`](crate::compile) prints the form from them.

use rust_decimal::Decimal;

use crate::evaluation::{
    AnalysisItem, Comparator, Computed, EvaluationError, Indicator, LevelOne, LevelTwo, OrgUnit,
    RawIndicator, ScoringParameters, TargetValue, score_indicator,
};
use crate::money::{Amount, MoneyError};

/// The least 全年预算数 a source row may have, in 元: one printed unit of a form (0.001 万元).
/// A smaller budget prints as 0, and a form's 执行率 has no base then.
const LEAST_BUDGET_YUAN: i64 = 10;

/// The label of the derived total row; never the label of a source.
const TOTAL_LABEL: &str = "资金总额";

/// One source of a project's funds (财政拨款, 市县区财政资金, 其他资金 …) in exact 元: a row of
/// the form's funding block. The 资金总额 row is the sum of the sources, derived when the form
/// is compiled, never given.
///
/// ```
/// use final_accounts::accounts::FundingSource;
/// use final_accounts::money::Amount;
/// use rust_decimal::Decimal;
/// let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
/// let source = FundingSource::new("市县区财政资金", yuan(105_000)?, yuan(105_000)?, yuan(80_070)?);
/// assert_eq!(source.balance()?.yuan(), Decimal::from(24_930));
/// # Ok::<(), final_accounts::money::MoneyError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingSource {
    label: String,
    initial_budget: Amount,
    annual_budget: Amount,
    executed: Amount,
}

impl FundingSource {
    /// A source with its label, 年初预算数, 全年预算数 (the adjusted budget, the base of the
    /// 执行率) and 全年执行数.
    #[must_use]
    pub fn new(
        label: impl Into<String>,
        initial_budget: Amount,
        annual_budget: Amount,
        executed: Amount,
    ) -> FundingSource {
        FundingSource {
            label: label.into().trim().to_owned(),
            initial_budget,
            annual_budget,
            executed,
        }
    }

    /// The label (资金来源).
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// 年初预算数.
    #[must_use]
    pub fn initial_budget(&self) -> Amount {
        self.initial_budget
    }

    /// 全年预算数.
    #[must_use]
    pub fn annual_budget(&self) -> Amount {
        self.annual_budget
    }

    /// 全年执行数.
    #[must_use]
    pub fn executed(&self) -> Amount {
        self.executed
    }

    /// 资金结(转)余 = 全年预算数 − 全年执行数 (negative when the source is over-executed).
    ///
    /// # Errors
    ///
    /// [`MoneyError`] when the difference leaves the supported range.
    pub fn balance(&self) -> Result<Amount, MoneyError> {
        self.annual_budget.checked_sub(self.executed)
    }
}

/// One indicator of a project (三级指标 under its 一级 and 二级 kinds): its target, actual value
/// and weight (分值), and, for an indicator the formula leaves to judgment (a qualitative one:
/// 及时, 促进 …), the score the unit judges within the band of its attainment.
///
/// A quantitative indicator (`≥95%`, `=2人`, `≤5万元` against a number) is scored by the
/// formula of the report year ([`score_indicator`]); a judged score for it is refused unless
/// the formula gives the same. A qualitative indicator's attainment is what its actual value
/// says, read as the audit reads it (the target word itself or 达成预期指标: 达成; 部分…:
/// 部分达成; 未…: 未达成), and its judged score must lie in that attainment's band.
///
/// ```
/// use final_accounts::accounts::IndicatorAccounts;
/// use final_accounts::evaluation::{LevelOne, LevelTwo};
/// use rust_decimal::Decimal;
/// let count = IndicatorAccounts::new(
///     LevelOne::Output, LevelTwo::Quantity, "鉴定人数", "≥1000人".parse()?, "=1200人".parse()?,
///     Decimal::from(20),
/// );
/// let timely = IndicatorAccounts::new(
///     LevelOne::Output, LevelTwo::Timeliness, "鉴定及时性", "及时".parse()?, "达成预期指标".parse()?,
///     Decimal::from(10),
/// )
/// .with_judged_score(Decimal::from(9));
/// assert_eq!(timely.judged_score(), Some(Decimal::from(9)));
/// assert_eq!(count.path(), "产出指标/数量指标/鉴定人数");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorAccounts {
    level_one: LevelOne,
    level_two: LevelTwo,
    name: String,
    initial_target: Option<TargetValue>,
    target: TargetValue,
    actual: TargetValue,
    weight: Decimal,
    judged: Option<Decimal>,
    deviation: Option<String>,
}

impl IndicatorAccounts {
    /// An indicator with its kinds, name, target (调整后指标值, also printed as 年初指标值
    /// unless [`with_initial_target`](Self::with_initial_target) says otherwise), actual value
    /// (实际完成值) and weight (分值).
    #[must_use]
    pub fn new(
        level_one: LevelOne,
        level_two: LevelTwo,
        name: impl Into<String>,
        target: TargetValue,
        actual: TargetValue,
        weight: Decimal,
    ) -> IndicatorAccounts {
        IndicatorAccounts {
            level_one,
            level_two,
            name: name.into().trim().to_owned(),
            initial_target: None,
            target,
            actual,
            weight,
            judged: None,
            deviation: None,
        }
    }

    /// With a 年初指标值 other than the target (the target was adjusted during the year).
    #[must_use]
    pub fn with_initial_target(mut self, initial: TargetValue) -> IndicatorAccounts {
        self.initial_target = Some(initial);
        self
    }

    /// With the score the unit judges (qualitative indicators).
    #[must_use]
    pub fn with_judged_score(mut self, score: Decimal) -> IndicatorAccounts {
        self.judged = Some(score);
        self
    }

    /// With a 偏差原因分析及改进措施 text.
    #[must_use]
    pub fn with_deviation(mut self, text: impl Into<String>) -> IndicatorAccounts {
        self.deviation = Some(text.into());
        self
    }

    /// 一级指标.
    #[must_use]
    pub fn level_one(&self) -> LevelOne {
        self.level_one
    }

    /// 二级指标.
    #[must_use]
    pub fn level_two(&self) -> LevelTwo {
        self.level_two
    }

    /// 三级指标: the indicator's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// 年初指标值: the target unless another was given.
    #[must_use]
    pub fn initial_target(&self) -> &TargetValue {
        self.initial_target.as_ref().unwrap_or(&self.target)
    }

    /// 调整后指标值: the target scored against.
    #[must_use]
    pub fn target(&self) -> &TargetValue {
        &self.target
    }

    /// 实际完成值.
    #[must_use]
    pub fn actual(&self) -> &TargetValue {
        &self.actual
    }

    /// 分值.
    #[must_use]
    pub fn weight(&self) -> Decimal {
        self.weight
    }

    /// The judged score, when given.
    #[must_use]
    pub fn judged_score(&self) -> Option<Decimal> {
        self.judged
    }

    /// 偏差原因分析及改进措施, when given.
    #[must_use]
    pub fn deviation(&self) -> Option<&str> {
        self.deviation.as_deref()
    }

    /// The path `一级/二级/三级` naming the indicator in errors and reports.
    #[must_use]
    pub fn path(&self) -> String {
        format!("{}/{}/{}", self.level_one, self.level_two, self.name)
    }

    /// The indicator as a form prints it, with `score` as its 得分.
    ///
    /// # Errors
    ///
    /// [`EvaluationError`] when the form's own validation refuses it (an empty name, a weight
    /// or score with more than two decimals).
    pub fn to_indicator(&self, score: Option<Decimal>) -> Result<Indicator, EvaluationError> {
        Indicator::new(RawIndicator {
            level_one: self.level_one.to_string(),
            level_two: self.level_two.to_string(),
            name: self.name.clone(),
            initial_target: Some(self.initial_target().printed().to_owned()),
            adjusted_target: Some(self.target.printed().to_owned()),
            actual: Some(self.actual.printed().to_owned()),
            weight: self.weight.to_string(),
            score: score.map(|s| s.to_string()),
            deviation: self.deviation.clone(),
        })
    }

    /// The score the form prints: the formula's for a quantitative indicator, the judged one
    /// (checked against its band) for a qualitative one.
    ///
    /// # Errors
    ///
    /// The [`ProjectError`] that [`ProjectAccounts::validate`] reports for this indicator.
    pub fn score(&self, params: &ScoringParameters) -> Result<Decimal, ProjectError> {
        let indicator = || self.path();
        if self.weight <= Decimal::ZERO
            || self.weight > Decimal::ONE_HUNDRED
            || self.weight.scale() > 2
        {
            return Err(ProjectError::Weight {
                indicator: indicator(),
                weight: self.weight,
            });
        }
        if self.level_one != LevelOne::Cost && self.level_two.usual_parent() != self.level_one {
            return Err(ProjectError::Level {
                indicator: indicator(),
                level_two: self.level_two,
                usual: self.level_two.usual_parent(),
            });
        }
        for target in [self.initial_target(), &self.target] {
            if let Some(q) = target.quantity() {
                let reason = match q.comparator() {
                    Some(Comparator::Below) if q.value().is_zero() => {
                        Some("can never be met: an actual value is never below 0")
                    }
                    Some(Comparator::AtLeast) if q.value().is_zero() => {
                        Some("is met by every value: the comparator or the number is a slip")
                    }
                    _ => None,
                };
                if let Some(reason) = reason {
                    return Err(ProjectError::Target {
                        indicator: indicator(),
                        target: target.printed().to_owned(),
                        reason,
                    });
                }
            }
        }
        if let Some(judged) = self.judged
            && (judged.scale() > 2 || judged.is_sign_negative())
        {
            return Err(ProjectError::Score {
                indicator: indicator(),
                score: judged,
            });
        }
        let built = self.to_indicator(None)?;
        match score_indicator(&built, params).computed {
            Computed::Exact(formula) => match self.judged {
                Some(judged) if judged != formula => Err(ProjectError::JudgedQuantitative {
                    indicator: indicator(),
                    judged,
                    formula,
                }),
                _ => Ok(formula),
            },
            Computed::Range { lo, hi } => match self.judged {
                None => Err(ProjectError::MissingJudgement {
                    indicator: indicator(),
                    lo,
                    hi,
                }),
                Some(judged) if judged < lo || judged > hi => Err(ProjectError::OutsideBand {
                    indicator: indicator(),
                    judged,
                    lo,
                    hi,
                }),
                Some(judged) => Ok(judged),
            },
            Computed::NotComputable(why) => Err(ProjectError::Unscorable {
                indicator: indicator(),
                reason: why.to_string(),
            }),
        }
    }
}

/// A project's accounts: what its self-evaluation form (项目支出绩效自评表) is compiled from.
///
/// Amounts are exact 元 by source of funds; the indicators carry their targets, actual values
/// and weights (and, for qualitative ones, the judged score); the texts are the unit's. Checked
/// by [`validate`](Self::validate) against the scoring parameters of the report year, which
/// [`Accounts::with_projects`](super::Accounts::with_projects) calls:
///
/// * a project name, at least one source and one indicator;
/// * each source labelled, once, and not 资金总额 (the total row is derived); no negative
///   amount; a 全年预算数 of at least 0.001 万元 (10 元), so that the form's 执行率 has a base;
/// * the weights: each above 0 and at most 100 with at most two decimals, summing to 100 with
///   the execution rate's weight (10); each 二级 kind under its usual 一级 kind (成本 may be a
///   first-level kind);
/// * every indicator scorable: a quantitative one by the formula (comparable units, no negative
///   value, no target that no value or every value meets), a qualitative one by a judged
///   score within the band of its attainment.
///
/// Execution above the budget (全年执行数 > 全年预算数) is accepted: it happens, and a form must
/// be able to show it. Its 执行率 is above 100 %, its score is capped at the weight (a
/// parameter of the year), and the audit reports it (`eval.over-execution`, a warning): what a
/// reader of the form should see, not an inconsistency.
///
/// ```
/// use final_accounts::accounts::{FundingSource, IndicatorAccounts, ProjectAccounts};
/// use final_accounts::evaluation::{LevelOne, LevelTwo, ScoringParameters};
/// use final_accounts::money::Amount;
/// use rust_decimal::Decimal;
/// let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
/// let w = Decimal::from;
/// let project = ProjectAccounts::new("仲裁委业务费", "121-大同市人力资源和社会保障局[部门]".parse()?,
///         "121001-大同市人力资源和社会保障局".parse()?)
///     .with_source(FundingSource::new("市县区财政资金", yuan(70_000)?, yuan(70_000)?, yuan(39_400)?))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Output, LevelTwo::Quantity, "召开仲裁委员会次数",
///         "=2次".parse()?, "=2次".parse()?, w(50)))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Effect, LevelTwo::SocialBenefit, "维护劳动者合法权益",
///         "维护".parse()?, "达成预期指标".parse()?, w(30)).with_judged_score(w(30)))
///     .with_indicator(IndicatorAccounts::new(LevelOne::Satisfaction, LevelTwo::BeneficiarySatisfaction,
///         "仲裁对象满意度", "≥90%".parse()?, "=93%".parse()?, w(10)));
/// project.validate(&ScoringParameters::for_year(2023)?)?;
///
/// // A judged score outside the band of 达成 (80–100 % of 30) is refused, naming both.
/// let [output, effect, satisfaction] = project.indicators() else { unreachable!() };
/// let slipped = project.clone().with_indicators(vec![
///     output.clone(), effect.clone().with_judged_score(w(20)), satisfaction.clone(),
/// ]);
/// let err = slipped.validate(&ScoringParameters::for_year(2023)?).unwrap_err();
/// assert!(err.to_string().contains("20") && err.to_string().contains("24"), "{err}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "serde_repr::ProjectRepr", into = "serde_repr::ProjectRepr")
)]
pub struct ProjectAccounts {
    name: String,
    department: OrgUnit,
    budget_unit: OrgUnit,
    sources: Vec<FundingSource>,
    goal: Option<String>,
    achievement: Option<String>,
    indicators: Vec<IndicatorAccounts>,
    analysis: Vec<AnalysisItem>,
}

impl ProjectAccounts {
    /// A project of `department` (主管部门) carried out by `budget_unit` (预算单位), without
    /// funds, indicators or texts yet: add them with the `with_` methods.
    #[must_use]
    pub fn new(name: impl Into<String>, department: OrgUnit, budget_unit: OrgUnit) -> Self {
        ProjectAccounts {
            name: name.into().trim().to_owned(),
            department,
            budget_unit,
            sources: Vec::new(),
            goal: None,
            achievement: None,
            indicators: Vec::new(),
            analysis: Vec::new(),
        }
    }

    /// With one more source of funds (a row of the funding block, in printed order).
    #[must_use]
    pub fn with_source(mut self, source: FundingSource) -> Self {
        self.sources.push(source);
        self
    }

    /// With one more indicator (in printed order).
    #[must_use]
    pub fn with_indicator(mut self, indicator: IndicatorAccounts) -> Self {
        self.indicators.push(indicator);
        self
    }

    /// With these indicators instead of the ones given so far.
    #[must_use]
    pub fn with_indicators(mut self, indicators: Vec<IndicatorAccounts>) -> Self {
        self.indicators = indicators;
        self
    }

    /// With the 年度目标 text.
    #[must_use]
    pub fn with_goal(mut self, text: impl Into<String>) -> Self {
        self.goal = Some(text.into());
        self
    }

    /// With the 实际完成情况 text.
    #[must_use]
    pub fn with_achievement(mut self, text: impl Into<String>) -> Self {
        self.achievement = Some(text.into());
        self
    }

    /// With one more item of the analysis (项目绩效分析: 项目实施和预算执行情况, 产出情况 …).
    ///
    /// The text is the unit's draft. A figure it gives as the 执行率, the money spent or the
    /// budget (the words of [`AnalysisSubject`](crate::evaluation::AnalysisSubject)) that the
    /// printed form does not allow is replaced by the printed figure when the form is
    /// compiled, so that the form states one 执行率.
    #[must_use]
    pub fn with_analysis(mut self, label: impl Into<String>, text: impl Into<String>) -> Self {
        self.analysis.push(AnalysisItem {
            label: label.into(),
            text: text.into(),
        });
        self
    }

    /// The project name (项目名称).
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// 主管部门.
    #[must_use]
    pub fn department(&self) -> &OrgUnit {
        &self.department
    }

    /// 预算单位.
    #[must_use]
    pub fn budget_unit(&self) -> &OrgUnit {
        &self.budget_unit
    }

    /// The sources of funds, in printed order.
    #[must_use]
    pub fn sources(&self) -> &[FundingSource] {
        &self.sources
    }

    /// The indicators, in printed order.
    #[must_use]
    pub fn indicators(&self) -> &[IndicatorAccounts] {
        &self.indicators
    }

    /// 年度目标.
    #[must_use]
    pub fn goal(&self) -> Option<&str> {
        self.goal.as_deref()
    }

    /// 实际完成情况.
    #[must_use]
    pub fn achievement(&self) -> Option<&str> {
        self.achievement.as_deref()
    }

    /// The analysis items, in printed order.
    #[must_use]
    pub fn analysis(&self) -> &[AnalysisItem] {
        &self.analysis
    }

    /// Σ 全年预算数 and Σ 全年执行数 over the sources: the exact figures of the 资金总额 row.
    ///
    /// # Errors
    ///
    /// [`MoneyError`] when a sum leaves the supported range.
    pub fn totals(&self) -> Result<(Amount, Amount), MoneyError> {
        Ok((
            Amount::checked_sum(self.sources.iter().map(|s| s.annual_budget))?,
            Amount::checked_sum(self.sources.iter().map(|s| s.executed))?,
        ))
    }

    /// Checks the project against the scoring parameters of its report year (see the type's
    /// documentation for the list).
    ///
    /// # Errors
    ///
    /// The first [`ProjectError`] found, naming the row or indicator and the figures.
    pub fn validate(&self, params: &ScoringParameters) -> Result<(), ProjectError> {
        self.scores(params).map(|_| ())
    }

    /// The score of each indicator, in order, as the form prints them (see
    /// [`IndicatorAccounts::score`]), once the project is checked.
    ///
    /// # Errors
    ///
    /// As [`validate`](Self::validate).
    pub fn scores(&self, params: &ScoringParameters) -> Result<Vec<Decimal>, ProjectError> {
        if self.name.is_empty() {
            return Err(ProjectError::Empty {
                what: "项目名称"
            });
        }
        if self.sources.is_empty() {
            return Err(ProjectError::NoSource);
        }
        for (index, source) in self.sources.iter().enumerate() {
            let label = source.label.clone();
            if label.is_empty() {
                return Err(ProjectError::Empty {
                    what: "资金来源"
                });
            }
            if label.trim_end_matches([':', '：']).trim() == TOTAL_LABEL {
                return Err(ProjectError::TotalGiven { label });
            }
            if self.sources.iter().take(index).any(|s| s.label == label) {
                return Err(ProjectError::DuplicateSource { label });
            }
            for (what, amount) in [
                ("年初预算数", source.initial_budget),
                ("全年预算数", source.annual_budget),
                ("全年执行数", source.executed),
            ] {
                if amount.is_negative() {
                    return Err(ProjectError::Negative {
                        label,
                        what,
                        yuan: amount.yuan(),
                    });
                }
            }
            if source.annual_budget.yuan() < Decimal::from(LEAST_BUDGET_YUAN) {
                return Err(ProjectError::BudgetTooSmall {
                    label,
                    yuan: source.annual_budget.yuan(),
                });
            }
            source.balance()?;
        }
        self.totals()?;
        if self.indicators.is_empty() {
            return Err(ProjectError::NoIndicator);
        }
        for (index, indicator) in self.indicators.iter().enumerate() {
            if indicator.name.is_empty() {
                return Err(ProjectError::Empty {
                    what: "三级指标"
                });
            }
            if self
                .indicators
                .iter()
                .take(index)
                .any(|i| i.path() == indicator.path())
            {
                return Err(ProjectError::DuplicateIndicator {
                    indicator: indicator.path(),
                });
            }
        }
        let scores = self
            .indicators
            .iter()
            .map(|i| i.score(params))
            .collect::<Result<Vec<_>, _>>()?;
        let execution = *params.execution_weight().value();
        let sum = self
            .indicators
            .iter()
            .try_fold(execution, |acc, i| acc.checked_add(i.weight))
            .unwrap_or(Decimal::MAX);
        if sum != Decimal::ONE_HUNDRED {
            return Err(ProjectError::WeightsSum { sum, execution });
        }
        Ok(scores)
    }
}

/// Why a project's accounts cannot be compiled into a form; each names the row or indicator
/// and the figures involved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProjectError {
    /// A name or label is empty.
    #[error("the {what} is empty")]
    Empty {
        /// What is empty (项目名称, 资金来源, 三级指标).
        what: &'static str,
    },
    /// No source of funds.
    #[error("no source of funds: give at least one (the 资金总额 row is their sum)")]
    NoSource,
    /// A source labelled as the total.
    #[error("funding row “{label}”: the 资金总额 row is the sum of the sources, never given")]
    TotalGiven {
        /// The label given.
        label: String,
    },
    /// Two sources with one label.
    #[error("funding row “{label}” is given twice")]
    DuplicateSource {
        /// The label.
        label: String,
    },
    /// A negative amount.
    #[error("{what} of funding row “{label}” is negative ({yuan} 元)")]
    Negative {
        /// The source.
        label: String,
        /// Which amount.
        what: &'static str,
        /// The amount, in 元.
        yuan: Decimal,
    },
    /// A 全年预算数 that prints as 0.
    #[error(
        "全年预算数 of funding row “{label}” is {yuan} 元, below 0.001 万元 (10 元), the least \
         a form prints: its 执行率 would have no base"
    )]
    BudgetTooSmall {
        /// The source.
        label: String,
        /// The budget, in 元.
        yuan: Decimal,
    },
    /// No indicator.
    #[error("no indicator: a form scores at least one")]
    NoIndicator,
    /// Two indicators with one path.
    #[error("indicator {indicator} is given twice")]
    DuplicateIndicator {
        /// The indicator (一级/二级/三级).
        indicator: String,
    },
    /// A weight out of range.
    #[error(
        "indicator {indicator}: 分值 {weight} is not above 0 and at most 100 with at most two decimals"
    )]
    Weight {
        /// The indicator.
        indicator: String,
        /// The weight.
        weight: Decimal,
    },
    /// The weights do not sum to 100.
    #[error(
        "the weights sum to {sum} with the execution rate's {execution}, not 100: 执行率 \
         {execution} + Σ 分值 must be 100"
    )]
    WeightsSum {
        /// Σ weights, the execution rate's included.
        sum: Decimal,
        /// The execution rate's weight.
        execution: Decimal,
    },
    /// A 二级 kind under another 一级 kind than its own.
    #[error("indicator {indicator}: {level_two} belongs under {usual}")]
    Level {
        /// The indicator.
        indicator: String,
        /// The 二级 kind.
        level_two: LevelTwo,
        /// The 一级 kind it belongs under.
        usual: LevelOne,
    },
    /// A target no value or every value meets.
    #[error("indicator {indicator}: target {target} {reason}")]
    Target {
        /// The indicator.
        indicator: String,
        /// The target as written.
        target: String,
        /// Why it is refused.
        reason: &'static str,
    },
    /// A judged score that is negative or has more than two decimals.
    #[error(
        "indicator {indicator}: the judged score {score} is not a number ≥ 0 with at most two decimals"
    )]
    Score {
        /// The indicator.
        indicator: String,
        /// The score given.
        score: Decimal,
    },
    /// No formula scores the indicator.
    #[error("indicator {indicator}: no formula scores it ({reason})")]
    Unscorable {
        /// The indicator.
        indicator: String,
        /// Why.
        reason: String,
    },
    /// A judged score for a quantitative indicator that the formula contradicts.
    #[error(
        "indicator {indicator}: quantitative, so the formula scores it {formula}; the judged \
         score {judged} would be printed against it"
    )]
    JudgedQuantitative {
        /// The indicator.
        indicator: String,
        /// The score given.
        judged: Decimal,
        /// The formula's score.
        formula: Decimal,
    },
    /// A qualitative indicator without a judged score.
    #[error(
        "indicator {indicator}: qualitative, so its score is judged: give one from {lo} to {hi}"
    )]
    MissingJudgement {
        /// The indicator.
        indicator: String,
        /// The lowest score of the band.
        lo: Decimal,
        /// The highest score of the band.
        hi: Decimal,
    },
    /// A judged score outside the band of the attainment.
    #[error(
        "indicator {indicator}: the judged score {judged} is outside {lo} to {hi}, the band its \
         actual value's attainment earns"
    )]
    OutsideBand {
        /// The indicator.
        indicator: String,
        /// The score given.
        judged: Decimal,
        /// The lowest score of the band.
        lo: Decimal,
        /// The highest score of the band.
        hi: Decimal,
    },
    /// Two projects with one name.
    #[error("project {name} is given twice")]
    DuplicateProject {
        /// The name.
        name: String,
    },
    /// No scoring parameters apply to the report year.
    #[error("no scoring parameters apply to {year}: its forms cannot be scored")]
    NoParameters {
        /// The report year.
        year: u16,
    },
    /// A form of the crate refuses a value (an indicator's weight with more decimals than a
    /// form prints).
    #[error(transparent)]
    Evaluation(#[from] EvaluationError),
    /// A sum left the supported range.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

#[cfg(feature = "serde")]
pub(super) mod serde_repr {
    //! The JSON form of [`ProjectAccounts`](super::ProjectAccounts).

    use rust_decimal::Decimal;
    use serde::{Deserialize, Serialize};

    use super::{FundingSource, IndicatorAccounts, ProjectAccounts, ProjectError};
    use crate::evaluation::{AnalysisItem, EvaluationError, LevelOne, OrgUnit, TargetValue};
    use crate::money::Amount;

    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(in crate::accounts) struct SourceRepr {
        label: String,
        initial_budget: Amount,
        annual_budget: Amount,
        executed: Amount,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(in crate::accounts) struct IndicatorRepr {
        level_one: LevelOne,
        level_two: String,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        initial_target: Option<TargetValue>,
        target: TargetValue,
        actual: TargetValue,
        weight: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        judged_score: Option<Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        deviation: Option<String>,
    }

    /// The JSON form of a project: `name`, `department` and `budget_unit` (`code-name`),
    /// `funding` (sources with amounts as strings of 元), `goal`, `achievement`, `indicators`
    /// and `analysis`.
    #[derive(Debug, Clone, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(in crate::accounts) struct ProjectRepr {
        name: String,
        department: OrgUnit,
        budget_unit: OrgUnit,
        funding: Vec<SourceRepr>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        goal: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        achievement: Option<String>,
        indicators: Vec<IndicatorRepr>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        analysis: Vec<AnalysisItem>,
    }

    impl TryFrom<ProjectRepr> for ProjectAccounts {
        type Error = ProjectError;

        fn try_from(repr: ProjectRepr) -> Result<Self, Self::Error> {
            let mut project = ProjectAccounts::new(repr.name, repr.department, repr.budget_unit);
            for s in repr.funding {
                project = project.with_source(FundingSource::new(
                    s.label,
                    s.initial_budget,
                    s.annual_budget,
                    s.executed,
                ));
            }
            for i in repr.indicators {
                let level_two = i.level_two.parse().map_err(EvaluationError::from)?;
                let mut indicator = IndicatorAccounts::new(
                    i.level_one,
                    level_two,
                    i.name,
                    i.target,
                    i.actual,
                    i.weight,
                );
                if let Some(initial) = i.initial_target {
                    indicator = indicator.with_initial_target(initial);
                }
                if let Some(score) = i.judged_score {
                    indicator = indicator.with_judged_score(score);
                }
                if let Some(text) = i.deviation {
                    indicator = indicator.with_deviation(text);
                }
                project = project.with_indicator(indicator);
            }
            project.goal = repr.goal;
            project.achievement = repr.achievement;
            project.analysis = repr.analysis;
            Ok(project)
        }
    }

    impl From<ProjectAccounts> for ProjectRepr {
        fn from(p: ProjectAccounts) -> ProjectRepr {
            ProjectRepr {
                name: p.name,
                department: p.department,
                budget_unit: p.budget_unit,
                funding: p
                    .sources
                    .into_iter()
                    .map(|s| SourceRepr {
                        label: s.label,
                        initial_budget: s.initial_budget,
                        annual_budget: s.annual_budget,
                        executed: s.executed,
                    })
                    .collect(),
                goal: p.goal,
                achievement: p.achievement,
                indicators: p
                    .indicators
                    .into_iter()
                    .map(|i| IndicatorRepr {
                        level_one: i.level_one,
                        level_two: i.level_two.to_string(),
                        name: i.name,
                        initial_target: i.initial_target,
                        target: i.target,
                        actual: i.actual,
                        weight: i.weight,
                        judged_score: i.judged,
                        deviation: i.deviation,
                    })
                    .collect(),
                analysis: p.analysis,
            }
        }
    }
}
