use std::borrow::Cow;

use super::{Context, Finding, Severity};
use crate::disclosure::{Disclosure, TableKind};
use crate::evaluation::Evaluation;
use crate::finding::{Area, Lang, Names, Place, PlaceDisplay};

/// The result of an audit: every finding in the order the rules produced them, the context
/// the audit ran with and the forms' evaluations. It borrows the disclosure it describes,
/// whose printed labels and titles name the places of its findings.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::{audit, Severity};
/// use final_accounts::disclosure::Disclosure;
/// use final_accounts::finding::Lang;
/// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
/// let disclosure: Disclosure = serde_json::from_str(json).unwrap();
/// let report = audit(&disclosure);
/// assert!(report.has_errors());
/// assert_eq!(report.summary(Lang::En), "9 errors, 15 warnings, 49 info");
/// let label = report.of_rule("doc.label").next().unwrap();
/// assert_eq!(report.place(&label.places[0], Lang::En).to_string(), "公开09表（支出决算表）");
/// assert_eq!(report.evaluations().len(), 14);
/// # }
/// ```
#[derive(Debug, Clone)]
pub struct Report<'a> {
    disclosure: &'a Disclosure,
    context: Context<'a>,
    /// The findings.
    pub findings: Vec<Finding>,
    evaluations: Vec<Option<Evaluation>>,
}

impl<'a> Report<'a> {
    pub(crate) fn new(
        disclosure: &'a Disclosure,
        context: Context<'a>,
        findings: Vec<Finding>,
        evaluations: Vec<Option<Evaluation>>,
    ) -> Report<'a> {
        Report {
            disclosure,
            context,
            findings,
            evaluations,
        }
    }

    /// The disclosure audited.
    #[must_use]
    pub fn disclosure(&self) -> &'a Disclosure {
        self.disclosure
    }

    /// The context the audit ran with.
    #[must_use]
    pub fn context(&self) -> &Context<'a> {
        &self.context
    }

    /// The evaluation of each form by the formula, in the order of the disclosure's forms
    /// (`None` where a form could not be evaluated); empty when no scoring parameters are in
    /// force for the report year.
    #[must_use]
    pub fn evaluations(&self) -> &[Option<Evaluation>] {
        &self.evaluations
    }

    /// How many findings have this severity.
    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// Whether any finding is an error.
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The findings of the rule with this id, and those that explain a failing relation of it
    /// (see [`Finding::is_of`]).
    pub fn of_rule<'r>(&'r self, id: &'r str) -> impl Iterator<Item = &'r Finding> + 'r {
        self.findings.iter().filter(move |f| f.is_of(id))
    }

    /// The findings at or above a severity.
    pub fn at_least(&self, severity: Severity) -> impl Iterator<Item = &Finding> + '_ {
        self.findings.iter().filter(move |f| f.severity >= severity)
    }

    /// The count of findings of each severity (errors, warnings, info) in each area, in the
    /// order areas first appear.
    #[must_use]
    pub fn by_area(&self) -> Vec<(Area, [usize; 3])> {
        let mut out: Vec<(Area, [usize; 3])> = Vec::new();
        for finding in &self.findings {
            let area = match finding.rule.area {
                Area::Table(_) => Area::Table(TableKind::IncomeExpenditure),
                other => other,
            };
            let index = match finding.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            };
            let slot = match out.iter().position(|(a, _)| *a == area) {
                Some(i) => i,
                None => {
                    out.push((area, [0; 3]));
                    out.len().saturating_sub(1)
                }
            };
            if let Some(count) = out
                .get_mut(slot)
                .and_then(|(_, counts)| counts.get_mut(index))
            {
                *count = count.saturating_add(1);
            }
        }
        out
    }

    /// "8 errors, 1 warning, 48 info" (en) or "错误8项，警告1项，提示48项" (zh).
    #[must_use]
    pub fn summary(&self, lang: Lang) -> String {
        counts_summary(
            [
                self.count(Severity::Error),
                self.count(Severity::Warning),
                self.count(Severity::Info),
            ],
            lang,
        )
    }

    /// A finding's message, its places named as this disclosure prints them.
    #[must_use]
    pub fn message(&self, finding: &Finding, lang: Lang) -> String {
        finding.message(self, lang)
    }

    /// A finding in `lang`, in one line, its places named as this disclosure prints them (see
    /// [`Finding::display`]).
    #[must_use]
    pub fn display<'r>(
        &'r self,
        finding: &'r Finding,
        lang: Lang,
    ) -> crate::finding::FindingDisplay<'r> {
        finding.display(self, lang)
    }

    /// A place, named as this disclosure prints it.
    #[must_use]
    pub fn place<'r>(&'r self, place: &'r Place, lang: Lang) -> PlaceDisplay<'r> {
        place.display(self, lang)
    }
}

/// Error, warning and info counts in words, singular and plural right.
///
/// ```
/// use final_accounts::audit::counts_summary;
/// use final_accounts::finding::Lang;
/// assert_eq!(counts_summary([1, 1, 0], Lang::En), "1 error, 1 warning, 0 info");
/// assert_eq!(counts_summary([2, 0, 5], Lang::Zh), "错误2项，警告0项，提示5项");
/// ```
#[must_use]
pub fn counts_summary(counts: [usize; 3], lang: Lang) -> String {
    let [errors, warnings, info] = counts;
    match lang {
        Lang::En => format!(
            "{errors} error{}, {warnings} warning{}, {info} info",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        ),
        Lang::Zh => format!("错误{errors}项，警告{warnings}项，提示{info}项"),
    }
}

/// Names tables with the labels of the audit's profile: a table printed with the label its
/// template gives it is named by the label alone, any other by its label and title.
impl Names for Report<'_> {
    fn table(&self, kind: TableKind) -> Cow<'_, str> {
        match self.context.profile {
            Some(profile) => {
                let expected = profile.slot(kind).and_then(|slot| slot.label.as_deref());
                Cow::Owned(self.disclosure.place_expecting(kind, expected))
            }
            None => self.disclosure.table(kind),
        }
    }

    fn column(&self, kind: TableKind, key: &str) -> Option<Cow<'_, str>> {
        self.disclosure.column(kind, key)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    use super::Report;
    use crate::finding::Lang;

    /// `{"summary", "findings": [...]}`, each finding as
    /// [`Finding::view`](crate::finding::Finding::view) with this disclosure's names.
    impl Serialize for Report<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut s = serializer.serialize_struct("Report", 2)?;
            s.serialize_field("summary", &self.summary(Lang::En))?;
            let views: Vec<_> = self.findings.iter().map(|f| f.view(self)).collect();
            s.serialize_field("findings", &views)?;
            s.end()
        }
    }
}
