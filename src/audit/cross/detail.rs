//! The detail tables: 公开06表 against 公开05表, 公开09表 against 公开06表 and against its own
//! budget, 公开10表's 机关运行经费 against 公开06表.

use super::compare::{Column, Fig, Row, at_most, printed_parts, same, sum};
use crate::audit::Severity;
use crate::classification::{EconomicLevel, ThreePublicExpense};
use crate::disclosure::Disclosure;
use crate::finding::{TableKind, Template};
use crate::tables::{
    BasicDetailTable, Cell, InfoItem, NamedCell, ThreePublicColumns, ThreePublicTable,
};

pub(super) fn check(d: &Disclosure, out: &mut super::Out) {
    if let Some(t06) = d.basic_detail() {
        basic_detail(d, t06, out);
        if let Some(t09) = d.three_public() {
            three_public_economic(t06, t09, out);
        }
        running_costs(d, t06, out);
    }
    if let Some(t09) = d.three_public() {
        three_public_budget(t09, out);
    }
}

/// The 决算数 column of 公开06表: its printed header, or 决算数 without one.
fn column06(t06: &BasicDetailTable) -> Column {
    if t06.meta().column_name("amount").is_some() {
        Column::Key("amount")
    } else {
        Column::Named("决算数")
    }
}

fn named<'a>(t06: &'a BasicDetailTable, cell: &'a NamedCell) -> Fig<'a> {
    Fig::at(
        &cell.amount,
        t06.meta(),
        TableKind::BasicDetail,
        Row::Of(cell),
        column06(t06),
    )
}

const BASIC_DETAIL: Template = Template {
    zh: "一般公共预算财政拨款支出决算表基本支出合计 = 基本支出明细表人员经费合计 + 公用经费合计",
    en: "基本支出 of the general budget table's 合计 equals 人员经费合计 plus 公用经费合计 of the basic expenditure detail table",
};

/// 06 人员经费合计 + 公用经费合计 (or, without those lines, the sum of the 类) = 05 合计
/// 基本支出.
fn basic_detail(d: &Disclosure, t06: &BasicDetailTable, out: &mut super::Out) {
    let Some(t05) = d.general_budget() else {
        return;
    };
    if !t05.meta().prints("basic") {
        return;
    }
    let Some(total) = t05.total_row() else {
        return;
    };
    let basic = Fig::new(
        &total.cells().basic,
        t05.meta(),
        TableKind::GeneralBudget,
        Row::Of(total),
        "basic",
    )
    .with_parts(printed_parts(t05, None, "basic", &[]));
    let parts: Vec<Fig<'_>> = match (t06.personnel_total(), t06.public_total()) {
        (Some(personnel), Some(public)) => vec![named(t06, personnel), named(t06, public)],
        _ => t06
            .rows()
            .filter(|r| r.code().level() == EconomicLevel::Class)
            .map(|r| {
                Fig::at(
                    r.amount(),
                    t06.meta(),
                    TableKind::BasicDetail,
                    Row::Economic(r.code()),
                    column06(t06),
                )
            })
            .collect(),
    };
    out.relation(sum(
        out.record,
        &super::BASIC_DETAIL,
        &basic,
        &parts,
        &BASIC_DETAIL,
    ));
}

/// The 决算数 column of 公开09表 for each item, its cell, and the relation.
fn actual_column(item: ThreePublicExpense) -> (&'static str, ItemCell, &'static Template) {
    match item {
        ThreePublicExpense::OverseasTravel => ("actual_overseas", |c| &c.overseas, &OVERSEAS),
        ThreePublicExpense::VehiclePurchase => (
            "actual_vehicle_purchase",
            |c| &c.vehicle_purchase,
            &VEHICLE_PURCHASE,
        ),
        ThreePublicExpense::VehicleOperation => (
            "actual_vehicle_operation",
            |c| &c.vehicle_operation,
            &VEHICLE_OPERATION,
        ),
        ThreePublicExpense::Reception => ("actual_reception", |c| &c.reception, &RECEPTION),
    }
}

const OVERSEAS: Template = Template {
    zh: "“三公”经费决算表因公出国（境）费决算数不应小于基本支出明细表对应经济分类科目",
    en: "the 三公 决算数 of 因公出国（境）费 is at least the basic spending of its economic codes",
};

const VEHICLE_PURCHASE: Template = Template {
    zh: "“三公”经费决算表公务用车购置决算数不应小于基本支出明细表对应经济分类科目",
    en: "the 三公 决算数 of 公务用车购置 is at least the basic spending of its economic codes",
};

const VEHICLE_OPERATION: Template = Template {
    zh: "“三公”经费决算表公务用车运行维护费决算数不应小于基本支出明细表对应经济分类科目",
    en: "the 三公 决算数 of 公务用车运行维护费 is at least the basic spending of its economic codes",
};

const RECEPTION: Template = Template {
    zh: "“三公”经费决算表公务接待费决算数不应小于基本支出明细表对应经济分类科目",
    en: "the 三公 决算数 of 公务接待费 is at least the basic spending of its economic codes",
};

/// 09 决算数 of each item ≥ the 06 款 that carry it (warning: 三公 may be paid from 项目支出
/// and from other funds, which 公开06表 does not show).
fn three_public_economic(t06: &BasicDetailTable, t09: &ThreePublicTable, out: &mut super::Out) {
    use strum::IntoEnumIterator;
    let meta09 = t09.meta();
    let mut parts: Vec<Fig<'_>> = Vec::new();
    for item in ThreePublicExpense::iter() {
        let (column, cell, what) = actual_column(item);
        if !meta09.prints(column) {
            continue;
        }
        parts.clear();
        parts.extend(
            item.economic_codes()
                .iter()
                .filter_map(|(code, _)| t06.row(*code))
                .filter(|r| r.amount().has_amount())
                .map(|r| {
                    Fig::at(
                        r.amount(),
                        t06.meta(),
                        TableKind::BasicDetail,
                        Row::Economic(r.code()),
                        column06(t06),
                    )
                }),
        );
        if parts.is_empty() {
            continue;
        }
        let bound = Fig::new(
            cell(t09.actual()),
            meta09,
            TableKind::ThreePublic,
            Row::None,
            column,
        );
        out.relation(at_most(
            out.record,
            &super::THREE_PUBLIC_ECONOMIC,
            &parts,
            &bound,
            what,
        ));
    }
}

/// The cell of one item of a 公开09表 group.
type ItemCell = fn(&ThreePublicColumns) -> &Cell;

/// The items of 公开09表: the key of each column of 预算数 and 决算数, and the cell.
const ITEMS: [(&str, &str, ItemCell); 6] = [
    ("budget_total", "actual_total", |c| &c.total),
    ("budget_overseas", "actual_overseas", |c| &c.overseas),
    ("budget_vehicle_purchase", "actual_vehicle_purchase", |c| {
        &c.vehicle_purchase
    }),
    (
        "budget_vehicle_operation",
        "actual_vehicle_operation",
        |c| &c.vehicle_operation,
    ),
    ("budget_reception", "actual_reception", |c| &c.reception),
    ("budget_vehicles", "actual_vehicles", |c| &c.vehicles),
];

const WITHIN_BUDGET: Template = Template {
    zh: "“三公”经费决算数不应超过预算数",
    en: "a 三公 决算数 does not exceed its 预算数",
};

/// 09 决算数 ≤ 预算数, for 合计 and each item (小计 only when the items are not printed).
fn three_public_budget(t09: &ThreePublicTable, out: &mut super::Out) {
    let meta = t09.meta();
    let split = [
        "budget_vehicle_purchase",
        "actual_vehicle_purchase",
        "budget_vehicle_operation",
        "actual_vehicle_operation",
    ]
    .iter()
    .any(|k| meta.prints(k));
    for (budget_col, actual_col, cell) in ITEMS {
        if budget_col == "budget_vehicles" && split {
            continue;
        }
        if !meta.prints(budget_col) || !meta.prints(actual_col) {
            continue;
        }
        let actual = cell(t09.actual());
        if !actual.has_amount() {
            continue;
        }
        let fig = |cell, column| Fig::new(cell, meta, TableKind::ThreePublic, Row::None, column);
        out.relation(at_most(
            out.record,
            &super::THREE_PUBLIC_BUDGET,
            &[fig(actual, actual_col)],
            &fig(cell(t09.budget()), budget_col),
            &WITHIN_BUDGET,
        ));
    }
}

const RUNNING_COSTS_EQUAL: Template = Template {
    zh: "行政单位机关运行经费 = 基本支出明细表公用经费合计",
    en: "机关运行经费 of a 行政单位 equals 公用经费合计 of the basic expenditure detail table",
};

const RUNNING_COSTS_WITHIN: Template = Template {
    zh: "机关运行经费不应超过基本支出明细表公用经费合计",
    en: "机关运行经费 does not exceed 公用经费合计 of the basic expenditure detail table",
};

/// 10 机关运行经费 against 06 公用经费合计: equal for a 行政单位 (only line (一) printed),
/// at most otherwise (warning: the relation is unconfirmed).
fn running_costs(d: &Disclosure, t06: &BasicDetailTable, out: &mut super::Out) {
    let Some(t10) = d.related_info() else {
        return;
    };
    let Some(public) = t06.public_total() else {
        return;
    };
    let meta10 = t10.meta();
    let fig = |item: InfoItem| {
        let line = t10.line(item)?;
        let cell = t10.amount(item)?;
        Some(Fig::new(
            cell,
            meta10,
            TableKind::RelatedInfo,
            Row::Of(line),
            "value",
        ))
    };
    let administrative = fig(InfoItem::RunningCostsAdministrative);
    let civil = fig(InfoItem::RunningCostsCivilService);
    let printed = |f: Option<&Fig<'_>>| f.is_some_and(Fig::printed);
    let only_administrative = printed(administrative.as_ref()) && !printed(civil.as_ref());
    let bound = named(t06, public);
    match (administrative, civil) {
        (Some(admin), _) if only_administrative => {
            let mut checked = same(
                out.record,
                &super::RUNNING_COSTS,
                &admin,
                &bound,
                &RUNNING_COSTS_EQUAL,
            );
            if let Some(f) = &mut checked.finding {
                // The relation is unconfirmed: a mismatch (a unit slip too) is a warning,
                // never an error.
                if f.severity == Severity::Error {
                    f.severity = Severity::Warning;
                }
            }
            out.relation(checked);
        }
        (admin, civil) => {
            let parts: Vec<Fig<'_>> = admin
                .into_iter()
                .chain(civil)
                .filter(Fig::printed)
                .collect();
            if parts.is_empty() {
                return;
            }
            out.relation(at_most(
                out.record,
                &super::RUNNING_COSTS,
                &parts,
                &bound,
                &RUNNING_COSTS_WITHIN,
            ));
        }
    }
}
