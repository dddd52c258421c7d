//! From findings to marked cells: the key of a place, the index of the cells a page prints,
//! and how each finding marks the cells its places resolve to.

use std::collections::BTreeMap;

use crate::finding::{Figure, Finding, Key, Part, Place, Severity};

use super::grid::normal;

/// The key of a place, as the page writes it in the `data-place` attribute of the cell (or
/// statement, form row, outline line) it stands for: the part, the row and the column, each
/// without white space, separated by `|`. Codes are written as printed, columns by their key.
///
/// The page gives every cell the key of its canonical place (a classified row by its code, a
/// line of a fixed-item table by its item, a column by its key), and marks the cells of a
/// finding by resolving each of the finding's places to those keys.
///
/// ```
/// use final_accounts::finding::{Place, TableKind};
/// use final_accounts::html::place_key;
/// let place = Place::table(TableKind::Income).row_code("208".parse()?).column_key("total");
/// assert_eq!(place_key(&place), "income|208|total");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn place_key(place: &Place) -> String {
    let part = match &place.part {
        Part::Table(kind) => kind.to_string(),
        Part::Document => "document".to_owned(),
        Part::Narrative => "narrative".to_owned(),
        Part::Forms => "forms".to_owned(),
        Part::Form(name) => format!("form:{}", normal(name)),
    };
    let key = |k: &Option<Key>| k.as_ref().map(key_text).unwrap_or_default();
    format!("{part}|{}|{}", key(&place.row), key(&place.column))
}

/// The text of a row or column key, without white space.
pub(super) fn key_text(key: &Key) -> String {
    normal(&match key {
        Key::Function(code) => code.to_string(),
        Key::Economic(code) => code.to_string(),
        Key::Column(column) => (*column).to_owned(),
        Key::Static(s) => (*s).to_owned(),
        Key::Text(t) => t.to_string(),
    })
}

/// One thing on the page a finding can point at: its key and the names of its row and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Target {
    pub(super) key: String,
    pub(super) rows: Vec<String>,
    pub(super) columns: Vec<String>,
}

/// Everything on the page a finding can point at, by part.
#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    parts: BTreeMap<Part, Vec<Target>>,
    /// The key of each part as a whole (a table, the 说明, a form), for places naming no row or
    /// column.
    wholes: BTreeMap<Part, String>,
}

impl Index {
    /// Adds a target in `part`.
    pub(super) fn add(&mut self, part: &Part, target: Target) {
        self.parts.entry(part.clone()).or_default().push(target);
    }

    /// Records the key of a whole part.
    pub(super) fn whole(&mut self, part: &Part, key: String) {
        self.wholes.insert(part.clone(), key);
    }

    /// The keys `place` resolves to: the cells whose row and column it names (a place naming
    /// only a row marks the row, only a column the column), or the part as a whole when it
    /// names neither. Empty when the page prints nothing the place names (the page then marks
    /// the part as a whole, and says so).
    pub(super) fn resolve(&self, place: &Place) -> Vec<String> {
        if place.row.is_none() && place.column.is_none() {
            return self.wholes.get(&place.part).cloned().into_iter().collect();
        }
        let row = place.row.as_ref().map(key_text);
        let column = place.column.as_ref().map(key_text);
        let mut keys: Vec<String> = self
            .parts
            .get(&place.part)
            .map(|targets| {
                targets
                    .iter()
                    .filter(|t| row.as_ref().is_none_or(|r| t.rows.contains(r)))
                    .filter(|t| column.as_ref().is_none_or(|c| t.columns.contains(c)))
                    .map(|t| t.key.clone())
                    .collect()
            })
            .unwrap_or_default();
        keys.dedup();
        keys
    }
}

/// How a finding marks its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Mark {
    /// Info that is not a rounding tail (a figure that cannot be checked, a note): dotted.
    Info,
    /// A rounding tail (尾数误差): grey.
    Tail,
    /// A warning: outlined in orange.
    Warning,
    /// An error: outlined in red.
    Error,
    /// The figure a localisation names as wrong: red, with the value it would need.
    Culprit,
}

impl Mark {
    /// The mark of a finding's cells.
    pub(super) fn of(finding: &Finding) -> Mark {
        match finding.severity {
            Severity::Error => Mark::Error,
            Severity::Warning => Mark::Warning,
            Severity::Info if finding.is_tail() => Mark::Tail,
            Severity::Info => Mark::Info,
        }
    }

    /// The class of a marked cell (`m-error` …) and the word of the finding list.
    pub(super) fn name(self) -> &'static str {
        match self {
            Mark::Info => "info",
            Mark::Tail => "tail",
            Mark::Warning => "warning",
            Mark::Error => "error",
            Mark::Culprit => "culprit",
        }
    }
}

/// The figures a finding names as the wrong ones, each with the value it would need: the
/// culprit of a localized finding ([`Localization::Culprit`](crate::finding::Localization),
/// one set of one or two figures that alone explains every failing relation). The page marks
/// each red with the value beside it ([`Mark::Culprit`]) while the relations' other cells stay
/// outlined. An ambiguity ("one of A, B") names no culprit: its figures are only outlined, as
/// every figure of a failing relation is, and the finding's text lists the sets.
pub(super) fn culprits(finding: &Finding) -> Vec<(Place, Option<Figure>)> {
    match finding.localized.as_deref().map(|l| &l.localization) {
        Some(crate::finding::Localization::Culprit(suspects)) => suspects
            .iter()
            .map(|s| (s.place.clone(), Some(s.implied_figure())))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::TableKind;

    #[test]
    fn a_place_resolves_by_row_and_column_names() {
        let mut index = Index::default();
        let part = Part::Table(TableKind::GeneralBudget);
        index.add(
            &part,
            Target {
                key: "general_budget|合计|total".into(),
                rows: vec!["合计".into()],
                columns: vec!["total".into(), "本年支出小计".into(), "小计".into()],
            },
        );
        index.add(
            &part,
            Target {
                key: "general_budget|合计|basic".into(),
                rows: vec!["合计".into()],
                columns: vec!["basic".into()],
            },
        );
        index.whole(&part, "general_budget||".into());
        let at = |row: Key, column: Option<Key>| {
            let place = Place::table(TableKind::GeneralBudget).row(row);
            index.resolve(&match column {
                Some(c) => place.column(c),
                None => place,
            })
        };
        assert_eq!(
            at(Key::Static("合计"), Some(Key::Static("小计"))),
            ["general_budget|合计|total"]
        );
        assert_eq!(at(Key::Static("合计"), None).len(), 2);
        assert!(at(Key::Static("208"), None).is_empty());
        assert_eq!(
            index.resolve(&Place::table(TableKind::GeneralBudget)),
            ["general_budget||"]
        );
    }
}
