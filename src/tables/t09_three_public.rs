//! 公开09表 财政拨款“三公”经费支出决算表: 预算数 and 决算数 of the three public expenses.

use super::check::{Checker, Placed};
use super::columns::column_set;
use super::{ColumnSet, ColumnSpec, Problem, ProblemKind, SOURCE, TableError, TableMeta};
use crate::finding::{Area, TableKind, Template};
use crate::finding::{Finding, Rule, Severity};

column_set! {
    /// One group of 公开09表 (预算数 or 决算数): 合计, 因公出国（境）费, 公务用车购置及运行维护费
    /// (小计, 购置费, 运行维护费), 公务接待费.
    pub struct ThreePublicColumns {
        /// 合计.
        total => "合计",
        /// 因公出国（境）费.
        overseas => "因公出国（境）费",
        /// 公务用车购置及运行维护费 小计.
        vehicles => "公务用车购置及运行维护费 小计",
        /// 公务用车购置费.
        vehicle_purchase => "公务用车购置及运行维护费 公务用车购置费",
        /// 公务用车运行维护费.
        vehicle_operation => "公务用车购置及运行维护费 公务用车运行维护费",
        /// 公务接待费.
        reception => "公务接待费",
    }
}

/// The columns of 公开09表: `budget_…` (预算数, 栏次 1–6 in the spec) and `actual_…` (决算数,
/// 栏次 7–12), each group as in [`ThreePublicColumns`]. A template printing a 预算数/决算数 pair
/// under each item keeps the same keys with other 栏次.
pub const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        key: "budget_total",
        name: "预算数 合计",
    },
    ColumnSpec {
        key: "budget_overseas",
        name: "预算数 因公出国（境）费",
    },
    ColumnSpec {
        key: "budget_vehicles",
        name: "预算数 公务用车购置及运行维护费 小计",
    },
    ColumnSpec {
        key: "budget_vehicle_purchase",
        name: "预算数 公务用车购置及运行维护费 公务用车购置费",
    },
    ColumnSpec {
        key: "budget_vehicle_operation",
        name: "预算数 公务用车购置及运行维护费 公务用车运行维护费",
    },
    ColumnSpec {
        key: "budget_reception",
        name: "预算数 公务接待费",
    },
    ColumnSpec {
        key: "actual_total",
        name: "决算数 合计",
    },
    ColumnSpec {
        key: "actual_overseas",
        name: "决算数 因公出国（境）费",
    },
    ColumnSpec {
        key: "actual_vehicles",
        name: "决算数 公务用车购置及运行维护费 小计",
    },
    ColumnSpec {
        key: "actual_vehicle_purchase",
        name: "决算数 公务用车购置及运行维护费 公务用车购置费",
    },
    ColumnSpec {
        key: "actual_vehicle_operation",
        name: "决算数 公务用车购置及运行维护费 公务用车运行维护费",
    },
    ColumnSpec {
        key: "actual_reception",
        name: "决算数 公务接待费",
    },
];

/// 公开09表 财政拨款“三公”经费支出决算表.
///
/// ```
/// use final_accounts::money::MoneyUnit;
/// use final_accounts::tables::{Cell, TableMeta, ThreePublicColumns, ThreePublicTable};
///
/// let wan = MoneyUnit::WanYuan;
/// let group = ThreePublicColumns {
///     total: Cell::parse("1.03", wan)?,
///     vehicles: Cell::parse("1.03", wan)?,
///     vehicle_operation: Cell::parse("1.03", wan)?,
///     ..ThreePublicColumns::default()
/// };
/// let t = ThreePublicTable::new(TableMeta::new("财政拨款“三公”经费支出决算表", wan), group, group)?;
/// assert!(t.check().is_empty());
/// assert_eq!(t.actual().vehicle_operation.to_string(), "1.03");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreePublicTable {
    meta: TableMeta,
    budget: ThreePublicColumns,
    actual: ThreePublicColumns,
}

impl ThreePublicTable {
    /// Builds the table from its header and its two groups.
    ///
    /// # Errors
    ///
    /// [`TableError::Invalid`] listing every structural problem: an amount in another unit or
    /// with more decimals than the table prints, a value in a column the header does not
    /// print, a bad header.
    pub fn new(
        meta: TableMeta,
        budget: ThreePublicColumns,
        actual: ThreePublicColumns,
    ) -> Result<ThreePublicTable, TableError> {
        Self::build(meta, budget, actual, Vec::new())
    }

    fn build(
        mut meta: TableMeta,
        mut budget: ThreePublicColumns,
        mut actual: ThreePublicColumns,
        mut problems: Vec<Problem>,
    ) -> Result<ThreePublicTable, TableError> {
        meta.check(COLUMNS, &mut problems);
        let place = meta.location();
        for (prefix, group) in [("budget", &mut budget), ("actual", &mut actual)] {
            for (spec, cell) in ThreePublicColumns::COLUMNS.iter().zip(group.cells_mut()) {
                let key = format!("{prefix}_{}", spec.key);
                let at = || place.clone().column(key.clone());
                match cell.normalize(meta.unit(), meta.decimals()) {
                    Ok(c) => *cell = c,
                    Err(kind) => problems.push(Problem::new(at(), kind)),
                }
                if cell.has_amount() && !meta.prints(&key) {
                    problems.push(Problem::new(
                        at(),
                        ProblemKind::ValueInUnprintedColumn {
                            value: cell.to_string(),
                        },
                    ));
                }
            }
        }
        if !problems.is_empty() {
            return Err(TableError::Invalid {
                table: meta.place().to_owned(),
                problems,
            });
        }
        Ok(ThreePublicTable {
            meta,
            budget,
            actual,
        })
    }

    /// The findings of the table's own arithmetic (`t09.*`), in each of the 预算数 and 决算数
    /// groups: rounding tails as info, breaks as errors. Computed on each call; building the
    /// table checks structure only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        self.checked_with(false).0
    }

    /// The findings of the table's arithmetic; with `record`, every relation it checks as an
    /// edit too (`Table::checked` calls it so).
    pub(super) fn checked_with(&self, record: bool) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        let mut checker = Checker::new(TableKind::ThreePublic, &self.meta).recording(record);
        for (budget, group) in [(true, &self.budget), (false, &self.actual)] {
            let at = |key: &str, cell| -> Placed<'_> { (cell, None, full_key(budget, key)) };
            for (spec, cell) in ThreePublicColumns::COLUMNS.iter().zip(group.cells()) {
                checker.non_negative(&NEGATIVE, at(spec.key, cell));
            }
            let keys = ["total", "overseas", "vehicles", "reception"];
            if keys
                .iter()
                .all(|k| full_key(budget, k).is_some_and(|full| self.meta.prints(full)))
            {
                checker.sum(
                    &GROUP_TOTAL,
                    at("total", &group.total),
                    &[
                        at("overseas", &group.overseas),
                        at("vehicles", &group.vehicles),
                        at("reception", &group.reception),
                    ],
                    &[],
                    &Template {
                        zh: "合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费",
                        en: "合计 equals 因公出国（境）费 plus 公务用车购置及运行维护费 plus 公务接待费",
                    },
                );
            }
            let keys = ["vehicles", "vehicle_purchase", "vehicle_operation"];
            if keys
                .iter()
                .all(|k| full_key(budget, k).is_some_and(|full| self.meta.prints(full)))
            {
                checker.sum(
                    &VEHICLE_SUBTOTAL,
                    at("vehicles", &group.vehicles),
                    &[
                        at("vehicle_purchase", &group.vehicle_purchase),
                        at("vehicle_operation", &group.vehicle_operation),
                    ],
                    &[],
                    &Template {
                        zh: "公务用车购置及运行维护费小计 = 购置费 + 运行维护费",
                        en: "the vehicle subtotal equals purchase plus operation",
                    },
                );
            }
        }
        checker.finish()
    }

    /// The header.
    #[must_use]
    pub fn meta(&self) -> &TableMeta {
        &self.meta
    }

    /// The 预算数 group.
    #[must_use]
    pub fn budget(&self) -> &ThreePublicColumns {
        &self.budget
    }

    /// The 决算数 group.
    #[must_use]
    pub fn actual(&self) -> &ThreePublicColumns {
        &self.actual
    }

    /// Whether no amount is printed (a table published empty).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.budget
            .cells()
            .into_iter()
            .chain(self.actual.cells())
            .all(|c| !c.has_amount())
    }
}

/// The printed column key of a 预算数 (`budget`) or 决算数 column: `budget_total` ….
fn full_key(budget: bool, key: &str) -> Option<&'static str> {
    ThreePublicColumns::COLUMNS
        .iter()
        .position(|c| c.key == key)
        .and_then(|i| {
            if budget {
                BUDGET_KEYS.get(i)
            } else {
                ACTUAL_KEYS.get(i)
            }
        })
        .copied()
}

/// The printed keys of the 预算数 columns, in the order of [`ThreePublicColumns::COLUMNS`].
const BUDGET_KEYS: &[&str] = &[
    "budget_total",
    "budget_overseas",
    "budget_vehicles",
    "budget_vehicle_purchase",
    "budget_vehicle_operation",
    "budget_reception",
];

/// The printed keys of the 决算数 columns, in the order of [`ThreePublicColumns::COLUMNS`].
const ACTUAL_KEYS: &[&str] = &[
    "actual_total",
    "actual_overseas",
    "actual_vehicles",
    "actual_vehicle_purchase",
    "actual_vehicle_operation",
    "actual_reception",
];

/// The rules of 公开09表.
/// `t09.group-total`: see [`RULES`].
pub const GROUP_TOTAL: Rule = Rule::new("t09.group-total", Area::Table(TableKind::ThreePublic), Severity::Error)
    .titled("三公 group total", "三公经费合计")
    .described("In the 预算数 and the 决算数 group, 合计 equals 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费.")
    .sourced(SOURCE);

/// `t09.vehicle-subtotal`: see [`RULES`].
pub const VEHICLE_SUBTOTAL: Rule = Rule::new(
    "t09.vehicle-subtotal",
    Area::Table(TableKind::ThreePublic),
    Severity::Error,
)
.titled("vehicle subtotal", "公务用车购置及运行维护费小计")
.described("In each group, the 公务用车购置及运行维护费 小计 equals 购置费 + 运行维护费.")
.sourced(SOURCE);

/// `t09.negative`: see [`RULES`].
pub const NEGATIVE: Rule = Rule::new("t09.negative", Area::Table(TableKind::ThreePublic), Severity::Error)
    .titled("negative 三公 amount", "三公经费为负数")
    .described("No 预算数 or 决算数 of the 三公 expenses (因公出国（境）费, 公务用车购置及运行维护费, 公务接待费, their 合计) is below zero: money spent or budgeted cannot be. The cell is kept as printed.")
    .sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&GROUP_TOTAL, &VEHICLE_SUBTOTAL, &NEGATIVE];

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{ThreePublicColumns, ThreePublicTable};
    use crate::tables::meta::RawMeta;
    use crate::tables::raw::RawRow;
    use crate::tables::{ColumnSet, Problem, ProblemKind, TableMeta};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(deserialize_with = "crate::serde_util::table_meta")]
        meta: RawMeta,
        budget: RawRow,
        actual: RawRow,
    }

    fn write(group: &ThreePublicColumns) -> RawRow {
        RawRow {
            cells: ThreePublicColumns::COLUMNS
                .iter()
                .zip(group.cells())
                .filter_map(|(spec, cell)| {
                    Option::from(*cell).map(|raw| (spec.key.to_owned(), raw))
                })
                .collect(),
            ..RawRow::default()
        }
    }

    impl Serialize for ThreePublicTable {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            Raw {
                meta: self.meta.clone().into(),
                budget: write(&self.budget),
                actual: write(&self.actual),
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for ThreePublicTable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: Raw =
                crate::serde_util::object(deserializer, "table 公开09表 (three_public)")?;
            let meta = TableMeta::from(raw.meta);
            let place = meta.location();
            let keys: Vec<&str> = ThreePublicColumns::COLUMNS.iter().map(|c| c.key).collect();
            let mut problems = Vec::new();
            let mut read = |label: &str, row: &RawRow| {
                if row.line.is_some()
                    || row.code.is_some()
                    || row.item.is_some()
                    || row.name.is_some()
                {
                    problems.push(Problem::new(
                        place.clone().row(label),
                        ProblemKind::UnknownItem {
                            found: row.label(),
                            expected: "only cells in a 公开09表 group".to_owned(),
                        },
                    ));
                }
                let mut group = ThreePublicColumns::default();
                let mut named = row.clone();
                named.name = Some(label.to_owned());
                named.read_cells(
                    &place,
                    &keys,
                    meta.unit(),
                    &mut group.cells_mut(),
                    &mut problems,
                );
                group
            };
            let budget = read("预算数", &raw.budget);
            let actual = read("决算数", &raw.actual);
            ThreePublicTable::build(meta, budget, actual, problems)
                .map_err(serde::de::Error::custom)
        }
    }
}
