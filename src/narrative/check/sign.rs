//! Figures the 说明 prints as magnitudes, printed negative (`narrative.negative`): a share, a
//! completion rate, a change (the word says its direction), a budget, an amount spent or
//! received. Only a balance (结转和结余) can be negative.

use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::money::{PublishedAmount, PublishedPercent};
use crate::narrative::{BudgetSource, Claim, FigureRef, FundColumn, StatedRate, Statement};

use super::{Ctx, finding, named};

/// `narrative.negative`: see [`RULES`](crate::narrative::RULES).
pub const NEGATIVE: Rule = Rule::new("narrative.negative", Area::Narrative, Severity::Error)
    .titled("no negative magnitude", "说明数据不为负")
    .described("The 说明 prints magnitudes: a share, a completion rate, the amount and rate of a change (its word, 增加 or 减少, says the direction), a budget and the money received or spent are never negative. Only a balance (结转和结余) can be. A negative figure is kept as printed and reported, not rejected.")
    .sourced("[D] DOMAIN.md §5; the templates' 说明 wording");

/// Argument: `{0}` what is printed negative.
const NEGATIVE_PRINTED: Template = Template {
    zh: "{0}不能为负数，说明写作{actual}",
    en: "{0} cannot be negative; the 说明 prints {actual}",
};

const SHARE: Template = Template {
    zh: "占比",
    en: "a share",
};

const RATE: Template = Template {
    zh: "增减率（方向由增减用词表示）",
    en: "a rate of change (its word says the direction)",
};

const CHANGE: Template = Template {
    zh: "增减额（方向由增减用词表示）",
    en: "an amount of change (its word says the direction)",
};

const COMPLETION: Template = Template {
    zh: "预算完成率",
    en: "a completion rate",
};

const BUDGET: Template = Template {
    zh: "预算数",
    en: "a budget",
};

/// Whether a figure can be negative: a balance carried forward can be overdrawn; every other
/// figure the 说明 states is money received or spent.
fn may_be_negative(figure: &FigureRef) -> bool {
    matches!(
        figure,
        FigureRef::OpeningBalance
            | FigureRef::ClosingBalance
            | FigureRef::GovernmentFund {
                column: FundColumn::Opening | FundColumn::Closing,
                ..
            }
    )
}

fn negative_amount(a: PublishedAmount) -> bool {
    a.amount().is_negative()
}

fn negative_percent(p: PublishedPercent) -> bool {
    p.percent().value().is_sign_negative() && !p.percent().value().is_zero()
}

impl Ctx<'_> {
    /// Reports every figure of `claim` printed negative where it cannot be.
    pub(super) fn signs(&mut self, st: &Statement, claim: &Claim) {
        let mut found: Vec<(Figure, Figure)> = Vec::new();
        let budget = |b: BudgetSource, found: &mut Vec<(Figure, Figure)>| {
            if let BudgetSource::Stated(a) = b
                && negative_amount(a)
            {
                found.push((Figure::Phrase(&BUDGET), Figure::from(a)));
            }
        };
        match claim {
            Claim::Amount(a) if negative_amount(a.stated()) && !may_be_negative(&a.figure()) => {
                found.push((named(&a.figure()), Figure::from(a.stated())));
            }
            Claim::Share(s) if negative_percent(s.stated()) => {
                found.push((Figure::Phrase(&SHARE), Figure::from(s.stated())));
            }
            Claim::Change(c) => {
                if let Some(a) = c.amount().filter(|a| negative_amount(*a)) {
                    found.push((Figure::Phrase(&CHANGE), Figure::from(a)));
                }
                if let StatedRate::Percent(p) = c.rate()
                    && negative_percent(p)
                {
                    found.push((Figure::Phrase(&RATE), Figure::from(p)));
                }
            }
            Claim::Completion(c) => {
                budget(c.budget().source(), &mut found);
                if negative_percent(c.stated()) {
                    found.push((Figure::Phrase(&COMPLETION), Figure::from(c.stated())));
                }
            }
            Claim::VersusBudget(v) => budget(v.budget().source(), &mut found),
            _ => {}
        }
        for (what, printed) in found {
            self.out.push(
                finding(st, &NEGATIVE, &NEGATIVE_PRINTED)
                    .expected(Figure::Static("≥ 0"))
                    .actual(printed)
                    .arg(what),
            );
        }
    }
}
