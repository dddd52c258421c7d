//! Project performance self-evaluation (项目支出绩效自评表): forms, targets, the scoring
//! formula, grades, the audit of forms and their roll-up.
//!
//! # Overview
//!
//! * [`Form`] is a published form: the project, the funding block ([`FundingRow`]), the
//!   indicator tree ([`Indicator`]: 一级 [`LevelOne`] → 二级 [`LevelTwoLabel`] → 三级 name) with
//!   target and actual values ([`TargetValue`]), the stated 总分 and [`Grade`]. Forms are built
//!   from their printed shape ([`RawForm`]) through one validating constructor, which serde uses
//!   too; what was printed (misspelt labels, missing cells) is kept.
//! * [`ScoringParameters`] are the formula's parameters, dated by the year they apply from and
//!   each citing its source with a confidence mark.
//! * [`evaluate`] computes the formula beside the stated figures as typed numbers
//!   ([`Evaluation`], [`IndicatorScore`], [`Basis`]); the words that explain each component are
//!   made only when asked ([`Evaluation::trace`], [`IndicatorScore::explain`]). Stated scores are
//!   never "corrected".
//! * [`audit_form`] turns disagreements into [`Finding`](crate::finding::Finding)s of the rules
//!   in [`RULES`] (each a `const` [`Rule`](crate::finding::Rule)); [`Rollup`] sums the forms of a
//!   disclosure for the narrative's statement.
//!
//! # Example
//!
//! ```
//! use final_accounts::evaluation::{audit_form, evaluate, Form, ScoringParameters};
//! use final_accounts::finding::{Lang, Unnamed};
//! let form = Form::example()?;
//! let params = ScoringParameters::for_year(form.year())?;
//! let evaluation = evaluate(&form, &params)?;
//! println!("{}", evaluation.trace(&form));
//! for finding in audit_form(&form, &params) {
//!     println!("{}: {}", finding.rule, finding.message(&Unnamed, Lang::En));
//! }
//! # Ok::<(), final_accounts::evaluation::EvaluationError>(())
//! ```

mod analysis;
mod consistency;
mod error;
mod form;
mod grade;
mod indicator;
mod parse;
mod rollup;
mod scoring;
mod target;

pub use analysis::AnalysisSubject;
pub use consistency::{
    NEED_PARAMETERS, RULES, audit_form, audit_form_arithmetic, check_year, no_parameters,
};
pub use error::EvaluationError;
pub use form::{AnalysisItem, Form, FormAmount, FundingRow, OrgUnit, RawForm, RawFundingRow};
pub use grade::{Grade, GradeScheme};
pub use indicator::{Indicator, LevelOne, LevelTwo, LevelTwoLabel, RawIndicator};
pub use rollup::{GradeCount, Rollup};
pub use scoring::{
    Basis, Computed, Confidence, Evaluation, ExecutionScore, IndicatorScore, Method,
    QualitativeTiers, ReverseFormula, ScoringParameters, Source, Sourced, Unscorable, WeightSplit,
    evaluate, score_execution, score_indicator,
};
pub use target::{Attainment, Comparator, Quantity, TargetKind, TargetUnit, TargetValue};
