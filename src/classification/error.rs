use super::{Completeness, EconomicCode, FunctionCode, Level};

/// Why a classification code is not well formed, or not known to a catalog. (A name that is not
/// one of a closed set of official terms is an [`UnknownName`](crate::UnknownName).)
///
/// Every variant quotes the code as given. The second-tier variants
/// ([`CodeError::UnknownFunctionCode`], [`CodeError::UnknownEconomicCode`]) hand back the parsed,
/// well-formed code.
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
    /// A well-formed functional code that the catalog of an edition does not list.
    ///
    /// Whether this is an error or only a warning depends on the catalog's
    /// [`Completeness`]: a partial catalog (every built-in one) may miss real codes.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, CodeError, Completeness};
    /// let catalog = builtin::functional(2023).unwrap();
    /// let err = catalog.resolve("2089999").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "functional code \"2089999\" is not in the partial catalog of edition 2023"
    /// );
    /// if let CodeError::UnknownFunctionCode { code, completeness, .. } = err {
    ///     assert_eq!(code.to_string(), "2089999"); // the parsed first-tier code
    ///     assert_eq!(completeness, Completeness::Partial);
    /// }
    /// ```
    #[error("functional code \"{code}\" is not in the {completeness} catalog of edition {edition}")]
    UnknownFunctionCode {
        /// The well-formed code.
        code: FunctionCode,
        /// The edition year of the catalog.
        edition: u16,
        /// Whether that catalog claims to be complete.
        completeness: Completeness,
    },
    /// A well-formed economic code that the catalog of an edition does not list.
    ///
    /// ```
    /// use final_accounts::classification::{builtin, CodeError, EconomicScheme};
    /// let catalog = builtin::economic(EconomicScheme::Departmental, 2018).unwrap();
    /// let err = catalog.resolve("30298").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "economic code \"30298\" is not in the partial catalog of edition 2018"
    /// );
    /// assert!(matches!(err, CodeError::UnknownEconomicCode { edition: 2018, .. }));
    /// ```
    #[error("economic code \"{code}\" is not in the {completeness} catalog of edition {edition}")]
    UnknownEconomicCode {
        /// The well-formed code.
        code: EconomicCode,
        /// The edition year of the catalog.
        edition: u16,
        /// Whether that catalog claims to be complete.
        completeness: Completeness,
    },
}

/// Truncates user input quoted in an error to a readable length.
pub(crate) fn quote(code: &str) -> String {
    code.chars().take(32).collect()
}

/// Why a catalog could not be built: every problem found, each located by its row.
///
/// Validation does not stop at the first problem: a catalog transcribed from a publication is
/// fixed in one pass.
///
/// ```
/// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
/// let err = FunctionCatalog::from_rows(2024, Completeness::Complete, [
///     ("208", "社会保障和就业支出"),
///     ("2080101", "行政运行"),  // its 款 20801 is missing
///     ("208", "社会保障和就业支出"), // duplicate
///     ("210", ""),             // empty name
/// ])
/// .unwrap_err();
/// assert_eq!(err.problems().len(), 3);
/// assert!(matches!(err.problems()[0], CatalogProblem::MissingParent { row: 2, .. }));
/// assert_eq!(
///     err.to_string(),
///     "catalog of edition 2024 has 3 problems: row 2: \"2080101\" has no parent \"20801\" in \
///      the catalog (add the parent row, or declare the row orphaned by its source); \
///      row 3: code \"208\" repeats row 1; row 4: \"210\" has an empty name"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("catalog of edition {edition} has {} problem{}: {}", problems.len(), if problems.len() == 1 { "" } else { "s" }, crate::listing::CappedList(problems))]
pub struct CatalogError {
    edition: u16,
    problems: Vec<CatalogProblem>,
}

impl CatalogError {
    pub(crate) fn new(edition: u16, problems: Vec<CatalogProblem>) -> CatalogError {
        CatalogError { edition, problems }
    }

    /// The edition year of the catalog that failed.
    #[must_use]
    pub fn edition(&self) -> u16 {
        self.edition
    }

    /// Every problem found, in row order (never empty).
    #[must_use]
    pub fn problems(&self) -> &[CatalogProblem] {
        &self.problems
    }
}

/// One problem of a catalog under construction, located by its 1-based row (the line number
/// when the catalog is parsed from text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogProblem {
    /// A line of catalog text does not have the `code|name|flag|source` shape.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::parse_text("208;社会保障和就业支出", 2024, Completeness::Partial).unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::MalformedLine { row: 1, .. }));
    /// ```
    #[error("row {row}: {line:?} is not a catalog line, expected {expected}")]
    MalformedLine {
        /// The line number.
        row: usize,
        /// The line (truncated to 64 characters).
        line: String,
        /// The expected shape, in words.
        expected: &'static str,
    },
    /// The code of a row is not well formed.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::from_rows(2024, Completeness::Partial, [("20８", "社会保障和就业支出")]).unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::MalformedCode { row: 1, .. }));
    /// ```
    #[error("row {row}: {error}")]
    MalformedCode {
        /// The row.
        row: usize,
        /// Why the code is not well formed.
        error: CodeError,
    },
    /// A code appears twice.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::from_rows(2024, Completeness::Partial, [("208", "a"), ("208", "b")]).unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::DuplicateCode { row: 2, first_row: 1, .. }));
    /// ```
    #[error("row {row}: code {code:?} repeats row {first_row}")]
    DuplicateCode {
        /// The row of the repetition.
        row: usize,
        /// The code.
        code: String,
        /// The row where the code first appears.
        first_row: usize,
    },
    /// A 款 without its 类, or a 项 without its 款, not declared orphaned.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::from_rows(2024, Completeness::Partial, [("20801", "人力资源和社会保障管理事务")]).unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::MissingParent { row: 1, .. }));
    /// ```
    #[error(
        "row {row}: {code:?} has no parent {parent:?} in the catalog (add the parent row, or declare the row orphaned by its source)"
    )]
    MissingParent {
        /// The row.
        row: usize,
        /// The code.
        code: String,
        /// Its missing parent.
        parent: String,
    },
    /// A row declared orphaned although its parent is in the catalog, or although it is a 类.
    ///
    /// ```
    /// use final_accounts::classification::{Catalog, CatalogProblem, Completeness, Row};
    /// let err = Catalog::<final_accounts::classification::FunctionCode>::builder(2024, Completeness::Partial)
    ///     .row(Row::new("208", "社会保障和就业支出"))
    ///     .row(Row::new("20805", "行政事业单位养老支出").orphaned())
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::NeedlessOrphan { row: 2, .. }));
    /// ```
    #[error("row {row}: {code:?} is declared orphaned, but {reason}")]
    NeedlessOrphan {
        /// The row.
        row: usize,
        /// The code.
        code: String,
        /// Why the declaration is wrong, in words.
        reason: String,
    },
    /// A row declared orphaned in a catalog that claims to be complete: a complete publication
    /// lists every parent.
    ///
    /// ```
    /// use final_accounts::classification::{Catalog, CatalogProblem, Completeness, FunctionCode, Row};
    /// let err = Catalog::<FunctionCode>::builder(2024, Completeness::Complete)
    ///     .row(Row::new("20805", "行政事业单位养老支出").orphaned())
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::OrphanInCompleteCatalog { row: 1, .. }));
    /// ```
    #[error(
        "row {row}: {code:?} is declared orphaned, but a complete catalog must list its parent"
    )]
    OrphanInCompleteCatalog {
        /// The row.
        row: usize,
        /// The code.
        code: String,
    },
    /// A row whose name is empty.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::from_rows(2024, Completeness::Partial, [("208", "")]).unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::EmptyName { row: 1, .. }));
    /// ```
    #[error("row {row}: {code:?} has an empty name")]
    EmptyName {
        /// The row.
        row: usize,
        /// The code.
        code: String,
    },
    /// A name containing whitespace: official names have none, PDF extraction often adds some.
    ///
    /// ```
    /// use final_accounts::classification::{CatalogProblem, Completeness, FunctionCatalog};
    /// let err = FunctionCatalog::from_rows(2024, Completeness::Partial, [("208", "社会保障和 就业支出")]).unwrap_err();
    /// assert_eq!(
    ///     err.problems()[0].to_string(),
    ///     "row 1: the name of \"208\" contains whitespace (\"社会保障和 就业支出\"), expected the official name without spaces"
    /// );
    /// ```
    #[error(
        "row {row}: the name of {code:?} contains whitespace ({name:?}), expected the official name without spaces"
    )]
    StrayWhitespace {
        /// The row.
        row: usize,
        /// The code.
        code: String,
        /// The name as given.
        name: String,
    },
    /// A row citing a source id the catalog does not declare.
    ///
    /// ```
    /// use final_accounts::classification::{Catalog, CatalogProblem, Completeness, FunctionCode, Row};
    /// let err = Catalog::<FunctionCode>::builder(2024, Completeness::Partial)
    ///     .row(Row::new("208", "社会保障和就业支出").cited("gov-2024"))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(matches!(err.problems()[0], CatalogProblem::UnknownSource { row: 1, .. }));
    /// ```
    #[error("row {row}: {code:?} cites source {source_id:?}, which the catalog does not declare")]
    UnknownSource {
        /// The row.
        row: usize,
        /// The code.
        code: String,
        /// The source id cited.
        source_id: String,
    },
}

impl CatalogProblem {
    /// The 1-based row (or line) the problem is located at.
    #[must_use]
    pub fn row(&self) -> usize {
        match self {
            CatalogProblem::MalformedLine { row, .. }
            | CatalogProblem::MalformedCode { row, .. }
            | CatalogProblem::DuplicateCode { row, .. }
            | CatalogProblem::MissingParent { row, .. }
            | CatalogProblem::NeedlessOrphan { row, .. }
            | CatalogProblem::OrphanInCompleteCatalog { row, .. }
            | CatalogProblem::EmptyName { row, .. }
            | CatalogProblem::StrayWhitespace { row, .. }
            | CatalogProblem::UnknownSource { row, .. } => *row,
        }
    }
}
