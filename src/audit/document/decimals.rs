//! Amounts printed with more decimals than their table prints.

use super::{DECIMALS, count};
use crate::audit::Finding;
use crate::disclosure::{Disclosure, TableKind};
use crate::finding::{Figure, Key, Place, Template};
use crate::money::PublishedAmount;
use crate::tables::{FiscalColumns, TableMeta, ThreePublicColumns};

/// A check of one cell of a table, given the cell's place on demand.
type CellCheck<'a> = dyn FnMut(TableKind, &crate::tables::Cell, &dyn Fn() -> Place) + 'a;

const DECIMALS_WRONG: Template = Template {
    zh: "金额“{0}”印有{actual}位小数，本表为{expected}位",
    en: "the amount “{0}” is printed with {actual} decimals; the table prints {expected}",
};

/// Amounts printed with more decimals than their table prints, each with its place.
pub(super) fn decimals(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    use crate::tables::Cell;
    let mut check = |kind: TableKind, cell: &Cell, place: &dyn Fn() -> Place| {
        let Some(table) = disclosure.meta(kind).map(TableMeta::decimals) else {
            return;
        };
        let Some(printed) = cell.published().map(PublishedAmount::printed_decimals) else {
            return;
        };
        if printed > table {
            out.push(
                Finding::new(&DECIMALS, &DECIMALS_WRONG)
                    .at(place())
                    .expected(count(usize::try_from(table).unwrap_or(usize::MAX)))
                    .actual(count(usize::try_from(printed).unwrap_or(usize::MAX)))
                    .arg(Figure::text(cell.to_string())),
            );
        }
    };
    each_amount(disclosure, &mut check);
}

/// Visits every amount cell of the disclosure's tables, with its place (made only when asked).
fn each_amount(disclosure: &Disclosure, check: &mut CellCheck<'_>) {
    use crate::tables::{ColumnSet, InfoValue};
    let row = |kind: TableKind, label: String| Place::table(kind).row(Key::Text(label.into()));
    if let Some(t) = disclosure.income_expenditure() {
        let kind = TableKind::IncomeExpenditure;
        for l in t.income() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("income")
            });
        }
        for l in t.expenditure() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("expenditure")
            });
        }
    }
    if let Some(t) = disclosure.fiscal() {
        let kind = TableKind::Fiscal;
        for l in t.income() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("income")
            });
        }
        for l in t.expenditure() {
            for (spec, cell) in FiscalColumns::COLUMNS.iter().zip(l.value().cells()) {
                check(kind, cell, &|| row(kind, l.label()).column_key(spec.key));
            }
        }
    }
    classified(TableKind::Income, disclosure.income(), check);
    classified(TableKind::Expenditure, disclosure.expenditure(), check);
    classified(TableKind::GeneralBudget, disclosure.general_budget(), check);
    classified(
        TableKind::GovernmentFund,
        disclosure.government_fund(),
        check,
    );
    classified(TableKind::StateCapital, disclosure.state_capital(), check);
    if let Some(t) = disclosure.basic_detail() {
        let kind = TableKind::BasicDetail;
        for r in t.rows() {
            check(kind, r.amount(), &|| {
                Place::table(kind).row(Key::Economic(r.code()))
            });
        }
        for total in [t.personnel_total(), t.public_total()]
            .into_iter()
            .flatten()
        {
            check(kind, &total.amount, &|| {
                Place::table(kind).row(Key::Text(total.name.clone().into()))
            });
        }
    }
    if let Some(t) = disclosure.three_public() {
        let kind = TableKind::ThreePublic;
        for (stage, group) in [("预算数", t.budget()), ("决算数", t.actual())] {
            for (spec, cell) in ThreePublicColumns::COLUMNS.iter().zip(group.cells()) {
                check(kind, cell, &|| {
                    Place::table(kind)
                        .row(Key::Static(stage))
                        .column(Key::Static(spec.name))
                });
            }
        }
    }
    if let Some(t) = disclosure.related_info() {
        let kind = TableKind::RelatedInfo;
        for l in t.lines() {
            if let InfoValue::Amount(cell) = l.value() {
                check(kind, cell, &|| row(kind, l.label()));
            }
        }
    }
}

/// Visits the amount cells of a classified table (公开02, 03, 05, 07, 08表).
fn classified<S: crate::tables::ClassifiedSpec>(
    kind: TableKind,
    table: Option<&crate::tables::ClassifiedTable<S>>,
    check: &mut CellCheck<'_>,
) {
    use crate::tables::ColumnSet;
    for r in table.map(|t| t.rows()).unwrap_or_default() {
        let key = || match (r.code_of(), r.line()) {
            (Some(code), None) => Key::Function(code),
            _ => Key::Text(r.label().into()),
        };
        for (spec, cell) in S::Columns::COLUMNS.iter().zip(r.cells().cells()) {
            check(kind, cell, &|| {
                Place::table(kind).row(key()).column_key(spec.key)
            });
        }
    }
}
