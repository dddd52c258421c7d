//! The roll-up of the forms of a disclosure: the figures the narrative's statement reports
//! ("自评个数14个，涉及资金147.41万元：12个项目自评等级为“优”，2个项目自评等级为“良”").

use super::EvaluationError;
use super::form::Form;
use super::grade::Grade;
use crate::money::{Amount, Interval, PublishedAmount};

/// How many forms have a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GradeCount {
    /// The grade.
    pub grade: Grade,
    /// The number of forms.
    pub count: usize,
}

/// The figures of a set of forms as they print them: how many, the money they cover and the
/// grades they state. This is the one roll-up of the crate: the narrative's statement about
/// the self-evaluation ("自评个数…，涉及资金…万元：…个项目自评等级为“优”") is checked against it.
///
/// Sums keep the rounding of the printed figures: [`Rollup::spent`] is Σ 全年执行数 as
/// printed, and [`Rollup::spent_interval`] every sum the true (unrounded) figures allow, for
/// a precision-aware comparison with a stated total.
///
/// ```
/// use final_accounts::evaluation::{Form, Grade, Rollup};
/// use rust_decimal::Decimal;
/// let forms = [Form::example()?, Form::example()?];
/// let r = Rollup::of(&forms)?;
/// assert_eq!(r.count, 2);
/// // 8.007 + 8.007 万元 spent, each printed to the 元 of three decimals of 万元 (±5元).
/// assert_eq!(r.spent.wan_yuan(), Decimal::new(16014, 3));
/// assert_eq!(r.spent_interval.to_string(), "[160130, 160150)");
/// assert_eq!(r.budget.wan_yuan(), Decimal::from(21));
/// assert_eq!(r.graded(Grade::Excellent), 2);
/// assert_eq!(r.graded(Grade::Good), 0);
/// # Ok::<(), final_accounts::evaluation::EvaluationError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rollup {
    /// The number of forms.
    pub count: usize,
    /// Σ 全年执行数 of the forms' reference rows (the 资金总额 row, else the row standing for
    /// it), exactly as printed.
    pub spent: Amount,
    /// Every value Σ 全年执行数 may have, in 元, given the rounding of each printed figure.
    pub spent_interval: Interval,
    /// Σ 全年预算数 of the forms' reference rows, exactly as printed.
    pub budget: Amount,
    /// Every value Σ 全年预算数 may have, in 元.
    pub budget_interval: Interval,
    /// The number of forms per stated grade (等级), in the order of [`Grade`]; grades no
    /// form states are absent.
    pub grades: Vec<GradeCount>,
    /// The number of forms that print no grade.
    pub ungraded: usize,
}

impl Rollup {
    /// Rolls up `forms` (a slice, or any iterator of forms).
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Overflow`] if a sum leaves the range of amounts.
    pub fn of<'a>(forms: impl IntoIterator<Item = &'a Form>) -> Result<Rollup, EvaluationError> {
        let mut rollup = Rollup::empty();
        for form in forms {
            let row = form.reference_row();
            rollup.add(
                row.executed().published(),
                row.annual_budget().published(),
                form.grade(),
            )?;
        }
        Ok(rollup)
    }

    /// The roll-up of no form.
    #[must_use]
    pub fn empty() -> Rollup {
        Rollup {
            count: 0,
            spent: Amount::ZERO,
            spent_interval: Interval::exact(rust_decimal::Decimal::ZERO),
            budget: Amount::ZERO,
            budget_interval: Interval::exact(rust_decimal::Decimal::ZERO),
            grades: Vec::new(),
            ungraded: 0,
        }
    }

    /// Adds one form by its printed figures: 全年执行数, 全年预算数 and the grade it states.
    /// [`Rollup::of`] adds each form's reference row this way; a caller holding only the
    /// printed figures (a transcription, a test) builds the same roll-up.
    ///
    /// ```
    /// use final_accounts::evaluation::{Grade, Rollup};
    /// use final_accounts::money::{MoneyUnit, Precision, PublishedAmount};
    /// let wan = |s| PublishedAmount::parse_with_precision(s, MoneyUnit::WanYuan, Precision::Rounded { decimals: 3 });
    /// let mut rollup = Rollup::empty();
    /// rollup.add(wan("2.73")?, wan("8")?, Some(Grade::Excellent))?;
    /// rollup.add(wan("7.764")?, wan("8")?, Some(Grade::Good))?;
    /// assert_eq!((rollup.count, rollup.graded(Grade::Excellent)), (2, 1));
    /// assert_eq!(rollup.spent.to_string(), "10.49万元");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`EvaluationError::Overflow`] if a sum leaves the range of amounts.
    pub fn add(
        &mut self,
        spent: PublishedAmount,
        budget: PublishedAmount,
        grade: Option<Grade>,
    ) -> Result<(), EvaluationError> {
        let overflow = |what| move |_| EvaluationError::Overflow { what };
        self.count = self.count.saturating_add(1);
        self.spent = self
            .spent
            .checked_add(spent.amount())
            .map_err(overflow("Σ 全年执行数"))?;
        self.spent_interval = self
            .spent_interval
            .checked_add(&spent.interval_yuan())
            .ok_or(EvaluationError::Overflow {
                what: "Σ 全年执行数",
            })?;
        self.budget = self
            .budget
            .checked_add(budget.amount())
            .map_err(overflow("Σ 全年预算数"))?;
        self.budget_interval = self
            .budget_interval
            .checked_add(&budget.interval_yuan())
            .ok_or(EvaluationError::Overflow {
                what: "Σ 全年预算数",
            })?;
        match grade {
            Some(grade) => match self.grades.iter_mut().find(|c| c.grade == grade) {
                Some(c) => c.count = c.count.saturating_add(1),
                None => {
                    self.grades.push(GradeCount { grade, count: 1 });
                    self.grades.sort_by_key(|c| c.grade);
                }
            },
            None => self.ungraded = self.ungraded.saturating_add(1),
        }
        Ok(())
    }

    /// The number of forms that state `grade` (0 when none does).
    #[must_use]
    pub fn graded(&self, grade: Grade) -> usize {
        self.grades
            .iter()
            .find(|c| c.grade == grade)
            .map_or(0, |c| c.count)
    }
}
