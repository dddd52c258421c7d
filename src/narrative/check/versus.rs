//! 大于/小于/等于 between 决算 and 预算 (`narrative.versus-budget`).

use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::narrative::{Comparison, Statement, VersusBudget};

use super::{Ctx, finding, named};

/// `narrative.versus-budget`: see [`RULES`](crate::narrative::RULES).
pub const VERSUS_BUDGET: Rule =
    Rule::new("narrative.versus-budget", Area::Narrative, Severity::Error)
        .titled(
            "大于/小于/等于 matches 决算 vs 预算",
            "决算与预算比较用词正确",
        )
        .described(
            "大于/小于/等于/持平 between 决算 and 预算 matches the figures within precision.",
        )
        .sourced("DOMAIN.md §5 [D]");

/// Arguments: `{0}` the figure, `{1}` its 决算, `{2}` the budget (年初预算, 全年预算), `{3}` its
/// amount.
const WRONG_COMPARISON: Template = Template {
    zh: "{0}决算{1}、{2}{3}，说明却写作决算“{actual}”预算",
    en: "{0}: 决算 {1} against a {2} of {3}, yet the 说明 says \"{actual}\"",
};

impl<'a> Ctx<'a> {
    /// Checks a comparison with a budget; returns whether it reports a gap (and so needs a
    /// reason).
    pub(super) fn versus_budget(&mut self, st: &'a Statement, claim: &VersusBudget) -> bool {
        let (Some(actual), Some(budget)) = (
            self.resolve_or_note(st, &claim.figure()),
            self.budget_value(st, &claim.budget()),
        ) else {
            return false;
        };
        let ok = match claim.word() {
            Comparison::Equal | Comparison::Flat => actual.interval.meets(&budget.interval),
            Comparison::Greater => actual.interval.hi() > budget.interval.lo(),
            Comparison::Less => actual.interval.lo() < budget.interval.hi(),
        };
        if !ok {
            self.out.push(
                finding(st, &VERSUS_BUDGET, &WRONG_COMPARISON)
                    .at(actual.place(self.figures))
                    .at(budget.place(self.figures))
                    .actual(Figure::Static(claim.word().into()))
                    .arg(named(&claim.figure()))
                    .arg(actual.figure())
                    .arg(Figure::Static(claim.budget().kind().into()))
                    .arg(budget.figure()),
            );
        }
        !matches!(claim.word(), Comparison::Equal | Comparison::Flat)
    }
}
