//! 公开02表, 公开03表 and 公开04表 against the summary table 公开01表.

use super::Places;
use super::compare::{BLANK, Fig, What, at_most, same, sum};
use crate::audit::{Finding, Location, Severity};
use crate::classification::FunctionCode;
use crate::disclosure::{Disclosure, TableKind};
use crate::tables::{
    Cell, ColumnSet, ExpenditureItem, FiscalIncomeItem, Fund, IncomeExpenditureTable, IncomeItem,
    ItemKey, Line,
};

/// The 01 line of `item` as a figure (blank when the line is not printed).
fn income_fig<'a>(t01: &'a IncomeExpenditureTable, places: &Places, item: IncomeItem) -> Fig<'a> {
    let line = t01.income().iter().find(|l| l.item() == Some(item));
    line_fig(t01, places, line, &item.key(), "income")
}

fn expenditure_fig<'a>(
    t01: &'a IncomeExpenditureTable,
    places: &Places,
    item: ExpenditureItem,
) -> Fig<'a> {
    let line = t01.expenditure().iter().find(|l| l.item() == Some(item));
    line_fig(t01, places, line, &item.key(), "expenditure")
}

fn line_fig<'a, K: ItemKey>(
    t01: &'a IncomeExpenditureTable,
    places: &Places,
    line: Option<&'a Line<K, Cell>>,
    key: &str,
    column: &str,
) -> Fig<'a> {
    let meta = t01.meta();
    let at = places
        .at(TableKind::IncomeExpenditure)
        .row(line.map_or_else(|| key.to_owned(), Line::label))
        .column(meta.column_name(column).unwrap_or(column));
    Fig::new(line.map_or(&BLANK, Line::value), meta.unit(), at)
}

/// 02 ↔ 01, 03 ↔ 01, 04 ↔ 01.
pub(super) fn check(d: &Disclosure, places: &Places, out: &mut Vec<Finding>) {
    let Some(t01) = d.income_expenditure() else {
        return;
    };
    income(d, t01, places, out);
    expenditure(d, t01, places, out);
    fiscal(d, t01, places, out);
}

/// The 02 columns compared with a 01 income line, exactly.
const SOURCES: [(&str, IncomeItem); 5] = [
    ("superior", IncomeItem::SuperiorSubsidy),
    ("institution", IncomeItem::InstitutionRevenue),
    ("business", IncomeItem::BusinessRevenue),
    ("affiliated", IncomeItem::AffiliatedRemittance),
    ("other", IncomeItem::OtherRevenue),
];

fn income(d: &Disclosure, t01: &IncomeExpenditureTable, places: &Places, out: &mut Vec<Finding>) {
    let Some(t02) = d.income() else {
        return;
    };
    let Some(total) = t02.total_row() else {
        return;
    };
    let meta = t02.meta();
    let fig = |key: &str| {
        let cell = total.cells().cell(key).unwrap_or(&BLANK);
        let at = places
            .at(TableKind::Income)
            .row(total.label())
            .column(meta.column_name(key).unwrap_or(key));
        Fig::new(cell, meta.unit(), at)
    };
    out.extend(same(
        "x.income-total",
        &fig("total"),
        &income_fig(t01, places, IncomeItem::CurrentYearTotal),
        What {
            zh: "收入决算表合计 = 收入支出决算总表本年收入合计",
            en: "the income table's 合计 equals 本年收入合计 of the summary table",
        },
    ));
    if meta.prints("fiscal") {
        let parts: Vec<Fig<'_>> = Fund::ALL
            .into_iter()
            .map(|f| income_fig(t01, places, IncomeItem::Appropriation(f)))
            .collect();
        out.extend(sum(
            "x.income-fiscal",
            Severity::Error,
            &fig("fiscal"),
            &parts,
            What {
                zh: "收入决算表财政拨款收入 = 收入支出决算总表一、二、三项财政拨款收入之和",
                en: "the income table's 财政拨款收入 equals the three appropriation lines of the summary table",
            },
        ));
    }
    for (key, item) in SOURCES {
        if !meta.prints(key) {
            continue;
        }
        out.extend(same(
            "x.income-sources",
            &fig(key),
            &income_fig(t01, places, item),
            What {
                zh: "收入决算表各项收入 = 收入支出决算总表对应收入",
                en: "each income column of the income table equals its line in the summary table",
            },
        ));
    }
}

fn expenditure(
    d: &Disclosure,
    t01: &IncomeExpenditureTable,
    places: &Places,
    out: &mut Vec<Finding>,
) {
    let Some(t03) = d.expenditure() else {
        return;
    };
    let meta = t03.meta();
    let column = meta.column_name("total").unwrap_or("total").to_owned();
    let at = |row: String| {
        places
            .at(TableKind::Expenditure)
            .row(row)
            .column(column.clone())
    };
    if let Some(total) = t03.total_row() {
        out.extend(same(
            "x.expenditure-total",
            &Fig::new(&total.cells().total, meta.unit(), at(total.label())),
            &expenditure_fig(t01, places, ExpenditureItem::CurrentYearTotal),
            What {
                zh: "支出决算表合计 = 收入支出决算总表本年支出合计",
                en: "the expenditure table's 合计 equals 本年支出合计 of the summary table",
            },
        ));
    }
    for code in class_codes(
        t03.classes().filter_map(|r| r.code_of()),
        t01.expenditure().iter().filter_map(|l| l.item()),
    ) {
        let row = t03.row(code);
        let cell = row.map_or(&BLANK, |r| &r.cells().total);
        let label = row.map_or_else(|| code.to_string(), |r| r.label());
        out.extend(same(
            "x.expenditure-classes",
            &Fig::new(cell, meta.unit(), at(label)),
            &expenditure_fig(t01, places, ExpenditureItem::Class(code)),
            What {
                zh: "支出决算表各类支出 = 收入支出决算总表对应类支出",
                en: "each 类 of the expenditure table equals its line in the summary table",
            },
        ));
    }
}

/// The 类 codes of a code-keyed table, then those of a summary side not yet listed.
pub(super) fn class_codes(
    rows: impl Iterator<Item = FunctionCode>,
    lines: impl Iterator<Item = ExpenditureItem>,
) -> Vec<FunctionCode> {
    let mut codes: Vec<FunctionCode> = rows.collect();
    for item in lines {
        if let ExpenditureItem::Class(code) = item
            && !codes.contains(&code)
        {
            codes.push(code);
        }
    }
    codes
}

fn fiscal(d: &Disclosure, t01: &IncomeExpenditureTable, places: &Places, out: &mut Vec<Finding>) {
    let Some(t04) = d.fiscal() else {
        return;
    };
    let meta = t04.meta();
    let unit = meta.unit();
    let income = |item: FiscalIncomeItem| {
        let line = t04.income().iter().find(|l| l.item() == Some(item));
        let at = places
            .at(TableKind::Fiscal)
            .row(line.map_or_else(|| item.key(), Line::label))
            .column(meta.column_name("income").unwrap_or("income"));
        Fig::new(line.map_or(&BLANK, Line::value), unit, at)
    };
    for fund in Fund::ALL {
        out.extend(same(
            "x.fiscal-income",
            &income(FiscalIncomeItem::Appropriation(fund)),
            &income_fig(t01, places, IncomeItem::Appropriation(fund)),
            What {
                zh: "财政拨款收入支出决算总表各项财政拨款收入 = 收入支出决算总表对应收入",
                en: "each appropriation of the fiscal summary table equals its line in the summary table",
            },
        ));
    }
    let subset = What {
        zh: "财政拨款数不应大于全部资金数",
        en: "a fiscal-appropriation figure does not exceed the all-funds figure",
    };
    let pairs = [
        (
            FiscalIncomeItem::CurrentYearTotal,
            IncomeItem::CurrentYearTotal,
        ),
        (FiscalIncomeItem::OpeningBalance, IncomeItem::OpeningBalance),
    ];
    for (fiscal_item, item) in pairs {
        let f = income(fiscal_item);
        if f.cell.has_amount() {
            out.extend(at_most(
                "x.fiscal-within-all-funds",
                Severity::Warning,
                &[f],
                &income_fig(t01, places, item),
                subset,
            ));
        }
    }
    if !meta.prints("total") {
        return;
    }
    let column = meta.column_name("total").unwrap_or("total").to_owned();
    let spent = |item: ExpenditureItem| -> Option<Fig<'_>> {
        let line = t04.expenditure().iter().find(|l| l.item() == Some(item))?;
        let at: Location = places
            .at(TableKind::Fiscal)
            .row(line.label())
            .column(column.clone());
        Some(Fig::new(&line.value().total, unit, at))
    };
    let items = [
        ExpenditureItem::CurrentYearTotal,
        ExpenditureItem::ClosingBalance,
    ]
    .into_iter()
    .chain(t04.expenditure().iter().filter_map(|l| match l.item() {
        Some(ExpenditureItem::Class(code)) => Some(ExpenditureItem::Class(code)),
        _ => None,
    }));
    for item in items {
        let Some(f) = spent(item) else {
            continue;
        };
        if !f.cell.has_amount() {
            continue;
        }
        out.extend(at_most(
            "x.fiscal-within-all-funds",
            Severity::Warning,
            &[f],
            &expenditure_fig(t01, places, item),
            subset,
        ));
    }
}
