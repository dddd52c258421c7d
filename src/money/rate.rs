use core::cmp::Ordering;
use core::fmt;

use rust_decimal::Decimal;

use super::published::parse_figure;
use super::{Amount, Interval, MoneyError, PublishedAmount, Verdict, round_half_away};

/// A percentage: `54.96` is 54.96 %. Bounded by ±[`Percent::MAX`].
///
/// Computed percentages ([`Percent::ratio`]) are exact to 28 significant digits; round them
/// with [`Percent::round`] (四舍五入) to print them.
///
/// ```
/// use final_accounts::money::{Amount, Percent};
/// use rust_decimal::Decimal;
/// let part = Amount::from_wan_yuan(Decimal::new(158815, 2))?;
/// let whole = Amount::from_wan_yuan(Decimal::new(173592, 2))?;
/// let share = Percent::ratio(part, whole)?.expect("non-zero base").round(2);
/// assert_eq!(share.to_string(), "91.49%");
/// // No division by zero: a zero base gives no percentage.
/// assert_eq!(Percent::ratio(part, Amount::ZERO)?, None);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "PercentRepr", into = "PercentRepr")
)]
pub struct Percent {
    value: Decimal,
}

#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
struct PercentRepr(#[serde(with = "rust_decimal::serde::str")] Decimal);

#[cfg(feature = "serde")]
impl TryFrom<PercentRepr> for Percent {
    type Error = MoneyError;
    fn try_from(repr: PercentRepr) -> Result<Self, Self::Error> {
        Percent::new(repr.0)
    }
}

#[cfg(feature = "serde")]
impl From<Percent> for PercentRepr {
    fn from(p: Percent) -> Self {
        PercentRepr(p.value)
    }
}

impl Percent {
    /// The largest magnitude of a percentage: 10¹² %.
    pub const MAX: Decimal = Decimal::from_parts(0xD4A5_1000, 0xE8, 0, false, 0);

    /// Zero percent.
    pub const ZERO: Percent = Percent {
        value: Decimal::ZERO,
    };

    /// One hundred percent.
    pub const HUNDRED: Percent = Percent {
        value: Decimal::ONE_HUNDRED,
    };

    /// A percentage of `value` %.
    ///
    /// # Errors
    ///
    /// [`MoneyError::PercentOutOfRange`] beyond ±[`Percent::MAX`].
    pub fn new(value: Decimal) -> Result<Percent, MoneyError> {
        if value.abs() > Self::MAX {
            return Err(MoneyError::PercentOutOfRange { value });
        }
        Ok(Percent { value })
    }

    /// `part / whole × 100`, unrounded; `None` when `whole` is zero.
    ///
    /// # Errors
    ///
    /// [`MoneyError::PercentOutOfRange`] when the ratio exceeds ±[`Percent::MAX`] (a tiny base).
    pub fn ratio(part: Amount, whole: Amount) -> Result<Option<Percent>, MoneyError> {
        if whole.is_zero() {
            return Ok(None);
        }
        let value = part
            .yuan()
            .checked_div(whole.yuan())
            .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
            .ok_or(MoneyError::PercentOutOfRange {
                value: Decimal::MAX,
            })?;
        Percent::new(value).map(Some)
    }

    /// The value in percent.
    #[must_use]
    pub fn value(self) -> Decimal {
        self.value
    }

    /// Rounded half away from zero (四舍五入) to `decimals` places.
    #[must_use]
    pub fn round(self, decimals: u32) -> Percent {
        Percent {
            value: round_half_away(self.value, decimals),
        }
    }

    /// `min(self, 100 %)`.
    #[must_use]
    pub fn capped_at_hundred(self) -> Percent {
        if self.value > Decimal::ONE_HUNDRED {
            Percent::HUNDRED
        } else {
            self
        }
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.value)
    }
}

/// A percentage as printed, with the decimals it was printed to.
///
/// ```
/// use final_accounts::money::PublishedPercent;
/// let p: PublishedPercent = "54.96%".parse()?;
/// assert_eq!(p.decimals(), 2);
/// assert_eq!(p.interval().to_string(), "[54.955, 54.965)");
/// assert_eq!(p.to_string(), "54.96%");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublishedPercent {
    percent: Percent,
    decimals: u32,
}

impl PublishedPercent {
    /// The most decimals a printed percentage may carry.
    pub const MAX_DECIMALS: u32 = 10;

    /// Parses a printed percentage: digits with an optional decimal part and an optional `%`
    /// or `％` sign; the precision is the decimals printed.
    ///
    /// # Errors
    ///
    /// [`MoneyError::InvalidFigure`] for anything else, [`MoneyError::TooManyDecimals`] past
    /// [`PublishedPercent::MAX_DECIMALS`], [`MoneyError::PercentOutOfRange`] past ±[`Percent::MAX`].
    pub fn parse(text: &str) -> Result<PublishedPercent, MoneyError> {
        let trimmed = text.trim();
        let body = trimmed
            .strip_suffix('%')
            .or_else(|| trimmed.strip_suffix('％'))
            .unwrap_or(trimmed);
        let (value, decimals) = parse_figure(body).map_err(|e| match e {
            MoneyError::InvalidFigure { reason, .. } => MoneyError::InvalidFigure {
                text: text.to_owned(),
                reason,
            },
            other => other,
        })?;
        Self::new(value, decimals).map_err(|e| match e {
            MoneyError::TooManyDecimals { found, allowed, .. } => MoneyError::TooManyDecimals {
                text: text.to_owned(),
                found,
                allowed,
            },
            other => other,
        })
    }

    /// A printed percentage of `value` % with `decimals` decimals of precision (which may exceed
    /// the decimals of `value`: a form that prints "62.7" to two decimals means 62.70).
    ///
    /// # Errors
    ///
    /// [`MoneyError::TooManyDecimals`] when `value` has more decimals than `decimals` or than
    /// [`PublishedPercent::MAX_DECIMALS`]; [`MoneyError::PercentOutOfRange`].
    pub fn new(value: Decimal, decimals: u32) -> Result<PublishedPercent, MoneyError> {
        let value = value.normalize();
        if decimals > Self::MAX_DECIMALS || value.scale() > decimals {
            return Err(MoneyError::TooManyDecimals {
                text: value.to_string(),
                found: value.scale(),
                allowed: decimals.min(Self::MAX_DECIMALS),
            });
        }
        Ok(PublishedPercent {
            percent: Percent::new(value)?,
            decimals,
        })
    }

    /// The percentage as printed.
    #[must_use]
    pub fn percent(&self) -> Percent {
        self.percent
    }

    /// The decimals it was printed to.
    #[must_use]
    pub fn decimals(&self) -> u32 {
        self.decimals
    }

    /// Every percentage it may stand for: `± ½` of its last place, half-open as rounding half
    /// away from zero makes it (see [`Interval::rounding`]).
    #[must_use]
    pub fn interval(&self) -> Interval {
        let half = Decimal::new(5, self.decimals.saturating_add(1));
        Interval::rounding(self.percent.value, half)
            .unwrap_or_else(|| Interval::exact(self.percent.value))
    }
}

impl core::str::FromStr for PublishedPercent {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PublishedPercent::parse(s)
    }
}

impl fmt::Display for PublishedPercent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut v = self.percent.value;
        if v.scale() < self.decimals {
            v.rescale(self.decimals);
        }
        write!(f, "{v}%")
    }
}

/// The result of checking a printed percentage against the figures it is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RateCheck {
    /// The percentage computed from the printed figures, rounded (四舍五入) to the decimals of
    /// the stated one; `None` when the base is zero.
    pub computed: Option<Percent>,
    /// Every percentage the true (unrounded) figures allow; `None` when the base may be zero.
    pub possible: Option<Interval>,
    /// The percentage as printed.
    pub stated: PublishedPercent,
    /// The conclusion: [`Verdict::Exact`] when `computed` equals `stated`,
    /// [`Verdict::WithinRounding`] when the intervals meet, [`Verdict::Undetermined`] when the
    /// base may be zero, else [`Verdict::Inconsistent`].
    pub verdict: Verdict,
}

impl RateCheck {
    /// Compares a stated percentage with the interval of values the figures allow (`possible`,
    /// `None` when unbounded) and the value computed from the printed figures.
    #[must_use]
    pub fn from_interval(
        computed: Option<Percent>,
        possible: Option<Interval>,
        stated: PublishedPercent,
    ) -> RateCheck {
        let computed = computed.map(|c| c.round(stated.decimals));
        let verdict = match (computed, possible) {
            (Some(c), _) if c.value == stated.percent.value => Verdict::Exact,
            (_, Some(range)) if range.meets(&stated.interval()) => Verdict::WithinRounding,
            (_, Some(_)) => Verdict::Inconsistent,
            (_, None) => Verdict::Undetermined,
        };
        RateCheck {
            computed,
            possible,
            stated,
            verdict,
        }
    }
}

/// Checks a printed percentage against `numerator / denominator × 100` of printed figures.
///
/// The rate is consistent *iff* the interval of `a / b × 100`, taken over the intervals of the
/// printed `a` and `b`, meets the interval of the printed rate. A base whose interval contains
/// zero gives [`Verdict::Undetermined`] (a printed rate against a zero base is a separate rule
/// of the audit).
///
/// ```
/// use final_accounts::money::{check_rate, MoneyUnit, Precision, PublishedAmount, Verdict};
/// let form = |s| PublishedAmount::parse_with_precision(s, MoneyUnit::WanYuan, Precision::Rounded { decimals: 3 });
/// // 2.73 / 8 = 34.125 %, printed 34.12: a rounding tail, not an error.
/// let check = check_rate(&form("2.73")?, &form("8")?, &"34.12".parse()?);
/// assert_eq!(check.verdict, Verdict::WithinRounding);
/// assert_eq!(check.computed.unwrap().to_string(), "34.13%");
/// // 3.94 / 7 printed 66.28 is wrong.
/// assert_eq!(check_rate(&form("3.94")?, &form("7")?, &"66.28".parse()?).verdict, Verdict::Inconsistent);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[must_use]
pub fn check_rate(
    numerator: &PublishedAmount,
    denominator: &PublishedAmount,
    stated: &PublishedPercent,
) -> RateCheck {
    let computed = Percent::ratio(numerator.amount(), denominator.amount())
        .ok()
        .flatten();
    let possible = numerator
        .interval_yuan()
        .checked_div(&denominator.interval_yuan())
        .and_then(|q| q.checked_scale(Decimal::ONE_HUNDRED));
    RateCheck::from_interval(computed, possible, *stated)
}

/// The direction of a change, with its official words.
///
/// ```
/// use final_accounts::money::Direction;
/// assert_eq!(Direction::Increase.to_string(), "增加");
/// assert_eq!(Direction::Decrease.growth_word(), "下降");
/// assert_eq!("持平".parse::<Direction>()?, Direction::Flat);
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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum Direction {
    /// 增加 (amount) / 增长 (rate).
    #[strum(serialize = "增加")]
    Increase,
    /// 减少 (amount) / 下降 (rate).
    #[strum(serialize = "减少")]
    Decrease,
    /// 持平: no change.
    #[strum(serialize = "持平")]
    Flat,
}

crate::names::closed_set!(
    Direction,
    "变动方向 (direction of a change)",
    [
        ("增长", Direction::Increase),
        ("下降", Direction::Decrease),
        ("与上年相同", Direction::Flat),
    ]
);

impl Direction {
    /// The direction of `current − prior`.
    #[must_use]
    pub fn of(current: Amount, prior: Amount) -> Direction {
        match current.cmp(&prior) {
            Ordering::Greater => Direction::Increase,
            Ordering::Less => Direction::Decrease,
            Ordering::Equal => Direction::Flat,
        }
    }

    /// The word used with a rate: 增长, 下降 or 持平.
    #[must_use]
    pub fn growth_word(self) -> &'static str {
        match self {
            Direction::Increase => "增长",
            Direction::Decrease => "下降",
            Direction::Flat => "持平",
        }
    }
}

/// A year-on-year change (与上年相比): the difference and, when the prior year is not zero, the
/// growth rate. Growth from a zero prior year is its own variant, never a division by zero.
///
/// The rate is `(current − prior) / |prior| × 100`, unrounded, so that its sign follows the
/// direction of the change.
///
/// ```
/// use final_accounts::money::{Amount, Direction, YearOnYear};
/// use rust_decimal::Decimal;
/// let wan = |c| Amount::from_wan_yuan(Decimal::new(c, 2)).unwrap();
/// // 机关运行经费: 101.87 this year, 100.48 last year.
/// let change = YearOnYear::compute(wan(10187), wan(10048))?;
/// assert_eq!(change.direction(), Direction::Increase);
/// assert_eq!(change.difference().to_string(), "1.39万元");
/// assert_eq!(change.rate().unwrap().round(2).to_string(), "1.38%");
/// // 政府性基金 from nothing to 254.97 万元: the document prints "增长∞%".
/// let from_zero = YearOnYear::compute(wan(25497), Amount::ZERO)?;
/// assert!(matches!(from_zero, YearOnYear::FromZero { .. }));
/// assert_eq!(from_zero.rate(), None);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YearOnYear {
    /// The prior year is not zero.
    Changed {
        /// `current − prior`.
        difference: Amount,
        /// `(current − prior) / |prior| × 100`, unrounded.
        rate: Percent,
    },
    /// The prior year is zero and the current one is not: there is no rate (documents print
    /// "增长∞%" or leave it out).
    FromZero {
        /// `current`.
        difference: Amount,
    },
    /// Both years are zero.
    BothZero,
}

impl YearOnYear {
    /// The change from `prior` to `current`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] or [`MoneyError::PercentOutOfRange`] for extreme inputs.
    pub fn compute(current: Amount, prior: Amount) -> Result<YearOnYear, MoneyError> {
        let difference = current.checked_sub(prior)?;
        if prior.is_zero() {
            return Ok(if current.is_zero() {
                YearOnYear::BothZero
            } else {
                YearOnYear::FromZero { difference }
            });
        }
        let rate = Percent::ratio(difference, prior.abs())?.unwrap_or(Percent::ZERO);
        Ok(YearOnYear::Changed { difference, rate })
    }

    /// `current − prior`.
    #[must_use]
    pub fn difference(&self) -> Amount {
        match *self {
            YearOnYear::Changed { difference, .. } | YearOnYear::FromZero { difference } => {
                difference
            }
            YearOnYear::BothZero => Amount::ZERO,
        }
    }

    /// The growth rate, when the prior year is not zero.
    #[must_use]
    pub fn rate(&self) -> Option<Percent> {
        match *self {
            YearOnYear::Changed { rate, .. } => Some(rate),
            _ => None,
        }
    }

    /// Increase, decrease or flat.
    #[must_use]
    pub fn direction(&self) -> Direction {
        Direction::of(self.difference(), Amount::ZERO)
    }
}
