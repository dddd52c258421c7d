//! The chart of accounts (政府收支分类科目): functional and economic classification codes.
//!
//! Codes come in two tiers, as IBANs do: a *well-formed* code ([`FunctionCode`],
//! [`EconomicCode`]) is only checked for its shape; an entry *known to a catalog* of a given
//! edition year also has a name and a place in the hierarchy.

mod economic;
mod error;
mod function;
mod level;

pub use economic::{EconomicCode, EconomicLevel, EconomicScheme};
pub use error::CodeError;
pub use function::FunctionCode;
pub use level::Level;
