//! The fixed lines of the summary tables (公开01表, 公开04表) with their printed names, in
//! printed order: the one place both table printers take them from (the compiler's, from
//! compiled figures, and the generator's, from a ledger). Each printer gives the cells; the
//! 类 lines between come from [`ClassLine`](crate::tables::ClassLine).

use crate::tables::{
    Cell, ExpenditureItem, FiscalColumns, FiscalIncomeItem, Fund, IncomeItem, Line,
};

/// The income sources of 公开01表 (一 … 八), in printed order.
pub(crate) const T01_SOURCES: [(IncomeItem, &str); 8] = [
    (
        IncomeItem::Appropriation(Fund::GeneralBudget),
        "一、一般公共预算财政拨款收入",
    ),
    (
        IncomeItem::Appropriation(Fund::GovernmentFund),
        "二、政府性基金预算财政拨款收入",
    ),
    (
        IncomeItem::Appropriation(Fund::StateCapital),
        "三、国有资本经营预算财政拨款收入",
    ),
    (IncomeItem::SuperiorSubsidy, "四、上级补助收入"),
    (IncomeItem::InstitutionRevenue, "五、事业收入"),
    (IncomeItem::BusinessRevenue, "六、经营收入"),
    (IncomeItem::AffiliatedRemittance, "七、附属单位上缴收入"),
    (IncomeItem::OtherRevenue, "八、其他收入"),
];

/// The income side of 公开01表: the eight sources (cells in the order of [`T01_SOURCES`]),
/// 本年收入合计, 使用非财政拨款结余和专用结余 (printed blank), 年初结转和结余 and 总计.
pub(crate) fn t01_income(
    sources: [Cell; 8],
    total: Cell,
    opening: Cell,
    grand: Cell,
) -> Vec<Line<IncomeItem, Cell>> {
    let mut lines: Vec<Line<IncomeItem, Cell>> = T01_SOURCES
        .into_iter()
        .zip(sources)
        .map(|((item, name), cell)| Line::new(item, name, cell))
        .collect();
    lines.extend([
        Line::new(IncomeItem::CurrentYearTotal, "本年收入合计", total),
        Line::new(
            IncomeItem::NonFiscalBalanceUsed,
            "使用非财政拨款结余和专用结余",
            Cell::Blank,
        ),
        Line::new(IncomeItem::OpeningBalance, "年初结转和结余", opening),
        Line::new(IncomeItem::GrandTotal, "总计", grand),
    ]);
    lines
}

/// The lines of 公开01表's expenditure side after its 类 lines: 本年支出合计, 结余分配 (printed
/// blank), 年末结转和结余 and 总计.
pub(crate) fn t01_expenditure_totals(
    spent: Cell,
    closing: Cell,
    grand: Cell,
) -> [Line<ExpenditureItem, Cell>; 4] {
    [
        Line::new(ExpenditureItem::CurrentYearTotal, "本年支出合计", spent),
        Line::new(
            ExpenditureItem::SurplusDistribution,
            "结余分配",
            Cell::Blank,
        ),
        Line::new(ExpenditureItem::ClosingBalance, "年末结转和结余", closing),
        Line::new(ExpenditureItem::GrandTotal, "总计", grand),
    ]
}

/// The income side of 公开04表: each fund's appropriation (一、二、三, cells in the order of
/// [`Fund::ALL`]), 本年收入合计, 年初财政拨款结转和结余 with each fund's under it, and 总计.
pub(crate) fn t04_income(
    appropriations: [Cell; 3],
    total: Cell,
    opening: Cell,
    opening_of: [Cell; 3],
    grand: Cell,
) -> Vec<Line<FiscalIncomeItem, Cell>> {
    let [gb, gf, sc] = appropriations;
    let [opening_gb, opening_gf, opening_sc] = opening_of;
    vec![
        Line::new(
            FiscalIncomeItem::Appropriation(Fund::GeneralBudget),
            "一、一般公共预算财政拨款",
            gb,
        ),
        Line::new(
            FiscalIncomeItem::Appropriation(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款",
            gf,
        ),
        Line::new(
            FiscalIncomeItem::Appropriation(Fund::StateCapital),
            "三、国有资本经营预算财政拨款",
            sc,
        ),
        Line::new(FiscalIncomeItem::CurrentYearTotal, "本年收入合计", total),
        Line::new(
            FiscalIncomeItem::OpeningBalance,
            "年初财政拨款结转和结余",
            opening,
        ),
        Line::new(
            FiscalIncomeItem::OpeningBalanceOf(Fund::GeneralBudget),
            "一般公共预算财政拨款",
            opening_gb,
        ),
        Line::new(
            FiscalIncomeItem::OpeningBalanceOf(Fund::GovernmentFund),
            "政府性基金预算财政拨款",
            opening_gf,
        ),
        Line::new(
            FiscalIncomeItem::OpeningBalanceOf(Fund::StateCapital),
            "国有资本经营预算财政拨款",
            opening_sc,
        ),
        Line::new(FiscalIncomeItem::GrandTotal, "总计", grand),
    ]
}

/// The lines of 公开04表's expenditure side after its 类 lines: 本年支出合计,
/// 年末财政拨款结转和结余 and 总计.
pub(crate) fn t04_expenditure_totals(
    spent: FiscalColumns,
    closing: FiscalColumns,
    grand: FiscalColumns,
) -> [Line<ExpenditureItem, FiscalColumns>; 3] {
    [
        Line::new(ExpenditureItem::CurrentYearTotal, "本年支出合计", spent),
        Line::new(
            ExpenditureItem::ClosingBalance,
            "年末财政拨款结转和结余",
            closing,
        ),
        Line::new(ExpenditureItem::GrandTotal, "总计", grand),
    ]
}
