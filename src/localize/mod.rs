//! Error localization: the fewest printed figures whose change satisfies every edit.
//!
//! A wrong figure breaks every identity it takes part in. The checks record those identities
//! as [`Edit`]s, failing or not; [`localize`] groups the failing edits that share figures,
//! and for each group looks for the sets of one printed figure, then of two, whose change
//! satisfies every edit of the document they take part in, each within its allowance (Fellegi
//! & Holt 1976). Among equally small sets it prefers those whose figures are each one
//! keystroke from a value that works (Scholtus 2009: a transposition, one digit, a dropped or
//! doubled digit, a shifted decimal point, a sign); no other change is preferred.
//!
//! A changed figure keeps the precision it was printed with, so the values it may take are
//! whole units of its last place: every edit bounds them to an interval of whole units, and a
//! figure explains its group when the intervals of all its edits meet. Two figures are
//! searched jointly over the units of one of them.
//!
//! ```
//! use final_accounts::finding::{Edit, FigureId, Localization, Place, Relation, TableKind, Term};
//! use final_accounts::localize::localize;
//! use final_accounts::money::{MoneyUnit, PublishedAmount};
//! use rust_decimal::Decimal;
//! let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan).unwrap();
//! // A row 1 + 2 = 3 whose total is printed 3.30 (transposed from 3.03), and the same total
//! // printed again elsewhere as 3.03.
//! let cells = [p("1.01"), p("2.02"), p("3.30"), p("3.03")];
//! let term = |i: usize, negative| Term {
//!     figure: Some(FigureId::of(&cells[i])),
//!     place: Place::table(TableKind::Income).column_key(["a", "b", "total", "again"][i]),
//!     amount: cells[i],
//!     negative,
//! };
//! let rule = final_accounts::audit::rule("t02.row-total").unwrap();
//! let edits = vec![
//!     Edit { rule, relation: Relation::Equal, terms: vec![term(2, false), term(0, true), term(1, true)],
//!            allowance_yuan: Decimal::from(150), holds: false, finding: Some(0) },
//!     Edit { rule, relation: Relation::Equal, terms: vec![term(2, false), term(3, true)],
//!            allowance_yuan: Decimal::ZERO, holds: false, finding: Some(1) },
//! ];
//! let groups = localize(&edits);
//! assert_eq!(groups.len(), 1);
//! let Localization::Culprit(culprit) = &groups[0].localization else { panic!() };
//! assert_eq!(culprit[0].printed.to_string(), "3.30");
//! assert_eq!(culprit[0].implied().unwrap().wan_yuan(), Decimal::new(303, 2));
//! assert!(culprit[0].typo.is_some());
//! ```

mod typo;

use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::finding::{Edit, FigureId, Localization, Place, Relation, Suspect};
use crate::money::{Amount, Precision, PublishedAmount};

/// A connected set of failing edits and what localizing it concludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The failing edits, as indices into the edits given, in order.
    pub edits: Vec<usize>,
    /// The conclusion.
    pub localization: Localization,
}

/// The most sets an ambiguity lists.
const MAX_SETS: usize = 64;
/// The most pairs of figures tried for one group.
const MAX_PAIRS: usize = 4_000;
/// The most values of one figure tried jointly with another.
const MAX_UNITS: i128 = 2_000;

/// Localizes the failing edits of `edits` (those that do not hold), group by group, in the
/// order of each group's first edit.
#[must_use]
pub fn localize(edits: &[Edit]) -> Vec<Group> {
    let model = Model::new(edits);
    model
        .groups()
        .into_iter()
        .map(|group| {
            let localization = model.localize(&group);
            Group {
                edits: group,
                localization,
            }
        })
        .collect()
}

/// A printed figure that may be changed.
struct Fig<'e> {
    id: FigureId,
    place: &'e Place,
    printed: PublishedAmount,
    /// One unit of its last printed place, in 元.
    step: Decimal,
    /// The edits it takes part in.
    edits: Vec<usize>,
}

/// The whole units a figure may take: `lo ..= hi`, either end open-ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Units {
    lo: Option<i128>,
    hi: Option<i128>,
}

impl Units {
    const ALL: Units = Units { lo: None, hi: None };
    const NONE: Units = Units {
        lo: Some(1),
        hi: Some(0),
    };

    fn meet(self, other: Units) -> Units {
        let lo = match (self.lo, other.lo) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let hi = match (self.hi, other.hi) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Units { lo, hi }
    }

    fn hull(self, other: Units) -> Units {
        if self.is_empty() {
            return other;
        }
        if other.is_empty() {
            return self;
        }
        Units {
            lo: self.lo.zip(other.lo).map(|(a, b)| a.min(b)),
            hi: self.hi.zip(other.hi).map(|(a, b)| a.max(b)),
        }
    }

    fn is_empty(self) -> bool {
        matches!((self.lo, self.hi), (Some(lo), Some(hi)) if lo > hi)
    }

    fn contains(self, k: i128) -> bool {
        self.lo.is_none_or(|lo| lo <= k) && self.hi.is_none_or(|hi| k <= hi)
    }

    /// How many units, when bounded.
    fn len(self) -> Option<i128> {
        let (lo, hi) = (self.lo?, self.hi?);
        Some(hi.saturating_sub(lo).saturating_add(1).max(0))
    }
}

struct Model<'e> {
    edits: &'e [Edit],
    figs: Vec<Fig<'e>>,
    /// Each edit's terms: the figure (an index into `figs`) or `None`, and the sign.
    terms: Vec<Vec<(Option<usize>, bool)>>,
}

impl<'e> Model<'e> {
    fn new(edits: &'e [Edit]) -> Model<'e> {
        let mut index: HashMap<FigureId, usize> = HashMap::new();
        let mut figs: Vec<Fig<'e>> = Vec::new();
        let mut terms = Vec::with_capacity(edits.len());
        for (e, edit) in edits.iter().enumerate() {
            let mut row = Vec::with_capacity(edit.terms.len());
            for term in &edit.terms {
                let fig = term.figure.and_then(|id| {
                    if let Some(&i) = index.get(&id) {
                        return Some(i);
                    }
                    let step = step_of(&term.amount)?;
                    index.insert(id, figs.len());
                    figs.push(Fig {
                        id,
                        place: &term.place,
                        printed: term.amount,
                        step,
                        edits: Vec::new(),
                    });
                    Some(figs.len().saturating_sub(1))
                });
                if let Some(f) = fig.and_then(|i| figs.get_mut(i))
                    && f.edits.last() != Some(&e)
                {
                    f.edits.push(e);
                }
                row.push((fig, term.negative));
            }
            terms.push(row);
        }
        Model { edits, figs, terms }
    }

    /// The failing edits, grouped by the figures they share.
    fn groups(&self) -> Vec<Vec<usize>> {
        let failing: Vec<usize> = (0..self.edits.len())
            .filter(|&e| self.edits.get(e).is_some_and(|edit| !edit.holds))
            .collect();
        let mut parent: Vec<usize> = (0..failing.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while let Some(&p) = parent.get(i) {
                if p == i {
                    break;
                }
                let grand = parent.get(p).copied().unwrap_or(p);
                if let Some(slot) = parent.get_mut(i) {
                    *slot = grand;
                }
                i = p;
            }
            i
        }
        let mut owner: HashMap<usize, usize> = HashMap::new();
        for (slot, &e) in failing.iter().enumerate() {
            for &(fig, _) in self.terms.get(e).map_or(&[][..], Vec::as_slice) {
                let Some(fig) = fig else { continue };
                match owner.get(&fig) {
                    Some(&other) => {
                        let (a, b) = (root(&mut parent, slot), root(&mut parent, other));
                        if a != b
                            && let Some(p) = parent.get_mut(a.max(b))
                        {
                            *p = a.min(b);
                        }
                    }
                    None => {
                        owner.insert(fig, slot);
                    }
                }
            }
        }
        let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
        for (slot, &e) in failing.iter().enumerate() {
            let r = root(&mut parent, slot);
            match groups.iter_mut().find(|(root, _)| *root == r) {
                Some((_, edits)) => edits.push(e),
                None => groups.push((r, vec![e])),
            }
        }
        groups.into_iter().map(|(_, edits)| edits).collect()
    }

    fn figs_of(&self, e: usize) -> impl Iterator<Item = usize> + '_ {
        self.terms
            .get(e)
            .into_iter()
            .flatten()
            .filter_map(|&(fig, _)| fig)
    }

    fn contains(&self, e: usize, fig: usize) -> bool {
        self.figs_of(e).any(|f| f == fig)
    }

    /// The whole units `fig` may take for edit `e` to hold, with `other` (a figure and its
    /// value in 元) changed too.
    fn units(&self, e: usize, fig: usize, other: Option<(usize, Decimal)>) -> Units {
        let (Some(edit), Some(terms), Some(f)) =
            (self.edits.get(e), self.terms.get(e), self.figs.get(fig))
        else {
            return Units::NONE;
        };
        let mut rest = Decimal::ZERO;
        let mut coefficient: i64 = 0;
        for (term, &(id, negative)) in edit.terms.iter().zip(terms) {
            if id == Some(fig) {
                coefficient = coefficient.saturating_add(if negative { -1 } else { 1 });
                continue;
            }
            let value = match (id, other) {
                (Some(i), Some((o, v))) if i == o => v,
                _ => term.amount.amount().yuan(),
            };
            let next = if negative {
                rest.checked_sub(value)
            } else {
                rest.checked_add(value)
            };
            let Some(next) = next else {
                return Units::NONE;
            };
            rest = next;
        }
        if coefficient == 0 {
            let holds = edit.satisfied_by(rest);
            return if holds { Units::ALL } else { Units::NONE };
        }
        let Some(a) = f.step.checked_mul(Decimal::from(coefficient)) else {
            return Units::NONE;
        };
        bounds(edit.relation, a, rest, edit.allowance_yuan)
    }

    /// The units `fig` may take for every edit it is in, except those containing `except`,
    /// with `other` changed.
    fn units_all(
        &self,
        fig: usize,
        except: Option<usize>,
        other: Option<(usize, Decimal)>,
    ) -> Units {
        let Some(f) = self.figs.get(fig) else {
            return Units::NONE;
        };
        let mut units = Units::ALL;
        for &e in &f.edits {
            if except.is_some_and(|x| self.contains(e, x)) {
                continue;
            }
            units = units.meet(self.units(e, fig, other));
            if units.is_empty() {
                break;
            }
        }
        units
    }

    fn localize(&self, group: &[usize]) -> Localization {
        // One figure: it must be in every failing edit of the group.
        let mut candidates: Option<BTreeSet<usize>> = None;
        for &e in group {
            let here: BTreeSet<usize> = self.figs_of(e).collect();
            candidates = Some(match candidates {
                None => here,
                Some(c) => c.intersection(&here).copied().collect(),
            });
        }
        let mut sets: Vec<Vec<Suspect>> = Vec::new();
        for fig in candidates.unwrap_or_default() {
            let units = self.units_all(fig, None, None);
            if !units.is_empty()
                && let Some(suspect) = self.suspect(fig, units)
            {
                sets.push(vec![suspect]);
            }
        }
        if sets.is_empty() {
            sets = self.pairs(group);
        }
        conclude(sets)
    }

    /// The sets of two figures that explain the group.
    fn pairs(&self, group: &[usize]) -> Vec<Vec<Suspect>> {
        let Some(&first) = group.iter().min_by_key(|&&e| self.figs_of(e).count()) else {
            return Vec::new();
        };
        let mut tried: BTreeSet<(usize, usize)> = BTreeSet::new();
        let mut sets = Vec::new();
        for f in self.figs_of(first).collect::<BTreeSet<_>>() {
            let rest: Vec<usize> = group
                .iter()
                .copied()
                .filter(|&e| !self.contains(e, f))
                .collect();
            let partners: BTreeSet<usize> = if rest.is_empty() {
                self.figs
                    .get(f)
                    .into_iter()
                    .flat_map(|fig| fig.edits.iter())
                    .flat_map(|&e| self.figs_of(e))
                    .collect()
            } else {
                let mut common: Option<BTreeSet<usize>> = None;
                for &e in &rest {
                    let here: BTreeSet<usize> = self.figs_of(e).collect();
                    common = Some(match common {
                        None => here,
                        Some(c) => c.intersection(&here).copied().collect(),
                    });
                }
                common.unwrap_or_default()
            };
            for g in partners {
                if g == f || !tried.insert((f.min(g), f.max(g))) {
                    continue;
                }
                if tried.len() > MAX_PAIRS {
                    return Vec::new();
                }
                if let Some(pair) = self.pair(f, g) {
                    sets.push(pair);
                }
            }
        }
        sets
    }

    /// The two figures as a set that satisfies their edits, if they are one.
    fn pair(&self, f: usize, g: usize) -> Option<Vec<Suspect>> {
        let alone_f = self.units_all(f, Some(g), None);
        let alone_g = self.units_all(g, Some(f), None);
        if alone_f.is_empty() || alone_g.is_empty() {
            return None;
        }
        let joint = self.figs.get(f)?.edits.iter().any(|&e| self.contains(e, g));
        if !joint {
            let a = self.suspect(f, alone_f)?;
            let b = self.suspect(g, alone_g)?;
            return Some(vec![a, b]);
        }
        // Walk the units of the figure with fewer of them; the other's follow.
        let (x, y, walk) = match (alone_f.len(), alone_g.len()) {
            (Some(a), Some(b)) if a <= b => (f, g, alone_f),
            (_, Some(_)) => (g, f, alone_g),
            (Some(_), None) => (f, g, alone_f),
            (None, None) => return None,
        };
        let (lo, hi) = (walk.lo?, walk.hi?);
        if hi.saturating_sub(lo) > MAX_UNITS {
            return None;
        }
        let step_x = self.figs.get(x)?.step;
        let mut xs = Units::NONE;
        let mut ys = Units::NONE;
        let mut k = lo;
        while k <= hi {
            let value = Decimal::from_i128_with_scale(k, 0).checked_mul(step_x)?;
            let units = self.units_all(y, None, Some((x, value)));
            if !units.is_empty() {
                xs = xs.hull(Units {
                    lo: Some(k),
                    hi: Some(k),
                });
                ys = ys.hull(units);
            }
            k = k.saturating_add(1);
        }
        if xs.is_empty() {
            return None;
        }
        let mut a = self.suspect_plain(x, xs)?;
        let mut b = self.suspect_plain(y, ys)?;
        // A slip of both, jointly consistent.
        let joint_slip = self.slips(x, xs).into_iter().find_map(|(value_x, typo_x)| {
            let units = self.units_all(y, None, Some((x, value_x)));
            let (value_y, typo_y) = self.slips(y, units).into_iter().next()?;
            Some((value_x, typo_x, value_y, typo_y))
        });
        if let Some((value_x, typo_x, value_y, typo_y)) = joint_slip {
            a = slipped(a, value_x, typo_x)?;
            b = slipped(b, value_y, typo_y)?;
        }
        Some(if x == f { vec![a, b] } else { vec![b, a] })
    }

    /// The values (in 元) one keystroke from `fig`'s printed figure within `units`.
    fn slips(&self, fig: usize, units: Units) -> Vec<(Decimal, crate::finding::Typo)> {
        let Some(f) = self.figs.get(fig) else {
            return Vec::new();
        };
        let per_unit = f.printed.unit().yuan_per_unit();
        typo::variants(&f.printed)
            .into_iter()
            .filter_map(|(value, typo)| {
                let yuan = value.checked_mul(per_unit)?;
                let k = whole(yuan.checked_div(f.step)?)?;
                units.contains(k).then_some((yuan, typo))
            })
            .collect()
    }

    /// The suspect `fig` with the units it may take, its slip preferred.
    fn suspect(&self, fig: usize, units: Units) -> Option<Suspect> {
        let plain = self.suspect_plain(fig, units)?;
        match self.slips(fig, units).first() {
            Some(&(value, typo)) => slipped(plain, value, typo),
            None => Some(plain),
        }
    }

    fn suspect_plain(&self, fig: usize, units: Units) -> Option<Suspect> {
        let f = self.figs.get(fig)?;
        let amount = |k: Option<i128>| -> Option<Option<Amount>> {
            match k {
                None => Some(None),
                Some(k) => {
                    let yuan = Decimal::from_i128_with_scale(k, 0).checked_mul(f.step)?;
                    Amount::from_yuan(yuan).ok().map(Some)
                }
            }
        };
        Some(Suspect {
            figure: f.id,
            place: f.place.clone(),
            printed: f.printed,
            implied_low: amount(units.lo)?,
            implied_high: amount(units.hi)?,
            typo: None,
        })
    }
}

fn slipped(suspect: Suspect, yuan: Decimal, typo: crate::finding::Typo) -> Option<Suspect> {
    let amount = Amount::from_yuan(yuan).ok()?;
    Some(Suspect {
        implied_low: Some(amount),
        implied_high: Some(amount),
        typo: Some(typo),
        ..suspect
    })
}

/// Concludes: one set is the culprit; when several are, the one set whose figures are all one
/// keystroke from a value that works (if exactly one is) is preferred; otherwise every set is
/// listed, those explained by slips first.
fn conclude(mut sets: Vec<Vec<Suspect>>) -> Localization {
    let slipped = |set: &Vec<Suspect>| set.iter().all(|s| s.typo.is_some());
    if sets.iter().filter(|set| slipped(set)).count() == 1 {
        sets.retain(slipped);
    }
    // Stable: slips first, then the order found.
    sets.sort_by_key(|set| !slipped(set));
    match sets.len() {
        0 => Localization::Unexplained,
        1 => Localization::Culprit(sets.pop().unwrap_or_default()),
        total => {
            sets.truncate(MAX_SETS);
            Localization::Ambiguous { sets, total }
        }
    }
}

/// One unit of the last place `printed` shows, in 元 (one 分 for an exact figure).
fn step_of(printed: &PublishedAmount) -> Option<Decimal> {
    let step = match printed.precision() {
        Precision::Exact => Decimal::new(1, 2),
        Precision::Rounded { .. } => printed.half_unit_yuan().checked_mul(Decimal::TWO)?,
    };
    (step > Decimal::ZERO).then_some(step)
}

/// `d` as a whole number, if it is one.
fn whole(d: Decimal) -> Option<i128> {
    if d.fract().is_zero() {
        d.to_i128()
    } else {
        None
    }
}

/// The whole `k` with `a·k + rest` satisfying `relation` within `allowance` (a strict bound;
/// zero: exactly).
fn bounds(relation: Relation, a: Decimal, rest: Decimal, allowance: Decimal) -> Units {
    let q = |x: Decimal| x.checked_div(a);
    let floor = |x: Decimal| x.floor().to_i128();
    let ceil = |x: Decimal| x.ceil().to_i128();
    let positive = a > Decimal::ZERO;
    let units = match relation {
        Relation::Equal if allowance.is_zero() => {
            let Some(k) = Decimal::ZERO.checked_sub(rest).and_then(q).and_then(whole) else {
                return Units::NONE;
            };
            Some(Units {
                lo: Some(k),
                hi: Some(k),
            })
        }
        Relation::Equal => (|| {
            let x = q(Decimal::ZERO.checked_sub(rest)?.checked_sub(allowance)?)?;
            let y = q(Decimal::ZERO.checked_sub(rest)?.checked_add(allowance)?)?;
            let (lo, hi) = if positive { (x, y) } else { (y, x) };
            Some(Units {
                lo: Some(floor(lo)?.checked_add(1)?),
                hi: Some(ceil(hi)?.checked_sub(1)?),
            })
        })(),
        Relation::Within => (|| {
            let x = q(Decimal::ZERO.checked_sub(rest)?.checked_sub(allowance)?)?;
            let y = q(Decimal::ZERO.checked_sub(rest)?.checked_add(allowance)?)?;
            let (lo, hi) = if positive { (x, y) } else { (y, x) };
            Some(Units {
                lo: Some(ceil(lo)?),
                hi: Some(floor(hi)?),
            })
        })(),
        Relation::AtMost if allowance.is_zero() => (|| {
            let x = q(Decimal::ZERO.checked_sub(rest)?)?;
            Some(if positive {
                Units {
                    lo: None,
                    hi: Some(floor(x)?),
                }
            } else {
                Units {
                    lo: Some(ceil(x)?),
                    hi: None,
                }
            })
        })(),
        Relation::AtMost => (|| {
            let x = q(allowance.checked_sub(rest)?)?;
            Some(if positive {
                Units {
                    lo: None,
                    hi: Some(ceil(x)?.checked_sub(1)?),
                }
            } else {
                Units {
                    lo: Some(floor(x)?.checked_add(1)?),
                    hi: None,
                }
            })
        })(),
    };
    units.unwrap_or(Units::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_strict() {
        // 2·k − 3 within (−1, 1): k = 2 only... (2k ∈ (2, 4)) → k ∈ (1, 2) → none.
        let u = bounds(
            Relation::Equal,
            Decimal::TWO,
            Decimal::from(-3),
            Decimal::ONE,
        );
        assert!(u.is_empty());
        // k − 3 within (−1.5, 1.5): k ∈ {2, 3, 4}.
        let u = bounds(
            Relation::Equal,
            Decimal::ONE,
            Decimal::from(-3),
            Decimal::new(15, 1),
        );
        assert_eq!((u.lo, u.hi), (Some(2), Some(4)));
        // −k + 3 ≤ 0 exactly: k ≥ 3.
        let u = bounds(
            Relation::AtMost,
            Decimal::NEGATIVE_ONE,
            Decimal::from(3),
            Decimal::ZERO,
        );
        assert_eq!((u.lo, u.hi), (Some(3), None));
        // k + 3 < 1: k ≤ −3.
        let u = bounds(
            Relation::AtMost,
            Decimal::ONE,
            Decimal::from(3),
            Decimal::ONE,
        );
        assert_eq!((u.lo, u.hi), (None, Some(-3)));
    }
}
