//! 公开04表 财政拨款收入支出决算总表: appropriations by fund, expenditure by 类 and fund.

use super::check::{Checker, Placed, placed, placed_in};
use super::columns::column_set;
use super::lines::{ExpenditureItem, Fund, ItemKey, Line, find, key_of, lookup};
use super::summary::{self, SummaryTable};
use super::{Cell, ColumnSet, ColumnSpec, Problem, ProblemKind, SOURCE, TableMeta};
use crate::classification::FunctionCode;
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Finding, Rule, Severity};

/// An item of the income side of 公开04表.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FiscalIncomeItem {
    /// 一、二、三: this year's appropriation of a fund.
    Appropriation(Fund),
    /// 本年收入合计.
    CurrentYearTotal,
    /// 年初财政拨款结转和结余.
    OpeningBalance,
    /// The opening balance of one fund (the lines under 年初财政拨款结转和结余).
    OpeningBalanceOf(Fund),
    /// 总计.
    GrandTotal,
}

const FISCAL_INCOME_KEYS: &[(&str, FiscalIncomeItem)] = &[
    (
        "general_budget",
        FiscalIncomeItem::Appropriation(Fund::GeneralBudget),
    ),
    (
        "government_fund",
        FiscalIncomeItem::Appropriation(Fund::GovernmentFund),
    ),
    (
        "state_capital",
        FiscalIncomeItem::Appropriation(Fund::StateCapital),
    ),
    ("current_year_total", FiscalIncomeItem::CurrentYearTotal),
    ("opening_balance", FiscalIncomeItem::OpeningBalance),
    (
        "opening_general_budget",
        FiscalIncomeItem::OpeningBalanceOf(Fund::GeneralBudget),
    ),
    (
        "opening_government_fund",
        FiscalIncomeItem::OpeningBalanceOf(Fund::GovernmentFund),
    ),
    (
        "opening_state_capital",
        FiscalIncomeItem::OpeningBalanceOf(Fund::StateCapital),
    ),
    ("grand_total", FiscalIncomeItem::GrandTotal),
];

impl super::columns::private::Sealed for FiscalIncomeItem {}

impl ItemKey for FiscalIncomeItem {
    fn key(&self) -> String {
        key_of(FISCAL_INCOME_KEYS, self)
    }

    fn parse_key(key: &str) -> Result<Self, ProblemKind> {
        lookup(FISCAL_INCOME_KEYS, key, "")
    }
}

column_set! {
    /// The expenditure columns of 公开04表 (栏次 2–5 in the spec).
    pub struct FiscalColumns {
        /// 合计.
        total => "合计",
        /// 一般公共预算财政拨款.
        general_budget => "一般公共预算财政拨款",
        /// 政府性基金预算财政拨款.
        government_fund => "政府性基金预算财政拨款",
        /// 国有资本经营预算财政拨款.
        state_capital => "国有资本经营预算财政拨款",
    }
}

impl FiscalColumns {
    /// The cell of `fund`.
    #[must_use]
    pub fn fund(&self, fund: Fund) -> &Cell {
        match fund {
            Fund::GeneralBudget => &self.general_budget,
            Fund::GovernmentFund => &self.government_fund,
            Fund::StateCapital => &self.state_capital,
        }
    }
}

/// The columns of 公开04表: the income side's 金额 (key `income`, 栏次 1 in the spec), then
/// [`FiscalColumns`].
pub const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        key: "income",
        name: "金额",
    },
    ColumnSpec {
        key: "total",
        name: "合计",
    },
    ColumnSpec {
        key: "general_budget",
        name: "一般公共预算财政拨款",
    },
    ColumnSpec {
        key: "government_fund",
        name: "政府性基金预算财政拨款",
    },
    ColumnSpec {
        key: "state_capital",
        name: "国有资本经营预算财政拨款",
    },
];

/// 公开04表 财政拨款收入支出决算总表.
///
/// The income side has one amount per line (JSON key `amount`); the expenditure side has the
/// [`FiscalColumns`] per line (JSON keys `total`, `general_budget`, `government_fund`,
/// `state_capital`).
pub type FiscalTable = SummaryTable<FiscalIncomeItem, FiscalColumns>;

impl summary::SummaryValue for FiscalColumns {
    const COLUMNS: &'static [ColumnSpec] = COLUMNS;

    fn normalize(
        meta: &TableMeta,
        lines: &mut [Line<ExpenditureItem, FiscalColumns>],
        problems: &mut Vec<Problem>,
    ) {
        for line in lines {
            let label = line.label();
            meta.normalize_columns(&label, line.value_mut(), problems);
        }
    }

    fn text(&self) -> Option<String> {
        self.cells().into_iter().find_map(summary::amount_text)
    }
}

impl FiscalTable {
    /// The findings of the table's own arithmetic (`t04.*`): rounding tails as info, breaks
    /// as errors. Computed on each call; building the table checks structure only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        self.checked_with(false).0
    }

    /// The findings of the table's arithmetic; with `record`, every relation it checks as an
    /// edit too (`Table::checked` calls it so).
    pub(super) fn checked_with(&self, record: bool) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        let mut checker = Checker::new(TableKind::Fiscal, &self.meta).recording(record);
        let printed: Vec<&'static str> = FiscalColumns::COLUMNS
            .iter()
            .map(|c| c.key)
            .filter(|k| self.meta.prints(k))
            .collect();
        self.income_sums(&mut checker);
        self.row_totals(&mut checker, &printed);
        let exp = placed_in::<ExpenditureItem, FiscalColumns>;
        for key in &printed {
            summary::expenditure_sum(&mut checker, &EXPENDITURE_SUM, &self.expenditure, |l| {
                exp(l, key)
            });
            summary::expenditure_total(
                &mut checker,
                &EXPENDITURE_TOTAL,
                &self.expenditure,
                |l| exp(l, key),
                &Template {
                    zh: "支出总计 = 本年支出合计 + 年末财政拨款结转和结余",
                    en: "expenditure 总计 equals 本年支出合计 plus 年末财政拨款结转和结余",
                },
            );
        }
        summary::balance(
            &mut checker,
            &BALANCE,
            find(&self.expenditure, ExpenditureItem::GrandTotal).and_then(|l| exp(l, "total")),
            self.income_item(FiscalIncomeItem::GrandTotal),
        );
        self.fund_balances(&mut checker, &printed);
        checker.finish()
    }

    /// An income line's amount, placed, if the line is printed.
    fn income_item(&self, item: FiscalIncomeItem) -> Option<Placed<'_>> {
        find(&self.income, item).map(|l| placed(l, "income"))
    }

    /// 本年收入合计, 年初财政拨款结转和结余 and 收入总计 against their parts.
    fn income_sums(&self, checker: &mut Checker) {
        let income_item = |i| self.income_item(i);
        if let Some(total) = income_item(FiscalIncomeItem::CurrentYearTotal) {
            let parts: Vec<Placed<'_>> = Fund::ALL
                .into_iter()
                .filter_map(|f| income_item(FiscalIncomeItem::Appropriation(f)))
                .collect();
            checker.sum(
                &INCOME_SUM,
                total,
                &parts,
                &[],
                &Template {
                    zh: "本年收入合计 = 各项财政拨款之和",
                    en: "本年收入合计 equals the sum of the fund appropriations",
                },
            );
        }
        if let Some(total) = income_item(FiscalIncomeItem::OpeningBalance) {
            let parts: Vec<Placed<'_>> = Fund::ALL
                .into_iter()
                .filter_map(|f| income_item(FiscalIncomeItem::OpeningBalanceOf(f)))
                .collect();
            if !parts.is_empty() {
                checker.sum(
                    &OPENING_SUM,
                    total,
                    &parts,
                    &[],
                    &Template {
                        zh: "年初财政拨款结转和结余 = 各项财政拨款年初结转和结余之和",
                        en: "年初财政拨款结转和结余 equals the sum of the funds' opening balances",
                    },
                );
            }
        }
        if let Some(total) = income_item(FiscalIncomeItem::GrandTotal) {
            let parts: Vec<Placed<'_>> = [
                FiscalIncomeItem::CurrentYearTotal,
                FiscalIncomeItem::OpeningBalance,
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
                    zh: "收入总计 = 本年收入合计 + 年初财政拨款结转和结余",
                    en: "income 总计 equals 本年收入合计 plus 年初财政拨款结转和结余",
                },
            );
        }
    }

    /// Each expenditure line's 合计 against its fund columns, when all are printed.
    fn row_totals(&self, checker: &mut Checker, printed: &[&'static str]) {
        let exp = placed_in::<ExpenditureItem, FiscalColumns>;
        let fund_keys = ["general_budget", "government_fund", "state_capital"];
        if printed.contains(&"total") && fund_keys.iter().all(|k| printed.contains(k)) {
            for line in &self.expenditure {
                let Some(total) = exp(line, "total") else {
                    continue;
                };
                let parts: Vec<Placed<'_>> =
                    fund_keys.iter().filter_map(|k| exp(line, k)).collect();
                checker.sum(
                    &ROW_TOTAL,
                    total,
                    &parts,
                    &[],
                    &Template {
                        zh: "合计 = 各项财政拨款之和",
                        en: "合计 equals the sum of the fund columns",
                    },
                );
            }
        }
    }

    /// Each printed fund: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.
    fn fund_balances(&self, checker: &mut Checker, printed: &[&'static str]) {
        let exp = placed_in::<ExpenditureItem, FiscalColumns>;
        let exp_item = |i| find(&self.expenditure, i);
        let income_item = |i| self.income_item(i);
        for fund in Fund::ALL {
            let key = fund.key();
            if !printed.contains(&key) {
                continue;
            }
            let Some(received) = income_item(FiscalIncomeItem::Appropriation(fund)) else {
                continue;
            };
            let plus: Vec<Placed<'_>> = [
                ExpenditureItem::CurrentYearTotal,
                ExpenditureItem::ClosingBalance,
            ]
            .into_iter()
            .filter_map(|i| exp_item(i).and_then(|l| exp(l, key)))
            .collect();
            let minus: Vec<Placed<'_>> = income_item(FiscalIncomeItem::OpeningBalanceOf(fund))
                .into_iter()
                .collect();
            checker.sum(
                &FUND_BALANCE,
                received,
                &plus,
                &minus,
                &Template {
                    zh: "年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余",
                    en: "the fund's opening balance plus its income equals its expenditure plus its closing balance",
                },
            );
        }
    }

    /// The columns of an expenditure item, if its line is printed.
    #[must_use]
    pub fn expenditure_columns(&self, item: ExpenditureItem) -> Option<&FiscalColumns> {
        self.expenditure_value(item)
    }

    /// The columns of the 类 `code`, if its line is printed.
    #[must_use]
    pub fn class_columns(&self, code: FunctionCode) -> Option<&FiscalColumns> {
        self.expenditure_columns(ExpenditureItem::Class(code))
    }
}

/// The rules of 公开04表.
/// `t04.income-sum`: see [`RULES`].
pub const INCOME_SUM: Rule = Rule::new(
    "t04.income-sum",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("appropriations add up", "财政拨款本年收入合计")
.described("本年收入合计 equals the sum of the three fund appropriations.")
.sourced(SOURCE);

/// `t04.opening-sum`: see [`RULES`].
pub const OPENING_SUM: Rule = Rule::new(
    "t04.opening-sum",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("opening balances add up", "年初财政拨款结转和结余合计")
.described("年初财政拨款结转和结余 equals the sum of the per-fund lines under it, when printed.")
.sourced(SOURCE);

/// `t04.income-total`: see [`RULES`].
pub const INCOME_TOTAL: Rule = Rule::new(
    "t04.income-total",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("appropriation income grand total", "财政拨款收入总计")
.described("Income 总计 equals 本年收入合计 + 年初财政拨款结转和结余.")
.sourced(SOURCE);

/// `t04.row-total`: see [`RULES`].
pub const ROW_TOTAL: Rule = Rule::new(
    "t04.row-total",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("appropriation row total", "财政拨款支出行合计")
.described("On every expenditure line, 合计 equals the sum of the three fund columns.")
.sourced(SOURCE);

/// `t04.expenditure-sum`: see [`RULES`].
pub const EXPENDITURE_SUM: Rule = Rule::new(
    "t04.expenditure-sum",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled(
    "appropriation expenditure classes add up",
    "财政拨款本年支出合计",
)
.described("In every column, 本年支出合计 equals the sum of the 类 lines.")
.sourced(SOURCE);

/// `t04.expenditure-total`: see [`RULES`].
pub const EXPENDITURE_TOTAL: Rule = Rule::new(
    "t04.expenditure-total",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("appropriation expenditure grand total", "财政拨款支出总计")
.described("In every column, expenditure 总计 equals 本年支出合计 + 年末财政拨款结转和结余.")
.sourced(SOURCE);

/// `t04.balance`: see [`RULES`].
pub const BALANCE: Rule = Rule::new(
    "t04.balance",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled(
    "appropriation income and expenditure balance",
    "财政拨款收支平衡",
)
.described("Income 总计 equals expenditure 总计 (合计 column).")
.sourced(SOURCE);

/// `t04.fund-balance`: see [`RULES`].
pub const FUND_BALANCE: Rule = Rule::new(
    "t04.fund-balance",
    Area::Table(TableKind::Fiscal),
    Severity::Error,
)
.titled("per-fund balance", "分资金收支平衡")
.described("For each fund: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余.")
.sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[
    &INCOME_SUM,
    &OPENING_SUM,
    &INCOME_TOTAL,
    &ROW_TOTAL,
    &EXPENDITURE_SUM,
    &EXPENDITURE_TOTAL,
    &BALANCE,
    &FUND_BALANCE,
];

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{FiscalColumns, FiscalTable};
    use crate::tables::ColumnSet;
    use crate::tables::lines::raw_lines::{read_item, write_line};
    use crate::tables::lines::{ExpenditureItem, Line};
    use crate::tables::summary::raw::RawSides;

    impl Serialize for FiscalTable {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let expenditure = self
                .expenditure
                .iter()
                .map(|line| {
                    let cells = FiscalColumns::COLUMNS
                        .iter()
                        .zip(line.value().cells())
                        .filter_map(|(spec, cell)| {
                            Option::from(*cell).map(|raw| (spec.key.to_owned(), raw))
                        })
                        .collect();
                    write_line(line, cells)
                })
                .collect();
            RawSides::new(&self.meta, &self.income, expenditure).serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for FiscalTable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let mut read = RawSides::read(deserializer, "table 公开04表 (fiscal)")?;
            let place = read.meta.location();
            let keys: Vec<&str> = FiscalColumns::COLUMNS.iter().map(|c| c.key).collect();
            let mut expenditure = Vec::with_capacity(read.expenditure.len());
            for row in &read.expenditure {
                let Ok(item) = read_item::<ExpenditureItem>(&place, row, &mut read.problems) else {
                    continue;
                };
                let mut cols = FiscalColumns::default();
                row.read_cells(
                    &place,
                    &keys,
                    read.meta.unit(),
                    &mut cols.cells_mut(),
                    &mut read.problems,
                );
                expenditure.push(Line::from_parts(
                    row.line,
                    item,
                    row.name.clone().unwrap_or_default(),
                    cols,
                ));
            }
            FiscalTable::build(read.meta, read.income, expenditure, read.problems)
                .map_err(serde::de::Error::custom)
        }
    }
}
