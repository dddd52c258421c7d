use core::fmt;

use super::{Severity, TableKind};

/// The part of the audit a rule belongs to; the prefix of its id.
///
/// ```
/// use final_accounts::finding::{Area, TableKind};
/// assert_eq!(Area::Table(TableKind::Income).prefix(), "t02");
/// assert_eq!(Area::Cross.prefix(), "x");
/// assert_eq!(Area::Narrative.name_zh(), "说明");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Area {
    /// Inside one table (`t01` … `t10`).
    Table(TableKind),
    /// The document as a whole: labels, titles, order, unit, year (`doc`).
    Document,
    /// Between tables (`x`).
    Cross,
    /// Classification codes against the catalog (`code`).
    Code,
    /// The narrative against the tables (`narrative`).
    Narrative,
    /// The self-evaluation forms (`eval`).
    Evaluation,
}

impl Area {
    /// The prefix of the ids of its rules.
    #[must_use]
    pub fn prefix(self) -> &'static str {
        match self {
            Area::Table(kind) => kind.rule_area(),
            Area::Document => "doc",
            Area::Cross => "x",
            Area::Code => "code",
            Area::Narrative => "narrative",
            Area::Evaluation => "eval",
        }
    }

    /// What the area is called in a report, in Chinese.
    #[must_use]
    pub fn name_zh(self) -> &'static str {
        match self {
            Area::Table(kind) => kind.name_zh(),
            Area::Document => "文档",
            Area::Cross => "表间关系",
            Area::Code => "科目编码",
            Area::Narrative => "说明",
            Area::Evaluation => "绩效自评表",
        }
    }

    /// What the area is called in a report, in English.
    #[must_use]
    pub fn name_en(self) -> &'static str {
        match self {
            Area::Table(_) => "table arithmetic",
            Area::Document => "document",
            Area::Cross => "between tables",
            Area::Code => "classification codes",
            Area::Narrative => "narrative",
            Area::Evaluation => "self-evaluation forms",
        }
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix())
    }
}

/// A rule: its stable id, area, default severity, what it checks and where it comes from.
///
/// Each rule is a `const` declared once, beside the code that checks it; findings point at it
/// (`&'static Rule`), so no site can misspell an id or forget the severity. The audit's
/// catalog (`audit::rules()`) lists them all, like lints.
///
/// Ids are stable: `area.name`, with the areas of [`Area`].
#[derive(Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Rule {
    /// The stable id, e.g. `t01.income-sum`.
    pub id: &'static str,
    /// The area; the prefix of the id.
    #[cfg_attr(feature = "serde", serde(serialize_with = "super::serde_impl::area"))]
    pub area: Area,
    /// The severity of a violation (a rounding tail is always reported as info).
    pub severity: Severity,
    /// A short title in English.
    pub title: &'static str,
    /// A short title in Chinese.
    pub title_zh: &'static str,
    /// What the rule checks, in a sentence or two.
    pub description: &'static str,
    /// Where the rule comes from, with the confidence marks of the domain notes: \[P\] official
    /// page or form, \[S\] several secondary sources, \[D\] follows from the template's
    /// arithmetic, \[V\] vendor or checker code only, \[U\] unconfirmed.
    pub source: &'static str,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}
