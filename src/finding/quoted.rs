//! What a finding quotes: a typed [`Figure`] (an amount in its unit and precision, a percentage,
//! a count, printed text) and the [`Allowance`] rounding could explain.

use core::fmt;

use rust_decimal::Decimal;

use crate::money::{
    Amount, MoneyUnit, Precision, PublishedAmount, PublishedPercent, round_half_away,
};

use super::Template;

/// A figure a finding quotes, typed: shown in its own unit and precision only when asked.
///
/// ```
/// use final_accounts::finding::Figure;
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// let yuan = PublishedAmount::parse("17359200.01", MoneyUnit::Yuan)?;
/// // A 元 figure stays 元, to the 分.
/// assert_eq!(Figure::from(yuan).to_string(), "17359200.01");
/// assert_eq!(Figure::from(yuan).with_unit().to_string(), "17359200.01元");
/// assert_eq!(Figure::Count(2).to_string(), "2");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Figure {
    /// An amount, shown in `unit` with `decimals` places (`None`: exact, to the 分 of 元 or
    /// as many places as the amount needs).
    Money {
        /// The amount.
        amount: Amount,
        /// The unit to show it in.
        unit: MoneyUnit,
        /// The places to show; `None` for an exact figure.
        decimals: Option<u32>,
    },
    /// A percentage, shown with `decimals` places (`None`: as many as it has) and `%`.
    Percent {
        /// The value in percent (12.5 for 12.5%).
        value: Decimal,
        /// The places to show.
        decimals: Option<u32>,
    },
    /// A plain number: a score, a weight, a 行次.
    Number(Decimal),
    /// A count of things (vehicles, people, forms).
    Count(i64),
    /// A year.
    Year(i32),
    /// Printed text, quoted from the document.
    Text(Box<str>),
    /// A fixed text that reads the same in both languages (a code, an official name).
    Static(&'static str),
    /// A fixed phrase with a Chinese and an English wording.
    Phrase(&'static Template),
}

impl Figure {
    /// An amount shown in `unit` with the precision `precision`.
    #[must_use]
    pub fn money(amount: Amount, unit: MoneyUnit, precision: Precision) -> Figure {
        Figure::Money {
            amount,
            unit,
            decimals: match precision {
                Precision::Rounded { decimals } => Some(decimals),
                _ => None,
            },
        }
    }

    /// Printed text.
    #[must_use]
    pub fn text(text: impl Into<Box<str>>) -> Figure {
        Figure::Text(text.into())
    }

    /// The figure in `lang`, without its unit (as [`Display`](fmt::Display) shows it): a
    /// [`Figure::Phrase`] in that language's wording.
    ///
    /// ```
    /// use final_accounts::finding::{phrase, Figure, Lang};
    /// assert_eq!(Figure::Phrase(&phrase::NO_RATE).in_lang(Lang::En).to_string(), "no rate");
    /// assert_eq!(Figure::Count(3).in_lang(Lang::Zh).to_string(), "3");
    /// ```
    #[must_use]
    pub fn in_lang(&self, lang: super::Lang) -> impl fmt::Display + '_ {
        InLang(self, lang)
    }

    /// The figure with its unit, as a message shows it: "1991.06万元", "34.13%".
    #[must_use]
    pub fn with_unit(&self) -> impl fmt::Display + '_ {
        WithUnit(self)
    }

    pub(crate) fn write(&self, f: &mut fmt::Formatter<'_>, unit: bool, en: bool) -> fmt::Result {
        match self {
            Figure::Money {
                amount,
                unit: u,
                decimals,
            } => {
                let value = match decimals {
                    Some(d) => amount.round_in(*u, *d),
                    None if *u == MoneyUnit::Yuan => amount.round_in(*u, 2),
                    None => amount.in_units(*u).normalize(),
                };
                write!(f, "{value}")?;
                if unit {
                    if en {
                        f.write_str(" ")?;
                    }
                    f.write_str(<&str>::from(*u))?;
                }
                Ok(())
            }
            Figure::Percent { value, decimals } => {
                let mut v = match decimals {
                    Some(d) => round_half_away(*value, *d),
                    None => value.normalize(),
                };
                if let Some(d) = decimals
                    && v.scale() < *d
                {
                    v.rescale(*d);
                }
                write!(f, "{v}%")
            }
            Figure::Number(n) => write!(f, "{}", n.normalize()),
            Figure::Count(n) => write!(f, "{n}"),
            Figure::Year(y) => write!(f, "{y}"),
            Figure::Text(t) => f.write_str(t),
            Figure::Static(s) => f.write_str(s),
            Figure::Phrase(p) => f.write_str(if en { p.en } else { p.zh }),
        }
    }
}

/// Shows the figure as the expected and printed columns do: amounts without their unit,
/// percentages with `%`.
impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, false, false)
    }
}

struct InLang<'a>(&'a Figure, super::Lang);

impl fmt::Display for InLang<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, false, self.1 == super::Lang::En)
    }
}

struct WithUnit<'a>(&'a Figure);

impl fmt::Display for WithUnit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write(f, true, false)
    }
}

impl From<PublishedAmount> for Figure {
    fn from(p: PublishedAmount) -> Figure {
        Figure::money(p.amount(), p.unit(), p.precision())
    }
}

impl From<&PublishedAmount> for Figure {
    fn from(p: &PublishedAmount) -> Figure {
        Figure::from(*p)
    }
}

impl From<PublishedPercent> for Figure {
    fn from(p: PublishedPercent) -> Figure {
        Figure::Percent {
            value: p.percent().value(),
            decimals: Some(p.decimals()),
        }
    }
}

impl From<&'static str> for Figure {
    fn from(s: &'static str) -> Figure {
        Figure::Static(s)
    }
}

impl From<String> for Figure {
    fn from(s: String) -> Figure {
        Figure::Text(s.into_boxed_str())
    }
}

impl From<&'static Template> for Figure {
    fn from(t: &'static Template) -> Figure {
        Figure::Phrase(t)
    }
}

/// How large a difference rounding can explain, for a precision-aware rule.
///
/// ```
/// use final_accounts::finding::Allowance;
/// use final_accounts::money::MoneyUnit;
/// use rust_decimal::Decimal;
/// let a = Allowance::Money { yuan: Decimal::from(200), unit: MoneyUnit::WanYuan };
/// assert_eq!(a.to_string(), "±0.02万元");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Allowance {
    /// Half a unit in the last printed place of each figure, added up, in 元; shown in `unit`.
    Money {
        /// The allowance in 元.
        yuan: Decimal,
        /// The unit to show it in.
        unit: MoneyUnit,
    },
    /// An allowance in percentage points.
    Points(Decimal),
}

impl fmt::Display for Allowance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Allowance::Money { yuan, unit } => {
                let value = yuan
                    .checked_div(unit.yuan_per_unit())
                    .map(|v| round_half_away(v, 6).normalize())
                    .unwrap_or(*yuan);
                write!(f, "±{value}{}", <&str>::from(*unit))
            }
            Allowance::Points(p) => write!(f, "±{}个百分点", p.normalize()),
        }
    }
}
