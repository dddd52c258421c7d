//! The fund tables (公开05表, 公开07表, 公开08表) against the fiscal summary table 公开04表, and
//! against the all-funds expenditure table 公开03表.

use super::compare::{
    BLANK, Fig, PartCounts, Row, at_most, class_item, count_printed, find_from, printed_parts,
    same, unprinted_class,
};
use crate::classification::FunctionCode;
use crate::disclosure::Disclosure;
use crate::finding::{Rule, TableKind, Template};
use crate::tables::{
    Cell, ClassifiedRow, ClassifiedSpec, ClassifiedTable, ColumnSet, ExpenditureColumns,
    ExpenditureItem, FiscalIncomeItem, FiscalTable, Fund, FundColumns, GeneralBudgetColumns,
    RowKey,
};

/// The spending columns of a fund table, read without a lookup by key: 本年支出 (小计),
/// 基本支出, 项目支出.
trait Spending: ColumnSet {
    /// The key of the 本年支出 (小计) column.
    const SPENT: &'static str;
    fn spent(&self) -> &Cell;
    fn basic(&self) -> &Cell;
    fn project(&self) -> &Cell;
}

impl Spending for GeneralBudgetColumns {
    const SPENT: &'static str = "total";
    fn spent(&self) -> &Cell {
        &self.total
    }
    fn basic(&self) -> &Cell {
        &self.basic
    }
    fn project(&self) -> &Cell {
        &self.project
    }
}

impl Spending for FundColumns {
    const SPENT: &'static str = "expenditure";
    fn spent(&self) -> &Cell {
        &self.expenditure
    }
    fn basic(&self) -> &Cell {
        &self.basic
    }
    fn project(&self) -> &Cell {
        &self.project
    }
}

/// The three spending columns compared with 公开03表.
#[derive(Clone, Copy)]
enum Spent {
    Total,
    Basic,
    Project,
}

impl Spent {
    const ALL: [Spent; 3] = [Spent::Total, Spent::Basic, Spent::Project];

    /// The key of the column in 公开03表.
    fn key03(self) -> &'static str {
        match self {
            Spent::Total => "total",
            Spent::Basic => "basic",
            Spent::Project => "project",
        }
    }
}

/// One fund table as the rules see it: which fund, which table, the rule.
struct FundTable<'a, S: ClassifiedSpec> {
    fund: Fund,
    kind: TableKind,
    rule: &'static Rule,
    table: &'a ClassifiedTable<S>,
}

type Line<'a, S> = &'a ClassifiedRow<<S as ClassifiedSpec>::Columns>;

impl<'a, S: ClassifiedSpec> FundTable<'a, S>
where
    S::Columns: Spending,
{
    fn new(fund: Fund, table: &'a ClassifiedTable<S>) -> FundTable<'a, S> {
        let (kind, rule) = match fund {
            Fund::GeneralBudget => (TableKind::GeneralBudget, &super::GENERAL_BUDGET),
            Fund::GovernmentFund => (TableKind::GovernmentFund, &super::GOVERNMENT_FUND),
            Fund::StateCapital => (TableKind::StateCapital, &super::STATE_CAPITAL),
        };
        FundTable {
            fund,
            kind,
            rule,
            table,
        }
    }

    /// The key of the column `spent` in this table.
    fn key(spent: Spent) -> &'static str {
        match spent {
            Spent::Total => S::Columns::SPENT,
            Spent::Basic => "basic",
            Spent::Project => "project",
        }
    }

    /// The row of `key`, if printed.
    fn row(&self, key: RowKey) -> Option<Line<'a, S>> {
        match key {
            RowKey::Total => self.table.total_row(),
            RowKey::Code(code) => self.table.row(code),
        }
    }

    /// The figure of `cell` in the row `row` (printed or not) of `key`, column `column`.
    fn fig(
        &self,
        row: Option<Line<'a, S>>,
        key: RowKey,
        cell: &'a Cell,
        column: &'static str,
    ) -> Fig<'a> {
        let at = match (row, key) {
            (Some(row), _) => Row::Of(row),
            (None, RowKey::Total) => Row::Total,
            (None, RowKey::Code(code)) => Row::Code(code),
        };
        Fig::new(cell, self.table.meta(), self.kind, at, column)
    }

    /// The figure of the spending column `spent` of a 类 line `item` the table prints no row of.
    fn unprinted(&self, item: ExpenditureItem, spent: Spent) -> Fig<'a> {
        Fig::new(
            &BLANK,
            self.table.meta(),
            self.kind,
            unprinted_class(item),
            Self::key(spent),
        )
    }

    /// The figure of the spending column `spent` in the row of `key`.
    fn spending(&self, row: Option<Line<'a, S>>, key: RowKey, spent: Spent) -> Fig<'a> {
        let cell = row.map_or(&BLANK, |r| {
            let cells = r.cells();
            match spent {
                Spent::Total => cells.spent(),
                Spent::Basic => cells.basic(),
                Spent::Project => cells.project(),
            }
        });
        self.fig(row, key, cell, Self::key(spent))
    }

    /// The printed parts of the spending of `code` (the 合计 when `None`): its leaf rows, or
    /// its 基本支出 and 项目支出 cells.
    fn parts(&self, code: Option<FunctionCode>) -> u32 {
        printed_parts(
            self.table,
            code,
            Self::key(Spent::Total),
            &[Self::key(Spent::Basic), Self::key(Spent::Project)],
        )
    }

    /// The figure of the column `column` of the 合计 row (looked up by key: a few per table).
    fn total(&self, column: &'static str) -> Fig<'a> {
        let row = self.table.total_row();
        let cell = row.and_then(|r| r.cells().cell(column)).unwrap_or(&BLANK);
        self.fig(row, RowKey::Total, cell, column)
    }
}

/// 05 ↔ 04, 07 ↔ 04, 08 ↔ 04; then 05 + 07 + 08 ≤ 03.
pub(super) fn check(d: &Disclosure, out: &mut super::Out) {
    if let Some(t04) = d.fiscal() {
        if let Some(table) = d.general_budget() {
            against_fiscal(&FundTable::new(Fund::GeneralBudget, table), t04, out);
        }
        if let Some(table) = d.government_fund() {
            against_fiscal(&FundTable::new(Fund::GovernmentFund, table), t04, out);
        }
        if let Some(table) = d.state_capital() {
            against_fiscal(&FundTable::new(Fund::StateCapital, table), t04, out);
        }
    }
    within_expenditure(d, out);
}

const GENERAL_BUDGET: Template = Template {
    zh: "一般公共预算财政拨款支出决算表 = 财政拨款收入支出决算总表一般公共预算财政拨款列",
    en: "the general budget table equals the 一般公共预算 column of the fiscal summary table",
};

const GOVERNMENT_FUND: Template = Template {
    zh: "政府性基金预算财政拨款收入支出决算表 = 财政拨款收入支出决算总表政府性基金预算财政拨款数",
    en: "the government fund table equals the 政府性基金预算 figures of the fiscal summary table",
};

const STATE_CAPITAL: Template = Template {
    zh: "国有资本经营预算财政拨款支出决算表 = 财政拨款收入支出决算总表国有资本经营预算财政拨款数",
    en: "the state capital table equals the 国有资本经营预算 figures of the fiscal summary table",
};

fn against_fiscal<S: ClassifiedSpec>(ft: &FundTable<'_, S>, t04: &FiscalTable, out: &mut super::Out)
where
    S::Columns: Spending,
{
    let what = match ft.fund {
        Fund::GeneralBudget => &GENERAL_BUDGET,
        Fund::GovernmentFund => &GOVERNMENT_FUND,
        Fund::StateCapital => &STATE_CAPITAL,
    };
    let prints = |column: &str| ft.table.meta().prints(column);
    if t04.meta().prints(ft.fund.key()) && prints(S::Columns::SPENT) {
        spending_against_fiscal(ft, t04, what, out);
    }
    if ft.fund != Fund::GeneralBudget {
        income_against_fiscal(ft, t04, what, out);
    }
}

/// The fund table's spending against the fund's column of 公开04表: 本年支出合计, 年末结转和结余
/// and every 类 either prints.
fn spending_against_fiscal<S: ClassifiedSpec>(
    ft: &FundTable<'_, S>,
    t04: &FiscalTable,
    what: &'static Template,
    out: &mut super::Out,
) where
    S::Columns: Spending,
{
    let meta04 = t04.meta();
    let key = ft.fund.key();
    let lines = t04.expenditure();
    let fiscal_exp = |item: ExpenditureItem, from: &mut usize| {
        let line = find_from(lines, item, from);
        Fig::new(
            line.map_or(&BLANK, |l| l.value().fund(ft.fund)),
            meta04,
            TableKind::Fiscal,
            line.map_or(Row::Expenditure(item), |l| Row::Of(l)),
            key,
        )
    };
    let prints = |column: &str| ft.table.meta().prints(column);
    let mut from = 0;
    // 公开04表 本年支出合计 adds up its 类 lines in the fund's column.
    let class_lines = count_printed(
        lines
            .iter()
            .filter(|l| l.item().is_some_and(ExpenditureItem::is_class))
            .map(|l| l.value().fund(ft.fund)),
    );
    out.relation(same(
        out.record,
        ft.rule,
        &ft.spending(ft.table.total_row(), RowKey::Total, Spent::Total)
            .with_parts(ft.parts(None)),
        &fiscal_exp(ExpenditureItem::CurrentYearTotal, &mut from).with_parts(class_lines),
        what,
    ));
    if prints("closing")
        && lines
            .iter()
            .any(|l| l.item() == Some(ExpenditureItem::ClosingBalance))
    {
        out.relation(same(
            out.record,
            ft.rule,
            &ft.total("closing")
                .with_parts(printed_parts(ft.table, None, "closing", &[])),
            &fiscal_exp(ExpenditureItem::ClosingBalance, &mut from),
            what,
        ));
    }
    // The 类 of the fund table in its order, then those only 公开04表 prints.
    let mut from = 0;
    for row in ft.table.classes() {
        let Some(code) = row.code_of() else {
            continue;
        };
        out.relation(same(
            out.record,
            ft.rule,
            &ft.spending(Some(row), RowKey::Code(code), Spent::Total)
                .with_parts(ft.parts(Some(code))),
            &fiscal_exp(class_item(lines, code, row.name()), &mut from),
            what,
        ));
    }
    for line in lines {
        let Some(item) = line.item().filter(|i| i.is_class()) else {
            continue;
        };
        if ft.table.classes().any(|row| {
            row.code_of()
                .is_some_and(|c| item.is_class_of(c, row.name()))
        }) {
            continue;
        }
        let reference = Fig::new(
            line.value().fund(ft.fund),
            meta04,
            TableKind::Fiscal,
            Row::Of(line),
            key,
        );
        let spent = match item {
            ExpenditureItem::Class(code) => ft.spending(None, RowKey::Code(code), Spent::Total),
            other => ft.unprinted(other, Spent::Total),
        };
        out.relation(same(out.record, ft.rule, &spent, &reference, what));
    }
}

/// The fund's income and opening balance against 公开04表 (not for the 一般公共预算, whose table
/// prints spending only).
fn income_against_fiscal<S: ClassifiedSpec>(
    ft: &FundTable<'_, S>,
    t04: &FiscalTable,
    what: &'static Template,
    out: &mut super::Out,
) where
    S::Columns: Spending,
{
    let meta04 = t04.meta();
    let prints = |column: &str| ft.table.meta().prints(column);
    for (column, item) in [
        ("income", FiscalIncomeItem::Appropriation(ft.fund)),
        ("opening", FiscalIncomeItem::OpeningBalanceOf(ft.fund)),
    ] {
        if !prints(column) {
            continue;
        }
        if let Some(line) = t04.income().iter().find(|l| l.item() == Some(item)) {
            let reference = Fig::new(
                line.value(),
                meta04,
                TableKind::Fiscal,
                Row::Of(line),
                "income",
            );
            let total = ft
                .total(column)
                .with_parts(printed_parts(ft.table, None, column, &[]));
            out.relation(same(out.record, ft.rule, &total, &reference, what));
        }
    }
}

const WITHIN_EXPENDITURE: Template = Template {
    zh: "各项财政拨款支出之和不应大于支出决算表同一科目同一栏的支出",
    en: "the appropriation spending of a subject (general budget + government fund + state capital) does not exceed its all-funds spending",
};

/// The component columns of a fund table's spending total.
const SPENT_PARTS: [&str; 2] = ["basic", "project"];

/// The component columns of 公开03表's 合计 column.
const EXPENDITURE_PARTS: [&str; 5] = ["basic", "project", "remit", "business", "subsidy"];

/// One fund table in the comparison with 公开03表: which spending columns it prints, and the
/// printed parts of each column's figures.
struct Part<'a, S: ClassifiedSpec> {
    table: FundTable<'a, S>,
    prints: [bool; 3],
    counts: [PartCounts<'a, S>; 3],
}

impl<'a, S: ClassifiedSpec> Part<'a, S>
where
    S::Columns: Spending,
{
    fn new(fund: Fund, table: &'a ClassifiedTable<S>) -> Part<'a, S> {
        let meta = table.meta();
        Part {
            table: FundTable::new(fund, table),
            prints: Spent::ALL.map(|s| meta.prints(FundTable::<S>::key(s))),
            counts: Spent::ALL.map(|s| {
                let components: &'static [&'static str] = match s {
                    Spent::Total => &SPENT_PARTS,
                    _ => &[],
                };
                PartCounts::new(table, FundTable::<S>::key(s), components)
            }),
        }
    }

    fn codes(&self) -> impl Iterator<Item = FunctionCode> + '_ {
        self.table.table.rows().iter().filter_map(|r| r.code_of())
    }

    fn has(&self, code: FunctionCode) -> bool {
        self.table.table.row(code).is_some()
    }

    /// The row of `key`: the row after the last one found when it is the one (tables print
    /// their rows in the same order), else by lookup.
    fn row(&self, key: RowKey, next: &mut usize) -> Option<Line<'a, S>> {
        let rows = self.table.table.rows();
        if let Some(row) = rows.get(*next)
            && row.key() == key
        {
            *next = next.saturating_add(1);
            return Some(row);
        }
        self.table.row(key)
    }

    /// Pushes the printed figure of `spent` in the row `row` of `key`.
    fn push(
        &self,
        row: Option<Line<'a, S>>,
        key: RowKey,
        spent: Spent,
        index: usize,
        parts: &mut Vec<Fig<'a>>,
    ) {
        if !self.prints.get(index).copied().unwrap_or(false) {
            return;
        }
        let code = match key {
            RowKey::Total => None,
            RowKey::Code(code) => Some(code),
        };
        let parts_of = self.counts.get(index).map_or(1, |c| c.of(code));
        let fig = self.table.spending(row, key, spent).with_parts(parts_of);
        if fig.printed() {
            parts.push(fig);
        }
    }
}

/// 05 + 07 + 08 ≤ 03, per row (合计, 类, 款, 项) in the columns total, basic and project: the
/// rows of 公开03表 in order, then those only a fund table prints.
fn within_expenditure(d: &Disclosure, out: &mut super::Out) {
    let Some(t03) = d.expenditure() else {
        return;
    };
    let meta03 = t03.meta();
    let prints03 = Spent::ALL.map(|s| meta03.prints(s.key03()));
    let counts03 = Spent::ALL.map(|s| {
        let components: &'static [&'static str] = match s {
            Spent::Total => &EXPENDITURE_PARTS,
            _ => &[],
        };
        PartCounts::new(t03, s.key03(), components)
    });
    let gb = d
        .general_budget()
        .map(|t| Part::new(Fund::GeneralBudget, t));
    let gf = d
        .government_fund()
        .map(|t| Part::new(Fund::GovernmentFund, t));
    let sc = d.state_capital().map(|t| Part::new(Fund::StateCapital, t));
    // One buffer for the parts of every row and column.
    let mut parts: Vec<Fig<'_>> = Vec::with_capacity(3);
    let mut next = [0_usize; 3];
    let mut compare = |key: RowKey, row03: Option<&ClassifiedRow<ExpenditureColumns>>| {
        let [gb_next, gf_next, sc_next] = &mut next;
        let rows = (
            gb.as_ref().map(|p| (p, p.row(key, gb_next))),
            gf.as_ref().map(|p| (p, p.row(key, gf_next))),
            sc.as_ref().map(|p| (p, p.row(key, sc_next))),
        );
        for (index, spent) in Spent::ALL.into_iter().enumerate() {
            if !prints03.get(index).copied().unwrap_or(false) {
                continue;
            }
            parts.clear();
            if let Some((p, row)) = rows.0 {
                p.push(row, key, spent, index, &mut parts);
            }
            if let Some((p, row)) = rows.1 {
                p.push(row, key, spent, index, &mut parts);
            }
            if let Some((p, row)) = rows.2 {
                p.push(row, key, spent, index, &mut parts);
            }
            if parts.is_empty() {
                continue;
            }
            let bound = expenditure_bound(row03, key, spent, meta03, counts03.get(index));
            out.relation(at_most(
                out.record,
                &super::FUNDS_WITHIN_EXPENDITURE,
                &parts,
                &bound,
                &WITHIN_EXPENDITURE,
            ));
        }
    };
    compare(RowKey::Total, t03.total_row());
    for row in t03.rows() {
        if let Some(code) = row.code_of() {
            compare(RowKey::Code(code), Some(row));
        }
    }
    let in03 = |code: FunctionCode| t03.row(code).is_some();
    if let Some(p) = &gb {
        for code in p.codes().filter(|c| !in03(*c)) {
            compare(RowKey::Code(code), None);
        }
    }
    let in_gb = |code: FunctionCode| gb.as_ref().is_some_and(|p| p.has(code));
    if let Some(p) = &gf {
        for code in p.codes().filter(|c| !in03(*c) && !in_gb(*c)) {
            compare(RowKey::Code(code), None);
        }
    }
    let in_gf = |code: FunctionCode| gf.as_ref().is_some_and(|p| p.has(code));
    if let Some(p) = &sc {
        for code in p.codes().filter(|c| !in03(*c) && !in_gb(*c) && !in_gf(*c)) {
            compare(RowKey::Code(code), None);
        }
    }
}

/// What the appropriation spending of a row of 公开03表 is bounded by: its all-funds cell in
/// the column `spent` (blank when the table does not print the row), with the count of its
/// parts.
fn expenditure_bound<'a>(
    row03: Option<&'a ClassifiedRow<ExpenditureColumns>>,
    key: RowKey,
    spent: Spent,
    meta03: &'a crate::tables::TableMeta,
    counts: Option<&PartCounts<'_, crate::tables::ExpenditureSpec>>,
) -> Fig<'a> {
    let cell = row03.map_or(&BLANK, |r| {
        let cells = r.cells();
        match spent {
            Spent::Total => &cells.total,
            Spent::Basic => &cells.basic,
            Spent::Project => &cells.project,
        }
    });
    let at = match (row03, key) {
        (Some(row), _) => Row::Of(row),
        (None, RowKey::Total) => Row::Total,
        (None, RowKey::Code(code)) => Row::Code(code),
    };
    let code = match key {
        RowKey::Total => None,
        RowKey::Code(code) => Some(code),
    };
    let parts_of = counts.map_or(1, |c| c.of(code));
    Fig::new(cell, meta03, TableKind::Expenditure, at, spent.key03()).with_parts(parts_of)
}
