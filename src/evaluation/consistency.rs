//! The consistency of a self-evaluation form (`eval.*`): its rules, the checks that apply
//! them, and the findings they report.

use rust_decimal::Decimal;

use super::EvaluationError;
use super::form::{Form, FundingRow};
use super::indicator::Indicator;
use super::scoring::ScoringParameters;
use crate::finding::{Area, Figure, Finding, Key, Part, Place, Rule, Severity, Template};

mod funding;
mod scores;
mod typos;
mod weights;

use funding::{
    BALANCE, EXECUTION_SCORE, EXECUTION_SCORE_WEIGHT, FUNDING_LABEL, FUNDING_ROWS, OVER_EXECUTION,
    RATE, ZERO_BUDGET, funding_row, funding_rows_agree,
};
use scores::{
    GRADE_BAND, INDICATOR_FORMULA, INDICATOR_UNSCORABLE, MISSING_SCORE, TOTAL_FORMULA, TOTAL_SUM,
    scores,
};
use typos::{NEGATIVE, SCORE_ABOVE_WEIGHT_RULE, TARGET_COMPARATOR, WEIGHT_RANGE, typos};
use weights::{INDICATOR_LEVEL, WEIGHT_SPLIT, WEIGHTS_SUM, levels, weights};

const SRC_DOMAIN6: &str = "DOMAIN.md §6 (财预〔2020〕10号 baseline) [S]";

/// `eval.year`: see [`RULES`].
pub const YEAR: Rule = Rule::new("eval.year", Area::Evaluation, Severity::Warning)
    .titled("form of the report year", "自评表年度与决算年度一致")
    .described("A 部门决算 of year Y publishes the project self-evaluation forms of year Y: a form printing another year (its “(Y年度)” line) is stale or mistyped.")
    .sourced("form layout [D]");

/// `eval.no-parameters`: see [`RULES`].
pub const NO_PARAMETERS: Rule = Rule::new("eval.no-parameters", Area::Evaluation, Severity::Warning)
    .titled("forms without scoring parameters", "无评分参数")
    .described("No scoring parameters apply to the report year, so the checks that need the formula (weights against the execution weight, execution score, total against the formula, grade band, indicator formulas) could not run; the forms' own arithmetic (结余, 执行率, funding rows, printed scores and their sum, typos) still ran.")
    .sourced(SRC_DOMAIN6);

/// The rules of the self-evaluation audit, with stable ids prefixed `eval.`.
///
/// ```
/// use final_accounts::evaluation::RULES;
/// assert!(RULES.iter().all(|r| r.id.starts_with("eval.")));
/// assert!(RULES.iter().any(|r| r.id == "eval.execution-score"));
/// ```
pub const RULES: &[&Rule] = &[
    &WEIGHTS_SUM,
    &WEIGHT_SPLIT,
    &EXECUTION_SCORE_WEIGHT,
    &BALANCE,
    &FUNDING_ROWS,
    &FUNDING_LABEL,
    &RATE,
    &ZERO_BUDGET,
    &OVER_EXECUTION,
    &EXECUTION_SCORE,
    &MISSING_SCORE,
    &TOTAL_SUM,
    &TOTAL_FORMULA,
    &GRADE_BAND,
    &INDICATOR_FORMULA,
    &INDICATOR_UNSCORABLE,
    &INDICATOR_LEVEL,
    &NEGATIVE,
    &SCORE_ABOVE_WEIGHT_RULE,
    &WEIGHT_RANGE,
    &TARGET_COMPARATOR,
    &YEAR,
    &NO_PARAMETERS,
];

/// The rules that need scoring parameters (the formula): they do not run without them, and
/// `eval.no-parameters` names them.
///
/// ```
/// use final_accounts::evaluation::{NEED_PARAMETERS, RULES};
/// assert!(NEED_PARAMETERS.iter().all(|r| RULES.contains(r)));
/// assert!(NEED_PARAMETERS.iter().all(|r| r.id != "eval.balance"));
/// ```
pub const NEED_PARAMETERS: &[&Rule] = &[
    &WEIGHTS_SUM,
    &WEIGHT_SPLIT,
    &EXECUTION_SCORE_WEIGHT,
    &EXECUTION_SCORE,
    &TOTAL_FORMULA,
    &GRADE_BAND,
    &INDICATOR_FORMULA,
    &INDICATOR_UNSCORABLE,
];

/// [`NEED_PARAMETERS`] as `eval.no-parameters` quotes them.
const NEED_PARAMETERS_TEXT: &str = "eval.weights-sum, eval.weight-split, eval.execution-score-weight, eval.execution-score, eval.total-formula, eval.grade-band, eval.indicator-formula, eval.indicator-unscorable";

/// Labels of funding rows known to be sources of funds.
const KNOWN_SOURCES: &[&str] = &[
    "市县区财政资金",
    "中央财政资金",
    "省级财政资金",
    "市级财政资金",
    "县级财政资金",
    "其他资金",
    "上年结转资金",
];

/// [`KNOWN_SOURCES`] as the expected figure of `eval.funding-label` quotes them.
const KNOWN_SOURCES_TEXT: &str =
    "市县区财政资金/中央财政资金/省级财政资金/市级财政资金/县级财政资金/其他资金/上年结转资金";

// The messages of the rules. The place (form, row, column) is shown beside each message and
// is not repeated in it.

const YEAR_DIFFERS: Template = Template {
    zh: "自评表年度{actual}与决算年度{expected}不一致",
    en: "the form is of {actual}, the disclosure of {expected}",
};

const NO_PARAMETERS_FOUND: Template = Template {
    zh: "{expected}年无适用的评分参数（最早适用于{0}年）：{1}未能运行；自评表自身的算术（结余、执行率、资金来源、所列得分之和等）已检查",
    en: "no scoring parameters apply to {expected} (the earliest apply from {0}): {1} could not run; the forms' own arithmetic (结余, 执行率, funding rows, the sum of the printed scores …) was checked",
};

const NO_PARAMETERS_NONE: Template = Template {
    zh: "无",
    en: "none",
};

/// Half a unit in the second decimal: how far a printed score may be from its true value.
fn half_cent() -> Decimal {
    Decimal::new(5, 3)
}

/// A score, weight or rate as the form prints it (and as the formula rounds it): the digits
/// are kept, "7.20" stays 7.20. [`Figure::Number`] shows a number without trailing zeros, so
/// such a value is quoted as text.
fn number(value: Decimal) -> Figure {
    if value.normalize().scale() == value.scale() {
        Figure::Number(value)
    } else {
        Figure::text(value.to_string())
    }
}

/// A row of the form: a fixed one (执行率, 总分, 等级) or one named as printed.
enum Row<'a> {
    Fixed(&'static str),
    Printed(&'a str),
    Path(&'a Indicator),
}

struct Out<'a> {
    form: &'a Form,
    findings: Vec<Finding>,
}

impl Out<'_> {
    /// The place of a finding in this form.
    fn place(&self, row: Option<Row<'_>>, column: Option<&'static str>) -> Place {
        let mut place = Place::new(Part::Form(self.form.project().into()));
        match row {
            Some(Row::Fixed(name)) => place = place.row(Key::Static(name)),
            Some(Row::Printed(name)) => place = place.row_text(name),
            Some(Row::Path(indicator)) => place = place.row_text(indicator.path()),
            None => {}
        }
        if let Some(column) = column {
            place = place.column(Key::Static(column));
        }
        place
    }

    fn push(&mut self, finding: Finding, row: Option<Row<'_>>, column: Option<&'static str>) {
        let place = self.place(row, column);
        self.findings.push(finding.at(place));
    }
}

fn funding_row_name(row: &FundingRow) -> Row<'_> {
    match row.label() {
        Some(label) => Row::Printed(label),
        None => Row::Fixed("(unlabelled row)"),
    }
}

/// Audits one form: every `eval.*` rule of [`RULES`] except the roll-up rules (see
/// [`Rollup`](super::Rollup)). Rounding tails are reported as [`Severity::Info`]; differences
/// between a stated score and the formula are warnings, never corrections.
///
/// Each finding names its place once (the form's project, the row, the column); the message
/// does not repeat it.
///
/// ```
/// use final_accounts::evaluation::{audit_form, Form, ScoringParameters};
/// use final_accounts::finding::{Lang, Severity, Unnamed};
/// let form = Form::example()?;
/// let findings = audit_form(&form, &ScoringParameters::for_year(2023)?);
/// // No error; the 成本 indicator (=10.5万元 planned, =8万元 spent) scored 10 where the
/// // forward formula gives 7.62: a warning.
/// assert!(findings.iter().all(|f| f.severity < Severity::Error));
/// let cost = findings.iter().find(|f| f.rule.id == "eval.indicator-formula").unwrap();
/// assert_eq!(cost.expected.as_ref().map(ToString::to_string).as_deref(), Some("7.62"));
/// assert_eq!(cost.actual.as_ref().map(ToString::to_string).as_deref(), Some("10"));
/// assert!(cost.places[0].display(&Unnamed, Lang::En).to_string().ends_with("column 得分"));
/// assert!(cost.message(&Unnamed, Lang::En).contains("weight × actual / target = 10 × 8 / 10.5"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn audit_form(form: &Form, params: &ScoringParameters) -> Vec<Finding> {
    run(form, Some(params))
}

/// Audits one form without scoring parameters: every check of [`audit_form`] that does not
/// need the formula — the funding rows (结余, 执行率 as printed, zero budget, execution above
/// budget, rows against the 资金总额 row, labels), the printed scores (missing ones, 总分
/// against their sum) and the typos (negative figures, scores above their weight, weights out
/// of range, targets that contradict their comparator). The audit runs it when no parameters
/// apply to the report year and says so in one `eval.no-parameters` finding
/// ([`no_parameters`]).
///
/// ```
/// use final_accounts::evaluation::{audit_form_arithmetic, Form, RawFundingRow};
/// let mut raw = Form::example()?.to_raw();
/// raw.funding[0].balance = Some("3.493".into()); // 10.5 − 8.007 = 2.493
/// let findings = audit_form_arithmetic(&Form::new(raw)?);
/// let balance = findings.iter().find(|f| f.rule.id == "eval.balance").unwrap();
/// assert_eq!(balance.actual.as_ref().map(ToString::to_string).as_deref(), Some("3.493"));
/// assert!(findings.iter().all(|f| f.rule.id != "eval.execution-score"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn audit_form_arithmetic(form: &Form) -> Vec<Finding> {
    run(form, None)
}

/// The one finding of a disclosure whose forms could not be scored: no scoring parameters
/// apply to `year` (`error` says why, for [`EvaluationError::NoParameters`] with the earliest
/// year that has some). It names every check that did not run; `None` without forms.
///
/// ```
/// use final_accounts::evaluation::{no_parameters, Form, ScoringParameters};
/// let forms = [Form::example()?];
/// let error = ScoringParameters::for_year(2015).unwrap_err();
/// let finding = no_parameters(2015, &error, &forms).unwrap();
/// assert_eq!(finding.rule.id, "eval.no-parameters");
/// let message = finding.message(&final_accounts::finding::Unnamed, final_accounts::finding::Lang::En);
/// assert!(message.contains("2015") && message.contains("eval.grade-band"), "{message}");
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn no_parameters(year: u16, error: &EvaluationError, forms: &[Form]) -> Option<Finding> {
    if forms.is_empty() {
        return None;
    }
    let earliest = match error {
        EvaluationError::NoParameters { earliest, .. } => Figure::Year(i32::from(*earliest)),
        _ => Figure::Phrase(&NO_PARAMETERS_NONE),
    };
    Some(
        Finding::new(&NO_PARAMETERS, &NO_PARAMETERS_FOUND)
            .at(Place::new(Part::Forms))
            .expected(Figure::Year(i32::from(year)))
            .actual(Figure::Phrase(&NO_PARAMETERS_NONE))
            .arg(earliest)
            .arg(Figure::Static(NEED_PARAMETERS_TEXT)),
    )
}

/// The finding of a form printing a year other than the disclosure's (`eval.year`), if any.
///
/// ```
/// use final_accounts::evaluation::{check_year, Form};
/// let form = Form::example()?; // (2023年度)
/// assert!(check_year(&form, 2023).is_none());
/// let finding = check_year(&form, 2024).unwrap();
/// assert_eq!(finding.expected.as_ref().map(ToString::to_string).as_deref(), Some("2024"));
/// assert_eq!(finding.actual.as_ref().map(ToString::to_string).as_deref(), Some("2023"));
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[must_use]
pub fn check_year(form: &Form, year: u16) -> Option<Finding> {
    if form.year() == year {
        return None;
    }
    let out = Out {
        form,
        findings: Vec::new(),
    };
    Some(
        Finding::new(&YEAR, &YEAR_DIFFERS)
            .at(out.place(Some(Row::Fixed("年度")), None))
            .expected(Figure::Year(i32::from(year)))
            .actual(Figure::Year(i32::from(form.year()))),
    )
}

fn run(form: &Form, params: Option<&ScoringParameters>) -> Vec<Finding> {
    let mut out = Out {
        form,
        findings: Vec::new(),
    };
    typos(&mut out);
    if let Some(params) = params {
        weights(&mut out, params);
    }
    levels(&mut out);
    for row in form.funding() {
        funding_row(&mut out, row, params);
    }
    funding_rows_agree(&mut out);
    scores(&mut out, params);
    out.findings
}

#[cfg(test)]
mod tests {
    use super::{KNOWN_SOURCES, KNOWN_SOURCES_TEXT, NEED_PARAMETERS, NEED_PARAMETERS_TEXT};

    #[test]
    fn the_quoted_sources_are_the_known_ones() {
        assert_eq!(KNOWN_SOURCES.join("/"), KNOWN_SOURCES_TEXT);
    }

    #[test]
    fn the_quoted_rules_are_those_that_need_parameters() {
        let ids: Vec<&str> = NEED_PARAMETERS.iter().map(|r| r.id).collect();
        assert_eq!(ids.join(", "), NEED_PARAMETERS_TEXT);
    }
}
