//! An integral circulation on a network: every arc rounded to the floor or the ceiling of its
//! exact flow, by cycle cancelling.

use rust_decimal::Decimal;

use super::{RoundedFlows, Step, TableRounding, TableRoundingError, fen_of, floor_of};
use crate::money::{Amount, MoneyUnit};

/// A node of a [`Circulation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Node(pub(super) usize);

/// An arc of a [`Circulation`]: the one figure it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Flow(pub(super) usize);

/// An arc of the circulation: one printed figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Arc {
    from: usize,
    to: usize,
    /// The exact figure, in 分.
    exact: i128,
}

/// Figures that must be printed consistently, as the flows of a circulation: every node's
/// inflow equals its outflow. [`Circulation::round`] prints every flow within one printed unit
/// of its exact value (a whole number of units exactly) with every node still balanced in the
/// printed figures; this is the general form of [`ExactTable::round`](super::ExactTable::round), for layouts that are not
/// a single table, such as 收入 + 年初结转和结余 = 支出 + 年末结转和结余 row by row.
///
/// ```
/// use final_accounts::money::{Amount, Circulation, MoneyUnit, TableRounding};
/// use rust_decimal::Decimal;
///
/// // 年初 + 收入 = 支出 + 年末, in 元: 1 234.56 + 98 765.44 = 60 000.01 + 39 999.99.
/// let yuan = |fen: i64| Amount::from_yuan(Decimal::new(fen, 2));
/// let mut c = Circulation::new();
/// let (outside, row) = (c.node(), c.node());
/// let opening = c.flow(outside, row, yuan(123_456)?)?;
/// let income = c.flow(outside, row, yuan(9_876_544)?)?;
/// let spent = c.flow(row, outside, yuan(6_000_001)?)?;
/// let closing = c.flow(row, outside, yuan(3_999_999)?)?;
/// let printed = c.round(MoneyUnit::WanYuan, 2, TableRounding::Controlled)?;
/// let value = |f| printed.get(f).map(|p: final_accounts::money::PublishedAmount| p.value());
/// let sum = |a, b| Some(value(a)? + value(b)?);
/// assert_eq!(sum(opening, income), sum(spent, closing));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Circulation {
    nodes: usize,
    arcs: Vec<Arc>,
}

/// The most arcs a [`Circulation`] may have.
pub const MAX_FLOWS: usize = 10_000_000;

impl Circulation {
    /// An empty circulation.
    #[must_use]
    pub fn new() -> Circulation {
        Circulation::default()
    }

    /// A circulation of `nodes` nodes, with room for `arcs` arcs.
    pub(super) fn with_capacity(nodes: usize, arcs: usize) -> Circulation {
        Circulation {
            nodes,
            arcs: Vec::with_capacity(arcs),
        }
    }

    /// A new node.
    pub fn node(&mut self) -> Node {
        let node = Node(self.nodes);
        self.nodes = self.nodes.saturating_add(1);
        node
    }

    /// A new arc from `from` to `to` carrying the exact figure `exact`.
    ///
    /// # Errors
    ///
    /// [`TableRoundingError::UnknownNode`] for a node this circulation did not make, and
    /// [`TableRoundingError::Size`] beyond [`MAX_FLOWS`] arcs.
    pub fn flow(
        &mut self,
        from: Node,
        to: Node,
        exact: Amount,
    ) -> Result<Flow, TableRoundingError> {
        for node in [from, to] {
            if node.0 >= self.nodes {
                return Err(TableRoundingError::UnknownNode {
                    node: node.0,
                    nodes: self.nodes,
                });
            }
        }
        if self.arcs.len() >= MAX_FLOWS {
            return Err(TableRoundingError::Size {
                what: "flows",
                found: self.arcs.len().saturating_add(1),
                max: MAX_FLOWS,
            });
        }
        Ok(self.push(from.0, to.0, fen_of(exact)))
    }

    pub(super) fn push(&mut self, from: usize, to: usize, exact: i128) -> Flow {
        self.arcs.push(Arc { from, to, exact });
        Flow(self.arcs.len().saturating_sub(1))
    }

    /// The exact figure an arc carries.
    #[must_use]
    pub fn exact(&self, flow: Flow) -> Option<Amount> {
        let arc = self.arcs.get(flow.0)?;
        let fen = i64::try_from(arc.exact).ok()?;
        Amount::from_yuan(Decimal::new(fen, 2)).ok()
    }

    /// Prints every flow in `unit` with `decimals` decimals under `policy`.
    ///
    /// # Errors
    ///
    /// [`TableRoundingError::NotConserved`] for a node whose exact inflow differs from its
    /// outflow (the figures are not a circulation, so no printing can keep them consistent),
    /// and [`TableRoundingError::Money`] for a precision finer than one 分 or a figure out of
    /// range.
    pub fn round(
        &self,
        unit: MoneyUnit,
        decimals: u32,
        policy: TableRounding,
    ) -> Result<RoundedFlows, TableRoundingError> {
        let step = Step::new(unit, decimals)?;
        self.check_conserved()?;
        let flows = self.round_fen(step, policy);
        let figures = flows
            .into_iter()
            .map(|fen| step.published(fen, unit, decimals))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(RoundedFlows { figures })
    }

    fn check_conserved(&self) -> Result<(), TableRoundingError> {
        let mut balance = vec![(0_i128, 0_i128); self.nodes];
        for arc in &self.arcs {
            if let Some((_, out)) = balance.get_mut(arc.from) {
                *out = out.saturating_add(arc.exact);
            }
            if let Some((inflow, _)) = balance.get_mut(arc.to) {
                *inflow = inflow.saturating_add(arc.exact);
            }
        }
        for (node, (inflow, outflow)) in balance.into_iter().enumerate() {
            if inflow != outflow {
                let yuan =
                    |fen: i128| i64::try_from(fen).map_or(Decimal::MAX, |fen| Decimal::new(fen, 2));
                return Err(TableRoundingError::NotConserved {
                    node,
                    inflow: yuan(inflow),
                    outflow: yuan(outflow),
                });
            }
        }
        Ok(())
    }

    /// The printed flows in 分 (a circulation is assumed).
    pub(super) fn round_fen(&self, step: Step, policy: TableRounding) -> Vec<i128> {
        let mut flows: Vec<i128> = self.arcs.iter().map(|arc| arc.exact).collect();
        match policy {
            TableRounding::Independent => {
                for flow in &mut flows {
                    *flow = step.round_half_away(*flow);
                }
            }
            TableRounding::Controlled => self.round_controlled(&mut flows, step.fen),
        }
        flows
    }

    /// Cycle cancelling: moves every arc to the floor or ceiling of its exact flow (in steps of
    /// `step` 分) while keeping the circulation.
    ///
    /// One walk over the fractional arcs is kept from cycle to cycle: when the walk meets itself,
    /// flow is pushed around the cycle it closed, the cycle is cut off, and the walk goes on from
    /// where the cycle began (the arcs before it are untouched, so still fractional).
    fn round_controlled(&self, flows: &mut [i128], step: i128) {
        let fractional = |flow: i128| flow.rem_euclid(step) != 0;
        let mut incident: Vec<Vec<usize>> = vec![Vec::new(); self.nodes];
        for (index, arc) in self.arcs.iter().enumerate() {
            if flows.get(index).copied().is_some_and(fractional) {
                for node in [arc.from, arc.to] {
                    if let Some(list) = incident.get_mut(node) {
                        list.push(index);
                    }
                }
            }
        }
        let floors: Vec<i128> = flows.iter().map(|&f| floor_of(f, step)).collect();
        // The walk: nodes[i] --walk[i]--> nodes[i + 1]; the last node is where it stands.
        let mut nodes: Vec<usize> = Vec::new();
        let mut walk: Vec<(usize, bool)> = Vec::new();
        // Position of each node on the walk, if it is on it.
        let mut on_walk: Vec<Option<usize>> = vec![None; self.nodes];
        let mut cursor = 0;
        loop {
            let Some(&node) = nodes.last() else {
                // Start a walk at the tail of the next fractional arc, if any is left.
                let Some(start) = (cursor..flows.len())
                    .find(|&arc| flows.get(arc).copied().is_some_and(fractional))
                else {
                    return;
                };
                cursor = start;
                let Some(arc) = self.arcs.get(start) else {
                    return;
                };
                mark(&mut on_walk, arc.from, Some(0));
                nodes.push(arc.from);
                continue;
            };
            let came_by = walk.last().map(|&(arc, _)| arc);
            let next = incident
                .get(node)
                .and_then(|list| list.iter().copied().find(|&arc| Some(arc) != came_by));
            let Some(arc) = next else {
                if came_by.is_some() {
                    // Conservation rules this out; stop rather than loop.
                    return;
                }
                // A walk's first node with no fractional arc left: start again.
                mark(&mut on_walk, node, None);
                nodes.clear();
                continue;
            };
            let Some(edge) = self.arcs.get(arc) else {
                return;
            };
            let forward = edge.from == node;
            let to = if forward { edge.to } else { edge.from };
            walk.push((arc, forward));
            let Some(position) = on_walk.get(to).copied().flatten() else {
                mark(&mut on_walk, to, Some(nodes.len()));
                nodes.push(to);
                continue;
            };
            let cycle = walk.split_off(position);
            self.push_around(&cycle, flows, &floors, step, &mut incident);
            for &cut in nodes.get(position.saturating_add(1)..).unwrap_or(&[]) {
                mark(&mut on_walk, cut, None);
            }
            nodes.truncate(position.saturating_add(1));
        }
    }

    /// Pushes flow around `cycle` until one of its arcs reaches its floor or ceiling, in the
    /// direction that moves least, and drops the arcs that became whole from `incident`.
    fn push_around(
        &self,
        cycle: &[(usize, bool)],
        flows: &mut [i128],
        floors: &[i128],
        step: i128,
        incident: &mut [Vec<usize>],
    ) {
        // Room to push along the cycle's direction (up) and against it (down).
        let mut up = i128::MAX;
        let mut down = i128::MAX;
        for &(arc, forward) in cycle {
            let flow = flows.get(arc).copied().unwrap_or(0);
            let floor = floors.get(arc).copied().unwrap_or(0);
            let raise = floor.saturating_add(step).saturating_sub(flow);
            let lower = flow.saturating_sub(floor);
            if forward {
                up = up.min(raise);
                down = down.min(lower);
            } else {
                up = up.min(lower);
                down = down.min(raise);
            }
        }
        let delta = if up <= down {
            up
        } else {
            down.saturating_neg()
        };
        for &(arc, forward) in cycle {
            let Some(flow) = flows.get_mut(arc) else {
                continue;
            };
            *flow = flow.saturating_add(if forward {
                delta
            } else {
                delta.saturating_neg()
            });
            if flow.rem_euclid(step) == 0
                && let Some(edge) = self.arcs.get(arc)
            {
                for node in [edge.from, edge.to] {
                    if let Some(list) = incident.get_mut(node) {
                        list.retain(|&other| other != arc);
                    }
                }
            }
        }
    }
}

fn mark(on_walk: &mut [Option<usize>], node: usize, position: Option<usize>) {
    if let Some(slot) = on_walk.get_mut(node) {
        *slot = position;
    }
}
