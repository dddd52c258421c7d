//! Printing a table of exact amounts in a rounded unit, independently or with controlled rounding.
//!
//! # The problem
//!
//! A table of 万元 with two decimals is printed from source data in 元. Rounding every printed
//! figure on its own (四舍五入, [`TableRounding::Independent`]) is what publishers do, and it
//! leaves rounding tails (尾数误差): a 合计 that is not the sum of its printed parts.
//!
//! # Controlled rounding
//!
//! [`TableRounding::Controlled`] prints every figure as one of the two multiples of the printed
//! unit adjacent to its exact value (a figure that is already a multiple, zero included, is
//! printed as it is), and every printed aggregate is the exact sum of its printed parts: each
//! aggregate row of every column, each row's total across the columns, and the grand total.
//!
//! The method is that of Bacharach (1966), "Matrix rounding problems", and Cox's controlled
//! rounding: a table whose rows form a hierarchy (合计 / 类 / 款 / 项) and whose columns add up
//! to one total column is a *network*. Every printed figure is the flow on one arc of a
//! circulation:
//!
//! * a source sends each top row's total to that row's total node, which sends each child row's
//!   total on to the child's node;
//! * a leaf row's total node sends its cells to the column node of its parent row (or to the
//!   sink for a top row), and an aggregate row's column node passes its cell on in the same way;
//! * the sink returns the grand total to the source.
//!
//! Flow is conserved at every node because every aggregate is the sum of its parts. The
//! constraint matrix of a network is totally unimodular, so an integral circulation with every
//! arc at the floor or the ceiling of its exact flow exists. This module finds one by cycle
//! cancelling: while some arc carries a fractional flow (not a whole number of printed units),
//! conservation forces a cycle of fractional arcs through it; pushing flow around that cycle
//! until one of its arcs reaches its floor or ceiling fixes that arc for good. At most one round
//! per arc, each a walk over the fractional arcs: O(A²) for A arcs, about (rows × (columns + 1))
//! arcs. The result is deterministic.
//!
//! # What is guaranteed, and where
//!
//! For one table ([`ExactTable::round`]):
//!
//! * every printed figure `p` of an exact value `x` satisfies `|p − x| < 1` printed unit, and
//!   `p = x` when `x` is a whole number of printed units;
//! * every printed aggregate equals the sum of its printed parts, down each column and across
//!   each row, so an audit finds no rounding tail.
//!
//! The guarantee needs the network structure: a hierarchy of rows against one level of columns.
//! A table with *two* levels of columns under a row hierarchy (columns by fund within columns by
//! nature, say) is no longer a network, and the same holds across tables that cut one ledger by
//! different dimensions. There, print the finer table with this method and take the coarser
//! figures as sums of printed figures: the identities still hold exactly, and a figure summed
//! from `k` controlled figures lies within `k` printed units of its exact value.
//!
//! # Examples
//!
//! The Datong 2023 disclosure (公开01表) prints three income lines, 1735.92, 254.97 and 0.16
//! 万元, under a total of 1991.06. Exact figures that print exactly so, rounded each on its own,
//! are 17,359,249 元, 2,549,749 元 and 1,649 元: their parts sum to 1991.05 and their total
//! rounds to 1991.06. Controlled rounding prints a consistent table from the same figures.
//!
//! ```
//! use final_accounts::money::{Amount, ExactTable, MoneyUnit, RowTree, TableRounding};
//! use rust_decimal::Decimal;
//!
//! // Row 0 is the total of rows 1, 2 and 3; one column.
//! let rows = RowTree::new(vec![None, Some(0), Some(0), Some(0)])?;
//! let yuan = |yuan: i64| Amount::from_yuan(Decimal::from(yuan));
//! let leaves = vec![vec![yuan(17_359_249)?], vec![yuan(2_549_749)?], vec![yuan(1_649)?]];
//! let table = ExactTable::new(rows, 1, leaves)?;
//!
//! let independent = table.round(MoneyUnit::WanYuan, 2, TableRounding::Independent)?;
//! assert_eq!(independent.cell(0, 0).to_string(), "1991.06");
//! let parts: Decimal = (1..4).map(|r| independent.cell(r, 0).value()).sum();
//! assert_eq!(parts.to_string(), "1991.05");
//!
//! let controlled = table.round(MoneyUnit::WanYuan, 2, TableRounding::Controlled)?;
//! let parts: Decimal = (1..4).map(|r| controlled.cell(r, 0).value()).sum();
//! assert_eq!(controlled.cell(0, 0).value(), parts);
//! # Ok::<(), final_accounts::Error>(())
//! ```

use core::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{Amount, MoneyError, MoneyUnit, PublishedAmount};

mod circulation;
pub use circulation::{Circulation, Flow, MAX_FLOWS, Node};

/// The most rows a [`RowTree`] may have: far above any disclosure table, low enough that the
/// rounding's O(A²) bound stays small.
pub const MAX_ROWS: usize = 100_000;

/// The most columns an [`ExactTable`] may have.
pub const MAX_COLUMNS: usize = 64;

/// Why a table could not be set up or printed.
///
/// ```
/// use final_accounts::money::{RowTree, TableRoundingError};
/// let err = RowTree::new(vec![Some(1), Some(0)]).unwrap_err();
/// assert!(matches!(err, TableRoundingError::Cycle { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TableRoundingError {
    /// A row names a parent row that does not exist.
    #[error("row {row} names parent row {parent}, but the table has {rows} rows")]
    UnknownParent {
        /// The row (0-based).
        row: usize,
        /// The parent it names.
        parent: usize,
        /// How many rows there are.
        rows: usize,
    },
    /// Following the parents from a row comes back to it.
    #[error("row {row} is its own ancestor: the rows must form a hierarchy")]
    Cycle {
        /// A row on the cycle.
        row: usize,
    },
    /// Too many rows or columns, or none.
    #[error("a table needs 1 to {max} {what}; found {found}")]
    Size {
        /// "rows" or "columns".
        what: &'static str,
        /// How many were given.
        found: usize,
        /// The most allowed.
        max: usize,
    },
    /// The values given are not one row per leaf row.
    #[error("the table has {expected} leaf rows; values were given for {found}")]
    LeafCount {
        /// Leaf rows of the hierarchy.
        expected: usize,
        /// Rows of values given.
        found: usize,
    },
    /// A row of values has the wrong number of columns.
    #[error("leaf row {row} has {found} values; the table has {expected} columns")]
    ColumnCount {
        /// The row (0-based, in the hierarchy's numbering).
        row: usize,
        /// Columns of the table.
        expected: usize,
        /// Values given.
        found: usize,
    },
    /// An arc names a node its circulation did not make.
    #[error("node {node} is not one of the circulation's {nodes} nodes")]
    UnknownNode {
        /// The node named.
        node: usize,
        /// How many nodes the circulation has.
        nodes: usize,
    },
    /// A node's exact inflow differs from its outflow: the figures are not a circulation.
    #[error(
        "node {node} receives {inflow} 元 but passes on {outflow} 元; the figures do not balance"
    )]
    NotConserved {
        /// The node.
        node: usize,
        /// What flows in, in 元.
        inflow: Decimal,
        /// What flows out, in 元.
        outflow: Decimal,
    },
    /// The printed unit with these decimals is finer than one 分, or a figure overflowed.
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// The rows of a table as a hierarchy: each row is either a leaf, holding exact values, or the
/// sum of the rows that name it as their parent (合计 over 类 over 款 over 项).
///
/// Rows are numbered in the order given; a parent may come before or after its children.
///
/// ```
/// use final_accounts::money::RowTree;
/// // 合计 (0) over 类 208 (1) over 款 20801 (2) over 项 2080101 (3) and 2080102 (4).
/// let rows = RowTree::new(vec![None, Some(0), Some(1), Some(2), Some(2)])?;
/// assert_eq!(rows.len(), 5);
/// assert_eq!(rows.leaves().collect::<Vec<_>>(), vec![3, 4]);
/// assert_eq!(rows.children(2), &[3, 4]);
/// # Ok::<(), final_accounts::money::TableRoundingError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowTree {
    parents: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
}

impl RowTree {
    /// A hierarchy from each row's parent (`None` for a top row).
    ///
    /// # Errors
    ///
    /// [`TableRoundingError::UnknownParent`], [`TableRoundingError::Cycle`], or
    /// [`TableRoundingError::Size`] for no rows or more than [`MAX_ROWS`].
    pub fn new(parents: Vec<Option<usize>>) -> Result<RowTree, TableRoundingError> {
        let rows = parents.len();
        if rows == 0 || rows > MAX_ROWS {
            return Err(TableRoundingError::Size {
                what: "rows",
                found: rows,
                max: MAX_ROWS,
            });
        }
        let mut children = vec![Vec::new(); rows];
        for (row, parent) in parents.iter().enumerate() {
            if let Some(parent) = *parent {
                let slot = children
                    .get_mut(parent)
                    .ok_or(TableRoundingError::UnknownParent { row, parent, rows })?;
                slot.push(row);
            }
        }
        // A row reaches a top row by its parents unless it is on (or under) a cycle; rows
        // already known to reach one are not walked again.
        let mut reaches_top = vec![false; rows];
        for start in 0..rows {
            let mut chain = Vec::new();
            let mut row = start;
            loop {
                if reaches_top.get(row).copied().unwrap_or(false) {
                    break;
                }
                if chain.len() > rows {
                    return Err(TableRoundingError::Cycle { row: start });
                }
                chain.push(row);
                match parents.get(row).copied().flatten() {
                    Some(parent) => row = parent,
                    None => break,
                }
            }
            for row in chain {
                if let Some(slot) = reaches_top.get_mut(row) {
                    *slot = true;
                }
            }
        }
        Ok(RowTree { parents, children })
    }

    /// How many rows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.parents.len()
    }

    /// Always `false`: a hierarchy has at least one row.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.parents.is_empty()
    }

    /// A row's parent, if it has one (and the row exists).
    #[must_use]
    pub fn parent(&self, row: usize) -> Option<usize> {
        self.parents.get(row).copied().flatten()
    }

    /// The rows whose parent is `row`, in order (empty for a leaf or a row that does not exist).
    #[must_use]
    pub fn children(&self, row: usize) -> &[usize] {
        self.children.get(row).map_or(&[], Vec::as_slice)
    }

    /// Whether `row` exists and is a leaf.
    #[must_use]
    pub fn is_leaf(&self, row: usize) -> bool {
        row < self.len() && self.children(row).is_empty()
    }

    /// The leaf rows, in order.
    pub fn leaves(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&row| self.is_leaf(row))
    }

    /// The top rows (those without a parent), in order.
    pub fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&row| self.parent(row).is_none())
    }

    /// The rows in an order where each row comes after all its children.
    fn bottom_up(&self) -> Vec<usize> {
        let mut order = Vec::with_capacity(self.len());
        let mut stack: Vec<(usize, bool)> = self.roots().map(|r| (r, false)).collect();
        stack.reverse();
        while let Some((row, expanded)) = stack.pop() {
            if expanded {
                order.push(row);
            } else {
                stack.push((row, true));
                for &child in self.children(row).iter().rev() {
                    stack.push((child, false));
                }
            }
        }
        order
    }
}

/// How a table of exact amounts is printed in a rounded unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum TableRounding {
    /// Each figure rounded half away from zero on its own (四舍五入), as publishers do: printed
    /// totals may differ from the sums of their printed parts by rounding tails.
    Independent,
    /// Controlled rounding: each figure rounded to an adjacent unit so that every printed total
    /// is the exact sum of its printed parts (see [`ExactTable::round`] and [`Circulation`]).
    Controlled,
}

/// A table of exact amounts: rows in a hierarchy, columns that add up to a row total.
///
/// Aggregate rows, row totals and the grand total are computed (checked) at construction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExactTable {
    rows: RowTree,
    columns: usize,
    /// rows × columns, row-major; aggregate rows included.
    cells: Vec<Amount>,
    /// One per row: the sum of its columns.
    totals: Vec<Amount>,
    grand_total: Amount,
}

impl ExactTable {
    /// A table from its hierarchy, its number of columns, and the values of its leaf rows in
    /// the order of [`RowTree::leaves`].
    ///
    /// # Errors
    ///
    /// [`TableRoundingError::Size`], [`TableRoundingError::LeafCount`],
    /// [`TableRoundingError::ColumnCount`], or a money overflow while summing.
    pub fn new(
        rows: RowTree,
        columns: usize,
        leaves: Vec<Vec<Amount>>,
    ) -> Result<ExactTable, TableRoundingError> {
        if columns == 0 || columns > MAX_COLUMNS {
            return Err(TableRoundingError::Size {
                what: "columns",
                found: columns,
                max: MAX_COLUMNS,
            });
        }
        let leaf_rows: Vec<usize> = rows.leaves().collect();
        if leaf_rows.len() != leaves.len() {
            return Err(TableRoundingError::LeafCount {
                expected: leaf_rows.len(),
                found: leaves.len(),
            });
        }
        let mut cells = vec![Amount::ZERO; rows.len().saturating_mul(columns)];
        for (&row, values) in leaf_rows.iter().zip(leaves) {
            if values.len() != columns {
                return Err(TableRoundingError::ColumnCount {
                    row,
                    expected: columns,
                    found: values.len(),
                });
            }
            for (column, value) in values.into_iter().enumerate() {
                if let Some(cell) = cells.get_mut(index(row, columns, column)) {
                    *cell = value;
                }
            }
        }
        for row in rows.bottom_up() {
            if rows.is_leaf(row) {
                continue;
            }
            for column in 0..columns {
                let sum = Amount::checked_sum(
                    rows.children(row)
                        .iter()
                        .map(|&child| cell_of(&cells, columns, child, column)),
                )?;
                if let Some(cell) = cells.get_mut(index(row, columns, column)) {
                    *cell = sum;
                }
            }
        }
        let totals = (0..rows.len())
            .map(|row| {
                Amount::checked_sum(
                    (0..columns).map(|column| cell_of(&cells, columns, row, column)),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        let grand_total =
            Amount::checked_sum(rows.roots().filter_map(|row| totals.get(row).copied()))?;
        Ok(ExactTable {
            rows,
            columns,
            cells,
            totals,
            grand_total,
        })
    }

    /// The hierarchy of rows.
    #[must_use]
    pub fn rows(&self) -> &RowTree {
        &self.rows
    }

    /// How many columns (the row total not counted).
    #[must_use]
    pub fn columns(&self) -> usize {
        self.columns
    }

    /// The exact value of a cell, aggregate rows included (zero outside the table).
    #[must_use]
    pub fn cell(&self, row: usize, column: usize) -> Amount {
        if column >= self.columns {
            return Amount::ZERO;
        }
        cell_of(&self.cells, self.columns, row, column)
    }

    /// The exact total of a row across its columns (zero outside the table).
    #[must_use]
    pub fn total(&self, row: usize) -> Amount {
        self.totals.get(row).copied().unwrap_or(Amount::ZERO)
    }

    /// The exact sum of the top rows' totals.
    #[must_use]
    pub fn grand_total(&self) -> Amount {
        self.grand_total
    }

    /// Prints the table in `unit` with `decimals` decimals under `policy`.
    ///
    /// Under [`TableRounding::Controlled`] every figure is one of the two printed units
    /// adjacent to its exact value (a whole number of units prints exactly), and every printed
    /// aggregate is the sum of its printed parts: down each column, across each row, and in the
    /// grand total. The table is a network (a hierarchy of rows against one level of columns),
    /// so such a printing always exists (Bacharach 1966; Cox's controlled rounding); it is found
    /// by cycle cancelling on the table's [`Circulation`]. DESIGN.md gives the method and the
    /// bound that still holds for layouts that are not a network.
    ///
    /// # Errors
    ///
    /// [`TableRoundingError::Money`] when `decimals` is finer than one 分 in `unit`, or a
    /// rounded figure leaves the supported range.
    pub fn round(
        &self,
        unit: MoneyUnit,
        decimals: u32,
        policy: TableRounding,
    ) -> Result<RoundedTable, TableRoundingError> {
        let step = Step::new(unit, decimals)?;
        let network = Network::of(self);
        let flows = network.circulation.round_fen(step, policy);
        let printed = |fen: i128| step.published(fen, unit, decimals);
        let mut cells = Vec::with_capacity(self.cells.len());
        for row in 0..self.rows.len() {
            for column in 0..self.columns {
                let arc = network.cell_arc(row, column);
                cells.push(printed(flows.get(arc).copied().unwrap_or(0))?);
            }
        }
        let totals = (0..self.rows.len())
            .map(|row| printed(flows.get(network.total_arc(row)).copied().unwrap_or(0)))
            .collect::<Result<Vec<_>, _>>()?;
        let grand_total = printed(flows.get(network.return_arc).copied().unwrap_or(0))?;
        Ok(RoundedTable {
            columns: self.columns,
            cells,
            totals,
            grand_total,
        })
    }
}

/// The position of a cell in a row-major grid (sizes are bounded by [`MAX_ROWS`] and
/// [`MAX_COLUMNS`], so this never saturates in practice).
fn index(row: usize, columns: usize, column: usize) -> usize {
    row.saturating_mul(columns).saturating_add(column)
}

/// The largest multiple of `step` not above `value` (`step` ≥ 1).
fn floor_of(value: i128, step: i128) -> i128 {
    value
        .checked_div_euclid(step)
        .map_or(value, |units| units.saturating_mul(step))
}

fn cell_of(cells: &[Amount], columns: usize, row: usize, column: usize) -> Amount {
    row.checked_mul(columns)
        .and_then(|start| start.checked_add(column))
        .and_then(|index| cells.get(index))
        .copied()
        .unwrap_or(Amount::ZERO)
}

/// A table as printed: every cell, aggregate rows included, each row's total and the grand
/// total, as published amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundedTable {
    columns: usize,
    cells: Vec<PublishedAmount>,
    totals: Vec<PublishedAmount>,
    grand_total: PublishedAmount,
}

impl RoundedTable {
    /// The printed cell; a zero of the grand total's unit outside the table.
    #[must_use]
    pub fn cell(&self, row: usize, column: usize) -> PublishedAmount {
        if column >= self.columns {
            return self.zero();
        }
        row.checked_mul(self.columns)
            .and_then(|start| start.checked_add(column))
            .and_then(|index| self.cells.get(index))
            .copied()
            .unwrap_or_else(|| self.zero())
    }

    /// The printed total of a row across its columns.
    #[must_use]
    pub fn total(&self, row: usize) -> PublishedAmount {
        self.totals.get(row).copied().unwrap_or_else(|| self.zero())
    }

    /// The printed grand total (the sum of the top rows' totals).
    #[must_use]
    pub fn grand_total(&self) -> PublishedAmount {
        self.grand_total
    }

    fn zero(&self) -> PublishedAmount {
        PublishedAmount::new(
            Amount::ZERO,
            self.grand_total.unit(),
            self.grand_total.precision(),
        )
        .unwrap_or(self.grand_total)
    }
}

/// One printed unit, in 分.
#[derive(Debug, Clone, Copy)]
struct Step {
    fen: i128,
}

impl Step {
    fn new(unit: MoneyUnit, decimals: u32) -> Result<Step, MoneyError> {
        if decimals > unit.max_decimals() {
            return Err(MoneyError::PrecisionTooFine { unit, decimals });
        }
        // 分 per unit: 100 or 1 000 000; divided by 10^decimals, a whole number ≥ 1.
        let fen_per_unit: i128 = match unit {
            MoneyUnit::Yuan => 100,
            MoneyUnit::WanYuan => 1_000_000,
        };
        let fen = 10_i128
            .checked_pow(decimals)
            .and_then(|scale| fen_per_unit.checked_div(scale))
            .unwrap_or(1);
        Ok(Step { fen: fen.max(1) })
    }

    fn round_half_away(self, fen: i128) -> i128 {
        let floor = floor_of(fen, self.fen);
        let rest = fen.saturating_sub(floor);
        // Half away from zero: for a positive value round up at exactly half; for a negative
        // value round down (away from zero) at exactly half.
        let twice = rest.saturating_mul(2);
        if twice > self.fen || (twice == self.fen && fen > 0) {
            floor.saturating_add(self.fen)
        } else {
            floor
        }
    }

    fn published(
        self,
        fen: i128,
        unit: MoneyUnit,
        decimals: u32,
    ) -> Result<PublishedAmount, MoneyError> {
        let yuan = i64::try_from(fen)
            .map(|fen| Decimal::new(fen, 2))
            .map_err(|_| MoneyError::OutOfRange { yuan: Decimal::MAX })?;
        let amount = Amount::from_yuan(yuan)?;
        // Trim to exactly `decimals` places so the figure prints as the table does.
        PublishedAmount::round(amount, unit, decimals)
    }
}

/// The figures printed by a [`Circulation`], one per flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundedFlows {
    figures: Vec<PublishedAmount>,
}

impl RoundedFlows {
    /// The printed figure of a flow (`None` for a flow of another circulation).
    #[must_use]
    pub fn get(&self, flow: Flow) -> Option<PublishedAmount> {
        self.figures.get(flow.0).copied()
    }

    /// How many flows.
    #[must_use]
    pub fn len(&self) -> usize {
        self.figures.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
    }
}

/// An amount in 分.
fn fen_of(amount: Amount) -> i128 {
    amount
        .yuan()
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|fen| fen.trunc().to_i128())
        .unwrap_or(0)
}

/// The circulation whose arcs are the printed figures of an [`ExactTable`], and which arc
/// carries which figure.
struct Network {
    circulation: Circulation,
    columns: usize,
    /// rows × columns: the arc carrying each cell.
    cell_arcs: Vec<usize>,
    /// One per row: the arc carrying the row's total.
    total_arcs: Vec<usize>,
    return_arc: usize,
}

const SOURCE: usize = 0;

const SINK: usize = 1;

impl Network {
    fn of(table: &ExactTable) -> Network {
        let rows = table.rows.len();
        let columns = table.columns;
        // Nodes: source, sink, one total node per row, one column node per row and column
        // (used for aggregate rows only).
        let total_node = |row: usize| row.saturating_add(2);
        let column_node = |row: usize, column: usize| {
            index(row, columns, column).saturating_add(rows.saturating_add(2))
        };
        let cells = rows.saturating_mul(columns);
        let mut circulation = Circulation::with_capacity(
            cells.saturating_add(rows).saturating_add(2),
            cells.saturating_add(rows).saturating_add(1),
        );
        let mut cell_arcs = vec![0; cells];
        let mut total_arcs = vec![0; rows];
        for row in 0..rows {
            let from = table.rows.parent(row).map_or(SOURCE, total_node);
            let Flow(arc) = circulation.push(from, total_node(row), fen_of(table.total(row)));
            if let Some(slot) = total_arcs.get_mut(row) {
                *slot = arc;
            }
            for column in 0..columns {
                let from = if table.rows.is_leaf(row) {
                    total_node(row)
                } else {
                    column_node(row, column)
                };
                let to = table
                    .rows
                    .parent(row)
                    .map_or(SINK, |parent| column_node(parent, column));
                let Flow(arc) = circulation.push(from, to, fen_of(table.cell(row, column)));
                if let Some(slot) = cell_arcs.get_mut(index(row, columns, column)) {
                    *slot = arc;
                }
            }
        }
        let Flow(return_arc) = circulation.push(SINK, SOURCE, fen_of(table.grand_total));
        Network {
            circulation,
            columns,
            cell_arcs,
            total_arcs,
            return_arc,
        }
    }

    fn cell_arc(&self, row: usize, column: usize) -> usize {
        self.cell_arcs
            .get(index(row, self.columns, column))
            .copied()
            .unwrap_or(usize::MAX)
    }

    fn total_arc(&self, row: usize) -> usize {
        self.total_arcs.get(row).copied().unwrap_or(usize::MAX)
    }
}

impl fmt::Display for RoundedTable {
    /// The printed table, one row per line, cells then the row total, tab-separated.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (row, total) in self.totals.iter().enumerate() {
            for column in 0..self.columns {
                write!(f, "{}\t", self.cell(row, column))?;
            }
            writeln!(f, "{total}")?;
        }
        Ok(())
    }
}
