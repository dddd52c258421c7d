//! Tables published empty and their explanations ("说明：本表无数据").

use crate::audit::Finding;
use crate::disclosure::Disclosure;
use crate::finding::{Figure, Place, TableKind, Template};
use crate::tables::{Cell, ColumnSet, CountCell, Fund, InfoValue};

/// Whether a cell carries a non-zero amount.
fn data(cell: &Cell) -> bool {
    cell.amount().is_some_and(|a| !a.is_zero())
}

/// Whether the table of `kind` prints any non-zero amount or count (`None` when absent).
pub(super) fn has_data(d: &Disclosure, kind: TableKind) -> Option<bool> {
    let cells = |cs: Vec<&Cell>| cs.into_iter().any(data);
    Some(match kind {
        TableKind::IncomeExpenditure => {
            let t = d.income_expenditure()?;
            t.income().iter().any(|l| data(l.value()))
                || t.expenditure().iter().any(|l| data(l.value()))
        }
        TableKind::Income => d.income()?.rows().iter().any(|r| cells(r.cells().cells())),
        TableKind::Expenditure => d
            .expenditure()?
            .rows()
            .iter()
            .any(|r| cells(r.cells().cells())),
        TableKind::Fiscal => {
            let t = d.fiscal()?;
            t.income().iter().any(|l| data(l.value()))
                || t.expenditure().iter().any(|l| cells(l.value().cells()))
        }
        TableKind::GeneralBudget => d
            .general_budget()?
            .rows()
            .iter()
            .any(|r| cells(r.cells().cells())),
        TableKind::BasicDetail => {
            let t = d.basic_detail()?;
            t.rows().any(|r| data(r.amount()))
                || t.personnel_total().is_some_and(|c| data(&c.amount))
                || t.public_total().is_some_and(|c| data(&c.amount))
        }
        TableKind::GovernmentFund => d
            .government_fund()?
            .rows()
            .iter()
            .any(|r| cells(r.cells().cells())),
        TableKind::StateCapital => d
            .state_capital()?
            .rows()
            .iter()
            .any(|r| cells(r.cells().cells())),
        TableKind::ThreePublic => {
            let t = d.three_public()?;
            cells(t.budget().cells()) || cells(t.actual().cells())
        }
        TableKind::RelatedInfo => d.related_info()?.lines().any(|l| match l.value() {
            InfoValue::Amount(c) => data(c),
            InfoValue::Count(CountCell::Count(n)) => *n > 0,
            InfoValue::Count(_) => false,
        }),
    })
}

/// Words that say a table has no data.
const NO_DATA: [&str; 3] = ["无数据", "空表", "无相关数据"];

/// Fund names as explanations write them.
const FUND_WORDS: [(Fund, &str); 3] = [
    (Fund::GeneralBudget, "一般公共预算"),
    (Fund::GovernmentFund, "政府性基金"),
    (Fund::StateCapital, "国有资本经营"),
];

/// The fund a table is about, if it is about one.
fn fund_of(kind: TableKind) -> Option<Fund> {
    match kind {
        TableKind::GeneralBudget | TableKind::BasicDetail => Some(Fund::GeneralBudget),
        TableKind::GovernmentFund => Some(Fund::GovernmentFund),
        TableKind::StateCapital => Some(Fund::StateCapital),
        _ => None,
    }
}

const NO_EXPLANATION: Template = Template {
    zh: "本表无数据，但未附说明；空表应注明“本表无数据”及原因",
    en: "the table has no data but carries no explanation; an empty table must say so (本表无数据) and why",
};

const NOTE_ON_DATA: Template = Template {
    zh: "本表有数据，却注明“{actual}”；应删除该说明或核对表中数据",
    en: "the table prints amounts but its explanation says \"{actual}\" (no data); remove the note or check the figures",
};

const WRONG_FUND: Template = Template {
    zh: "本表的说明“{actual}”提到{0}，而本表反映{expected}",
    en: "the explanation (\"{actual}\") names {0} but the table is about {expected}",
};

pub(super) fn check(d: &Disclosure, out: &mut super::Out) {
    for kind in d.order().iter().copied() {
        let (Some(meta), Some(has)) = (d.meta(kind), has_data(d, kind)) else {
            continue;
        };
        let explanation = meta.explanation().map(str::trim).filter(|e| !e.is_empty());
        match (has, explanation) {
            (false, None) => out.push(
                Finding::new(&super::EMPTY_EXPLAINED, &NO_EXPLANATION)
                    .at(Place::table(kind))
                    .expected("说明：本表无数据（并说明原因）")
                    .actual(Figure::Phrase(&crate::finding::phrase::NO_EXPLANATION)),
            ),
            (true, Some(text)) if NO_DATA.iter().any(|w| text.contains(w)) => out.push(
                Finding::new(&super::EMPTY_NOTE, &NOTE_ON_DATA)
                    .at(Place::table(kind))
                    .expected(Figure::Phrase(&crate::finding::phrase::NO_EMPTY_NOTE))
                    .actual(Figure::text(text)),
            ),
            _ => {}
        }
        let (Some(text), Some(own)) = (explanation, fund_of(kind)) else {
            continue;
        };
        let names = |fund: Fund| {
            FUND_WORDS
                .iter()
                .any(|(f, w)| *f == fund && text.contains(w))
        };
        if names(own) {
            continue;
        }
        if let Some(other) = Fund::ALL.into_iter().find(|f| *f != own && names(*f)) {
            out.push(
                Finding::new(&super::EMPTY_WRONG_FUND, &WRONG_FUND)
                    .at(Place::table(kind))
                    .arg(other.name_zh())
                    .expected(own.name_zh())
                    .actual(Figure::text(text)),
            );
        }
    }
}
