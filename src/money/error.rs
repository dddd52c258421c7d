use rust_decimal::Decimal;

/// Why an amount, a printed figure or a rate could not be built or computed.
///
/// Every variant quotes the offending value, so that a message can be acted upon.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The amount's magnitude exceeds [`Amount::MAX_YUAN`](super::Amount::MAX_YUAN).
    ///
    /// ```
    /// use final_accounts::money::{Amount, MoneyError};
    /// use rust_decimal::Decimal;
    /// let err = Amount::from_yuan(Decimal::from(10_i64.pow(16))).unwrap_err();
    /// assert!(matches!(err, MoneyError::OutOfRange { .. }));
    /// ```
    #[error(
        "amount {yuan} 元 is out of the supported range of ±{max} 元",
        max = super::Amount::MAX_YUAN
    )]
    OutOfRange {
        /// The value that was rejected, in 元.
        yuan: Decimal,
    },
    /// The amount is finer than one 分 (0.01 元).
    ///
    /// ```
    /// use final_accounts::money::{Amount, MoneyError};
    /// use rust_decimal::Decimal;
    /// let err = Amount::from_yuan(Decimal::new(1001, 3)).unwrap_err();
    /// assert!(matches!(err, MoneyError::FinerThanFen { .. }));
    /// ```
    #[error("amount {yuan} 元 is finer than one 分 (0.01 元)")]
    FinerThanFen {
        /// The value that was rejected, in 元.
        yuan: Decimal,
    },
    /// A sum or difference left the supported range.
    ///
    /// ```
    /// use final_accounts::money::{Amount, MoneyError};
    /// let err = Amount::MAX.checked_add(Amount::MAX).unwrap_err();
    /// assert!(matches!(err, MoneyError::Overflow { .. }));
    /// ```
    #[error("{operation} of {left} 元 and {right} 元 leaves the supported range")]
    Overflow {
        /// The operation, such as "sum" or "difference".
        operation: &'static str,
        /// The left operand, in 元.
        left: Decimal,
        /// The right operand, in 元.
        right: Decimal,
    },
    /// A printed figure is not a number in the expected form.
    ///
    /// ```
    /// use final_accounts::money::{MoneyError, MoneyUnit, PublishedAmount};
    /// let err = PublishedAmount::parse("1,73a.92", MoneyUnit::WanYuan).unwrap_err();
    /// assert!(matches!(err, MoneyError::InvalidFigure { .. }));
    /// ```
    #[error("printed figure {text:?} is not a number: {reason}")]
    InvalidFigure {
        /// The text as given.
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A printed figure has more decimals than the precision it is declared with.
    ///
    /// ```
    /// use final_accounts::money::{MoneyError, MoneyUnit, Precision, PublishedAmount};
    /// let err = PublishedAmount::parse_with_precision("1.234", MoneyUnit::WanYuan, Precision::Rounded { decimals: 2 })
    ///     .unwrap_err();
    /// assert!(matches!(err, MoneyError::TooManyDecimals { .. }));
    /// ```
    #[error(
        "printed figure {text:?} has {found} decimals, more than the {allowed} it is printed with"
    )]
    TooManyDecimals {
        /// The text as given.
        text: String,
        /// Decimals found.
        found: u32,
        /// Decimals allowed.
        allowed: u32,
    },
    /// A precision asks for more decimals than the unit supports (万元 to 6, 元 to 2: one 分).
    ///
    /// ```
    /// use final_accounts::money::{MoneyError, MoneyUnit, Precision, PublishedAmount};
    /// let err = PublishedAmount::parse_with_precision("1", MoneyUnit::WanYuan, Precision::Rounded { decimals: 9 })
    ///     .unwrap_err();
    /// assert!(matches!(err, MoneyError::PrecisionTooFine { .. }));
    /// ```
    #[error("a precision of {decimals} decimals of {unit} is finer than one 分")]
    PrecisionTooFine {
        /// The unit.
        unit: super::MoneyUnit,
        /// The decimals asked for.
        decimals: u32,
    },
    /// A percentage is out of the supported range of ±10¹² %.
    ///
    /// ```
    /// use final_accounts::money::{MoneyError, Percent};
    /// use rust_decimal::Decimal;
    /// let err = Percent::new(Decimal::from(10_i64.pow(13))).unwrap_err();
    /// assert!(matches!(err, MoneyError::PercentOutOfRange { .. }));
    /// ```
    #[error("percentage {value}% is out of the supported range of ±{max}%", max = super::Percent::MAX)]
    PercentOutOfRange {
        /// The rejected value, in percent.
        value: Decimal,
    },
}
