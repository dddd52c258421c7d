//! The tables of a profile's layout, printed from compiled figures; what differs between the
//! profiles is read from [`Layout`].

use crate::accounts::{Accounts, Nature, Pool, Source};
use crate::classification::{Catalog, EconomicCatalog, FunctionCode, Level};
use crate::disclosure::{Disclosure, TableKind};
use crate::money::Flow;
use crate::profile::Profile;
use crate::tables::{
    BasicDetailTable, Cell, ClassLine, ClassifiedRow, ColumnHeader, ColumnSet, ColumnSpec,
    CountCell, EconomicRow, ExpenditureItem, ExpenditureTable, FiscalTable, Fund, FundColumns,
    GeneralBudgetTable, GovernmentFundTable, IncomeExpenditureTable, IncomeTable, InfoItem,
    InfoSection, InfoValue, Line, NamedCell, PERSONNEL_CLASSES, RelatedInfoTable,
    StateCapitalTable, TableMeta, ThreePublicColumns, ThreePublicTable, VehicleCategory,
};

use super::CompileError;
use super::fixed_lines;
use super::rounded::{Column, POOLS, RoundedFigures, RowKey, Sum, UNIT};
use super::template::Template as Layout;

const GB: Pool = Pool::Appropriation(Fund::GeneralBudget);
const GF: Pool = Pool::Appropriation(Fund::GovernmentFund);
const SC: Pool = Pool::Appropriation(Fund::StateCapital);
const FISCAL: [Pool; 3] = [GB, GF, SC];
const SPENDING: [Column; 5] = [
    Column::Spending(Nature::Basic),
    Column::Spending(Nature::Project),
    Column::Spending(Nature::RemittanceToSuperior),
    Column::Spending(Nature::Business),
    Column::Spending(Nature::SubsidyToAffiliates),
];
const BASIC: Column = Column::Spending(Nature::Basic);
const PROJECT: Column = Column::Spending(Nature::Project);

fn appropriation(fund: Fund) -> Column {
    Column::Income(Source::Appropriation(fund))
}

const ALL_INCOME: [Column; 8] = [
    Column::Income(Source::Appropriation(Fund::GeneralBudget)),
    Column::Income(Source::Appropriation(Fund::GovernmentFund)),
    Column::Income(Source::Appropriation(Fund::StateCapital)),
    Column::Income(Source::SuperiorSubsidy),
    Column::Income(Source::InstitutionRevenue),
    Column::Income(Source::BusinessRevenue),
    Column::Income(Source::AffiliatedRemittance),
    Column::Income(Source::OtherRevenue),
];

struct Printer<'a> {
    accounts: &'a Accounts,
    figures: &'a RoundedFigures,
    functional: &'a [&'a Catalog],
    economic: &'a [&'a EconomicCatalog],
    layout: Layout<'a>,
    /// The 类 lines of the summary tables, with the names they print.
    classes: Vec<(ExpenditureItem, String)>,
}

pub(super) fn disclosure(
    accounts: &Accounts,
    figures: &RoundedFigures,
    functional: &[&Catalog],
    economic: &[&EconomicCatalog],
    profile: &Profile,
) -> Result<Disclosure, CompileError> {
    let mut p = Printer {
        accounts,
        figures,
        functional,
        economic,
        layout: Layout::of(profile),
        classes: Vec::new(),
    };
    p.classes = p.summary_classes()?;
    let kinds = p.layout.kinds();
    let mut builder = Disclosure::builder(accounts.unit(), accounts.year())
        .profile(profile.id())
        .order(kinds.clone());
    for kind in kinds {
        builder = match kind {
            TableKind::IncomeExpenditure => builder.income_expenditure(p.t01()?),
            TableKind::Income => builder.income(p.t02()?),
            TableKind::Expenditure => builder.expenditure(p.t03()?),
            TableKind::Fiscal => builder.fiscal(p.t04()?),
            TableKind::GeneralBudget => builder.general_budget(p.t05()?),
            TableKind::BasicDetail => builder.basic_detail(p.t06()?),
            TableKind::GovernmentFund => builder.government_fund(p.t07()?),
            TableKind::StateCapital => builder.state_capital(p.t08()?),
            TableKind::ThreePublic => builder.three_public(p.t09()?),
            TableKind::RelatedInfo => builder.related_info(p.t10()?),
        };
    }
    builder.build().map_err(CompileError::from)
}

impl Printer<'_> {
    /// Numbers lines 行次 `from`, `from + 1`, … where the profile prints 行次; returns the next
    /// number.
    fn number<K: Copy, V>(&self, lines: Vec<Line<K, V>>, from: u16) -> (Vec<Line<K, V>>, u16) {
        if !self.layout.line_numbers() {
            return (lines, from);
        }
        number(lines, from)
    }
}

/// Numbers lines 行次 `from`, `from + 1`, …; returns the next number.
fn number<K: Copy, V>(lines: Vec<Line<K, V>>, from: u16) -> (Vec<Line<K, V>>, u16) {
    let mut next = from;
    let lines = lines
        .into_iter()
        .map(|line| {
            let numbered = line.with_line(next);
            next = next.saturating_add(1);
            numbered
        })
        .collect();
    (lines, next)
}

fn concat(sums: impl IntoIterator<Item = Sum>) -> Sum {
    sums.into_iter().flatten().collect()
}

/// The column headers of a table as its type names them, with 栏次 where the profile numbers
/// its lines.
fn headers(kind: TableKind, numbered: bool) -> Vec<ColumnHeader> {
    use crate::tables::{
        BASIC_DETAIL_COLUMNS, ExpenditureColumns, FISCAL_COLUMNS, FundColumns,
        GeneralBudgetColumns, INCOME_EXPENDITURE_COLUMNS, IncomeColumns, RELATED_INFO_COLUMNS,
        THREE_PUBLIC_COLUMNS,
    };
    let specs: &[ColumnSpec] = match kind {
        TableKind::IncomeExpenditure => INCOME_EXPENDITURE_COLUMNS,
        TableKind::Income => IncomeColumns::COLUMNS,
        TableKind::Expenditure => ExpenditureColumns::COLUMNS,
        TableKind::Fiscal => FISCAL_COLUMNS,
        TableKind::GeneralBudget => GeneralBudgetColumns::COLUMNS,
        TableKind::BasicDetail => BASIC_DETAIL_COLUMNS,
        TableKind::GovernmentFund | TableKind::StateCapital => FundColumns::COLUMNS,
        TableKind::ThreePublic => THREE_PUBLIC_COLUMNS,
        TableKind::RelatedInfo => RELATED_INFO_COLUMNS,
    };
    specs
        .iter()
        .zip(1_u16..)
        .map(|(spec, number)| {
            let header = ColumnHeader::new(spec.key, spec.name);
            if numbered {
                header.numbered(number)
            } else {
                header
            }
        })
        .collect()
}

impl Printer<'_> {
    fn meta(&self, kind: TableKind) -> TableMeta {
        let layout = &self.layout;
        let mut meta =
            TableMeta::new(layout.title(kind), UNIT).with_money_caption(layout.money_caption);
        if let Some(label) = layout.label(kind) {
            meta = meta.with_label(label);
        }
        if layout.unit_name_in_tables {
            meta = meta
                .with_unit_name("部门名称", self.accounts.unit())
                .with_period(format!("{}年度", self.accounts.year()));
        }
        if let Some(note) = layout.note(kind) {
            meta = meta.with_note(note);
        }
        meta.with_columns(headers(kind, layout.line_numbers()))
    }

    /// The explanation of an empty table `kind`.
    fn empty(&self, kind: TableKind) -> String {
        self.layout.empty(kind, self.accounts.unit())
    }

    fn cell(&self, sum: &[Flow]) -> Result<Cell, CompileError> {
        self.figures.cell(sum)
    }

    fn columns<C: ColumnSet>(&self, sums: &[Sum]) -> Result<C, CompileError> {
        let mut set = C::default();
        for (slot, sum) in set.cells_mut().into_iter().zip(sums) {
            *slot = self.cell(sum)?;
        }
        Ok(set)
    }

    /// Whether every one of `sums` is exactly zero.
    fn is_zero(&self, sums: &[Sum]) -> Result<bool, CompileError> {
        for sum in sums {
            if !self.figures.exact(sum)?.is_zero() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The table's meta, with "说明：本表无数据" when every one of `totals` prints as zero (an
    /// amount under half a unit prints 0.00, which is no data).
    fn meta_of(&self, kind: TableKind, totals: &[Sum]) -> Result<TableMeta, CompileError> {
        let meta = self.meta(kind);
        let mut empty = true;
        for total in totals {
            empty &= self.figures.printed(total)?.amount().is_zero();
        }
        Ok(if empty {
            meta.with_explanation(self.empty(kind))
        } else {
            meta
        })
    }

    /// A pool-summed figure of a row over several columns.
    fn sum(&self, pools: &[Pool], row: RowKey, columns: &[Column]) -> Sum {
        self.figures.across(pools, row, columns)
    }

    fn name(&self, code: &FunctionCode) -> Result<String, CompileError> {
        self.functional
            .iter()
            .find_map(|c| c.get(code))
            .map(|e| e.name().to_owned())
            .ok_or_else(|| CompileError::UnknownCode {
                item: code.to_string(),
                code: code.to_string(),
                edition: self.functional.first().map_or(0, |c| c.edition()),
            })
    }

    /// Classified rows over the rows `pools` print: 合计, then 类/款/项; `cells` gives a row's
    /// sums in column order.
    fn classified<C: ColumnSet>(
        &self,
        pools: &[Pool],
        cells: impl Fn(RowKey) -> Vec<Sum>,
    ) -> Result<Vec<ClassifiedRow<C>>, CompileError> {
        let mut rows = Vec::new();
        for key in self.figures.rows(pools) {
            let sums = cells(key);
            if key.is_some() && self.is_zero(&sums)? {
                continue;
            }
            let columns = self.columns(&sums)?;
            rows.push(match key {
                None => ClassifiedRow::total("合计", columns),
                Some(code) => ClassifiedRow::code(&code.to_string(), self.name(&code)?, columns)
                    .map_err(CompileError::from)?,
            });
        }
        if rows.is_empty() {
            rows.push(ClassifiedRow::total("合计", C::default()));
        }
        Ok(rows)
    }

    /// The 类 lines of the summary tables the layout prints (the profile's): a line whose code a
    /// source gives, or a catalog given names by the line's name, is the 类 of that code; any
    /// other stays known by its name (and has no spending: every 类 spent must have its line
    /// among the profile's).
    fn summary_classes(&self) -> Result<Vec<(ExpenditureItem, String)>, CompileError> {
        let code_of = |line: ClassLine| {
            line.code().or_else(|| {
                self.functional.iter().find_map(|catalog| {
                    catalog
                        .by_name(line.name())
                        .map(|entry| entry.code())
                        .find(|code| code.level() == Level::Class)
                })
            })
        };
        let mut spent = Vec::new();
        for key in self.figures.rows(&POOLS) {
            let Some(class) = key.filter(|code| code.level() == Level::Class) else {
                continue;
            };
            if self.is_zero(&[self.sum(&POOLS, Some(class), &SPENDING)])? {
                continue;
            }
            let line = (self.layout.profile.class_lines().lines().iter().copied())
                .find(|line| code_of(*line) == Some(class))
                .ok_or_else(|| CompileError::ClassWithoutLine {
                    code: class.to_string(),
                })?;
            spent.push(line);
        }
        Ok(self
            .layout
            .class_lines(|line| spent.contains(&line))
            .into_iter()
            .map(|(line, name)| {
                let item =
                    code_of(line).map_or(ExpenditureItem::NamedClass(line), ExpenditureItem::Class);
                (item, name)
            })
            .collect())
    }

    fn class_lines<V: Default>(
        &self,
        value: impl Fn(RowKey) -> Result<V, CompileError>,
    ) -> Result<Vec<Line<ExpenditureItem, V>>, CompileError> {
        let mut lines = Vec::with_capacity(self.classes.len());
        for (item, name) in &self.classes {
            let value = match item {
                ExpenditureItem::Class(class) => value(Some(*class))?,
                _ => V::default(),
            };
            lines.push(Line::new(*item, name.as_str(), value));
        }
        Ok(lines)
    }

    fn t01(&self) -> Result<IncomeExpenditureTable, CompileError> {
        let income = |column: Column| self.sum(&POOLS, None, &[column]);
        let income_total = self.sum(&POOLS, None, &ALL_INCOME);
        let opening = self.sum(&POOLS, None, &[Column::Opening]);
        let closing = self.sum(&POOLS, None, &[Column::Closing]);
        let spent = self.sum(&POOLS, None, &SPENDING);
        let mut sources = [Cell::Blank; 8];
        for (cell, column) in sources.iter_mut().zip(ALL_INCOME) {
            *cell = self.cell(&income(column))?;
        }
        let lines = fixed_lines::t01_income(
            sources,
            self.cell(&income_total)?,
            self.cell(&opening)?,
            self.cell(&concat([income_total, opening]))?,
        );
        let mut expenditure =
            self.class_lines(|row| self.cell(&self.sum(&POOLS, row, &SPENDING)))?;
        expenditure.extend(fixed_lines::t01_expenditure_totals(
            self.cell(&spent)?,
            self.cell(&closing)?,
            self.cell(&concat([spent, closing]))?,
        ));
        let (lines, next) = self.number(lines, 1);
        let (expenditure, _) = self.number(expenditure, next);
        let meta = self.meta_of(
            TableKind::IncomeExpenditure,
            &[
                self.sum(&POOLS, None, &ALL_INCOME),
                self.sum(&POOLS, None, &[Column::Opening]),
            ],
        )?;
        IncomeExpenditureTable::new(meta, lines, expenditure).map_err(CompileError::from)
    }

    fn t02(&self) -> Result<IncomeTable, CompileError> {
        let rows = self.classified(&POOLS, |row| {
            let fiscal: Vec<Column> = Fund::ALL.iter().map(|f| appropriation(*f)).collect();
            let mut sums = vec![
                self.sum(&POOLS, row, &ALL_INCOME),
                self.sum(&FISCAL, row, &fiscal),
            ];
            for source in Source::NON_FISCAL {
                sums.push(self.sum(&[Pool::NonFiscal], row, &[Column::Income(source)]));
            }
            sums
        })?;
        let meta = self.meta_of(TableKind::Income, &[self.sum(&POOLS, None, &ALL_INCOME)])?;
        IncomeTable::new(meta, rows).map_err(CompileError::from)
    }

    fn t03(&self) -> Result<ExpenditureTable, CompileError> {
        let rows = self.classified(&POOLS, |row| {
            let mut sums = vec![self.sum(&POOLS, row, &SPENDING)];
            sums.extend(SPENDING.iter().map(|c| self.sum(&POOLS, row, &[*c])));
            sums
        })?;
        let meta = self.meta_of(TableKind::Expenditure, &[self.sum(&POOLS, None, &SPENDING)])?;
        ExpenditureTable::new(meta, rows).map_err(CompileError::from)
    }

    fn t04(&self) -> Result<FiscalTable, CompileError> {
        // [all funds, 一般公共预算, 政府性基金, 国有资本经营] of a column of the fiscal pools.
        let by_fund = |column: Column| -> [Sum; 4] {
            let [gb, gf, sc] = FISCAL.map(|p| self.sum(&[p], None, &[column_of(p, column)]));
            [concat([gb.clone(), gf.clone(), sc.clone()]), gb, gf, sc]
        };
        let [income, income_gb, income_gf, income_sc] = by_fund(appropriation(Fund::GeneralBudget));
        let opening = by_fund(Column::Opening);
        let closing = by_fund(Column::Closing);
        let [opening_all, opening_gb, opening_gf, opening_sc] = opening.clone();
        let spent = |pools: &[Pool], row: RowKey| self.sum(pools, row, &[BASIC, PROJECT]);
        let grand_income = concat([income.clone(), opening_all.clone()]);
        let lines = fixed_lines::t04_income(
            [
                self.cell(&income_gb)?,
                self.cell(&income_gf)?,
                self.cell(&income_sc)?,
            ],
            self.cell(&income)?,
            self.cell(&opening_all)?,
            [
                self.cell(&opening_gb)?,
                self.cell(&opening_gf)?,
                self.cell(&opening_sc)?,
            ],
            self.cell(&grand_income)?,
        );
        let row_columns = |row: RowKey| -> [Sum; 4] {
            [
                spent(&FISCAL, row),
                spent(&[GB], row),
                spent(&[GF], row),
                spent(&[SC], row),
            ]
        };
        let mut expenditure = self.class_lines(|row| self.columns(&row_columns(row)))?;
        let totals = row_columns(None);
        let mut grand = totals.clone();
        for (sum, closing) in grand.iter_mut().zip(&closing) {
            sum.extend(closing.iter().copied());
        }
        expenditure.extend(fixed_lines::t04_expenditure_totals(
            self.columns(&totals)?,
            self.columns(&closing)?,
            self.columns(&grand)?,
        ));
        let (lines, next) = self.number(lines, 1);
        let (expenditure, _) = self.number(expenditure, next);
        let meta = self.meta_of(TableKind::Fiscal, &[grand_income])?;
        FiscalTable::new(meta, lines, expenditure).map_err(CompileError::from)
    }

    fn t05(&self) -> Result<GeneralBudgetTable, CompileError> {
        let rows = self.classified(&[GB], |row| {
            vec![
                self.sum(&[GB], row, &[BASIC, PROJECT]),
                self.sum(&[GB], row, &[BASIC]),
                self.sum(&[GB], row, &[PROJECT]),
            ]
        })?;
        let meta = self.meta_of(
            TableKind::GeneralBudget,
            &[self.sum(&[GB], None, &[BASIC, PROJECT])],
        )?;
        GeneralBudgetTable::new(meta, rows).map_err(CompileError::from)
    }

    fn t06(&self) -> Result<BasicDetailTable, CompileError> {
        let mut blocks: Vec<Vec<EconomicRow>> = Vec::new();
        let (mut personnel, mut public) = (Sum::new(), Sum::new());
        for (code, flow) in self.figures.economic() {
            let name = self
                .economic
                .iter()
                .find_map(|c| c.get(code))
                .map(|e| e.name().to_owned())
                .ok_or_else(|| CompileError::UnknownEconomicCode {
                    code: code.to_string(),
                    edition: self.economic.first().map_or(0, |c| c.edition()),
                })?;
            let row = EconomicRow::new(*code, name, self.cell(&[*flow])?);
            if code.level() == crate::classification::EconomicLevel::Class {
                if PERSONNEL_CLASSES.contains(&code.to_string().as_str()) {
                    personnel.push(*flow);
                } else {
                    public.push(*flow);
                }
                blocks.push(vec![row]);
            } else if let Some(block) = blocks.last_mut() {
                block.push(row);
            }
        }
        // Empty when every figure the table prints is zero: each row and the two totals.
        let mut printed: Vec<Sum> = self
            .figures
            .economic()
            .iter()
            .map(|(_, f)| vec![*f])
            .collect();
        printed.extend([personnel.clone(), public.clone()]);
        BasicDetailTable::new(
            self.meta_of(TableKind::BasicDetail, &printed)?,
            blocks,
            Some(NamedCell::new("人员经费合计", self.cell(&personnel)?)),
            Some(NamedCell::new("公用经费合计", self.cell(&public)?)),
        )
        .map_err(CompileError::from)
    }

    fn fund_rows(&self, pool: Pool) -> Result<Vec<ClassifiedRow<FundColumns>>, CompileError> {
        let Pool::Appropriation(fund) = pool else {
            return Err(CompileError::Internal("fund pool"));
        };
        self.classified(&[pool], |row| {
            vec![
                self.sum(&[pool], row, &[Column::Opening]),
                self.sum(&[pool], row, &[appropriation(fund)]),
                self.sum(&[pool], row, &[BASIC, PROJECT]),
                self.sum(&[pool], row, &[BASIC]),
                self.sum(&[pool], row, &[PROJECT]),
                self.sum(&[pool], row, &[Column::Closing]),
            ]
        })
    }

    fn t07(&self) -> Result<GovernmentFundTable, CompileError> {
        // Empty when every cell of its 合计 row prints zero: 年初, 本年收入, 本年支出 (whose 基本
        // and 项目 are at most it) and 年末, each as printed.
        let printed = [
            vec![Column::Opening],
            vec![appropriation(Fund::GovernmentFund)],
            vec![BASIC, PROJECT],
            vec![Column::Closing],
        ]
        .map(|columns| self.sum(&[GF], None, &columns));
        let meta = self.meta_of(TableKind::GovernmentFund, &printed)?;
        GovernmentFundTable::new(meta, self.fund_rows(GF)?).map_err(CompileError::from)
    }

    fn t08(&self) -> Result<StateCapitalTable, CompileError> {
        // Empty when every cell of its 合计 row prints zero: 年初, 本年收入, 本年支出 (whose 基本
        // and 项目 are at most it) and 年末, each as printed.
        let printed = [
            vec![Column::Opening],
            vec![appropriation(Fund::StateCapital)],
            vec![BASIC, PROJECT],
            vec![Column::Closing],
        ]
        .map(|columns| self.sum(&[SC], None, &columns));
        let meta = self.meta_of(TableKind::StateCapital, &printed)?;
        StateCapitalTable::new(meta, self.fund_rows(SC)?).map_err(CompileError::from)
    }

    fn t09(&self) -> Result<ThreePublicTable, CompileError> {
        let group = |actual: bool| -> Result<ThreePublicColumns, CompileError> {
            self.columns(self.figures.three_public(actual))
        };
        let budget = group(false)?;
        let actual = group(true)?;
        // Empty when every figure prints as zero, as for the other tables: an amount under
        // half a unit prints 0.00, which is no data.
        let figures: Vec<Sum> = [false, true]
            .iter()
            .flat_map(|actual| self.figures.three_public(*actual).iter().cloned())
            .collect();
        let meta = self.meta_of(TableKind::ThreePublic, &figures)?;
        ThreePublicTable::new(meta, budget, actual).map_err(CompileError::from)
    }

    fn t10(&self) -> Result<RelatedInfoTable, CompileError> {
        let [total, goods, works, services] = *self.figures.procurement();
        let amount = |flow: Option<Flow>| -> Result<InfoValue, CompileError> {
            Ok(InfoValue::Amount(match flow {
                Some(flow) => self.cell(&[flow])?,
                None => Cell::Blank,
            }))
        };
        let line = |item, name: &str, value| Line::new(item, name, value);
        let procurement = InfoSection {
            title: "一、政府采购情况".to_owned(),
            lines: vec![
                line(InfoItem::ProcurementTotal, "合计", amount(Some(total))?),
                line(InfoItem::ProcurementGoods, "货物", amount(Some(goods))?),
                line(InfoItem::ProcurementWorks, "工程", amount(Some(works))?),
                line(
                    InfoItem::ProcurementServices,
                    "服务",
                    amount(Some(services))?,
                ),
            ],
        };
        let [administrative, civil] = self.figures.running_costs();
        let sum = |sum: &Option<Sum>| -> Result<InfoValue, CompileError> {
            Ok(InfoValue::Amount(match sum {
                Some(sum) => self.cell(sum)?,
                None => Cell::Blank,
            }))
        };
        let running = InfoSection {
            title: "二、机关运行经费".to_owned(),
            lines: vec![
                line(
                    InfoItem::RunningCostsAdministrative,
                    "(一) 行政单位",
                    sum(administrative)?,
                ),
                line(
                    InfoItem::RunningCostsCivilService,
                    "(二) 参照公务员法管理事业单位",
                    sum(civil)?,
                ),
            ],
        };
        let assets = self.asset_lines();
        let (procurement_lines, next) = self.number(procurement.lines, 1);
        let procurement = InfoSection {
            lines: procurement_lines,
            ..procurement
        };
        let (running_lines, next) = self.number(running.lines, next);
        let running = InfoSection {
            lines: running_lines,
            ..running
        };
        let (assets, _) = self.number(assets, next);
        let assets = InfoSection {
            title: "三、国有资产占用情况".to_owned(),
            lines: assets,
        };
        let sections = vec![procurement, running, assets];
        let empty = sections
            .iter()
            .flat_map(|section| &section.lines)
            .all(|line| match line.value() {
                InfoValue::Amount(cell) => cell.amount().is_none_or(|a| a.is_zero()),
                InfoValue::Count(count) => count.count_or_zero() == 0,
            });
        let mut meta = self.meta(TableKind::RelatedInfo);
        if empty {
            meta = meta.with_explanation(self.empty(TableKind::RelatedInfo));
        }
        RelatedInfoTable::new(meta, sections).map_err(CompileError::from)
    }

    /// The lines of 三、国有资产占用情况: the vehicles held, by category, and the equipment of
    /// 100万元 or more, without their 行次.
    fn asset_lines(&self) -> Vec<Line<InfoItem, InfoValue>> {
        let related = self.accounts.related();
        let count = |n: u32| {
            InfoValue::Count(if n == 0 {
                CountCell::Blank
            } else {
                CountCell::Count(n)
            })
        };
        let held = |category: VehicleCategory| {
            related
                .vehicles
                .iter()
                .filter(|(c, _)| *c == category)
                .fold(0_u32, |sum, (_, n)| sum.saturating_add(*n))
        };
        let mut assets = vec![Line::new(
            InfoItem::VehiclesTotal,
            "(一) 车辆数合计(辆)",
            count(
                related
                    .vehicles
                    .iter()
                    .fold(0_u32, |s, (_, n)| s.saturating_add(*n)),
            ),
        )];
        use strum::IntoEnumIterator;
        for (index, category) in VehicleCategory::iter().enumerate() {
            assets.push(Line::new(
                InfoItem::Vehicles(category),
                format!("{}. {category}", index.saturating_add(1)),
                count(held(category)),
            ));
        }
        assets.push(Line::new(
            InfoItem::Equipment,
            "(二) 单价100万元(含)以上设备(不含车辆)",
            count(related.equipment),
        ));
        assets
    }
}

/// The column of a fiscal pool standing for `column`: its own appropriation for an income
/// column, `column` itself otherwise.
fn column_of(pool: Pool, column: Column) -> Column {
    match (pool, column) {
        (Pool::Appropriation(fund), Column::Income(_)) => appropriation(fund),
        _ => column,
    }
}
