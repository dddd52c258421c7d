use super::{Finding, Severity};

/// The result of an audit: every finding, in the order the rules produced them.
///
/// ```
/// use final_accounts::audit::{Finding, Location, Report, Severity};
/// let finding = Finding {
///     rule: "t01.income-sum".into(),
///     severity: Severity::Info,
///     locations: vec![Location::table("公开01表").row("27")],
///     expected: Some("1991.05".into()),
///     actual: Some("1991.06".into()),
///     allowance: None,
///     message_zh: String::new(),
///     message_en: String::new(),
/// };
/// let report = Report::new(vec![finding]);
/// assert!(!report.has_errors());
/// assert_eq!(report.count(Severity::Info), 1);
/// assert_eq!(report.summary(), "0 errors, 0 warnings, 1 info");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// A report of these findings.
    #[must_use]
    pub fn new(findings: Vec<Finding>) -> Report {
        Report { findings }
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

    /// The findings of one rule.
    pub fn of_rule<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.rule == rule)
    }

    /// The findings at or above a severity.
    pub fn at_least(&self, severity: Severity) -> impl Iterator<Item = &Finding> + '_ {
        self.findings.iter().filter(move |f| f.severity >= severity)
    }

    /// The findings grouped by the table of their first location, in order of first appearance;
    /// findings without a table are grouped under `None`.
    #[must_use]
    pub fn by_table(&self) -> Vec<(Option<&str>, Vec<&Finding>)> {
        let mut groups: Vec<(Option<&str>, Vec<&Finding>)> = Vec::new();
        for finding in &self.findings {
            let table = finding.locations.first().and_then(|l| l.table.as_deref());
            match groups.iter_mut().find(|(t, _)| *t == table) {
                Some((_, list)) => list.push(finding),
                None => groups.push((table, vec![finding])),
            }
        }
        groups
    }

    /// "N errors, N warnings, N info".
    #[must_use]
    pub fn summary(&self) -> String {
        format!(
            "{} errors, {} warnings, {} info",
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Info)
        )
    }
}
