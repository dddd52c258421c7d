//! The figures of a compiled disclosure, rounded together: base figures as the flows of one
//! circulation, every other printed figure as a sum of base figures.

use std::collections::BTreeMap;

use crate::accounts::{Accounts, ItemAccounts, Nature, Pool, Source};
use crate::classification::{EconomicCode, FunctionCode};
use crate::money::{
    Amount, Circulation, Flow, MoneyUnit, Node, Precision, PublishedAmount, RoundedFlows,
    TableRounding,
};
use crate::tables::{Cell, Fund};

use super::CompileError;

/// The unit and precision of every compiled table: 万元 with two decimals.
pub(super) const UNIT: MoneyUnit = MoneyUnit::WanYuan;
pub(super) const DECIMALS: u32 = 2;

/// A column of a pool's accounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Column {
    Opening,
    Income(Source),
    Spending(Nature),
    Closing,
}

impl Column {
    /// The number of columns a pool's row can have.
    const SLOTS: usize = 15;

    /// The column's place in a row's array of flows.
    fn slot(self) -> usize {
        match self {
            Column::Opening => 0,
            Column::Income(Source::Appropriation(Fund::GeneralBudget)) => 1,
            Column::Income(Source::Appropriation(Fund::GovernmentFund)) => 2,
            Column::Income(Source::Appropriation(Fund::StateCapital)) => 3,
            Column::Income(Source::SuperiorSubsidy) => 4,
            Column::Income(Source::InstitutionRevenue) => 5,
            Column::Income(Source::BusinessRevenue) => 6,
            Column::Income(Source::AffiliatedRemittance) => 7,
            Column::Income(Source::OtherRevenue) => 8,
            Column::Spending(Nature::Basic) => 9,
            Column::Spending(Nature::Project) => 10,
            Column::Spending(Nature::RemittanceToSuperior) => 11,
            Column::Spending(Nature::Business) => 12,
            Column::Spending(Nature::SubsidyToAffiliates) => 13,
            Column::Closing => 14,
        }
    }
}

/// A row of a pool's hierarchy: the 合计 (`None`) or a 类, 款 or 项.
pub(super) type RowKey = Option<FunctionCode>;

/// A printed figure: the sum of some base figures (an empty sum is a blank cell).
pub(super) type Sum = Vec<Flow>;

/// The base figures and how they were printed.
pub(super) struct RoundedFigures {
    circulation: Circulation,
    printed: RoundedFlows,
    policy: TableRounding,
    /// (pool, row) → the flow of each column, by [`Column::slot`].
    pools: BTreeMap<(Pool, RowKey), [Option<Flow>; Column::SLOTS]>,
    /// The rows each pool prints, in printed order (合计 first).
    rows: BTreeMap<Pool, Vec<RowKey>>,
    /// Economic 类 and 款 of the basic detail → flow.
    economic: Vec<(EconomicCode, Flow)>,
    /// 三公 budget and actual: [total, overseas, vehicles, purchase, operation, reception].
    three_public: [[Sum; 6]; 2],
    /// 政府采购: [total, goods, works, services].
    procurement: [Flow; 4],
    /// 机关运行经费 of (一) 行政单位 and (二) 参照公务员法管理事业单位, when given.
    running_costs: [Option<Sum>; 2],
}

/// The pools in template order.
pub(super) const POOLS: [Pool; 4] = [
    Pool::Appropriation(Fund::GeneralBudget),
    Pool::Appropriation(Fund::GovernmentFund),
    Pool::Appropriation(Fund::StateCapital),
    Pool::NonFiscal,
];

fn columns_of(pool: Pool) -> (Vec<Column>, Vec<Column>) {
    match pool {
        Pool::Appropriation(fund) => (
            vec![Column::Opening, Column::Income(Source::Appropriation(fund))],
            vec![
                Column::Spending(Nature::Basic),
                Column::Spending(Nature::Project),
                Column::Closing,
            ],
        ),
        Pool::NonFiscal => {
            let mut incoming = vec![Column::Opening];
            incoming.extend(Source::NON_FISCAL.map(Column::Income));
            let mut outgoing: Vec<Column> =
                Nature::ALL.iter().map(|n| Column::Spending(*n)).collect();
            outgoing.push(Column::Closing);
            (incoming, outgoing)
        }
    }
}

fn value_of(item: &ItemAccounts, column: Column) -> Amount {
    match column {
        Column::Opening => item.opening_balance(),
        Column::Income(source) => item.income_from(source),
        Column::Spending(nature) => item.spent_as(nature),
        Column::Closing => item.closing_balance(),
    }
}

/// Whether `row` is `code` or one of its ancestors (the 合计 is everyone's).
fn covers(row: RowKey, code: FunctionCode) -> bool {
    match row {
        None => true,
        Some(row) => row == code || code.ancestors().any(|a| a == row),
    }
}

/// The rows of a hierarchy over `items` (in code order): 合计, then each 类 with its 款 and 项.
fn hierarchy(items: &[FunctionCode]) -> Vec<(RowKey, Option<usize>)> {
    let mut rows: Vec<(RowKey, Option<usize>)> = vec![(None, None)];
    for code in items {
        let mut lineage: Vec<FunctionCode> = code.ancestors().collect();
        lineage.reverse();
        lineage.push(*code);
        let mut parent = 0;
        for level in lineage {
            parent = match rows.iter().position(|(k, _)| *k == Some(level)) {
                Some(at) => at,
                None => {
                    rows.push((Some(level), Some(parent)));
                    rows.len().saturating_sub(1)
                }
            };
        }
    }
    rows
}

/// The flows of one pool, in `pools` (by row and column) and `economic` (the economic detail of
/// the 一般公共预算 basic spending); the pool's rows, or `None` for a pool without figures.
fn pool_flows(
    c: &mut Circulation,
    accounts: &Accounts,
    pool: Pool,
    pools: &mut BTreeMap<(Pool, RowKey), [Option<Flow>; Column::SLOTS]>,
    economic: &mut Vec<(EconomicCode, Flow)>,
) -> Result<Option<Vec<RowKey>>, CompileError> {
    let items: Vec<&ItemAccounts> = accounts
        .items()
        .iter()
        .filter(|i| {
            i.pool() == pool
                && (!i.total_income().is_zero()
                    || !i.total_spending().is_zero()
                    || !i.opening_balance().is_zero()
                    || !i.closing_balance().is_zero())
        })
        .collect();
    if items.is_empty() {
        return Ok(None);
    }
    let codes: Vec<FunctionCode> = items.iter().map(|i| i.item()).collect();
    let rows = hierarchy(&codes);
    let exact = |row: RowKey, column: Column| {
        Amount::checked_sum(
            items
                .iter()
                .filter(|i| covers(row, i.item()))
                .map(|i| value_of(i, column)),
        )
    };
    let is_leaf = |at: usize| !rows.iter().any(|(_, p)| *p == Some(at));
    let (source, sink) = (c.node(), c.node());
    let (incoming, outgoing) = columns_of(pool);
    // One node per row: a leaf row's balance node, or an aggregate row's node per column.
    let mut nodes: BTreeMap<(usize, Option<Column>), Node> = BTreeMap::new();
    for at in 0..rows.len() {
        if is_leaf(at) {
            nodes.insert((at, None), c.node());
        } else {
            for column in incoming.iter().chain(&outgoing) {
                nodes.insert((at, Some(*column)), c.node());
            }
        }
    }
    let node_of = |at: usize, column: Column| {
        if is_leaf(at) {
            nodes.get(&(at, None)).copied()
        } else {
            nodes.get(&(at, Some(column))).copied()
        }
    };
    // The 一般公共预算 basic spending goes on through the economic detail.
    let detail_root = (pool == Pool::Appropriation(Fund::GeneralBudget)).then(|| c.node());
    let mut throughput = Amount::ZERO;
    for (at, (key, parent)) in rows.iter().enumerate() {
        let here = |column| node_of(at, column).ok_or(CompileError::Internal("row node"));
        for &column in &incoming {
            let from = match parent {
                Some(p) => node_of(*p, column).ok_or(CompileError::Internal("parent node"))?,
                None => source,
            };
            let amount = exact(*key, column)?;
            if parent.is_none() {
                throughput = throughput.checked_add(amount)?;
            }
            let flow = c.flow(from, here(column)?, amount)?;
            let row: &mut [Option<Flow>; Column::SLOTS] =
                pools.entry((pool, *key)).or_insert([None; Column::SLOTS]);
            if let Some(slot) = row.get_mut(column.slot()) {
                *slot = Some(flow);
            }
        }
        for &column in &outgoing {
            let to = match (parent, detail_root) {
                (Some(p), _) => node_of(*p, column).ok_or(CompileError::Internal("parent node"))?,
                (None, Some(detail)) if column == Column::Spending(Nature::Basic) => detail,
                (None, _) => sink,
            };
            let amount = exact(*key, column)?;
            let flow = c.flow(here(column)?, to, amount)?;
            let row: &mut [Option<Flow>; Column::SLOTS] =
                pools.entry((pool, *key)).or_insert([None; Column::SLOTS]);
            if let Some(slot) = row.get_mut(column.slot()) {
                *slot = Some(flow);
            }
        }
    }
    if let Some(detail) = detail_root {
        economic_detail(c, accounts, detail, sink, economic)?;
    }
    c.flow(sink, source, throughput)?;
    Ok(Some(rows.into_iter().map(|(k, _)| k).collect()))
}

/// The economic detail of the 一般公共预算 basic spending: from `detail` through one node per
/// economic 类 to `sink`, each flow kept in `economic`.
fn economic_detail(
    c: &mut Circulation,
    accounts: &Accounts,
    detail: Node,
    sink: Node,
    economic: &mut Vec<(EconomicCode, Flow)>,
) -> Result<(), CompileError> {
    let mut classes: Vec<EconomicCode> = accounts
        .basic_detail()
        .iter()
        .map(|(code, _)| code.class())
        .collect();
    classes.dedup();
    for class in classes {
        let node = c.node();
        let parts: Vec<&(EconomicCode, Amount)> = accounts
            .basic_detail()
            .iter()
            .filter(|(code, _)| code.class() == class)
            .collect();
        let total = Amount::checked_sum(parts.iter().map(|(_, a)| *a))?;
        economic.push((class, c.flow(detail, node, total)?));
        for (code, amount) in parts {
            economic.push((*code, c.flow(node, sink, *amount)?));
        }
    }
    Ok(())
}

/// The 机关运行经费 lines (行政单位, 参照公务员法管理事业单位).
fn running_costs(
    c: &mut Circulation,
    accounts: &Accounts,
    economic: &[(EconomicCode, Flow)],
) -> Result<[Option<Sum>; 2], CompileError> {
    let related = accounts.related();
    // 机关运行经费 is 公用经费 of the basic spending: a line the accounts give equal to the
    // 公用经费 of 公开06表 is that figure, printed as the same sum of the same printed
    // figures, so that the two can never print apart (the audit checks them equal).
    let public: Sum = economic
        .iter()
        .filter(|(code, _)| {
            code.level() == crate::classification::EconomicLevel::Class
                && !crate::tables::PERSONNEL_CLASSES.contains(&code.to_string().as_str())
        })
        .map(|(_, flow)| *flow)
        .collect();
    let public_exact = Amount::checked_sum(
        accounts
            .basic_detail()
            .iter()
            .filter(|(code, _)| {
                !crate::tables::PERSONNEL_CLASSES.contains(&code.class().to_string().as_str())
            })
            .map(|(_, amount)| *amount),
    )?;
    let mut running_costs: [Option<Sum>; 2] = [None, None];
    for (slot, amount) in running_costs.iter_mut().zip([
        related.running_costs_administrative,
        related.running_costs_civil_service,
    ]) {
        if let Some(amount) = amount {
            *slot = Some(if amount == public_exact && !public.is_empty() {
                public.clone()
            } else {
                let node = c.node();
                vec![c.flow(node, node, amount)?]
            });
        }
    }
    Ok(running_costs)
}

impl RoundedFigures {
    pub(super) fn build(
        accounts: &Accounts,
        policy: TableRounding,
    ) -> Result<RoundedFigures, CompileError> {
        let mut c = Circulation::new();
        let mut pools = BTreeMap::new();
        let mut rows_of = BTreeMap::new();
        let mut economic = Vec::new();
        for pool in POOLS {
            if let Some(rows) = pool_flows(&mut c, accounts, pool, &mut pools, &mut economic)? {
                rows_of.insert(pool, rows);
            }
        }
        let three_public = three_public_sums(&mut c, accounts, &economic)?;
        let related = accounts.related();
        let (procurement_total, [goods, works, services]) = tree(
            &mut c,
            &[
                related.procurement_goods,
                related.procurement_works,
                related.procurement_services,
            ],
        )?;
        let running_costs = running_costs(&mut c, accounts, &economic)?;
        let printed = c.round(UNIT, DECIMALS, policy)?;
        Ok(RoundedFigures {
            circulation: c,
            printed,
            policy,
            pools,
            rows: rows_of,
            economic,
            three_public,
            procurement: [procurement_total, goods, works, services],
            running_costs,
        })
    }

    /// The sum, over `pools`, of their figures of `row` in `columns`.
    pub(super) fn across(&self, pools: &[Pool], row: RowKey, columns: &[Column]) -> Sum {
        pools
            .iter()
            .filter_map(|pool| self.pools.get(&(*pool, row)))
            .flat_map(|flows| {
                columns
                    .iter()
                    .filter_map(move |c| flows.get(c.slot()).copied().flatten())
            })
            .collect()
    }

    /// The rows printed by any of `pools`, in code order (合计 first).
    pub(super) fn rows(&self, pools: &[Pool]) -> Vec<RowKey> {
        let mut codes: Vec<FunctionCode> = pools
            .iter()
            .filter_map(|p| self.rows.get(p))
            .flatten()
            .filter_map(|k| *k)
            .filter(|code| code.level() == crate::classification::Level::Item)
            .collect();
        // Codes of one level order as their printed digits do.
        codes.sort();
        codes.dedup();
        if codes.is_empty() {
            return Vec::new();
        }
        hierarchy(&codes).into_iter().map(|(k, _)| k).collect()
    }

    pub(super) fn economic(&self) -> &[(EconomicCode, Flow)] {
        &self.economic
    }

    pub(super) fn three_public(&self, actual: bool) -> &[Sum; 6] {
        let [budget, spent] = &self.three_public;
        if actual { spent } else { budget }
    }

    pub(super) fn procurement(&self) -> &[Flow; 4] {
        &self.procurement
    }

    pub(super) fn running_costs(&self) -> &[Option<Sum>; 2] {
        &self.running_costs
    }

    /// The exact value of a sum.
    pub(super) fn exact(&self, sum: &[Flow]) -> Result<Amount, CompileError> {
        let mut total = Amount::ZERO;
        for flow in sum {
            let amount = self
                .circulation
                .exact(*flow)
                .ok_or(CompileError::Internal("flow"))?;
            total = total.checked_add(amount)?;
        }
        Ok(total)
    }

    /// How a sum prints: under controlled rounding the sum of its printed parts, so every
    /// identity holds; under independent rounding its exact value rounded on its own.
    pub(super) fn printed(&self, sum: &[Flow]) -> Result<PublishedAmount, CompileError> {
        let amount = match self.policy {
            TableRounding::Independent => {
                return Ok(PublishedAmount::round(self.exact(sum)?, UNIT, DECIMALS)?);
            }
            _ => {
                let mut total = Amount::ZERO;
                for flow in sum {
                    let part = self
                        .printed
                        .get(*flow)
                        .ok_or(CompileError::Internal("flow"))?;
                    total = total.checked_add(part.amount())?;
                }
                total
            }
        };
        Ok(PublishedAmount::new(
            amount,
            UNIT,
            Precision::Rounded { decimals: DECIMALS },
        )?)
    }

    /// The cell of a sum: blank when its exact value is zero.
    pub(super) fn cell(&self, sum: &[Flow]) -> Result<Cell, CompileError> {
        if self.exact(sum)?.is_zero() {
            return Ok(Cell::Blank);
        }
        Ok(Cell::Amount(self.printed(sum)?))
    }
}

/// A total over parts, as flows: (total, parts).
fn tree<const N: usize>(
    c: &mut Circulation,
    parts: &[Amount; N],
) -> Result<(Flow, [Flow; N]), CompileError> {
    let (source, node) = (c.node(), c.node());
    let total = Amount::checked_sum(parts.iter().copied())?;
    let top = c.flow(source, node, total)?;
    let mut flows = [top; N];
    for (slot, amount) in flows.iter_mut().zip(parts) {
        *slot = c.flow(node, source, *amount)?;
    }
    Ok((top, flows))
}

/// 三公 as sums: [合计, 因公出国（境）费, 公务用车 小计, 购置费, 运行维护费, 公务接待费] of the
/// budget and of the actual spending.
///
/// Each item's actual spending includes the basic spending on its own economic 款, which
/// 公开06表 prints; and the actual stays within the budget. Controlled rounding is not monotone,
/// so two figures rounded apart could print those inequalities the wrong way round. Each is
/// printed instead as a sum of non-negative parts: actual = the economic 款 of 公开06表 + the
/// rest of the item's spending, budget = actual + what is left of the budget. The rests and
/// the leftovers are base figures (two trees over the items), and a non-negative exact figure
/// never prints below zero, so the printed figures keep both inequalities.
fn three_public_sums(
    c: &mut Circulation,
    accounts: &Accounts,
    economic: &[(EconomicCode, Flow)],
) -> Result<[[Sum; 6]; 2], CompileError> {
    use crate::classification::ThreePublicExpense as Item;
    const ITEMS: [Item; 4] = [
        Item::OverseasTravel,
        Item::VehiclePurchase,
        Item::VehicleOperation,
        Item::Reception,
    ];
    let tp = accounts.three_public();
    let mut detail_flows: [Sum; 4] = Default::default();
    let mut rests = [Amount::ZERO; 4];
    let mut leftovers = [Amount::ZERO; 4];
    for (at, item) in ITEMS.into_iter().enumerate() {
        let codes = item.economic_codes();
        let flows: Sum = economic
            .iter()
            .filter(|(code, _)| codes.iter().any(|(c, _)| c == code))
            .map(|(_, flow)| *flow)
            .collect();
        let detail = Amount::checked_sum(
            accounts
                .basic_detail()
                .iter()
                .filter(|(code, _)| codes.iter().any(|(c, _)| c == code))
                .map(|(_, a)| *a),
        )?;
        let actual = tp.actual.of(item);
        if let (Some(rest), Some(leftover)) = (rests.get_mut(at), leftovers.get_mut(at)) {
            *rest = actual.checked_sub(detail)?;
            *leftover = tp.budget.of(item).checked_sub(actual)?;
        }
        if let Some(slot) = detail_flows.get_mut(at) {
            *slot = flows;
        }
    }
    let (_, rest) = tree(c, &rests)?;
    let (_, leftover) = tree(c, &leftovers)?;
    let mut actual: [Sum; 4] = Default::default();
    let mut budget: [Sum; 4] = Default::default();
    for at in 0..ITEMS.len() {
        let (Some(a), Some(b), Some(detail), Some(r), Some(l)) = (
            actual.get_mut(at),
            budget.get_mut(at),
            detail_flows.get(at),
            rest.get(at),
            leftover.get(at),
        ) else {
            continue;
        };
        a.extend(detail.iter().copied());
        a.push(*r);
        b.extend(a.iter().copied());
        b.push(*l);
    }
    let columns = |items: &[Sum; 4]| -> [Sum; 6] {
        let [overseas, purchase, operation, reception] = items.clone();
        let vehicles: Sum = purchase.iter().chain(&operation).copied().collect();
        let total: Sum = overseas
            .iter()
            .chain(&vehicles)
            .chain(&reception)
            .copied()
            .collect();
        [total, overseas, vehicles, purchase, operation, reception]
    };
    Ok([columns(&budget), columns(&actual)])
}
