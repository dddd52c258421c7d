//! The three comparisons the rules between tables make: the same figure printed twice, a
//! figure against the sum of others, and a figure that may not exceed others.

use rust_decimal::Decimal;

use crate::audit::{Finding, Location, Severity, sum_finding};
use crate::money::{Amount, MoneyError, MoneyUnit, PublishedAmount, check_sum};
use crate::tables::Cell;

/// A cell, the unit of its table and where it is printed.
#[derive(Debug, Clone)]
pub(super) struct Fig<'a> {
    pub(super) cell: &'a Cell,
    pub(super) unit: MoneyUnit,
    pub(super) at: Location,
}

impl<'a> Fig<'a> {
    pub(super) fn new(cell: &'a Cell, unit: MoneyUnit, at: Location) -> Fig<'a> {
        Fig { cell, unit, at }
    }

    /// The printed figure, or an exact zero for a blank or "——" cell.
    fn operand(&self) -> Result<PublishedAmount, MoneyError> {
        self.cell.operand(self.unit)
    }

    fn printed(&self) -> bool {
        self.cell.has_amount()
    }
}

/// A blank cell, for a row one table prints and the other does not.
pub(super) static BLANK: Cell = Cell::Blank;

/// What a relation is, for messages: in Chinese and in English.
#[derive(Debug, Clone, Copy)]
pub(super) struct What<'s> {
    pub(super) zh: &'s str,
    pub(super) en: &'s str,
}

/// Amounts as a finance officer writes them: 万元 with two decimals.
pub(super) fn wan(amount: Amount) -> String {
    amount.round_in(MoneyUnit::WanYuan, 2).to_string()
}

/// The figure could not be computed (a sum out of range): an error naming the places.
fn overflow(rule: &str, locations: Vec<Location>, what: What<'_>, error: &MoneyError) -> Finding {
    Finding {
        rule: rule.to_owned(),
        severity: Severity::Error,
        locations,
        expected: None,
        actual: None,
        allowance: None,
        message_zh: format!("{}无法核对：金额超出可计算范围", what.zh),
        message_en: format!("{} cannot be checked: {error}", what.en),
    }
}

/// The rule id of a 元/万元 slip between two figures that must agree.
pub(super) const UNIT_SLIP: &str = "x.unit-slip";

/// `printed` (in one table) must be the same figure as `reference` (in another): both are
/// rounded from the same 元 amount, so with the same unit and precision they match exactly;
/// with different precisions their intervals must meet (a difference rounding explains is
/// info). A difference of exactly ×10⁴ is reported as [`UNIT_SLIP`]. Blank and "——" count as
/// zero; nothing is reported when both are zero.
pub(super) fn same(
    rule: &str,
    printed: &Fig<'_>,
    reference: &Fig<'_>,
    what: What<'_>,
) -> Option<Finding> {
    let locations = vec![printed.at.clone(), reference.at.clone()];
    let (a, b) = match (printed.operand(), reference.operand()) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return Some(overflow(rule, locations, what, &e)),
    };
    if a.amount() == b.amount() {
        return None;
    }
    let (actual, expected) = (a.amount(), b.amount());
    let difference = match actual.checked_sub(expected) {
        Ok(d) => d,
        Err(e) => return Some(overflow(rule, locations, what, &e)),
    };
    if actual.is_unit_slip_of(expected) {
        return Some(Finding {
            rule: UNIT_SLIP.to_owned(),
            severity: Severity::Error,
            locations,
            expected: Some(wan(expected)),
            actual: Some(wan(actual)),
            allowance: None,
            message_zh: format!(
                "{}：{}为{}，{}为{}，相差恰为一万倍，疑为元与万元混用",
                what.zh,
                zh(&printed.at),
                wan(actual),
                zh(&reference.at),
                wan(expected)
            ),
            message_en: format!(
                "{}: {} prints {} but {} prints {}, exactly 10 000 times apart: a 元/万元 unit slip",
                what.en,
                printed.at,
                wan(actual),
                reference.at,
                wan(expected)
            ),
        });
    }
    let same_precision = (a.unit() == b.unit() && a.precision() == b.precision())
        || !printed.printed()
        || !reference.printed();
    if !same_precision {
        // Different precisions: the printed figures may differ by what rounding explains.
        return match check_sum(&a, &[b]) {
            Ok(check) => sum_finding(rule, Severity::Error, &check, locations, what.zh, what.en),
            Err(e) => Some(overflow(rule, locations, what, &e)),
        };
    }
    Some(Finding {
        rule: rule.to_owned(),
        severity: Severity::Error,
        locations,
        expected: Some(wan(expected)),
        actual: Some(wan(actual)),
        allowance: Some(
            "0 (the same amount printed twice with the same rounding must match exactly)"
                .to_owned(),
        ),
        message_zh: format!(
            "{}不成立：{}为{}，{}为{}，相差{}；同一金额在两表中应完全一致",
            what.zh,
            zh(&printed.at),
            wan(actual),
            zh(&reference.at),
            wan(expected),
            wan(difference)
        ),
        message_en: format!(
            "{} does not hold: {} prints {} but {} prints {}, a difference of {}; the same amount printed in two tables must match exactly",
            what.en,
            printed.at,
            wan(actual),
            reference.at,
            wan(expected),
            wan(difference)
        ),
    })
}

/// `total` must equal the sum of `parts`, precision-aware: a rounding tail is info, a larger
/// difference `severity`. Nothing is reported when no figure is printed.
pub(super) fn sum(
    rule: &str,
    severity: Severity,
    total: &Fig<'_>,
    parts: &[Fig<'_>],
    what: What<'_>,
) -> Option<Finding> {
    if !total.printed() && parts.iter().all(|p| !p.printed()) {
        return None;
    }
    let locations: Vec<Location> = core::iter::once(total)
        .chain(parts)
        .map(|f| f.at.clone())
        .collect();
    let operands = || -> Result<(PublishedAmount, Vec<PublishedAmount>), MoneyError> {
        let t = total.operand()?;
        let ps = parts
            .iter()
            .map(Fig::operand)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((t, ps))
    };
    match operands().and_then(|(t, ps)| check_sum(&t, &ps)) {
        Ok(check) => sum_finding(rule, severity, &check, locations, what.zh, what.en),
        Err(e) => Some(overflow(rule, locations, what, &e)),
    }
}

/// The sum of `parts` may not exceed `bound`.
///
/// Rounding is monotone, so one figure printed with the same precision as `bound` may not
/// exceed it at all; a sum of several figures may exceed it by the half units of every figure
/// involved (that much is reported as info).
pub(super) fn at_most(
    rule: &str,
    severity: Severity,
    parts: &[Fig<'_>],
    bound: &Fig<'_>,
    what: What<'_>,
) -> Option<Finding> {
    let mut locations: Vec<Location> = parts.iter().map(|f| f.at.clone()).collect();
    locations.push(bound.at.clone());
    let computed = || -> Result<(PublishedAmount, Vec<PublishedAmount>), MoneyError> {
        let b = bound.operand()?;
        let ps = parts
            .iter()
            .map(Fig::operand)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((b, ps))
    };
    let (b, ps) = match computed() {
        Ok(v) => v,
        Err(e) => return Some(overflow(rule, locations, what, &e)),
    };
    let total = match Amount::checked_sum(ps.iter().map(PublishedAmount::amount)) {
        Ok(t) => t,
        Err(e) => return Some(overflow(rule, locations, what, &e)),
    };
    let excess = match total.checked_sub(b.amount()) {
        Ok(e) => e,
        Err(e) => return Some(overflow(rule, locations, what, &e)),
    };
    if excess.is_negative() || excess.is_zero() {
        return None;
    }
    let printed: Vec<&PublishedAmount> = parts
        .iter()
        .zip(&ps)
        .filter(|(f, _)| f.printed())
        .map(|(_, p)| p)
        .collect();
    let allowance_yuan = match printed.as_slice() {
        [one] if one.unit() == b.unit() && one.precision() == b.precision() => Decimal::ZERO,
        [_] if !bound.printed() => Decimal::ZERO,
        _ => printed
            .iter()
            .map(|p| p.half_unit_yuan())
            .try_fold(b.half_unit_yuan(), Decimal::checked_add)
            .unwrap_or(Decimal::MAX),
    };
    let within = excess.yuan() <= allowance_yuan;
    let severity = if within { Severity::Info } else { severity };
    let allowance_wan = allowance_yuan
        .checked_div(Decimal::from(10_000))
        .unwrap_or_default()
        .normalize();
    let (zh, en) = if within {
        (
            format!(
                "{}：{}超出{}，在尾数误差范围内",
                what.zh,
                wan(total),
                wan(b.amount())
            ),
            format!(
                "{}: {} exceeds {} by no more than the rounding of the printed figures",
                what.en,
                wan(total),
                wan(b.amount())
            ),
        )
    } else {
        (
            format!(
                "{}不成立：{}为{}，超过{}的{}，超出{}",
                what.zh,
                join_places_zh(parts),
                wan(total),
                zh(&bound.at),
                wan(b.amount()),
                wan(excess)
            ),
            format!(
                "{} does not hold: {} amounts to {}, more than the {} printed at {}, by {}",
                what.en,
                join_places(parts),
                wan(total),
                wan(b.amount()),
                bound.at,
                wan(excess)
            ),
        )
    };
    Some(Finding {
        rule: rule.to_owned(),
        severity,
        locations,
        expected: Some(format!("≤ {}", wan(b.amount()))),
        actual: Some(wan(total)),
        allowance: Some(format!(
            "{allowance_wan} 万元 (rounding is monotone: one figure printed like its bound may not exceed it; a sum may, by the half units of its figures)"
        )),
        message_zh: zh,
        message_en: en,
    })
}

fn join_places(parts: &[Fig<'_>]) -> String {
    parts
        .iter()
        .map(|f| f.at.to_string())
        .collect::<Vec<_>>()
        .join(" + ")
}

fn join_places_zh(parts: &[Fig<'_>]) -> String {
    parts
        .iter()
        .map(|f| zh(&f.at))
        .collect::<Vec<_>>()
        .join("、")
}

/// A location in Chinese: "公开02表 合计行 本年收入合计列".
pub(super) fn zh(location: &Location) -> String {
    let mut out = location.table.clone().unwrap_or_default();
    if let Some(row) = &location.row {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(row);
        out.push('行');
    }
    if let Some(column) = &location.column {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(column);
        out.push('列');
    }
    out
}
