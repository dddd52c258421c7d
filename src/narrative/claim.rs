//! The narrative's claims: what a sentence of the 说明 asserts about the figures.

use core::fmt;

use crate::money::{Direction, MoneyUnit, PublishedAmount, PublishedPercent};

use super::{CountRef, FigureRef, NarrativeError};

/// A direction word as printed in a year-on-year change: 增加/减少 (with an amount), 增长/下降
/// (with a rate), 持平, or 与上年相同.
///
/// ```
/// use final_accounts::money::Direction;
/// use final_accounts::narrative::ChangeWord;
/// let w: ChangeWord = "与上年相同".parse()?;
/// assert_eq!(w.direction(), Direction::Flat);
/// assert_eq!(ChangeWord::Decline.to_string(), "下降");
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[non_exhaustive]
pub enum ChangeWord {
    /// 增加.
    #[strum(serialize = "增加")]
    Increase,
    /// 减少.
    #[strum(serialize = "减少")]
    Decrease,
    /// 增长.
    #[strum(serialize = "增长")]
    Grow,
    /// 下降.
    #[strum(serialize = "下降")]
    Decline,
    /// 持平.
    #[strum(serialize = "持平")]
    Flat,
    /// 与上年相同 (a form of 持平).
    #[strum(serialize = "与上年相同")]
    SameAsLastYear,
}

impl ChangeWord {
    /// The direction the word asserts.
    #[must_use]
    pub fn direction(self) -> Direction {
        match self {
            ChangeWord::Increase | ChangeWord::Grow => Direction::Increase,
            ChangeWord::Decrease | ChangeWord::Decline => Direction::Decrease,
            ChangeWord::Flat | ChangeWord::SameAsLastYear => Direction::Flat,
        }
    }

    /// Whether the word goes with a rate (增长, 下降, 持平).
    #[must_use]
    pub fn is_rate_word(self) -> bool {
        matches!(
            self,
            ChangeWord::Grow | ChangeWord::Decline | ChangeWord::Flat
        )
    }
}

crate::names::closed_set!(ChangeWord, "change word");

/// A growth rate as printed: a percentage, "∞%" (the documents' way of saying the prior year
/// was zero), or nothing at all.
///
/// ```
/// use final_accounts::narrative::StatedRate;
/// assert_eq!(StatedRate::parse("∞%")?, StatedRate::Infinite);
/// assert_eq!(StatedRate::parse("54.96%")?.to_string(), "54.96%");
/// assert_eq!(StatedRate::parse("")?, StatedRate::Omitted);
/// # Ok::<(), final_accounts::narrative::NarrativeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatedRate {
    /// No rate printed.
    Omitted,
    /// "∞%".
    Infinite,
    /// A percentage (a magnitude: the word says the direction).
    Percent(PublishedPercent),
}

impl StatedRate {
    /// Parses "∞%" / "∞", a percentage, or the empty string (omitted).
    ///
    /// # Errors
    ///
    /// [`NarrativeError::Money`] for text that is not a percentage. A negative percentage is
    /// kept as printed: the checks report it (`narrative.negative`).
    pub fn parse(text: &str) -> Result<StatedRate, NarrativeError> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(StatedRate::Omitted);
        }
        if matches!(t, "∞%" | "∞" | "∞％") {
            return Ok(StatedRate::Infinite);
        }
        parse_percent(t).map(StatedRate::Percent)
    }
}

impl fmt::Display for StatedRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatedRate::Omitted => Ok(()),
            StatedRate::Infinite => f.write_str("∞%"),
            StatedRate::Percent(p) => write!(f, "{p}"),
        }
    }
}

/// Which budget a completion rate or a comparison is against.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
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
pub enum BudgetKind {
    /// 年初预算 (the budget as first approved).
    #[strum(serialize = "年初预算")]
    Initial,
    /// 全年预算 (the budget after adjustments; 公开09表's 预算数).
    #[strum(serialize = "全年预算")]
    FullYear,
}

crate::names::closed_set!(BudgetKind, "预算口径 (budget kind)");

/// A budget figure: stated in the narrative ("年初预算1,267.44万元") or read from a table
/// (公开09表's 预算数).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BudgetSource {
    /// The amount the narrative states (as printed: a negative one is reported by the checks).
    Stated(PublishedAmount),
    /// A figure of the tables.
    Table(FigureRef),
}

/// The budget a 决算 is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Budget {
    kind: BudgetKind,
    source: BudgetSource,
}

impl Budget {
    /// A budget stated in the narrative, printed in 万元.
    ///
    /// # Errors
    ///
    /// [`NarrativeError::Money`] for text that is not an amount. A negative amount is kept as
    /// printed: the checks report it (`narrative.negative`).
    pub fn stated(kind: BudgetKind, amount: &str) -> Result<Budget, NarrativeError> {
        Ok(Budget {
            kind,
            source: BudgetSource::Stated(parse_amount(amount)?),
        })
    }

    /// A budget read from a table figure.
    #[must_use]
    pub fn table(kind: BudgetKind, figure: FigureRef) -> Budget {
        Budget {
            kind,
            source: BudgetSource::Table(figure),
        }
    }

    /// 年初预算 or 全年预算.
    #[must_use]
    pub fn kind(&self) -> BudgetKind {
        self.kind
    }

    /// Where the amount comes from.
    #[must_use]
    pub fn source(&self) -> BudgetSource {
        self.source
    }
}

/// A comparison word between 决算 and 预算: 大于, 小于, 等于, 持平.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
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
pub enum Comparison {
    /// 大于.
    #[strum(serialize = "大于")]
    Greater,
    /// 小于.
    #[strum(serialize = "小于")]
    Less,
    /// 等于.
    #[strum(serialize = "等于")]
    Equal,
    /// 持平.
    #[strum(serialize = "持平")]
    Flat,
}

crate::names::closed_set!(Comparison, "comparison word");

/// A stated amount of a figure: "收入总计2,076.12万元".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatedAmount {
    figure: FigureRef,
    stated: PublishedAmount,
}

impl StatedAmount {
    /// The figure.
    #[must_use]
    pub fn figure(&self) -> FigureRef {
        self.figure
    }
    /// The amount as printed (万元, its printed precision).
    #[must_use]
    pub fn stated(&self) -> PublishedAmount {
        self.stated
    }

    /// The identity of the stated amount, as a printed figure that may be wrong.
    #[must_use]
    pub fn stated_id(&self) -> crate::finding::FigureId {
        crate::finding::FigureId::of(&self.stated)
    }
}

/// A stated share: "财政拨款收入…占比99.99%" (part / whole × 100 of the table figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    part: FigureRef,
    whole: FigureRef,
    stated: PublishedPercent,
}

impl Share {
    /// The part.
    #[must_use]
    pub fn part(&self) -> FigureRef {
        self.part
    }
    /// The whole.
    #[must_use]
    pub fn whole(&self) -> FigureRef {
        self.whole
    }
    /// The percentage as printed.
    #[must_use]
    pub fn stated(&self) -> PublishedPercent {
        self.stated
    }
}

/// A stated year-on-year change: "与上年相比，收入总计增加736.34万元，增长54.96%". The prior
/// year is derived as current − change (signed by the word).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Change {
    figure: FigureRef,
    word: ChangeWord,
    amount: Option<PublishedAmount>,
    rate_word: Option<ChangeWord>,
    rate: StatedRate,
}

impl Change {
    /// The figure that changed (its current value is the table's).
    #[must_use]
    pub fn figure(&self) -> FigureRef {
        self.figure
    }
    /// The direction word printed with the amount (or alone: 持平, 与上年相同).
    #[must_use]
    pub fn word(&self) -> ChangeWord {
        self.word
    }
    /// The amount of the change as printed (a magnitude), if printed.
    #[must_use]
    pub fn amount(&self) -> Option<PublishedAmount> {
        self.amount
    }
    /// The word printed with the rate (增长, 下降), if a rate is printed.
    #[must_use]
    pub fn rate_word(&self) -> Option<ChangeWord> {
        self.rate_word
    }
    /// The rate as printed.
    #[must_use]
    pub fn rate(&self) -> StatedRate {
        self.rate
    }
}

/// A stated completion of a budget: "完成年初预算的136.96%" (决算 / 预算 × 100).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Completion {
    figure: FigureRef,
    budget: Budget,
    stated: PublishedPercent,
}

impl Completion {
    /// The 决算 figure (a table figure).
    #[must_use]
    pub fn figure(&self) -> FigureRef {
        self.figure
    }
    /// The budget it is measured against.
    #[must_use]
    pub fn budget(&self) -> Budget {
        self.budget
    }
    /// The percentage as printed.
    #[must_use]
    pub fn stated(&self) -> PublishedPercent {
        self.stated
    }
}

/// A stated comparison of a 决算 with its budget: "决算数小于全年预算数".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct VersusBudget {
    figure: FigureRef,
    budget: Budget,
    word: Comparison,
}

impl VersusBudget {
    /// The 决算 figure.
    #[must_use]
    pub fn figure(&self) -> FigureRef {
        self.figure
    }
    /// The budget.
    #[must_use]
    pub fn budget(&self) -> Budget {
        self.budget
    }
    /// The comparison word as printed.
    #[must_use]
    pub fn word(&self) -> Comparison {
        self.word
    }
}

/// A stated count of projects with a grade: "12个项目自评等级为“优”".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GradeCount {
    grade: String,
    stated: u64,
}

impl GradeCount {
    /// The grade as printed (优, 良 …).
    #[must_use]
    pub fn grade(&self) -> &str {
        &self.grade
    }
    /// The count as printed.
    #[must_use]
    pub fn stated(&self) -> u64 {
        self.stated
    }
}

/// One assertion of a statement, as data. Build claims through the constructors
/// ([`Claim::amount`], [`Claim::share`], [`Claim::change`], …), which validate them; the
/// variants' payloads have no public fields.
///
/// ```
/// use final_accounts::narrative::{ChangeWord, Claim, FigureRef, StatedRate};
/// // 一、"收入总计增加736.34万元，增长54.96%"
/// let c = Claim::change(
///     FigureRef::IncomeGrandTotal,
///     ChangeWord::Increase,
///     Some("736.34"),
///     Some(ChangeWord::Grow),
///     StatedRate::parse("54.96%")?,
/// )?;
/// assert!(matches!(c, Claim::Change(_)));
/// # Ok::<(), final_accounts::narrative::NarrativeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Claim {
    /// A stated amount of a figure.
    Amount(StatedAmount),
    /// A stated share (占比).
    Share(Share),
    /// A stated year-on-year change.
    Change(Change),
    /// A stated completion of a budget (完成…预算的X%).
    Completion(Completion),
    /// A stated comparison of 决算 with 预算 (大于/小于/等于/持平).
    VersusBudget(VersusBudget),
    /// A stated count.
    Count {
        /// What is counted.
        count: CountRef,
        /// The count as printed.
        stated: u64,
    },
    /// A stated number of self-evaluated projects with a grade.
    GradeCount(GradeCount),
    /// "本年度无此项支出": the figure is zero (or absent).
    Nil(FigureRef),
}

/// An amount as the 说明 prints it, in 万元. A negative amount is printable, and kept: the
/// checks report it where the figure cannot be negative (`narrative.negative`).
pub(crate) fn parse_amount(text: &str) -> Result<PublishedAmount, NarrativeError> {
    Ok(PublishedAmount::parse(text, MoneyUnit::WanYuan)?)
}

/// A percentage as the 说明 prints it; a negative one is kept, as [`parse_amount`] keeps an
/// amount.
pub(crate) fn parse_percent(text: &str) -> Result<PublishedPercent, NarrativeError> {
    Ok(PublishedPercent::parse(text)?)
}

impl Claim {
    /// "收入总计2,076.12万元": `figure` stated as `amount`, printed in 万元 (its precision read
    /// from the printed digits: "5" is ±0.5).
    ///
    /// # Errors
    ///
    /// [`NarrativeError::Money`] for text that is not an amount. A negative amount is kept
    /// (the checks report it where the figure cannot be negative).
    pub fn amount(figure: FigureRef, amount: &str) -> Result<Claim, NarrativeError> {
        Ok(Claim::Amount(StatedAmount {
            figure,
            stated: parse_amount(amount)?,
        }))
    }

    /// "占比99.99%": `part` / `whole` × 100, both table figures.
    ///
    /// # Errors
    ///
    /// [`NarrativeError::Money`] for text that is not a percentage. A negative percentage is
    /// kept (the checks report it: a share cannot be negative).
    pub fn share(part: FigureRef, whole: FigureRef, stated: &str) -> Result<Claim, NarrativeError> {
        Ok(Claim::Share(Share {
            part,
            whole,
            stated: parse_percent(stated)?,
        }))
    }

    /// "增加736.34万元，增长54.96%", "减少0.16万元，下降13.45%", "与上年相同".
    ///
    /// `word` is the word printed with the amount (or alone), `amount` the printed magnitude,
    /// `rate_word` the word printed with the rate, `rate` the printed rate.
    ///
    /// # Errors
    ///
    /// [`NarrativeError::RateWithoutWord`] when a rate is printed without a rate word or a rate
    /// word without a rate, or `rate_word` is not 增长/下降/持平; the amount errors of
    /// [`Claim::amount`].
    pub fn change(
        figure: FigureRef,
        word: ChangeWord,
        amount: Option<&str>,
        rate_word: Option<ChangeWord>,
        rate: StatedRate,
    ) -> Result<Claim, NarrativeError> {
        let problem = |problem| NarrativeError::RateWithoutWord {
            figure: figure.name(),
            problem,
        };
        match (rate_word, rate) {
            (None, StatedRate::Percent(_) | StatedRate::Infinite) => {
                return Err(problem("a rate is printed without 增长/下降"));
            }
            (Some(_), StatedRate::Omitted) => {
                return Err(problem("a rate word is printed without a rate"));
            }
            (Some(w), _) if !w.is_rate_word() => {
                return Err(problem("the rate word is not 增长, 下降 or 持平"));
            }
            _ => {}
        }
        let amount = amount.map(parse_amount).transpose()?;
        Ok(Claim::Change(Change {
            figure,
            word,
            amount,
            rate_word,
            rate,
        }))
    }

    /// "完成年初预算的136.96%": `figure` / `budget` × 100.
    ///
    /// # Errors
    ///
    /// As [`Claim::share`].
    pub fn completion(
        figure: FigureRef,
        budget: Budget,
        stated: &str,
    ) -> Result<Claim, NarrativeError> {
        Ok(Claim::Completion(Completion {
            figure,
            budget,
            stated: parse_percent(stated)?,
        }))
    }

    /// "决算数小于全年预算数".
    #[must_use]
    pub fn versus_budget(figure: FigureRef, budget: Budget, word: Comparison) -> Claim {
        Claim::VersusBudget(VersusBudget {
            figure,
            budget,
            word,
        })
    }

    /// "车辆4辆", "绩效自评个数14个".
    #[must_use]
    pub fn count(count: CountRef, stated: u64) -> Claim {
        Claim::Count { count, stated }
    }

    /// "12个项目自评等级为“优”".
    ///
    /// # Errors
    ///
    /// [`NarrativeError::InvalidGrade`] for an empty grade, one with white space, or one longer
    /// than 4 characters.
    pub fn grade_count(grade: &str, stated: u64) -> Result<Claim, NarrativeError> {
        let length = grade.chars().count();
        if length == 0 || length > 4 || grade.chars().any(char::is_whitespace) {
            return Err(NarrativeError::InvalidGrade {
                text: grade.to_owned(),
            });
        }
        Ok(Claim::GradeCount(GradeCount {
            grade: grade.to_owned(),
            stated,
        }))
    }

    /// "本年度无此项支出".
    #[must_use]
    pub fn nil(figure: FigureRef) -> Claim {
        Claim::Nil(figure)
    }
}
