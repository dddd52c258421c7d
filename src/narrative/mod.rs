//! The narrative (说明) of a disclosure: what it states, checked against the tables, and the
//! standard paragraphs computed and rendered from them.
//!
//! # Overview
//!
//! * [`FigureRef`] and [`CountRef`] name every figure a 说明 can describe, by content (收入总计,
//!   一般公共预算财政拨款支出 of 类 208, 三公 预算数 …), not by layout. The [`Figures`] trait is
//!   how the narrative reads them from a disclosure: the crate implements it for its disclosure
//!   type, tests implement it from transcribed tables.
//! * A [`Statement`] is one sentence or paragraph of the 说明 (its section, its text as printed,
//!   its reason) with its [`Claim`]s: a stated amount, a share (占比), a year-on-year change, a
//!   completion of a budget, a comparison with a budget, a count, a grade count, or "none".
//!   Claims are validated when built, through the Rust constructors and serde alike.
//! * [`check`] compares every claim with the figures and returns [`Finding`](crate::finding::Finding)s
//!   of the rules of [`RULES`], each naming its 说明 section and the table cell (by content:
//!   the document's labels are given when a finding is shown), with both figures typed and a
//!   message rendered on demand in Chinese or English.
//! * [`compute`] computes the standard figures and [`render`] writes the standard paragraphs
//!   一 … 九 from them.
//!
//! # Rounding
//!
//! Computed percentages (占比, 增长率, 完成预算%) are rounded half away from zero (四舍五入) to two
//! decimals, with [`round_half_away`](crate::money::round_half_away). Checks never round: they
//! compare the interval of values the printed figures allow with the interval the printed
//! percentage stands for (±0.005 for two decimals), so a rounding tail is never an error.
//!
//! # Zero bases
//!
//! A share of a zero whole, a growth rate from a zero prior year and a completion rate of a
//! zero budget do not exist. The checks report a finite rate printed in such a case as an error
//! (`narrative.share-zero-base`, `narrative.growth-zero-base`,
//! `narrative.completion-zero-budget`); "∞%" is accepted only when the prior year is zero.
//!
//! # Examples
//!
//! ```
//! use final_accounts::narrative::{ChangeWord, Claim, FigureRef, Statement, StatedRate};
//! let text = "2023年度收入总计2,076.12万元，支出总计2,076.12万元。与上年相比，收入总计增加736.34万元，增长54.96%";
//! let s = Statement::new("一", text, vec![
//!     Claim::amount(FigureRef::IncomeGrandTotal, "2,076.12")?,
//!     Claim::change(FigureRef::IncomeGrandTotal, ChangeWord::Increase, Some("736.34"),
//!         Some(ChangeWord::Grow), StatedRate::parse("54.96%")?)?,
//! ], Some("年中追加项目金额增加".into()))?;
//! assert_eq!(s.claims().len(), 2);
//! # Ok::<(), final_accounts::narrative::NarrativeError>(())
//! ```

mod check;
mod claim;
mod compute;
mod error;
mod figure_ref;
mod render;
mod rules;
#[cfg(feature = "serde")]
mod serde_repr;
mod statement;
mod text;
pub(crate) mod vocabulary;

pub use crate::tables::VehicleCategory;
pub use check::{CheckOptions, check, check_edits};
pub use claim::{
    Budget, BudgetKind, BudgetSource, Change, ChangeWord, Claim, Comparison, Completion,
    GradeCount, Share, StatedAmount, StatedRate, VersusBudget,
};
pub use compute::{Computed, Inputs, StandardFigures, compute, growth, share};
pub use error::NarrativeError;
pub use figure_ref::{
    CountRef, FigureRef, Figures, FundColumn, GeneralPublicRow, ProcurementItem, ReceptionScope,
    SpendingColumn, Stage, ThreePublicItem,
};
pub use render::{Paragraph, RenderOptions, ZeroBase, render};
pub(crate) use rules::AMOUNT;
pub use rules::RULES;
pub use statement::{Narrative, Statement};
pub use text::{CONTRADICTION_PATTERNS, INSTRUCTION_PATTERNS, RESIDUE_PATTERNS, find_patterns};
pub(crate) use text::{compact, same_printed};
pub(crate) use vocabulary::{
    Kind as PrintedKind, Printed as PrintedValue, Token as PrintedFigure, tokens as printed_figures,
};
