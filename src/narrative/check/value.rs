//! Figures resolved for the checks: values and intervals only; the figure shown and its place
//! are built when a finding is emitted.

use std::cell::OnceCell;

use rust_decimal::Decimal;

use crate::evaluation::Rollup;
use crate::finding::{Figure, Key, Place};
use crate::money::{
    Amount, Interval, MoneyUnit, Percent, PublishedAmount, PublishedPercent, RateCheck,
};
use crate::narrative::{BudgetKind, CountRef, FigureRef, Figures, GeneralPublicRow};

/// How a resolved figure is shown in a finding.
#[derive(Debug, Clone, Copy)]
enum Shown {
    /// As printed.
    Printed(PublishedAmount),
    /// The roll-up of the forms' 全年执行数: in 万元, to the 10 元 (three places), without
    /// trailing zeros.
    RollUp(Amount),
}

/// Where a resolved figure was read.
#[derive(Debug, Clone, Copy)]
pub(super) enum Origin<'a> {
    /// A figure of the disclosure (a table cell, the forms' roll-up).
    Table(FigureRef),
    /// The narrative's own statement of it, in this section.
    Stated(&'a str),
    /// A budget the narrative states in this section.
    StatedBudget(&'a str, BudgetKind),
}

/// A figure resolved for a check: its printed value, the interval (in 元) of what it stands
/// for and where it was read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Value<'a> {
    pub(super) center: Amount,
    pub(super) interval: Interval,
    shown: Shown,
    pub(super) origin: Origin<'a>,
}

impl<'a> Value<'a> {
    /// A printed figure read from the disclosure.
    fn printed(p: PublishedAmount, figure: FigureRef) -> Value<'a> {
        Value {
            center: p.amount(),
            interval: p.interval_yuan(),
            shown: Shown::Printed(p),
            origin: Origin::Table(figure),
        }
    }

    /// An amount the narrative states in `section`.
    pub(super) fn stated(p: PublishedAmount, section: &'a str) -> Value<'a> {
        Value {
            center: p.amount(),
            interval: p.interval_yuan(),
            shown: Shown::Printed(p),
            origin: Origin::Stated(section),
        }
    }

    /// A budget the narrative states in `section`.
    pub(super) fn stated_budget(
        p: PublishedAmount,
        section: &'a str,
        kind: BudgetKind,
    ) -> Value<'a> {
        Value {
            origin: Origin::StatedBudget(section, kind),
            ..Value::stated(p, section)
        }
    }

    /// The figure as printed, when it is one printed figure.
    pub(super) fn published(&self) -> Option<PublishedAmount> {
        match self.shown {
            Shown::Printed(p) => Some(p),
            Shown::RollUp(_) => None,
        }
    }

    /// The figure as a finding shows it.
    pub(super) fn figure(&self) -> Figure {
        match self.shown {
            Shown::Printed(p) => Figure::from(p),
            Shown::RollUp(center) => {
                let rounded = center.round_in(MoneyUnit::WanYuan, 3).normalize();
                Figure::Money {
                    amount: Amount::from_units(rounded, MoneyUnit::WanYuan).unwrap_or(center),
                    unit: MoneyUnit::WanYuan,
                    decimals: None,
                }
            }
        }
    }

    /// Where the figure was read, as a finding names it.
    pub(super) fn place(&self, figures: &dyn Figures) -> Place {
        match self.origin {
            Origin::Table(figure) => figures.location(&figure),
            Origin::Stated(section) => Place::narrative(section),
            Origin::StatedBudget(section, kind) => {
                Place::narrative(section).column(Key::Static(kind.into()))
            }
        }
    }
}

/// The published forms as the narrative's roll-up reads them, asked of [`Figures`] once per
/// check: the trait hands back an owned list, and asking per claim made a narrative of many
/// statements about many forms quadratic.
pub(super) struct Evaluations<'a> {
    pub(super) figures: &'a dyn Figures,
    rollup: OnceCell<Option<Rollup>>,
    rows: OnceCell<Vec<GeneralPublicRow>>,
}

impl<'a> Evaluations<'a> {
    pub(super) fn new(figures: &'a dyn Figures) -> Evaluations<'a> {
        Evaluations {
            figures,
            rollup: OnceCell::new(),
            rows: OnceCell::new(),
        }
    }

    /// The rows of 公开05表, asked of [`Figures`] once per check.
    pub(super) fn rows(&self) -> &[GeneralPublicRow] {
        self.rows.get_or_init(|| self.figures.general_public_rows())
    }

    /// Σ 全年执行数 of the forms, and its interval.
    fn spent(&self) -> Option<(Amount, Interval)> {
        self.get().map(|r| (r.spent, r.spent_interval))
    }

    /// The roll-up of the published forms, if any.
    pub(super) fn get(&self) -> Option<&Rollup> {
        self.rollup
            .get_or_init(|| self.figures.forms_rollup())
            .as_ref()
    }

    /// The figure from the disclosure: a table cell or the forms' roll-up.
    pub(super) fn resolve<'v>(&self, figure: &FigureRef) -> Option<Value<'v>> {
        if let Some(a) = self.figures.amount(figure) {
            return Some(Value::printed(a, *figure));
        }
        if *figure == FigureRef::EvaluationSpent {
            let (center, interval) = self.spent()?;
            return Some(Value {
                center,
                interval,
                shown: Shown::RollUp(center),
                origin: Origin::Table(*figure),
            });
        }
        None
    }

    /// The count from the disclosure, or the number of forms.
    pub(super) fn count(&self, count: &CountRef) -> Option<u64> {
        self.figures.count(count).or_else(|| {
            if *count == CountRef::EvaluatedProjects {
                self.get().and_then(|r| u64::try_from(r.count).ok())
            } else {
                None
            }
        })
    }
}

/// The magnitudes of the values of an interval.
pub(super) fn abs_interval(i: &Interval) -> Interval {
    if i.lo() >= Decimal::ZERO {
        *i
    } else if i.hi() <= Decimal::ZERO {
        Interval::new(i.hi().abs(), i.lo().abs()).unwrap_or(*i)
    } else {
        Interval::new(Decimal::ZERO, i.lo().abs().max(i.hi())).unwrap_or(*i)
    }
}

/// Half the width of an interval: the most its center may differ from what it stands for.
pub(super) fn half_width(i: &Interval) -> Decimal {
    i.hi()
        .checked_sub(i.lo())
        .and_then(|w| w.checked_div(Decimal::TWO))
        .unwrap_or_default()
}

/// `part / whole × 100` checked against a stated rate, over the intervals of both.
pub(super) fn rate_check(
    part: &Value<'_>,
    whole: &Value<'_>,
    stated: PublishedPercent,
) -> RateCheck {
    let computed = Percent::ratio(part.center, whole.center).ok().flatten();
    let possible = part
        .interval
        .checked_div(&whole.interval)
        .and_then(|q| q.checked_scale(Decimal::ONE_HUNDRED));
    RateCheck::from_interval(computed, possible, stated)
}
