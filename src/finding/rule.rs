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
/// Each rule is a `pub const` declared once, at the top of the file that checks it, with the
/// one form [`Rule::new`] … [`Rule::sourced`]; findings point at it (`&'static Rule`), so no
/// site can misspell an id or forget the severity. The module's `RULES` list names it, and the
/// audit's catalog (`audit::rules()`) lists them all, like lints.
///
/// Ids are stable: `area.name`, with the areas of [`Area`].
///
/// ```
/// use final_accounts::finding::{Area, Rule, Severity};
///
/// /// `x.demo`: see the module's `RULES`.
/// pub const DEMO: Rule = Rule::new("x.demo", Area::Cross, Severity::Warning)
///     .titled("a demonstration", "示例")
///     .described("What the rule checks, in a sentence or two.")
///     .sourced("[D] arithmetic");
///
/// assert_eq!(DEMO.id, "x.demo");
/// assert_eq!(DEMO.title_zh, "示例");
/// assert_eq!(DEMO.source, "[D] arithmetic");
/// ```
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

impl Rule {
    /// Starts the declaration of a rule: its id, area and severity. The declaration goes on
    /// with [`Rule::titled`], [`Rule::described`] and [`Rule::sourced`]; the whole of it is a
    /// `const` expression (see [`Rule`]).
    #[must_use]
    pub const fn new(id: &'static str, area: Area, severity: Severity) -> Rule {
        Rule {
            id,
            area,
            severity,
            title: "",
            title_zh: "",
            description: "",
            source: "",
        }
    }

    /// The rule with its short titles, in English and in Chinese.
    #[must_use]
    pub const fn titled(self, title: &'static str, title_zh: &'static str) -> Rule {
        Rule {
            title,
            title_zh,
            ..self
        }
    }

    /// The rule with what it checks, in a sentence or two.
    #[must_use]
    pub const fn described(self, description: &'static str) -> Rule {
        Rule {
            description,
            ..self
        }
    }

    /// The rule with where it comes from, with the confidence marks of the `source` field.
    #[must_use]
    pub const fn sourced(self, source: &'static str) -> Rule {
        Rule { source, ..self }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}
