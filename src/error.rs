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
}

/// How many problems an error message lists before it says "… and N more". The error value
/// itself keeps every problem (`TableError::problems`, `DisclosureError::Invalid`,
/// `CatalogError::problems`): only the message is capped, so that a document with twenty
/// thousand faulty rows gives a message a person can read.
pub(crate) const LISTED_PROBLEMS: usize = 10;

/// Writes the first [`LISTED_PROBLEMS`] items separated by "; ", then "; … and N more".
pub(crate) struct CappedList<'a, T>(pub(crate) &'a [T]);

impl<T: core::fmt::Display> core::fmt::Display for CappedList<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (i, p) in self.0.iter().take(LISTED_PROBLEMS).enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        let rest = self.0.len().saturating_sub(LISTED_PROBLEMS);
        if rest > 0 {
            write!(f, "; … and {rest} more")?;
        }
        Ok(())
    }
}
