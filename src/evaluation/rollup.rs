//! The roll-up of the forms of a disclosure, for the narrative's statement
//! ("自评个数14个，涉及资金147.41万元：12个项目自评等级为“优”，2个项目自评等级为“良”").

use rust_decimal::Decimal;

use super::EvaluationError;
use super::form::Form;
use super::grade::Grade;
use super::scoring::{ScoringParameters, evaluate};
use crate::audit::{Finding, Location, Severity};
use crate::money::{Amount, MoneyUnit, PublishedAmount, SumCheck, Verdict, check_sum};

/// How many forms have a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GradeCount {
    /// The grade.
    pub grade: Grade,
    /// The number of forms.
    pub count: usize,
}

fn count_grades(grades: impl Iterator<Item = Grade>) -> Vec<GradeCount> {
    let mut counts: Vec<GradeCount> = Vec::new();
    for grade in grades {
        match counts.iter_mut().find(|c| c.grade == grade) {
            Some(c) => c.count = c.count.saturating_add(1),
            None => counts.push(GradeCount { grade, count: 1 }),
        }
    }
    counts.sort_by_key(|c| c.grade);
    counts
}

/// The figures of a set of forms, computed from the forms.
///
/// ```
/// use final_accounts::evaluation::{Form, Grade, Rollup, ScoringParameters};
/// let forms = [Form::example()?];
/// let r = Rollup::compute(&forms, &ScoringParameters::for_year(2023)?)?;
/// assert_eq!(r.count, 1);
/// assert_eq!(r.executed.to_string(), "8.01万元");
/// assert_eq!(r.stated_grades[0].grade, Grade::Excellent);
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rollup {
    /// The number of forms.
    pub count: usize,
    /// Σ 全年执行数 of the forms' reference rows, exactly as printed.
    pub executed: Amount,
    /// Each form's 全年执行数 with its precision (for precision-aware comparisons).
    pub executed_parts: Vec<PublishedAmount>,
    /// The count per stated grade (forms without a grade are not counted here).
    pub stated_grades: Vec<GradeCount>,
    /// The count per grade of the formula's 总分 ([`Evaluation::grade`](super::Evaluation)).
    pub computed_grades: Vec<GradeCount>,
    /// Forms that print no grade.
    pub missing_grades: usize,
}

impl Rollup {
    /// Rolls up `forms` with `params` (for the computed grades).
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Overflow`] if the sum leaves the range of amounts.
    pub fn compute(forms: &[Form], params: &ScoringParameters) -> Result<Rollup, EvaluationError> {
        let executed_parts: Vec<PublishedAmount> = forms
            .iter()
            .map(|f| f.reference_row().executed().published())
            .collect();
        let executed = Amount::checked_sum(executed_parts.iter().map(PublishedAmount::amount))
            .map_err(|_| EvaluationError::Overflow {
                what: "Σ 全年执行数",
            })?;
        let mut computed = Vec::new();
        for form in forms {
            if let Some(g) = evaluate(form, params)?.grade {
                computed.push(g);
            }
        }
        Ok(Rollup {
            count: forms.len(),
            executed,
            executed_parts,
            stated_grades: count_grades(forms.iter().filter_map(Form::grade)),
            computed_grades: count_grades(computed.into_iter()),
            missing_grades: forms.iter().filter(|f| f.grade().is_none()).count(),
        })
    }

    /// The stated count of `grade` (0 when absent).
    #[must_use]
    pub fn stated_count(&self, grade: Grade) -> usize {
        self.stated_grades
            .iter()
            .find(|c| c.grade == grade)
            .map_or(0, |c| c.count)
    }

    /// Compares with what the narrative states.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Overflow`] if the sums leave the range of amounts.
    pub fn compare(&self, stated: &StatedRollup) -> Result<RollupComparison, EvaluationError> {
        let funds = check_sum(&stated.executed, &self.executed_parts).map_err(|_| {
            EvaluationError::Overflow {
                what: "Σ 全年执行数",
            }
        })?;
        let mut grades: Vec<Grade> = self
            .stated_grades
            .iter()
            .chain(stated.grades.iter())
            .map(|c| c.grade)
            .collect();
        grades.sort();
        grades.dedup();
        let grade_mismatches = grades
            .into_iter()
            .filter_map(|g| {
                let s = stated
                    .grades
                    .iter()
                    .find(|c| c.grade == g)
                    .map_or(0, |c| c.count);
                let c = self.stated_count(g);
                (s != c).then_some((g, s, c))
            })
            .collect();
        Ok(RollupComparison {
            count: (stated.count, self.count),
            funds,
            grade_mismatches,
        })
    }
}

/// What a narrative states about the forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatedRollup {
    /// 自评个数.
    pub count: usize,
    /// 涉及资金, as printed (万元).
    pub executed: PublishedAmount,
    /// The count per grade.
    pub grades: Vec<GradeCount>,
}

impl StatedRollup {
    /// A statement from its printed figures: the count, 涉及资金 in 万元 as printed, and the
    /// count per grade.
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Figure`] when the amount is not a number.
    ///
    /// ```
    /// use final_accounts::evaluation::{Grade, StatedRollup};
    /// let s = StatedRollup::new(14, "147.41", &[(Grade::Excellent, 12), (Grade::Good, 2)])?;
    /// assert_eq!(s.executed.to_string(), "147.41");
    /// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
    /// ```
    pub fn new(
        count: usize,
        executed_wan_yuan: &str,
        grades: &[(Grade, usize)],
    ) -> Result<StatedRollup, EvaluationError> {
        let executed =
            PublishedAmount::parse(executed_wan_yuan, MoneyUnit::WanYuan).map_err(|source| {
                EvaluationError::Figure {
                    field: "涉及资金",
                    text: executed_wan_yuan.to_owned(),
                    source,
                }
            })?;
        Ok(StatedRollup {
            count,
            executed,
            grades: grades
                .iter()
                .map(|(grade, count)| GradeCount {
                    grade: *grade,
                    count: *count,
                })
                .collect(),
        })
    }
}

/// The comparison of a roll-up with a narrative's statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollupComparison {
    /// (stated, computed) number of forms.
    pub count: (usize, usize),
    /// The stated 涉及资金 against Σ 全年执行数, precision-aware.
    pub funds: SumCheck,
    /// Grades whose stated count differs: (grade, stated, computed).
    pub grade_mismatches: Vec<(Grade, usize, usize)>,
}

impl RollupComparison {
    /// Whether everything agrees (a rounding tail in the funds counts as agreement).
    #[must_use]
    pub fn agrees(&self) -> bool {
        self.count.0 == self.count.1
            && self.funds.verdict.is_consistent()
            && self.grade_mismatches.is_empty()
    }

    /// The findings of the `eval.rollup-*` rules; `place` names the narrative paragraph.
    #[must_use]
    pub fn findings(&self, place: &str) -> Vec<Finding> {
        let loc = || vec![Location::table(place)];
        let mut out = Vec::new();
        if self.count.0 != self.count.1 {
            out.push(Finding {
                rule: "eval.rollup-count".into(),
                severity: Severity::Error,
                locations: loc(),
                expected: Some(self.count.1.to_string()),
                actual: Some(self.count.0.to_string()),
                allowance: None,
                message_zh: format!("自评个数应为{}，说明中为{}", self.count.1, self.count.0),
                message_en: format!(
                    "the narrative states {} self-evaluated projects, the forms are {}",
                    self.count.0, self.count.1
                ),
            });
        }
        let wan = |a: Amount| a.in_units(MoneyUnit::WanYuan).normalize();
        let funds_severity = match self.funds.verdict {
            Verdict::Exact => None,
            Verdict::WithinRounding => Some(Severity::Info),
            _ => Some(Severity::Error),
        };
        if let Some(severity) = funds_severity {
            let allowance = self
                .funds
                .allowance_yuan
                .checked_div(Decimal::from(10_000))
                .unwrap_or_default()
                .normalize();
            out.push(Finding {
                rule: "eval.rollup-funds".into(),
                severity,
                locations: loc(),
                expected: Some(wan(self.funds.expected).to_string()),
                actual: Some(wan(self.funds.actual).to_string()),
                allowance: Some(format!(
                    "±{allowance} 万元 (half a unit of each printed figure)"
                )),
                message_zh: format!(
                    "涉及资金{}万元，各表全年执行数合计{}万元",
                    wan(self.funds.actual),
                    wan(self.funds.expected)
                ),
                message_en: format!(
                    "funds stated {} 万元, Σ 全年执行数 of the forms {} 万元 ({})",
                    wan(self.funds.actual),
                    wan(self.funds.expected),
                    self.funds.verdict
                ),
            });
        }
        for (grade, stated, computed) in &self.grade_mismatches {
            out.push(Finding {
                rule: "eval.rollup-grades".into(),
                severity: Severity::Error,
                locations: loc(),
                expected: Some(computed.to_string()),
                actual: Some(stated.to_string()),
                allowance: None,
                message_zh: format!("等级为“{grade}”的项目应为{computed}个，说明中为{stated}个"),
                message_en: format!(
                    "the narrative states {stated} projects graded {grade}, the forms have {computed}"
                ),
            });
        }
        out
    }
}
