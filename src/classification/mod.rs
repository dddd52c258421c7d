//! The chart of accounts (政府收支分类科目).

/// Why a classification code or catalog entry is invalid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// Placeholder until the classification module lands.
    #[error("invalid code {code:?}")]
    Invalid {
        /// The code as given.
        code: String,
    },
}
