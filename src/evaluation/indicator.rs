//! The indicator tree: 一级 → 二级 → 三级 indicators with their values, weight and score.

use core::fmt;

use rust_decimal::Decimal;

use super::EvaluationError;
use super::parse::{non_empty, optional_text, parse_score};
use super::target::TargetValue;
use crate::names::{UnknownName, closed_set};

/// A first-level indicator kind (一级指标).
///
/// ```
/// use final_accounts::evaluation::LevelOne;
/// assert_eq!("产出指标".parse::<LevelOne>()?, LevelOne::Output);
/// assert_eq!(LevelOne::Satisfaction.to_string(), "满意度指标");
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum LevelOne {
    /// 产出指标 (outputs).
    #[strum(serialize = "产出指标")]
    Output,
    /// 效益指标 (effects).
    #[strum(serialize = "效益指标")]
    Effect,
    /// 满意度指标 (satisfaction).
    #[strum(serialize = "满意度指标")]
    Satisfaction,
    /// 成本指标 (cost, a first-level kind in newer templates).
    #[strum(serialize = "成本指标")]
    Cost,
}

closed_set!(LevelOne, "一级指标 (first-level indicator)");

impl LevelOne {
    /// Parses the official name (as `FromStr` does).
    ///
    /// # Errors
    ///
    /// [`UnknownName`] for any other text.
    pub fn parse(text: &str) -> Result<LevelOne, UnknownName> {
        text.parse()
    }
}

/// A second-level indicator kind (二级指标).
///
/// ```
/// use final_accounts::evaluation::{LevelOne, LevelTwo};
/// assert_eq!(LevelTwo::Quantity.to_string(), "数量指标");
/// assert_eq!(LevelTwo::SocialBenefit.usual_parent(), LevelOne::Effect);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[non_exhaustive]
pub enum LevelTwo {
    /// 数量指标.
    #[strum(serialize = "数量指标")]
    Quantity,
    /// 质量指标.
    #[strum(serialize = "质量指标")]
    Quality,
    /// 时效指标.
    #[strum(serialize = "时效指标")]
    Timeliness,
    /// 成本指标.
    #[strum(serialize = "成本指标")]
    Cost,
    /// 经济效益指标.
    #[strum(serialize = "经济效益指标")]
    EconomicBenefit,
    /// 社会效益指标.
    #[strum(serialize = "社会效益指标")]
    SocialBenefit,
    /// 生态效益指标.
    #[strum(serialize = "生态效益指标")]
    EcologicalBenefit,
    /// 可持续影响指标.
    #[strum(serialize = "可持续影响指标")]
    Sustainability,
    /// 服务对象满意度指标 (also printed 服务对象满意度).
    #[strum(serialize = "服务对象满意度指标")]
    BeneficiarySatisfaction,
}

impl LevelTwo {
    /// The first-level kind this kind sits under in the 2020 template (成本指标 sits under
    /// 产出指标 there; newer templates make 成本 a first-level kind).
    #[must_use]
    pub fn usual_parent(self) -> LevelOne {
        match self {
            LevelTwo::Quantity | LevelTwo::Quality | LevelTwo::Timeliness | LevelTwo::Cost => {
                LevelOne::Output
            }
            LevelTwo::EconomicBenefit
            | LevelTwo::SocialBenefit
            | LevelTwo::EcologicalBenefit
            | LevelTwo::Sustainability => LevelOne::Effect,
            LevelTwo::BeneficiarySatisfaction => LevelOne::Satisfaction,
        }
    }
}

closed_set!(
    LevelTwo,
    "二级指标 (second-level indicator)",
    [("服务对象满意度", LevelTwo::BeneficiarySatisfaction)]
);

/// A second-level indicator as printed: its kind and the spelling used.
///
/// Forms print both "服务对象满意度指标" and "服务对象满意度"; both are read, and the
/// printed spelling is kept (`Display` writes it back).
///
/// ```
/// use final_accounts::evaluation::{LevelTwo, LevelTwoLabel};
/// let short: LevelTwoLabel = "服务对象满意度".parse()?;
/// assert_eq!(short.kind(), LevelTwo::BeneficiarySatisfaction);
/// assert_eq!(short.to_string(), "服务对象满意度");
/// assert!(!short.is_official_spelling());
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct LevelTwoLabel {
    kind: LevelTwo,
    printed: String,
}

impl LevelTwoLabel {
    /// Parses an official name or an accepted variant spelling (surrounding whitespace ignored).
    ///
    /// # Errors
    ///
    /// [`UnknownName`] for any other text.
    pub fn parse(text: &str) -> Result<LevelTwoLabel, UnknownName> {
        Ok(LevelTwoLabel {
            kind: text.parse()?,
            printed: text.trim().to_owned(),
        })
    }

    /// The kind.
    #[must_use]
    pub fn kind(&self) -> LevelTwo {
        self.kind
    }

    /// Whether the printed spelling is the official name.
    #[must_use]
    pub fn is_official_spelling(&self) -> bool {
        self.printed == self.kind.to_string()
    }
}

impl fmt::Display for LevelTwoLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.printed)
    }
}

crate::names::parsed_from_text!(LevelTwoLabel, UnknownName, LevelTwoLabel::parse);

impl From<LevelTwoLabel> for String {
    fn from(label: LevelTwoLabel) -> String {
        label.printed
    }
}

/// The unvalidated shape of an [`Indicator`]: every field as printed (serde reads and writes
/// this shape, rejecting unknown keys).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields, expecting = "an indicator: a JSON object")
)]
pub struct RawIndicator {
    /// 一级指标, such as "产出指标".
    pub level_one: String,
    /// 二级指标, such as "数量指标".
    pub level_two: String,
    /// 三级指标: the indicator's own name.
    pub name: String,
    /// 年初指标值, such as "=2人"; `None` when the cell is blank.
    pub initial_target: Option<String>,
    /// 调整后指标值; `None` when the cell is blank.
    pub adjusted_target: Option<String>,
    /// 实际完成值; `None` when the cell is blank.
    pub actual: Option<String>,
    /// 分值, such as "20".
    pub weight: String,
    /// 得分, such as "20"; `None` when the cell is blank.
    pub score: Option<String>,
    /// 偏差原因分析及改进措施; `None` when the cell is blank.
    pub deviation: Option<String>,
}

impl RawIndicator {
    /// A valid example: the first indicator of [`Form::example`](super::Form::example)
    /// (基层锻炼人员数量, =2人, 20 of 20).
    #[must_use]
    pub fn example() -> RawIndicator {
        RawIndicator {
            level_one: "产出指标".into(),
            level_two: "数量指标".into(),
            name: "基层锻炼人员数量".into(),
            initial_target: Some("=2人".into()),
            adjusted_target: Some("=2人".into()),
            actual: Some("=2人".into()),
            weight: "20".into(),
            score: Some("20".into()),
            deviation: None,
        }
    }
}

/// A third-level indicator (三级指标) with its kinds, values, weight (分值) and stated score
/// (得分).
///
/// Invariants: a non-empty name; known 一级 and 二级 kinds; readable values; a weight and a
/// stated score that are numbers with at most two decimals. A missing score stays missing
/// (`None`), never 0. A weight or score that is printable but wrong (a score above its
/// weight, a weight of 0 or above 100, a negative one) is kept as printed and reported by the
/// audit (`eval.score-above-weight`, `eval.weight-range`, `eval.negative`).
///
/// ```
/// use final_accounts::evaluation::{Indicator, LevelOne, RawIndicator};
/// use rust_decimal::Decimal;
/// let i = Indicator::try_from(RawIndicator::example())?;
/// assert_eq!(i.level_one(), LevelOne::Output);
/// assert_eq!(i.weight(), Decimal::from(20));
/// assert_eq!(i.target().unwrap().to_string(), "=2人");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "RawIndicator", into = "RawIndicator")
)]
pub struct Indicator {
    level_one: LevelOne,
    level_two: LevelTwoLabel,
    name: String,
    initial_target: Option<TargetValue>,
    adjusted_target: Option<TargetValue>,
    actual: Option<TargetValue>,
    weight: Decimal,
    score: Option<Decimal>,
    deviation: Option<String>,
}

impl Indicator {
    /// Validates a raw indicator.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Empty`] for a blank name, [`EvaluationError::UnknownName`] for
    /// unknown kinds, [`EvaluationError::Target`] for unreadable values,
    /// [`EvaluationError::Figure`] for a weight or score that is not a number with at most two
    /// decimals.
    pub fn new(raw: RawIndicator) -> Result<Indicator, EvaluationError> {
        let name = non_empty("三级指标", &raw.name)?;
        let target = |t: &Option<String>| t.as_deref().map(TargetValue::parse).transpose();
        let weight = parse_score("分值", &raw.weight)?;
        let score = raw
            .score
            .as_deref()
            .map(|s| parse_score("得分", s))
            .transpose()?;
        Ok(Indicator {
            level_one: LevelOne::parse(&raw.level_one)?,
            level_two: LevelTwoLabel::parse(&raw.level_two)?,
            initial_target: target(&raw.initial_target)?,
            adjusted_target: target(&raw.adjusted_target)?,
            actual: target(&raw.actual)?,
            name,
            weight,
            score,
            deviation: optional_text(raw.deviation.as_deref()),
        })
    }

    /// The unvalidated shape, as printed.
    #[must_use]
    pub fn to_raw(&self) -> RawIndicator {
        let text = |t: &Option<TargetValue>| t.as_ref().map(|t| t.printed().to_owned());
        RawIndicator {
            level_one: self.level_one.to_string(),
            level_two: self.level_two.to_string(),
            name: self.name.clone(),
            initial_target: text(&self.initial_target),
            adjusted_target: text(&self.adjusted_target),
            actual: text(&self.actual),
            weight: self.weight.to_string(),
            score: self.score.map(|s| s.to_string()),
            deviation: self.deviation.clone(),
        }
    }

    /// 一级指标.
    #[must_use]
    pub fn level_one(&self) -> LevelOne {
        self.level_one
    }

    /// 二级指标, as printed.
    #[must_use]
    pub fn level_two(&self) -> &LevelTwoLabel {
        &self.level_two
    }

    /// 三级指标: the indicator's name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// 年初指标值.
    #[must_use]
    pub fn initial_target(&self) -> Option<&TargetValue> {
        self.initial_target.as_ref()
    }

    /// 调整后指标值.
    #[must_use]
    pub fn adjusted_target(&self) -> Option<&TargetValue> {
        self.adjusted_target.as_ref()
    }

    /// The target scored against: 调整后指标值 when printed, else 年初指标值.
    #[must_use]
    pub fn target(&self) -> Option<&TargetValue> {
        self.adjusted_target
            .as_ref()
            .or(self.initial_target.as_ref())
    }

    /// 实际完成值.
    #[must_use]
    pub fn actual(&self) -> Option<&TargetValue> {
        self.actual.as_ref()
    }

    /// 分值.
    #[must_use]
    pub fn weight(&self) -> Decimal {
        self.weight
    }

    /// 得分 as stated, `None` when not printed.
    #[must_use]
    pub fn score(&self) -> Option<Decimal> {
        self.score
    }

    /// 偏差原因分析及改进措施.
    #[must_use]
    pub fn deviation(&self) -> Option<&str> {
        self.deviation.as_deref()
    }

    /// The path `一级/二级/三级` naming this indicator in reports.
    #[must_use]
    pub fn path(&self) -> String {
        format!("{}/{}/{}", self.level_one, self.level_two, self.name)
    }
}

impl TryFrom<RawIndicator> for Indicator {
    type Error = EvaluationError;
    fn try_from(raw: RawIndicator) -> Result<Self, Self::Error> {
        Indicator::new(raw)
    }
}

impl From<Indicator> for RawIndicator {
    fn from(i: Indicator) -> RawIndicator {
        i.to_raw()
    }
}
