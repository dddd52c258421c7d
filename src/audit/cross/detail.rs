//! The detail tables: 公开06表 against 公开05表, 公开09表 against 公开06表 and against its own
//! budget, 公开10表's 机关运行经费 against 公开06表.

use super::Places;
use super::compare::{BLANK, Fig, What, at_most, same, sum};
use crate::audit::{Finding, Severity};
use crate::classification::{EconomicLevel, ThreePublicExpense};
use crate::disclosure::{Disclosure, TableKind};
use crate::tables::{BasicDetailTable, ColumnSet, InfoItem, NamedCell, ThreePublicTable};

pub(super) fn check(d: &Disclosure, places: &Places, out: &mut Vec<Finding>) {
    if let Some(t06) = d.basic_detail() {
        basic_detail(d, t06, places, out);
        if let Some(t09) = d.three_public() {
            three_public_economic(t06, t09, places, out);
        }
        running_costs(d, t06, places, out);
    }
    if let Some(t09) = d.three_public() {
        three_public_budget(t09, places, out);
    }
}

/// The 决算数 column of 公开06表, as printed.
fn column06(t06: &BasicDetailTable) -> String {
    t06.meta()
        .column_name("amount")
        .map_or_else(|| "决算数".to_owned(), ToOwned::to_owned)
}

fn named<'a>(t06: &'a BasicDetailTable, places: &Places, cell: &'a NamedCell) -> Fig<'a> {
    Fig::new(
        &cell.amount,
        t06.meta().unit(),
        places
            .at(TableKind::BasicDetail)
            .row(cell.name.clone())
            .column(column06(t06)),
    )
}

/// 06 人员经费合计 + 公用经费合计 (or, without those lines, the sum of the 类) = 05 合计
/// 基本支出.
fn basic_detail(d: &Disclosure, t06: &BasicDetailTable, places: &Places, out: &mut Vec<Finding>) {
    let Some(t05) = d.general_budget() else {
        return;
    };
    if !t05.meta().prints("basic") {
        return;
    }
    let Some(total) = t05.total_row() else {
        return;
    };
    let meta05 = t05.meta();
    let basic = Fig::new(
        &total.cells().basic,
        meta05.unit(),
        places
            .at(TableKind::GeneralBudget)
            .row(total.label())
            .column(meta05.column_name("basic").unwrap_or("basic")),
    );
    let parts: Vec<Fig<'_>> = match (t06.personnel_total(), t06.public_total()) {
        (Some(personnel), Some(public)) => {
            vec![named(t06, places, personnel), named(t06, places, public)]
        }
        _ => t06
            .rows()
            .filter(|r| r.code().level() == EconomicLevel::Class)
            .map(|r| {
                Fig::new(
                    r.amount(),
                    t06.meta().unit(),
                    places
                        .at(TableKind::BasicDetail)
                        .row(r.code().to_string())
                        .column(column06(t06)),
                )
            })
            .collect(),
    };
    out.extend(sum(
        "x.basic-detail",
        Severity::Error,
        &basic,
        &parts,
        What {
            zh: "一般公共预算财政拨款支出决算表基本支出合计 = 基本支出明细表人员经费合计 + 公用经费合计",
            en: "基本支出 of the general budget table's 合计 equals 人员经费合计 plus 公用经费合计 of the basic expenditure detail table",
        },
    ));
}

/// The 决算数 column of 公开09表 for each item, and its name.
fn actual_column(item: ThreePublicExpense) -> (&'static str, &'static str) {
    match item {
        ThreePublicExpense::OverseasTravel => ("actual_overseas", "overseas"),
        ThreePublicExpense::VehiclePurchase => ("actual_vehicle_purchase", "vehicle_purchase"),
        ThreePublicExpense::VehicleOperation => ("actual_vehicle_operation", "vehicle_operation"),
        ThreePublicExpense::Reception => ("actual_reception", "reception"),
    }
}

/// 09 决算数 of each item ≥ the 06 款 that carry it (warning: 三公 may be paid from 项目支出
/// and from other funds, which 公开06表 does not show).
fn three_public_economic(
    t06: &BasicDetailTable,
    t09: &ThreePublicTable,
    places: &Places,
    out: &mut Vec<Finding>,
) {
    use strum::IntoEnumIterator;
    let meta09 = t09.meta();
    for item in ThreePublicExpense::iter() {
        let (column, key) = actual_column(item);
        if !meta09.prints(column) {
            continue;
        }
        let parts: Vec<Fig<'_>> = item
            .economic_codes()
            .iter()
            .filter_map(|(code, _)| t06.row(*code))
            .filter(|r| r.amount().has_amount())
            .map(|r| {
                Fig::new(
                    r.amount(),
                    t06.meta().unit(),
                    places
                        .at(TableKind::BasicDetail)
                        .row(r.code().to_string())
                        .column(column06(t06)),
                )
            })
            .collect();
        if parts.is_empty() {
            continue;
        }
        let bound = Fig::new(
            t09.actual().cell(key).unwrap_or(&BLANK),
            meta09.unit(),
            places
                .at(TableKind::ThreePublic)
                .column(meta09.column_name(column).unwrap_or(column)),
        );
        let zh = format!("“三公”经费决算表{item}决算数不应小于基本支出明细表对应经济分类科目");
        let en = format!(
            "the 三公 决算数 of {item} is at least the basic spending of its economic codes"
        );
        out.extend(at_most(
            "x.three-public-economic",
            Severity::Warning,
            &parts,
            &bound,
            What { zh: &zh, en: &en },
        ));
    }
}

/// 09 决算数 ≤ 预算数, for 合计 and each item (小计 only when the items are not printed).
fn three_public_budget(t09: &ThreePublicTable, places: &Places, out: &mut Vec<Finding>) {
    let meta = t09.meta();
    let split = ["vehicle_purchase", "vehicle_operation"]
        .iter()
        .any(|k| meta.prints(&format!("budget_{k}")) || meta.prints(&format!("actual_{k}")));
    let mut keys = vec![
        "total",
        "overseas",
        "vehicle_purchase",
        "vehicle_operation",
        "reception",
    ];
    if !split {
        keys.push("vehicles");
    }
    for key in keys {
        let (budget_col, actual_col) = (format!("budget_{key}"), format!("actual_{key}"));
        if !meta.prints(&budget_col) || !meta.prints(&actual_col) {
            continue;
        }
        let actual = t09.actual().cell(key).unwrap_or(&BLANK);
        if !actual.has_amount() {
            continue;
        }
        let fig = |cell, column: &str| {
            Fig::new(
                cell,
                meta.unit(),
                places
                    .at(TableKind::ThreePublic)
                    .column(meta.column_name(column).unwrap_or(column)),
            )
        };
        out.extend(at_most(
            "x.three-public-budget",
            Severity::Warning,
            &[fig(actual, &actual_col)],
            &fig(t09.budget().cell(key).unwrap_or(&BLANK), &budget_col),
            What {
                zh: "“三公”经费决算数不应超过预算数",
                en: "a 三公 决算数 does not exceed its 预算数",
            },
        ));
    }
}

/// 10 机关运行经费 against 06 公用经费合计: equal for a 行政单位 (only line (一) printed),
/// at most otherwise (warning: the relation is unconfirmed).
fn running_costs(d: &Disclosure, t06: &BasicDetailTable, places: &Places, out: &mut Vec<Finding>) {
    let Some(t10) = d.related_info() else {
        return;
    };
    let Some(public) = t06.public_total() else {
        return;
    };
    let meta10 = t10.meta();
    let column = meta10.column_name("value").unwrap_or("value").to_owned();
    let fig = |item: InfoItem| {
        let line = t10.line(item)?;
        let cell = t10.amount(item)?;
        Some(Fig::new(
            cell,
            meta10.unit(),
            places
                .at(TableKind::RelatedInfo)
                .row(line.label())
                .column(column.clone()),
        ))
    };
    let administrative = fig(InfoItem::RunningCostsAdministrative);
    let civil = fig(InfoItem::RunningCostsCivilService);
    let printed = |f: Option<&Fig<'_>>| f.is_some_and(|f| f.cell.has_amount());
    let only_administrative = printed(administrative.as_ref()) && !printed(civil.as_ref());
    let bound = named(t06, places, public);
    match (administrative, civil) {
        (Some(admin), _) if only_administrative => {
            if let Some(mut f) = same(
                "x.running-costs",
                &admin,
                &bound,
                What {
                    zh: "行政单位机关运行经费 = 基本支出明细表公用经费合计",
                    en: "机关运行经费 of a 行政单位 equals 公用经费合计 of the basic expenditure detail table",
                },
            ) {
                // The relation is unconfirmed: a mismatch is a warning, never an error.
                if f.severity == Severity::Error {
                    f.severity = Severity::Warning;
                }
                out.push(f);
            }
        }
        (admin, civil) => {
            let parts: Vec<Fig<'_>> = admin
                .into_iter()
                .chain(civil)
                .filter(|f| f.cell.has_amount())
                .collect();
            if parts.is_empty() {
                return;
            }
            out.extend(at_most(
                "x.running-costs",
                Severity::Warning,
                &parts,
                &bound,
                What {
                    zh: "机关运行经费不应超过基本支出明细表公用经费合计",
                    en: "机关运行经费 does not exceed 公用经费合计 of the basic expenditure detail table",
                },
            ));
        }
    }
}
