//! [`Figures`] for a disclosure: how the narrative reads the tables it describes.
//!
//! Conventions (those of [`Figures`]): a blank cell of a printed row is a zero amount at the
//! table's precision; a "——" cell, a row the table does not print and a table the disclosure
//! does not have are `None` (the claim cannot be verified).
//!
//! Places are those of [`FigureRef::default_location`]: tables by content, named with this
//! disclosure's labels and titles when a finding is shown (`impl Names for Disclosure`).

use super::Disclosure;
use crate::classification::FunctionCode;
use crate::money::{Amount, Precision, PublishedAmount};
use crate::narrative::{
    CountRef, FigureRef, Figures, FundColumn, GeneralPublicRow, ProcurementItem, SpendingColumn,
    Stage, ThreePublicItem,
};
use crate::tables::{
    Cell, ClassifiedRow, ClassifiedSpec, ClassifiedTable, CountCell, ExpenditureItem,
    FiscalIncomeItem, Fund, FundColumns, GeneralBudgetColumns, IncomeItem, InfoItem, TableMeta,
    ThreePublicColumns,
};

/// The printed amounts (`printed_cells` counts them in a row) of the leaf rows (rows with no printed row beneath them)
/// at or under the row of `code` (every leaf for the 合计, `None`): the parts a figure of that
/// row may have been added up from.
fn leaf_cells<S: ClassifiedSpec>(
    table: &ClassifiedTable<S>,
    code: Option<FunctionCode>,
    printed_cells: impl Fn(&S::Columns) -> usize,
) -> Option<u32> {
    let rows = table.rows();
    let under = |parent: Option<FunctionCode>, row: &ClassifiedRow<S::Columns>| match (
        parent,
        row.code_of(),
    ) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(p), Some(c)) => c == p || c.ancestors().any(|a| a == p),
    };
    let n = rows
        .iter()
        .filter(|r| under(code, r))
        .filter(|r| {
            let own = r.code_of();
            !rows
                .iter()
                .any(|other| other.code_of() != own && under(own, other))
        })
        .map(|r| printed_cells(r.cells()))
        .sum::<usize>();
    u32::try_from(n).ok()
}

/// How many of `cells` print an amount.
fn printed<'c>(cells: impl Iterator<Item = &'c Cell>) -> usize {
    cells.filter(|cell| cell.has_amount()).count()
}

/// A cell as the narrative sees it: blank is zero at the table's precision, "——" is nothing.
fn read(cell: &Cell, meta: &TableMeta) -> Option<PublishedAmount> {
    match cell {
        Cell::Amount(p) => Some(*p),
        Cell::Blank => PublishedAmount::new(
            Amount::ZERO,
            meta.unit(),
            Precision::Rounded {
                decimals: meta.decimals(),
            },
        )
        .ok(),
        Cell::NotApplicable => None,
    }
}

fn count(cell: &CountCell) -> Option<u64> {
    match cell {
        CountCell::Count(n) => Some(u64::from(*n)),
        CountCell::Blank => Some(0),
        CountCell::NotApplicable => None,
    }
}

fn spending(columns: &GeneralBudgetColumns, column: SpendingColumn) -> &Cell {
    match column {
        SpendingColumn::Subtotal => &columns.total,
        SpendingColumn::Basic => &columns.basic,
        SpendingColumn::Project => &columns.project,
    }
}

fn fund(columns: &FundColumns, column: FundColumn) -> &Cell {
    match column {
        FundColumn::Opening => &columns.opening,
        FundColumn::Income => &columns.income,
        FundColumn::Expenditure => &columns.expenditure,
        FundColumn::Basic => &columns.basic,
        FundColumn::Project => &columns.project,
        FundColumn::Closing => &columns.closing,
    }
}

fn fund_spending(columns: &FundColumns, column: SpendingColumn) -> &Cell {
    match column {
        SpendingColumn::Subtotal => &columns.expenditure,
        SpendingColumn::Basic => &columns.basic,
        SpendingColumn::Project => &columns.project,
    }
}

fn three_public(columns: &ThreePublicColumns, item: ThreePublicItem) -> &Cell {
    match item {
        ThreePublicItem::Total => &columns.total,
        ThreePublicItem::OverseasTravel => &columns.overseas,
        ThreePublicItem::Vehicles => &columns.vehicles,
        ThreePublicItem::VehiclePurchase => &columns.vehicle_purchase,
        ThreePublicItem::VehicleOperation => &columns.vehicle_operation,
        ThreePublicItem::Reception => &columns.reception,
    }
}

impl Disclosure {
    /// The one printed cell `figure` names, with its table's meta (`None` for a figure that is
    /// not one cell).
    fn cell_of(&self, figure: &FigureRef) -> Option<(&Cell, &TableMeta)> {
        match figure {
            FigureRef::IncomeGrandTotal
            | FigureRef::ExpenditureGrandTotal
            | FigureRef::IncomeTotal
            | FigureRef::ExpenditureTotal
            | FigureRef::OpeningBalance
            | FigureRef::ClosingBalance => self.income_expenditure_cell(figure),
            FigureRef::FiscalIncome
            | FigureRef::SuperiorSubsidyIncome
            | FigureRef::ServiceIncome
            | FigureRef::BusinessIncome
            | FigureRef::AffiliateRemittanceIncome
            | FigureRef::OtherIncome => self.income_total_cell(figure),
            FigureRef::BasicExpenditure
            | FigureRef::ProjectExpenditure
            | FigureRef::RemittanceExpenditure
            | FigureRef::BusinessExpenditure
            | FigureRef::AffiliateSubsidyExpenditure => self.expenditure_total_cell(figure),
            FigureRef::FiscalIncomeGrandTotal
            | FigureRef::FiscalExpenditureGrandTotal
            | FigureRef::GeneralPublicIncome
            | FigureRef::GovernmentFundIncome
            | FigureRef::StateCapitalIncome => self.fiscal_cell(figure),
            FigureRef::GeneralPublic { code, column } => {
                let t = self.general_budget()?;
                let row = match code {
                    None => t.total_row()?,
                    Some(code) => t.row(*code)?,
                };
                Some((spending(row.cells(), *column), t.meta()))
            }
            FigureRef::PersonnelTotal => {
                let t = self.basic_detail()?;
                Some((&t.personnel_total()?.amount, t.meta()))
            }
            FigureRef::PublicUseTotal => {
                let t = self.basic_detail()?;
                Some((&t.public_total()?.amount, t.meta()))
            }
            FigureRef::BasicEconomic(code) => {
                let t = self.basic_detail()?;
                Some((t.row(*code)?.amount(), t.meta()))
            }
            FigureRef::GovernmentFund { code, column } => {
                let t = self.government_fund()?;
                let row = match code {
                    None => t.total_row()?,
                    Some(code) => t.row(*code)?,
                };
                Some((fund(row.cells(), *column), t.meta()))
            }
            FigureRef::StateCapital { code, column } => {
                let t = self.state_capital()?;
                let row = match code {
                    None => t.total_row()?,
                    Some(code) => t.row(*code)?,
                };
                Some((fund_spending(row.cells(), *column), t.meta()))
            }
            FigureRef::ThreePublic { stage, item } => {
                let t = self.three_public()?;
                let group = match stage {
                    Stage::Budget => t.budget(),
                    _ => t.actual(),
                };
                Some((three_public(group, *item), t.meta()))
            }
            FigureRef::Procurement(item) => {
                let t = self.related_info()?;
                let info = match item {
                    ProcurementItem::Total => InfoItem::ProcurementTotal,
                    ProcurementItem::Goods => InfoItem::ProcurementGoods,
                    ProcurementItem::Works => InfoItem::ProcurementWorks,
                    ProcurementItem::Services => InfoItem::ProcurementServices,
                    _ => return None,
                };
                Some((t.amount(info)?, t.meta()))
            }
            // The 机关运行经费 is one cell when only one of its two lines prints an amount.
            FigureRef::OperatingCost => self.operating_cost_cell(),
            // Not one printed cell.
            _ => None,
        }
    }

    /// A cell of 公开04表 `figure` names.
    fn fiscal_cell(&self, figure: &FigureRef) -> Option<(&Cell, &TableMeta)> {
        let t = self.fiscal()?;
        let fund = match figure {
            FigureRef::FiscalIncomeGrandTotal => {
                return Some((t.income_cell(FiscalIncomeItem::GrandTotal)?, t.meta()));
            }
            FigureRef::FiscalExpenditureGrandTotal => {
                let columns = t.expenditure_columns(ExpenditureItem::GrandTotal)?;
                return Some((&columns.total, t.meta()));
            }
            FigureRef::GeneralPublicIncome => Fund::GeneralBudget,
            FigureRef::GovernmentFundIncome => Fund::GovernmentFund,
            FigureRef::StateCapitalIncome => Fund::StateCapital,
            _ => return None,
        };
        Some((
            t.income_cell(FiscalIncomeItem::Appropriation(fund))?,
            t.meta(),
        ))
    }

    /// A cell of 公开01表 `figure` names.
    fn income_expenditure_cell(&self, figure: &FigureRef) -> Option<(&Cell, &TableMeta)> {
        let t = self.income_expenditure()?;
        let cell = match figure {
            FigureRef::IncomeGrandTotal => t.income_cell(IncomeItem::GrandTotal),
            FigureRef::IncomeTotal => t.income_cell(IncomeItem::CurrentYearTotal),
            FigureRef::OpeningBalance => t.income_cell(IncomeItem::OpeningBalance),
            FigureRef::ExpenditureGrandTotal => t.expenditure_cell(ExpenditureItem::GrandTotal),
            FigureRef::ExpenditureTotal => t.expenditure_cell(ExpenditureItem::CurrentYearTotal),
            _ => t.expenditure_cell(ExpenditureItem::ClosingBalance),
        }?;
        Some((cell, t.meta()))
    }

    /// A cell of the 合计 row of 公开02表 `figure` names.
    fn income_total_cell(&self, figure: &FigureRef) -> Option<(&Cell, &TableMeta)> {
        let t = self.income()?;
        let c = t.total_row()?.cells();
        let cell = match figure {
            FigureRef::FiscalIncome => &c.fiscal,
            FigureRef::SuperiorSubsidyIncome => &c.superior,
            FigureRef::ServiceIncome => &c.institution,
            FigureRef::BusinessIncome => &c.business,
            FigureRef::AffiliateRemittanceIncome => &c.affiliated,
            _ => &c.other,
        };
        Some((cell, t.meta()))
    }

    /// A cell of the 合计 row of 公开03表 `figure` names.
    fn expenditure_total_cell(&self, figure: &FigureRef) -> Option<(&Cell, &TableMeta)> {
        let t = self.expenditure()?;
        let c = t.total_row()?.cells();
        let cell = match figure {
            FigureRef::BasicExpenditure => &c.basic,
            FigureRef::ProjectExpenditure => &c.project,
            FigureRef::RemittanceExpenditure => &c.remit,
            FigureRef::BusinessExpenditure => &c.business,
            _ => &c.subsidy,
        };
        Some((cell, t.meta()))
    }

    /// The 机关运行经费 of 公开10表, when only one of its two lines prints an amount.
    fn operating_cost_cell(&self) -> Option<(&Cell, &TableMeta)> {
        let t = self.related_info()?;
        let mut printed = [
            InfoItem::RunningCostsAdministrative,
            InfoItem::RunningCostsCivilService,
        ]
        .into_iter()
        .filter_map(|item| t.amount(item))
        .filter(|cell| cell.has_amount());
        let one = printed.next()?;
        if printed.next().is_some() {
            return None;
        }
        Some((one, t.meta()))
    }
}

impl Figures for Disclosure {
    fn printed_parts(&self, figure: &FigureRef) -> Option<u32> {
        use SpendingColumn as S;
        const SPENT: [SpendingColumn; 2] = [S::Basic, S::Project];
        match figure {
            FigureRef::GeneralPublic { code, column } => {
                let parts = match column {
                    S::Subtotal => &SPENT[..],
                    other => std::slice::from_ref(other),
                };
                let cells =
                    |c: &GeneralBudgetColumns| printed(parts.iter().map(|p| spending(c, *p)));
                leaf_cells(self.general_budget()?, *code, cells)
            }
            FigureRef::StateCapital { code, column } => {
                let parts = match column {
                    S::Subtotal => &SPENT[..],
                    other => std::slice::from_ref(other),
                };
                let cells = |c: &FundColumns| printed(parts.iter().map(|p| fund_spending(c, *p)));
                leaf_cells(self.state_capital()?, *code, cells)
            }
            FigureRef::GovernmentFund { code, column } => {
                let parts = match column {
                    FundColumn::Expenditure => &[FundColumn::Basic, FundColumn::Project][..],
                    other => std::slice::from_ref(other),
                };
                let cells = |c: &FundColumns| printed(parts.iter().map(|p| fund(c, *p)));
                leaf_cells(self.government_fund()?, *code, cells)
            }
            _ => None,
        }
    }

    fn amount(&self, figure: &FigureRef) -> Option<PublishedAmount> {
        match figure {
            FigureRef::OperatingCost => {
                let t = self.related_info()?;
                let administrative = t.amount(InfoItem::RunningCostsAdministrative);
                let civil_service = t.amount(InfoItem::RunningCostsCivilService);
                let mut parts = [administrative, civil_service]
                    .into_iter()
                    .flatten()
                    .filter_map(|c| read(c, t.meta()));
                let first = parts.next()?;
                match parts.next() {
                    None => Some(first),
                    Some(second) => {
                        let sum = first.amount().checked_add(second.amount()).ok()?;
                        PublishedAmount::new(sum, first.unit(), first.precision()).ok()
                    }
                }
            }
            _ => {
                let (cell, meta) = self.cell_of(figure)?;
                read(cell, meta)
            }
        }
    }

    fn figure_id(&self, figure: &FigureRef) -> Option<crate::finding::FigureId> {
        let (cell, _) = self.cell_of(figure)?;
        cell.published().map(crate::finding::FigureId::of)
    }

    fn count(&self, count_ref: &CountRef) -> Option<u64> {
        let t = self.related_info()?;
        let item = match count_ref {
            CountRef::Vehicles(None) => InfoItem::VehiclesTotal,
            CountRef::Vehicles(Some(category)) => InfoItem::Vehicles(*category),
            CountRef::CostlyEquipment => InfoItem::Equipment,
            _ => return None,
        };
        count(t.count(item)?)
    }

    fn general_public_rows(&self) -> Vec<GeneralPublicRow> {
        let Some(t) = self.general_budget() else {
            return Vec::new();
        };
        t.rows()
            .iter()
            .filter_map(|row| {
                let code: FunctionCode = row.code_of()?;
                Some(GeneralPublicRow {
                    code,
                    name: row.name().to_owned(),
                    total: read(&row.cells().total, t.meta())?,
                })
            })
            .collect()
    }

    fn forms_rollup(&self) -> Option<crate::evaluation::Rollup> {
        if self.forms().is_empty() {
            return None;
        }
        crate::evaluation::Rollup::of(self.forms()).ok()
    }
}
