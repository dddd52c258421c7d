use core::fmt;

use rust_decimal::Decimal;

use super::amount::group_thousands;
use super::{Amount, Interval, MoneyError, MoneyUnit};

/// How precisely a figure was printed.
///
/// ```
/// use final_accounts::money::{MoneyUnit, Precision};
/// use rust_decimal::Decimal;
/// // A table cell in 万元 with two decimals stands for ± 50 元.
/// let p = Precision::Rounded { decimals: 2 };
/// assert_eq!(p.half_unit_yuan(MoneyUnit::WanYuan), Decimal::from(50));
/// assert_eq!(Precision::Exact.half_unit_yuan(MoneyUnit::WanYuan), Decimal::ZERO);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum Precision {
    /// The figure is the exact amount (source data in 元).
    Exact,
    /// The figure was rounded (四舍五入) to this many decimals of its unit.
    Rounded {
        /// Decimals printed.
        decimals: u32,
    },
}

impl Precision {
    /// Half of one unit in the last printed place, in 元: the most the printed figure can differ
    /// from the amount it stands for. Zero for [`Precision::Exact`].
    #[must_use]
    pub fn half_unit_yuan(self, unit: MoneyUnit) -> Decimal {
        match (self, unit) {
            (Precision::Exact, _) => Decimal::ZERO,
            // 0.5 × 10^-d 元 = 5 × 10^-(d+1) 元, built without arithmetic (this is in the
            // inner loop of every sum check).
            (Precision::Rounded { decimals }, MoneyUnit::Yuan) => {
                Decimal::new(5, decimals.min(27).saturating_add(1))
            }
            // 0.5 × 10^-d 万元 = 5 × 10^(3-d) 元.
            (Precision::Rounded { decimals }, MoneyUnit::WanYuan) => match decimals {
                0 => Decimal::from(5000),
                1 => Decimal::from(500),
                2 => Decimal::from(50),
                3 => Decimal::from(5),
                d => Decimal::new(5, d.min(27 + 3).saturating_sub(3)),
            },
        }
    }
}

/// An amount as it was printed: the value, the unit it was printed in and its [`Precision`].
///
/// This is what a table cell or a figure in the narrative *is*: "1,991.06" in a table of 万元
/// stands for any amount in [1 991.055, 1 991.065) 万元 (half-open: 1 991.065 rounds to 1 991.07). The consistency checks of this module
/// ([`check_sum`], [`check_rate`](super::check_rate)) work on published amounts so that rounding
/// tails (尾数误差) are told apart from real errors.
///
/// ```
/// use final_accounts::money::{MoneyUnit, Precision, PublishedAmount};
///
/// let cell = PublishedAmount::parse("1,991.06", MoneyUnit::WanYuan)?;
/// assert_eq!(cell.precision(), Precision::Rounded { decimals: 2 });
/// assert_eq!(cell.to_string(), "1991.06");
/// assert_eq!(cell.interval_yuan().to_string(), "[19910550, 19910650)");
///
/// // 元 are exact.
/// let exact = PublishedAmount::parse("80070", MoneyUnit::Yuan)?;
/// assert_eq!(exact.precision(), Precision::Exact);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PublishedAmount {
    amount: Amount,
    unit: MoneyUnit,
    precision: Precision,
    /// The decimals printed, trailing zeros included ("1991.060": 3): how the figure is shown,
    /// not what it stands for, so not part of equality.
    printed: u32,
}

impl PartialEq for PublishedAmount {
    fn eq(&self, other: &Self) -> bool {
        (self.amount, self.unit, self.precision) == (other.amount, other.unit, other.precision)
    }
}

impl Eq for PublishedAmount {}

impl core::hash::Hash for PublishedAmount {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        (self.amount, self.unit, self.precision).hash(state);
    }
}

impl PublishedAmount {
    /// Parses a printed figure in `unit`. Thousands separators (`,`) are accepted in the integer
    /// part; a leading `-` marks a negative figure; white space around the figure is ignored.
    /// Figures in 万元 are taken as rounded to the decimals printed; figures in 元 are taken as
    /// exact.
    ///
    /// ```
    /// use final_accounts::money::{MoneyUnit, PublishedAmount};
    /// let wan = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan);
    /// assert_eq!(wan(" 1991.06 ")?.to_string(), "1991.06");
    /// // Rejected with a reason: full-width digits, leading zeros, a negative zero.
    /// assert!(wan("１,２３４.５６").unwrap_err().to_string().contains("full-width"));
    /// assert!(wan("01.5").unwrap_err().to_string().contains("leading zero"));
    /// assert!(wan("-0.00").unwrap_err().to_string().contains("negative zero"));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`MoneyError::InvalidFigure`] for text that is not a number (with the reason: full-width
    /// digits, a leading zero, a negative zero, a misplaced separator …),
    /// [`MoneyError::TooManyDecimals`] past one 分, and the range errors of [`Amount`].
    pub fn parse(text: &str, unit: MoneyUnit) -> Result<PublishedAmount, MoneyError> {
        let (value, decimals) = parse_figure(text)?;
        let precision = match unit {
            MoneyUnit::Yuan => Precision::Exact,
            MoneyUnit::WanYuan => Precision::Rounded { decimals },
        };
        Self::build(&text, value, decimals, unit, precision)
    }

    /// Parses a printed figure whose precision is declared by its template rather than read
    /// from its digits: a self-evaluation form prints 万元 to three decimals and drops trailing
    /// zeros, so "10.5" there stands for 10.500 ± 0.0005.
    ///
    /// # Errors
    ///
    /// As [`PublishedAmount::parse`]; also [`MoneyError::TooManyDecimals`] when the text has more
    /// decimals than `precision`, and [`MoneyError::PrecisionTooFine`] for a precision finer
    /// than one 分.
    ///
    /// ```
    /// use final_accounts::money::{MoneyUnit, Precision, PublishedAmount};
    /// let p = PublishedAmount::parse_with_precision("10.5", MoneyUnit::WanYuan, Precision::Rounded { decimals: 3 })?;
    /// assert_eq!(p.interval_yuan().to_string(), "[104995, 105005)");
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn parse_with_precision(
        text: &str,
        unit: MoneyUnit,
        precision: Precision,
    ) -> Result<PublishedAmount, MoneyError> {
        let (value, decimals) = parse_figure(text)?;
        if let Precision::Rounded { decimals: allowed } = precision
            && decimals > allowed
        {
            return Err(MoneyError::TooManyDecimals {
                text: text.to_owned(),
                found: decimals,
                allowed,
            });
        }
        Self::build(&text, value, decimals, unit, precision)
    }

    /// A published figure from an amount, its unit and precision.
    ///
    /// # Errors
    ///
    /// [`MoneyError::PrecisionTooFine`] for a precision finer than one 分, and
    /// [`MoneyError::TooManyDecimals`] when the amount is not a whole number at that precision.
    pub fn new(
        amount: Amount,
        unit: MoneyUnit,
        precision: Precision,
    ) -> Result<PublishedAmount, MoneyError> {
        let value = amount.in_units(unit);
        Self::build(&value, value, value.scale(), unit, precision)
    }

    /// An exact amount as a table prints it: in `unit`, rounded half away from zero (四舍五入)
    /// to `decimals`.
    ///
    /// ```
    /// use final_accounts::money::{Amount, MoneyUnit, PublishedAmount};
    /// use rust_decimal::Decimal;
    /// let exact = Amount::from_yuan(Decimal::new(1_234_50, 2))?; // 1,234.50 元
    /// let printed = PublishedAmount::round(exact, MoneyUnit::WanYuan, 2)?;
    /// assert_eq!(printed.to_string(), "0.12");
    /// # Ok::<(), final_accounts::money::MoneyError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`MoneyError::PrecisionTooFine`] for more decimals than the unit allows, and the range
    /// errors of [`Amount::from_units`].
    pub fn round(
        amount: Amount,
        unit: MoneyUnit,
        decimals: u32,
    ) -> Result<PublishedAmount, MoneyError> {
        let value = super::round_half_away(amount.in_units(unit), decimals);
        PublishedAmount::new(
            Amount::from_units(value, unit)?,
            unit,
            Precision::Rounded { decimals },
        )
    }

    /// Checks and builds; `text` is shown (formatted) only in an error.
    fn build(
        text: &dyn fmt::Display,
        value: Decimal,
        decimals: u32,
        unit: MoneyUnit,
        precision: Precision,
    ) -> Result<PublishedAmount, MoneyError> {
        if decimals > unit.max_decimals() {
            return Err(MoneyError::TooManyDecimals {
                text: text.to_string(),
                found: decimals,
                allowed: unit.max_decimals(),
            });
        }
        if let Precision::Rounded { decimals: declared } = precision {
            if declared > unit.max_decimals() {
                return Err(MoneyError::PrecisionTooFine {
                    unit,
                    decimals: declared,
                });
            }
            if decimals > declared {
                return Err(MoneyError::TooManyDecimals {
                    text: text.to_string(),
                    found: decimals,
                    allowed: declared,
                });
            }
        }
        let amount = Amount::from_units(value, unit)?;
        Ok(PublishedAmount {
            amount,
            unit,
            precision,
            printed: decimals,
        })
    }

    /// The decimals the figure was printed with, trailing zeros included: 3 for "1991.060",
    /// which a table of two decimals reads as 1991.06 (the audit reports the extra digit).
    ///
    /// ```
    /// use final_accounts::money::{MoneyUnit, PublishedAmount};
    /// let p = PublishedAmount::parse("1,991.060", MoneyUnit::WanYuan)?;
    /// assert_eq!(p.printed_decimals(), 3);
    /// assert_eq!(p.to_string(), "1991.060");
    /// // Equality is about what the figure stands for, not how it is shown.
    /// let two = PublishedAmount::parse("1991.06", MoneyUnit::WanYuan)?;
    /// assert_eq!(two.with_printed_decimals(3), two);
    /// assert_eq!(two.with_printed_decimals(3).to_string(), "1991.060");
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    #[must_use]
    pub fn printed_decimals(&self) -> u32 {
        self.printed
    }

    /// The same figure, shown with `decimals` decimals as printed (a table re-expressing a
    /// cell at its own precision keeps how it was printed).
    #[must_use]
    pub fn with_printed_decimals(mut self, decimals: u32) -> PublishedAmount {
        self.printed = decimals;
        self
    }

    /// The amount as printed (the center of its interval).
    #[must_use]
    pub fn amount(&self) -> Amount {
        self.amount
    }

    /// The unit it was printed in.
    #[must_use]
    pub fn unit(&self) -> MoneyUnit {
        self.unit
    }

    /// Its precision.
    #[must_use]
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The most the printed figure may differ from the true amount, in 元.
    #[must_use]
    pub fn half_unit_yuan(&self) -> Decimal {
        self.precision.half_unit_yuan(self.unit)
    }

    /// Every amount (in 元) this figure may stand for.
    #[must_use]
    pub fn interval_yuan(&self) -> Interval {
        // Bounded amounts plus a half unit of at most 5 000 元 cannot overflow.
        Interval::rounding(self.amount.yuan(), self.half_unit_yuan())
            .unwrap_or_else(|| Interval::exact(self.amount.yuan()))
    }

    /// Every value (in the figure's own unit) this figure may stand for.
    #[must_use]
    pub fn interval(&self) -> Interval {
        let v = self.amount.in_units(self.unit);
        let half = match self.precision {
            Precision::Exact => Decimal::ZERO,
            Precision::Rounded { decimals } => Decimal::new(5, decimals.min(27).saturating_add(1)),
        };
        Interval::rounding(v, half).unwrap_or_else(|| Interval::exact(v))
    }

    /// The value in its own unit, with as many decimals as its precision (`1991.06`).
    #[must_use]
    pub fn value(&self) -> Decimal {
        let v = self.amount.in_units(self.unit);
        match self.precision {
            Precision::Rounded { decimals } if v.scale() < decimals => {
                let mut padded = v;
                padded.rescale(decimals);
                padded
            }
            _ => v,
        }
    }
}

impl fmt::Display for PublishedAmount {
    /// Prints the value in its unit (no unit suffix), `{:#}` with thousands separators.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut value = self.value();
        if value.scale() < self.printed {
            value.rescale(self.printed);
        }
        let plain = value.to_string();
        if f.alternate() {
            f.write_str(&group_thousands(&plain))
        } else {
            f.write_str(&plain)
        }
    }
}

/// Parses `[-]d{1,3}(,ddd)*[.d*]` or `[-]d+[.d*]` into a decimal and the count of decimals.
///
/// White space around the figure is ignored. Rejected with a reason: full-width digits and
/// signs, leading zeros (`01.5`, `00001`: no table prints them, and which digit was lost cannot
/// be told), and a negative zero (`-0.00`: write `0.00`, which stands for the same rounded
/// values and more, so no check is made stricter by it).
pub(crate) fn parse_figure(text: &str) -> Result<(Decimal, u32), MoneyError> {
    let invalid = |reason| MoneyError::InvalidFigure {
        text: text.to_owned(),
        reason,
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(invalid("it is empty"));
    }
    if trimmed.chars().any(is_full_width_numeral) {
        return Err(invalid(
            "it is written with full-width digits or signs (０–９，．－); write ASCII digits 0–9 \
             with \",\" and \".\"",
        ));
    }
    if trimmed.len() > 40 {
        return Err(invalid("it is longer than 40 characters"));
    }
    let (negative, body) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let (int, frac) = match body.split_once('.') {
        Some((int, frac)) => (int, frac),
        None => (body, ""),
    };
    if int.is_empty() {
        return Err(invalid("it has no digit before the decimal point"));
    }
    if body.contains('.') && frac.is_empty() {
        return Err(invalid("it has no digit after the decimal point"));
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(invalid("its decimals are not all digits"));
    }
    let digits: String = if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next().unwrap_or_default();
        if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("its thousands separators are misplaced"));
        }
        let mut digits = first.to_owned();
        for group in groups {
            if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid("its thousands separators are misplaced"));
            }
            digits.push_str(group);
        }
        digits
    } else {
        if !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("it is not all digits"));
        }
        int.to_owned()
    };
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(invalid(
            "it has a leading zero (such as 01.5 or 00001); write the figure as printed, \
             without leading zeros",
        ));
    }
    if digits.len() > 20 {
        return Err(invalid("it has more than 20 integer digits"));
    }
    if frac.len() > 20 {
        return Err(invalid("it has more than 20 decimals"));
    }
    let mut plain =
        String::with_capacity(digits.len().saturating_add(frac.len()).saturating_add(2));
    if negative {
        plain.push('-');
    }
    plain.push_str(&digits);
    if !frac.is_empty() {
        plain.push('.');
        plain.push_str(frac);
    }
    let value: Decimal = plain
        .parse()
        .map_err(|_| invalid("it does not fit a decimal number"))?;
    if negative && value.is_zero() {
        return Err(invalid(
            "it is a negative zero; write 0 with the same decimals (0.00 stands for every \
             amount -0.00 can round from)",
        ));
    }
    let decimals = u32::try_from(frac.len()).unwrap_or(u32::MAX);
    Ok((value, decimals))
}

/// Full-width digits, comma, point and minus (U+FF10 … U+FF19, U+FF0C, U+FF0E, U+FF0D).
fn is_full_width_numeral(c: char) -> bool {
    matches!(c, '０'..='９' | '，' | '．' | '－')
}

/// The outcome of comparing printed figures that must agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::Display)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Verdict {
    /// The figures agree exactly.
    #[strum(serialize = "exact")]
    Exact,
    /// The figures differ, but by no more than their printing could cause (尾数误差).
    #[strum(serialize = "within rounding")]
    WithinRounding,
    /// The figures cannot all be right: the difference exceeds what rounding explains.
    #[strum(serialize = "inconsistent")]
    Inconsistent,
    /// Nothing can be concluded (a rate against a base that may be zero).
    #[strum(serialize = "undetermined")]
    Undetermined,
}

impl Verdict {
    /// Whether the figures can all be right.
    #[must_use]
    pub fn is_consistent(self) -> bool {
        matches!(self, Verdict::Exact | Verdict::WithinRounding)
    }
}

/// The result of [`check_sum`]: a printed total against the sum of its printed parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SumCheck {
    /// The sum of the parts as printed.
    pub expected: Amount,
    /// The total as printed.
    pub actual: Amount,
    /// `actual − expected`.
    pub difference: Amount,
    /// The bound on the difference, in 元: the half units of the total and of every part, added
    /// up. Rounding explains differences strictly below it, never the bound itself.
    pub allowance_yuan: Decimal,
    /// The conclusion.
    pub verdict: Verdict,
    /// The unit of the total, to show the figures in.
    pub unit: MoneyUnit,
    /// The decimals the total was printed with (`None`: an exact figure).
    pub decimals: Option<u32>,
}

/// Checks `total = Σ parts` between printed figures.
///
/// The relation holds *iff* some true values, each in the half-open interval its printed
/// figure stands for (see [`Interval::rounding`]), add up. Between rounded figures that is
/// `|total − Σ parts| <` the half unit of the total plus the half units of all the parts, a
/// **strict** bound: every rounding error lies in a half-open interval, so a difference exactly
/// equal to the allowance cannot come from rounding. A total with one part must therefore equal
/// it; two or three parts allow one unit of the last place, `n` parts `⌈(n+1)/2⌉ − 1` units.
/// An exact match is [`Verdict::Exact`]; a difference rounding explains is
/// [`Verdict::WithinRounding`]; anything else is [`Verdict::Inconsistent`]. Figures in 元
/// (exact) must match exactly. The check is symmetric in the order of the parts.
///
/// # Errors
///
/// [`MoneyError::Overflow`] only if the sum leaves the supported range.
///
/// ```
/// use final_accounts::money::{check_sum, MoneyUnit, PublishedAmount, Verdict};
/// let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan);
/// // 公开02表, 22102 住房改革支出: 99.98 + 9.62 printed against 109.61.
/// let check = check_sum(&p("109.61")?, &[p("99.98")?, p("9.62")?])?;
/// assert_eq!(check.verdict, Verdict::WithinRounding);
/// assert_eq!(check.allowance_yuan.to_string(), "150");
/// // A 款 with a single 项 must equal it: 0.01 apart is exactly the allowance, an error.
/// let single = check_sum(&p("9.63")?, &[p("9.62")?])?;
/// assert_eq!(single.allowance_yuan.to_string(), "100");
/// assert_eq!(single.verdict, Verdict::Inconsistent);
/// # Ok::<(), final_accounts::Error>(())
/// ```
pub fn check_sum(
    total: &PublishedAmount,
    parts: &[PublishedAmount],
) -> Result<SumCheck, MoneyError> {
    let expected = Amount::checked_sum(parts.iter().map(PublishedAmount::amount))?;
    let actual = total.amount();
    let difference = actual.checked_sub(expected)?;
    let allowance_yuan = parts
        .iter()
        .map(PublishedAmount::half_unit_yuan)
        .try_fold(total.half_unit_yuan(), Decimal::checked_add)
        .ok_or(MoneyError::Overflow {
            operation: "rounding allowance",
            left: actual.yuan(),
            right: expected.yuan(),
        })?;
    let allowance_yuan = allowance_yuan.normalize();
    let verdict = if difference.is_zero() {
        Verdict::Exact
    } else if difference.yuan().abs() > allowance_yuan {
        Verdict::Inconsistent
    } else if sum_possible(total, parts).ok_or(MoneyError::Overflow {
        operation: "rounding interval",
        left: actual.yuan(),
        right: expected.yuan(),
    })? {
        Verdict::WithinRounding
    } else {
        Verdict::Inconsistent
    };
    Ok(SumCheck {
        expected,
        actual,
        difference,
        allowance_yuan,
        verdict,
        unit: total.unit(),
        decimals: match total.precision() {
            Precision::Rounded { decimals } => Some(decimals),
            Precision::Exact => None,
        },
    })
}

/// Whether some true values, each in the half-open interval of its printed figure, make
/// `total = Σ parts`: zero lies in `interval(total) − Σ interval(parts)`. `None` on overflow.
fn sum_possible(total: &PublishedAmount, parts: &[PublishedAmount]) -> Option<bool> {
    let mut gap = total.interval_yuan();
    for part in parts {
        gap = gap.checked_sub(&part.interval_yuan())?;
    }
    Some(gap.contains_zero())
}
