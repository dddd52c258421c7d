//! Money: exact amounts with explicit units, published (rounded) figures, rates and changes.
//!
//! # Overview
//!
//! * [`Amount`] is an exact sum of money, held in 元 to the 分 (0.01 元), bounded by
//!   [`Amount::MAX_YUAN`] so that any realistic sum of amounts fits; all arithmetic is checked.
//! * [`MoneyUnit`] names the unit a figure is printed in (元 or 万元).
//! * [`PublishedAmount`] is an amount *as printed*: its unit and its [`Precision`]. Disclosure
//!   tables print 万元 with two decimals, so "1,991.06" stands for any amount that rounds to it.
//! * [`Interval`] carries that uncertainty through arithmetic, so that consistency checks reason
//!   about rounding instead of using a magic tolerance: see [`check_sum`] and [`check_rate`].
//! * [`Percent`], [`PublishedPercent`] and [`YearOnYear`] cover 占比, 完成预算% and 增长率, with
//!   the zero-base case as its own variant: a division by zero cannot happen.
//!
//! * [`ExactTable`] prints a table of exact amounts in a rounded unit, either each figure on
//!   its own or with controlled rounding ([`TableRounding`]), so that every printed total is
//!   the sum of its printed parts.
//!
//! # Rounding
//!
//! Every computed figure is rounded with one strategy, [`ROUNDING`]: half away from zero
//! (四舍五入), through [`round_half_away`].
//!
//! # Examples
//!
//! The income side of the 2023 Datong disclosure (公开01表): three printed parts against a
//! printed total that differs from their sum by a rounding tail (尾数误差).
//!
//! ```
//! use final_accounts::money::{check_sum, MoneyUnit, PublishedAmount, Verdict};
//!
//! let wan = MoneyUnit::WanYuan;
//! let parts = [
//!     PublishedAmount::parse("1,735.92", wan)?,
//!     PublishedAmount::parse("254.97", wan)?,
//!     PublishedAmount::parse("0.16", wan)?,
//! ];
//! let total = PublishedAmount::parse("1,991.06", wan)?;
//! let check = check_sum(&total, &parts)?;
//! assert_eq!(check.verdict, Verdict::WithinRounding);
//! assert_eq!(check.difference.to_string(), "0.01万元");
//!
//! // The same with a 1.00 difference is a real error.
//! let wrong = PublishedAmount::parse("1,992.06", wan)?;
//! assert_eq!(check_sum(&wrong, &parts)?.verdict, Verdict::Inconsistent);
//! # Ok::<(), final_accounts::Error>(())
//! ```

mod amount;
mod controlled;
mod error;
mod interval;
mod published;
mod rate;
mod rounding;

pub use amount::{Amount, MoneyUnit};
pub use controlled::{
    Circulation, ExactTable, Flow, MAX_COLUMNS, MAX_FLOWS, MAX_ROWS, Node, RoundedFlows,
    RoundedTable, RowTree, TableRounding, TableRoundingError,
};
pub use error::MoneyError;
pub use interval::Interval;
pub use published::{Precision, PublishedAmount, SumCheck, Verdict, check_sum};
pub use rate::{Direction, Percent, PublishedPercent, RateCheck, YearOnYear, check_rate};
pub use rounding::{ROUNDING, round_half_away};
