//! 完成预算%: a stated completion rate is 决算 / 预算 × 100 (`narrative.completion`), and a zero
//! budget has none (`narrative.completion-zero-budget`).

use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::narrative::{Budget, BudgetSource, Completion, Statement};

use super::rate::{RateWords, rate_finding};
use super::value::{Value, rate_check};
use super::{Ctx, finding, named};

/// `narrative.completion`: see [`RULES`](crate::narrative::RULES).
pub const COMPLETION: Rule = Rule::new("narrative.completion", Area::Narrative, Severity::Error)
    .titled("completion rate is 决算 / 预算", "完成预算比例正确")
    .described("A stated 完成年初预算/全年预算 % equals 决算 / 预算 × 100 within precision.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.completion-zero-budget`: see [`RULES`](crate::narrative::RULES).
pub const COMPLETION_ZERO_BUDGET: Rule = Rule::new("narrative.completion-zero-budget", Area::Narrative, Severity::Error)
    .titled("completion rate against a zero budget", "预算为零却写完成比例")
    .described("A 完成…预算的X% is printed although the budget is zero (a blank 预算数 or a stated 0): there is no rate.")
    .sourced("DOMAIN.md §5 [D]");

/// Arguments: `{0}` the figure, `{1}` the budget (年初预算, 全年预算).
static COMPLETION_WORDS: RateWords = RateWords {
    wrong: Template {
        zh: "{0}完成{1}的比例应为{expected}，说明写作{actual}",
        en: "the completion of the {1} of {0} should be {expected}, the 说明 prints {actual}",
    },
    open: Template {
        zh: "{0}完成{1}的比例的分母可能为零，无法核对说明所写{actual}",
        en: "the {1} of {0} may be zero; the printed completion {actual} cannot be checked",
    },
    tail: Template {
        zh: "{0}完成{1}的比例按表内数计算为{expected}，说明写作{actual}，在尾数误差内",
        en: "the completion of the {1} of {0} computes to {expected}, the 说明 prints {actual}: within rounding",
    },
};

/// Arguments: `{0}` the figure, `{1}` the budget.
const ZERO_BUDGET: Template = Template {
    zh: "{0}的{1}为0，不存在完成{1}的比例，说明却写作“完成{1}的{actual}”",
    en: "the {1} of {0} is zero: there is no completion rate, yet the 说明 prints \"完成{1}的{actual}\"",
};

impl<'a> Ctx<'a> {
    /// The budget a claim compares with: stated in the narrative or read from a table.
    pub(super) fn budget_value(&mut self, st: &'a Statement, budget: &Budget) -> Option<Value<'a>> {
        match budget.source() {
            BudgetSource::Stated(a) => Some(Value::stated_budget(
                self.declared(a),
                st.section(),
                budget.kind(),
            )),
            BudgetSource::Table(f) => self.resolve_or_note(st, &f),
        }
    }

    /// Checks a completion rate; returns whether 决算 differs from 预算 (and so needs a reason).
    pub(super) fn completion(&mut self, st: &'a Statement, claim: &Completion) -> bool {
        let figure = claim.figure();
        let kind = Figure::Static(claim.budget().kind().into());
        let (Some(actual), Some(budget)) = (
            self.resolve_or_note(st, &figure),
            self.budget_value(st, &claim.budget()),
        ) else {
            return false;
        };
        if budget.center.is_zero() {
            self.out.push(
                finding(st, &COMPLETION_ZERO_BUDGET, &ZERO_BUDGET)
                    .at(budget.place(self.figures))
                    .at(actual.place(self.figures))
                    .expected(Figure::Phrase(&crate::finding::phrase::NO_PERCENTAGE))
                    .actual(claim.stated())
                    .arg(named(&figure))
                    .arg(kind),
            );
            return !actual.center.is_zero();
        }
        let check = rate_check(&actual, &budget, self.declared_rate(claim.stated()));
        if let Some(f) = rate_finding(&COMPLETION, st, &check, &COMPLETION_WORDS) {
            self.out.push(
                f.at(actual.place(self.figures))
                    .at(budget.place(self.figures))
                    .arg(named(&figure))
                    .arg(kind),
            );
        }
        !actual.interval.meets(&budget.interval)
    }
}
