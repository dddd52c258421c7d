//! The fund tables (公开05表, 公开07表, 公开08表) against the fiscal summary table 公开04表, and
//! against the all-funds expenditure table 公开03表.

use super::Places;
use super::compare::{BLANK, Fig, What, at_most, same};
use super::summary::class_codes;
use crate::audit::{Finding, Severity};
use crate::classification::FunctionCode;
use crate::disclosure::{Disclosure, TableKind};
use crate::tables::{
    ClassifiedSpec, ClassifiedTable, ColumnSet, ExpenditureItem, FiscalIncomeItem, FiscalTable,
    Fund, ItemKey, RowKey,
};

/// One fund table as the rules see it: which fund, which table, the rule id, and the key of
/// its expenditure column.
struct FundTable<'a, S: ClassifiedSpec> {
    fund: Fund,
    kind: TableKind,
    rule: &'static str,
    table: &'a ClassifiedTable<S>,
    spent: &'static str,
}

impl<S: ClassifiedSpec> FundTable<'_, S> {
    fn fig<'b>(&'b self, places: &Places, key: RowKey, column: &str) -> Fig<'b> {
        let meta = self.table.meta();
        let row = match key {
            RowKey::Total => self.table.total_row(),
            RowKey::Code(code) => self.table.row(code),
        };
        let cell = row.and_then(|r| r.cells().cell(column)).unwrap_or(&BLANK);
        let label = row.map_or_else(
            || match key {
                RowKey::Total => "合计".to_owned(),
                RowKey::Code(code) => code.to_string(),
            },
            |r| r.label(),
        );
        let at = places
            .at(self.kind)
            .row(label)
            .column(meta.column_name(column).unwrap_or(column));
        Fig::new(cell, meta.unit(), at)
    }
}

/// 05 ↔ 04, 07 ↔ 04, 08 ↔ 04; then 05 + 07 + 08 ≤ 03.
pub(super) fn check(d: &Disclosure, places: &Places, out: &mut Vec<Finding>) {
    if let Some(t04) = d.fiscal() {
        if let Some(table) = d.general_budget() {
            against_fiscal(
                &FundTable {
                    fund: Fund::GeneralBudget,
                    kind: TableKind::GeneralBudget,
                    rule: "x.general-budget",
                    table,
                    spent: "total",
                },
                t04,
                places,
                out,
            );
        }
        if let Some(table) = d.government_fund() {
            against_fiscal(
                &FundTable {
                    fund: Fund::GovernmentFund,
                    kind: TableKind::GovernmentFund,
                    rule: "x.government-fund",
                    table,
                    spent: "expenditure",
                },
                t04,
                places,
                out,
            );
        }
        if let Some(table) = d.state_capital() {
            against_fiscal(
                &FundTable {
                    fund: Fund::StateCapital,
                    kind: TableKind::StateCapital,
                    rule: "x.state-capital",
                    table,
                    spent: "expenditure",
                },
                t04,
                places,
                out,
            );
        }
    }
    within_expenditure(d, places, out);
}

fn against_fiscal<S: ClassifiedSpec>(
    ft: &FundTable<'_, S>,
    t04: &FiscalTable,
    places: &Places,
    out: &mut Vec<Finding>,
) {
    let meta04 = t04.meta();
    let key = ft.fund.key();
    let what = What {
        zh: match ft.fund {
            Fund::GeneralBudget => {
                "一般公共预算财政拨款支出决算表 = 财政拨款收入支出决算总表一般公共预算财政拨款列"
            }
            Fund::GovernmentFund => {
                "政府性基金预算财政拨款收入支出决算表 = 财政拨款收入支出决算总表政府性基金预算财政拨款数"
            }
            Fund::StateCapital => {
                "国有资本经营预算财政拨款支出决算表 = 财政拨款收入支出决算总表国有资本经营预算财政拨款数"
            }
        },
        en: match ft.fund {
            Fund::GeneralBudget => {
                "the general budget table equals the 一般公共预算 column of the fiscal summary table"
            }
            Fund::GovernmentFund => {
                "the government fund table equals the 政府性基金预算 figures of the fiscal summary table"
            }
            Fund::StateCapital => {
                "the state capital table equals the 国有资本经营预算 figures of the fiscal summary table"
            }
        },
    };
    let fiscal_exp = |item: ExpenditureItem| {
        let line = t04.expenditure().iter().find(|l| l.item() == Some(item));
        let at = places
            .at(TableKind::Fiscal)
            .row(line.map_or_else(|| item.key(), |l| l.label()))
            .column(meta04.column_name(key).unwrap_or(key));
        Fig::new(
            line.map_or(&BLANK, |l| l.value().fund(ft.fund)),
            meta04.unit(),
            at,
        )
    };
    let fiscal_inc = |item: FiscalIncomeItem| {
        let line = t04.income().iter().find(|l| l.item() == Some(item));
        let at = places
            .at(TableKind::Fiscal)
            .row(line.map_or_else(|| item.key(), |l| l.label()))
            .column(meta04.column_name("income").unwrap_or("income"));
        (
            line.is_some(),
            Fig::new(line.map_or(&BLANK, |l| l.value()), meta04.unit(), at),
        )
    };
    let prints = |column: &str| ft.table.meta().prints(column);
    if meta04.prints(key) && prints(ft.spent) {
        out.extend(same(
            ft.rule,
            &ft.fig(places, RowKey::Total, ft.spent),
            &fiscal_exp(ExpenditureItem::CurrentYearTotal),
            what,
        ));
        if prints("closing")
            && t04
                .expenditure()
                .iter()
                .any(|l| l.item() == Some(ExpenditureItem::ClosingBalance))
        {
            out.extend(same(
                ft.rule,
                &ft.fig(places, RowKey::Total, "closing"),
                &fiscal_exp(ExpenditureItem::ClosingBalance),
                what,
            ));
        }
        let codes = class_codes(
            ft.table.classes().filter_map(|r| r.code_of()),
            t04.expenditure().iter().filter_map(|l| l.item()),
        );
        for code in codes {
            out.extend(same(
                ft.rule,
                &ft.fig(places, RowKey::Code(code), ft.spent),
                &fiscal_exp(ExpenditureItem::Class(code)),
                what,
            ));
        }
    }
    if ft.fund != Fund::GeneralBudget {
        for (column, item) in [
            ("income", FiscalIncomeItem::Appropriation(ft.fund)),
            ("opening", FiscalIncomeItem::OpeningBalanceOf(ft.fund)),
        ] {
            let (printed, reference) = fiscal_inc(item);
            if prints(column) && printed {
                out.extend(same(
                    ft.rule,
                    &ft.fig(places, RowKey::Total, column),
                    &reference,
                    what,
                ));
            }
        }
    }
}

/// 05 + 07 + 08 ≤ 03, per row (合计, 类, 款, 项) in the columns total, basic and project.
fn within_expenditure(d: &Disclosure, places: &Places, out: &mut Vec<Finding>) {
    let Some(t03) = d.expenditure() else {
        return;
    };
    let meta03 = t03.meta();
    let gb = d.general_budget().map(|table| FundTable {
        fund: Fund::GeneralBudget,
        kind: TableKind::GeneralBudget,
        rule: "",
        table,
        spent: "total",
    });
    let gf = d.government_fund().map(|table| FundTable {
        fund: Fund::GovernmentFund,
        kind: TableKind::GovernmentFund,
        rule: "",
        table,
        spent: "expenditure",
    });
    let sc = d.state_capital().map(|table| FundTable {
        fund: Fund::StateCapital,
        kind: TableKind::StateCapital,
        rule: "",
        table,
        spent: "expenditure",
    });
    let mut keys: Vec<RowKey> = vec![RowKey::Total];
    // First-seen order in `keys`, membership in a set: many rows stay O(n log n).
    let mut seen: std::collections::BTreeSet<FunctionCode> = std::collections::BTreeSet::new();
    let mut add = |codes: &mut dyn Iterator<Item = FunctionCode>| {
        for code in codes {
            if seen.insert(code) {
                keys.push(RowKey::Code(code));
            }
        }
    };
    add(&mut t03.rows().iter().filter_map(|r| r.code_of()));
    if let Some(ft) = &gb {
        add(&mut ft.table.rows().iter().filter_map(|r| r.code_of()));
    }
    if let Some(ft) = &gf {
        add(&mut ft.table.rows().iter().filter_map(|r| r.code_of()));
    }
    if let Some(ft) = &sc {
        add(&mut ft.table.rows().iter().filter_map(|r| r.code_of()));
    }
    let what = What {
        zh: "各项财政拨款支出之和不应大于支出决算表同一科目同一栏的支出",
        en: "the appropriation spending of a subject (general budget + government fund + state capital) does not exceed its all-funds spending",
    };
    for key in keys {
        let row03 = match key {
            RowKey::Total => t03.total_row(),
            RowKey::Code(code) => t03.row(code),
        };
        for (column03, own) in [
            ("total", None),
            ("basic", Some("basic")),
            ("project", Some("project")),
        ] {
            if !meta03.prints(column03) {
                continue;
            }
            let mut parts: Vec<Fig<'_>> = Vec::new();
            if let Some(ft) = &gb {
                push_part(ft, places, key, own.unwrap_or(ft.spent), &mut parts);
            }
            if let Some(ft) = &gf {
                push_part(ft, places, key, own.unwrap_or(ft.spent), &mut parts);
            }
            if let Some(ft) = &sc {
                push_part(ft, places, key, own.unwrap_or(ft.spent), &mut parts);
            }
            if parts.is_empty() {
                continue;
            }
            let label = row03.map_or_else(
                || match key {
                    RowKey::Total => "合计".to_owned(),
                    RowKey::Code(code) => code.to_string(),
                },
                |r| r.label(),
            );
            let cell = row03
                .and_then(|r| r.cells().cell(column03))
                .unwrap_or(&BLANK);
            let bound = Fig::new(
                cell,
                meta03.unit(),
                places
                    .at(TableKind::Expenditure)
                    .row(label)
                    .column(meta03.column_name(column03).unwrap_or(column03)),
            );
            out.extend(at_most(
                "x.funds-within-expenditure",
                Severity::Warning,
                &parts,
                &bound,
                what,
            ));
        }
    }
}

/// The printed, non-blank figure of `column` in the row `key` of a fund table.
fn push_part<'b, S: ClassifiedSpec>(
    ft: &'b FundTable<'_, S>,
    places: &Places,
    key: RowKey,
    column: &str,
    parts: &mut Vec<Fig<'b>>,
) {
    if !ft.table.meta().prints(column) {
        return;
    }
    let fig = ft.fig(places, key, column);
    if fig.cell.has_amount() {
        parts.push(fig);
    }
}
