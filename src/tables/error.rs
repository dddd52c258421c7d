//! Why a table or a disclosure cannot be built: every structural problem, located.

use core::fmt;

use crate::classification::CodeError;
use crate::finding::Location;
use crate::money::{MoneyError, MoneyUnit};

/// A table that cannot exist as given: the list of **all** its structural problems.
///
/// Arithmetic that does not add up is *not* an error: such a table is built and carries its
/// findings (see [`tables`](super)). This error is for what no published table can be: a
/// duplicate row, a 项 under the wrong 款, a value in a "——" cell, a negative count, an amount
/// with more decimals than the table prints.
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{ClassifiedRow, IncomeColumns, IncomeTable, ProblemKind, TableMeta};
///
/// let meta = TableMeta::new("收入决算表", MoneyUnit::WanYuan).with_label("公开02表");
/// let row = |code: &str| ClassifiedRow::code(code, "行政运行", IncomeColumns::default());
/// let err = IncomeTable::new(meta, vec![row("2080101")?, row("2080101")?]).unwrap_err();
/// assert_eq!(err.problems().len(), 2); // the 款 row 20801 is missing; the code is repeated
/// assert!(err.problems().iter().any(|p| matches!(p.kind, ProblemKind::DuplicateRow)));
/// assert!(err.to_string().starts_with("公开02表 cannot be built: 2 problems: "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableError {
    /// The table has structural problems; all of them are kept in `problems`. The message
    /// lists the first ten, then "… and N more".
    #[error("{table} cannot be built: {count} problem{s}: {list}",
        count = problems.len(),
        s = if problems.len() == 1 { "" } else { "s" },
        list = crate::listing::CappedList(problems))]
    Invalid {
        /// The table (printed label, or title without one).
        table: String,
        /// Every problem found, in table order.
        problems: Vec<Problem>,
    },
}

impl TableError {
    /// Every problem found.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        match self {
            TableError::Invalid { problems, .. } => problems,
        }
    }
}

/// One structural problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: table, row (code, 行次 or item) and column when relevant.
    pub location: Location,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    pub(crate) fn new(location: Location, kind: ProblemKind) -> Problem {
        Problem { location, kind }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.kind)
    }
}

/// What makes a table structurally impossible.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProblemKind {
    /// The same row (code or fixed item) is printed twice.
    #[error("the row is printed twice")]
    DuplicateRow,
    /// A second 合计 row.
    #[error("a second 合计 row, expected at most one")]
    DuplicateTotalRow,
    /// A 款 without its 类 row, or a 项 without its 款 row, anywhere in the table.
    #[error("its parent row {parent} is missing, expected it before this row")]
    MissingParent {
        /// The code of the missing parent.
        parent: String,
    },
    /// A 款 or 项 printed under another parent than its own (the row order breaks the
    /// hierarchy).
    #[error("it is printed under {found}, expected under its parent {parent}")]
    Misplaced {
        /// Its own parent's code.
        parent: String,
        /// The parent it is printed under ("nothing" before any parent row).
        found: String,
    },
    /// A code of the wrong level or scheme for this row.
    #[error("expected {expected}, found {found:?}")]
    WrongCode {
        /// What the row needs.
        expected: &'static str,
        /// The code as given.
        found: String,
    },
    /// A classification code that is not well formed.
    #[error("invalid code: {error}")]
    InvalidCode {
        /// Why.
        error: CodeError,
    },
    /// A fixed item this table does not have.
    #[error("unknown item {found:?}, expected one of {expected}")]
    UnknownItem {
        /// The item as given.
        found: String,
        /// The items allowed.
        expected: String,
    },
    /// A column this table does not have.
    #[error("unknown column {found:?}, expected one of {expected}")]
    UnknownColumn {
        /// The column key as given.
        found: String,
        /// The column keys allowed.
        expected: String,
    },
    /// A column listed twice in the header.
    #[error("the column {key:?} is listed twice in the header")]
    DuplicateColumn {
        /// The column key.
        key: String,
    },
    /// A value in a cell that the template marks "——" (not to be filled).
    #[error("value {value} in a cell the template marks \"——\" (not applicable)")]
    ValueInNotApplicableCell {
        /// The value found.
        value: String,
    },
    /// A value in a column this table does not print.
    #[error("value {value} in a column the table does not print")]
    ValueInUnprintedColumn {
        /// The value found.
        value: String,
    },
    /// A value on a line that carries no item (a filler line with only a 行次).
    #[error("value {value} on a line without an item, expected it blank")]
    ValueInFillerLine {
        /// The value found.
        value: String,
    },
    /// A count below zero.
    #[error("negative count {value}, expected a whole number of 0 or more")]
    NegativeCount {
        /// The value found.
        value: i64,
    },
    /// A count that does not fit.
    #[error("count {value} is too large, expected at most {max}", max = u32::MAX)]
    CountTooLarge {
        /// The value found.
        value: u64,
    },
    /// An amount written as a JSON number (`1735.92`) instead of a string (`"1735.92"`):
    /// a number loses the printed precision ("1.50" and 1.5 are the same number).
    #[error(
        "the amount {number} is written as a JSON number; write it as a string, \"{number}\", \
         with the decimals the table prints"
    )]
    AmountAsNumber {
        /// The number as read.
        number: String,
    },
    /// A cell of the wrong kind (an amount where a count belongs, or the reverse).
    #[error("expected {expected}, found {found:?}")]
    WrongCellKind {
        /// What the cell needs.
        expected: &'static str,
        /// What was given.
        found: String,
    },
    /// An amount printed with more decimals than the table prints.
    #[error("amount {text} has {found} decimals, more than the {allowed} the table prints")]
    TooManyDecimals {
        /// The figure.
        text: String,
        /// Decimals found.
        found: u32,
        /// Decimals the table prints.
        allowed: u32,
    },
    /// An amount in another unit than the table's.
    #[error("amount in {found}, expected the table's unit {expected}")]
    WrongUnit {
        /// The amount's unit.
        found: MoneyUnit,
        /// The table's unit.
        expected: MoneyUnit,
    },
    /// The table declares more decimals than its unit can hold (a whole number of 分).
    #[error("{decimals} decimals of {unit} is finer than one 分, expected at most {max}")]
    DecimalsTooFine {
        /// Decimals declared.
        decimals: u32,
        /// The table's unit.
        unit: MoneyUnit,
        /// The most allowed.
        max: u32,
    },
    /// A figure that is not a number or out of range.
    #[error("invalid amount: {error}")]
    InvalidFigure {
        /// Why.
        error: MoneyError,
    },
    /// A required text (title, name) is empty.
    #[error("{what} is empty")]
    Empty {
        /// What is empty.
        what: &'static str,
    },
}
