//! The ledger a generated disclosure is printed from, and the printing.

use crate::Error;
use crate::classification::{EconomicCode, FunctionCode, builtin};
use crate::disclosure::Disclosure;
use crate::evaluation::Form;
use crate::money::MoneyUnit;
use crate::tables::ClassLine;
use crate::tables::{
    BasicDetailTable, Cell, ClassifiedRow, ColumnSet, EconomicRow, ExpenditureItem,
    ExpenditureTable, FiscalColumns, FiscalTable, FundColumns, GeneralBudgetTable,
    GovernmentFundTable, IncomeExpenditureTable, IncomeTable, Line, NamedCell, RelatedInfoTable,
    StateCapitalTable, TableMeta, ThreePublicColumns, ThreePublicTable,
};

use super::{UNIT, YEAR};
use crate::compile::fixed_lines;
use crate::printed::numeral;

/// The 类 line of the summary tables (公开01表, 公开04表) that stands for `class`: the line a
/// cited source gives that code, if the template lists it.
pub(super) fn class_line(class: &FunctionCode) -> Option<ClassLine> {
    ClassLine::ALL
        .into_iter()
        .find(|line| line.code() == Some(*class))
}

/// The unit of a ledger's amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LedgerUnit {
    /// 0.01 万元, the tables' printed precision: every printed figure is exact and no relation
    /// depends on a rounding tail.
    #[default]
    Cents,
    /// 分 (0.01 元), as the accounts are kept: every printed figure is rounded to 0.01 万元 half
    /// away from zero, as publishers do, from its exact total or from its rounded parts (see
    /// [`Ledger::summed`]).
    Fen,
}

impl LedgerUnit {
    /// `amount` of this unit in 0.01 万元, rounded half away from zero (amounts are not
    /// negative, so half up).
    fn cents(self, amount: u64) -> u64 {
        match self {
            LedgerUnit::Cents => amount,
            LedgerUnit::Fen => amount
                .saturating_add(5_000)
                .checked_div(10_000)
                .unwrap_or(0),
        }
    }
}

/// How one table prints its figures: each rounded from its exact amount, or (`summed`) the
/// table's leaf cells rounded and every other figure added up from them, so that the table
/// itself adds up exactly while its aggregates may differ from the rounded exact totals other
/// tables print.
#[derive(Debug, Clone, Copy)]
struct Printer {
    unit: LedgerUnit,
    summed: bool,
}

impl Printer {
    /// A leaf figure (a cell the table does not add up from others) in the working unit: the
    /// exact amount, or its rounded 0.01 万元 when the table sums its rounded leaves.
    fn leaf(self, amount: u64) -> u64 {
        if self.summed {
            self.unit.cents(amount)
        } else {
            amount
        }
    }

    /// The cell printing a figure of the working unit whose exact amount is `exact`. An
    /// amount that rounds to nothing is printed 0.00, as publishers print it (a blank cell
    /// stands for an exact zero).
    fn cell_of(self, amount: u64, exact: u64) -> Result<Cell, Error> {
        let cents = if self.summed {
            amount
        } else {
            self.unit.cents(amount)
        };
        if cents == 0 && exact != 0 {
            return Ok(Cell::parse("0.00", MoneyUnit::WanYuan)?);
        }
        cell(cents)
    }

    /// The cell printing an exact amount (a figure rounded from its exact total).
    fn cell(self, amount: u64) -> Result<Cell, Error> {
        self.cell_of(amount, amount)
    }

    /// A column set printing figures of the working unit with their exact amounts, in column
    /// order.
    fn columns<C: ColumnSet, const N: usize>(
        self,
        values: &[u64; N],
        exact: &[u64; N],
    ) -> Result<C, Error> {
        let mut set = C::default();
        for ((slot, value), exact) in set.cells_mut().into_iter().zip(values).zip(exact) {
            *slot = self.cell_of(*value, *exact)?;
        }
        Ok(set)
    }
}

/// One 项 and what was spent on it, in the ledger's [`LedgerUnit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerItem {
    /// The 项.
    pub code: FunctionCode,
    /// 一般公共预算 basic spending on personnel (人员经费).
    pub personnel: u64,
    /// 一般公共预算 basic spending on running costs (公用经费).
    pub public: u64,
    /// 一般公共预算 project spending.
    pub project: u64,
    /// 政府性基金 project spending.
    pub fund_project: u64,
    /// Project spending from other (non-fiscal) income.
    pub other_project: u64,
}

impl LedgerItem {
    fn basic(&self) -> u64 {
        self.personnel.saturating_add(self.public)
    }
    fn general_budget(&self) -> u64 {
        self.basic().saturating_add(self.project)
    }
    fn all_projects(&self) -> u64 {
        self.project
            .saturating_add(self.fund_project)
            .saturating_add(self.other_project)
    }
    fn total(&self) -> u64 {
        self.basic().saturating_add(self.all_projects())
    }
}

/// What a generated disclosure is printed from: the 项 spent on (in catalog order) and the
/// 一般公共预算 balances. The 一般公共预算 income of the year is what was spent plus the
/// closing balance minus the opening one; it is attributed to the first 项 with
/// 一般公共预算 spending in 公开02表.
///
/// In 分 ([`LedgerUnit::Fen`]) every printed figure is rounded to 0.01 万元 half away from
/// zero. The summary tables (公开01表, 公开04表) and 公开06表 round every figure from its exact
/// amount, as the accounts software prints them (their 总计 lines must balance); each
/// classified table listed in [`Ledger::summed`] (公开02表, 03, 05, 07) instead prints its leaf
/// cells rounded and adds every other figure up from them. A figure printed twice is then
/// summed in at most one of its printings, rounded in the other: the case the audit's
/// derivation allowance describes (DOMAIN.md §2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    /// The 项, in catalog order.
    pub items: Vec<LedgerItem>,
    /// 年初结转和结余 of the 一般公共预算 appropriation.
    pub opening: u64,
    /// 年末结转和结余 of the 一般公共预算 appropriation.
    pub closing: u64,
    /// The unit of every amount of the ledger.
    pub unit: LedgerUnit,
    /// The classified tables (公开02表, 03, 05, 07) that add their aggregates up from their
    /// rounded leaf cells; the others round every figure from its exact amount. Only matters
    /// in 分.
    pub summed: Vec<crate::disclosure::TableKind>,
}

/// Sums of `N` columns by 类, 款 and 项, in printed order.
type Rows<const N: usize> = Vec<(FunctionCode, [u64; N])>;

fn add<const N: usize>(into: &mut [u64; N], from: &[u64; N]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a = a.saturating_add(*b);
    }
}

/// The 类, 款 and 项 rows of items in catalog order, each 类 and 款 the sum of its 项.
fn hierarchy<const N: usize>(items: &[(FunctionCode, [u64; N])]) -> Rows<N> {
    let mut rows: Rows<N> = Vec::new();
    for (code, values) in items {
        let mut lineage: Vec<FunctionCode> = code.ancestors().collect();
        lineage.reverse();
        lineage.push(*code);
        for level in lineage {
            match rows.iter_mut().find(|(c, _)| *c == level) {
                Some((_, sum)) => add(sum, values),
                None => rows.push((level, *values)),
            }
        }
    }
    rows
}

fn total<const N: usize>(items: &[(FunctionCode, [u64; N])]) -> [u64; N] {
    let mut sum = [0; N];
    for (_, values) in items {
        add(&mut sum, values);
    }
    sum
}

/// A cell of 万元 printing `cents` 0.01 万元 (blank for zero).
fn cell(cents: u64) -> Result<Cell, Error> {
    if cents == 0 {
        return Ok(Cell::Blank);
    }
    let text = format!(
        "{}.{:02}",
        cents.checked_div(100).unwrap_or(0),
        cents.checked_rem(100).unwrap_or(0)
    );
    Ok(Cell::parse(&text, MoneyUnit::WanYuan)?)
}

fn meta(kind: crate::disclosure::TableKind) -> TableMeta {
    let label = crate::profile::Profile::shanxi_2023()
        .slot(kind)
        .and_then(|slot| slot.label.clone())
        .unwrap_or_default();
    TableMeta::new(kind.name_zh(), MoneyUnit::WanYuan)
        .with_label(label)
        .with_unit_name("部门名称", UNIT)
        .with_period(format!("{YEAR}年度"))
}

fn name_of(code: &FunctionCode) -> String {
    builtin::functional(YEAR)
        .and_then(|c| c.get(code))
        .map_or_else(|| code.to_string(), |e| e.name().to_owned())
}

/// Classified rows: 合计 first, then the 类/款/项 rows with any amount. `items` are the 项
/// rows, each in the printer's working unit and exactly; every other row is their sum.
fn classified<C: ColumnSet, const N: usize>(
    printer: Printer,
    items: &[(FunctionCode, [u64; N], [u64; N])],
) -> Result<Vec<ClassifiedRow<C>>, Error> {
    let printed: Vec<&(FunctionCode, [u64; N], [u64; N])> = items
        .iter()
        .filter(|(_, _, exact)| exact.iter().any(|x| *x != 0))
        .collect();
    let working: Rows<N> = printed.iter().map(|(c, w, _)| (*c, *w)).collect();
    let exact: Rows<N> = printed.iter().map(|(c, _, e)| (*c, *e)).collect();
    let mut rows = vec![ClassifiedRow::total(
        "合计",
        printer.columns(&total(&working), &total(&exact))?,
    )];
    for ((code, values), (_, exact)) in hierarchy(&working).into_iter().zip(hierarchy(&exact)) {
        rows.push(ClassifiedRow::code(
            &code.to_string(),
            name_of(&code),
            printer.columns(&values, &exact)?,
        )?);
    }
    Ok(rows)
}

/// `meta` with 说明：本表无数据 when no row prints a non-zero amount (a table of blanks and
/// 0.00 has no data, and the template asks it to say so).
fn explained<C: ColumnSet>(meta: TableMeta, rows: &[ClassifiedRow<C>]) -> TableMeta {
    let data = rows.iter().any(|r| {
        r.cells()
            .cells()
            .into_iter()
            .any(|c| c.amount().is_some_and(|a| !a.is_zero()))
    });
    if data {
        meta
    } else {
        meta.with_explanation("说明：本表无数据")
    }
}

impl Ledger {
    /// A ledger; the opening balance is lowered if needed so that the year's 一般公共预算
    /// income (spending + closing − opening) of the first 项 with such spending is not negative,
    /// and equals the closing balance when nothing is spent from the 一般公共预算.
    #[must_use]
    pub fn new(items: Vec<LedgerItem>, opening: u64, closing: u64) -> Ledger {
        Ledger::in_unit(LedgerUnit::Cents, items, opening, closing, Vec::new())
    }

    /// A ledger in `unit`, with the classified tables in `summed` adding their aggregates up
    /// from their rounded leaf cells; the opening balance is lowered as by [`Ledger::new`].
    #[must_use]
    pub fn in_unit(
        unit: LedgerUnit,
        items: Vec<LedgerItem>,
        opening: u64,
        closing: u64,
        summed: Vec<crate::disclosure::TableKind>,
    ) -> Ledger {
        let first = items
            .iter()
            .map(LedgerItem::general_budget)
            .find(|x| *x != 0)
            .unwrap_or(0);
        // Without 一般公共预算 spending no 项 can carry the balance change: keep it at zero.
        let opening = if first == 0 {
            closing
        } else {
            opening.min(first.saturating_add(closing))
        };
        Ledger {
            items,
            opening,
            closing,
            unit,
            summed,
        }
    }

    /// The printer of `kind`: summed when listed in [`Ledger::summed`] (and a classified
    /// table), else rounding every figure from its exact amount.
    fn printer(&self, kind: crate::disclosure::TableKind) -> Printer {
        use crate::disclosure::TableKind as K;
        let classified = matches!(
            kind,
            K::Income | K::Expenditure | K::GeneralBudget | K::GovernmentFund
        );
        Printer {
            unit: self.unit,
            summed: classified && self.summed.contains(&kind),
        }
    }

    fn sum(&self, f: impl Fn(&LedgerItem) -> u64) -> u64 {
        self.items
            .iter()
            .map(f)
            .fold(0, |a: u64, b| a.saturating_add(b))
    }

    /// The 一般公共预算 income attributed to each 项 (spending, the balance change on the first
    /// 项 with 一般公共预算 spending).
    fn general_budget_income(&self) -> Vec<u64> {
        let mut done = false;
        self.items
            .iter()
            .map(|i| {
                let spent = i.general_budget();
                if !done && spent != 0 {
                    done = true;
                    spent
                        .saturating_add(self.closing)
                        .saturating_sub(self.opening)
                } else {
                    spent
                }
            })
            .collect()
    }

    /// Prints the ledger as a disclosure of tables 公开01表 … 公开09表 with these forms.
    ///
    /// # Errors
    ///
    /// The constructors' errors; none for a ledger of [`ledger`](super::ledger) (amounts are
    /// bounded and codes come from the catalog).
    pub fn disclosure(&self, forms: Vec<Form>) -> Result<Disclosure, Error> {
        Ok(Disclosure::builder(UNIT, YEAR)
            .forms(forms)
            .income_expenditure(self.t01()?)
            .income(self.t02()?)
            .expenditure(self.t03()?)
            .fiscal(self.t04()?)
            .general_budget(self.t05()?)
            .basic_detail(self.t06()?)
            .government_fund(self.t07()?)
            .state_capital(self.t08()?)
            .three_public(self.t09()?)
            .related_info(self.t10()?)
            .build()?)
    }

    fn gb_spent(&self) -> u64 {
        self.sum(LedgerItem::general_budget)
    }
    fn gb_income(&self) -> u64 {
        self.gb_spent()
            .saturating_add(self.closing)
            .saturating_sub(self.opening)
    }
    fn gf(&self) -> u64 {
        self.sum(|i| i.fund_project)
    }
    fn other(&self) -> u64 {
        self.sum(|i| i.other_project)
    }

    /// (类, [all funds, 一般公共预算, 政府性基金]) of every 类 spent on.
    fn classes(&self) -> Rows<3> {
        let items: Rows<3> = self
            .items
            .iter()
            .map(|i| {
                (
                    i.code.class(),
                    [i.total(), i.general_budget(), i.fund_project],
                )
            })
            .collect();
        hierarchy(&items)
    }

    fn class_lines<V>(
        &self,
        value: impl Fn(&[u64; 3]) -> Result<V, Error>,
    ) -> Result<Vec<Line<ExpenditureItem, V>>, Error>
    where
        V: Default,
    {
        let spent = self.classes();
        let mut lines = Vec::with_capacity(ClassLine::ALL.len());
        for (index, line) in ClassLine::ALL.into_iter().enumerate() {
            let name = format!("{}、{}", numeral(index.saturating_add(1)), line.name());
            let Some(class) = line.code() else {
                lines.push(Line::new(
                    ExpenditureItem::NamedClass(line),
                    name,
                    V::default(),
                ));
                continue;
            };
            let values = spent
                .iter()
                .find(|(c, _)| *c == class)
                .map_or([0; 3], |(_, v)| *v);
            lines.push(Line::new(
                ExpenditureItem::Class(class),
                name,
                value(&values)?,
            ));
        }
        Ok(lines)
    }

    fn t01(&self) -> Result<IncomeExpenditureTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::IncomeExpenditure);
        let cell = |amount: u64| p.cell(amount);
        let income_total = self
            .gb_income()
            .saturating_add(self.gf())
            .saturating_add(self.other());
        let grand = income_total.saturating_add(self.opening);
        let income = fixed_lines::t01_income(
            [
                cell(self.gb_income())?,
                cell(self.gf())?,
                Cell::Blank,
                Cell::Blank,
                Cell::Blank,
                Cell::Blank,
                Cell::Blank,
                cell(self.other())?,
            ],
            cell(income_total)?,
            cell(self.opening)?,
            cell(grand)?,
        );
        let spent = self.sum(LedgerItem::total);
        let mut expenditure = self.class_lines(|v| p.cell(v[0]))?;
        expenditure.extend(fixed_lines::t01_expenditure_totals(
            cell(spent)?,
            cell(self.closing)?,
            cell(spent.saturating_add(self.closing))?,
        ));
        Ok(IncomeExpenditureTable::new(
            meta(crate::disclosure::TableKind::IncomeExpenditure),
            income,
            expenditure,
        )?)
    }

    fn t02(&self) -> Result<IncomeTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::Income);
        let items: Vec<_> = self
            .items
            .iter()
            .zip(self.general_budget_income())
            .map(|(i, gb)| {
                let row = |leaf: &dyn Fn(u64) -> u64| {
                    let fiscal = leaf(gb.saturating_add(i.fund_project));
                    let other = leaf(i.other_project);
                    [fiscal.saturating_add(other), fiscal, 0, 0, 0, 0, other]
                };
                (i.code, row(&|x| p.leaf(x)), row(&|x| x))
            })
            .collect();
        let rows = classified(p, &items)?;
        let meta = explained(meta(crate::disclosure::TableKind::Income), &rows);
        Ok(IncomeTable::new(meta, rows)?)
    }

    fn t03(&self) -> Result<ExpenditureTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::Expenditure);
        let items: Vec<_> = self
            .items
            .iter()
            .map(|i| {
                let row = |leaf: &dyn Fn(u64) -> u64| {
                    let (basic, project) = (leaf(i.basic()), leaf(i.all_projects()));
                    [basic.saturating_add(project), basic, project, 0, 0, 0]
                };
                (i.code, row(&|x| p.leaf(x)), row(&|x| x))
            })
            .collect();
        let rows = classified(p, &items)?;
        let meta = explained(meta(crate::disclosure::TableKind::Expenditure), &rows);
        Ok(ExpenditureTable::new(meta, rows)?)
    }

    fn t04(&self) -> Result<FiscalTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::Fiscal);
        let cell = |amount: u64| p.cell(amount);
        let gb = self.gb_income();
        let gf = self.gf();
        let income_total = gb.saturating_add(gf);
        let income = fixed_lines::t04_income(
            [cell(gb)?, cell(gf)?, Cell::Blank],
            cell(income_total)?,
            cell(self.opening)?,
            [cell(self.opening)?, Cell::Blank, Cell::Blank],
            cell(income_total.saturating_add(self.opening))?,
        );
        let fiscal = |total: u64, gb: u64, gf: u64| -> Result<FiscalColumns, Error> {
            p.columns(&[total, gb, gf, 0], &[total, gb, gf, 0])
        };
        let gb_spent = self.gb_spent();
        let spent = gb_spent.saturating_add(gf);
        let mut expenditure =
            self.class_lines(|v| fiscal(v[1].saturating_add(v[2]), v[1], v[2]))?;
        expenditure.extend(fixed_lines::t04_expenditure_totals(
            fiscal(spent, gb_spent, gf)?,
            fiscal(self.closing, self.closing, 0)?,
            fiscal(
                spent.saturating_add(self.closing),
                gb_spent.saturating_add(self.closing),
                gf,
            )?,
        ));
        let mut meta = meta(crate::disclosure::TableKind::Fiscal);
        if [gb, gf, gb_spent, self.opening, self.closing]
            .iter()
            .all(|x| self.unit.cents(*x) == 0)
        {
            meta = meta.with_explanation("说明：本表无数据");
        }
        Ok(FiscalTable::new(meta, income, expenditure)?)
    }

    fn t05(&self) -> Result<GeneralBudgetTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::GeneralBudget);
        let items: Vec<_> = self
            .items
            .iter()
            .map(|i| {
                let row = |leaf: &dyn Fn(u64) -> u64| {
                    let (basic, project) = (leaf(i.basic()), leaf(i.project));
                    [basic.saturating_add(project), basic, project]
                };
                (i.code, row(&|x| p.leaf(x)), row(&|x| x))
            })
            .collect();
        let rows = classified(p, &items)?;
        let meta = explained(meta(crate::disclosure::TableKind::GeneralBudget), &rows);
        Ok(GeneralBudgetTable::new(meta, rows)?)
    }

    fn t06(&self) -> Result<BasicDetailTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::BasicDetail);
        let cell = |amount: u64| p.cell(amount);
        let personnel = self.sum(|i| i.personnel);
        let public = self.sum(|i| i.public);
        let salary = personnel.checked_div(2).unwrap_or(0);
        let allowance = personnel.saturating_sub(salary);
        let office = public.checked_div(3).unwrap_or(0);
        let travel = public.saturating_sub(office);
        let row = |code: &str, name: &str, cents: u64| -> Result<EconomicRow, Error> {
            Ok(EconomicRow::new(
                EconomicCode::parse(code)?,
                name,
                cell(cents)?,
            ))
        };
        let blocks = vec![
            vec![
                row("301", "工资福利支出", personnel)?,
                row("30101", "基本工资", salary)?,
                row("30102", "津贴补贴", allowance)?,
            ],
            vec![
                row("302", "商品和服务支出", public)?,
                row("30201", "办公费", office)?,
                row("30211", "差旅费", travel)?,
            ],
        ];
        let mut meta = meta(crate::disclosure::TableKind::BasicDetail);
        if self.unit.cents(personnel) == 0 && self.unit.cents(public) == 0 {
            meta = meta.with_explanation("说明：本表无数据");
        }
        Ok(BasicDetailTable::new(
            meta,
            blocks,
            Some(NamedCell::new("人员经费合计", cell(personnel)?)),
            Some(NamedCell::new("公用经费合计", cell(public)?)),
        )?)
    }

    fn t07(&self) -> Result<GovernmentFundTable, Error> {
        let p = self.printer(crate::disclosure::TableKind::GovernmentFund);
        let items: Vec<_> = self
            .items
            .iter()
            .map(|i| {
                let (f, exact) = (p.leaf(i.fund_project), i.fund_project);
                (i.code, [0, f, f, 0, f, 0], [0, exact, exact, 0, exact, 0])
            })
            .collect();
        let rows = classified(p, &items)?;
        let meta = explained(meta(crate::disclosure::TableKind::GovernmentFund), &rows);
        Ok(GovernmentFundTable::new(meta, rows)?)
    }

    fn t08(&self) -> Result<StateCapitalTable, Error> {
        Ok(StateCapitalTable::new(
            meta(crate::disclosure::TableKind::StateCapital).with_explanation("说明：本表无数据"),
            vec![ClassifiedRow::total("合计", FundColumns::default())],
        )?)
    }

    fn t09(&self) -> Result<ThreePublicTable, Error> {
        Ok(ThreePublicTable::new(
            meta(crate::disclosure::TableKind::ThreePublic).with_explanation("说明：本表无数据"),
            ThreePublicColumns::default(),
            ThreePublicColumns::default(),
        )?)
    }

    /// 公开10表 of a 行政单位: its 机关运行经费 (一) is the 公用经费 of 公开06表, rounded from the
    /// same exact amount (the relation `x.running-costs` checks); explained as empty when that
    /// prints zero.
    fn t10(&self) -> Result<RelatedInfoTable, Error> {
        use crate::tables::{InfoItem, InfoSection, InfoValue};
        let p = self.printer(crate::disclosure::TableKind::RelatedInfo);
        let public = self.sum(|i| i.public);
        let running = InfoSection {
            title: "二、机关运行经费".to_owned(),
            lines: vec![
                Line::new(
                    InfoItem::RunningCostsAdministrative,
                    "(一) 行政单位",
                    InfoValue::Amount(p.cell(public)?),
                ),
                Line::new(
                    InfoItem::RunningCostsCivilService,
                    "(二) 参照公务员法管理事业单位",
                    InfoValue::Amount(Cell::Blank),
                ),
            ],
        };
        let mut meta = meta(crate::disclosure::TableKind::RelatedInfo);
        if self.unit.cents(public) == 0 {
            meta = meta.with_explanation("说明：本表无数据");
        }
        Ok(RelatedInfoTable::new(meta, vec![running])?)
    }
}
