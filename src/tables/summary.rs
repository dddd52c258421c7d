//! [`SummaryTable`]: the shape the two summary tables share, 公开01表 and 公开04表. They are
//! built, checked and serialized the same way; only the income items and the expenditure
//! side's value differ (one amount, or the fund columns).

use super::check::{Checker, Placed};
use super::lines::{ExpenditureItem, ItemKey, Line, check_lines, find, normalize_amount_lines};
use super::{Cell, Problem, TableError, TableMeta};
use crate::finding::{Rule, Template};

/// A summary table: an income side of amount lines and an expenditure side of lines (the 类
/// lines, 本年支出合计, 结余分配, 年末结转和结余, 总计), each in printed order with its 行次,
/// filler lines included. 公开01表 is [`IncomeExpenditureTable`](super::IncomeExpenditureTable),
/// 公开04表 [`FiscalTable`](super::FiscalTable).
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{Cell, FiscalIncomeItem, FiscalTable, Fund, Line, TableMeta};
///
/// let wan = MoneyUnit::WanYuan;
/// let gb = FiscalIncomeItem::Appropriation(Fund::GeneralBudget);
/// let income = vec![Line::new(gb, "一、一般公共预算财政拨款", Cell::parse("1735.92", wan)?)];
/// let t = FiscalTable::new(TableMeta::new("财政拨款收入支出决算总表", wan), income, vec![])?;
/// assert_eq!(t.income().len(), 1);
/// assert_eq!(t.income_cell(gb).map(ToString::to_string).as_deref(), Some("1735.92"));
/// assert!(t.expenditure().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryTable<I, V> {
    pub(super) meta: TableMeta,
    pub(super) income: Vec<Line<I, Cell>>,
    pub(super) expenditure: Vec<Line<ExpenditureItem, V>>,
}

impl<I: ItemKey, V> SummaryTable<I, V> {
    /// The header.
    #[must_use]
    pub fn meta(&self) -> &TableMeta {
        &self.meta
    }

    /// The income side's lines in printed order.
    #[must_use]
    pub fn income(&self) -> &[Line<I, Cell>] {
        &self.income
    }

    /// The expenditure side's lines in printed order.
    #[must_use]
    pub fn expenditure(&self) -> &[Line<ExpenditureItem, V>] {
        &self.expenditure
    }

    /// The cell of an income item, if its line is printed.
    #[must_use]
    pub fn income_cell(&self, item: I) -> Option<&Cell> {
        find(&self.income, item).map(Line::value)
    }

    /// The value of an expenditure item (its cell, or its fund columns), if its line is
    /// printed.
    pub(super) fn expenditure_value(&self, item: ExpenditureItem) -> Option<&V> {
        find(&self.expenditure, item).map(Line::value)
    }
}

/// What each line of a summary table's expenditure side holds, and so how the table is built:
/// one amount ([`Cell`], 公开01表) or the fund columns
/// ([`FiscalColumns`](super::FiscalColumns), 公开04表). Sealed: the two are the crate's.
pub trait SummaryValue: Sized + super::columns::private::Sealed {
    /// The columns of the table, both sides.
    #[doc(hidden)]
    const COLUMNS: &'static [super::ColumnSpec];

    /// Puts the values of the expenditure lines in the header's unit and precision.
    #[doc(hidden)]
    fn normalize(
        meta: &TableMeta,
        lines: &mut [Line<ExpenditureItem, Self>],
        problems: &mut Vec<Problem>,
    );

    /// The text a repeated line quotes of a value with an amount.
    #[doc(hidden)]
    fn text(&self) -> Option<String>;
}

impl<I: ItemKey, V: SummaryValue> SummaryTable<I, V> {
    /// Builds the table from its header and the lines of each side in printed order.
    ///
    /// # Errors
    ///
    /// [`TableError::Invalid`] listing every structural problem: an item printed twice on one
    /// side, a value on a filler line, an amount in another unit or with more decimals than
    /// the table prints, a value in a column the header does not print, a bad header.
    pub fn new(
        meta: TableMeta,
        income: Vec<Line<I, Cell>>,
        expenditure: Vec<Line<ExpenditureItem, V>>,
    ) -> Result<SummaryTable<I, V>, TableError> {
        Self::build(meta, income, expenditure, Vec::new())
    }

    /// [`SummaryTable::new`] with the problems already found (by the JSON reader).
    pub(super) fn build(
        mut meta: TableMeta,
        mut income: Vec<Line<I, Cell>>,
        mut expenditure: Vec<Line<ExpenditureItem, V>>,
        mut problems: Vec<Problem>,
    ) -> Result<SummaryTable<I, V>, TableError> {
        meta.check(V::COLUMNS, &mut problems);
        normalize_amount_lines(&meta, "income", &mut income, &mut problems);
        V::normalize(&meta, &mut expenditure, &mut problems);
        finish(meta, income, expenditure, V::text, problems)
    }
}

/// The text of a cell with an amount, as a repeated line quotes it.
pub(super) fn amount_text(cell: &Cell) -> Option<String> {
    cell.has_amount().then(|| cell.to_string())
}

/// Checks the lines of both sides (no item printed twice, no value on a filler line), then
/// makes the table, or lists every problem found.
fn finish<I: ItemKey, V>(
    meta: TableMeta,
    income: Vec<Line<I, Cell>>,
    expenditure: Vec<Line<ExpenditureItem, V>>,
    value_of: impl Fn(&V) -> Option<String>,
    mut problems: Vec<Problem>,
) -> Result<SummaryTable<I, V>, TableError> {
    let place = meta.location();
    check_lines(&place, &income, amount_text, &mut problems);
    check_lines(&place, &expenditure, value_of, &mut problems);
    if !problems.is_empty() {
        return Err(TableError::Invalid {
            table: meta.place().to_owned(),
            problems,
        });
    }
    Ok(SummaryTable {
        meta,
        income,
        expenditure,
    })
}

const EXPENDITURE_SUM_WORDS: Template = Template {
    zh: "本年支出合计 = 各类支出之和",
    en: "本年支出合计 equals the sum of the 类 lines",
};

const BALANCE_WORDS: Template = Template {
    zh: "支出总计 = 收入总计",
    en: "expenditure 总计 equals income 总计",
};

/// 本年支出合计 equals the sum of the 类 lines, in the column `at` places a line's cell in.
pub(super) fn expenditure_sum<'a, V>(
    checker: &mut Checker,
    rule: &'static Rule,
    expenditure: &'a [Line<ExpenditureItem, V>],
    at: impl Fn(&'a Line<ExpenditureItem, V>) -> Option<Placed<'a>>,
) {
    let Some(total) = find(expenditure, ExpenditureItem::CurrentYearTotal).and_then(&at) else {
        return;
    };
    let parts: Vec<Placed<'_>> = expenditure
        .iter()
        .filter(|l| l.item().is_some_and(ExpenditureItem::is_class))
        .filter_map(&at)
        .collect();
    checker.sum(rule, total, &parts, &[], &EXPENDITURE_SUM_WORDS);
}

/// Expenditure 总计 equals 本年支出合计 + 结余分配 + 年末结转和结余 (those printed), in the
/// column `at` places a line's cell in; `words` say it as the table prints it.
pub(super) fn expenditure_total<'a, V>(
    checker: &mut Checker,
    rule: &'static Rule,
    expenditure: &'a [Line<ExpenditureItem, V>],
    at: impl Fn(&'a Line<ExpenditureItem, V>) -> Option<Placed<'a>>,
    words: &'static Template,
) {
    let Some(total) = find(expenditure, ExpenditureItem::GrandTotal).and_then(&at) else {
        return;
    };
    let parts: Vec<Placed<'_>> = [
        ExpenditureItem::CurrentYearTotal,
        ExpenditureItem::SurplusDistribution,
        ExpenditureItem::ClosingBalance,
    ]
    .into_iter()
    .filter_map(|i| find(expenditure, i).and_then(&at))
    .collect();
    checker.sum(rule, total, &parts, &[], words);
}

/// Expenditure 总计 equals income 总计, when both are printed.
pub(super) fn balance(
    checker: &mut Checker,
    rule: &'static Rule,
    spent: Option<Placed<'_>>,
    received: Option<Placed<'_>>,
) {
    if let (Some(spent), Some(received)) = (spent, received) {
        checker.sum(rule, spent, &[received], &[], &BALANCE_WORDS);
    }
}

/// The serde form of both sides: `{"meta", "income", "expenditure"}`, each side a list of rows.
#[cfg(feature = "serde")]
pub(super) mod raw {
    use serde::{Deserialize, Deserializer, Serialize};

    use crate::tables::lines::raw_lines::{read_amount_lines, write_amount_line};
    use crate::tables::lines::{ItemKey, Line};
    use crate::tables::meta::RawMeta;
    use crate::tables::raw::RawRow;
    use crate::tables::{Cell, Problem, TableMeta};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(in crate::tables) struct RawSides {
        #[serde(deserialize_with = "crate::serde_util::table_meta")]
        meta: RawMeta,
        income: Vec<RawRow>,
        expenditure: Vec<RawRow>,
    }

    /// What was read: the header, the income lines, the expenditure rows (read by the table)
    /// and the problems found so far.
    pub(in crate::tables) struct Read<I> {
        pub meta: TableMeta,
        pub income: Vec<Line<I, Cell>>,
        pub expenditure: Vec<RawRow>,
        pub problems: Vec<Problem>,
    }

    impl RawSides {
        /// The serde form of a table.
        pub(in crate::tables) fn new<I: ItemKey>(
            meta: &TableMeta,
            income: &[Line<I, Cell>],
            expenditure: Vec<RawRow>,
        ) -> RawSides {
            RawSides {
                meta: meta.clone().into(),
                income: income.iter().map(write_amount_line).collect(),
                expenditure,
            }
        }

        /// Reads the header and the income side of the table `what`.
        pub(in crate::tables) fn read<'de, D: Deserializer<'de>, I: ItemKey>(
            deserializer: D,
            what: &'static str,
        ) -> Result<Read<I>, D::Error> {
            let raw: RawSides = crate::serde_util::object(deserializer, what)?;
            let meta = TableMeta::from(raw.meta);
            let mut problems = Vec::new();
            let income =
                read_amount_lines(&meta.location(), &raw.income, meta.unit(), &mut problems);
            Ok(Read {
                meta,
                income,
                expenditure: raw.expenditure,
                problems,
            })
        }
    }
}
