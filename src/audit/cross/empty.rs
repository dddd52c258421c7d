//! Tables published empty and their explanations ("说明：本表无数据").

use super::Places;
use super::compare::zh;
use crate::audit::{Finding, Severity};
use crate::disclosure::{Disclosure, TableKind};
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

pub(super) fn check(d: &Disclosure, places: &Places, out: &mut Vec<Finding>) {
    for kind in d.order().iter().copied() {
        let (Some(meta), Some(has)) = (d.meta(kind), has_data(d, kind)) else {
            continue;
        };
        let at = places.at(kind);
        let place = zh(&at);
        let explanation = meta.explanation().map(str::trim).filter(|e| !e.is_empty());
        match (has, explanation) {
            (false, None) => out.push(Finding {
                rule: "x.empty-explained".to_owned(),
                severity: Severity::Warning,
                locations: vec![at.clone()],
                expected: Some("说明：本表无数据（并说明原因）".to_owned()),
                actual: Some("no explanation".to_owned()),
                allowance: None,
                message_zh: format!("{place}无数据，但未附说明；空表应注明“本表无数据”及原因"),
                message_en: format!(
                    "{at} has no data but carries no explanation; an empty table must say so (本表无数据) and why"
                ),
            }),
            (true, Some(text)) if NO_DATA.iter().any(|w| text.contains(w)) => out.push(Finding {
                rule: "x.empty-note".to_owned(),
                severity: Severity::Error,
                locations: vec![at.clone()],
                expected: Some("no \"本表无数据\" note on a table with data".to_owned()),
                actual: Some(text.to_owned()),
                allowance: None,
                message_zh: format!("{place}有数据，却注明“{text}”；应删除该说明或核对表中数据"),
                message_en: format!(
                    "{at} prints amounts but its explanation says \"{text}\" (no data); remove the note or check the figures"
                ),
            }),
            _ => {}
        }
        let (Some(text), Some(own)) = (explanation, fund_of(kind)) else {
            continue;
        };
        let named: Vec<Fund> = FUND_WORDS
            .iter()
            .filter(|(_, w)| text.contains(w))
            .map(|(f, _)| *f)
            .collect();
        if let Some(other) = named.iter().find(|f| **f != own)
            && !named.contains(&own)
        {
            out.push(Finding {
                rule: "x.empty-wrong-fund".to_owned(),
                severity: Severity::Warning,
                locations: vec![at.clone()],
                expected: Some(own.name_zh().to_owned()),
                actual: Some(text.to_owned()),
                allowance: None,
                message_zh: format!(
                    "{place}的说明“{text}”提到{}，而本表反映{}",
                    other.name_zh(),
                    own.name_zh()
                ),
                message_en: format!(
                    "the explanation of {at} (\"{text}\") names {} but the table is about {}",
                    other.name_zh(),
                    own.name_zh()
                ),
            });
        }
    }
}
