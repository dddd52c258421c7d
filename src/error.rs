//! The crate-wide error: one variant per domain, each wrapping that domain's precise error.

use crate::classification::CodeError;
use crate::money::MoneyError;

/// Any error this crate returns.
///
/// Each domain has its own `#[non_exhaustive]` error type with located, actionable messages;
/// this enum wraps them so that application code can use `?` across domains.
///
/// ```
/// use final_accounts::money::Amount;
/// use rust_decimal::Decimal;
///
/// fn total() -> Result<Amount, final_accounts::Error> {
///     let a = Amount::from_wan_yuan(Decimal::new(173592, 2))?;
///     let b = Amount::from_wan_yuan(Decimal::new(25497, 2))?;
///     Ok(a.checked_add(b)?)
/// }
/// assert_eq!(total()?.to_string(), "1990.89万元");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An amount, figure or rate could not be built or computed.
    #[error(transparent)]
    Money(#[from] MoneyError),
    /// Accounts in exact 元 do not hold together.
    #[error(transparent)]
    Accounts(#[from] crate::accounts::AccountsError),
    /// Accounts could not be compiled into a disclosure.
    #[error(transparent)]
    Compile(#[from] crate::compile::CompileError),
    /// A table of exact amounts could not be set up or printed in a rounded unit.
    #[error(transparent)]
    TableRounding(#[from] crate::money::TableRoundingError),
    /// A name is not one of a closed set of official names (fund type, level, unit, grade …).
    #[error(transparent)]
    Name(#[from] crate::names::UnknownName),
    /// A classification code or catalog entry is invalid.
    #[error(transparent)]
    Code(#[from] CodeError),
    /// A self-evaluation form, indicator, target value or scoring parameter is invalid.
    #[error(transparent)]
    Evaluation(#[from] crate::evaluation::EvaluationError),
    /// A narrative statement or claim is invalid.
    #[error(transparent)]
    Narrative(#[from] crate::narrative::NarrativeError),
    /// A table is structurally impossible (every problem, located).
    #[error(transparent)]
    Table(#[from] crate::tables::TableError),
    /// A disclosure could not be assembled.
    #[error(transparent)]
    Disclosure(#[from] crate::disclosure::DisclosureError),
    /// A template profile is invalid.
    #[error(transparent)]
    Profile(#[from] crate::profile::ProfileError),
    /// A catalog could not be built (every problem, located by row).
    #[error(transparent)]
    Catalog(#[from] crate::classification::CatalogError),
    /// A document's text could not be imported.
    #[error(transparent)]
    Import(#[from] crate::import::ImportError),
}
