//! The error of the evaluation domain.

use rust_decimal::Decimal;

use crate::money::MoneyError;

/// Why a performance self-evaluation form, one of its parts, or a scoring parameter set could not
/// be built.
///
/// Messages are lowercase, name the form, row or indicator concerned and quote what was found.
/// Forms whose *stated* figures disagree with the formula are valid data: they are reported by
/// [`audit_form`](super::audit_form), not rejected here.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EvaluationError {
    /// A target or actual value (指标值) cannot be read.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, TargetValue};
    /// let err = "≥9x0%".parse::<TargetValue>().unwrap_err();
    /// assert!(matches!(err, EvaluationError::Target { .. }));
    /// assert!(err.to_string().contains("≥9x0%"));
    /// ```
    #[error("target value {text:?} cannot be read: {reason}")]
    Target {
        /// The text as given.
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A closed-set name (一级/二级 indicator kind, grade) is not one of the official names.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Indicator, RawIndicator};
    /// let raw = RawIndicator { level_one: "投入指标".into(), ..RawIndicator::example() };
    /// let err = Indicator::try_from(raw).unwrap_err();
    /// assert!(matches!(err, EvaluationError::UnknownName(_)));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "\"投入指标\" is not a 一级指标 (first-level indicator), expected one of: \
    ///      产出指标, 效益指标, 满意度指标, 成本指标"
    /// );
    /// ```
    #[error(transparent)]
    UnknownName(#[from] crate::names::UnknownName),
    /// A printed figure (amount, rate, score or weight) is not a valid number for its field.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, FundingRow, RawFundingRow};
    /// let raw = RawFundingRow { executed: "8.0071".into(), ..RawFundingRow::example() };
    /// let err = FundingRow::try_from(raw).unwrap_err();
    /// assert!(matches!(err, EvaluationError::Figure { .. }));
    /// ```
    #[error("{field} {text:?}: {source}")]
    Figure {
        /// The field, such as "全年执行数".
        field: &'static str,
        /// The text as given.
        text: String,
        /// Why the figure was rejected.
        #[source]
        source: MoneyError,
    },
    /// A figure that cannot be negative is negative. Forms no longer reject one: a negative
    /// figure is printable, so it is kept and reported by the audit (`eval.negative`); the
    /// variant stays for callers that validate figures themselves.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, FundingRow, RawFundingRow};
    /// let raw = RawFundingRow { annual_budget: "-1".into(), ..RawFundingRow::example() };
    /// assert!(FundingRow::try_from(raw).is_ok());
    /// let err = EvaluationError::Negative { field: "全年预算数", value: (-1).into() };
    /// assert_eq!(err.to_string(), "全年预算数 is negative: -1");
    /// ```
    #[error("{field} is negative: {value}")]
    Negative {
        /// The field, such as "全年预算数".
        field: &'static str,
        /// The value found.
        value: Decimal,
    },
    /// A score is above the weight (分值) it is scored against. Forms no longer reject one:
    /// the score is kept as printed and the audit reports it (`eval.score-above-weight`).
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Indicator, RawIndicator};
    /// let raw = RawIndicator { weight: "10".into(), score: Some("11".into()), ..RawIndicator::example() };
    /// assert!(Indicator::try_from(raw).is_ok());
    /// let err = EvaluationError::ScoreAboveWeight { item: "x".into(), score: 11.into(), weight: 10.into() };
    /// assert!(err.to_string().contains("11") && err.to_string().contains("10"));
    /// ```
    #[error("{item:?} scores {score}, above its weight {weight}")]
    ScoreAboveWeight {
        /// The indicator (三级指标 name) or "执行率" / "总分".
        item: String,
        /// The stated score.
        score: Decimal,
        /// The weight (分值) or the maximum.
        weight: Decimal,
    },
    /// A weight (分值) is zero or above 100. Forms no longer reject one: the weight is kept as
    /// printed and the audit reports it (`eval.weight-range`, `eval.weights-sum`).
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Indicator, RawIndicator};
    /// let raw = RawIndicator { weight: "120".into(), score: None, ..RawIndicator::example() };
    /// assert!(Indicator::try_from(raw).is_ok());
    /// let err = EvaluationError::WeightOutOfRange { item: "x".into(), weight: 120.into() };
    /// assert!(err.to_string().contains("120"));
    /// ```
    #[error("{item:?} has weight {weight}, outside (0, 100]")]
    WeightOutOfRange {
        /// The indicator.
        item: String,
        /// The weight found.
        weight: Decimal,
    },
    /// A required text field is empty.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Indicator, RawIndicator};
    /// let raw = RawIndicator { name: " ".into(), ..RawIndicator::example() };
    /// let err = Indicator::try_from(raw).unwrap_err();
    /// assert!(matches!(err, EvaluationError::Empty { .. }));
    /// ```
    #[error("{field} is empty")]
    Empty {
        /// The field, such as "项目名称".
        field: &'static str,
    },
    /// An organisation code (主管部门 / 预算单位 代码) is not all digits.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, OrgUnit};
    /// let err = OrgUnit::new("12a", "大同市人力资源和社会保障局").unwrap_err();
    /// assert!(matches!(err, EvaluationError::InvalidCode { .. }));
    /// ```
    #[error("organisation code {code:?} is not a non-empty string of digits")]
    InvalidCode {
        /// The code as given.
        code: String,
    },
    /// The funding block of a form has no row, or more than one 资金总额 row.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Form};
    /// let mut raw = Form::example().unwrap().to_raw();
    /// raw.funding.clear();
    /// let err = Form::try_from(raw).unwrap_err();
    /// assert!(err.to_string().contains("the funding block has no row"));
    /// ```
    #[error("the funding block {problem}")]
    FundingBlock {
        /// What is wrong, such as "has no row".
        problem: &'static str,
    },
    /// A form has no indicator.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Form};
    /// let mut raw = Form::example().unwrap().to_raw();
    /// raw.indicators.clear();
    /// let err = Form::try_from(raw).unwrap_err();
    /// assert!(matches!(err, EvaluationError::InForm { .. }));
    /// ```
    #[error("the form lists no indicator")]
    NoIndicator,
    /// An error inside a named form: wraps the precise error with the form's project name.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Form};
    /// let mut raw = Form::example().unwrap().to_raw();
    /// raw.total_score = Some("100.555".into());
    /// let err = Form::try_from(raw).unwrap_err();
    /// assert!(matches!(err, EvaluationError::InForm { .. }));
    /// assert!(err.to_string().starts_with("form \"基层锻炼人员补助"));
    /// ```
    #[error("form {form:?}: {source}")]
    InForm {
        /// The project name (项目名称) of the form.
        form: String,
        /// The precise error.
        #[source]
        source: Box<EvaluationError>,
    },
    /// A grade scheme is not a strictly descending list of lower bounds ending at 0 within
    /// [0, 100].
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Grade, GradeScheme};
    /// use rust_decimal::Decimal;
    /// let err = GradeScheme::new(vec![(Grade::Excellent, Decimal::from(80)), (Grade::Good, Decimal::from(90))])
    ///     .unwrap_err();
    /// assert!(matches!(err, EvaluationError::InvalidGradeScheme { .. }));
    /// ```
    #[error("invalid grade scheme: {reason}")]
    InvalidGradeScheme {
        /// What is wrong.
        reason: &'static str,
    },
    /// No scoring parameters apply to the year asked for.
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, ScoringParameters};
    /// let err = ScoringParameters::for_year(2019).unwrap_err();
    /// assert!(matches!(err, EvaluationError::NoParameters { year: 2019, .. }));
    /// ```
    #[error("no scoring parameters apply to {year}: the earliest set applies from {earliest}")]
    NoParameters {
        /// The year asked for.
        year: u16,
        /// The first year any parameter set applies to.
        earliest: u16,
    },
    /// The year of a form is not a plausible report year (1900–2999).
    ///
    /// ```
    /// use final_accounts::evaluation::{EvaluationError, Form};
    /// let mut raw = Form::example().unwrap().to_raw();
    /// raw.year = 23;
    /// let err = Form::try_from(raw).unwrap_err();
    /// assert!(err.to_string().contains("23"));
    /// ```
    #[error("year {year} is not a plausible report year (1900–2999)")]
    YearOutOfRange {
        /// The year found.
        year: u16,
    },
    /// A computation left the range of exact decimals (only for absurd inputs).
    ///
    /// ```
    /// use final_accounts::evaluation::EvaluationError;
    /// let err = EvaluationError::Overflow { what: "总分" };
    /// assert_eq!(err.to_string(), "computing 总分 overflowed");
    /// ```
    #[error("computing {what} overflowed")]
    Overflow {
        /// What was being computed.
        what: &'static str,
    },
}

impl EvaluationError {
    /// Wraps `self` with the project name of the form it occurred in.
    #[must_use]
    pub fn in_form(self, form: &str) -> EvaluationError {
        EvaluationError::InForm {
            form: form.to_owned(),
            source: Box::new(self),
        }
    }
}
