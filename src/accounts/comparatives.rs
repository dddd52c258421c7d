//! What the 说明 compares the year with and explains: last year's 决算, the 年初预算 and the
//! reasons the unit gives.

use crate::money::Amount;
use crate::narrative::{FigureRef, SpendingColumn};

use super::AccountsError;

/// What the 说明 needs beyond the year's accounts, in exact 元: last year's figures (上年决算)
/// for the changes, the 年初预算 of the 一般公共预算 spending for the completion rates, and the
/// reasons (主要原因) the unit gives for each section.
///
/// Figures are named by content ([`FigureRef`]), as the 说明 names them. Compiling rounds them
/// half away from zero to the tables' 0.01 万元, as last year's disclosure printed them: give
/// the figures last year published (13,397,800 元 for 1,339.78 万元) and the changes are those
/// of the printed figures.
///
/// ```
/// use final_accounts::accounts::Comparatives;
/// use final_accounts::money::Amount;
/// use final_accounts::narrative::{FigureRef, SpendingColumn};
/// use rust_decimal::Decimal;
///
/// let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
/// let gp = FigureRef::general_public_total(SpendingColumn::Subtotal);
/// let comparatives = Comparatives::new()
///     .prior_year(FigureRef::IncomeGrandTotal, yuan(13_397_800)?)?
///     .initial_budget(gp, yuan(12_674_400)?)?
///     .reason("一", "年中追加项目金额增加")?;
/// assert_eq!(comparatives.prior_year_of(&FigureRef::IncomeGrandTotal), Some(yuan(13_397_800)?));
///
/// // A budget is only given for the 一般公共预算 spending (合计 or a 类), and once.
/// assert!(Comparatives::new().initial_budget(FigureRef::IncomeTotal, yuan(1)?).is_err());
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparatives {
    prior_year: Vec<(FigureRef, Amount)>,
    initial_budgets: Vec<(FigureRef, Amount)>,
    reasons: Vec<(String, String)>,
    purposes: Vec<(FigureRef, String)>,
}

/// A section label as the standard paragraphs name it: white space dropped, and ASCII
/// brackets read as the full-width ones the templates print ("五(一)" is "五（一）"), as the
/// narrative compares section labels (`Statement::in_section`): the label is its numbering,
/// not the width of its brackets.
fn section_label(section: &str) -> String {
    section
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            other => other,
        })
        .collect()
}

/// The standard paragraphs that state a change or a comparison with a budget, by their 2023
/// Shanxi labels: the sections a reason can be keyed to besides a line of 五（三） (by its code)
/// and a 三公 item of 九（一） (by its name).
///
/// ```
/// use final_accounts::accounts::REASON_PARAGRAPHS;
/// assert!(REASON_PARAGRAPHS.contains(&"五（三）"));
/// assert!(!REASON_PARAGRAPHS.contains(&"五（二）"));
/// ```
pub const REASON_PARAGRAPHS: [&str; 7] = [
    "一",
    "四",
    "五（一）",
    "五（三）",
    "七",
    "九（一）",
    "十（一）",
];

/// Whether a reason can be keyed to `section`: one of the [`REASON_PARAGRAPHS`], a line of
/// 五（三） by its code, or a 三公 item of 九（一） by its name.
fn is_reason_section(section: &str) -> bool {
    if REASON_PARAGRAPHS.contains(&section) {
        return true;
    }
    if let Some(code) = section.strip_prefix("五（三）") {
        return code.parse::<crate::classification::FunctionCode>().is_ok();
    }
    if let Some(item) = section.strip_prefix("九（一）") {
        return item
            .parse::<crate::narrative::ThreePublicItem>()
            .is_ok_and(|i| i != crate::narrative::ThreePublicItem::Total);
    }
    false
}

/// Figures that may be negative: balances (结转和结余 may be overdrawn).
fn may_be_negative(figure: &FigureRef) -> bool {
    matches!(
        figure,
        FigureRef::OpeningBalance | FigureRef::ClosingBalance
    ) || matches!(
        figure,
        FigureRef::GovernmentFund {
            column: crate::narrative::FundColumn::Opening | crate::narrative::FundColumn::Closing,
            ..
        }
    )
}

impl Comparatives {
    /// Nothing known: no change, completion or reason is stated.
    #[must_use]
    pub fn new() -> Comparatives {
        Comparatives::default()
    }

    /// With last year's 决算 of `figure`.
    ///
    /// # Errors
    ///
    /// [`AccountsError::Comparative`] for a figure given twice, and
    /// [`AccountsError::Negative`] for a negative amount other than a balance.
    pub fn prior_year(
        mut self,
        figure: FigureRef,
        amount: Amount,
    ) -> Result<Comparatives, AccountsError> {
        if self.prior_year.iter().any(|(f, _)| *f == figure) {
            return Err(AccountsError::Comparative {
                figure: figure.name(),
                problem: "last year's figure is given twice",
            });
        }
        if amount.is_negative() && !may_be_negative(&figure) {
            return Err(AccountsError::Negative {
                what: "上年决算",
                item: figure.name(),
                yuan: amount.yuan(),
            });
        }
        self.prior_year.push((figure, amount));
        Ok(self)
    }

    /// With the 年初预算 of the 一般公共预算 spending, in total or of one line of 公开05表
    /// (类, 款 or 项; column 合计). The 说明 lists the budgets of its lines against the total:
    /// give every line of a level, so that they add up to it.
    ///
    /// # Errors
    ///
    /// [`AccountsError::Comparative`] for another figure or one given twice, and
    /// [`AccountsError::Negative`] for a negative budget.
    pub fn initial_budget(
        mut self,
        figure: FigureRef,
        amount: Amount,
    ) -> Result<Comparatives, AccountsError> {
        let budgeted = matches!(
            figure,
            FigureRef::GeneralPublic {
                column: SpendingColumn::Subtotal,
                ..
            }
        );
        if !budgeted {
            return Err(AccountsError::Comparative {
                figure: figure.name(),
                problem: "a 年初预算 is given for the 一般公共预算 spending only (公开05表, column 合计)",
            });
        }
        if self.initial_budgets.iter().any(|(f, _)| *f == figure) {
            return Err(AccountsError::Comparative {
                figure: figure.name(),
                problem: "the 年初预算 is given twice",
            });
        }
        if amount.is_negative() {
            return Err(AccountsError::Negative {
                what: "年初预算",
                item: figure.name(),
                yuan: amount.yuan(),
            });
        }
        self.initial_budgets.push((figure, amount));
        Ok(self)
    }

    /// With the reason (主要原因) of a standard paragraph, named by its label in the 2023
    /// Shanxi template whatever the profile prints: "一" (收入支出总计), "四" (财政拨款),
    /// "五（一）", "五（三）" (the total against its 年初预算), "五（三）208" (a line), "七"
    /// (政府性基金), "九（一）" (the 三公 total), "九（一）公务接待费" (an item, also
    /// "九（一）公务用车购置及运行维护费") or "十（一）" (机关运行经费). The Shanghai template's
    /// 七 (三公) and 十一（一） (机关运行经费) read "九（一）…" and "十（一）".
    ///
    /// # Errors
    ///
    /// [`AccountsError::Comparative`] for an empty section or reason, a label no standard
    /// paragraph has ("八", "五（九）"), or a section given twice. The label is read without
    /// white space and with ASCII brackets as the full-width ones: "五(一)" is "五（一）".
    ///
    /// ```
    /// use final_accounts::accounts::Comparatives;
    /// let c = Comparatives::new().reason("五(一)", "年中追加项目资金")?;
    /// assert_eq!(c.reasons()[0].0, "五（一）");
    /// let err = Comparatives::new().reason("五（九）", "…").unwrap_err();
    /// assert!(err.to_string().contains("五（九）"));
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn reason(mut self, section: &str, reason: &str) -> Result<Comparatives, AccountsError> {
        let section = section_label(section);
        let (section, reason) = (section.as_str(), reason.trim());
        let problem = if section.is_empty() {
            Some("the section label is empty")
        } else if !is_reason_section(section) {
            Some(
                "no standard paragraph has this label: a reason is keyed to 一, 四, 五（一）, \
                 五（三）, 五（三） followed by the code of a line of 公开05表 (五（三）208), 七, \
                 九（一）, 九（一） followed by a 三公 item (九（一）公务接待费), or 十（一）",
            )
        } else if reason.is_empty() {
            Some("the reason is empty")
        } else if self.reasons.iter().any(|(s, _)| s == section) {
            Some("the section has two reasons")
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(AccountsError::Comparative {
                figure: format!("说明 {section}"),
                problem,
            });
        }
        self.reasons.push((section.to_owned(), reason.to_owned()));
        Ok(self)
    }

    /// With what `figure` was used for, in the unit's words: a line of 公开05表 ("用于职工医疗保险等
    /// 支出", "主要用于：…" in the 具体情况 paragraph), 人员经费 or 公用经费 ("主要包括…" in 六).
    ///
    /// # Errors
    ///
    /// [`AccountsError::Comparative`] for another figure, an empty text, or a figure given twice.
    ///
    /// ```
    /// use final_accounts::accounts::Comparatives;
    /// use final_accounts::narrative::FigureRef;
    /// let c = Comparatives::new().purpose(FigureRef::PublicUseTotal, "办公费、印刷费")?;
    /// assert_eq!(c.purposes().len(), 1);
    /// // 收入总计 has no purpose to state.
    /// assert!(Comparatives::new().purpose(FigureRef::IncomeGrandTotal, "…").is_err());
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    pub fn purpose(mut self, figure: FigureRef, text: &str) -> Result<Comparatives, AccountsError> {
        let text = text.trim();
        let described = matches!(
            figure,
            FigureRef::GeneralPublic {
                code: Some(_),
                column: SpendingColumn::Subtotal,
            } | FigureRef::PersonnelTotal
                | FigureRef::PublicUseTotal
        );
        let problem = if !described {
            Some("a purpose is given for a line of 公开05表, 人员经费 or 公用经费 only")
        } else if text.is_empty() {
            Some("the purpose is empty")
        } else if self.purposes.iter().any(|(f, _)| *f == figure) {
            Some("the purpose is given twice")
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(AccountsError::Comparative {
                figure: figure.name(),
                problem,
            });
        }
        self.purposes.push((figure, text.to_owned()));
        Ok(self)
    }

    /// What figures were used for, in the order given.
    #[must_use]
    pub fn purposes(&self) -> &[(FigureRef, String)] {
        &self.purposes
    }

    /// Last year's figures, in the order given.
    #[must_use]
    pub fn prior_years(&self) -> &[(FigureRef, Amount)] {
        &self.prior_year
    }

    /// Last year's figure of `figure`, if given.
    #[must_use]
    pub fn prior_year_of(&self, figure: &FigureRef) -> Option<Amount> {
        self.prior_year
            .iter()
            .find(|(f, _)| f == figure)
            .map(|(_, a)| *a)
    }

    /// The 年初预算 given, in the order given.
    #[must_use]
    pub fn initial_budgets(&self) -> &[(FigureRef, Amount)] {
        &self.initial_budgets
    }

    /// The reasons by section, in the order given.
    #[must_use]
    pub fn reasons(&self) -> &[(String, String)] {
        &self.reasons
    }

    /// Whether nothing is given.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.prior_year.is_empty()
            && self.initial_budgets.is_empty()
            && self.reasons.is_empty()
            && self.purposes.is_empty()
    }
}
