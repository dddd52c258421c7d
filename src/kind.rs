//! Which of the ten standard tables a table is, by content. Below every other module that
//! names tables, so that findings, profiles and tables can all refer to it.

/// Which of the ten tables, by content (not by the label printed on it).
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
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum TableKind {
    /// 收入支出决算总表 (公开01表).
    IncomeExpenditure,
    /// 收入决算表 (公开02表).
    Income,
    /// 支出决算表 (公开03表).
    Expenditure,
    /// 财政拨款收入支出决算总表 (公开04表).
    Fiscal,
    /// 一般公共预算财政拨款支出决算表 (公开05表).
    GeneralBudget,
    /// 一般公共预算财政拨款基本支出决算明细表 (公开06表).
    BasicDetail,
    /// 政府性基金预算财政拨款收入支出决算表 (公开07表).
    GovernmentFund,
    /// 国有资本经营预算财政拨款支出决算表 (公开08表).
    StateCapital,
    /// 财政拨款“三公”经费支出决算表 (公开09表).
    ThreePublic,
    /// 部门决算公开相关信息统计表 (公开10表).
    RelatedInfo,
}

crate::names::closed_set!(TableKind, "table kind");

impl TableKind {
    /// The ten kinds in template order.
    pub const ALL: [TableKind; 10] = [
        TableKind::IncomeExpenditure,
        TableKind::Income,
        TableKind::Expenditure,
        TableKind::Fiscal,
        TableKind::GeneralBudget,
        TableKind::BasicDetail,
        TableKind::GovernmentFund,
        TableKind::StateCapital,
        TableKind::ThreePublic,
        TableKind::RelatedInfo,
    ];

    /// The table's number in the 2023 template (1 … 10).
    #[must_use]
    pub fn number(self) -> u8 {
        match self {
            TableKind::IncomeExpenditure => 1,
            TableKind::Income => 2,
            TableKind::Expenditure => 3,
            TableKind::Fiscal => 4,
            TableKind::GeneralBudget => 5,
            TableKind::BasicDetail => 6,
            TableKind::GovernmentFund => 7,
            TableKind::StateCapital => 8,
            TableKind::ThreePublic => 9,
            TableKind::RelatedInfo => 10,
        }
    }

    /// The table's name in the national template (its content, not a label): 收入支出决算总表 …
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            TableKind::IncomeExpenditure => "收入支出决算总表",
            TableKind::Income => "收入决算表",
            TableKind::Expenditure => "支出决算表",
            TableKind::Fiscal => "财政拨款收入支出决算总表",
            TableKind::GeneralBudget => "一般公共预算财政拨款支出决算表",
            TableKind::BasicDetail => "一般公共预算财政拨款基本支出决算明细表",
            TableKind::GovernmentFund => "政府性基金预算财政拨款收入支出决算表",
            TableKind::StateCapital => "国有资本经营预算财政拨款支出决算表",
            TableKind::ThreePublic => "财政拨款“三公”经费支出决算表",
            TableKind::RelatedInfo => "部门决算公开相关信息统计表",
        }
    }

    /// The area of its rule ids: `t01` … `t10`.
    #[must_use]
    pub fn rule_area(self) -> &'static str {
        match self {
            TableKind::IncomeExpenditure => "t01",
            TableKind::Income => "t02",
            TableKind::Expenditure => "t03",
            TableKind::Fiscal => "t04",
            TableKind::GeneralBudget => "t05",
            TableKind::BasicDetail => "t06",
            TableKind::GovernmentFund => "t07",
            TableKind::StateCapital => "t08",
            TableKind::ThreePublic => "t09",
            TableKind::RelatedInfo => "t10",
        }
    }
}
