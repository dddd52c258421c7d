use super::Severity;

/// A rule the audit applies: its stable id, its default severity, what it checks and where it
/// comes from. The list of all rules is [`rules`](super::rules), like a lint list.
///
/// Ids are stable: `area.name`, with areas `t01` … `t10` (inside one table), `x` (between
/// tables), `doc` (labels, unit, year), `code` (classification), `narrative` and `eval`
/// (self-evaluation forms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RuleInfo {
    /// The stable id, e.g. `t01.income-sum`.
    pub id: &'static str,
    /// A short title in English.
    pub title: &'static str,
    /// A short title in Chinese.
    pub title_zh: &'static str,
    /// The severity of a violation (a rounding tail is always reported as info).
    pub severity: Severity,
    /// What the rule checks, in a sentence or two.
    pub description: &'static str,
    /// Where the rule comes from, with the confidence marks of the domain notes: \[P\] official
    /// page or form, \[S\] several secondary sources, \[D\] follows from the template's
    /// arithmetic, \[V\] vendor or checker code only, \[U\] unconfirmed.
    pub source: &'static str,
}
