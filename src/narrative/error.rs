use crate::money::MoneyError;

/// Why a statement or a claim of the narrative could not be built.
///
/// Every variant names the section of the 说明 (when known) and quotes the offending value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NarrativeError {
    /// A statement has no section label.
    ///
    /// ```
    /// use final_accounts::narrative::{NarrativeError, Statement};
    /// let err = Statement::new("", "2023年度收入合计1,991.06万元", vec![], None).unwrap_err();
    /// assert!(matches!(err, NarrativeError::EmptySection));
    /// ```
    #[error("statement has no section label (such as \"五（三）\")")]
    EmptySection,
    /// A text field is empty or only white space.
    ///
    /// ```
    /// use final_accounts::narrative::{NarrativeError, Statement};
    /// let err = Statement::new("一", "2023年度……", vec![], Some("  ".into())).unwrap_err();
    /// assert!(matches!(err, NarrativeError::EmptyText { field: "reason", .. }));
    /// ```
    #[error("section {section}: the {field} is empty")]
    EmptyText {
        /// The section.
        section: String,
        /// Which field: "text" or "reason".
        field: &'static str,
    },
    /// A name is not one of a closed set the narrative uses (a change word, a column, a budget
    /// kind …).
    ///
    /// ```
    /// use final_accounts::narrative::{ChangeWord, NarrativeError};
    /// fn word(text: &str) -> Result<ChangeWord, NarrativeError> {
    ///     Ok(text.parse()?)
    /// }
    /// let err = word("上涨了").unwrap_err();
    /// assert!(matches!(err, NarrativeError::UnknownName(_)));
    /// assert!(err.to_string().starts_with("\"上涨了\" is not a change word, expected one of: 增加, 减少"));
    /// ```
    #[error(transparent)]
    UnknownName(#[from] crate::names::UnknownName),
    /// A word or a shape is not one the narrative uses for that purpose (in the serde form, a
    /// budget must give exactly one of its stated amount and its table figure).
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use final_accounts::narrative::Statement;
    /// let json = r#"{"section":"二","text":"t","claims":[{"completion":{
    ///     "figure":"income_total","budget":{"kind":"年初预算"},"stated":"100%"}}]}"#;
    /// let err = serde_json::from_str::<Statement>(json).unwrap_err();
    /// assert!(err.to_string().contains("is not a known budget (exactly one of"));
    /// # }
    /// ```
    #[error("{text:?} is not a known {what}")]
    UnknownWord {
        /// What kind of word was expected.
        what: &'static str,
        /// The text as given.
        text: String,
    },
    /// A year-on-year change is stated with a rate word (增长/下降) but no rate, or a rate
    /// without its word, or a word that is not a rate word.
    ///
    /// ```
    /// use final_accounts::narrative::{ChangeWord, Claim, FigureRef, NarrativeError, StatedRate};
    /// let err = Claim::change(FigureRef::IncomeTotal, ChangeWord::Increase, Some("1.00"), None, StatedRate::parse("5.00%")?)
    ///     .unwrap_err();
    /// assert!(matches!(err, NarrativeError::RateWithoutWord { .. }));
    /// # Ok::<(), NarrativeError>(())
    /// ```
    #[error("change of {figure}: {problem}")]
    RateWithoutWord {
        /// The figure.
        figure: String,
        /// What is missing or wrong.
        problem: &'static str,
    },
    /// A grade name is empty or too long to be a grade.
    ///
    /// ```
    /// use final_accounts::narrative::{Claim, NarrativeError};
    /// assert!(matches!(Claim::grade_count("", 12), Err(NarrativeError::InvalidGrade { .. })));
    /// ```
    #[error("{text:?} is not a grade name (优, 良, 中, 差, 合格, 不合格 …)")]
    InvalidGrade {
        /// The text as given.
        text: String,
    },
    /// A printed amount or percentage is not a valid figure.
    ///
    /// ```
    /// use final_accounts::narrative::{Claim, FigureRef, NarrativeError};
    /// let err = Claim::amount(FigureRef::IncomeTotal, "1,99l.06").unwrap_err();
    /// assert!(matches!(err, NarrativeError::Money(_)));
    /// ```
    #[error(transparent)]
    Money(#[from] MoneyError),
}
