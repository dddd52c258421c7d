//! Claims matched to their own place in the sentence (`narrative.text-figure`,
//! `narrative.claim-not-in-text`).
//!
//! A statement's text is read as a sequence of printed figures — amounts in 万元, percentages,
//! counts with their classifier (个, 人次, 批次, 辆, 台（套）…) — each with the words printed
//! before it since the previous figure (its *label*). A claim names the words that introduce
//! its figure (its *subjects*: 支出总计, the 类's name, 增加, 占, 完成, 年初预算 …). A printed
//! figure belongs to the claim whose subject stands closest before it; a figure whose label
//! names no claim is free for any claim of its kind.
//!
//! The claims are aligned with the printed figures in order (a longest-common-subsequence
//! alignment): a claim may take a figure it owns or a free one, never one another claim owns,
//! and two claims of different figures may share one figure both their words introduce
//! ("收入支出总计307.82万元"). A figure only the claim's own words introduce is its place,
//! whatever it prints; elsewhere the alignment prefers figures that print the claimed value.
//! Claims recorded out of the printed order whose words do not pin them (two shares, both
//! after 占) then swap to the figures that print their values. A claim left at a figure that
//! prints another value is an error: the text says one thing and the claim another. A claim
//! the text does not print at all is a
//! warning. Budgets a claim states (年初预算…, 全年预算…) are looked for among the figures
//! introduced as budgets, in any order: the 说明 prints the budget before the 决算.

use std::borrow::Cow;

use rust_decimal::Decimal;

use super::text::CLAIM_NOT_IN_TEXT;
use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::money::PublishedAmount;
use crate::narrative::text::{compact, rfind_word};
use crate::narrative::vocabulary::{
    BUDGET_WORDS, COMPLETION_WORDS, Classifier, Kind, OTHER_AMOUNTS, Printed, SHARE_WORDS, Token,
    count_words, figure_words, tokens,
};
use crate::narrative::{
    BudgetSource, Claim, CountRef, FigureRef, GeneralPublicRow, StatedRate, Statement,
};

use super::{Ctx, finding};

/// `narrative.text-figure`: see [`RULES`](crate::narrative::RULES).
pub const TEXT_FIGURE: Rule = Rule::new("narrative.text-figure", Area::Narrative, Severity::Error)
    .titled("the text prints the claim's figure at the claim's place", "原文数据与记录一致")
    .described("Each claim of a statement is found at its own place in the printed text: in claim order, after the words that introduce it (its figure's name, 增加/减少, 占, 完成, the budget's name, a count's category); a figure printed there that differs from the claim is an error, even when the claimed value is printed elsewhere in the sentence. Counts are compared with their classifier (个, 人次, 批次, 辆, 台（套）).")
    .sourced("design");

const NOT_IN_TEXT: Template = Template {
    zh: "记录的数据“{expected}”不见于原文",
    en: "the recorded figure \"{expected}\" does not occur in the printed text",
};

/// Argument: `{0}` the words before the printed figure.
const TEXT_DIFFERS: Template = Template {
    zh: "原文“…{0}{actual}”与记录的数据{expected}不一致",
    en: "the text prints \"…{0}{actual}\" where the claim records {expected}",
};

/// One figure a claim records, to be found in the text.
struct Slot {
    kind: Kind,
    value: Printed,
    /// The figure as the claim records it, for findings.
    shown: Figure,
    /// The words that introduce it.
    subjects: Vec<Cow<'static, str>>,
    /// A budget: found in any order.
    budget: bool,
}

fn amount_value(a: PublishedAmount) -> Printed {
    Printed::Number(a.value())
}

fn count_slot(n: u64, classifier: Classifier, subjects: Vec<Cow<'static, str>>) -> Slot {
    Slot {
        kind: Kind::Count(classifier),
        value: Printed::Number(Decimal::from(n)),
        shown: Figure::Count(i64::try_from(n).unwrap_or(i64::MAX)),
        subjects,
        budget: false,
    }
}

fn words(list: &[&'static str]) -> Vec<Cow<'static, str>> {
    list.iter().map(|w| Cow::Borrowed(*w)).collect()
}

/// The words a 说明 introduces a figure with: the vocabulary's, and for a row of 公开05表 the
/// name the table prints.
fn figure_subjects(figure: &FigureRef, rows: &[GeneralPublicRow]) -> Vec<Cow<'static, str>> {
    let mut out = Vec::new();
    if let FigureRef::GeneralPublic {
        code: Some(code), ..
    } = figure
    {
        out.extend(
            rows.iter()
                .filter(|r| r.code == *code)
                .map(|r| Cow::Owned(compact(&r.name).into_owned())),
        );
    }
    out.extend(figure_words(figure).iter().map(|w| Cow::Borrowed(*w)));
    out
}

/// The words a 说明 introduces a count with, and its classifier.
fn count_subjects(count: &CountRef) -> (Classifier, Vec<Cow<'static, str>>) {
    let (classifier, list) = count_words(count);
    (classifier, words(list))
}

/// The figures every claim of a statement records, in claim order.
fn slots(claims: &[Claim], rows: &[GeneralPublicRow]) -> Vec<Slot> {
    let mut out = Vec::new();
    let amount = |a: PublishedAmount, subjects, budget| Slot {
        kind: Kind::Amount,
        value: amount_value(a),
        shown: Figure::text(format!("{a:#}")),
        subjects,
        budget,
    };
    let percent = |p: crate::money::PublishedPercent, subjects| Slot {
        kind: Kind::Percent,
        value: Printed::Number(p.percent().value()),
        shown: Figure::from(p),
        subjects,
        budget: false,
    };
    let budget_words = |kind: crate::narrative::BudgetKind| {
        let mut w = vec![Cow::Borrowed(<&'static str>::from(kind))];
        w.extend(words(BUDGET_WORDS));
        w
    };
    for claim in claims {
        match claim {
            Claim::Amount(a) => out.push(amount(
                a.stated(),
                figure_subjects(&a.figure(), rows),
                false,
            )),
            Claim::Share(s) => out.push(percent(s.stated(), words(SHARE_WORDS))),
            Claim::Change(c) => {
                if let Some(a) = c.amount() {
                    out.push(amount(a, vec![Cow::Borrowed(c.word().into())], false));
                }
                let rate_words = vec![Cow::Borrowed(c.rate_word().map_or("增长", Into::into))];
                match c.rate() {
                    StatedRate::Percent(p) => out.push(percent(p, rate_words)),
                    StatedRate::Infinite => out.push(Slot {
                        kind: Kind::Percent,
                        value: Printed::Infinite,
                        shown: Figure::Static("∞%"),
                        subjects: rate_words,
                        budget: false,
                    }),
                    StatedRate::Omitted => {}
                }
            }
            Claim::Completion(c) => {
                if let BudgetSource::Stated(b) = c.budget().source() {
                    out.push(amount(b, budget_words(c.budget().kind()), true));
                }
                out.push(percent(c.stated(), words(COMPLETION_WORDS)));
            }
            Claim::VersusBudget(v) => {
                if let BudgetSource::Stated(b) = v.budget().source() {
                    out.push(amount(b, budget_words(v.budget().kind()), true));
                }
            }
            Claim::Count { count, stated } => {
                let (classifier, subjects) = count_subjects(count);
                out.push(count_slot(*stated, classifier, subjects));
            }
            Claim::GradeCount(g) => out.push(count_slot(
                g.stated(),
                Classifier::Items,
                vec![Cow::Owned(format!("“{}”的", g.grade()))],
            )),
            Claim::Nil(_) => {}
        }
    }
    out
}

/// The owner that stands for [`OTHER_AMOUNTS`].
const NOBODY: usize = usize::MAX;

/// The slots that own each token: those whose subject ends closest before it, the longest
/// subject first (ties share). [`NOBODY`] owns an amount introduced by [`OTHER_AMOUNTS`].
fn owners(text: &str, tokens: &[Token], slots: &[Slot]) -> Vec<Vec<usize>> {
    let closest = |label: &str, words: &mut dyn Iterator<Item = &str>| {
        words
            .filter(|w| !w.is_empty())
            .filter_map(|w| rfind_word(label, w).map(|at| (at.saturating_add(w.len()), w.len())))
            .max()
    };
    tokens
        .iter()
        .map(|t| {
            let label = text.get(t.label_start..t.start).unwrap_or("");
            let mut best = (0, 0);
            let mut owners = Vec::new();
            if t.kind == Kind::Amount
                && let Some(e) = closest(label, &mut OTHER_AMOUNTS.iter().copied())
            {
                best = e;
                owners.push(NOBODY);
            }
            for (s, slot) in slots.iter().enumerate() {
                if slot.kind != t.kind {
                    continue;
                }
                let end = closest(label, &mut slot.subjects.iter().map(AsRef::as_ref));
                match end {
                    Some(e) if e > best => {
                        best = e;
                        owners.clear();
                        owners.push(s);
                    }
                    Some(e) if e == best => owners.push(s),
                    _ => {}
                }
            }
            owners
        })
        .collect()
}

/// The fit of a claim's figure with a printed figure only its words introduce and that prints
/// its value.
const OWNED_EXACT: u32 = 6;

/// The fit of a claim's figure with a printed figure the claim before it has taken too.
const SHARED: u32 = 3;

/// Whether the words of slot `s` alone introduce a figure owned by `owners` (words that
/// introduce figures of no claim, [`OTHER_AMOUNTS`], aside).
fn alone(owners: &[usize], s: usize) -> bool {
    let mut claims = owners.iter().filter(|&&o| o != NOBODY);
    claims.next() == Some(&s) && claims.next().is_none()
}

/// How well slot `s` fits token `t`: `None` if it may not take it.
///
/// A figure only the claim's own words introduce is its place, whatever it prints. A figure
/// words of several claims introduce (占, 增长 …), or none, is taken where it prints the
/// claimed value, or, by a claim whose words alone introduce no figure of the text
/// (`owns_any` false), where the order puts it.
fn fit(slot: &Slot, token: &Token, owners: &[usize], s: usize, owns_any: bool) -> Option<u32> {
    if slot.kind != token.kind || !(owners.is_empty() || owners.contains(&s)) {
        return None;
    }
    match (slot.value == token.value, alone(owners, s)) {
        (true, true) => Some(OWNED_EXACT),
        (false, true) => Some(4),
        (true, false) => Some(3),
        (false, false) => (!owns_any).then_some(1),
    }
}

/// Whether `text` prints `value` as a bare number (a run of digits of its own).
fn bare_number(text: &str, value: Printed) -> bool {
    let Printed::Number(value) = value else {
        return false;
    };
    let wanted = value.to_string();
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| !run.is_empty() && run == wanted)
}

/// Claims recorded out of the printed order: a claim at a figure that prints another value,
/// which no words of its own alone introduce, moves to a figure it may take that prints its
/// value and is free, or held by a claim it does not fit either (two shares recorded in the
/// other order swap). Repeated until nothing moves; every move makes one more claim exact.
fn swap_out_of_order(
    slots: &[Slot],
    tokens: &[Token],
    owners: &[Vec<usize>],
    placed: &mut [Option<usize>],
) {
    let fits = |s: usize, t: usize| {
        slots
            .get(s)
            .zip(tokens.get(t))
            .zip(owners.get(t))
            .is_some_and(|((slot, token), owners)| {
                slot.kind == token.kind && (owners.is_empty() || owners.contains(&s))
            })
    };
    let exact = |s: usize, t: usize| {
        slots
            .get(s)
            .zip(tokens.get(t))
            .is_some_and(|(slot, token)| slot.value == token.value)
    };
    let weak = |s: usize, t: usize| owners.get(t).is_none_or(|o| !alone(o, s));
    for _ in 0..slots.len() {
        let mut moved = false;
        for s in 0..slots.len() {
            let Some(t) = placed.get(s).copied().flatten() else {
                continue;
            };
            if exact(s, t) || !weak(s, t) || slots.get(s).is_some_and(|slot| slot.budget) {
                continue;
            }
            let holder = |u: usize| placed.iter().position(|p| *p == Some(u));
            let target = (0..tokens.len()).find(|&u| {
                u != t
                    && fits(s, u)
                    && exact(s, u)
                    && holder(u).is_none_or(|r| !exact(r, u) && weak(r, u))
            });
            let Some(u) = target else { continue };
            if let Some(r) = holder(u)
                && let Some(p) = placed.get_mut(r)
            {
                *p = fits(r, t).then_some(t);
            }
            if let Some(p) = placed.get_mut(s) {
                *p = Some(u);
            }
            moved = true;
        }
        if !moved {
            break;
        }
    }
}

/// A table of alignment scores or steps, read and written without panicking.
struct Grid<T> {
    width: usize,
    cells: Vec<T>,
}

impl<T: Copy + Default> Grid<T> {
    fn new(rows: usize, width: usize) -> Grid<T> {
        Grid {
            width,
            cells: vec![T::default(); rows.saturating_mul(width)],
        }
    }

    fn get(&self, i: usize, j: usize) -> T {
        self.cells
            .get(i.saturating_mul(self.width).saturating_add(j))
            .copied()
            .unwrap_or_default()
    }

    fn set(&mut self, i: usize, j: usize, value: T) {
        if let Some(c) = self
            .cells
            .get_mut(i.saturating_mul(self.width).saturating_add(j))
        {
            *c = value;
        }
    }
}

/// How an alignment reached a cell.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Step {
    /// The slot is not printed.
    #[default]
    SkipSlot,
    /// The token is no slot's.
    SkipToken,
    /// The slot is the token's.
    Take,
    /// The slot shares the token of the slot before it.
    Share,
}

/// The alignment of the slots `ordered` with the tokens, in order (a longest common
/// subsequence by [`fit`]): for each of `ordered`, its token, if any.
fn align(
    slots: &[Slot],
    tokens: &[Token],
    owners: &[Vec<usize>],
    ordered: &[usize],
) -> Vec<Option<usize>> {
    let n = ordered.len();
    let m = tokens.len();
    let width = m.saturating_add(1);
    let rows = n.saturating_add(1);
    // score(i, j): the best alignment of ordered[..i] with tokens[..j].
    let mut score: Grid<u32> = Grid::new(rows, width);
    let mut step: Grid<Step> = Grid::new(rows, width);
    for j in 1..width {
        step.set(0, j, Step::SkipToken);
    }
    for (prev, &s) in ordered.iter().enumerate() {
        let i = prev.saturating_add(1);
        let Some(slot) = slots.get(s) else { continue };
        let owns_any = owners.iter().any(|o| alone(o, s));
        for j in 0..width {
            let mut best = (score.get(prev, j), Step::SkipSlot);
            if let Some(t) = j.checked_sub(1) {
                let skip = score.get(i, t);
                if skip > best.0 {
                    best = (skip, Step::SkipToken);
                }
                let fits = tokens
                    .get(t)
                    .zip(owners.get(t))
                    .and_then(|(token, owners)| fit(slot, token, owners, s, owns_any));
                if let Some(f) = fits {
                    let take = score.get(prev, t).saturating_add(f);
                    if take > best.0 {
                        best = (take, Step::Take);
                    }
                    // Two claims of one printed figure both their words introduce
                    // ("收入支出总计"): worth less than each claim at a figure of its own.
                    let share = score.get(prev, j).saturating_add(SHARED);
                    let both = owners.get(t).is_some_and(|o| {
                        o.contains(&s)
                            && o.iter().any(|&r| {
                                r != s
                                    && r != NOBODY
                                    && slots
                                        .get(r)
                                        .is_some_and(|other| other.subjects != slot.subjects)
                            })
                    });
                    let exact = tokens.get(t).is_some_and(|token| token.value == slot.value);
                    if both && exact && share > best.0 {
                        best = (share, Step::Share);
                    }
                }
            }
            score.set(i, j, best.0);
            step.set(i, j, best.1);
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (n, m);
    while let Some(prev) = i.checked_sub(1) {
        match (step.get(i, j), j.checked_sub(1)) {
            (Step::SkipToken, Some(t)) => {
                j = t;
                continue;
            }
            (Step::Take, Some(t)) => {
                if let Some(o) = out.get_mut(prev) {
                    *o = Some(t);
                }
                j = t;
            }
            (Step::Share, Some(t)) => {
                if let Some(o) = out.get_mut(prev) {
                    *o = Some(t);
                }
            }
            _ => {}
        }
        i = prev;
    }
    out
}

impl Ctx<'_> {
    /// Every figure a claim records, at its own place in the statement's text.
    pub(super) fn claims_placed(&mut self, st: &Statement) {
        if st.claims().is_empty() {
            return;
        }
        let text = compact(st.text());
        let rows = self.evaluations.rows();
        let slots = slots(st.claims(), rows);
        if slots.is_empty() {
            return;
        }
        let tokens = tokens(&text);
        let owners = owners(&text, &tokens, &slots);
        let ordered: Vec<usize> = slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| !slot.budget)
            .map(|(s, _)| s)
            .collect();
        let aligned = align(&slots, &tokens, &owners, &ordered);
        let mut placed: Vec<Option<usize>> = vec![None; slots.len()];
        for (&s, &t) in ordered.iter().zip(&aligned) {
            if let Some(p) = placed.get_mut(s) {
                *p = t;
            }
        }
        swap_out_of_order(&slots, &tokens, &owners, &mut placed);
        let used: Vec<bool> = (0..tokens.len())
            .map(|t| placed.contains(&Some(t)))
            .collect();
        // Budgets: a figure introduced as the budget, in any order (the 说明 prints the budget
        // before the 决算); one printing the claimed value first.
        for (s, slot) in slots.iter().enumerate().filter(|(_, slot)| slot.budget) {
            let free: Vec<(usize, &Token, &Vec<usize>)> = tokens
                .iter()
                .zip(&owners)
                .enumerate()
                .filter(|(t, (token, _))| {
                    token.kind == slot.kind && !used.get(*t).copied().unwrap_or(true)
                })
                .map(|(t, (token, o))| (t, token, o))
                .collect();
            let found = free
                .iter()
                .find(|(_, token, o)| token.value == slot.value && (o.contains(&s) || o.is_empty()))
                .or_else(|| free.iter().find(|(_, _, o)| o.contains(&s)))
                .map(|(t, _, _)| *t);
            if let Some(p) = placed.get_mut(s) {
                *p = found;
            }
        }
        for (slot, place) in slots.iter().zip(&placed) {
            match place.and_then(|t| tokens.get(t)) {
                Some(token) if token.value != slot.value => {
                    let label = text.get(token.label_start..token.start).unwrap_or("");
                    let skip = label.chars().count().saturating_sub(12);
                    let label: String = label.chars().skip(skip).collect();
                    let printed = text.get(token.start..token.end).unwrap_or("");
                    let unit = match token.kind {
                        Kind::Amount => "万元",
                        Kind::Percent => "%",
                        Kind::Count(c) => c.as_str(),
                    };
                    self.out.push(
                        finding(st, &TEXT_FIGURE, &TEXT_DIFFERS)
                            .expected(slot.shown.clone())
                            .actual(Figure::text(format!("{printed}{unit}")))
                            .arg(Figure::text(label)),
                    );
                }
                Some(_) => {}
                None => {
                    // Printed, but not where the order of the claims puts it, or with another
                    // unit word ("车辆数为4"): the claim is in the text.
                    let anywhere = tokens.iter().any(|tok| tok.value == slot.value)
                        || matches!(slot.kind, Kind::Count(_)) && bare_number(&text, slot.value);
                    if !anywhere {
                        self.out.push(
                            finding(st, &CLAIM_NOT_IN_TEXT, &NOT_IN_TEXT)
                                .expected(slot.shown.clone()),
                        );
                    }
                }
            }
        }
    }
}
