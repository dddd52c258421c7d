//! 公开01表 收入支出决算总表: income by source and expenditure by 类, with balances.

use super::check::{Checker, Placed, placed};
use super::lines::{
    ExpenditureItem, Fund, ItemKey, Line, find, fund_key, key_of, lookup, normalize_amount_lines,
};
use super::summary::{self, SummaryTable};
use super::{Cell, ColumnSpec, Problem, ProblemKind, SOURCE, TableMeta};
use crate::classification::FunctionCode;
use crate::finding::{Area, TableKind};
use crate::finding::{Finding, Rule, Severity, Template};

/// An item of the income side of 公开01表.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IncomeItem {
    /// 一、二、三: 一般公共预算 / 政府性基金预算 / 国有资本经营预算财政拨款收入.
    Appropriation(Fund),
    /// 四、上级补助收入.
    SuperiorSubsidy,
    /// 五、事业收入.
    InstitutionRevenue,
    /// 六、经营收入.
    BusinessRevenue,
    /// 七、附属单位上缴收入.
    AffiliatedRemittance,
    /// 八、其他收入.
    OtherRevenue,
    /// 本年收入合计.
    CurrentYearTotal,
    /// 使用非财政拨款结余（和专用结余）.
    NonFiscalBalanceUsed,
    /// 年初结转和结余.
    OpeningBalance,
    /// 总计.
    GrandTotal,
}

impl IncomeItem {
    /// Whether this is one of the income sources 一 … 八 that add up to 本年收入合计.
    #[must_use]
    pub fn is_source(self) -> bool {
        !matches!(
            self,
            IncomeItem::CurrentYearTotal
                | IncomeItem::NonFiscalBalanceUsed
                | IncomeItem::OpeningBalance
                | IncomeItem::GrandTotal
        )
    }
}

const INCOME_KEYS: &[(&str, IncomeItem)] = &[
    ("superior_subsidy", IncomeItem::SuperiorSubsidy),
    ("institution_revenue", IncomeItem::InstitutionRevenue),
    ("business_revenue", IncomeItem::BusinessRevenue),
    ("affiliated_remittance", IncomeItem::AffiliatedRemittance),
    ("other_revenue", IncomeItem::OtherRevenue),
    ("current_year_total", IncomeItem::CurrentYearTotal),
    ("non_fiscal_balance_used", IncomeItem::NonFiscalBalanceUsed),
    ("opening_balance", IncomeItem::OpeningBalance),
    ("grand_total", IncomeItem::GrandTotal),
];

impl super::columns::private::Sealed for IncomeItem {}

impl ItemKey for IncomeItem {
    fn key(&self) -> String {
        match self {
            IncomeItem::Appropriation(fund) => fund.key().to_owned(),
            other => key_of(INCOME_KEYS, other),
        }
    }

    fn parse_key(key: &str) -> Result<Self, ProblemKind> {
        match fund_key(key, IncomeItem::Appropriation) {
            Some(item) => Ok(item),
            None => lookup(
                INCOME_KEYS,
                key,
                "general_budget, government_fund, state_capital",
            ),
        }
    }
}

/// The columns of 公开01表: the income side's 金额 (栏次 1) and the expenditure side's 金额
/// (栏次 2). In JSON each line's cell is `amount`.
pub const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        key: "income",
        name: "金额",
    },
    ColumnSpec {
        key: "expenditure",
        name: "金额",
    },
];

/// 公开01表 收入支出决算总表.
///
/// The lines of each side are kept in printed order with their 行次, including the filler
/// lines the template prints with a 行次 only. Expenditure 类 lines are keyed by their code.
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{Cell, ExpenditureItem, IncomeExpenditureTable, IncomeItem, Line, TableMeta};
///
/// let wan = MoneyUnit::WanYuan;
/// let c = |s: &str| Cell::parse(s, wan);
/// let income = vec![
///     Line::new(IncomeItem::OtherRevenue, "八、其他收入", c("0.16")?).with_line(8),
///     Line::new(IncomeItem::CurrentYearTotal, "本年收入合计", c("0.16")?).with_line(27),
/// ];
/// let t = IncomeExpenditureTable::new(TableMeta::new("收入支出决算总表", wan), income, vec![])?;
/// assert_eq!(t.income_cell(IncomeItem::CurrentYearTotal), Some(&c("0.16")?));
/// assert!(t.check().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type IncomeExpenditureTable = SummaryTable<IncomeItem, Cell>;

impl super::columns::private::Sealed for Cell {}

impl summary::SummaryValue for Cell {
    const COLUMNS: &'static [ColumnSpec] = COLUMNS;

    fn normalize(
        meta: &TableMeta,
        lines: &mut [Line<ExpenditureItem, Cell>],
        problems: &mut Vec<Problem>,
    ) {
        normalize_amount_lines(meta, "expenditure", lines, problems);
    }

    fn text(&self) -> Option<String> {
        summary::amount_text(self)
    }
}

impl IncomeExpenditureTable {
    /// The findings of the table's own arithmetic (`t01.*`): rounding tails as info, breaks
    /// as errors. Computed on each call; building the table checks structure only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        self.checked_with(false).0
    }

    /// The findings of the table's arithmetic; with `record`, every relation it checks as an
    /// edit too (`Table::checked` calls it so).
    pub(super) fn checked_with(&self, record: bool) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        let mut checker = Checker::new(TableKind::IncomeExpenditure, &self.meta).recording(record);
        let inc = |l| placed(l, "income");
        let exp = |l| placed(l, "expenditure");
        let income_item = |i| find(&self.income, i).map(inc);
        let expenditure_item = |i| find(&self.expenditure, i).map(exp);
        if let Some(total) = income_item(IncomeItem::CurrentYearTotal) {
            let parts: Vec<Placed<'_>> = self
                .income
                .iter()
                .filter(|l| l.item().is_some_and(IncomeItem::is_source))
                .map(inc)
                .collect();
            checker.sum(
                &INCOME_SUM,
                total,
                &parts,
                &[],
                &Template {
                    zh: "本年收入合计 = 各项收入之和",
                    en: "本年收入合计 equals the sum of the income sources",
                },
            );
        }
        if let Some(total) = income_item(IncomeItem::GrandTotal) {
            let parts: Vec<Placed<'_>> = [
                IncomeItem::CurrentYearTotal,
                IncomeItem::NonFiscalBalanceUsed,
                IncomeItem::OpeningBalance,
            ]
            .into_iter()
            .filter_map(income_item)
            .collect();
            checker.sum(
                &INCOME_TOTAL,
                total,
                &parts,
                &[],
                &Template {
 zh: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
 en: "income 总计 equals 本年收入合计 plus 使用非财政拨款结余 plus 年初结转和结余",
 },
 );
        }
        let exp = |l| Some(exp(l));
        summary::expenditure_sum(&mut checker, &EXPENDITURE_SUM, &self.expenditure, exp);
        summary::expenditure_total(
            &mut checker,
            &EXPENDITURE_TOTAL,
            &self.expenditure,
            exp,
            &Template {
                zh: "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
                en: "expenditure 总计 equals 本年支出合计 plus 结余分配 plus 年末结转和结余",
            },
        );
        summary::balance(
            &mut checker,
            &BALANCE,
            expenditure_item(ExpenditureItem::GrandTotal),
            income_item(IncomeItem::GrandTotal),
        );
        checker.finish()
    }

    /// The cell of an expenditure item, if its line is printed.
    #[must_use]
    pub fn expenditure_cell(&self, item: ExpenditureItem) -> Option<&Cell> {
        self.expenditure_value(item)
    }

    /// The cell of the 类 `code` on the expenditure side, if its line is printed.
    #[must_use]
    pub fn class_cell(&self, code: FunctionCode) -> Option<&Cell> {
        self.expenditure_cell(ExpenditureItem::Class(code))
    }
}

/// The rules of 公开01表.
/// `t01.income-sum`: see [`RULES`].
pub const INCOME_SUM: Rule = Rule::new(
    "t01.income-sum",
    Area::Table(TableKind::IncomeExpenditure),
    Severity::Error,
)
.titled("income sources add up", "本年收入合计")
.described("本年收入合计 equals the sum of the income lines 一 … 八.")
.sourced(SOURCE);

/// `t01.income-total`: see [`RULES`].
pub const INCOME_TOTAL: Rule = Rule::new(
    "t01.income-total",
    Area::Table(TableKind::IncomeExpenditure),
    Severity::Error,
)
.titled("income grand total", "收入总计")
.described("Income 总计 equals 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.")
.sourced(SOURCE);

/// `t01.expenditure-sum`: see [`RULES`].
pub const EXPENDITURE_SUM: Rule = Rule::new(
    "t01.expenditure-sum",
    Area::Table(TableKind::IncomeExpenditure),
    Severity::Error,
)
.titled("expenditure classes add up", "本年支出合计")
.described("本年支出合计 equals the sum of the 类 lines.")
.sourced(SOURCE);

/// `t01.expenditure-total`: see [`RULES`].
pub const EXPENDITURE_TOTAL: Rule = Rule::new(
    "t01.expenditure-total",
    Area::Table(TableKind::IncomeExpenditure),
    Severity::Error,
)
.titled("expenditure grand total", "支出总计")
.described("Expenditure 总计 equals 本年支出合计 + 结余分配 + 年末结转和结余.")
.sourced(SOURCE);

/// `t01.balance`: see [`RULES`].
pub const BALANCE: Rule = Rule::new(
    "t01.balance",
    Area::Table(TableKind::IncomeExpenditure),
    Severity::Error,
)
.titled("income and expenditure balance", "收支平衡")
.described("Income 总计 equals expenditure 总计.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[
    &INCOME_SUM,
    &INCOME_TOTAL,
    &EXPENDITURE_SUM,
    &EXPENDITURE_TOTAL,
    &BALANCE,
];

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::IncomeExpenditureTable;
    use crate::tables::lines::raw_lines::{read_amount_lines, write_amount_line};
    use crate::tables::summary::raw::RawSides;

    impl Serialize for IncomeExpenditureTable {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let expenditure = self.expenditure.iter().map(write_amount_line).collect();
            RawSides::new(&self.meta, &self.income, expenditure).serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for IncomeExpenditureTable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut read = RawSides::read(deserializer, "table 公开01表 (income_expenditure)")?;
            let expenditure = read_amount_lines(
                &read.meta.location(),
                &read.expenditure,
                read.meta.unit(),
                &mut read.problems,
            );
            IncomeExpenditureTable::build(read.meta, read.income, expenditure, read.problems)
                .map_err(serde::de::Error::custom)
        }
    }
}
