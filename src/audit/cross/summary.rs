//! 公开02表, 公开03表 and 公开04表 against the summary table 公开01表.

use super::compare::{
    BLANK, Fig, PartCounts, Row, at_most, class_item, count_printed, find_from, printed_parts,
    same, sum, unprinted_class,
};
use crate::disclosure::Disclosure;
use crate::finding::{TableKind, Template};
use crate::tables::{
    Cell, ExpenditureItem, FiscalColumns, FiscalIncomeItem, Fund, IncomeColumns,
    IncomeExpenditureTable, IncomeItem,
};

/// The 01 line of `item` as a figure (blank when the line is not printed).
fn income_fig(t01: &IncomeExpenditureTable, item: IncomeItem) -> Fig<'_> {
    let line = t01.income().iter().find(|l| l.item() == Some(item));
    Fig::new(
        line.map_or(&BLANK, |l| l.value()),
        t01.meta(),
        TableKind::IncomeExpenditure,
        line.map_or(Row::Income(item), |l| Row::Of(l)),
        "income",
    )
}

/// The 01 expenditure line of `item` as a figure, searched from `*from` (see [`find_from`]).
fn expenditure_fig<'a>(
    t01: &'a IncomeExpenditureTable,
    item: ExpenditureItem,
    from: &mut usize,
) -> Fig<'a> {
    let line = find_from(t01.expenditure(), item, from);
    Fig::new(
        line.map_or(&BLANK, |l| l.value()),
        t01.meta(),
        TableKind::IncomeExpenditure,
        line.map_or(Row::Expenditure(item), |l| Row::Of(l)),
        "expenditure",
    )
}

/// The printed parts of 公开01表 本年收入合计: its income lines 一 … 八.
fn income_parts(t01: &IncomeExpenditureTable) -> u32 {
    count_printed(
        t01.income()
            .iter()
            .filter(|l| {
                matches!(
                    l.item(),
                    Some(
                        IncomeItem::Appropriation(_)
                            | IncomeItem::SuperiorSubsidy
                            | IncomeItem::InstitutionRevenue
                            | IncomeItem::BusinessRevenue
                            | IncomeItem::AffiliatedRemittance
                            | IncomeItem::OtherRevenue
                    )
                )
            })
            .map(|l| l.value()),
    )
}

/// The printed parts of 公开01表 本年支出合计: its 类 lines.
fn expenditure_parts(t01: &IncomeExpenditureTable) -> u32 {
    count_printed(
        t01.expenditure()
            .iter()
            .filter(|l| l.item().is_some_and(ExpenditureItem::is_class))
            .map(|l| l.value()),
    )
}

/// The printed parts of a 公开04表 expenditure line's column `fund` (`None`: 合计): for
/// 本年支出合计, the 类 lines in that column, or their fund cells (the grid) for 合计; for any
/// other line's 合计, its fund cells.
fn fiscal_parts(
    t04: &crate::tables::FiscalTable,
    item: ExpenditureItem,
    fund: Option<Fund>,
) -> u32 {
    let funds = |c: &FiscalColumns| count_printed(Fund::ALL.iter().map(|f| c.fund(*f)));
    let line = t04.expenditure().iter().find(|l| l.item() == Some(item));
    let own = match (line, fund) {
        (Some(line), None) => funds(line.value()),
        _ => 1,
    };
    if item != ExpenditureItem::CurrentYearTotal {
        return own;
    }
    let classes = || {
        t04.expenditure()
            .iter()
            .filter(|l| l.item().is_some_and(ExpenditureItem::is_class))
    };
    let lines = count_printed(classes().map(|l| match fund {
        Some(f) => l.value().fund(f),
        None => &l.value().total,
    }));
    let grid = match fund {
        Some(_) => 0,
        None => classes()
            .map(|l| funds(l.value()))
            .fold(0_u32, u32::saturating_add),
    };
    own.max(lines).max(grid)
}

const INCOME_TOTAL: Template = Template {
    zh: "收入决算表合计 = 收入支出决算总表本年收入合计",
    en: "the income table's 合计 equals 本年收入合计 of the summary table",
};

const INCOME_FISCAL: Template = Template {
    zh: "收入决算表财政拨款收入 = 收入支出决算总表一、二、三项财政拨款收入之和",
    en: "the income table's 财政拨款收入 equals the three appropriation lines of the summary table",
};

const INCOME_SOURCES: Template = Template {
    zh: "收入决算表各项收入 = 收入支出决算总表对应收入",
    en: "each income column of the income table equals its line in the summary table",
};

const EXPENDITURE_TOTAL: Template = Template {
    zh: "支出决算表合计 = 收入支出决算总表本年支出合计",
    en: "the expenditure table's 合计 equals 本年支出合计 of the summary table",
};

const EXPENDITURE_CLASSES: Template = Template {
    zh: "支出决算表各类支出 = 收入支出决算总表对应类支出",
    en: "each 类 of the expenditure table equals its line in the summary table",
};

const FISCAL_INCOME: Template = Template {
    zh: "财政拨款收入支出决算总表各项财政拨款收入 = 收入支出决算总表对应收入",
    en: "each appropriation of the fiscal summary table equals its line in the summary table",
};

const FISCAL_SUBSET: Template = Template {
    zh: "财政拨款数不应大于全部资金数",
    en: "a fiscal-appropriation figure does not exceed the all-funds figure",
};

/// 02 ↔ 01, 03 ↔ 01, 04 ↔ 01.
pub(super) fn check(d: &Disclosure, out: &mut super::Out) {
    let Some(t01) = d.income_expenditure() else {
        return;
    };
    income(d, t01, out);
    expenditure(d, t01, out);
    fiscal(d, t01, out);
}

/// The cell of one column of a 公开02表 row.
type IncomeCell = fn(&IncomeColumns) -> &Cell;

/// The component columns of 公开02表's and 公开03表's 合计 column.
const INCOME_PARTS: [&str; 6] = [
    "fiscal",
    "superior",
    "institution",
    "business",
    "affiliated",
    "other",
];
const EXPENDITURE_PARTS: [&str; 5] = ["basic", "project", "remit", "business", "subsidy"];

/// The 02 columns compared with a 01 income line, exactly: key, cell, line.
const SOURCES: [(&str, IncomeCell, IncomeItem); 5] = [
    ("superior", |c| &c.superior, IncomeItem::SuperiorSubsidy),
    (
        "institution",
        |c| &c.institution,
        IncomeItem::InstitutionRevenue,
    ),
    ("business", |c| &c.business, IncomeItem::BusinessRevenue),
    (
        "affiliated",
        |c| &c.affiliated,
        IncomeItem::AffiliatedRemittance,
    ),
    ("other", |c| &c.other, IncomeItem::OtherRevenue),
];

fn income(d: &Disclosure, t01: &IncomeExpenditureTable, out: &mut super::Out) {
    let Some(t02) = d.income() else {
        return;
    };
    let Some(total) = t02.total_row() else {
        return;
    };
    let meta = t02.meta();
    let cells = total.cells();
    let fig = |cell, key| Fig::new(cell, meta, TableKind::Income, Row::Of(total), key);
    out.relation(same(
        out.record,
        &super::INCOME_TOTAL,
        &fig(&cells.total, "total").with_parts(printed_parts(t02, None, "total", &INCOME_PARTS)),
        &income_fig(t01, IncomeItem::CurrentYearTotal).with_parts(income_parts(t01)),
        &INCOME_TOTAL,
    ));
    if meta.prints("fiscal") {
        let parts = Fund::ALL.map(|f| income_fig(t01, IncomeItem::Appropriation(f)));
        out.relation(sum(
            out.record,
            &super::INCOME_FISCAL,
            &fig(&cells.fiscal, "fiscal").with_parts(printed_parts(t02, None, "fiscal", &[])),
            &parts,
            &INCOME_FISCAL,
        ));
    }
    for (key, cell, item) in SOURCES {
        if !meta.prints(key) {
            continue;
        }
        out.relation(same(
            out.record,
            &super::INCOME_SOURCES,
            &fig(cell(cells), key).with_parts(printed_parts(t02, None, key, &[])),
            &income_fig(t01, item),
            &INCOME_SOURCES,
        ));
    }
}

fn expenditure(d: &Disclosure, t01: &IncomeExpenditureTable, out: &mut super::Out) {
    let Some(t03) = d.expenditure() else {
        return;
    };
    let meta = t03.meta();
    let mut from = 0;
    if let Some(total) = t03.total_row() {
        out.relation(same(
            out.record,
            &super::EXPENDITURE_TOTAL,
            &Fig::new(
                &total.cells().total,
                meta,
                TableKind::Expenditure,
                Row::Of(total),
                "total",
            )
            .with_parts(printed_parts(t03, None, "total", &EXPENDITURE_PARTS)),
            &expenditure_fig(t01, ExpenditureItem::CurrentYearTotal, &mut from)
                .with_parts(expenditure_parts(t01)),
            &EXPENDITURE_TOTAL,
        ));
    }
    // The 类 of 公开03表 in its order, then those only 公开01表 prints.
    let mut from = 0;
    let parts = PartCounts::new(t03, "total", &EXPENDITURE_PARTS);
    for row in t03.classes() {
        let Some(code) = row.code_of() else {
            continue;
        };
        out.relation(same(
            out.record,
            &super::EXPENDITURE_CLASSES,
            &Fig::new(
                &row.cells().total,
                meta,
                TableKind::Expenditure,
                Row::Of(row),
                "total",
            )
            .with_parts(parts.of(Some(code))),
            &expenditure_fig(
                t01,
                class_item(t01.expenditure(), code, row.name()),
                &mut from,
            ),
            &EXPENDITURE_CLASSES,
        ));
    }
    for line in t01.expenditure() {
        let Some(item) = line.item().filter(|i| i.is_class()) else {
            continue;
        };
        if t03.classes().any(|row| {
            row.code_of()
                .is_some_and(|c| item.is_class_of(c, row.name()))
        }) {
            continue;
        }
        out.relation(same(
            out.record,
            &super::EXPENDITURE_CLASSES,
            &Fig::new(
                &BLANK,
                meta,
                TableKind::Expenditure,
                unprinted_class(item),
                "total",
            ),
            &Fig::new(
                line.value(),
                t01.meta(),
                TableKind::IncomeExpenditure,
                Row::Of(line),
                "expenditure",
            ),
            &EXPENDITURE_CLASSES,
        ));
    }
}

fn fiscal(d: &Disclosure, t01: &IncomeExpenditureTable, out: &mut super::Out) {
    let Some(t04) = d.fiscal() else {
        return;
    };
    let meta = t04.meta();
    let income = |item: FiscalIncomeItem| {
        let line = t04.income().iter().find(|l| l.item() == Some(item));
        Fig::new(
            line.map_or(&BLANK, |l| l.value()),
            meta,
            TableKind::Fiscal,
            line.map_or(Row::FiscalIncome(item), |l| Row::Of(l)),
            "income",
        )
    };
    for fund in Fund::ALL {
        out.relation(same(
            out.record,
            &super::FISCAL_INCOME,
            &income(FiscalIncomeItem::Appropriation(fund)),
            &income_fig(t01, IncomeItem::Appropriation(fund)),
            &FISCAL_INCOME,
        ));
    }
    let pairs = [
        (
            FiscalIncomeItem::CurrentYearTotal,
            IncomeItem::CurrentYearTotal,
        ),
        (FiscalIncomeItem::OpeningBalance, IncomeItem::OpeningBalance),
    ];
    for (fiscal_item, item) in pairs {
        // 本年收入合计 adds up the appropriation lines, 年初结转和结余 those of each fund.
        let lines = t04.income().iter().filter(|l| {
            matches!(
                (fiscal_item, l.item()),
                (
                    FiscalIncomeItem::CurrentYearTotal,
                    Some(FiscalIncomeItem::Appropriation(_))
                ) | (
                    FiscalIncomeItem::OpeningBalance,
                    Some(FiscalIncomeItem::OpeningBalanceOf(_))
                )
            )
        });
        let f = income(fiscal_item).with_parts(count_printed(lines.map(|l| l.value())));
        let all = match item {
            IncomeItem::CurrentYearTotal => income_fig(t01, item).with_parts(income_parts(t01)),
            _ => income_fig(t01, item),
        };
        if f.printed() {
            out.relation(at_most(
                out.record,
                &super::FISCAL_WITHIN_ALL_FUNDS,
                &[f],
                &all,
                &FISCAL_SUBSET,
            ));
        }
    }
    if meta.prints("total") {
        fiscal_expenditure(t01, t04, out);
    }
}

/// The 合计 column of 公开04表's expenditure (本年支出合计, 年末结转和结余, each 类) within the
/// all-funds figures of 公开01表.
fn fiscal_expenditure(
    t01: &IncomeExpenditureTable,
    t04: &crate::tables::FiscalTable,
    out: &mut super::Out,
) {
    let meta = t04.meta();
    let mut from = 0;
    let mut check =
        |line: &'_ crate::tables::Line<ExpenditureItem, crate::tables::FiscalColumns>, item| {
            let f = Fig::new(
                &line.value().total,
                meta,
                TableKind::Fiscal,
                Row::Of(line),
                "total",
            )
            .with_parts(fiscal_parts(t04, item, None));
            let mut all = expenditure_fig(t01, item, &mut from);
            if item == ExpenditureItem::CurrentYearTotal {
                all = all.with_parts(expenditure_parts(t01));
            }
            if f.printed() {
                out.relation(at_most(
                    out.record,
                    &super::FISCAL_WITHIN_ALL_FUNDS,
                    &[f],
                    &all,
                    &FISCAL_SUBSET,
                ));
            }
        };
    for item in [
        ExpenditureItem::CurrentYearTotal,
        ExpenditureItem::ClosingBalance,
    ] {
        if let Some(line) = t04.expenditure().iter().find(|l| l.item() == Some(item)) {
            check(line, item);
        }
    }
    // Items are unique within a side: each 类 line is checked once, in printed order.
    for line in t04.expenditure() {
        if let Some(item) = line.item().filter(|i| i.is_class()) {
            check(line, item);
        }
    }
}
