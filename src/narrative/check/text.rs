//! The printed text of a statement: template residue (`narrative.residue`), contradictory
//! direction words (`narrative.contradiction`), and every recorded figure found in it
//! (`narrative.claim-not-in-text`).

use core::fmt::Write as _;

use crate::finding::{Figure, Template};
use crate::money::{PublishedAmount, PublishedPercent};
use crate::narrative::rules::{CLAIM_NOT_IN_TEXT, CONTRADICTION, RESIDUE};
use crate::narrative::text::{CONTRADICTION_PATTERNS, compact, find_patterns};
use crate::narrative::{BudgetSource, Claim, StatedRate, Statement};

use super::{Ctx, finding};

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

/// A figure a claim records, as the text may print it.
#[derive(Clone, Copy)]
enum Printed<'c> {
    /// An amount: with or without thousands separators.
    Amount(PublishedAmount),
    /// A percentage: with a half-width or a full-width sign.
    Percent(PublishedPercent),
    /// A word or a sign.
    Word(&'static str),
    /// A count.
    Count(u64),
    /// Text (a grade).
    Text(&'c str),
}

impl Printed<'_> {
    /// Whether `text` prints the figure in one of its forms; `buf` is scratch space.
    fn occurs_in(self, text: &str, buf: &mut String) -> bool {
        buf.clear();
        match self {
            Printed::Amount(a) => {
                write!(buf, "{a:#}").is_ok_and(|()| text.contains(buf.as_str())) || {
                    buf.clear();
                    write!(buf, "{a}").is_ok_and(|()| text.contains(buf.as_str()))
                }
            }
            Printed::Percent(p) => {
                write!(buf, "{p}").is_ok_and(|()| text.contains(buf.as_str())) || {
                    if buf.ends_with('%') {
                        buf.pop();
                        buf.push('％');
                    }
                    text.contains(buf.as_str())
                }
            }
            Printed::Word(w) => text.contains(w),
            Printed::Count(n) => write!(buf, "{n}").is_ok_and(|()| text.contains(buf.as_str())),
            Printed::Text(t) => text.contains(t),
        }
    }

    /// The first form, as the finding shows it.
    fn figure(self) -> Figure {
        match self {
            Printed::Amount(a) => Figure::text(format!("{a:#}")),
            Printed::Percent(p) => Figure::from(p),
            Printed::Word(w) => Figure::Static(w),
            Printed::Count(n) => Figure::Count(i64::try_from(n).unwrap_or(i64::MAX)),
            Printed::Text(t) => Figure::text(t),
        }
    }
}

/// The figures a claim records, at most three.
fn printed(claim: &Claim) -> [Option<Printed<'_>>; 3] {
    match claim {
        Claim::Amount(a) => [Some(Printed::Amount(a.stated())), None, None],
        Claim::Share(s) => [Some(Printed::Percent(s.stated())), None, None],
        Claim::Change(c) => [
            c.amount().map(Printed::Amount),
            match c.rate() {
                StatedRate::Percent(p) => Some(Printed::Percent(p)),
                StatedRate::Infinite => Some(Printed::Word("∞")),
                StatedRate::Omitted => None,
            },
            Some(Printed::Word(c.word().into())),
        ],
        Claim::Completion(c) => [
            Some(Printed::Percent(c.stated())),
            match c.budget().source() {
                BudgetSource::Stated(a) => Some(Printed::Amount(a)),
                BudgetSource::Table(_) => None,
            },
            None,
        ],
        Claim::VersusBudget(v) => [Some(Printed::Word(v.word().into())), None, None],
        Claim::Count { stated, .. } => [Some(Printed::Count(*stated)), None, None],
        Claim::GradeCount(g) => [
            Some(Printed::Count(g.stated())),
            Some(Printed::Text(g.grade())),
            None,
        ],
        Claim::Nil(_) => [None, None, None],
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
        let mut buf = core::mem::take(&mut self.scratch);
        for claim in st.claims() {
            for p in printed(claim).into_iter().flatten() {
                if !p.occurs_in(&text, &mut buf) {
                    self.out
                        .push(finding(st, &CLAIM_NOT_IN_TEXT, &NOT_IN_TEXT).expected(p.figure()));
                }
            }
        }
        self.scratch = buf;
    }
}
