use super::Level;

/// Why a classification code is not well formed, or not known to a catalog.
///
/// Every variant quotes the code as given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CodeError {
    /// The code is empty.
    ///
    /// ```
    /// use final_accounts::classification::{CodeError, FunctionCode};
    /// assert!(matches!(FunctionCode::parse(""), Err(CodeError::Empty)));
    /// ```
    #[error("classification code is empty")]
    Empty,
    /// The code has a length no level has.
    ///
    /// ```
    /// use final_accounts::classification::{CodeError, FunctionCode};
    /// let err = FunctionCode::parse("20805051").unwrap_err();
    /// assert_eq!(err.to_string(), "classification code \"20805051\" has 8 characters, expected 3, 5 or 7");
    /// ```
    #[error("classification code {code:?} has {length} characters, expected {expected}")]
    WrongLength {
        /// The code as given (truncated to 32 characters).
        code: String,
        /// Its length in characters.
        length: usize,
        /// The lengths allowed, in words.
        expected: &'static str,
    },
    /// A character of the code is not an ASCII digit.
    ///
    /// ```
    /// use final_accounts::classification::{CodeError, FunctionCode};
    /// let err = FunctionCode::parse("20８05").unwrap_err();
    /// assert!(matches!(err, CodeError::NonDigit { position: 3, found: '８', .. }));
    /// ```
    #[error(
        "classification code {code:?} has {found:?} at position {position}, expected a digit 0-9"
    )]
    NonDigit {
        /// The code as given (truncated to 32 characters).
        code: String,
        /// 1-based position of the offending character.
        position: usize,
        /// The offending character.
        found: char,
    },
    /// The first digit does not belong to the classification.
    ///
    /// ```
    /// use final_accounts::classification::{CodeError, FunctionCode};
    /// let err = FunctionCode::parse("30101").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "classification code \"30101\" starts with 3, expected 2 (支出功能分类)"
    /// );
    /// ```
    #[error("classification code {code:?} starts with {found}, expected {expected}")]
    WrongLeadingDigit {
        /// The code as given.
        code: String,
        /// The first digit found.
        found: char,
        /// What was expected, in words.
        expected: &'static str,
    },
    /// A 款 or 项 segment is 00, which no classification uses.
    ///
    /// ```
    /// use final_accounts::classification::{CodeError, FunctionCode, Level};
    /// let err = FunctionCode::parse("20800").unwrap_err();
    /// assert!(matches!(err, CodeError::ZeroSegment { level: Level::Section, .. }));
    /// ```
    #[error("classification code {code:?} has 00 as its {level} segment")]
    ZeroSegment {
        /// The code as given.
        code: String,
        /// The level whose two digits are 00.
        level: Level,
    },
}

/// Truncates user input quoted in an error to a readable length.
pub(crate) fn quote(code: &str) -> String {
    code.chars().take(32).collect()
}
