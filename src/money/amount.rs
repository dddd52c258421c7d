use core::fmt;

use rust_decimal::Decimal;

use super::{MoneyError, round_half_away};

/// The unit a figure is printed in.
///
/// Display and `FromStr` use the official names.
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// assert_eq!(MoneyUnit::WanYuan.to_string(), "万元");
/// assert_eq!("元".parse::<MoneyUnit>()?, MoneyUnit::Yuan);
/// assert_eq!(MoneyUnit::WanYuan.yuan_per_unit(), rust_decimal::Decimal::from(10_000));
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
pub enum MoneyUnit {
    /// 元, the base unit: figures in 元 are exact source data.
    #[strum(serialize = "元")]
    Yuan,
    /// 万元 (10 000 元), the unit of the disclosure tables.
    #[strum(serialize = "万元")]
    WanYuan,
}

crate::names::closed_set!(MoneyUnit, "金额单位 (money unit)");

impl MoneyUnit {
    /// How many 元 one of this unit is.
    #[must_use]
    pub fn yuan_per_unit(self) -> Decimal {
        match self {
            MoneyUnit::Yuan => Decimal::ONE,
            MoneyUnit::WanYuan => Decimal::from(10_000),
        }
    }

    /// The most decimals a figure in this unit may carry while staying a whole number of 分.
    #[must_use]
    pub fn max_decimals(self) -> u32 {
        match self {
            MoneyUnit::Yuan => 2,
            MoneyUnit::WanYuan => 6,
        }
    }
}

/// An exact amount of money, held in 元 to the 分 (0.01 元).
///
/// Amounts are bounded by [`Amount::MAX_YUAN`] (10¹⁵ 元, a thousand trillion 元, more than any
/// public budget) in magnitude. Decimal numbers hold about 7.9 × 10²⁸, so 10¹³ bounded amounts
/// can be added before an intermediate result could overflow; all arithmetic is checked anyway
/// and returns [`MoneyError`] instead of panicking. Amounts may be negative (a 结余 can be).
///
/// `Display` prints 万元 with two decimals (the disclosure convention), rounded half away from
/// zero; the alternate form `{:#}` groups thousands as the tables do.
///
/// ```
/// use final_accounts::money::Amount;
/// use rust_decimal::Decimal;
///
/// let a = Amount::from_wan_yuan(Decimal::new(173592, 2))?; // 1,735.92 万元
/// assert_eq!(a.yuan(), Decimal::from(17_359_200));
/// assert_eq!(a.to_string(), "1735.92万元");
/// assert_eq!(format!("{a:#}"), "1,735.92万元");
/// assert_eq!(a.display_yuan().to_string(), "17359200.00元");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "AmountRepr", into = "AmountRepr")
)]
pub struct Amount {
    yuan: Decimal,
}

/// The serde form of an [`Amount`]: a string of 元, never a float. Read as text first, so that
/// a JSON number is refused with how to write it, and a text that is no number is named.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
struct AmountRepr(
    #[serde(
        serialize_with = "rust_decimal::serde::str::serialize",
        deserialize_with = "yuan_text"
    )]
    Decimal,
);

/// An amount in 元 written as a string (`"3456789.12"`).
#[cfg(feature = "serde")]
fn yuan_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    use serde::de::Error as _;
    let text = crate::serde_util::amount_text(deserializer)?;
    let digits = text.trim();
    digits.parse::<Decimal>().map_err(|_| {
        D::Error::custom(format_args!(
            "the amount {text:?} is not a number of 元: write digits with at most two \
             decimals, such as \"3456789.12\""
        ))
    })
}

#[cfg(feature = "serde")]
impl TryFrom<AmountRepr> for Amount {
    type Error = MoneyError;
    fn try_from(repr: AmountRepr) -> Result<Self, Self::Error> {
        Amount::from_yuan(repr.0)
    }
}

#[cfg(feature = "serde")]
impl From<Amount> for AmountRepr {
    fn from(amount: Amount) -> Self {
        AmountRepr(amount.yuan)
    }
}

impl Amount {
    /// The largest magnitude an amount may have, in 元: 10¹⁵.
    pub const MAX_YUAN: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

    /// Zero.
    pub const ZERO: Amount = Amount {
        yuan: Decimal::ZERO,
    };

    /// The largest amount, [`Amount::MAX_YUAN`] 元.
    pub const MAX: Amount = Amount {
        yuan: Self::MAX_YUAN,
    };

    /// The smallest (most negative) amount, −[`Amount::MAX_YUAN`] 元.
    pub const MIN: Amount = Amount {
        yuan: Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, true, 0),
    };

    /// An amount of `yuan` 元.
    ///
    /// # Errors
    ///
    /// [`MoneyError::OutOfRange`] beyond ±[`Amount::MAX_YUAN`], [`MoneyError::FinerThanFen`] when
    /// the value is not a whole number of 分.
    ///
    /// ```
    /// use final_accounts::money::Amount;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Amount::from_yuan(Decimal::new(12345, 2))?.to_string(), "0.01万元");
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn from_yuan(yuan: Decimal) -> Result<Amount, MoneyError> {
        if yuan.abs() > Self::MAX_YUAN {
            return Err(MoneyError::OutOfRange { yuan });
        }
        let normalized = yuan.normalize();
        if normalized.scale() > 2 {
            return Err(MoneyError::FinerThanFen { yuan });
        }
        Ok(Amount { yuan: normalized })
    }

    /// An amount of `wan_yuan` 万元 (10 000 元 each).
    ///
    /// # Errors
    ///
    /// As [`Amount::from_yuan`], after conversion: the value must be a whole number of 分
    /// (at most six decimals of 万元) and within range.
    ///
    /// ```
    /// use final_accounts::money::Amount;
    /// use rust_decimal::Decimal;
    /// let a = Amount::from_wan_yuan(Decimal::new(8007, 3))?; // 8.007 万元
    /// assert_eq!(a.yuan(), Decimal::from(80_070));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn from_wan_yuan(wan_yuan: Decimal) -> Result<Amount, MoneyError> {
        Self::from_units(wan_yuan, MoneyUnit::WanYuan)
    }

    /// An amount of `value` in `unit`.
    ///
    /// # Errors
    ///
    /// As [`Amount::from_yuan`].
    pub fn from_units(value: Decimal, unit: MoneyUnit) -> Result<Amount, MoneyError> {
        let yuan = value
            .checked_mul(unit.yuan_per_unit())
            .ok_or(MoneyError::OutOfRange { yuan: value })?;
        Self::from_yuan(yuan)
    }

    /// The exact value in 元.
    #[must_use]
    pub fn yuan(self) -> Decimal {
        self.yuan
    }

    /// The exact value in 万元 (not rounded).
    #[must_use]
    pub fn wan_yuan(self) -> Decimal {
        self.in_units(MoneyUnit::WanYuan)
    }

    /// The exact value in `unit` (not rounded).
    #[must_use]
    pub fn in_units(self, unit: MoneyUnit) -> Decimal {
        // Dividing a bounded amount by 1 or 10 000 is exact and cannot fail; the fallback is
        // unreachable but keeps the function total.
        self.yuan
            .checked_div(unit.yuan_per_unit())
            .unwrap_or(self.yuan)
            .normalize()
    }

    /// Whether this is zero.
    #[must_use]
    pub fn is_zero(self) -> bool {
        self.yuan.is_zero()
    }

    /// Whether this is below zero.
    #[must_use]
    pub fn is_negative(self) -> bool {
        self.yuan.is_sign_negative() && !self.yuan.is_zero()
    }

    /// The magnitude.
    #[must_use]
    pub fn abs(self) -> Amount {
        Amount {
            yuan: self.yuan.abs(),
        }
    }

    /// The opposite amount (always in range, since the range is symmetric).
    #[must_use]
    pub fn negate(self) -> Amount {
        let mut yuan = self.yuan;
        if !yuan.is_zero() {
            yuan.set_sign_negative(!yuan.is_sign_negative());
        }
        Amount { yuan }
    }

    /// `self + other`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] when the result leaves ±[`Amount::MAX_YUAN`].
    pub fn checked_add(self, other: Amount) -> Result<Amount, MoneyError> {
        self.combine(other, "sum", Decimal::checked_add)
    }

    /// `self − other`.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] when the result leaves ±[`Amount::MAX_YUAN`].
    pub fn checked_sub(self, other: Amount) -> Result<Amount, MoneyError> {
        self.combine(other, "difference", Decimal::checked_sub)
    }

    fn combine(
        self,
        other: Amount,
        operation: &'static str,
        op: fn(Decimal, Decimal) -> Option<Decimal>,
    ) -> Result<Amount, MoneyError> {
        let overflow = || MoneyError::Overflow {
            operation,
            left: self.yuan,
            right: other.yuan,
        };
        let yuan = op(self.yuan, other.yuan).ok_or_else(overflow)?;
        if yuan.abs() > Self::MAX_YUAN {
            return Err(overflow());
        }
        Ok(Amount { yuan })
    }

    /// The sum of `amounts`.
    ///
    /// Intermediate sums are exact and unbounded by [`Amount::MAX_YUAN`] (a `Decimal` holds about
    /// 7.9 × 10²⁸), so the result does not depend on the order of the amounts; only the final
    /// sum must be in range.
    ///
    /// # Errors
    ///
    /// [`MoneyError::Overflow`] when the sum leaves ±[`Amount::MAX_YUAN`] (or, past 10¹³ amounts,
    /// the range of a `Decimal`).
    ///
    /// ```
    /// use final_accounts::money::Amount;
    /// use rust_decimal::Decimal;
    /// let parts = [Decimal::new(9998, 2), Decimal::new(962, 2)]
    ///     .map(|d| Amount::from_wan_yuan(d).unwrap());
    /// assert_eq!(Amount::checked_sum(parts)?.to_string(), "109.60万元");
    /// // Order does not matter, even when a partial sum would leave the range.
    /// let swing = [Amount::MAX, Amount::MAX, Amount::MIN, Amount::MIN];
    /// assert_eq!(Amount::checked_sum(swing)?, Amount::ZERO);
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn checked_sum<I: IntoIterator<Item = Amount>>(amounts: I) -> Result<Amount, MoneyError> {
        let mut total = Decimal::ZERO;
        for amount in amounts {
            total = total.checked_add(amount.yuan).ok_or(MoneyError::Overflow {
                operation: "sum",
                left: total,
                right: amount.yuan,
            })?;
        }
        if total.abs() > Self::MAX_YUAN {
            return Err(MoneyError::Overflow {
                operation: "sum",
                left: total,
                right: Decimal::ZERO,
            });
        }
        Ok(Amount { yuan: total })
    }

    /// The value in `unit`, rounded half away from zero to exactly `decimals` places.
    #[must_use]
    pub fn round_in(self, unit: MoneyUnit, decimals: u32) -> Decimal {
        let mut rounded = round_half_away(self.in_units(unit), decimals);
        rounded.rescale(decimals);
        rounded
    }

    /// A display of this amount in 元 with two decimals ("17359200.00元").
    #[must_use]
    pub fn display_yuan(self) -> impl fmt::Display {
        Formatted {
            value: self.round_in(MoneyUnit::Yuan, 2),
            unit: MoneyUnit::Yuan,
        }
    }

    /// Whether `self` and `other` differ by exactly a factor of 10 000 (a 元 / 万元 slip), both
    /// being non-zero.
    ///
    /// ```
    /// use final_accounts::money::Amount;
    /// use rust_decimal::Decimal;
    /// let wan = Amount::from_wan_yuan(Decimal::new(10187, 2))?;
    /// let slip = Amount::from_yuan(Decimal::new(10187, 2))?;
    /// assert!(wan.is_unit_slip_of(slip));
    /// assert!(slip.is_unit_slip_of(wan));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    #[must_use]
    pub fn is_unit_slip_of(self, other: Amount) -> bool {
        if self.is_zero() || other.is_zero() {
            return false;
        }
        let factor = MoneyUnit::WanYuan.yuan_per_unit();
        let scaled = |a: Decimal| a.checked_mul(factor);
        scaled(self.yuan) == Some(other.yuan) || scaled(other.yuan) == Some(self.yuan)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let formatted = Formatted {
            value: self.round_in(MoneyUnit::WanYuan, 2),
            unit: MoneyUnit::WanYuan,
        };
        fmt::Display::fmt(&formatted, f)
    }
}

/// A decimal value with its unit, printed with the value's own decimals; `{:#}` groups thousands.
struct Formatted {
    value: Decimal,
    unit: MoneyUnit,
}

impl fmt::Display for Formatted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(
                f,
                "{}{}",
                group_thousands(&self.value.to_string()),
                self.unit
            )
        } else {
            write!(f, "{}{}", self.value, self.unit)
        }
    }
}

/// Inserts thousands separators into the integer part of a plain decimal string.
pub(crate) fn group_thousands(plain: &str) -> String {
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (rest, None),
    };
    let mut out = String::with_capacity(plain.len().saturating_add(int.len() / 3));
    out.push_str(sign);
    let digits: Vec<char> = int.chars().collect();
    let len = digits.len();
    for (i, c) in digits.iter().enumerate() {
        let remaining = len.saturating_sub(i);
        if i > 0 && remaining % 3 == 0 {
            out.push(',');
        }
        out.push(*c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}
