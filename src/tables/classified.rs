//! Tables whose rows are 合计 and functional classification codes (类/款/项): 公开02表, 03,
//! 05, 07 and 08 share this shape and differ in their columns and row relations.

use core::fmt;
use core::marker::PhantomData;

use crate::classification::{FunctionCode, Level};
use crate::finding::{Finding, Location, Rule, TableKind, Template};

use super::check::{Checker, Placed, RowName};
use super::columns::private::Sealed;
use super::row_label;
use super::{ColumnSet, Problem, ProblemKind, RowRule, TableError, TableMeta};

/// What distinguishes one code-keyed table from another: its columns and its rule ids.
/// Implemented by the marker types [`IncomeSpec`](super::IncomeSpec) …; sealed.
pub trait ClassifiedSpec: Sealed + fmt::Debug + Clone + PartialEq + Eq {
    /// The columns.
    type Columns: ColumnSet;
    /// Which table it is.
    const KIND: TableKind;
    /// The relations inside one row.
    const ROW_RULES: &'static [RowRule];
    /// The rule 类 = Σ款 and 款 = Σ项, in every column.
    const HIERARCHY_RULE: &'static Rule;
    /// The rule 合计 = Σ类, in every column.
    const TOTAL_RULE: &'static Rule;
}

/// Which row: the 合计 row or a classification code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKey {
    /// The 合计 row.
    Total,
    /// A 类, 款 or 项 row.
    Code(FunctionCode),
}

/// One row of a code-keyed table: its key, its printed name (and 行次 if printed), its cells.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassifiedRow<C> {
    key: RowKey,
    line: Option<u16>,
    name: String,
    cells: C,
}

impl<C: ColumnSet> ClassifiedRow<C> {
    /// A row with `key`.
    #[must_use]
    pub fn new(key: RowKey, name: impl Into<String>, cells: C) -> ClassifiedRow<C> {
        ClassifiedRow {
            key,
            line: None,
            name: name.into(),
            cells,
        }
    }

    /// The 合计 row.
    #[must_use]
    pub fn total(name: impl Into<String>, cells: C) -> ClassifiedRow<C> {
        Self::new(RowKey::Total, name, cells)
    }

    /// A row for the code `code` (类, 款 or 项).
    ///
    /// # Errors
    ///
    /// [`CodeError`](crate::classification::CodeError) when `code` is not a well-formed
    /// functional classification code.
    pub fn code(
        code: &str,
        name: impl Into<String>,
        cells: C,
    ) -> Result<ClassifiedRow<C>, crate::classification::CodeError> {
        Ok(Self::new(
            RowKey::Code(FunctionCode::parse(code)?),
            name,
            cells,
        ))
    }

    /// The same row with the 行次 printed beside it.
    #[must_use]
    pub fn with_line(mut self, line: u16) -> ClassifiedRow<C> {
        self.line = Some(line);
        self
    }

    /// The row's key.
    #[must_use]
    pub fn key(&self) -> RowKey {
        self.key
    }

    /// The row's code, `None` for the 合计 row.
    #[must_use]
    pub fn code_of(&self) -> Option<FunctionCode> {
        match self.key {
            RowKey::Total => None,
            RowKey::Code(c) => Some(c),
        }
    }

    /// The 行次, if printed.
    #[must_use]
    pub fn line(&self) -> Option<u16> {
        self.line
    }

    /// The printed name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The cells.
    #[must_use]
    pub fn cells(&self) -> &C {
        &self.cells
    }

    /// How locations name this row: its code, or the 合计 row's printed name.
    #[must_use]
    pub fn label(&self) -> String {
        match self.key {
            RowKey::Code(c) => row_label(Some(&c.to_string()), self.line),
            RowKey::Total => {
                let name = if self.name.is_empty() {
                    "合计"
                } else {
                    &self.name
                };
                row_label(Some(name), self.line)
            }
        }
    }
}

/// A table of 合计 and 类/款/项 rows with the columns of `S`.
///
/// Built only through [`ClassifiedTable::new`] (or deserialization, which calls it): the rows
/// form a valid hierarchy, every amount is in the table's unit and precision, and the
/// arithmetic findings are computed. See the [module documentation](super) for what is
/// rejected and what is reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassifiedTable<S: ClassifiedSpec> {
    meta: TableMeta,
    rows: Vec<ClassifiedRow<S::Columns>>,
    /// (code, index in `rows`) sorted by code: [`ClassifiedTable::row`] is a binary search,
    /// so the rules that look rows up across tables stay O(n log n).
    index: Vec<(FunctionCode, usize)>,
    spec: PhantomData<S>,
}

impl<S: ClassifiedSpec> ClassifiedTable<S> {
    /// Builds the table from its header and its rows in printed order.
    ///
    /// # Errors
    ///
    /// [`TableError::Invalid`] listing every structural problem: a duplicate code or a second
    /// 合计 row, a 款 without its 类 row or a 项 without its 款 row, a 款 or 项 printed under
    /// another parent, an amount in another unit or with more decimals than the table prints,
    /// a value in a column the header does not print, an unknown or repeated column header.
    pub fn new(
        meta: TableMeta,
        rows: Vec<ClassifiedRow<S::Columns>>,
    ) -> Result<ClassifiedTable<S>, TableError> {
        Self::build(meta, rows, Vec::new())
    }

    pub(crate) fn build(
        mut meta: TableMeta,
        mut rows: Vec<ClassifiedRow<S::Columns>>,
        mut problems: Vec<Problem>,
    ) -> Result<ClassifiedTable<S>, TableError> {
        meta.check(S::Columns::COLUMNS, &mut problems);
        let place = meta.location();
        for row in &mut rows {
            let label = row.label();
            meta.normalize_columns(&label, &mut row.cells, &mut problems);
        }
        check_hierarchy(&place, &rows, &mut problems);
        if !problems.is_empty() {
            return Err(TableError::Invalid {
                table: meta.place().to_owned(),
                problems,
            });
        }
        let mut index: Vec<(FunctionCode, usize)> = rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.code_of().map(|c| (c, i)))
            .collect();
        index.sort_unstable();
        Ok(ClassifiedTable {
            meta,
            rows,
            index,
            spec: PhantomData,
        })
    }

    /// The header.
    #[must_use]
    pub fn meta(&self) -> &TableMeta {
        &self.meta
    }

    /// The rows in printed order.
    #[must_use]
    pub fn rows(&self) -> &[ClassifiedRow<S::Columns>] {
        &self.rows
    }

    /// The 合计 row, if printed.
    #[must_use]
    pub fn total_row(&self) -> Option<&ClassifiedRow<S::Columns>> {
        self.rows.iter().find(|r| r.key == RowKey::Total)
    }

    /// The row of `code`, if printed.
    #[must_use]
    pub fn row(&self, code: FunctionCode) -> Option<&ClassifiedRow<S::Columns>> {
        self.index
            .binary_search_by(|(c, _)| c.cmp(&code))
            .ok()
            .and_then(|at| self.index.get(at))
            .and_then(|(_, i)| self.rows.get(*i))
    }

    /// The 类 rows in printed order.
    pub fn classes(&self) -> impl Iterator<Item = &ClassifiedRow<S::Columns>> {
        self.rows
            .iter()
            .filter(|r| r.code_of().is_some_and(|c| c.level() == Level::Class))
    }

    /// The rows one level below `code` (its 款, or its 项), in printed order.
    pub fn children(&self, code: FunctionCode) -> impl Iterator<Item = &ClassifiedRow<S::Columns>> {
        self.rows
            .iter()
            .filter(move |r| r.code_of().and_then(|c| c.parent()) == Some(code))
    }

    /// Whether no amount is printed anywhere (a table published empty).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows.iter().all(|r| !r.cells.has_amount())
    }

    /// The findings of the table's own arithmetic, in printed row order: rounding tails as
    /// info, breaks as errors. Computed on each call; building the table checks structure only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        findings::<S>(&self.meta, &self.rows, false).0
    }

    /// The findings of the table's arithmetic and every relation it checks, as edits.
    pub(crate) fn checked(&self) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        findings::<S>(&self.meta, &self.rows, true)
    }
}

/// Rejects duplicate codes, a second 合计 row, and rows out of their hierarchy.
fn check_hierarchy<C: ColumnSet>(
    place: &Location,
    rows: &[ClassifiedRow<C>],
    problems: &mut Vec<Problem>,
) {
    // Sets, not vectors: a table of many rows stays O(n log n) (the hardening tests build one
    // with every 项 of a 款 range).
    let all: std::collections::BTreeSet<FunctionCode> =
        rows.iter().filter_map(ClassifiedRow::code_of).collect();
    let mut seen: std::collections::BTreeSet<FunctionCode> = std::collections::BTreeSet::new();
    // A row printed again and again is one problem, said once: the list (and its message) stays
    // as long as the table's distinct rows, however many times a damaged text repeats a row.
    let mut repeated: std::collections::BTreeSet<FunctionCode> = std::collections::BTreeSet::new();
    let mut totals = 0_usize;
    let mut class: Option<FunctionCode> = None;
    let mut section: Option<FunctionCode> = None;
    for row in rows {
        let at = || place.clone().row(row.label());
        let code = match row.key {
            RowKey::Total => {
                totals = totals.saturating_add(1);
                if totals == 2 {
                    problems.push(Problem::new(at(), ProblemKind::DuplicateTotalRow));
                }
                continue;
            }
            RowKey::Code(code) => code,
        };
        if !seen.insert(code) {
            if repeated.insert(code) {
                problems.push(Problem::new(at(), ProblemKind::DuplicateRow));
            }
            continue;
        }
        let current = match code.level() {
            Level::Class => {
                class = Some(code);
                section = None;
                continue;
            }
            Level::Section => {
                let current = class;
                section = Some(code);
                current
            }
            Level::Item => section,
        };
        let Some(parent) = code.parent() else {
            continue;
        };
        if current != Some(parent) {
            let kind = if all.contains(&parent) {
                ProblemKind::Misplaced {
                    parent: parent.to_string(),
                    found: current.map_or_else(|| "nothing".to_owned(), |c| c.to_string()),
                }
            } else {
                ProblemKind::MissingParent {
                    parent: parent.to_string(),
                }
            };
            problems.push(Problem::new(at(), kind));
        }
    }
}

/// The arithmetic findings, in printed row order: row relations, then 类 = Σ款 / 款 = Σ项 for a
/// parent row, then 合计 = Σ类 for the 合计 row.
const TOTAL_IS_SUM_OF_CLASSES: Template = Template {
    zh: "合计 = 各类之和",
    en: "the 合计 row equals the sum of the 类 rows",
};

const CLASS_IS_SUM_OF_SECTIONS: Template = Template {
    zh: "类 = 所属各款之和",
    en: "the 类 equals the sum of its 款",
};

const SECTION_IS_SUM_OF_ITEMS: Template = Template {
    zh: "款 = 所属各项之和",
    en: "the 款 equals the sum of its 项",
};

fn findings<S: ClassifiedSpec>(
    meta: &TableMeta,
    rows: &[ClassifiedRow<S::Columns>],
    record: bool,
) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
    let mut checker = Checker::new(S::KIND, meta).recording(record);
    let printed: Vec<&'static str> = S::Columns::COLUMNS
        .iter()
        .map(|c| c.key)
        .filter(|k| meta.prints(k))
        .collect();
    // The rows under each parent, in printed order, found once (not by a scan per row: a
    // table of many rows stays O(n log n)).
    let mut classes: Vec<&ClassifiedRow<S::Columns>> = Vec::new();
    let mut children_of: std::collections::BTreeMap<FunctionCode, Vec<&ClassifiedRow<S::Columns>>> =
        std::collections::BTreeMap::new();
    for row in rows {
        if let Some(code) = row.code_of() {
            match code.parent() {
                Some(parent) => children_of.entry(parent).or_default().push(row),
                None => classes.push(row),
            }
        }
    }
    for row in rows {
        for rule in S::ROW_RULES {
            let keys = core::iter::once(&rule.total)
                .chain(rule.plus)
                .chain(rule.minus);
            if !keys.clone().all(|k| meta.prints(k)) {
                continue;
            }
            let placed = |k: &&'static str| -> Option<Placed<'_>> {
                row.cells
                    .cell(k)
                    .map(|c| (c, Some(row as &dyn RowName), Some(*k)))
            };
            let Some(total) = placed(&rule.total) else {
                continue;
            };
            let plus: Vec<Placed<'_>> = rule.plus.iter().filter_map(placed).collect();
            let minus: Vec<Placed<'_>> = rule.minus.iter().filter_map(placed).collect();
            checker.sum(rule.rule, total, &plus, &minus, rule.what);
        }
        let children: &[&ClassifiedRow<S::Columns>] = match row.key {
            RowKey::Total => &classes,
            RowKey::Code(code) => children_of.get(&code).map_or(&[], Vec::as_slice),
        };
        if row.key != RowKey::Total && children.is_empty() {
            continue;
        }
        let (rule, what) = match row.key {
            RowKey::Total => (S::TOTAL_RULE, &TOTAL_IS_SUM_OF_CLASSES),
            RowKey::Code(code) if code.level() == Level::Class => {
                (S::HIERARCHY_RULE, &CLASS_IS_SUM_OF_SECTIONS)
            }
            RowKey::Code(_) => (S::HIERARCHY_RULE, &SECTION_IS_SUM_OF_ITEMS),
        };
        for key in &printed {
            let Some(total) = row.cells.cell(key) else {
                continue;
            };
            let parts: Vec<Placed<'_>> = children
                .iter()
                .filter_map(|child| {
                    child
                        .cells
                        .cell(key)
                        .map(|c| (c, Some(*child as &dyn RowName), Some(*key)))
                })
                .collect();
            checker.sum(rule, (total, Some(row), Some(*key)), &parts, &[], what);
        }
    }
    checker.finish()
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{ClassifiedRow, ClassifiedSpec, ClassifiedTable, RowKey};
    use crate::classification::FunctionCode;
    use crate::tables::meta::RawMeta;
    use crate::tables::raw::RawRow;
    use crate::tables::{ColumnSet, Problem, ProblemKind, TableError, TableMeta};

    /// The JSON shape of a code-keyed table.
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(crate) struct RawClassifiedTable {
        #[serde(deserialize_with = "crate::serde_util::table_meta")]
        meta: RawMeta,
        rows: Vec<RawRow>,
    }

    impl<S: ClassifiedSpec> TryFrom<RawClassifiedTable> for ClassifiedTable<S> {
        type Error = TableError;
        fn try_from(raw: RawClassifiedTable) -> Result<Self, TableError> {
            let meta = TableMeta::from(raw.meta);
            let place = meta.location();
            let keys: Vec<&str> = S::Columns::COLUMNS.iter().map(|c| c.key).collect();
            let mut problems = Vec::new();
            let mut rows = Vec::with_capacity(raw.rows.len());
            for raw_row in raw.rows {
                let at = || place.clone().row(raw_row.label());
                if let Some(item) = &raw_row.item {
                    problems.push(Problem::new(
                        at(),
                        ProblemKind::UnknownItem {
                            found: item.clone(),
                            expected: "no item: rows are keyed by code (or none for 合计)"
                                .to_owned(),
                        },
                    ));
                }
                let key = match &raw_row.code {
                    None => RowKey::Total,
                    Some(code) => match FunctionCode::parse(code) {
                        Ok(c) => RowKey::Code(c),
                        Err(error) => {
                            problems.push(Problem::new(at(), ProblemKind::InvalidCode { error }));
                            continue;
                        }
                    },
                };
                let mut cells = S::Columns::default();
                raw_row.read_cells(
                    &place,
                    &keys,
                    meta.unit(),
                    &mut cells.cells_mut(),
                    &mut problems,
                );
                let mut row =
                    ClassifiedRow::new(key, raw_row.name.clone().unwrap_or_default(), cells);
                row.line = raw_row.line;
                rows.push(row);
            }
            ClassifiedTable::build(meta, rows, problems)
        }
    }

    impl<S: ClassifiedSpec> From<&ClassifiedTable<S>> for RawClassifiedTable {
        fn from(table: &ClassifiedTable<S>) -> Self {
            let rows = table
                .rows
                .iter()
                .map(|row| RawRow {
                    line: row.line,
                    code: row.code_of().map(|c| c.to_string()),
                    item: None,
                    name: Some(row.name.clone()).filter(|n| !n.is_empty()),
                    cells: S::Columns::COLUMNS
                        .iter()
                        .zip(row.cells.cells())
                        .filter_map(|(spec, cell)| {
                            Option::from(*cell).map(|raw| (spec.key.to_owned(), raw))
                        })
                        .collect(),
                })
                .collect();
            RawClassifiedTable {
                meta: table.meta.clone().into(),
                rows,
            }
        }
    }

    impl<S: ClassifiedSpec> Serialize for ClassifiedTable<S> {
        fn serialize<Ser: Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
            RawClassifiedTable::from(self).serialize(serializer)
        }
    }

    impl<'de, S: ClassifiedSpec> Deserialize<'de> for ClassifiedTable<S> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: RawClassifiedTable = crate::serde_util::object(
                deserializer,
                "a table of rows keyed by code (公开02/03/05/07/08表)",
            )?;
            ClassifiedTable::try_from(raw).map_err(serde::de::Error::custom)
        }
    }
}
