//! The printed text of a statement: template residue (`narrative.residue`), contradictory
//! direction words (`narrative.contradiction`), and every recorded figure found in it
//! (`narrative.claim-not-in-text`).

use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::narrative::text::{CONTRADICTION_PATTERNS, compact, find_patterns};
use crate::narrative::{Claim, Statement};

use super::{Ctx, finding};

/// `narrative.residue`: see [`RULES`](crate::narrative::RULES).
pub const RESIDUE: Rule = Rule::new("narrative.residue", Area::Narrative, Severity::Error)
    .titled("template residue", "模板残留")
    .described("The text contains a template placeholder (XX, ××, 待填写, {单位}, 某某 …).")
    .sourced("DOMAIN.md §5 [V]");

/// `narrative.contradiction`: see [`RULES`](crate::narrative::RULES).
pub const CONTRADICTION: Rule =
    Rule::new("narrative.contradiction", Area::Narrative, Severity::Error)
        .titled("contradictory direction words", "增减用词矛盾")
        .described(
            "The text prints contradictory direction words together (增加持平, 增长下降, 减少-…).",
        )
        .sourced("DOMAIN.md §5 [D]");

/// `narrative.claim-not-in-text`: see [`RULES`](crate::narrative::RULES).
pub const CLAIM_NOT_IN_TEXT: Rule = Rule::new("narrative.claim-not-in-text", Area::Narrative, Severity::Warning)
    .titled("claim not found in the statement's text", "数据与原文不符")
    .described("A figure recorded as a claim of a statement does not occur in the statement's printed text: the claim or the transcription is wrong.")
    .sourced("design");

const TEXT_FIELD: Template = Template {
    zh: "文字",
    en: "text",
};

const REASON_FIELD: Template = Template {
    zh: "原因",
    en: "reason",
};

/// Arguments: `{0}` the field (text, reason), `{1}` the pattern.
const RESIDUE_FOUND: Template = Template {
    zh: "{0}含模板残留“{1}”：…{actual}…",
    en: "the {0} contains the template placeholder \"{1}\": …{actual}…",
};

/// Arguments: `{0}` the field (text, reason), `{1}` the words.
const CONTRADICTION_FOUND: Template = Template {
    zh: "{0}增减用词矛盾“{1}”：…{actual}…",
    en: "the {0} prints contradictory direction words \"{1}\": …{actual}…",
};

const NOT_IN_TEXT: Template = Template {
    zh: "记录的数据“{expected}”不见于原文",
    en: "the recorded figure \"{expected}\" does not occur in the printed text",
};

/// The words a claim records, as the text prints them: direction and comparison words, a
/// grade. Figures are found at their own place (`placed`).
fn printed(claim: &Claim) -> Option<&str> {
    match claim {
        Claim::Change(c) => Some(c.word().into()),
        Claim::VersusBudget(v) => Some(v.word().into()),
        Claim::GradeCount(g) => Some(g.grade()),
        _ => None,
    }
}

impl Ctx<'_> {
    pub(super) fn text(&mut self, st: &Statement) {
        let fields = [
            Some((&TEXT_FIELD, st.text())),
            st.reason().map(|r| (&REASON_FIELD, r)),
        ];
        for (field, text) in fields.into_iter().flatten() {
            for (pattern, excerpt) in find_patterns(text, &self.residue) {
                self.out.push(
                    finding(st, &RESIDUE, &RESIDUE_FOUND)
                        .actual(excerpt)
                        .arg(Figure::Phrase(field))
                        .arg(Figure::text(pattern)),
                );
            }
            for (pattern, excerpt) in find_patterns(text, CONTRADICTION_PATTERNS) {
                self.out.push(
                    finding(st, &CONTRADICTION, &CONTRADICTION_FOUND)
                        .actual(excerpt)
                        .arg(Figure::Phrase(field))
                        .arg(Figure::Static(pattern)),
                );
            }
        }
    }

    pub(super) fn claims_in_text(&mut self, st: &Statement) {
        if st.claims().is_empty() {
            return;
        }
        let text = compact(st.text());
        for word in st.claims().iter().filter_map(printed) {
            if !text.contains(word) {
                self.out.push(
                    finding(st, &CLAIM_NOT_IN_TEXT, &NOT_IN_TEXT).expected(Figure::text(word)),
                );
            }
        }
    }
}
