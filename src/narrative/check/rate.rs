//! The verdict of a stated rate (占比, 增长率, 完成预算%) as a finding.

use crate::finding::{Allowance, Figure, Finding, Rule, Severity, Template};
use crate::money::{RateCheck, Verdict, round_half_away};
use crate::narrative::Statement;

use super::finding;
use super::value::half_width;

/// The messages of one kind of rate: wrong, not checkable (a base that may be zero), and
/// within rounding. Each kind fixes its own arguments.
pub(super) struct RateWords {
    pub(super) wrong: Template,
    pub(super) open: Template,
    pub(super) tail: Template,
}

/// The finding of a rate check, without the places of its figures (the caller adds them and
/// the arguments of its words); `None` when the stated rate is exact.
pub(super) fn rate_finding(
    rule: &'static Rule,
    st: &Statement,
    check: &RateCheck,
    words: &'static RateWords,
) -> Option<Finding> {
    let (severity, template) = match (check.verdict, check.computed) {
        (Verdict::Exact, _) => return None,
        (Verdict::Inconsistent, Some(_)) => (rule.severity, &words.wrong),
        (Verdict::Inconsistent, None) => (rule.severity, &words.open),
        (Verdict::WithinRounding, Some(_)) => (Severity::Info, &words.tail),
        (Verdict::WithinRounding | Verdict::Undetermined, _) => (Severity::Info, &words.open),
    };
    let mut f = finding(st, rule, template)
        .severity(severity)
        .actual(check.stated);
    if let Some(computed) = check.computed {
        f = f.expected(Figure::Percent {
            value: computed.value(),
            decimals: Some(check.stated.decimals()),
        });
    }
    if let Some(possible) = check.possible {
        // Shown to a ten-thousandth of a point: the half-widths are quotients of any length.
        let points = half_width(&possible)
            .checked_add(half_width(&check.stated.interval()))
            .map(|p| round_half_away(p, 4).normalize())
            .unwrap_or_default();
        f = f.allowance(Allowance::Points(points));
    }
    Some(f)
}
