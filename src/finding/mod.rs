//! What the rules report: [`Severity`], [`Rule`], [`Finding`], [`Place`] and [`Figure`].
//!
//! This module is a leaf: it knows money and the classification codes, and nothing about
//! tables, the narrative, the forms, profiles, the disclosure or the audit. Every check of the
//! crate, wherever it lives, reports in these types, and the audit on top collects them.
//!
//! A finding is **data**: the rule it breaks (a `&'static` [`Rule`], declared once as a
//! `const` beside the code that checks it), the places involved ([`Place`]: a table *kind*,
//! a row key, a column key — never a printed label), the typed figures expected and printed
//! ([`Figure`]: published amounts in their own unit and precision, percentages, counts,
//! printed text) and a [`Message`] that names a bilingual [`Template`] and its arguments.
//! Nothing is formatted while the audit runs. Words are made only when a finding is shown,
//! by [`Finding::message`] and [`Place::display`], with the labels and titles the document
//! prints supplied through [`Names`].
//!
//! ```
//! use final_accounts::finding::{
//!     Area, Figure, Finding, Lang, Place, Rule, Severity, TableKind, Template, Unnamed,
//! };
//! use final_accounts::money::{MoneyUnit, PublishedAmount};
//!
//! const TOTAL: Rule = Rule::new("demo.total", Area::Cross, Severity::Error)
//!     .titled("total equals its parts", "合计等于各项之和")
//!     .described("A demonstration rule.")
//!     .sourced("[D] arithmetic");
//! const BROKEN: Template = Template {
//!     zh: "合计应为{expected}，实为{actual}",
//!     en: "the total should be {expected}, printed {actual}",
//! };
//! let wan = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan);
//! let finding = Finding::new(&TOTAL, &BROKEN)
//!     .at(Place::table(TableKind::Income).row_code("208".parse()?))
//!     .expected(Figure::from(wan("1588.31")?))
//!     .actual(Figure::from(wan("1598.32")?));
//! assert_eq!(finding.severity, Severity::Error);
//! assert_eq!(
//!     finding.message(&Unnamed, Lang::Zh),
//!     "合计应为1588.31万元，实为1598.32万元"
//! );
//! assert_eq!(finding.places[0].display(&Unnamed, Lang::En).to_string(), "收入决算表 row 208");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod edit;
mod location;
mod message;
pub mod phrase;
mod place;
mod quoted;
mod rule;
mod severity;

pub use crate::kind::TableKind;
pub use edit::{Edit, FigureId, Localization, Localized, Relation, Suspect, Term, Typo};
pub use location::Location;
pub use message::{Lang, Message, Template};
pub use place::{Key, Names, Part, Place, PlaceDisplay, Unnamed};
pub use quoted::{Allowance, Figure};
pub use rule::{Area, Rule};
pub use severity::Severity;

#[cfg(feature = "serde")]
mod serde_impl;
#[cfg(feature = "serde")]
pub use serde_impl::FindingView;

use crate::money::{Amount, SumCheck, Verdict};

/// One thing a rule found: which rule, how serious, where, the figures, and why.
///
/// Built with [`Finding::new`] and its builder methods; shown with [`Finding::message`]
/// and [`Place::display`]. `expected` and `actual` are typed figures: an amount keeps its
/// unit and the precision it was printed with, so a 元 table's finding is shown in 元.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule.
    pub rule: &'static Rule,
    /// How serious it is: the rule's severity, or info for a rounding tail.
    pub severity: Severity,
    /// The places involved, most specific first.
    pub places: Vec<Place>,
    /// What the rule expects there.
    pub expected: Option<Figure>,
    /// What is printed there.
    pub actual: Option<Figure>,
    /// The largest difference rounding can explain, for precision-aware rules.
    pub allowance: Option<Allowance>,
    /// What to say, in either language.
    pub message: Message,
    /// For a finding that localizes failing edits: the figure (or figures) to blame, the
    /// rules explained and the findings they replace.
    pub localized: Option<Box<Localized>>,
}

impl Finding {
    /// A finding of `rule`, at the rule's severity, saying `template`.
    #[must_use]
    pub fn new(rule: &'static Rule, template: &'static Template) -> Finding {
        Finding {
            rule,
            severity: rule.severity,
            places: Vec::new(),
            expected: None,
            actual: None,
            allowance: None,
            message: Message::new(template),
            localized: None,
        }
    }

    /// Adds a place (the first one added is the most specific).
    #[must_use]
    pub fn at(mut self, place: Place) -> Finding {
        self.places.push(place);
        self
    }

    /// Adds several places.
    #[must_use]
    pub fn at_all(mut self, places: impl IntoIterator<Item = Place>) -> Finding {
        self.places.extend(places);
        self
    }

    /// Sets the expected figure.
    #[must_use]
    pub fn expected(mut self, figure: impl Into<Figure>) -> Finding {
        self.expected = Some(figure.into());
        self
    }

    /// Sets the printed figure.
    #[must_use]
    pub fn actual(mut self, figure: impl Into<Figure>) -> Finding {
        self.actual = Some(figure.into());
        self
    }

    /// Adds the next positional argument of the message (`{0}`, `{1}`, …).
    #[must_use]
    pub fn arg(mut self, figure: impl Into<Figure>) -> Finding {
        self.message.args.push(figure.into());
        self
    }

    /// Sets the allowance of a precision-aware rule.
    #[must_use]
    pub fn allowance(mut self, allowance: Allowance) -> Finding {
        self.allowance = Some(allowance);
        self
    }

    /// Overrides the severity (a rounding tail is info; a rule may document a milder case).
    #[must_use]
    pub fn severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }

    /// The message in `lang`, places named by `names`.
    #[must_use]
    pub fn message(&self, names: &dyn Names, lang: Lang) -> String {
        self.message.render(self, names, lang)
    }

    /// The first place, if any.
    #[must_use]
    pub fn place(&self) -> Option<&Place> {
        self.places.first()
    }

    /// Whether this finding is of the rule with this id, or explains an edit of it.
    #[must_use]
    pub fn is_of(&self, id: &str) -> bool {
        self.rule.id == id
            || self
                .localized
                .as_ref()
                .is_some_and(|l| l.rules.iter().any(|r| r.id == id))
    }

    /// Every rule the finding stands for: its own, then those of the edits it explains.
    pub fn rules(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        let rule: &'static Rule = self.rule;
        core::iter::once(rule).chain(
            self.localized
                .iter()
                .flat_map(|l| l.rules.iter().copied())
                .filter(move |r| !core::ptr::eq(*r, rule)),
        )
    }

    /// Whether this finding is a rounding tail: info with an allowance.
    #[must_use]
    pub fn is_tail(&self) -> bool {
        self.severity == Severity::Info && self.allowance.is_some()
    }
}

impl Finding {
    /// The message in `lang` followed by the expected and printed figures it does not quote
    /// itself, in the same language: "…（应为34.13%，实为34.12%）", "… (expected 34.13%,
    /// printed 34.12%)".
    #[must_use]
    pub fn explain(&self, names: &dyn Names, lang: Lang) -> String {
        let message = self.message(names, lang);
        let template = match lang {
            Lang::Zh => self.message.template.zh,
            Lang::En => self.message.template.en,
        };
        // A figure the template places, or the message already shows, is not repeated.
        let shown = |name: &str, figure: &Figure| {
            template.contains(name) || message.contains(&figure.in_lang(lang).to_string())
        };
        let expected = self
            .expected
            .as_ref()
            .filter(|e| !shown("{expected}", e))
            .map(|e| e.in_lang(lang).to_string());
        let actual = self
            .actual
            .as_ref()
            .filter(|a| !shown("{actual}", a))
            .map(|a| a.in_lang(lang).to_string());
        // Both figures are shown as soon as one is missing from the message.
        let (expected, actual) = match (&expected, &actual) {
            (None, None) => (None, None),
            _ => (
                self.expected.as_ref().map(|e| e.in_lang(lang).to_string()),
                self.actual.as_ref().map(|a| a.in_lang(lang).to_string()),
            ),
        };
        let figures = match (lang, expected, actual) {
            (_, None, None) => String::new(),
            (Lang::Zh, Some(e), Some(a)) => format!("（应为{e}，实为{a}）"),
            (Lang::Zh, None, Some(a)) => format!("（实为{a}）"),
            (Lang::Zh, Some(e), None) => format!("（应为{e}）"),
            (Lang::En, Some(e), Some(a)) => format!(" (expected {e}, printed {a})"),
            (Lang::En, None, Some(a)) => format!(" (printed {a})"),
            (Lang::En, Some(e), None) => format!(" (expected {e})"),
        };
        format!("{message}{figures}")
    }

    /// The whole finding in `lang`, in one line: severity, rule, first place, and what
    /// [`Finding::explain`] says, places named by `names` (a report names them as its
    /// document prints them).
    ///
    /// ```
    /// use final_accounts::finding::{Finding, Lang, Place, Rule, Area, Severity, Template, Unnamed, phrase};
    /// use final_accounts::finding::TableKind;
    /// const RULE: Rule = Rule { id: "demo.share", area: Area::Narrative, severity: Severity::Error,
    ///     title: "share", title_zh: "占比", description: "", source: "" };
    /// const ZERO: Template = Template { zh: "基数为0，不应列占比", en: "the base is zero: no share" };
    /// let finding = Finding::new(&RULE, &ZERO)
    ///     .at(Place::table(TableKind::IncomeExpenditure))
    ///     .expected(&phrase::NO_PERCENTAGE)
    ///     .actual("0%");
    /// assert_eq!(
    ///     finding.display(&Unnamed, Lang::Zh).to_string(),
    ///     "错误 [demo.share] 收入支出决算总表：基数为0，不应列占比（应为不列百分比，实为0%）"
    /// );
    /// assert_eq!(
    ///     finding.display(&Unnamed, Lang::En).to_string(),
    ///     "error [demo.share] 收入支出决算总表: the base is zero: no share (expected no percentage, printed 0%)"
    /// );
    /// ```
    #[must_use]
    pub fn display<'a>(&'a self, names: &'a dyn Names, lang: Lang) -> FindingDisplay<'a> {
        FindingDisplay {
            finding: self,
            names,
            lang,
        }
    }
}

/// A finding shown in one language: see [`Finding::display`].
pub struct FindingDisplay<'a> {
    finding: &'a Finding,
    names: &'a dyn Names,
    lang: Lang,
}

impl core::fmt::Display for FindingDisplay<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let finding = self.finding;
        let severity = match self.lang {
            Lang::Zh => finding.severity.name_zh().to_owned(),
            Lang::En => finding.severity.to_string(),
        };
        write!(f, "{severity} [{}]", finding.rule.id)?;
        if let Some(place) = finding.places.first() {
            write!(f, " {}", place.display(self.names, self.lang))?;
        }
        let colon = match self.lang {
            Lang::Zh => "：",
            Lang::En => ": ",
        };
        write!(f, "{colon}{}", finding.explain(self.names, self.lang))
    }
}

/// Shows the finding in English with tables named by their content ([`Unnamed`]), as
/// [`Finding::display`] does; `finding.display(&report, Lang::Zh)` shows it in Chinese with the
/// places as its document prints them.
impl core::fmt::Display for Finding {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        self.display(&Unnamed, Lang::En).fmt(f)
    }
}

/// The standard messages of a sum relation (`total = Σ parts`).
pub const SUM_TAIL: Template = Template {
    zh: "{0}：相差{diff}，在尾数误差范围内",
    en: "{0}: differs by {diff}, within the rounding of the printed figures",
};

/// The standard message of a sum relation that rounding cannot explain.
pub const SUM_BROKEN: Template = Template {
    zh: "{0}不成立：应为{expected}，实为{actual}，相差{diff}，超出尾数误差",
    en: "{0} does not hold: the parts add up to {expected}, printed {actual}, a difference of {diff} that rounding cannot explain",
};

/// The standard message of a sum that cannot be computed.
pub const SUM_OVERFLOW: Template = Template {
    zh: "{0}无法核对：金额超出可计算范围",
    en: "{0} cannot be checked: the amounts are out of the range that can be computed",
};

/// Turns a precision-aware sum check into a finding: `None` when exact, info when the
/// difference is a rounding tail, the rule's severity when rounding cannot explain it.
/// `relation` says what should hold ("本年收入合计 = 各项收入之和"), without the place,
/// which the places say.
///
/// ```
/// use final_accounts::finding::{sum_finding, Area, Lang, Rule, Severity, Template, Unnamed};
/// use final_accounts::money::{check_sum, MoneyUnit, PublishedAmount};
/// const RULE: Rule = Rule { id: "demo.sum", area: Area::Cross, severity: Severity::Error,
///     title: "sum", title_zh: "求和", description: "", source: "" };
/// const WHAT: Template = Template { zh: "合计 = 各项之和", en: "the total is the sum of the rows" };
/// let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan);
/// let check = check_sum(&p("109.61")?, &[p("99.98")?, p("9.62")?])?;
/// let finding = sum_finding(&RULE, &check, &WHAT).unwrap();
/// assert_eq!(finding.severity, Severity::Info);
/// assert_eq!(finding.message(&Unnamed, Lang::Zh), "合计 = 各项之和：相差0.01万元，在尾数误差范围内");
/// assert_eq!(finding.allowance.unwrap().to_string(), "±0.015万元");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn sum_finding(
    rule: &'static Rule,
    check: &SumCheck,
    relation: &'static Template,
) -> Option<Finding> {
    let (severity, template) = match check.verdict {
        Verdict::Exact => return None,
        Verdict::WithinRounding => (Severity::Info, &SUM_TAIL),
        Verdict::Inconsistent | Verdict::Undetermined => (rule.severity, &SUM_BROKEN),
    };
    let figure = |amount: Amount| Figure::Money {
        amount,
        unit: check.unit,
        decimals: check.decimals,
    };
    Some(
        Finding::new(rule, template)
            .severity(severity)
            .arg(Figure::Phrase(relation))
            .expected(figure(check.expected))
            .actual(figure(check.actual))
            .allowance(Allowance::Money {
                yuan: check.allowance_yuan,
                unit: check.unit,
            }),
    )
}

/// The finding of a sum that could not be computed (an amount out of range).
#[must_use]
pub fn overflow_finding(rule: &'static Rule, relation: &'static Template) -> Finding {
    Finding::new(rule, &SUM_OVERFLOW).arg(Figure::Phrase(relation))
}
