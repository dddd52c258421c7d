//! Table cells: an amount, blank (nothing reported) or "——" (not applicable); counts.

use core::fmt;

use crate::money::{Amount, MoneyError, MoneyUnit, Precision, PublishedAmount};

/// The mark printed in a cell that must not be filled (not applicable).
pub const NOT_APPLICABLE: &str = "——";

/// One amount cell of a disclosure table.
///
/// Blank and zero stay distinct: a blank cell reports nothing, a cell printed `0.00` reports
/// zero. "——" marks a cell the template says must not be filled. In sums (合计, 类 = Σ款) a
/// blank or "——" cell counts as exactly zero.
///
/// In JSON an amount is a string in the table's unit as printed (`"1735.92"`), "——" is the
/// string `"——"`, and a blank cell is a missing key (or `null`).
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::Cell;
///
/// let wan = MoneyUnit::WanYuan;
/// let cell = Cell::parse("1,735.92", wan)?;
/// assert_eq!(cell.to_string(), "1735.92");
/// assert_eq!(cell.amount().map(|a| a.to_string()).as_deref(), Some("1735.92万元"));
/// assert!(Cell::parse("", wan)?.is_blank());
/// assert!(Cell::parse("——", wan)?.is_not_applicable());
/// assert_ne!(Cell::parse("0.00", wan)?, Cell::Blank);
/// # Ok::<(), final_accounts::money::MoneyError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Cell {
    /// Nothing printed: no amount reported.
    #[default]
    Blank,
    /// "——": the cell is not applicable and must not carry a value.
    NotApplicable,
    /// A printed amount.
    Amount(PublishedAmount),
}

impl Cell {
    /// Reads a cell as printed in a table of `unit`: empty (after trimming) is blank, "——" is
    /// not applicable, anything else a figure (thousands separators allowed).
    ///
    /// # Errors
    ///
    /// The errors of [`PublishedAmount::parse`] for a figure that is not a number or is finer
    /// than one 分.
    pub fn parse(text: &str, unit: MoneyUnit) -> Result<Cell, MoneyError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            Ok(Cell::Blank)
        } else if trimmed == NOT_APPLICABLE {
            Ok(Cell::NotApplicable)
        } else {
            PublishedAmount::parse(trimmed, unit).map(Cell::Amount)
        }
    }

    /// The amount printed, if any.
    #[must_use]
    pub fn amount(&self) -> Option<Amount> {
        self.published().map(PublishedAmount::amount)
    }

    /// The printed figure, if any.
    #[must_use]
    pub fn published(&self) -> Option<&PublishedAmount> {
        match self {
            Cell::Amount(p) => Some(p),
            Cell::Blank | Cell::NotApplicable => None,
        }
    }

    /// The amount printed, or zero for a blank or "——" cell.
    #[must_use]
    pub fn amount_or_zero(&self) -> Amount {
        self.amount().unwrap_or(Amount::ZERO)
    }

    /// Whether nothing is printed.
    #[must_use]
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Blank)
    }

    /// Whether "——" is printed.
    #[must_use]
    pub fn is_not_applicable(&self) -> bool {
        matches!(self, Cell::NotApplicable)
    }

    /// Whether an amount is printed (zero included).
    #[must_use]
    pub fn has_amount(&self) -> bool {
        matches!(self, Cell::Amount(_))
    }

    /// The figure as a sum operand: the printed figure, or an exact zero for blank / "——".
    pub(crate) fn operand(&self, unit: MoneyUnit) -> Result<PublishedAmount, MoneyError> {
        match self {
            Cell::Amount(p) => Ok(*p),
            Cell::Blank | Cell::NotApplicable => {
                PublishedAmount::new(Amount::ZERO, unit, Precision::Exact)
            }
        }
    }

    /// Re-expresses an amount in a table's unit and precision.
    pub(crate) fn normalize(
        self,
        unit: MoneyUnit,
        decimals: u32,
    ) -> Result<Cell, super::ProblemKind> {
        let Cell::Amount(p) = self else {
            return Ok(self);
        };
        if p.unit() != unit {
            return Err(super::ProblemKind::WrongUnit {
                found: p.unit(),
                expected: unit,
            });
        }
        let found = p.amount().in_units(unit).scale();
        if found > decimals {
            return Err(super::ProblemKind::TooManyDecimals {
                text: p.to_string(),
                found,
                allowed: decimals,
            });
        }
        let precision = table_precision(unit, decimals);
        let printed = p.printed_decimals();
        PublishedAmount::new(p.amount(), unit, precision)
            .map(|n| Cell::Amount(n.with_printed_decimals(printed.max(n.printed_decimals()))))
            .map_err(|error| super::ProblemKind::InvalidFigure { error })
    }

    /// The JSON text of the cell: `None` for blank.
    #[cfg(feature = "serde")]
    pub(crate) fn to_text(self) -> Option<String> {
        match self {
            Cell::Blank => None,
            Cell::NotApplicable => Some(NOT_APPLICABLE.to_owned()),
            Cell::Amount(p) => Some(p.to_string()),
        }
    }
}

/// The precision of every amount cell of a table printed in `unit` with `decimals` decimals:
/// figures in 万元 are rounded, figures in 元 are exact data.
pub(crate) fn table_precision(unit: MoneyUnit, decimals: u32) -> Precision {
    match unit {
        MoneyUnit::Yuan => Precision::Exact,
        _ => Precision::Rounded { decimals },
    }
}

impl fmt::Display for Cell {
    /// Blank prints nothing, not applicable prints "——", an amount its value in the table's
    /// unit (`{:#}` groups thousands).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Blank => Ok(()),
            Cell::NotApplicable => f.write_str(NOT_APPLICABLE),
            Cell::Amount(p) => fmt::Display::fmt(p, f),
        }
    }
}

/// A cell holding a count (车辆数, 设备台套): blank, "——" or a non-negative whole number.
///
/// In JSON a count is an integer (`4`), "——" the string `"——"`, blank a missing key or `null`.
/// A negative count cannot be built: the table constructors reject it.
///
/// ```
/// use final_accounts::tables::CountCell;
/// assert_eq!(CountCell::Count(4).to_string(), "4");
/// assert_eq!(CountCell::Blank.count_or_zero(), 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CountCell {
    /// Nothing printed.
    #[default]
    Blank,
    /// "——".
    NotApplicable,
    /// A printed count.
    Count(u32),
}

impl CountCell {
    /// The count printed, if any.
    #[must_use]
    pub fn count(&self) -> Option<u32> {
        match self {
            CountCell::Count(n) => Some(*n),
            CountCell::Blank | CountCell::NotApplicable => None,
        }
    }

    /// The count printed, or zero for a blank or "——" cell.
    #[must_use]
    pub fn count_or_zero(&self) -> u32 {
        self.count().unwrap_or(0)
    }
}

impl fmt::Display for CountCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountCell::Blank => Ok(()),
            CountCell::NotApplicable => f.write_str(NOT_APPLICABLE),
            CountCell::Count(n) => write!(f, "{n}"),
        }
    }
}
