//! The roll-up of the forms of a disclosure: the figures the narrative's statement reports
//! ("自评个数14个，涉及资金147.41万元：12个项目自评等级为“优”，2个项目自评等级为“良”").

use super::EvaluationError;
use super::form::Form;
use super::grade::Grade;
use super::scoring::{ScoringParameters, evaluate};
use crate::money::{Amount, PublishedAmount};

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
}
