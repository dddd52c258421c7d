//! The arithmetic checks of the tables: precision-aware sums turned into findings.
//!
//! Checks run on demand (each table's `check()`), never while a table is built, and build a
//! place only for a relation that yields a finding.

use crate::finding::{
    Edit, Figure, FigureId, Finding, Key, Place, Relation, Rule, Severity, TableKind, Template,
    Term, overflow_finding, sum_finding,
};
use crate::money::{MoneyUnit, PublishedAmount, SumCheck, check_sum};

use super::Cell;

/// Something a row of a table can be named by in a place: its code, or its printed name with
/// its 行次. Asked only when a finding is built.
pub(crate) trait RowName {
    /// The row's key in a place.
    fn key(&self) -> Key;
}

/// A cell, the row it is in and the key of its column (`None` for a table of one column).
pub(crate) type Placed<'a> = (&'a Cell, Option<&'a dyn RowName>, Option<&'static str>);

/// Collects the findings of one table.
pub(crate) struct Checker {
    kind: TableKind,
    unit: MoneyUnit,
    decimals: u32,
    findings: Vec<Finding>,
    /// Whether every sum is also kept as an edit.
    record: bool,
    edits: Vec<Edit>,
}

impl Checker {
    pub(crate) fn new(kind: TableKind, meta: &super::TableMeta) -> Checker {
        Checker {
            kind,
            unit: meta.unit(),
            decimals: meta.decimals(),
            findings: Vec::new(),
            record: false,
            edits: Vec::new(),
        }
    }

    /// The checker keeping every sum as an edit when `record` says so.
    pub(crate) fn recording(mut self, record: bool) -> Checker {
        self.record = record;
        self
    }

    /// The findings and every sum checked, as edits (each naming its finding, if any).
    pub(crate) fn finish(self) -> (Vec<Finding>, Vec<Edit>) {
        (self.findings, self.edits)
    }

    pub(crate) fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// The place of a cell.
    pub(crate) fn place(&self, row: Option<&dyn RowName>, column: Option<&'static str>) -> Place {
        let mut place = Place::table(self.kind);
        if let Some(row) = row {
            place = place.row(row.key());
        }
        match column {
            Some(key) => place.column_key(key),
            None => place,
        }
    }

    /// Checks `total = Σ plus − Σ minus`. Blank and "——" count as exactly zero; when nothing
    /// at all is printed there is nothing to check. A rounding tail is an info finding, a
    /// larger difference an error naming every place and both numbers.
    pub(crate) fn sum(
        &mut self,
        rule: &'static Rule,
        total: Placed<'_>,
        plus: &[Placed<'_>],
        minus: &[Placed<'_>],
        relation: &'static Template,
    ) {
        let all = core::iter::once(&total).chain(plus).chain(minus);
        if all.clone().all(|(cell, _, _)| !cell.has_amount()) {
            return;
        }
        let operands = self.operands(&total, plus, minus);
        let checked = operands
            .as_ref()
            .ok()
            .and_then(|(t, parts)| check_sum(t, parts).ok());
        let finding = match &checked {
            // A blank total is exactly zero; its figures are shown at the table's
            // precision, as the table prints them.
            Some(check) => sum_finding(
                rule,
                &SumCheck {
                    decimals: check.decimals.or(Some(self.decimals)),
                    ..*check
                },
                relation,
            ),
            None => Some(overflow_finding(rule, relation)),
        };
        if finding.is_none() && !self.record {
            return;
        }
        let places: Vec<Place> = all
            .map(|(_, row, column)| self.place(*row, *column))
            .collect();
        let index = finding.as_ref().map(|_| self.findings.len());
        if let (true, Ok((t, _)), Some(check)) = (self.record, &operands, &checked) {
            // total − Σ plus + Σ minus = 0, each term the figure as printed.
            let signed = core::iter::once((&total, false))
                .chain(plus.iter().map(|p| (p, true)))
                .chain(minus.iter().map(|m| (m, false)));
            let terms = signed
                .zip(&places)
                .map(|(((cell, _, _), negative), place)| Term {
                    figure: cell.published().map(FigureId::of),
                    place: place.clone(),
                    amount: cell.operand(self.unit).unwrap_or(*t),
                    negative,
                })
                .collect();
            self.edits.push(Edit {
                rule,
                relation: Relation::Equal,
                terms,
                allowance_yuan: check.allowance_yuan,
                holds: finding
                    .as_ref()
                    .is_none_or(|f| f.severity == Severity::Info),
                finding: index,
            });
        }
        if let Some(finding) = finding {
            self.findings.push(finding.at_all(places));
        }
    }

    /// Reports `cell` when it prints a negative amount: an expense, a purchase or a running
    /// cost cannot be below zero (the cell is kept as printed).
    pub(crate) fn non_negative(&mut self, rule: &'static Rule, (cell, row, column): Placed<'_>) {
        let Some(amount) = cell.amount() else {
            return;
        };
        if !amount.is_negative() {
            return;
        }
        let printed = match cell.operand(self.unit) {
            Ok(p) => Figure::from(p),
            Err(_) => Figure::money(amount, self.unit, crate::money::Precision::Exact),
        };
        let place = self.place(row, column);
        self.findings.push(
            Finding::new(rule, &NEGATIVE_AMOUNT)
                .at(place)
                .expected(Figure::Phrase(&NOT_NEGATIVE))
                .actual(printed),
        );
    }

    fn operands(
        &self,
        total: &Placed<'_>,
        plus: &[Placed<'_>],
        minus: &[Placed<'_>],
    ) -> Result<(PublishedAmount, Vec<PublishedAmount>), crate::money::MoneyError> {
        let t = total.0.operand(self.unit)?;
        let mut parts = Vec::with_capacity(plus.len().saturating_add(minus.len()));
        for (cell, _, _) in plus {
            parts.push(cell.operand(self.unit)?);
        }
        for (cell, _, _) in minus {
            let p = cell.operand(self.unit)?;
            parts.push(PublishedAmount::new(
                p.amount().negate(),
                p.unit(),
                p.precision(),
            )?);
        }
        Ok((t, parts))
    }
}

const NEGATIVE_AMOUNT: Template = Template {
    zh: "金额不应为负数，实为{actual}",
    en: "the amount cannot be negative, printed {actual}",
};

const NOT_NEGATIVE: Template = Template {
    zh: "不小于0",
    en: "0 or more",
};

/// A line's cell in the column `column`, placed.
pub(crate) fn placed<'a, K: super::ItemKey + 'a>(
    line: &'a super::Line<K, Cell>,
    column: &'static str,
) -> Placed<'a> {
    (line.value(), Some(line), Some(column))
}

/// A line's cell in the column `column` of its column set, placed, if the set has it.
pub(crate) fn placed_in<'a, K: super::ItemKey + 'a, C: super::ColumnSet + 'a>(
    line: &'a super::Line<K, C>,
    column: &'static str,
) -> Option<Placed<'a>> {
    line.value()
        .cell(column)
        .map(|cell| (cell, Some(line as &dyn RowName), Some(column)))
}

impl<K: super::ItemKey, V> RowName for super::Line<K, V> {
    fn key(&self) -> Key {
        Key::Text(self.label().into_boxed_str())
    }
}

impl<C: super::ColumnSet> RowName for super::ClassifiedRow<C> {
    fn key(&self) -> Key {
        match (self.code_of(), self.line()) {
            (Some(code), None) => Key::Function(code),
            _ => Key::Text(self.label().into_boxed_str()),
        }
    }
}
