//! The columns a table's header prints: its cells (wrapped lines joined) and the lowest of them.

use super::{Body, CENTRE_TOLERANCE};
use crate::printed::compact;

/// A cell of the header: its text (wrapped lines joined), extent and lines.
#[derive(Debug, Clone)]
pub(super) struct Cell {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) top: usize,
    pub(super) bottom: usize,
    pub(super) text: String,
}

impl Cell {
    pub(super) fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }

    pub(super) fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// Groups the header's tokens into cells: a token continues the cell above it when it is on
/// the next line or the one after, starts or is centred at the same place, and nothing printed
/// between them overlaps.
pub(super) fn header_cells(head: &[Body]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Vec::new();
    for line in head {
        for token in &line.tokens {
            let found = cells.iter().rposition(|cell| {
                let gap = line.number.saturating_sub(cell.bottom);
                let aligned = cell.start.abs_diff(token.start) <= 1
                    || cell.centre2().abs_diff(token.centre2()) <= 3;
                // One line between them: it must print something (another cell centred
                // beside this one), and nothing over this cell.
                let between = head
                    .iter()
                    .filter(|l| l.number > cell.bottom && l.number < line.number)
                    .collect::<Vec<_>>();
                let between_ok = gap == 1
                    || gap == 2
                        && !between.is_empty()
                        && between.iter().all(|l| {
                            l.tokens.iter().all(|t| {
                                !(t.start < cell.end.max(token.end)
                                    && cell.start.min(token.start) < t.end)
                            })
                        });
                // A word of two characters or fewer (收入, 支出, 合计) never wraps.
                let wraps = cell.text.chars().count() > 2;
                wraps && aligned && cell.overlaps(token.start, token.end) && between_ok
            });
            match found.and_then(|k| cells.get_mut(k)) {
                Some(cell) => {
                    cell.text.push_str(&compact(&token.text));
                    cell.start = cell.start.min(token.start);
                    cell.end = cell.end.max(token.end);
                    cell.bottom = line.number;
                }
                None => cells.push(Cell {
                    start: token.start,
                    end: token.end,
                    top: line.number,
                    bottom: line.number,
                    text: compact(&token.text).into_owned(),
                }),
            }
        }
    }
    cells
}

/// A column of the header: where it is printed and its names, top level first.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) names: Vec<String>,
}

impl Column {
    pub(super) fn centre2(&self) -> usize {
        self.start.saturating_add(self.end)
    }
}

/// Whether a header cell names a label column.
pub(super) fn is_label(text: &str) -> bool {
    ["编码", "代码", "名称", "科目", "功能分类", "经济分类"]
        .iter()
        .any(|w| text.contains(w))
        || ["项目", "类", "款", "项"].contains(&text)
}

/// The lowest cells of the header (nothing below them overlaps them or is split around their
/// centre), in the order printed, and the cells above them.
fn leaves_and_parents(cells: &[Cell]) -> (Vec<usize>, Vec<usize>) {
    let mut order: Vec<usize> = (0..cells.len()).collect();
    order.sort_by_key(|k| core::cmp::Reverse(cells.get(*k).map_or(0, |c| c.bottom)));
    let mut leaves: Vec<usize> = Vec::new();
    let mut parents: Vec<usize> = Vec::new();
    let mut k = 0_usize;
    while let Some(first) = order.get(k).and_then(|i| cells.get(*i)) {
        let bottom = first.bottom;
        let group: Vec<usize> = order
            .iter()
            .skip(k)
            .take_while(|i| cells.get(**i).is_some_and(|c| c.bottom == bottom))
            .copied()
            .collect();
        k = k.saturating_add(group.len());
        let mut new_leaves = Vec::new();
        for &index in &group {
            let Some(cell) = cells.get(index) else {
                continue;
            };
            let below: Vec<&Cell> = leaves
                .iter()
                .filter_map(|l| cells.get(*l))
                .filter(|l| l.top > cell.bottom)
                .collect();
            let over = below.iter().any(|l| cell.overlaps(l.start, l.end));
            let left = below
                .iter()
                .filter(|l| l.end <= cell.start)
                .max_by_key(|l| l.end);
            let right = below
                .iter()
                .filter(|l| l.start >= cell.end)
                .min_by_key(|l| l.start);
            // Another cell of this line between the two (a cell spanning rows beside this
            // one) makes them no bracket: this cell is then one of the row's own columns.
            let beside = |l: &Cell, r: &Cell| {
                group.iter().filter(|g| **g != index).any(|g| {
                    cells
                        .get(*g)
                        .is_some_and(|o| o.start >= l.end && o.end <= r.start)
                })
            };
            let bracketed = match (left, right) {
                (Some(l), Some(r)) => {
                    l.start.saturating_add(r.end).abs_diff(cell.centre2()) <= CENTRE_TOLERANCE
                        && !beside(l, r)
                }
                _ => false,
            };
            if over || bracketed {
                parents.push(index);
            } else {
                new_leaves.push(index);
            }
        }
        leaves.extend(new_leaves);
    }
    leaves.sort_by_key(|l| cells.get(*l).map_or(0, |c| c.start));
    (leaves, parents)
}

/// A run of leaves covered by one cell so far.
#[derive(Clone)]
struct Unit {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    top: usize,
}

/// The leaves (by their index in `leaves`) a parent cell must cover: those it overlaps, else
/// the two around it.
fn must_of(cells: &[Cell], leaves: &[usize], cell: &Cell) -> Vec<usize> {
    let below: Vec<(usize, &Cell)> = leaves
        .iter()
        .enumerate()
        .filter_map(|(n, l)| cells.get(*l).map(|c| (n, c)))
        .filter(|(_, c)| c.top > cell.bottom)
        .collect();
    let over: Vec<usize> = below
        .iter()
        .filter(|(_, c)| cell.overlaps(c.start, c.end))
        .map(|(n, _)| *n)
        .collect();
    if !over.is_empty() {
        return over;
    }
    let left = below
        .iter()
        .filter(|(_, c)| c.end <= cell.start)
        .max_by_key(|(_, c)| c.end)
        .map(|(n, _)| *n);
    let right = below
        .iter()
        .filter(|(_, c)| c.start >= cell.end)
        .min_by_key(|(_, c)| c.start)
        .map(|(n, _)| *n);
    left.into_iter().chain(right).collect()
}

/// The widest run of units `a..=b` around `lo..=hi`, extended over units that are `free`,
/// centred under the cell (else the best centred): `(a, b, distance of the centres)`.
fn best_run(
    units: &[Unit],
    lo: usize,
    hi: usize,
    cell: &Cell,
    free: impl Fn(&Unit) -> bool,
) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    let mut a = lo;
    loop {
        let mut b = hi;
        loop {
            if let (Some(ua), Some(ub)) = (units.get(a), units.get(b)) {
                let diff = ua.start.saturating_add(ub.end).abs_diff(cell.centre2());
                let width = b.saturating_sub(a);
                let better = match best {
                    None => true,
                    Some((_, _, d)) if d > CENTRE_TOLERANCE => diff < d,
                    Some((ba, bb, _)) => diff <= CENTRE_TOLERANCE && width > bb.saturating_sub(ba),
                };
                if better {
                    best = Some((a, b, diff));
                }
            }
            if !units.get(b.saturating_add(1)).is_some_and(&free) {
                break;
            }
            b = b.saturating_add(1);
        }
        if a == 0 || !units.get(a.saturating_sub(1)).is_some_and(&free) {
            break;
        }
        a = a.saturating_sub(1);
    }
    best
}

/// The columns of the header, lowest cells first, each with the cells above it that cover it.
pub(super) fn header_columns(head: &[Body]) -> Vec<Column> {
    let cells = header_cells(head);
    let (leaves, parents) = leaves_and_parents(&cells);
    let mut units: Vec<Unit> = leaves
        .iter()
        .enumerate()
        .filter_map(|(n, l)| {
            cells.get(*l).map(|c| Unit {
                first: n,
                last: n,
                start: c.start,
                end: c.end,
                top: c.top,
            })
        })
        .collect();
    let mut paths: Vec<Vec<String>> = leaves
        .iter()
        .map(|l| vec![cells.get(*l).map(|c| c.text.clone()).unwrap_or_default()])
        .collect();
    let label_leaf: Vec<bool> = leaves
        .iter()
        .map(|l| cells.get(*l).is_some_and(|c| is_label(&c.text)))
        .collect();
    for &index in &parents {
        let Some(cell) = cells.get(index) else {
            continue;
        };
        let below = |u: &Unit| u.top > cell.bottom;
        // Leaves claimed by the other parents printed beside this one.
        let claimed: Vec<usize> = parents
            .iter()
            .filter(|p| **p != index)
            .filter_map(|p| cells.get(*p))
            .filter(|p| p.top <= cell.bottom && cell.top <= p.bottom)
            .flat_map(|p| must_of(&cells, &leaves, p))
            .collect();
        let must_leaves = must_of(&cells, &leaves, cell);
        let kinds: Vec<bool> = must_leaves
            .iter()
            .filter_map(|l| label_leaf.get(*l).copied())
            .collect();
        let mixed = kinds.iter().any(|k| *k) && kinds.iter().any(|k| !*k);
        let free = |u: &Unit| {
            below(u)
                && (u.first..=u.last).all(|l| {
                    must_leaves.contains(&l)
                        || !claimed.contains(&l)
                            && (mixed || kinds.first().is_none_or(|k| label_leaf.get(l) == Some(k)))
                })
        };
        let must: Vec<usize> = (0..units.len())
            .filter(|u| {
                units
                    .get(*u)
                    .is_some_and(|u| (u.first..=u.last).any(|l| must_leaves.contains(&l)))
            })
            .collect();
        let (Some(&lo), Some(&hi)) = (must.iter().min(), must.iter().max()) else {
            continue;
        };
        if (lo..=hi).any(|u| !units.get(u).is_some_and(below)) {
            continue;
        }
        // The widest run centred under the cell (else the best centred).
        let Some((a, b, _)) = best_run(&units, lo, hi, cell, free) else {
            continue;
        };
        let (Some(ua), Some(ub)) = (units.get(a).cloned(), units.get(b).cloned()) else {
            continue;
        };
        for leaf in ua.first..=ub.last {
            if let Some(path) = paths.get_mut(leaf) {
                path.insert(0, cell.text.clone());
            }
        }
        let merged = Unit {
            first: ua.first,
            last: ub.last,
            start: ua.start,
            end: ub.end,
            top: cell.top,
        };
        units.splice(a..=b, [merged]);
    }
    leaves
        .iter()
        .zip(paths)
        .filter_map(|(l, names)| {
            cells.get(*l).map(|c| Column {
                start: c.start,
                end: c.end,
                names,
            })
        })
        .collect()
}
