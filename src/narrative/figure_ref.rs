//! What a 说明 can describe: references to the figures of the disclosure tables, to counts,
//! and the [`Figures`] trait through which the narrative reads them.

use core::fmt;

use crate::classification::{EconomicCode, FunctionCode};
use crate::finding::{Key, Part, Place, TableKind};
use crate::money::PublishedAmount;
use crate::tables::VehicleCategory;

/// A column of the expenditure tables by nature (公开05表, 公开08表): 小计 (合计), 基本支出,
/// 项目支出.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum SpendingColumn {
    /// 小计 (公开08表 prints 合计): the whole row.
    #[strum(serialize = "小计")]
    Subtotal,
    /// 基本支出.
    #[strum(serialize = "基本支出")]
    Basic,
    /// 项目支出.
    #[strum(serialize = "项目支出")]
    Project,
}

crate::names::closed_set!(
    SpendingColumn,
    "支出列 (column of 公开05表 or 公开08表)",
    [("合计", SpendingColumn::Subtotal)]
);

/// A column of the 政府性基金 table (公开07表).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum FundColumn {
    /// 年初结转和结余.
    #[strum(serialize = "年初结转和结余")]
    Opening,
    /// 本年收入.
    #[strum(serialize = "本年收入")]
    Income,
    /// 本年支出 小计.
    #[strum(serialize = "本年支出")]
    Expenditure,
    /// 本年支出 基本支出.
    #[strum(serialize = "基本支出")]
    Basic,
    /// 本年支出 项目支出.
    #[strum(serialize = "项目支出")]
    Project,
    /// 年末结转和结余.
    #[strum(serialize = "年末结转和结余")]
    Closing,
}

crate::names::closed_set!(FundColumn, "政府性基金列 (column of 公开07表)");

/// The group of a 三公 figure (公开09表): 预算数 or 决算数.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum Stage {
    /// 预算数: the full-year (adjusted) budget.
    #[strum(serialize = "预算数")]
    Budget,
    /// 决算数: the actual spending.
    #[strum(serialize = "决算数")]
    Actual,
}

crate::names::closed_set!(Stage, "三公 stage (预算数 or 决算数)");

/// An item of the 三公 table (公开09表).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum ThreePublicItem {
    /// 合计.
    #[strum(serialize = "合计")]
    Total,
    /// 因公出国（境）费.
    #[strum(serialize = "因公出国（境）费")]
    OverseasTravel,
    /// 公务用车购置及运行维护费 (小计).
    #[strum(serialize = "公务用车购置及运行维护费")]
    Vehicles,
    /// 公务用车购置费.
    #[strum(serialize = "公务用车购置费")]
    VehiclePurchase,
    /// 公务用车运行维护费.
    #[strum(serialize = "公务用车运行维护费")]
    VehicleOperation,
    /// 公务接待费.
    #[strum(serialize = "公务接待费")]
    Reception,
}

crate::names::closed_set!(ThreePublicItem, "三公经费 item (公开09表)");

/// Which receptions a 公务接待 detail covers (the 三公 具体情况 paragraph).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum ReceptionScope {
    /// All receptions (公务接待).
    #[strum(serialize = "公务接待")]
    All,
    /// 国内接待.
    #[strum(serialize = "国内接待")]
    Domestic,
    /// 外事接待 (part of 国内接待).
    #[strum(serialize = "外事接待")]
    ForeignAffairs,
    /// 国（境）外接待.
    #[strum(serialize = "国（境）外接待")]
    Overseas,
}

crate::names::closed_set!(ReceptionScope, "公务接待 scope");

/// An item of the 政府采购 block (公开10表 or the narrative of templates without it).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
#[non_exhaustive]
pub enum ProcurementItem {
    /// 合计 (政府采购支出总额).
    #[strum(serialize = "合计")]
    Total,
    /// 货物.
    #[strum(serialize = "货物")]
    Goods,
    /// 工程.
    #[strum(serialize = "工程")]
    Works,
    /// 服务.
    #[strum(serialize = "服务")]
    Services,
    /// 授予中小企业合同金额.
    #[strum(serialize = "授予中小企业合同金额")]
    SmallMedium,
    /// 授予小微企业合同金额.
    #[strum(serialize = "授予小微企业合同金额")]
    SmallMicro,
    /// 面向中小企业预留政府采购项目预算金额 (a budget, not a contract amount).
    #[strum(serialize = "面向中小企业预留项目预算金额")]
    ReservedSmallMedium,
    /// 面向小微企业预留政府采购项目预算金额 (part of the 中小企业 reservation).
    #[strum(serialize = "面向小微企业预留项目预算金额")]
    ReservedSmallMicro,
    /// 在面向中小企业预留的项目中，由中小企业供应商中标或成交的采购金额.
    #[strum(serialize = "预留项目中小企业中标金额")]
    AwardedReservedSmallMedium,
    /// 在面向小微企业预留的项目中，由小微企业供应商中标或成交的采购金额.
    #[strum(serialize = "预留项目小微企业中标金额")]
    AwardedReservedSmallMicro,
    /// 在其他（未预留的）政府采购项目中，由中小企业供应商中标或成交的采购金额.
    #[strum(serialize = "其他项目中小企业中标金额")]
    AwardedOtherSmallMedium,
}

crate::names::closed_set!(ProcurementItem, "政府采购 item");

/// A money figure a 说明 can state, named by content rather than by layout: where a template
/// prints it (which table, which row) is the business of the [`Figures`] implementation.
///
/// The serde form is snake_case, externally tagged: `"income_total"`,
/// `{"general_public": {"code": "208", "column": "小计"}}`, `{"three_public": {"stage": "预算数",
/// "item": "合计"}}`. A `code` of `null` (or absent) means the table's 合计 row.
///
/// ```
/// use final_accounts::narrative::{FigureRef, SpendingColumn};
/// let class = FigureRef::GeneralPublic { code: Some("208".parse()?), column: SpendingColumn::Subtotal };
/// assert_eq!(class.to_string(), "一般公共预算财政拨款支出 208 小计");
/// assert_eq!(FigureRef::IncomeGrandTotal.to_string(), "收入总计");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum FigureRef {
    /// 收入总计 (公开01表).
    IncomeGrandTotal,
    /// 支出总计 (公开01表).
    ExpenditureGrandTotal,
    /// 本年收入合计 (公开01表, = 公开02表 合计).
    IncomeTotal,
    /// 本年支出合计 (公开01表, = 公开03表 合计).
    ExpenditureTotal,
    /// 年初结转和结余 (公开01表).
    OpeningBalance,
    /// 年末结转和结余 (公开01表).
    ClosingBalance,
    /// 财政拨款收入 (公开02表 合计 row).
    FiscalIncome,
    /// 上级补助收入 (公开02表 合计 row).
    SuperiorSubsidyIncome,
    /// 事业收入 (公开02表 合计 row).
    ServiceIncome,
    /// 经营收入 (公开02表 合计 row).
    BusinessIncome,
    /// 附属单位上缴收入 (公开02表 合计 row).
    AffiliateRemittanceIncome,
    /// 其他收入 (公开02表 合计 row).
    OtherIncome,
    /// 基本支出 (公开03表 合计 row).
    BasicExpenditure,
    /// 项目支出 (公开03表 合计 row).
    ProjectExpenditure,
    /// 上缴上级支出 (公开03表 合计 row).
    RemittanceExpenditure,
    /// 经营支出 (公开03表 合计 row).
    BusinessExpenditure,
    /// 对附属单位补助支出 (公开03表 合计 row).
    AffiliateSubsidyExpenditure,
    /// 财政拨款收入总计 (公开04表).
    FiscalIncomeGrandTotal,
    /// 财政拨款支出总计 (公开04表).
    FiscalExpenditureGrandTotal,
    /// 一般公共预算财政拨款 本年收入 (公开04表).
    GeneralPublicIncome,
    /// 政府性基金预算财政拨款 本年收入 (公开04表).
    GovernmentFundIncome,
    /// 国有资本经营预算财政拨款 本年收入 (公开04表).
    StateCapitalIncome,
    /// 一般公共预算财政拨款支出 (公开05表): the 合计 row (`code: None`) or a 类/款/项 row.
    GeneralPublic {
        /// The row; `None` for 合计.
        #[cfg_attr(feature = "serde", serde(default))]
        code: Option<FunctionCode>,
        /// The column.
        column: SpendingColumn,
    },
    /// 人员经费合计 (公开06表).
    PersonnelTotal,
    /// 公用经费合计 (公开06表).
    PublicUseTotal,
    /// An economic 类 or 款 of 公开06表.
    BasicEconomic(EconomicCode),
    /// 政府性基金预算财政拨款 (公开07表): the 合计 row (`code: None`) or a row.
    GovernmentFund {
        /// The row; `None` for 合计.
        #[cfg_attr(feature = "serde", serde(default))]
        code: Option<FunctionCode>,
        /// The column.
        column: FundColumn,
    },
    /// 国有资本经营预算财政拨款支出 (公开08表): the 合计 row (`code: None`) or a row.
    StateCapital {
        /// The row; `None` for 合计.
        #[cfg_attr(feature = "serde", serde(default))]
        code: Option<FunctionCode>,
        /// The column.
        column: SpendingColumn,
    },
    /// A 三公 figure (公开09表).
    ThreePublic {
        /// 预算数 or 决算数.
        stage: Stage,
        /// The item.
        item: ThreePublicItem,
    },
    /// A 公务接待费 detail the 三公 具体情况 paragraph states (国内/外事/国（境）外); not in the
    /// tables of most templates.
    Reception(ReceptionScope),
    /// 机关运行经费 (公开10表: 行政单位 plus 参照公务员法管理事业单位).
    OperatingCost,
    /// 政府采购 (公开10表).
    Procurement(ProcurementItem),
    /// Σ 全年执行数 of the self-evaluation forms (derived by the narrative from
    /// [`Figures::forms_rollup`]; implementations may return `None` for it).
    EvaluationSpent,
    /// The budget of the self-evaluated projects as the performance paragraph states it
    /// ("绩效自评的项目1个，涉及预算金额175.52万元"): Σ 全年预算数 of the forms. Not printed in any
    /// table; implementations return it when they know the forms' budgets.
    EvaluationBudget,
}

impl FigureRef {
    /// Whether the figure may be an aggregate of other printed figures, so that a document can
    /// print it once rounded from its exact total and once summed from its rounded parts (a
    /// derivation tail, DOMAIN.md §2). Only figures that are single printed cells of the
    /// lowest level — a 项 row's 基本支出 or 项目支出, an economic 款, a 三公 item without
    /// sub-items — are not. When in doubt a figure counts as an aggregate: a tail reported as
    /// info is a smaller harm than a false error.
    ///
    /// ```
    /// use final_accounts::narrative::{FigureRef, SpendingColumn};
    /// let item = Some("2080505".parse()?);
    /// assert!(!FigureRef::GeneralPublic { code: item, column: SpendingColumn::Basic }.is_aggregate());
    /// assert!(FigureRef::GeneralPublic { code: item, column: SpendingColumn::Subtotal }.is_aggregate());
    /// assert!(FigureRef::IncomeTotal.is_aggregate());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_aggregate(&self) -> bool {
        let item_level = |code: &Option<FunctionCode>| {
            code.is_some_and(|c| c.level() == crate::classification::Level::Item)
        };
        match self {
            FigureRef::GeneralPublic { code, column }
            | FigureRef::StateCapital { code, column } => {
                !(item_level(code)
                    && matches!(column, SpendingColumn::Basic | SpendingColumn::Project))
            }
            FigureRef::GovernmentFund { code, column } => {
                !(item_level(code)
                    && matches!(
                        column,
                        FundColumn::Opening
                            | FundColumn::Income
                            | FundColumn::Basic
                            | FundColumn::Project
                    ))
            }
            FigureRef::BasicEconomic(code) => {
                code.level() == crate::classification::EconomicLevel::Class
            }
            FigureRef::ThreePublic { item, .. } => {
                matches!(item, ThreePublicItem::Total | ThreePublicItem::Vehicles)
            }
            _ => true,
        }
    }

    /// The figure of the whole (`合计`) row of 公开05表 in a column.
    #[must_use]
    pub const fn general_public_total(column: SpendingColumn) -> FigureRef {
        FigureRef::GeneralPublic { code: None, column }
    }

    /// The table the figure is printed in, by content; `None` for a figure no table prints
    /// (the 公务接待 details of the narrative, the roll-up of the self-evaluation forms).
    #[must_use]
    pub fn table(&self) -> Option<TableKind> {
        Some(match self {
            FigureRef::IncomeGrandTotal
            | FigureRef::ExpenditureGrandTotal
            | FigureRef::IncomeTotal
            | FigureRef::ExpenditureTotal
            | FigureRef::OpeningBalance
            | FigureRef::ClosingBalance => TableKind::IncomeExpenditure,
            FigureRef::FiscalIncome
            | FigureRef::SuperiorSubsidyIncome
            | FigureRef::ServiceIncome
            | FigureRef::BusinessIncome
            | FigureRef::AffiliateRemittanceIncome
            | FigureRef::OtherIncome => TableKind::Income,
            FigureRef::BasicExpenditure
            | FigureRef::ProjectExpenditure
            | FigureRef::RemittanceExpenditure
            | FigureRef::BusinessExpenditure
            | FigureRef::AffiliateSubsidyExpenditure => TableKind::Expenditure,
            FigureRef::FiscalIncomeGrandTotal
            | FigureRef::FiscalExpenditureGrandTotal
            | FigureRef::GeneralPublicIncome
            | FigureRef::GovernmentFundIncome
            | FigureRef::StateCapitalIncome => TableKind::Fiscal,
            FigureRef::GeneralPublic { .. } => TableKind::GeneralBudget,
            FigureRef::PersonnelTotal | FigureRef::PublicUseTotal | FigureRef::BasicEconomic(_) => {
                TableKind::BasicDetail
            }
            FigureRef::GovernmentFund { .. } => TableKind::GovernmentFund,
            FigureRef::StateCapital { .. } => TableKind::StateCapital,
            FigureRef::ThreePublic { .. } => TableKind::ThreePublic,
            FigureRef::OperatingCost | FigureRef::Procurement(_) => TableKind::RelatedInfo,
            FigureRef::Reception(_) | FigureRef::EvaluationSpent | FigureRef::EvaluationBudget => {
                return None;
            }
        })
    }

    /// Where the figure is printed, for findings: the table by content, the row and column as
    /// the standard template names them (the table's label and title are the document's, shown
    /// when the finding is). The default of [`Figures::location`].
    ///
    /// ```
    /// use final_accounts::finding::{Lang, Unnamed};
    /// use final_accounts::narrative::{FigureRef, Stage, ThreePublicItem};
    /// let budget = FigureRef::ThreePublic { stage: Stage::Budget, item: ThreePublicItem::OverseasTravel };
    /// assert_eq!(
    ///     budget.default_location().display(&Unnamed, Lang::En).to_string(),
    ///     "财政拨款“三公”经费支出决算表 row 预算数 column 因公出国（境）费"
    /// );
    /// ```
    #[must_use]
    pub fn default_location(&self) -> Place {
        let total_or =
            |code: &Option<FunctionCode>| code.map_or(Key::Static("合计"), Key::Function);
        let Some(kind) = self.table() else {
            return match self {
                FigureRef::Reception(scope) => Place::new(Part::Narrative)
                    .row(Key::Static(DETAIL_PARAGRAPH))
                    .column(Key::Static(reception_name(*scope))),
                FigureRef::EvaluationBudget => {
                    Place::new(Part::Forms).column(Key::Static("全年预算数"))
                }
                _ => Place::new(Part::Forms).column(Key::Static("全年执行数")),
            };
        };
        let table = Place::table(kind);
        match self {
            FigureRef::FiscalIncome
            | FigureRef::SuperiorSubsidyIncome
            | FigureRef::ServiceIncome
            | FigureRef::BusinessIncome
            | FigureRef::AffiliateRemittanceIncome
            | FigureRef::OtherIncome
            | FigureRef::BasicExpenditure
            | FigureRef::ProjectExpenditure
            | FigureRef::RemittanceExpenditure
            | FigureRef::BusinessExpenditure
            | FigureRef::AffiliateSubsidyExpenditure => table
                .row(Key::Static("合计"))
                .column(Key::Static(self.fixed_name().unwrap_or_default())),
            FigureRef::FiscalIncomeGrandTotal => {
                table.row(Key::Static("总计")).column(Key::Static("收入"))
            }
            FigureRef::FiscalExpenditureGrandTotal => {
                table.row(Key::Static("总计")).column(Key::Static("合计"))
            }
            FigureRef::GeneralPublic { code, column }
            | FigureRef::StateCapital { code, column } => {
                table.row(total_or(code)).column(Key::Static(column.into()))
            }
            FigureRef::BasicEconomic(code) => table
                .row(Key::Economic(*code))
                .column(Key::Static("决算数")),
            FigureRef::GovernmentFund { code, column } => {
                table.row(total_or(code)).column(Key::Static(column.into()))
            }
            FigureRef::ThreePublic { stage, item } => table
                .row(Key::Static(stage.into()))
                .column(Key::Static(item.into())),
            FigureRef::Procurement(item) => table.row(Key::Static(procurement_row(*item))),
            _ => table.row(Key::Static(self.fixed_name().unwrap_or_default())),
        }
    }

    /// The name of a figure whose name is fixed (not one of a row of codes): its canonical
    /// phrase in the vocabulary of the 说明.
    fn fixed_name(&self) -> Option<&'static str> {
        match self {
            FigureRef::GeneralPublic { .. }
            | FigureRef::GovernmentFund { .. }
            | FigureRef::StateCapital { .. }
            | FigureRef::BasicEconomic(_)
            | FigureRef::ThreePublic { .. }
            | FigureRef::Procurement(_) => None,
            FigureRef::Reception(scope) => Some(reception_name(*scope)),
            FigureRef::EvaluationSpent => Some("绩效自评项目 全年执行数合计"),
            FigureRef::EvaluationBudget => Some("绩效自评项目 涉及预算金额"),
            _ => super::vocabulary::phrase(self),
        }
    }

    /// The phrases a 说明 names the figure by, its canonical phrase first: the vocabulary the
    /// importer reads claims from and the checks find a claim's figure by. Empty for a row of
    /// codes (a 类/款/项 is named by the name its table prints).
    ///
    /// ```
    /// use final_accounts::narrative::FigureRef;
    /// let phrases: Vec<&str> = FigureRef::IncomeGrandTotal.phrases().collect();
    /// assert_eq!(phrases, ["收入总计", "收入支出总计", "收支总计"]);
    /// assert_eq!(FigureRef::PersonnelTotal.phrases().next(), Some("人员经费合计"));
    /// ```
    pub fn phrases(&self) -> impl Iterator<Item = &'static str> + '_ {
        super::vocabulary::phrases_of(self)
    }

    /// The Chinese name of the figure, as the narrative calls it.
    #[must_use]
    pub fn name(&self) -> String {
        self.to_string()
    }
}

/// The paragraph of the 说明 that details the 三公 figures no table prints (团组, 人次, 批次,
/// the 公务接待 by scope).
const DETAIL_PARAGRAPH: &str = "三公经费具体情况";

fn reception_name(scope: ReceptionScope) -> &'static str {
    match scope {
        ReceptionScope::All => "公务接待费",
        ReceptionScope::Domestic => "国内接待费",
        ReceptionScope::ForeignAffairs => "外事接待费",
        ReceptionScope::Overseas => "国（境）外接待费",
    }
}

/// The row of 公开10表 a 政府采购 item is printed on ("政府采购{item}").
fn procurement_row(item: ProcurementItem) -> &'static str {
    match item {
        ProcurementItem::Total => "政府采购合计",
        ProcurementItem::Goods => "政府采购货物",
        ProcurementItem::Works => "政府采购工程",
        ProcurementItem::Services => "政府采购服务",
        ProcurementItem::SmallMedium => "政府采购授予中小企业合同金额",
        ProcurementItem::SmallMicro => "政府采购授予小微企业合同金额",
        ProcurementItem::ReservedSmallMedium => "政府采购面向中小企业预留项目预算金额",
        ProcurementItem::ReservedSmallMicro => "政府采购面向小微企业预留项目预算金额",
        ProcurementItem::AwardedReservedSmallMedium => "政府采购预留项目中小企业中标金额",
        ProcurementItem::AwardedReservedSmallMicro => "政府采购预留项目小微企业中标金额",
        ProcurementItem::AwardedOtherSmallMedium => "政府采购其他项目中小企业中标金额",
    }
}

impl fmt::Display for FigureRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = self.fixed_name() {
            return f.write_str(name);
        }
        match self {
            FigureRef::GeneralPublic { code, column } => {
                f.write_str("一般公共预算财政拨款支出")?;
                code_and(f, code.as_ref(), column)
            }
            FigureRef::BasicEconomic(code) => write!(f, "基本支出 经济分类 {code}"),
            FigureRef::GovernmentFund { code, column } => {
                f.write_str("政府性基金预算财政拨款")?;
                code_and(f, code.as_ref(), column)
            }
            FigureRef::StateCapital { code, column } => {
                f.write_str("国有资本经营预算财政拨款支出")?;
                code_and(f, code.as_ref(), column)
            }
            FigureRef::ThreePublic { stage, item } => write!(f, "“三公”经费 {item} {stage}"),
            FigureRef::Procurement(item) => write!(f, "政府采购 {item}"),
            _ => Ok(()),
        }
    }
}

fn code_and(
    f: &mut fmt::Formatter<'_>,
    code: Option<&FunctionCode>,
    column: &dyn fmt::Display,
) -> fmt::Result {
    match code {
        None => write!(f, " {column}"),
        Some(c) => write!(f, " {c} {column}"),
    }
}

/// A count a 说明 can state (vehicles, equipment, 三公 details, evaluated projects). Counts are
/// not money: they are compared exactly.
///
/// ```
/// use final_accounts::narrative::{CountRef, VehicleCategory};
/// assert_eq!(CountRef::Vehicles(Some(VehicleCategory::Other)).to_string(), "车辆数 其他用车");
/// assert_eq!(CountRef::Vehicles(None).to_string(), "车辆数合计");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", deny_unknown_fields)
)]
#[non_exhaustive]
pub enum CountRef {
    /// 车辆数 (公开10表): the total (`None`) or a category.
    Vehicles(Option<VehicleCategory>),
    /// 单价100万元（含）以上设备（不含车辆）, in 台（套） (公开10表).
    CostlyEquipment,
    /// 使用财政拨款购置公务用车 (辆), from the 三公 具体情况 paragraph.
    VehiclesPurchased,
    /// 使用财政拨款负担的公务用车保有量 (辆), from the 三公 具体情况 paragraph.
    VehiclesFunded,
    /// 因公出国（境）团组 (个).
    OverseasGroups,
    /// 因公出国（境）人次.
    OverseasPersonTimes,
    /// 公务接待 批次 of a scope.
    ReceptionBatches(ReceptionScope),
    /// 公务接待 人次 of a scope.
    ReceptionPersonTimes(ReceptionScope),
    /// The number of projects self-evaluated (derived by the narrative from
    /// [`Figures::forms_rollup`]; implementations may return `None` for it).
    EvaluatedProjects,
}

impl CountRef {
    /// Where the count is printed, for findings: 公开10表 by content for the vehicles and the
    /// equipment, the forms for the evaluated projects, the 三公 details paragraph of the 说明
    /// for the rest. The default of [`Figures::count_location`].
    ///
    /// ```
    /// use final_accounts::finding::{Lang, Unnamed};
    /// use final_accounts::narrative::CountRef;
    /// assert_eq!(
    ///     CountRef::Vehicles(None).default_location().display(&Unnamed, Lang::En).to_string(),
    ///     "部门决算公开相关信息统计表 row 车辆数合计"
    /// );
    /// ```
    #[must_use]
    pub fn default_location(&self) -> Place {
        let info = Place::table(TableKind::RelatedInfo);
        match self {
            CountRef::Vehicles(None) => info.row(Key::Static("车辆数合计")),
            CountRef::Vehicles(Some(c)) => info.row_text(c.to_string()),
            CountRef::CostlyEquipment => info.row(Key::Static("单价100万元(含)以上设备(不含车辆)")),
            CountRef::EvaluatedProjects => Place::new(Part::Forms),
            other => Place::new(Part::Narrative)
                .row(Key::Static(DETAIL_PARAGRAPH))
                .column(Key::Text(other.to_string().into())),
        }
    }
}

impl fmt::Display for CountRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CountRef::Vehicles(None) => f.write_str("车辆数合计"),
            CountRef::Vehicles(Some(c)) => write!(f, "车辆数 {c}"),
            CountRef::CostlyEquipment => f.write_str("单价100万元（含）以上设备"),
            CountRef::VehiclesPurchased => f.write_str("购置公务用车数"),
            CountRef::VehiclesFunded => f.write_str("公务用车保有量"),
            CountRef::OverseasGroups => f.write_str("出国团组数"),
            CountRef::OverseasPersonTimes => f.write_str("出国人次"),
            CountRef::ReceptionBatches(s) => write!(f, "{s}批次"),
            CountRef::ReceptionPersonTimes(s) => write!(f, "{s}人次"),
            CountRef::EvaluatedProjects => f.write_str("绩效自评项目数"),
        }
    }
}

/// A row of 公开05表 as the narrative needs it: code, printed name and 小计.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GeneralPublicRow {
    /// The 类, 款 or 项 code.
    pub code: FunctionCode,
    /// The name printed in the table (社会保障和就业支出).
    pub name: String,
    /// The 小计 column (a blank cell is a zero amount).
    pub total: PublishedAmount,
}

/// The disclosure's figures, as the narrative reads them. The lead implements this for the
/// whole disclosure; tests implement it from transcribed tables.
///
/// Conventions:
/// * `None` means the disclosure has **no such figure** (its template has no such row or
///   column, or the table is not published): a claim about it cannot be verified and is
///   reported as info.
/// * A **blank cell** of a published row/column is a **zero amount** (`Some(0.00)` with the
///   table's precision): "上级补助收入0万元" agrees with a blank 上级补助收入 column. A "——" (not
///   applicable) cell is `None`.
/// * Amounts are published amounts (value, unit, precision), as printed in the table.
pub trait Figures {
    /// The money figure `figure`, as printed.
    fn amount(&self, figure: &FigureRef) -> Option<PublishedAmount>;

    /// The identity of the printed cell `figure` is, when it is one printed cell (not a sum
    /// of cells, not blank): what lets a statement of it take part in the localization of a
    /// wrong figure. None by default.
    fn figure_id(&self, figure: &FigureRef) -> Option<crate::finding::FigureId> {
        let _ = figure;
        None
    }

    /// The count `count`.
    fn count(&self, count: &CountRef) -> Option<u64>;

    /// The rows of 公开05表 in table order (合计 excluded), every level, with their 小计.
    fn general_public_rows(&self) -> Vec<GeneralPublicRow>;

    /// The roll-up of the self-evaluation forms published with the disclosure (the one
    /// [`Rollup`](crate::evaluation::Rollup) of the crate); `None` when none are published with
    /// it (the roll-up paragraph then cannot be verified).
    fn forms_rollup(&self) -> Option<crate::evaluation::Rollup> {
        None
    }

    /// The number of printed parts `figure` may have been added up from in its table (for a
    /// figure of 公开05/07/08表, its leaf rows' printed cells under it), when known: a figure of one printed part is a single
    /// figure, repeated exactly wherever it is printed, whatever its kind
    /// ([`FigureRef::is_aggregate`]). Defaults to `None` (not known: the kind decides).
    fn printed_parts(&self, figure: &FigureRef) -> Option<u32> {
        let _ = figure;
        None
    }

    /// Where `figure` is printed, for findings: a table by content, its row and column. Defaults
    /// to [`FigureRef::default_location`]; the table's printed label and title are given when
    /// the finding is shown (see [`Names`](crate::finding::Names)).
    fn location(&self, figure: &FigureRef) -> Place {
        figure.default_location()
    }

    /// Where `count` is printed, for findings. Defaults to [`CountRef::default_location`].
    fn count_location(&self, count: &CountRef) -> Place {
        count.default_location()
    }
}
