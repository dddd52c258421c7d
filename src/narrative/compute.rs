//! The standard figures of the 说明, computed from the tables (and the prior-year figures and
//! 年初预算 the tables do not carry).

use crate::money::{Percent, PublishedAmount, YearOnYear};

use super::{
    BudgetKind, FigureRef, Figures, GeneralPublicRow, SpendingColumn, Stage, ThreePublicItem,
};

/// What the tables do not carry but the 说明 needs: the report year, prior-year figures,
/// 年初预算 and the reasons to print.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Inputs {
    /// The report year (2023).
    pub year: u16,
    /// The unit's name, for the templates whose sentences name it ("上海市XX局2024年度…");
    /// "本部门" when not given.
    pub unit_name: Option<String>,
    /// Prior-year figures (上年决算), by figure.
    pub prior_year: Vec<(FigureRef, PublishedAmount)>,
    /// Budgets by figure: 年初预算 of 公开05表's 合计 and 类 lines (the 三公 全年预算 is
    /// 公开09表's 预算数, read from the tables).
    pub budgets: Vec<(FigureRef, BudgetKind, PublishedAmount)>,
    /// The reasons to print, by section label ("一", "五（一）" …), as printed after 主要原因是.
    pub reasons: Vec<(String, String)>,
    /// Counts no table prints (出国团组, 人次, vehicles bought and kept, 接待批次): the 三公
    /// details the 说明 states.
    pub counts: Vec<(super::CountRef, u64)>,
    /// What money was used for, by figure (a line of 公开05表, 人员经费, 公用经费), as printed
    /// after 用于 or 主要包括.
    pub purposes: Vec<(FigureRef, String)>,
}

impl Inputs {
    /// Inputs for `year`, with nothing else known.
    #[must_use]
    pub fn new(year: u16) -> Inputs {
        Inputs {
            year,
            ..Inputs::default()
        }
    }

    /// The prior-year figure of `figure`, if given.
    #[must_use]
    pub fn prior(&self, figure: &FigureRef) -> Option<PublishedAmount> {
        self.prior_year
            .iter()
            .find(|(f, _)| f == figure)
            .map(|(_, a)| *a)
    }

    /// The budget of `figure` of this kind, if given.
    #[must_use]
    pub fn budget(&self, figure: &FigureRef, kind: BudgetKind) -> Option<PublishedAmount> {
        self.budgets
            .iter()
            .find(|(f, k, _)| f == figure && *k == kind)
            .map(|(_, _, a)| *a)
    }

    /// The count `count`, if given.
    ///
    /// ```
    /// use final_accounts::narrative::{CountRef, Inputs};
    /// let mut inputs = Inputs::new(2023);
    /// inputs.counts = vec![(CountRef::VehiclesFunded, 4)];
    /// assert_eq!(inputs.count(&CountRef::VehiclesFunded), Some(4));
    /// assert_eq!(inputs.count(&CountRef::OverseasGroups), None);
    /// ```
    #[must_use]
    pub fn count(&self, count: &super::CountRef) -> Option<u64> {
        self.counts
            .iter()
            .find(|(c, _)| c == count)
            .map(|(_, n)| *n)
    }

    /// What `figure` was used for, if given.
    ///
    /// ```
    /// use final_accounts::narrative::{FigureRef, Inputs};
    /// let mut inputs = Inputs::new(2023);
    /// inputs.purposes = vec![(FigureRef::PersonnelTotal, "基本工资、津贴补贴".to_owned())];
    /// assert_eq!(inputs.purpose(&FigureRef::PersonnelTotal), Some("基本工资、津贴补贴"));
    /// ```
    #[must_use]
    pub fn purpose(&self, figure: &FigureRef) -> Option<&str> {
        self.purposes
            .iter()
            .find(|(f, _)| f == figure)
            .map(|(_, p)| p.as_str())
    }

    /// The reason for `section`, if given.
    #[must_use]
    pub fn reason(&self, section: &str) -> Option<&str> {
        self.reasons
            .iter()
            .find(|(s, _)| s == section)
            .map(|(_, r)| r.as_str())
    }
}

/// `part / whole × 100`, rounded half away from zero (四舍五入) to 2 decimals; `None` when the
/// whole is zero (a share of nothing does not exist).
///
/// ```
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::share;
/// let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan).unwrap();
/// assert_eq!(share(&p("0.16"), &p("1,991.06")).unwrap().to_string(), "0.01%");
/// assert_eq!(share(&p("1"), &p("0")), None);
/// ```
#[must_use]
pub fn share(part: &PublishedAmount, whole: &PublishedAmount) -> Option<Percent> {
    Percent::ratio(part.amount(), whole.amount())
        .ok()
        .flatten()
        .map(|p| p.round(2))
}

/// The change from `prior` to `current`, its rate rounded half away from zero to 2 decimals;
/// a zero prior year gives [`YearOnYear::FromZero`] (no rate). `None` only for amounts too
/// large to subtract.
///
/// ```
/// use final_accounts::money::{MoneyUnit, PublishedAmount, YearOnYear};
/// use final_accounts::narrative::growth;
/// let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan).unwrap();
/// let g = growth(&p("2,076.12"), &p("1,339.78")).unwrap();
/// assert_eq!(g.rate().unwrap().to_string(), "54.96%");
/// assert!(matches!(growth(&p("254.97"), &p("0")), Some(YearOnYear::FromZero { .. })));
/// ```
#[must_use]
pub fn growth(current: &PublishedAmount, prior: &PublishedAmount) -> Option<YearOnYear> {
    match YearOnYear::compute(current.amount(), prior.amount()).ok()? {
        YearOnYear::Changed { difference, rate } => Some(YearOnYear::Changed {
            difference,
            rate: rate.round(2),
        }),
        other => Some(other),
    }
}

/// A figure with what the 说明 says about it, computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Computed {
    /// The figure.
    pub figure: FigureRef,
    /// Its value in the tables.
    pub amount: PublishedAmount,
    /// Its share of the whole it is listed under (2 decimals), when the whole is not zero.
    pub share: Option<Percent>,
    /// Its change from the prior year, when the prior year is given.
    pub change: Option<YearOnYear>,
    /// Its budget (年初预算, or 全年预算 for 三公), when known.
    pub budget: Option<PublishedAmount>,
    /// 决算 / budget × 100 (2 decimals), when the budget is known and not zero.
    pub completion: Option<Percent>,
}

impl Computed {
    fn of(
        figures: &dyn Figures,
        inputs: &Inputs,
        figure: FigureRef,
        whole: Option<&PublishedAmount>,
        budget: Option<PublishedAmount>,
    ) -> Option<Computed> {
        let amount = figures.amount(&figure)?;
        Some(Computed {
            figure,
            amount,
            share: whole.and_then(|w| share(&amount, w)),
            change: inputs.prior(&figure).and_then(|p| growth(&amount, &p)),
            budget,
            completion: budget.and_then(|b| share(&amount, &b)),
        })
    }
}

/// The standard figures of the 说明 一 … 十, computed from the tables and the inputs. A figure
/// the disclosure does not have is `None` (or left out of a list).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StandardFigures {
    /// 一: 收入总计, with its change.
    pub income_grand_total: Option<Computed>,
    /// 一: 支出总计, with its change.
    pub expenditure_grand_total: Option<Computed>,
    /// 二: 本年收入合计.
    pub income_total: Option<Computed>,
    /// 二: each income source with its share of 本年收入合计.
    pub income: Vec<Computed>,
    /// 三: 本年支出合计.
    pub expenditure_total: Option<Computed>,
    /// 三: each expenditure nature with its share of 本年支出合计.
    pub expenditure: Vec<Computed>,
    /// 四: 财政拨款收入总计, with its change.
    pub fiscal_income: Option<Computed>,
    /// 四: 财政拨款支出总计, with its change.
    pub fiscal_expenditure: Option<Computed>,
    /// 五（一）: 一般公共预算财政拨款支出, its share of 本年支出合计, its change and its
    /// completion of 年初预算 (五（三）).
    pub general_public: Option<Computed>,
    /// 五（二）/（三）: each 类 of 公开05表 with its share of the 合计, its change and its
    /// completion of 年初预算.
    pub classes: Vec<(GeneralPublicRow, Computed)>,
    /// 六: 基本支出 of 公开05表.
    pub basic: Option<Computed>,
    /// 六: 人员经费合计.
    pub personnel: Option<Computed>,
    /// 六: 公用经费合计.
    pub public_use: Option<Computed>,
    /// 七: 政府性基金 本年收入, with its change.
    pub government_fund_income: Option<Computed>,
    /// 七: 政府性基金 本年支出, with its change.
    pub government_fund_expenditure: Option<Computed>,
    /// 八: 国有资本经营 支出.
    pub state_capital: Option<Computed>,
    /// 九: each 三公 item's 决算数, with its 预算数 (budget), completion and change.
    pub three_public: Vec<(ThreePublicItem, Computed)>,
    /// 十（一）: 机关运行经费, with its change.
    pub operating_cost: Option<Computed>,
}

const INCOME: [FigureRef; 6] = [
    FigureRef::FiscalIncome,
    FigureRef::SuperiorSubsidyIncome,
    FigureRef::ServiceIncome,
    FigureRef::BusinessIncome,
    FigureRef::AffiliateRemittanceIncome,
    FigureRef::OtherIncome,
];

const EXPENDITURE: [FigureRef; 5] = [
    FigureRef::BasicExpenditure,
    FigureRef::ProjectExpenditure,
    FigureRef::RemittanceExpenditure,
    FigureRef::BusinessExpenditure,
    FigureRef::AffiliateSubsidyExpenditure,
];

/// The 三公 items in the order of the 说明: 合计, then 因公出国（境）费, 公务用车购置费,
/// 公务用车运行维护费, 公务接待费.
pub(crate) const THREE_PUBLIC: [ThreePublicItem; 5] = [
    ThreePublicItem::Total,
    ThreePublicItem::OverseasTravel,
    ThreePublicItem::VehiclePurchase,
    ThreePublicItem::VehicleOperation,
    ThreePublicItem::Reception,
];

/// Computes the standard figures.
///
/// Shares are of the whole the 说明 lists them under: income sources of 本年收入合计,
/// expenditure natures of 本年支出合计, 一般公共预算财政拨款支出 of 本年支出合计, 类 of the
/// 公开05表 合计. Completion rates are against the 年初预算 of [`Inputs::budgets`] (五) and
/// 公开09表's 预算数 (九); a zero budget gives no rate. All rounding is 四舍五入 to 2 decimals.
#[must_use]
pub fn compute(figures: &dyn Figures, inputs: &Inputs) -> StandardFigures {
    let c = |figure: FigureRef, whole: Option<&PublishedAmount>, budget| {
        Computed::of(figures, inputs, figure, whole, budget)
    };
    let income_total_amount = figures.amount(&FigureRef::IncomeTotal);
    let expenditure_total_amount = figures.amount(&FigureRef::ExpenditureTotal);
    let gp_figure = FigureRef::general_public_total(SpendingColumn::Subtotal);
    let gp_amount = figures.amount(&gp_figure);
    let classes = figures
        .general_public_rows()
        .into_iter()
        .filter(|r| r.code.level() == crate::classification::Level::Class)
        .map(|row| {
            let figure = FigureRef::GeneralPublic {
                code: Some(row.code),
                column: SpendingColumn::Subtotal,
            };
            let budget = inputs.budget(&figure, BudgetKind::Initial);
            let computed = Computed {
                figure,
                amount: row.total,
                share: gp_amount.as_ref().and_then(|w| share(&row.total, w)),
                change: inputs.prior(&figure).and_then(|p| growth(&row.total, &p)),
                budget,
                completion: budget.and_then(|b| share(&row.total, &b)),
            };
            (row, computed)
        })
        .collect();
    let three_public = THREE_PUBLIC
        .iter()
        .filter_map(|item| {
            let budget = figures.amount(&FigureRef::ThreePublic {
                stage: Stage::Budget,
                item: *item,
            });
            let figure = FigureRef::ThreePublic {
                stage: Stage::Actual,
                item: *item,
            };
            c(figure, None, budget).map(|computed| (*item, computed))
        })
        .collect();
    StandardFigures {
        income_grand_total: c(FigureRef::IncomeGrandTotal, None, None),
        expenditure_grand_total: c(FigureRef::ExpenditureGrandTotal, None, None),
        income_total: c(FigureRef::IncomeTotal, None, None),
        income: INCOME
            .iter()
            .filter_map(|f| c(*f, income_total_amount.as_ref(), None))
            .collect(),
        expenditure_total: c(FigureRef::ExpenditureTotal, None, None),
        expenditure: EXPENDITURE
            .iter()
            .filter_map(|f| c(*f, expenditure_total_amount.as_ref(), None))
            .collect(),
        fiscal_income: c(FigureRef::FiscalIncomeGrandTotal, None, None),
        fiscal_expenditure: c(FigureRef::FiscalExpenditureGrandTotal, None, None),
        general_public: c(
            gp_figure,
            expenditure_total_amount.as_ref(),
            inputs.budget(&gp_figure, BudgetKind::Initial),
        ),
        classes,
        basic: c(
            FigureRef::general_public_total(SpendingColumn::Basic),
            None,
            None,
        ),
        personnel: c(FigureRef::PersonnelTotal, None, None),
        public_use: c(FigureRef::PublicUseTotal, None, None),
        government_fund_income: c(
            FigureRef::GovernmentFund {
                code: None,
                column: super::FundColumn::Income,
            },
            None,
            None,
        ),
        government_fund_expenditure: c(
            FigureRef::GovernmentFund {
                code: None,
                column: super::FundColumn::Expenditure,
            },
            None,
            None,
        ),
        state_capital: c(
            FigureRef::StateCapital {
                code: None,
                column: SpendingColumn::Subtotal,
            },
            None,
            None,
        ),
        three_public,
        operating_cost: c(FigureRef::OperatingCost, None, None),
    }
}
