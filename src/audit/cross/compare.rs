//! The three comparisons the rules between tables make: the same figure printed twice, a
//! figure against the sum of others, and a figure that may not exceed others.
//!
//! A figure ([`Fig`]) is a cell and the few `Copy` facts needed to name its place: the table,
//! a reference to its row, a column key. Places ([`Place`]) and figures ([`Figure`]) are made
//! only when a finding is emitted, so a relation that holds costs no allocation.

use rust_decimal::Decimal;

use crate::classification::{EconomicCode, FunctionCode};
use crate::finding::{
    Allowance, Edit, Figure, FigureId, Finding, Key, Place, Relation, Rule, Severity, TableKind,
    Template, Term, overflow_finding, sum_finding,
};
use crate::money::{Amount, MoneyError, MoneyUnit, PublishedAmount, SumCheck, Verdict, check_sum};
use crate::tables::{
    Cell, ClassifiedRow, ExpenditureItem, FiscalIncomeItem, IncomeItem, ItemKey, Line, NamedCell,
    TableMeta,
};

/// How a printed row is named in a place: by its code when it has one and no 行次, else by
/// its label as printed (with its 行次).
pub(super) trait RowName {
    /// The row key of the place.
    fn row_key(&self) -> Key;
}

impl<C: crate::tables::ColumnSet> RowName for ClassifiedRow<C> {
    fn row_key(&self) -> Key {
        match (self.code_of(), self.line()) {
            (Some(code), None) => Key::Function(code),
            _ => Key::Text(self.label().into()),
        }
    }
}

impl<K: ItemKey, V> RowName for Line<K, V> {
    fn row_key(&self) -> Key {
        match (self.item().and_then(|item| item.code()), self.line()) {
            (Some(code), None) => Key::Function(code),
            _ => Key::Text(self.label().into()),
        }
    }
}

impl RowName for NamedCell {
    fn row_key(&self) -> Key {
        Key::Text(self.name.as_str().into())
    }
}

/// The row of a figure: a printed row, or what names a row the table does not print.
#[derive(Clone, Copy)]
pub(super) enum Row<'a> {
    /// No row (a column of 公开09表).
    None,
    /// A printed row.
    Of(&'a dyn RowName),
    /// An unprinted 合计 row.
    Total,
    /// An unprinted row of a functional code.
    Code(FunctionCode),
    /// A row of an economic code (公开06表).
    Economic(EconomicCode),
    /// An unprinted line of 公开01表's income side.
    Income(IncomeItem),
    /// An unprinted line of an expenditure side.
    Expenditure(ExpenditureItem),
    /// An unprinted line of 公开04表's income side.
    FiscalIncome(FiscalIncomeItem),
}

impl Row<'_> {
    fn key(self) -> Option<Key> {
        Some(match self {
            Row::None => return None,
            Row::Of(row) => row.row_key(),
            Row::Total => Key::Static("合计"),
            Row::Code(code) => Key::Function(code),
            Row::Economic(code) => Key::Economic(code),
            Row::Income(item) => Key::Text(item.key().into()),
            Row::Expenditure(item) => match item {
                ExpenditureItem::Class(code) => Key::Function(code),
                other => Key::Text(other.key().into()),
            },
            Row::FiscalIncome(item) => Key::Text(item.key().into()),
        })
    }
}

/// A cell, the unit and precision of its table and what names its place.
#[derive(Clone, Copy)]
pub(super) struct Fig<'a> {
    pub(super) cell: &'a Cell,
    unit: MoneyUnit,
    decimals: u32,
    kind: TableKind,
    row: Row<'a>,
    column: Column,
    /// The largest number of printed parts the figure has in the disclosure (1: none, or one).
    parts: u32,
}

/// The column of a figure's place.
#[derive(Clone, Copy)]
pub(super) enum Column {
    /// A column of the table by its key, named by the table's header.
    Key(&'static str),
    /// A fixed name (a table without that header).
    Named(&'static str),
}

impl<'a> Fig<'a> {
    /// The cell `cell` of the table `kind` (described by `meta`), at `row` and the column `key`.
    pub(super) fn new(
        cell: &'a Cell,
        meta: &TableMeta,
        kind: TableKind,
        row: Row<'a>,
        key: &'static str,
    ) -> Fig<'a> {
        Fig::at(cell, meta, kind, row, Column::Key(key))
    }

    /// As [`Fig::new`], with any column.
    pub(super) fn at(
        cell: &'a Cell,
        meta: &TableMeta,
        kind: TableKind,
        row: Row<'a>,
        column: Column,
    ) -> Fig<'a> {
        Fig {
            cell,
            unit: meta.unit(),
            decimals: meta.decimals(),
            kind,
            row,
            column,
            parts: 1,
        }
    }

    /// The figure as an aggregate of `parts` printed parts (the largest count it has anywhere
    /// in the disclosure): the same figure printed elsewhere may then differ from it by a
    /// derivation tail (see [`same`]).
    pub(super) fn with_parts(mut self, parts: u32) -> Fig<'a> {
        self.parts = self.parts.max(parts);
        self
    }

    /// Where the figure is printed (made only for a finding).
    pub(super) fn place(&self) -> Place {
        let mut place = Place::table(self.kind);
        if let Some(row) = self.row.key() {
            place = place.row(row);
        }
        match self.column {
            Column::Key(key) => place.column_key(key),
            Column::Named(name) => place.column(Key::Static(name)),
        }
    }

    /// The printed figure, or an exact zero for a blank or "——" cell.
    fn operand(&self) -> Result<PublishedAmount, MoneyError> {
        self.cell.operand(self.unit)
    }

    pub(super) fn printed(&self) -> bool {
        self.cell.has_amount()
    }

    /// How many half units of its last place the printed figure may be from its true value:
    /// one when rounded from its exact total, `n` when it may be the sum of its `n` rounded
    /// printed parts (each of those errors lies in a half-open interval, so the sum's error is
    /// below `n` half units or on the bound from one side only); none for a blank cell, an
    /// exact zero.
    fn half_units_yuan(&self) -> Option<Decimal> {
        let published = self.cell.published()?;
        published
            .half_unit_yuan()
            .checked_mul(Decimal::from(self.parts.max(1)))
    }

    /// `amount` as this figure shows it: in its table's unit, with the precision of the
    /// printed figure, or the table's decimals for a blank cell.
    fn show(&self, operand: &PublishedAmount, amount: Amount) -> Figure {
        if self.printed() {
            Figure::money(amount, operand.unit(), operand.precision())
        } else {
            Figure::Money {
                amount,
                unit: self.unit,
                decimals: Some(self.decimals),
            }
        }
    }
}

/// What a comparison between tables reports: its finding, if any, and the relation it tests
/// as an edit (`None` when a figure is out of range).
pub(super) struct Checked {
    /// The finding.
    pub(super) finding: Option<Finding>,
    /// The edit (its `holds` and `finding` are set when it is collected).
    pub(super) edit: Option<Edit>,
}

impl Checked {
    /// The severity of the finding, if any.
    #[cfg(test)]
    fn severity(&self) -> Option<Severity> {
        self.finding.as_ref().map(|f| f.severity)
    }
}

/// The edit `Σ ± figs` against zero within `allowance` (`None` when a figure is out of range).
fn edit<'f, 'a: 'f>(
    rule: &'static Rule,
    relation: Relation,
    figs: impl IntoIterator<Item = (&'f Fig<'a>, bool)>,
    allowance: Option<Decimal>,
) -> Option<Edit> {
    let terms = figs
        .into_iter()
        .map(|(fig, negative)| {
            Some(Term {
                figure: fig.cell.published().map(FigureId::of),
                place: fig.place(),
                amount: fig.operand().ok()?,
                negative,
            })
        })
        .collect::<Option<Vec<Term>>>()?;
    Some(Edit {
        rule,
        relation,
        terms,
        allowance_yuan: allowance?.normalize(),
        holds: true,
        finding: None,
    })
}

/// The allowance of [`same`] between `printed` and `reference`: none between figures of one
/// precision, the half units of both between precisions, and less than `(n + 1)` half units
/// for an aggregate of `n` parts printed in both.
fn same_allowance(printed: &Fig<'_>, reference: &Fig<'_>) -> Option<Decimal> {
    let (a, b) = (printed.operand().ok()?, reference.operand().ok()?);
    let parts = printed.parts.max(reference.parts);
    if parts > 1 && printed.printed() && reference.printed() {
        let half = a.half_unit_yuan().max(b.half_unit_yuan());
        return half.checked_mul(Decimal::from(parts.saturating_add(1)));
    }
    let same_precision = (a.unit() == b.unit() && a.precision() == b.precision())
        || !printed.printed()
        || !reference.printed();
    if same_precision {
        Some(Decimal::ZERO)
    } else {
        a.half_unit_yuan().checked_add(b.half_unit_yuan())
    }
}

/// The allowance of [`sum`]: the half units of every figure, `n` of them for an aggregate of
/// `n` parts.
fn sum_allowance(total: &Fig<'_>, parts: &[Fig<'_>]) -> Option<Decimal> {
    let t = total.operand().ok()?;
    let plain = parts.iter().try_fold(t.half_unit_yuan(), |sum, p| {
        sum.checked_add(p.operand().ok()?.half_unit_yuan())
    })?;
    let aggregates = core::iter::once(total).chain(parts).any(|f| f.parts > 1);
    if !aggregates {
        return Some(plain);
    }
    let aggregate = core::iter::once(total)
        .chain(parts)
        .filter_map(Fig::half_units_yuan)
        .try_fold(Decimal::ZERO, Decimal::checked_add)?;
    Some(aggregate.max(plain))
}

/// A blank cell, for a row one table prints and the other does not.
pub(super) static BLANK: Cell = Cell::Blank;

/// A finding of a relation between `figs` that could not be computed (an amount out of range).
fn overflow(rule: &'static Rule, figs: &[&Fig<'_>], what: &'static Template) -> Finding {
    overflow_finding(rule, what).at_all(figs.iter().map(|f| f.place()))
}

/// The same amount printed in two tables differs.
const SAME_BROKEN: Template = Template {
    zh: "{0}不成立：前者为{actual}，后者为{expected}，相差{diff}；同一金额在两表中应完全一致",
    en: "{0} does not hold: the first place prints {actual}, the second {expected}, a difference of {diff}; the same amount printed in two tables must match exactly",
};

/// An aggregate printed twice differs by a derivation tail.
const DERIVATION_TAIL: Template = Template {
    zh: "{0}：前者为{actual}，后者为{expected}，相差{diff}；该数为{1}个印出分项之和，一处可能由分项舍入后相加、另一处由总数舍入，属尾数误差",
    en: "{0}: the first place prints {actual}, the second {expected}, a difference of {diff}; the figure adds up {1} printed parts, so one printing may be the sum of the rounded parts and the other the rounded total: a rounding tail",
};

/// An aggregate printed twice differs by more than its derivation allows.
const DERIVATION_BROKEN: Template = Template {
    zh: "{0}不成立：前者为{actual}，后者为{expected}，相差{diff}；该数为{1}个印出分项之和，尾数误差不足以解释",
    en: "{0} does not hold: the first place prints {actual}, the second {expected}, a difference of {diff}; the figure adds up {1} printed parts, and rounding them cannot explain that much",
};

/// Two figures that must agree are exactly 10 000 times apart.
const UNIT_SLIP_FOUND: Template = Template {
    zh: "{0}：前者为{actual}，后者为{expected}，相差恰为一万倍，疑为元与万元混用",
    en: "{0}: the first place prints {actual}, the second {expected}, exactly 10 000 times apart: a 元/万元 unit slip",
};

/// `printed` (in one table) must be the same figure as `reference` (in another): both are
/// rounded from the same 元 amount, so with the same unit and precision they match exactly;
/// with different precisions their intervals must meet (a difference rounding explains is
/// info). An aggregate of `n > 1` printed parts ([`Fig::with_parts`]) may have been summed
/// from its rounded parts in one table and rounded from its exact total in the other: the two
/// printings may then differ by less than `(n + 1)/2` units of the last place (a derivation
/// tail, info); more is the rule's severity. A difference of exactly ×10⁴ is reported as [`UNIT_SLIP`](super::UNIT_SLIP). Blank
/// and "——" count as zero; nothing is reported when both are zero.
pub(super) fn same(
    record: bool,
    rule: &'static Rule,
    printed: &Fig<'_>,
    reference: &Fig<'_>,
    what: &'static Template,
) -> Checked {
    Checked {
        finding: same_finding(rule, printed, reference, what),
        edit: record
            .then(|| {
                edit(
                    rule,
                    Relation::Equal,
                    [(printed, false), (reference, true)],
                    same_allowance(printed, reference),
                )
            })
            .flatten(),
    }
}

fn same_finding(
    rule: &'static Rule,
    printed: &Fig<'_>,
    reference: &Fig<'_>,
    what: &'static Template,
) -> Option<Finding> {
    // The common case, equal figures, compares amounts and builds nothing.
    if printed.cell.amount_or_zero() == reference.cell.amount_or_zero() {
        return None;
    }
    let (a, b) = match (printed.operand(), reference.operand()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return Some(overflow(rule, &[printed, reference], what)),
    };
    if a.amount() == b.amount() {
        return None;
    }
    let places = || [printed.place(), reference.place()];
    let (actual, expected) = (a.amount(), b.amount());
    // Each figure is shown as its own table prints it; a blank one as the other side's table.
    let figures = || (reference.show(&b, expected), printed.show(&a, actual));
    if actual.is_unit_slip_of(expected) {
        let (expected, actual) = figures();
        return Some(
            Finding::new(&super::UNIT_SLIP, &UNIT_SLIP_FOUND)
                .at_all(places())
                .arg(what)
                .expected(expected)
                .actual(actual),
        );
    }
    let same_precision = (a.unit() == b.unit() && a.precision() == b.precision())
        || !printed.printed()
        || !reference.printed();
    let parts = printed.parts.max(reference.parts);
    if parts > 1 && printed.printed() && reference.printed() {
        // An aggregate: one printing may be the sum of its n rounded parts, the other the
        // rounded exact total, so they differ by less than (n + 1) half units (DOMAIN.md §2).
        let half = a.half_unit_yuan().max(b.half_unit_yuan());
        let allowance = half.checked_mul(Decimal::from(parts.saturating_add(1)));
        let (Some(allowance), Ok(diff)) = (allowance, actual.checked_sub(expected)) else {
            return Some(overflow(rule, &[printed, reference], what));
        };
        let (expected, actual) = figures();
        let tail = diff.yuan().abs() < allowance;
        let (severity, template) = if tail {
            (Severity::Info, &DERIVATION_TAIL)
        } else {
            (rule.severity, &DERIVATION_BROKEN)
        };
        return Some(
            Finding::new(rule, template)
                .severity(severity)
                .at_all(places())
                .arg(what)
                .arg(Figure::Count(i64::from(parts)))
                .expected(expected)
                .actual(actual)
                .allowance(Allowance::Money {
                    yuan: allowance.normalize(),
                    unit: a.unit(),
                }),
        );
    }
    if !same_precision {
        // Different precisions: the printed figures may differ by what rounding explains.
        return match check_sum(&a, &[b]) {
            Ok(check) => sum_finding(rule, &check, what).map(|f| f.at_all(places())),
            Err(_) => Some(overflow(rule, &[printed, reference], what)),
        };
    }
    let (expected, actual) = figures();
    Some(
        Finding::new(rule, &SAME_BROKEN)
            .at_all(places())
            .arg(what)
            .expected(expected)
            .actual(actual)
            .allowance(Allowance::Money {
                yuan: Decimal::ZERO,
                unit: a.unit(),
            }),
    )
}

/// `total` must equal the sum of `parts`, precision-aware: a rounding tail is info, a larger
/// difference the rule's severity. Nothing is reported when no figure is printed.
pub(super) fn sum(
    record: bool,
    rule: &'static Rule,
    total: &Fig<'_>,
    parts: &[Fig<'_>],
    what: &'static Template,
) -> Checked {
    if !total.printed() && parts.iter().all(|p| !p.printed()) {
        return Checked {
            finding: None,
            edit: None,
        };
    }
    Checked {
        finding: sum_finding_of(rule, total, parts, what),
        edit: record
            .then(|| {
                edit(
                    rule,
                    Relation::Equal,
                    core::iter::once((total, false)).chain(parts.iter().map(|p| (p, true))),
                    sum_allowance(total, parts),
                )
            })
            .flatten(),
    }
}

fn sum_finding_of(
    rule: &'static Rule,
    total: &Fig<'_>,
    parts: &[Fig<'_>],
    what: &'static Template,
) -> Option<Finding> {
    // The common case, an exact sum, adds amounts and builds nothing.
    let exact = parts
        .iter()
        .try_fold(Amount::ZERO, |sum, p| {
            sum.checked_add(p.cell.amount_or_zero())
        })
        .is_ok_and(|sum| sum == total.cell.amount_or_zero());
    if exact {
        return None;
    }
    let places = || core::iter::once(total).chain(parts).map(Fig::place);
    let operands = || -> Result<(PublishedAmount, Vec<PublishedAmount>), MoneyError> {
        let t = total.operand()?;
        let ps = parts
            .iter()
            .map(Fig::operand)
            .collect::<Result<Vec<_>, _>>()?;
        Ok((t, ps))
    };
    let aggregates = core::iter::once(total).chain(parts).any(|f| f.parts > 1);
    let checked = operands().and_then(|(t, ps)| {
        let check = check_sum(&t, &ps)?;
        if !aggregates || check.verdict == Verdict::Exact {
            return Ok(check);
        }
        // A figure that may be the sum of its n rounded parts is off its true value by less
        // than n half units: the allowance adds those, strictly (DOMAIN.md §2).
        let allowance = core::iter::once(total)
            .chain(parts)
            .filter_map(Fig::half_units_yuan)
            .try_fold(Decimal::ZERO, Decimal::checked_add)
            .unwrap_or(Decimal::MAX)
            .normalize();
        let verdict = if check.difference.yuan().abs() < allowance {
            Verdict::WithinRounding
        } else {
            Verdict::Inconsistent
        };
        Ok(SumCheck {
            allowance_yuan: allowance.max(check.allowance_yuan),
            verdict: if check.verdict == Verdict::WithinRounding {
                Verdict::WithinRounding
            } else {
                verdict
            },
            ..check
        })
    });
    match checked {
        Ok(check) => sum_finding(rule, &check, what).map(|mut f| {
            if !total.printed() {
                // An unprinted total is an exact zero: show the figures as its table prints.
                for figure in [&mut f.expected, &mut f.actual].into_iter().flatten() {
                    if let Figure::Money { decimals, .. } = figure {
                        *decimals = Some(total.decimals);
                    }
                }
            }
            f.at_all(places())
        }),
        Err(_) => Some(overflow_finding(rule, what).at_all(places())),
    }
}

/// A sum of figures exceeds a bound by no more than the rounding of the printed figures.
const AT_MOST_TAIL: Template = Template {
    zh: "{0}：{actual}超出{1}，在尾数误差范围内",
    en: "{0}: {actual} exceeds {1} by no more than the rounding of the printed figures",
};

/// A sum of figures exceeds its bound.
const AT_MOST_BROKEN: Template = Template {
    zh: "{0}不成立：合计为{actual}，超过最后一处的{1}，超出{2}",
    en: "{0} does not hold: the figures amount to {actual}, more than the {1} of the last place, by {2}",
};

/// The sum of `parts` may not exceed `bound`; the finding has the rule's severity.
///
/// Rounding is monotone, so one figure printed with the same precision as `bound` may not
/// exceed it at all; a sum of several figures may exceed it by the half units of every figure
/// involved (that much is reported as info).
pub(super) fn at_most(
    record: bool,
    rule: &'static Rule,
    parts: &[Fig<'_>],
    bound: &Fig<'_>,
    what: &'static Template,
) -> Checked {
    Checked {
        finding: at_most_finding(rule, parts, bound, what),
        edit: record
            .then(|| {
                edit(
                    rule,
                    Relation::AtMost,
                    parts
                        .iter()
                        .map(|p| (p, false))
                        .chain(core::iter::once((bound, true))),
                    bound
                        .operand()
                        .ok()
                        .map(|b| at_most_allowance(parts, bound, &b)),
                )
            })
            .flatten(),
    }
}

/// The allowance of [`at_most`]: none for one figure against a bound of its precision, else
/// the half units of every figure.
fn at_most_allowance(parts: &[Fig<'_>], bound: &Fig<'_>, b: &PublishedAmount) -> Decimal {
    let mut printed = parts.iter().filter_map(|f| f.cell.published());
    let aggregates = parts.iter().chain([bound]).any(|f| f.parts > 1);
    let alone = !aggregates
        && match (printed.next(), printed.next()) {
            (Some(one), None) => {
                !bound.printed() || (one.unit() == b.unit() && one.precision() == b.precision())
            }
            _ => false,
        };
    if alone {
        Decimal::ZERO
    } else {
        // Every printed figure's half units: n of them for a figure that may be the sum of
        // its n rounded parts (see `Fig::half_units_yuan`).
        parts
            .iter()
            .filter_map(Fig::half_units_yuan)
            .try_fold(
                bound.half_units_yuan().unwrap_or(b.half_unit_yuan()),
                Decimal::checked_add,
            )
            .unwrap_or(Decimal::MAX)
    }
}

fn at_most_finding(
    rule: &'static Rule,
    parts: &[Fig<'_>],
    bound: &Fig<'_>,
    what: &'static Template,
) -> Option<Finding> {
    let places = || parts.iter().chain([bound]).map(Fig::place);
    let overflowed = || Some(overflow_finding(rule, what).at_all(places()));
    // The common case, within the bound, adds amounts and builds nothing.
    let within_bound = parts
        .iter()
        .try_fold(Amount::ZERO, |sum, p| {
            sum.checked_add(p.cell.amount_or_zero())
        })
        .is_ok_and(|sum| sum <= bound.cell.amount_or_zero());
    if within_bound {
        return None;
    }
    let Ok(b) = bound.operand() else {
        return overflowed();
    };
    let mut total = Amount::ZERO;
    for part in parts {
        let Ok(p) = part.operand() else {
            return overflowed();
        };
        let Ok(sum) = total.checked_add(p.amount()) else {
            return overflowed();
        };
        total = sum;
    }
    let Ok(excess) = total.checked_sub(b.amount()) else {
        return overflowed();
    };
    if excess.is_negative() || excess.is_zero() {
        return None;
    }
    let allowance_yuan = at_most_allowance(parts, bound, &b);
    // Half-open intervals: an excess equal to the allowance is beyond what rounding explains.
    let within = excess.yuan() < allowance_yuan;
    let (severity, template) = if within {
        (Severity::Info, &AT_MOST_TAIL)
    } else {
        (rule.severity, &AT_MOST_BROKEN)
    };
    // The figures are shown as the bound's table prints them.
    let shown = |amount: Amount| bound.show(&b, amount);
    let limit = shown(b.amount());
    Some(
        Finding::new(rule, template)
            .severity(severity)
            .at_all(places())
            .arg(what)
            .arg(limit.clone())
            .arg(shown(excess))
            .expected(Figure::text(format!("≤ {limit}")))
            .actual(shown(total))
            .allowance(Allowance::Money {
                yuan: allowance_yuan,
                unit: b.unit(),
            }),
    )
}

/// The line of `item` in `lines`, searched from `*from` on and then from the start; `*from`
/// is left after the line found. Lookups made in the order the lines are printed (the 类 of
/// one summary table looked up in another) thus cost one pass, whatever the order.
pub(super) fn find_from<'a, K: ItemKey, V>(
    lines: &'a [Line<K, V>],
    item: K,
    from: &mut usize,
) -> Option<&'a Line<K, V>> {
    let start = (*from).min(lines.len());
    let (head, tail) = lines.split_at(start);
    let at = match tail.iter().position(|l| l.item() == Some(item)) {
        Some(i) => start.checked_add(i)?,
        None => head.iter().position(|l| l.item() == Some(item))?,
    };
    *from = at.checked_add(1)?;
    lines.get(at)
}

/// The 类 line of a summary table's expenditure side `lines` that stands for the 类 row printed
/// with `code` and `name`: the line of that code, or the line known by that name only.
pub(super) fn class_item<V>(
    lines: &[Line<ExpenditureItem, V>],
    code: FunctionCode,
    name: &str,
) -> ExpenditureItem {
    lines
        .iter()
        .filter_map(Line::item)
        .find(|item| item.is_class_of(code, name))
        .unwrap_or(ExpenditureItem::Class(code))
}

/// Where an unprinted 类 row of `item` stands: its code, or the line's name.
pub(super) fn unprinted_class<'a>(item: ExpenditureItem) -> Row<'a> {
    match item {
        ExpenditureItem::Class(code) => Row::Code(code),
        other => Row::Expenditure(other),
    }
}

/// The number of printed amounts among `cells`: the parts a figure printed as their sum may
/// have been added up from (a summary table's lines under its 合计).
pub(super) fn count_printed<'c>(cells: impl IntoIterator<Item = &'c Cell>) -> u32 {
    u32::try_from(cells.into_iter().filter(|c| c.has_amount()).count()).unwrap_or(u32::MAX)
}

/// The printed parts of the figures of one column of a classified table, counted once (in
/// one pass over the rows) and looked up per row: for each code, the leaf rows (rows with no
/// printed row beneath them) at or under it whose column prints an amount, and the printed
/// component cells of those leaf rows (the grid a publisher may sum).
pub(super) struct PartCounts<'t, S: crate::tables::ClassifiedSpec> {
    table: &'t crate::tables::ClassifiedTable<S>,
    components: &'t [&'t str],
    /// (leaf rows, grid cells) at or under each code (an ordered map: a few dozen small keys,
    /// compared faster than they hash).
    under: std::collections::BTreeMap<FunctionCode, (u32, u32)>,
    /// (leaf rows, grid cells) of the whole table.
    total: (u32, u32),
}

impl<'t, S: crate::tables::ClassifiedSpec> PartCounts<'t, S> {
    /// Counts the parts of `column` (with its `components`) in `table`.
    pub(super) fn new(
        table: &'t crate::tables::ClassifiedTable<S>,
        column: &str,
        components: &'t [&'t str],
    ) -> PartCounts<'t, S> {
        use crate::tables::ColumnSet;
        let rows = table.rows();
        let mut parents = std::collections::BTreeSet::new();
        for code in rows.iter().filter_map(|r| r.code_of()) {
            parents.extend(code.ancestors());
        }
        let mut under: std::collections::BTreeMap<FunctionCode, (u32, u32)> =
            std::collections::BTreeMap::new();
        let mut total = (0_u32, 0_u32);
        for row in rows {
            let Some(code) = row.code_of() else {
                continue;
            };
            if parents.contains(&code) {
                continue;
            }
            let leaf = u32::from(row.cells().cell(column).is_some_and(Cell::has_amount));
            let grid = u32::try_from(
                components
                    .iter()
                    .filter(|key| row.cells().cell(key).is_some_and(Cell::has_amount))
                    .count(),
            )
            .unwrap_or(u32::MAX);
            let add = |(l, g): (u32, u32)| (l.saturating_add(leaf), g.saturating_add(grid));
            total = add(total);
            for at in core::iter::once(code).chain(code.ancestors()) {
                let entry = under.entry(at).or_insert((0, 0));
                *entry = add(*entry);
            }
        }
        PartCounts {
            table,
            components,
            under,
            total,
        }
    }

    /// The number of printed parts of the figure of the row `code` (the 合计 when `None`):
    /// its leaf rows, the printed cells of its components in its own row, or the grid of its
    /// leaf rows' components, whichever is largest. Each way the publisher may have added the
    /// figure up from those rounded parts.
    pub(super) fn of(&self, code: Option<FunctionCode>) -> u32 {
        use crate::tables::ColumnSet;
        let (leaves, grid) = match code {
            None => self.total,
            Some(code) => self.under.get(&code).copied().unwrap_or((0, 0)),
        };
        let own = match code {
            Some(code) => self.table.row(code),
            None => self.table.total_row(),
        };
        let columns = own.map_or(0, |row| {
            self.components
                .iter()
                .filter(|key| row.cells().cell(key).is_some_and(Cell::has_amount))
                .count()
        });
        u32::try_from(columns)
            .unwrap_or(u32::MAX)
            .max(leaves)
            .max(grid)
    }
}

/// The number of printed parts of a figure of `table` (see [`PartCounts::of`]), for a figure
/// looked up once.
pub(super) fn printed_parts<S: crate::tables::ClassifiedSpec>(
    table: &crate::tables::ClassifiedTable<S>,
    under: Option<FunctionCode>,
    column: &str,
    components: &[&str],
) -> u32 {
    PartCounts::new(table, column, components).of(under)
}

#[cfg(test)]
mod tests {
    //! The bounds of `at_most`, `sum` and `same` on their boundary: rounding errors lie in
    //! half-open intervals, so a difference equal to the allowance is beyond rounding.
    use super::{Fig, Row, at_most, same, sum};
    use crate::finding::{Severity, TableKind, Template};
    use crate::money::MoneyUnit;
    use crate::tables::{Cell, TableMeta};

    const WHAT: Template = Template {
        zh: "测试关系",
        en: "the relation under test",
    };

    fn cells(texts: &[&str]) -> Vec<Cell> {
        texts
            .iter()
            .map(|t| Cell::parse(t, MoneyUnit::WanYuan).unwrap())
            .collect()
    }

    fn figs<'a>(cells: &'a [Cell], meta: &TableMeta) -> Vec<Fig<'a>> {
        cells
            .iter()
            .map(|c| Fig::new(c, meta, TableKind::ThreePublic, Row::None, "actual_total"))
            .collect()
    }

    fn severity_of_at_most(parts: &[&str], bound: &str, parts_of_each: u32) -> Option<Severity> {
        let meta = TableMeta::new("测试表", MoneyUnit::WanYuan);
        let parts = cells(parts);
        let bound = cells(&[bound]);
        let parts: Vec<Fig<'_>> = figs(&parts, &meta)
            .into_iter()
            .map(|f| f.with_parts(parts_of_each))
            .collect();
        let bound = figs(&bound, &meta).remove(0);
        at_most(
            true,
            &super::super::FUNDS_WITHIN_EXPENDITURE,
            &parts,
            &bound,
            &WHAT,
        )
        .severity()
    }

    #[test]
    fn at_most_on_its_boundary_is_beyond_rounding() {
        let rule = super::super::FUNDS_WITHIN_EXPENDITURE.severity;
        // One figure of the bound's precision may not exceed it at all (rounding is monotone).
        assert_eq!(severity_of_at_most(&["1.01"], "1.00", 1), Some(rule));
        assert_eq!(severity_of_at_most(&["1.00"], "1.00", 1), None);
        // Three parts and the bound: four half units, 0.02. An excess of 0.01 is a tail; 0.02,
        // on the bound itself, is not.
        assert_eq!(
            severity_of_at_most(&["0.34", "0.34", "0.33"], "1.00", 1),
            Some(Severity::Info)
        );
        assert_eq!(
            severity_of_at_most(&["0.34", "0.34", "0.34"], "1.00", 1),
            Some(rule)
        );
        // One part that may be the sum of its two rounded parts: three half units, 0.015.
        assert_eq!(
            severity_of_at_most(&["1.01"], "1.00", 2),
            Some(Severity::Info)
        );
        assert_eq!(severity_of_at_most(&["1.02"], "1.00", 2), Some(rule));
        // Three such parts (two half units each) and the bound: 0.035.
        assert_eq!(
            severity_of_at_most(&["0.34", "0.34", "0.35"], "1.00", 2),
            Some(Severity::Info)
        );
        assert_eq!(
            severity_of_at_most(&["0.34", "0.35", "0.35"], "1.00", 2),
            Some(rule)
        );
    }

    #[test]
    fn a_sum_with_an_aggregate_total_admits_its_parts_half_units() {
        let meta = TableMeta::new("测试表", MoneyUnit::WanYuan);
        let rule = &super::super::INCOME_FISCAL;
        let check = |total: &str, parts: &[&str], parts_of_total: u32| {
            let total = cells(&[total]);
            let parts = cells(parts);
            let total = figs(&total, &meta).remove(0).with_parts(parts_of_total);
            sum(true, rule, &total, &figs(&parts, &meta), &WHAT).severity()
        };
        // Two parts and a total rounded from its exact amount: three half units, 0.015.
        assert_eq!(check("1.01", &["0.50", "0.50"], 1), Some(Severity::Info));
        assert_eq!(check("1.02", &["0.50", "0.50"], 1), Some(Severity::Error));
        // A total that may be the sum of three rounded parts: five half units, 0.025.
        assert_eq!(check("1.02", &["0.50", "0.50"], 3), Some(Severity::Info));
        // Four parts: six half units, 0.03; a difference exactly on it is not a tail.
        assert_eq!(check("1.03", &["0.50", "0.50"], 4), Some(Severity::Error));
        assert_eq!(check("1.03", &["0.50", "0.50"], 5), Some(Severity::Info));
    }

    #[test]
    fn the_same_aggregate_may_differ_by_less_than_its_derivation_tail() {
        let meta = TableMeta::new("测试表", MoneyUnit::WanYuan);
        let rule = &super::super::INCOME_TOTAL;
        let check = |a: &str, b: &str, parts_a: u32, parts_b: u32| {
            let (a, b) = (cells(&[a]), cells(&[b]));
            let a = figs(&a, &meta).remove(0).with_parts(parts_a);
            let b = figs(&b, &meta).remove(0).with_parts(parts_b);
            same(true, rule, &a, &b, &WHAT).severity()
        };
        // A single-part figure printed twice must match.
        assert_eq!(check("1.01", "1.00", 1, 1), Some(Severity::Error));
        // n = 2 parts (anywhere: either printing): (2 + 1) half units, 0.015.
        assert_eq!(check("1.01", "1.00", 1, 2), Some(Severity::Info));
        assert_eq!(check("1.01", "1.00", 2, 1), Some(Severity::Info));
        assert_eq!(check("1.02", "1.00", 2, 1), Some(Severity::Error));
        // n = 3: 0.02 exactly on the bound is an error.
        assert_eq!(check("1.02", "1.00", 3, 1), Some(Severity::Error));
        assert_eq!(check("1.02", "1.00", 4, 1), Some(Severity::Info));
    }
}
