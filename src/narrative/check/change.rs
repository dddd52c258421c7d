//! Year-on-year changes: the direction word (`narrative.change-direction`), the amount against
//! a known prior year (`narrative.change-amount`), the prior year the narrative implies
//! (`narrative.prior-negative`) and the growth rate (`narrative.growth-rate`,
//! `narrative.growth-infinite`, `narrative.growth-zero-base`).

use rust_decimal::Decimal;

use crate::finding::{Allowance, Area, Figure, Rule, Severity, Template};
use crate::money::{
    Amount, Direction, Interval, MoneyUnit, Percent, Precision, PublishedAmount, RateCheck,
};
use crate::narrative::{Change, StatedRate, Statement};

use super::rate::{RateWords, rate_finding};
use super::value::{Value, abs_interval, half_width};
use super::{Ctx, finding, named};

/// `narrative.change-direction`: see [`RULES`](crate::narrative::RULES).
pub const CHANGE_DIRECTION: Rule = Rule::new("narrative.change-direction", Area::Narrative, Severity::Error)
    .titled("direction word matches the change", "增减方向用词正确")
    .described("增加/减少 and 增长/下降 agree with each other and with the change: 持平 (与上年相同) with no amount, 增加/减少 with a non-zero amount; with prior-year figures given, the word matches the sign of current − prior.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.change-amount`: see [`RULES`](crate::narrative::RULES).
pub const CHANGE_AMOUNT: Rule = Rule::new("narrative.change-amount", Area::Narrative, Severity::Error)
    .titled("stated change equals current − prior", "增减额正确")
    .described("With the prior-year figure given as input, the stated change equals current − prior within precision.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.prior-negative`: see [`RULES`](crate::narrative::RULES).
pub const PRIOR_NEGATIVE: Rule = Rule::new("narrative.prior-negative", Area::Narrative, Severity::Error)
    .titled("change implies a negative prior year", "增减额大于本年数")
    .described("current − change (signed by the word) is negative: the stated decrease or increase cannot be right for an amount that cannot be negative.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.growth-rate`: see [`RULES`](crate::narrative::RULES).
pub const GROWTH_RATE: Rule = Rule::new("narrative.growth-rate", Area::Narrative, Severity::Error)
    .titled("growth rate is change / prior year", "增长率正确")
    .described("A stated 增长率 equals |change| / (current − change) × 100, over the intervals of the printed figures.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.growth-infinite`: see [`RULES`](crate::narrative::RULES).
pub const GROWTH_INFINITE: Rule = Rule::new(
    "narrative.growth-infinite",
    Area::Narrative,
    Severity::Error,
)
.titled("∞% with a non-zero prior year", "上年不为零却写∞%")
.described("\"∞%\" is only acceptable when the prior year (current − change) is zero.")
.sourced("DOMAIN.md §5 [D]");

/// `narrative.growth-zero-base`: see [`RULES`](crate::narrative::RULES).
pub const GROWTH_ZERO_BASE: Rule = Rule::new("narrative.growth-zero-base", Area::Narrative, Severity::Error)
    .titled("finite growth rate from a zero prior year", "上年为零却写增长率")
    .described("A finite 增长率 is printed although the prior year (current − change) is zero: there is no rate (print none, or ∞% as some templates do).")
    .sourced("DOMAIN.md §5 [D]");

/// Arguments of the direction messages: `{0}` the figure, `{1}` the word, `{2}` the rate word.
const OPPOSITE_WORDS: Template = Template {
    zh: "{0}：“{1}”与“{2}”方向相反",
    en: "{0}: \"{1}\" and \"{2}\" point in opposite directions",
};

const FLAT_WITH_CHANGE: Template = Template {
    zh: "{0}：写作“{1}”却有变动额或变动率",
    en: "{0}: \"{1}\" (no change) is printed with a non-zero change",
};

const WORD_WITHOUT_CHANGE: Template = Template {
    zh: "{0}：写作“{1}”但变动额为0",
    en: "{0}: \"{1}\" is printed with a zero change",
};

/// Arguments: `{0}` the figure, `{1}` this year, `{2}` the prior year.
const WRONG_DIRECTION: Template = Template {
    zh: "{0}本年{1}、上年{2}，应为“{expected}”，说明写作“{actual}”",
    en: "{0} is {1} this year and {2} last year: the change is {expected}, the 说明 prints {actual}",
};

/// Argument: `{0}` the figure.
const AMOUNT_WRONG: Template = Template {
    zh: "{0}变动额应为{expected}，说明写作{actual}",
    en: "the change of {0} should be {expected}, the 说明 prints {actual}",
};

/// Argument: `{0}` the figure.
const AMOUNT_TAIL: Template = Template {
    zh: "{0}变动额按本年、上年数计算为{expected}，说明写作{actual}，在尾数误差内",
    en: "the change of {0} computes to {expected}, the 说明 prints {actual}: within rounding",
};

/// Arguments: `{0}` the figure, `{1}` this year, `{2}` the word, `{3}` the implied prior year.
const PRIOR_BELOW_ZERO: Template = Template {
    zh: "{0}本年{1}，{2}{actual}意味着上年为{3}（负数）",
    en: "{0} is {1}: a change of {2} {actual} implies a negative prior year ({3})",
};

/// Arguments: `{0}` the figure, `{1}` this year, `{3}` the implied prior year.
const PRIOR_BELOW_ZERO_UNCHANGED: Template = Template {
    zh: "{0}本年{1}为负数，未写变动额则上年亦为{3}（负数）",
    en: "{0} is {1}: without a change the prior year is {3} too, a negative amount",
};

/// Arguments: `{0}` the figure, `{1}` the implied prior year.
const INFINITE_RATE: Template = Template {
    zh: "{0}上年数为{1}（本年数减变动额），不为零，不应写“∞%”",
    en: "the prior year of {0} (current − change) is {1}, not zero: \"∞%\" is wrong",
};

/// Arguments: `{0}` the figure, `{1}` this year, `{2}` the change.
const RATE_FROM_ZERO: Template = Template {
    zh: "{0}上年数为0（本年数{1}减变动额{2}），不存在增长率，说明却写作{actual}",
    en: "the prior year of {0} is zero (current {1} minus change {2}): there is no growth rate, yet the 说明 prints {actual}",
};

/// Arguments: `{0}` the figure, `{1}` the change, `{2}` the implied prior year.
static GROWTH_WORDS: RateWords = RateWords {
    wrong: Template {
        zh: "{0}的增长率（{1} ÷ 上年{2}）应为{expected}，说明写作{actual}",
        en: "the growth rate of {0} ({1} / prior {2}) should be {expected}, the 说明 prints {actual}",
    },
    open: Template {
        zh: "{0}的增长率（{1} ÷ 上年{2}）的分母可能为零，无法核对说明所写{actual}",
        en: "the base of the growth rate of {0} ({1} / prior {2}) may be zero; the printed {actual} cannot be checked",
    },
    tail: Template {
        zh: "{0}的增长率（{1} ÷ 上年{2}）按表内数计算为{expected}，说明写作{actual}，在尾数误差内",
        en: "the growth rate of {0} ({1} / prior {2}) computes to {expected}, the 说明 prints {actual}: within rounding",
    },
};

/// An amount the checks computed, shown in 万元 to the 分 of the narrative.
fn wan(amount: Amount) -> Figure {
    Figure::money(
        amount,
        MoneyUnit::WanYuan,
        Precision::Rounded { decimals: 2 },
    )
}

fn direction_word(direction: Direction) -> &'static str {
    match direction {
        Direction::Increase => "增加",
        Direction::Decrease => "减少",
        Direction::Flat => "持平",
    }
}

/// What is wrong with the words of a change on their own, if anything.
fn direction_problem(claim: &Change) -> Option<&'static Template> {
    let word_dir = claim.word().direction();
    let amount_zero = claim.amount().is_none_or(|a| a.amount().is_zero());
    let words = match word_dir {
        Direction::Flat => {
            let rate_nonzero = matches!(claim.rate(), StatedRate::Infinite)
                || matches!(claim.rate(), StatedRate::Percent(p) if !p.percent().value().is_zero());
            (!amount_zero || rate_nonzero).then_some(&FLAT_WITH_CHANGE)
        }
        _ => (claim.amount().is_some() && amount_zero).then_some(&WORD_WITHOUT_CHANGE),
    };
    let opposite = claim
        .rate_word()
        .is_some_and(|rw| rw.direction() != word_dir);
    words.or(opposite.then_some(&OPPOSITE_WORDS))
}

impl<'a> Ctx<'a> {
    /// Checks a change; returns whether it reports one (and so needs a reason).
    pub(super) fn change(&mut self, st: &Statement, claim: &Change) -> bool {
        let figure = claim.figure();
        let reports_change = claim.word().direction() != Direction::Flat;
        let problem = direction_problem(claim);
        let current = self.resolve_or_note(st, &figure);
        if let Some(template) = problem {
            let mut f = finding(st, &CHANGE_DIRECTION, template)
                .actual(Figure::text(st.text()))
                .arg(named(&figure))
                .arg(Figure::Static(claim.word().into()));
            if let Some(rw) = claim.rate_word() {
                f = f.arg(Figure::Static(rw.into()));
            }
            if let Some(current) = &current {
                f = f.at(current.place(self.figures));
            }
            self.out.push(f);
            return reports_change;
        }
        let Some(current) = current else {
            return reports_change;
        };
        let change = claim.amount().map(|a| self.declared(a));
        let prior = self
            .options
            .prior_year
            .iter()
            .find(|(f, _)| *f == figure)
            .map(|(_, prior)| *prior);
        if let Some(prior) = prior {
            self.against_prior(st, claim, &current, prior, change);
        }
        self.implied_prior(st, claim, &current, change)
            .unwrap_or(reports_change)
    }

    /// With the prior year given as input, the change and its direction are checked against it.
    fn against_prior(
        &mut self,
        st: &Statement,
        claim: &Change,
        current: &Value<'a>,
        prior: PublishedAmount,
        change: Option<PublishedAmount>,
    ) {
        let word_dir = claim.word().direction();
        let actual_dir = Direction::of(current.center, prior.amount());
        let could_be_flat = current.interval.meets(&prior.interval_yuan());
        if actual_dir != word_dir && !(could_be_flat && word_dir == Direction::Flat) {
            self.out.push(
                finding(st, &CHANGE_DIRECTION, &WRONG_DIRECTION)
                    .at(current.place(self.figures))
                    .expected(direction_word(actual_dir))
                    .actual(Figure::Static(claim.word().into()))
                    .arg(named(&claim.figure()))
                    .arg(current.figure())
                    .arg(prior),
            );
        }
        let Some(d) = change else {
            return;
        };
        let diff = current
            .center
            .checked_sub(prior.amount())
            .ok()
            .map(Amount::abs);
        let possible = current
            .interval
            .checked_sub(&prior.interval_yuan())
            .map(|i| abs_interval(&i));
        let (Some(diff), Some(possible)) = (diff, possible) else {
            return;
        };
        if diff == d.amount() {
            return;
        }
        let (severity, template) = if possible.meets(&d.interval_yuan()) {
            (Severity::Info, &AMOUNT_TAIL)
        } else {
            (CHANGE_AMOUNT.severity, &AMOUNT_WRONG)
        };
        let allowance = half_width(&possible)
            .checked_add(d.half_unit_yuan())
            .unwrap_or_default();
        self.out.push(
            finding(st, &CHANGE_AMOUNT, template)
                .severity(severity)
                .at(current.place(self.figures))
                .expected(wan(diff))
                .actual(d)
                .allowance(Allowance::Money {
                    yuan: allowance,
                    unit: d.unit(),
                })
                .arg(named(&claim.figure())),
        );
    }

    /// The prior year the narrative implies (current − change, signed by the word) must not be
    /// negative, and the growth rate is computed from it. `Some(needs_reason)` when the
    /// verdict on the reason is decided here.
    fn implied_prior(
        &mut self,
        st: &Statement,
        claim: &Change,
        current: &Value<'a>,
        change: Option<PublishedAmount>,
    ) -> Option<bool> {
        let word_dir = claim.word().direction();
        let (prior_center, prior_interval) = match (word_dir, change) {
            (Direction::Flat, _) | (_, None) => (Some(current.center), Some(current.interval)),
            (Direction::Increase, Some(d)) => (
                current.center.checked_sub(d.amount()).ok(),
                current.interval.checked_sub(&d.interval_yuan()),
            ),
            (_, Some(d)) => (
                current.center.checked_add(d.amount()).ok(),
                current.interval.checked_add(&d.interval_yuan()),
            ),
        };
        let (prior_center, prior_interval) = (prior_center?, prior_interval?);
        if prior_interval.hi() < Decimal::ZERO {
            let template = if change.is_some() {
                &PRIOR_BELOW_ZERO
            } else {
                &PRIOR_BELOW_ZERO_UNCHANGED
            };
            let mut f = finding(st, &PRIOR_NEGATIVE, template)
                .at(current.place(self.figures))
                .arg(named(&claim.figure()))
                .arg(current.figure())
                .arg(Figure::Static(claim.word().into()))
                .arg(wan(prior_center));
            if let Some(d) = change {
                f = f.actual(d);
            }
            self.out.push(f);
            return Some(true);
        }
        let d = change?;
        self.growth(st, claim, current, d, prior_center, &prior_interval);
        None
    }

    /// The stated growth rate against |change| / prior year.
    fn growth(
        &mut self,
        st: &Statement,
        claim: &Change,
        current: &Value<'a>,
        d: PublishedAmount,
        prior_center: Amount,
        prior_interval: &Interval,
    ) {
        let figure = claim.figure();
        match claim.rate() {
            StatedRate::Omitted => {}
            StatedRate::Infinite => {
                if !prior_interval.contains_zero() {
                    self.out.push(
                        finding(st, &GROWTH_INFINITE, &INFINITE_RATE)
                            .at(current.place(self.figures))
                            .expected(Figure::Phrase(&crate::finding::phrase::FINITE_RATE))
                            .actual("∞%")
                            .arg(named(&figure))
                            .arg(wan(prior_center)),
                    );
                }
            }
            StatedRate::Percent(p) => {
                let p = self.declared_rate(p);
                if prior_center.is_zero() {
                    self.out.push(
                        finding(st, &GROWTH_ZERO_BASE, &RATE_FROM_ZERO)
                            .at(current.place(self.figures))
                            .expected(Figure::Phrase(&crate::finding::phrase::NO_RATE))
                            .actual(p)
                            .arg(named(&figure))
                            .arg(current.figure())
                            .arg(d),
                    );
                    return;
                }
                let computed = Percent::ratio(d.amount(), prior_center.abs())
                    .ok()
                    .flatten();
                let possible = d
                    .interval_yuan()
                    .checked_div(prior_interval)
                    .and_then(|q| q.checked_scale(Decimal::ONE_HUNDRED))
                    .map(|q| abs_interval(&q));
                let check = RateCheck::from_interval(computed, possible, p);
                if let Some(f) = rate_finding(&GROWTH_RATE, st, &check, &GROWTH_WORDS) {
                    self.out.push(
                        f.at(current.place(self.figures))
                            .arg(named(&figure))
                            .arg(d)
                            .arg(wan(prior_center)),
                    );
                }
            }
        }
    }
}
