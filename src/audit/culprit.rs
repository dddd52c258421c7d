//! One finding per culprit: the findings of the failing edits a localization explains become
//! the evidence of one finding that names the figure to blame.

use std::collections::HashMap;

use super::Finding;
use crate::evaluation::Rollup;
use crate::finding::{
    Edit, Figure, FigureId, Localization, Localized, Place, Rule, Severity, Suspect, Template,
};
use crate::localize::{Group, localize};
use crate::money::PublishedAmount;
use crate::narrative::{CheckOptions, CountRef, FigureRef, Figures, GeneralPublicRow, Narrative};

/// The 说明's checks, to run again with a culprit corrected: the findings of the 说明 among
/// the audit's (`range`) that a corrected culprit makes disappear are its consequences (a share
/// or a growth rate computed from the wrong figure), and join its evidence.
pub(super) struct Narrated<'a> {
    pub(super) range: core::ops::Range<usize>,
    pub(super) narrative: &'a Narrative,
    pub(super) figures: &'a dyn Figures,
    pub(super) options: &'a CheckOptions,
}

impl Narrated<'_> {
    /// The findings of the 说明 (rule and places) that remain with `figure` printed as
    /// `value`.
    fn remaining(
        &self,
        figure: FigureId,
        value: PublishedAmount,
    ) -> Vec<(&'static str, Vec<Place>)> {
        let corrected = Corrected {
            inner: self.figures,
            figure,
            value,
        };
        crate::narrative::check(self.narrative, &corrected, self.options)
            .into_iter()
            .filter(|f| f.severity > Severity::Info)
            .map(|f| (f.rule.id, f.places))
            .collect()
    }
}

/// The disclosure's figures with one printed figure corrected.
struct Corrected<'a> {
    inner: &'a dyn Figures,
    figure: FigureId,
    value: PublishedAmount,
}

impl Figures for Corrected<'_> {
    fn amount(&self, figure: &FigureRef) -> Option<PublishedAmount> {
        if self.inner.figure_id(figure) == Some(self.figure) {
            Some(self.value)
        } else {
            self.inner.amount(figure)
        }
    }
    fn figure_id(&self, figure: &FigureRef) -> Option<FigureId> {
        self.inner.figure_id(figure)
    }
    fn count(&self, count: &CountRef) -> Option<u64> {
        self.inner.count(count)
    }
    fn general_public_rows(&self) -> Vec<GeneralPublicRow> {
        self.inner.general_public_rows()
    }
    fn forms_rollup(&self) -> Option<Rollup> {
        self.inner.forms_rollup()
    }
    fn location(&self, figure: &FigureRef) -> Place {
        self.inner.location(figure)
    }
    fn count_location(&self, count: &CountRef) -> Place {
        self.inner.count_location(count)
    }
}

/// The findings with every group of failing edits localized: a group whose edits reported
/// several findings is reported once, by the finding of its culprit (in the place of the first
/// of them), with the others as its evidence; a group of one finding keeps it, localized. A
/// unique culprit also takes as evidence the findings of the 说明 that its correction removes.
pub(super) fn localized(
    mut findings: Vec<Finding>,
    edits: &[Edit],
    narrated: &Narrated<'_>,
) -> Vec<Finding> {
    let groups = localize(edits);
    let mut removed = vec![false; findings.len()];
    // The findings of failing edits belong to their own groups: never another's consequence.
    let of_edits: std::collections::HashSet<usize> = groups
        .iter()
        .flat_map(|g| g.edits.iter())
        .filter_map(|&e| edits.get(e).and_then(|edit| edit.finding))
        .collect();
    for Group {
        edits: failing,
        localization,
    } in groups
    {
        let mut indices: Vec<usize> = failing
            .iter()
            .filter_map(|&e| edits.get(e).and_then(|edit| edit.finding))
            .filter(|&i| i < findings.len())
            .collect();
        let mut rules: Vec<&'static Rule> = Vec::new();
        for edit in failing.iter().filter_map(|&e| edits.get(e)) {
            if !rules.iter().any(|r| core::ptr::eq(*r, edit.rule)) {
                rules.push(edit.rule);
            }
        }
        if let Localization::Culprit(suspects) = &localization
            && let [one] = suspects.as_slice()
            && let Some(value) = one.implied().and_then(|v| {
                PublishedAmount::new(v, one.printed.unit(), one.printed.precision()).ok()
            })
        {
            let candidates: Vec<usize> = narrated
                .range
                .clone()
                .filter(|i| !of_edits.contains(i) && !removed.get(*i).copied().unwrap_or(true))
                .filter(|&i| findings.get(i).is_some_and(|f| f.severity > Severity::Info))
                .collect();
            if !candidates.is_empty() {
                let remaining = narrated.remaining(one.figure, value);
                for i in candidates {
                    let Some(f) = findings.get(i) else { continue };
                    let stays = remaining
                        .iter()
                        .any(|(rule, places)| *rule == f.rule.id && *places == f.places);
                    if !stays {
                        indices.push(i);
                        if !rules.iter().any(|r| core::ptr::eq(*r, f.rule)) {
                            rules.push(f.rule);
                        }
                    }
                }
            }
        }
        indices.sort_unstable();
        indices.dedup();
        // A finding may name another rule than its edit (a 元/万元 slip is `x.unit-slip`).
        for f in indices.iter().filter_map(|&i| findings.get(i)) {
            if !rules.iter().any(|r| core::ptr::eq(*r, f.rule)) {
                rules.push(f.rule);
            }
        }
        let Some((&first, rest)) = indices.split_first() else {
            continue;
        };
        if rest.is_empty() {
            if let Some(finding) = findings.get_mut(first) {
                finding.localized = Some(Box::new(Localized {
                    localization,
                    rules,
                    evidence: Vec::new(),
                }));
            }
            continue;
        }
        let evidence: Vec<Finding> = indices
            .iter()
            .filter_map(|&i| findings.get(i).cloned())
            .collect();
        for &i in rest {
            if let Some(slot) = removed.get_mut(i) {
                *slot = true;
            }
        }
        let merged = culprit_finding(localization, rules, evidence);
        if let (Some(slot), Some(merged)) = (findings.get_mut(first), merged) {
            *slot = merged;
        }
    }
    let mut keep = removed.into_iter().map(|r| !r);
    findings.retain(|_| keep.next().unwrap_or(true));
    findings
}

/// Removes repeated findings (the same rule, places, figures and message), keeping the first.
/// Findings are compared within buckets of one rule and one list of places.
pub(super) fn dedup(findings: &mut Vec<Finding>) {
    let mut buckets: HashMap<(&'static str, &[Place]), Vec<usize>> = HashMap::new();
    let mut keep: Vec<bool> = Vec::with_capacity(findings.len());
    for (i, finding) in findings.iter().enumerate() {
        let bucket = buckets
            .entry((finding.rule.id, finding.places.as_slice()))
            .or_default();
        let repeated = bucket
            .iter()
            .any(|&j| findings.get(j).is_some_and(|f| f == finding));
        keep.push(!repeated);
        if !repeated {
            bucket.push(i);
        }
    }
    let mut keep = keep.into_iter();
    findings.retain(|_| keep.next().unwrap_or(true));
}

fn culprit_finding(
    localization: Localization,
    rules: Vec<&'static Rule>,
    evidence: Vec<Finding>,
) -> Option<Finding> {
    let failing = evidence.len();
    let first = evidence.first()?;
    let severity = evidence
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(Severity::Error);
    let mut places: Vec<Place> = localization.suspects().map(|s| s.place.clone()).collect();
    for place in evidence.iter().flat_map(|f| f.places.iter()) {
        if !places.contains(place) {
            places.push(place.clone());
        }
    }
    let count = Figure::Count(i64::try_from(failing).unwrap_or(i64::MAX));
    let mut finding = match &localization {
        Localization::Culprit(suspects) => match suspects.as_slice() {
            [one] => {
                let finding = Finding::new(first.rule, one_template(one))
                    .expected(one.implied_figure())
                    .actual(Figure::from(one.printed))
                    .arg(count);
                match one.typo {
                    Some(typo) => finding.arg(Figure::Phrase(typo.phrase())),
                    None => finding,
                }
            }
            [a, b] => Finding::new(first.rule, &CULPRIT_TWO)
                .expected(a.implied_figure())
                .actual(Figure::from(a.printed))
                .arg(count)
                .arg(Figure::from(b.printed))
                .arg(b.implied_figure()),
            _ => Finding::new(first.rule, &UNEXPLAINED).arg(count),
        },
        Localization::Ambiguous { sets, total } => {
            let mut shown: Vec<String> = sets
                .iter()
                .take(SHOWN_SETS)
                .map(|set| {
                    set.iter()
                        .map(|s| format!("{} → {}", Figure::from(s.printed), s.implied_figure()))
                        .collect::<Vec<_>>()
                        .join(" + ")
                })
                .collect();
            if *total > SHOWN_SETS {
                shown.push("…".to_owned());
            }
            Finding::new(first.rule, &AMBIGUOUS)
                .arg(count)
                .arg(Figure::Count(i64::try_from(*total).unwrap_or(i64::MAX)))
                .arg(Figure::text(shown.join(" | ")))
        }
        Localization::Unexplained => Finding::new(first.rule, &UNEXPLAINED).arg(count),
    }
    .severity(severity)
    .at_all(places);
    finding.localized = Some(Box::new(Localized {
        localization,
        rules,
        evidence,
    }));
    Some(finding)
}

/// The most sets an ambiguity's message shows (its places and its data list them all).
const SHOWN_SETS: usize = 6;

fn one_template(suspect: &Suspect) -> &'static Template {
    if suspect.typo.is_some() {
        &CULPRIT_TYPO
    } else {
        &CULPRIT_ONE
    }
}

/// Arguments: `{0}` the count of failing relations.
const CULPRIT_ONE: Template = Template {
    zh: "此数最可能有误：印为{actual}，为{expected}时其参与的各项勾稽关系均成立（{0}项不成立的关系由此一数解释）",
    en: "the likely culprit: printed {actual}; {expected} satisfies every relation it takes part in (it explains {0} failing relations)",
};

/// Arguments: `{0}` the count of failing relations, `{1}` the slip.
const CULPRIT_TYPO: Template = Template {
    zh: "此数最可能有误：印为{actual}，疑为{expected}之误（{1}），为{expected}时其参与的各项勾稽关系均成立（{0}项不成立的关系由此一数解释）",
    en: "the likely culprit: printed {actual}, likely a slip for {expected} ({1}), which satisfies every relation it takes part in (it explains {0} failing relations)",
};

/// Arguments: `{0}` the count, `{1}` the second figure as printed, `{2}` its implied value.
const CULPRIT_TWO: Template = Template {
    zh: "这两个数最可能有误：前者印为{actual}、应为{expected}，后者印为{1}、应为{2}（{0}项不成立的关系由此二数解释）",
    en: "the likely culprits: the first printed {actual}, implied {expected}; the second printed {1}, implied {2} (they explain {0} failing relations)",
};

/// Arguments: `{0}` the count, `{1}` the number of sets, `{2}` each set's figures.
const AMBIGUOUS: Template = Template {
    zh: "{0}项不成立的关系可由{1}种改法同样解释，所列各处之一有误（印数 → 应为）：{2}",
    en: "{0} failing relations are explained equally well by {1} changes: one of the places listed is wrong (printed → implied): {2}",
};

/// Arguments: `{0}` the count.
const UNEXPLAINED: Template = Template {
    zh: "{0}项不成立的关系无法由改动一至两个印出数字解释",
    en: "no change of one or two printed figures explains these {0} failing relations",
};
