//! 占比: a stated share is part / whole × 100 of the table figures.

use crate::finding::{Area, Rule, Severity, Template};
use crate::narrative::Statement;
use crate::narrative::claim::Share;

use super::rate::{RateWords, rate_finding};
use super::value::rate_check;
use super::{Ctx, finding, named};

/// `narrative.share`: see [`RULES`](crate::narrative::RULES).
pub const SHARE: Rule = Rule::new("narrative.share", Area::Narrative, Severity::Error)
    .titled("stated share is part / whole", "占比正确")
    .described("A stated 占比 equals part / whole × 100 of the table figures, within the precision of the printed figures and of the printed percentage.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.share-zero-base`: see [`RULES`](crate::narrative::RULES).
pub const SHARE_ZERO_BASE: Rule = Rule::new(
    "narrative.share-zero-base",
    Area::Narrative,
    Severity::Error,
)
.titled("share of a zero whole", "分母为零的占比")
.described("A 占比 is printed against a whole that is zero in the tables: it has no value.")
.sourced("DOMAIN.md §5 [D]");

/// Arguments: `{0}` the part, `{1}` the whole.
static SHARE_WORDS: RateWords = RateWords {
    wrong: Template {
        zh: "{0}占{1}的比例应为{expected}，说明写作{actual}",
        en: "the share of {0} in {1} should be {expected}, the 说明 prints {actual}",
    },
    open: Template {
        zh: "{0}占{1}的比例的分母可能为零，无法核对说明所写{actual}",
        en: "the base of the share of {0} in {1} may be zero; the printed {actual} cannot be checked",
    },
    tail: Template {
        zh: "{0}占{1}的比例按表内数计算为{expected}，说明写作{actual}，在尾数误差内",
        en: "the share of {0} in {1} computes to {expected}, the 说明 prints {actual}: within rounding",
    },
};

/// Arguments: `{0}` the part, `{1}` the whole.
const ZERO_WHOLE: Template = Template {
    zh: "{1}为零，{0}占{1}的比例不存在，不应写{actual}",
    en: "{1} is zero: there is no share of {0} in it, {actual} cannot be right",
};

impl Ctx<'_> {
    pub(super) fn share(&mut self, st: &Statement, claim: &Share) {
        let (part_ref, whole_ref) = (claim.part(), claim.whole());
        let (Some(part), Some(whole)) = (
            self.resolve_or_note(st, &part_ref),
            self.resolve_or_note(st, &whole_ref),
        ) else {
            return;
        };
        if whole.center.is_zero() {
            self.out.push(
                finding(st, &SHARE_ZERO_BASE, &ZERO_WHOLE)
                    .at(whole.place(self.figures))
                    .expected(crate::finding::Figure::Phrase(
                        &crate::finding::phrase::NO_PERCENTAGE,
                    ))
                    .actual(claim.stated())
                    .arg(named(&part_ref))
                    .arg(named(&whole_ref)),
            );
            return;
        }
        let check = rate_check(&part, &whole, self.declared_rate(claim.stated()));
        if let Some(f) = rate_finding(&SHARE, st, &check, &SHARE_WORDS) {
            self.out.push(
                f.at(part.place(self.figures))
                    .at(whole.place(self.figures))
                    .arg(named(&part_ref))
                    .arg(named(&whole_ref)),
            );
        }
    }
}
