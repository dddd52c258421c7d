//! A unit's final accounts in exact 元: what a disclosure is compiled from.
//!
//! # Overview
//!
//! The disclosure tables are views of one set of accounts, printed in 万元. [`Accounts`] holds
//! that set in exact 元, one [`ItemAccounts`] per functional 项 and [`Pool`] (the money's
//! origin: an appropriation of one fund, or non-fiscal money):
//!
//! * 年初结转和结余 (opening), income by [`Source`], spending by [`Nature`], and 年末结转和结余
//!   (closing);
//! * the 一般公共预算 basic spending by economic 款 (公开06表);
//! * the 三公 budget and actual ([`ThreePublicAccounts`]), 机关运行经费, 政府采购 and vehicles
//!   ([`RelatedAccounts`]).
//!
//! Construction checks the identities of exact accounts: each 项 of each pool balances
//! (年初 + 收入 = 支出 + 年末), income comes from the pool's own sources, appropriations are
//! spent only as 基本支出 or 项目支出, and the economic detail adds up to the 一般公共预算
//! basic spending. Printing them, consistently, is [`compile`](crate::compile).
//!
//! # Examples
//!
//! ```
//! use final_accounts::accounts::{Accounts, ItemAccounts, Nature, Pool, Source};
//! use final_accounts::classification::{EconomicCode, FunctionCode};
//! use final_accounts::money::Amount;
//! use final_accounts::tables::Fund;
//! use rust_decimal::Decimal;
//!
//! let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
//! let gb = Pool::Appropriation(Fund::GeneralBudget);
//! let item = ItemAccounts::new(FunctionCode::parse("2080101")?, gb)
//!     .opening(yuan(50_000)?)
//!     .income(Source::Appropriation(Fund::GeneralBudget), yuan(1_000_000)?)
//!     .spending(Nature::Basic, yuan(800_000)?)
//!     .spending(Nature::Project, yuan(200_000)?)
//!     .closing(yuan(50_000)?);
//! let detail = vec![
//!     (EconomicCode::parse("30101")?, yuan(600_000)?),
//!     (EconomicCode::parse("30201")?, yuan(200_000)?),
//! ];
//! let accounts = Accounts::new("示例市某某局", 2023, vec![item], detail)?;
//! assert_eq!(accounts.items().len(), 1);
//!
//! // An item that does not balance is refused, with both sides.
//! let wrong = ItemAccounts::new(FunctionCode::parse("2080101")?, gb)
//!     .income(Source::Appropriation(Fund::GeneralBudget), yuan(10)?)
//!     .spending(Nature::Basic, yuan(11)?);
//! let err = Accounts::new("示例市某某局", 2023, vec![wrong], vec![]).unwrap_err();
//! assert!(err.to_string().contains("2080101"));
//! # Ok::<(), final_accounts::Error>(())
//! ```

use rust_decimal::Decimal;

mod comparatives;
mod projects;
#[cfg(feature = "serde")]
mod serde_repr;

pub use comparatives::{Comparatives, REASON_PARAGRAPHS};
pub use projects::{FundingSource, IndicatorAccounts, ProjectAccounts, ProjectError};

use crate::classification::{EconomicCode, EconomicLevel, FunctionCode, Level, ThreePublicExpense};
use crate::money::{Amount, MoneyError};
use crate::tables::{Fund, VehicleCategory};

/// Where money comes from, and so which balance it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pool {
    /// An appropriation (财政拨款) of one fund.
    Appropriation(Fund),
    /// Money other than appropriations (上级补助, 事业, 经营, 附属单位上缴, 其他收入).
    NonFiscal,
}

/// A source of income, as 公开01表 and 公开02表 list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// 财政拨款收入 of one fund.
    Appropriation(Fund),
    /// 上级补助收入.
    SuperiorSubsidy,
    /// 事业收入.
    InstitutionRevenue,
    /// 经营收入.
    BusinessRevenue,
    /// 附属单位上缴收入.
    AffiliatedRemittance,
    /// 其他收入.
    OtherRevenue,
}

impl std::fmt::Display for Pool {
    /// The name the tables print: 一般公共预算财政拨款 …, or 非财政拨款资金.
    ///
    /// ```
    /// use final_accounts::accounts::Pool;
    /// assert_eq!(Pool::NonFiscal.to_string(), "非财政拨款资金");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Pool::Appropriation(fund) => f.write_str(fund.name_zh()),
            Pool::NonFiscal => f.write_str("非财政拨款资金"),
        }
    }
}

impl std::fmt::Display for Source {
    /// The income line 公开01表 prints: 一般公共预算财政拨款收入 …, 其他收入.
    ///
    /// ```
    /// use final_accounts::accounts::Source;
    /// assert_eq!(Source::SuperiorSubsidy.to_string(), "上级补助收入");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Appropriation(fund) => write!(f, "{}收入", fund.name_zh()),
            Source::SuperiorSubsidy => f.write_str("上级补助收入"),
            Source::InstitutionRevenue => f.write_str("事业收入"),
            Source::BusinessRevenue => f.write_str("经营收入"),
            Source::AffiliatedRemittance => f.write_str("附属单位上缴收入"),
            Source::OtherRevenue => f.write_str("其他收入"),
        }
    }
}

impl std::fmt::Display for Nature {
    /// The column 公开03表 prints: 基本支出 …, 对附属单位补助支出.
    ///
    /// ```
    /// use final_accounts::accounts::Nature;
    /// assert_eq!(Nature::Project.to_string(), "项目支出");
    /// ```
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Nature::Basic => "基本支出",
            Nature::Project => "项目支出",
            Nature::RemittanceToSuperior => "上缴上级支出",
            Nature::Business => "经营支出",
            Nature::SubsidyToAffiliates => "对附属单位补助支出",
        })
    }
}

impl Source {
    /// The non-fiscal sources in template order.
    pub const NON_FISCAL: [Source; 5] = [
        Source::SuperiorSubsidy,
        Source::InstitutionRevenue,
        Source::BusinessRevenue,
        Source::AffiliatedRemittance,
        Source::OtherRevenue,
    ];

    /// The pool this income belongs to.
    ///
    /// ```
    /// use final_accounts::accounts::{Pool, Source};
    /// assert_eq!(Source::OtherRevenue.pool(), Pool::NonFiscal);
    /// ```
    #[must_use]
    pub fn pool(self) -> Pool {
        match self {
            Source::Appropriation(fund) => Pool::Appropriation(fund),
            _ => Pool::NonFiscal,
        }
    }
}

/// The nature of spending, as 公开03表's columns list it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nature {
    /// 基本支出.
    Basic,
    /// 项目支出.
    Project,
    /// 上缴上级支出.
    RemittanceToSuperior,
    /// 经营支出.
    Business,
    /// 对附属单位补助支出.
    SubsidyToAffiliates,
}

impl Nature {
    /// All natures in template order.
    pub const ALL: [Nature; 5] = [
        Nature::Basic,
        Nature::Project,
        Nature::RemittanceToSuperior,
        Nature::Business,
        Nature::SubsidyToAffiliates,
    ];
}

/// The accounts of one 项 in one pool: opening, income, spending and closing, in exact 元.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemAccounts {
    item: FunctionCode,
    pool: Pool,
    opening: Amount,
    income: Vec<(Source, Amount)>,
    spending: Vec<(Nature, Amount)>,
    closing: Amount,
}

impl ItemAccounts {
    /// Empty accounts of a 项 in a pool; fill them with the methods below.
    #[must_use]
    pub fn new(item: FunctionCode, pool: Pool) -> ItemAccounts {
        ItemAccounts {
            item,
            pool,
            opening: Amount::ZERO,
            income: Vec::new(),
            spending: Vec::new(),
            closing: Amount::ZERO,
        }
    }

    /// With this 年初结转和结余.
    #[must_use]
    pub fn opening(mut self, amount: Amount) -> ItemAccounts {
        self.opening = amount;
        self
    }

    /// With this 年末结转和结余.
    #[must_use]
    pub fn closing(mut self, amount: Amount) -> ItemAccounts {
        self.closing = amount;
        self
    }

    /// With income from a source (added to any income from it already recorded).
    #[must_use]
    pub fn income(mut self, source: Source, amount: Amount) -> ItemAccounts {
        self.income.push((source, amount));
        self
    }

    /// With spending of a nature (added to any spending of it already recorded).
    #[must_use]
    pub fn spending(mut self, nature: Nature, amount: Amount) -> ItemAccounts {
        self.spending.push((nature, amount));
        self
    }

    /// The 项.
    #[must_use]
    pub fn item(&self) -> FunctionCode {
        self.item
    }

    /// The pool.
    #[must_use]
    pub fn pool(&self) -> Pool {
        self.pool
    }

    /// 年初结转和结余.
    #[must_use]
    pub fn opening_balance(&self) -> Amount {
        self.opening
    }

    /// 年末结转和结余.
    #[must_use]
    pub fn closing_balance(&self) -> Amount {
        self.closing
    }

    /// Income from `source` (zero if none).
    #[must_use]
    pub fn income_from(&self, source: Source) -> Amount {
        sum_of(
            self.income
                .iter()
                .filter(|(s, _)| *s == source)
                .map(|(_, a)| *a),
        )
    }

    /// Spending of `nature` (zero if none).
    #[must_use]
    pub fn spent_as(&self, nature: Nature) -> Amount {
        sum_of(
            self.spending
                .iter()
                .filter(|(n, _)| *n == nature)
                .map(|(_, a)| *a),
        )
    }

    /// All income.
    #[must_use]
    pub fn total_income(&self) -> Amount {
        sum_of(self.income.iter().map(|(_, a)| *a))
    }

    /// All spending.
    #[must_use]
    pub fn total_spending(&self) -> Amount {
        sum_of(self.spending.iter().map(|(_, a)| *a))
    }

    fn check(&self) -> Result<(), AccountsError> {
        let item = self.item.to_string();
        if self.item.level() != Level::Item {
            return Err(AccountsError::NotAnItem { code: item });
        }
        let amounts = [
            ("年初结转和结余", self.opening),
            ("年末结转和结余", self.closing),
        ]
        .into_iter()
        .chain(self.income.iter().map(|(_, a)| ("收入", *a)))
        .chain(self.spending.iter().map(|(_, a)| ("支出", *a)));
        for (what, amount) in amounts {
            if amount.is_negative() {
                return Err(AccountsError::Negative {
                    what,
                    item: item.clone(),
                    yuan: amount.yuan(),
                });
            }
        }
        if let Some((source, _)) = self.income.iter().find(|(s, _)| s.pool() != self.pool) {
            return Err(AccountsError::ForeignSource {
                item,
                pool: self.pool,
                income: *source,
            });
        }
        if let Pool::Appropriation(fund) = self.pool
            && let Some((nature, _)) = self
                .spending
                .iter()
                .find(|(n, _)| !matches!(n, Nature::Basic | Nature::Project))
        {
            return Err(AccountsError::AppropriationNature {
                item,
                fund,
                nature: *nature,
            });
        }
        let inflow =
            Amount::checked_sum(self.income.iter().map(|(_, a)| *a).chain([self.opening]))?;
        let outflow =
            Amount::checked_sum(self.spending.iter().map(|(_, a)| *a).chain([self.closing]))?;
        if inflow != outflow {
            return Err(AccountsError::Unbalanced {
                item,
                pool: self.pool,
                inflow: inflow.yuan(),
                outflow: outflow.yuan(),
            });
        }
        Ok(())
    }
}

fn sum_of(amounts: impl IntoIterator<Item = Amount>) -> Amount {
    amounts
        .into_iter()
        .fold(Amount::ZERO, |sum, a| sum.checked_add(a).unwrap_or(sum))
}

/// The 三公 amounts of one column group of 公开09表, in exact 元.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThreePublicAmounts {
    /// 因公出国（境）费.
    pub overseas: Amount,
    /// 公务用车购置费.
    pub vehicle_purchase: Amount,
    /// 公务用车运行维护费.
    pub vehicle_operation: Amount,
    /// 公务接待费.
    pub reception: Amount,
}

impl ThreePublicAmounts {
    fn all(&self) -> [Amount; 4] {
        [
            self.overseas,
            self.vehicle_purchase,
            self.vehicle_operation,
            self.reception,
        ]
    }

    /// The amount of one 三公 item.
    #[must_use]
    pub fn of(&self, item: ThreePublicExpense) -> Amount {
        match item {
            ThreePublicExpense::OverseasTravel => self.overseas,
            ThreePublicExpense::VehiclePurchase => self.vehicle_purchase,
            ThreePublicExpense::VehicleOperation => self.vehicle_operation,
            ThreePublicExpense::Reception => self.reception,
        }
    }
}

/// The 三公 budget (预算数) and actual spending (决算数) from appropriations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThreePublicAccounts {
    /// 预算数.
    pub budget: ThreePublicAmounts,
    /// 决算数.
    pub actual: ThreePublicAmounts,
}

/// The 三公 details no table prints, which the 说明 states (九（二） in the Shanxi template, 七（二）
/// in the Shanghai one): 团组 and 人次 abroad, vehicles bought and kept with appropriations, and
/// the batches and people received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ThreePublicDetails {
    /// 出国团组 (groups sent abroad).
    pub overseas_groups: u32,
    /// 出国人次 (person-times abroad).
    pub overseas_person_times: u32,
    /// 公务用车 bought with appropriations.
    pub vehicles_purchased: u32,
    /// 公务用车 kept with appropriations (保有量).
    pub vehicles_funded: u32,
    /// 公务接待 batches.
    pub reception_batches: u32,
    /// 公务接待 person-times.
    pub reception_person_times: u32,
}

/// What 公开10表 reports: 政府采购, 机关运行经费 and the vehicles held.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RelatedAccounts {
    /// 政府采购 of goods (货物).
    pub procurement_goods: Amount,
    /// 政府采购 of works (工程).
    pub procurement_works: Amount,
    /// 政府采购 of services (服务).
    pub procurement_services: Amount,
    /// 机关运行经费 of an administrative unit (行政单位), if it is one.
    pub running_costs_administrative: Option<Amount>,
    /// 机关运行经费 of a unit managed under the civil service law (参公事业单位), if it is one.
    pub running_costs_civil_service: Option<Amount>,
    /// Vehicles held, by category.
    pub vehicles: Vec<(VehicleCategory, u32)>,
    /// Pieces of equipment of 1 000 000 元 or more (vehicles excluded).
    pub equipment: u32,
}

/// Why accounts could not be built: an identity of exact accounts does not hold.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AccountsError {
    /// Accounts are kept by 项, the finest functional level.
    #[error("{code} is not a 项 (7 digits): accounts are kept by 项")]
    NotAnItem {
        /// The code given.
        code: String,
    },
    /// The same 项 and pool twice.
    #[error("项 {item} appears twice in the accounts of {pool}: give its accounts once")]
    Duplicate {
        /// The 项.
        item: String,
        /// The pool.
        pool: Pool,
    },
    /// A negative amount where accounts hold none.
    #[error("{what} of 项 {item} is negative ({yuan} 元)")]
    Negative {
        /// Which amount.
        what: &'static str,
        /// The 项 (or the table line).
        item: String,
        /// The amount, in 元.
        yuan: Decimal,
    },
    /// Income from a source of another pool.
    #[error(
        "项 {item} records {income} in the accounts of {pool}: income belongs to the pool of its source"
    )]
    ForeignSource {
        /// The 项.
        item: String,
        /// The pool of the accounts.
        pool: Pool,
        /// The source of the income.
        income: Source,
    },
    /// An appropriation spent as something other than 基本支出 or 项目支出.
    #[error("项 {item}: {} is spent as 基本支出 or 项目支出, not as {nature}", .fund.name_zh())]
    AppropriationNature {
        /// The 项.
        item: String,
        /// The fund.
        fund: Fund,
        /// The nature given.
        nature: Nature,
    },
    /// 年初 + 收入 ≠ 支出 + 年末.
    #[error(
        "项 {item}（{pool}）does not balance: 年初结转和结余 + 收入 = {inflow} 元, \
         支出 + 年末结转和结余 = {outflow} 元"
    )]
    Unbalanced {
        /// The 项.
        item: String,
        /// The pool.
        pool: Pool,
        /// 年初 + 收入, in 元.
        inflow: Decimal,
        /// 支出 + 年末, in 元.
        outflow: Decimal,
    },
    /// An economic code of the basic detail that is not a 款, or given twice.
    #[error("the basic detail lists {code}: give each economic 款 (5 digits) once")]
    DetailCode {
        /// The code.
        code: String,
    },
    /// The economic detail does not add up to the 一般公共预算 basic spending.
    #[error(
        "the economic detail adds up to {detail} 元, but the 一般公共预算 基本支出 is {basic} 元"
    )]
    DetailMismatch {
        /// Σ of the detail, in 元.
        detail: Decimal,
        /// Σ of the 一般公共预算 basic spending, in 元.
        basic: Decimal,
    },
    /// A 三公 item's actual spending is less than the basic spending of its own economic 款,
    /// which it includes.
    #[error(
        "the 三公 决算数 of {item} is {actual} 元, less than the {detail} 元 of basic spending on \
         its economic 款"
    )]
    ThreePublicBelowDetail {
        /// The 三公 item.
        item: ThreePublicExpense,
        /// Its actual spending, in 元.
        actual: Decimal,
        /// The basic spending on its economic 款, in 元.
        detail: Decimal,
    },
    /// A comparative figure (上年决算, 年初预算) or a reason that cannot be used.
    #[error("{figure}: {problem}")]
    Comparative {
        /// The figure or section.
        figure: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A 三公 detail that disagrees with the money spent on its item: 团组, 人次, vehicles bought
    /// or batches without spending, spending without them, or more vehicles kept with
    /// appropriations than the unit has.
    #[error("三公 detail {detail} is {count}, but {what}")]
    ThreePublicDetail {
        /// The detail (出国团组 …).
        detail: &'static str,
        /// The count given.
        count: u32,
        /// What it disagrees with, with its figure.
        what: String,
    },
    /// A project's accounts cannot be compiled into a self-evaluation form.
    #[error("project {project}: {error}")]
    Project {
        /// The project name.
        project: String,
        /// What is wrong with it.
        #[source]
        error: Box<ProjectError>,
    },
    /// A sum left the supported range.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// A unit's final accounts in exact 元; see the [module documentation](self).
///
/// In JSON (feature `serde`) the accounts are an object with `unit`, `year`, `items` (each with
/// `item`, `pool` — `general_budget`, `government_fund`, `state_capital` or `non_fiscal` —,
/// `opening`, `income` by source, `spending` by nature and `closing`, amounts as strings of 元),
/// `basic_detail` (pairs of economic 款 and amount), `three_public`, `related` and `projects`
/// (each project's `name`, `department`, `budget_unit`, `funding` sources, `goal`,
/// `achievement`, `indicators` and `analysis`); reading goes through [`Accounts::new`],
/// [`Accounts::with_projects`] and their checks.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        try_from = "serde_repr::AccountsRepr",
        into = "serde_repr::AccountsRepr"
    )
)]
pub struct Accounts {
    unit: String,
    year: u16,
    items: Vec<ItemAccounts>,
    basic_detail: Vec<(EconomicCode, Amount)>,
    three_public: ThreePublicAccounts,
    related: RelatedAccounts,
    comparatives: Comparatives,
    projects: Vec<ProjectAccounts>,
    three_public_details: Option<ThreePublicDetails>,
}

impl Accounts {
    /// Accounts of a unit and year from its 项 accounts and the 一般公共预算 basic spending by
    /// economic 款. Items are kept in code order.
    ///
    /// # Errors
    ///
    /// An [`AccountsError`] naming the 项 or code and both sides of the identity that fails.
    pub fn new(
        unit: impl Into<String>,
        year: u16,
        mut items: Vec<ItemAccounts>,
        mut basic_detail: Vec<(EconomicCode, Amount)>,
    ) -> Result<Accounts, AccountsError> {
        items.sort_by_key(|a| (a.item.to_string(), a.pool));
        for pair in items.windows(2) {
            if let [a, b] = pair
                && a.item == b.item
                && a.pool == b.pool
            {
                return Err(AccountsError::Duplicate {
                    item: a.item.to_string(),
                    pool: a.pool,
                });
            }
        }
        for item in &items {
            item.check()?;
        }
        basic_detail.sort_by_key(|(code, _)| code.to_string());
        for (index, (code, amount)) in basic_detail.iter().enumerate() {
            let repeated = index > 0
                && basic_detail
                    .get(index.saturating_sub(1))
                    .is_some_and(|(previous, _)| previous == code);
            if code.level() != EconomicLevel::Section || repeated {
                return Err(AccountsError::DetailCode {
                    code: code.to_string(),
                });
            }
            if amount.is_negative() {
                return Err(AccountsError::Negative {
                    what: "基本支出明细",
                    item: code.to_string(),
                    yuan: amount.yuan(),
                });
            }
        }
        let detail = Amount::checked_sum(basic_detail.iter().map(|(_, a)| *a))?;
        let basic = Amount::checked_sum(
            items
                .iter()
                .filter(|i| i.pool == Pool::Appropriation(Fund::GeneralBudget))
                .map(|i| i.spent_as(Nature::Basic)),
        )?;
        if detail != basic {
            return Err(AccountsError::DetailMismatch {
                detail: detail.yuan(),
                basic: basic.yuan(),
            });
        }
        Ok(Accounts {
            unit: unit.into(),
            year,
            items,
            basic_detail,
            three_public: ThreePublicAccounts::default(),
            related: RelatedAccounts::default(),
            comparatives: Comparatives::default(),
            projects: Vec::new(),
            three_public_details: None,
        })
    }

    /// With the 三公 budget and actual spending.
    ///
    /// # Errors
    ///
    /// [`AccountsError::Negative`] for a negative amount, and
    /// [`AccountsError::ThreePublicBelowDetail`] for an actual amount below the basic spending
    /// on the item's own economic 款 (公务接待费 30217 …), which 三公 spending includes.
    pub fn with_three_public(
        mut self,
        three_public: ThreePublicAccounts,
    ) -> Result<Accounts, AccountsError> {
        for (what, amounts) in [
            ("三公预算数", three_public.budget),
            ("三公决算数", three_public.actual),
        ] {
            if let Some(negative) = amounts.all().into_iter().find(|a| a.is_negative()) {
                return Err(AccountsError::Negative {
                    what,
                    item: "公开09表".to_owned(),
                    yuan: negative.yuan(),
                });
            }
        }
        use strum::IntoEnumIterator;
        for item in ThreePublicExpense::iter() {
            let detail = Amount::checked_sum(
                self.basic_detail
                    .iter()
                    .filter(|(code, _)| item.economic_codes().iter().any(|(c, _)| c == code))
                    .map(|(_, a)| *a),
            )?;
            let actual = three_public.actual.of(item);
            if actual < detail {
                return Err(AccountsError::ThreePublicBelowDetail {
                    item,
                    actual: actual.yuan(),
                    detail: detail.yuan(),
                });
            }
        }
        self.three_public = three_public;
        Ok(self)
    }

    /// With what 公开10表 reports.
    ///
    /// # Errors
    ///
    /// [`AccountsError::Negative`] for a negative amount.
    pub fn with_related(mut self, related: RelatedAccounts) -> Result<Accounts, AccountsError> {
        let amounts = [
            related.procurement_goods,
            related.procurement_works,
            related.procurement_services,
        ]
        .into_iter()
        .chain(related.running_costs_administrative)
        .chain(related.running_costs_civil_service);
        for amount in amounts {
            if amount.is_negative() {
                return Err(AccountsError::Negative {
                    what: "公开10表金额",
                    item: "公开10表".to_owned(),
                    yuan: amount.yuan(),
                });
            }
        }
        self.related = related;
        Ok(self)
    }

    /// With the projects whose self-evaluation forms (项目支出绩效自评表) the disclosure
    /// publishes, in printed order; each is checked by [`ProjectAccounts::validate`] against the
    /// scoring parameters of the accounts' year.
    ///
    /// # Errors
    ///
    /// [`AccountsError::Project`] naming the project and its [`ProjectError`] (two projects of
    /// one name, or no scoring parameters for the year, included).
    pub fn with_projects(
        mut self,
        projects: Vec<ProjectAccounts>,
    ) -> Result<Accounts, AccountsError> {
        let wrap = |project: &ProjectAccounts, error| AccountsError::Project {
            project: project.name().to_owned(),
            error: Box::new(error),
        };
        if let Some(first) = projects.first() {
            let params = crate::evaluation::ScoringParameters::for_year(self.year)
                .map_err(|_| wrap(first, ProjectError::NoParameters { year: self.year }))?;
            for (index, project) in projects.iter().enumerate() {
                project.validate(&params).map_err(|e| wrap(project, e))?;
                if projects
                    .iter()
                    .take(index)
                    .any(|p| p.name() == project.name())
                {
                    let name = project.name().to_owned();
                    return Err(wrap(project, ProjectError::DuplicateProject { name }));
                }
            }
        }
        self.projects = projects;
        Ok(self)
    }

    /// The projects whose self-evaluation forms are compiled, in printed order.
    #[must_use]
    pub fn projects(&self) -> &[ProjectAccounts] {
        &self.projects
    }

    /// The unit's name.
    #[must_use]
    pub fn unit(&self) -> &str {
        &self.unit
    }

    /// The year of the accounts.
    #[must_use]
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The accounts of each 项 and pool, in code order.
    #[must_use]
    pub fn items(&self) -> &[ItemAccounts] {
        &self.items
    }

    /// The 一般公共预算 basic spending by economic 款, in code order.
    #[must_use]
    pub fn basic_detail(&self) -> &[(EconomicCode, Amount)] {
        &self.basic_detail
    }

    /// The 三公 budget and actual spending.
    #[must_use]
    pub fn three_public(&self) -> &ThreePublicAccounts {
        &self.three_public
    }

    /// What 公开10表 reports.
    #[must_use]
    pub fn related(&self) -> &RelatedAccounts {
        &self.related
    }

    /// With last year's figures, the 年初预算 and the reasons the 说明 states (checked when
    /// [`Comparatives`] was built).
    #[must_use]
    pub fn with_comparatives(mut self, comparatives: Comparatives) -> Accounts {
        self.comparatives = comparatives;
        self
    }

    /// With the 三公 details the 说明 states, checked against the 三公 决算数 and the vehicles
    /// of [`RelatedAccounts`] already given (set those first): each count is zero exactly when
    /// its item has no spending (团组 and 人次 for 因公出国（境）费, vehicles bought for
    /// 公务用车购置费, batches and 人次 for 公务接待费), and the vehicles kept with appropriations
    /// are at most the vehicles the unit has.
    ///
    /// ```
    /// use final_accounts::accounts::{Accounts, ThreePublicAccounts, ThreePublicAmounts, ThreePublicDetails};
    /// use final_accounts::money::Amount;
    /// use rust_decimal::Decimal;
    ///
    /// let yuan = |y: i64| Amount::from_yuan(Decimal::from(y));
    /// let spent = ThreePublicAmounts { reception: yuan(3_000)?, ..ThreePublicAmounts::default() };
    /// let accounts = Accounts::new("示例市某某局", 2023, vec![], vec![])?
    ///     .with_three_public(ThreePublicAccounts { budget: spent, actual: spent })?;
    /// let details = ThreePublicDetails { reception_batches: 2, reception_person_times: 15, ..ThreePublicDetails::default() };
    /// assert!(accounts.clone().with_three_public_details(details).is_ok());
    /// // A group abroad without any spending abroad is refused.
    /// let wrong = ThreePublicDetails { overseas_groups: 1, ..details };
    /// assert!(accounts.with_three_public_details(wrong).is_err());
    /// # Ok::<(), final_accounts::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`AccountsError::ThreePublicDetail`] naming the detail, its count and what it disagrees
    /// with.
    pub fn with_three_public_details(
        mut self,
        details: ThreePublicDetails,
    ) -> Result<Accounts, AccountsError> {
        let actual = self.three_public.actual;
        let checks = [
            (
                "出国团组",
                details.overseas_groups,
                actual.overseas,
                "因公出国（境）费",
            ),
            (
                "出国人次",
                details.overseas_person_times,
                actual.overseas,
                "因公出国（境）费",
            ),
            (
                "购置公务用车",
                details.vehicles_purchased,
                actual.vehicle_purchase,
                "公务用车购置费",
            ),
            (
                "接待批次",
                details.reception_batches,
                actual.reception,
                "公务接待费",
            ),
            (
                "接待人次",
                details.reception_person_times,
                actual.reception,
                "公务接待费",
            ),
        ];
        for (detail, count, spent, item) in checks {
            if (count == 0) != spent.is_zero() {
                return Err(AccountsError::ThreePublicDetail {
                    detail,
                    count,
                    what: format!("the 三公 决算数 of {item} is {} 元", spent.yuan()),
                });
            }
        }
        let vehicles: u32 = self
            .related
            .vehicles
            .iter()
            .fold(0_u32, |sum, (_, n)| sum.saturating_add(*n));
        if details.vehicles_funded > vehicles {
            return Err(AccountsError::ThreePublicDetail {
                detail: "公务用车保有量",
                count: details.vehicles_funded,
                what: format!("the unit has {vehicles} vehicles (公开10表)"),
            });
        }
        self.three_public_details = Some(details);
        Ok(self)
    }

    /// The 三公 details, if given.
    #[must_use]
    pub fn three_public_details(&self) -> Option<&ThreePublicDetails> {
        self.three_public_details.as_ref()
    }

    /// Last year's figures, the 年初预算 and the reasons.
    #[must_use]
    pub fn comparatives(&self) -> &Comparatives {
        &self.comparatives
    }
}
