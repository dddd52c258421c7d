//! The checks of the narrative against the tables, one file per kind of claim.
//!
//! Nothing is formatted while the checks run: a figure is resolved to its value and interval
//! only ([`Value`]), and its place and shown figure are built when a finding is emitted.

pub(super) mod amount;
pub(super) mod change;
pub(super) mod completion;
pub(super) mod counts;
pub(super) mod coverage;
pub(super) mod lines;
pub(super) mod lists;
pub(super) mod placed;
mod rate;
pub(super) mod share;
pub(super) mod sign;
pub(super) mod text;
mod value;
pub(super) mod versus;

use crate::classification::{FunctionCode, Level};
use crate::finding::{Area, Figure, Finding, Place, Rule, Severity, Template};
use crate::money::{Precision, PublishedAmount, PublishedPercent};

use super::text::RESIDUE_PATTERNS;
use super::{Claim, FigureRef, Figures, Narrative, Statement};
use value::{Evaluations, Value};

/// `narrative.missing-reason`: see [`RULES`](crate::narrative::RULES).
pub const MISSING_REASON: Rule = Rule::new("narrative.missing-reason", Area::Narrative, Severity::Warning)
    .titled("change or budget gap without a reason", "缺少原因说明")
    .described("A statement that reports a change from last year, or a 决算 different from its 预算, gives no reason (主要原因…).")
    .sourced("DOMAIN.md §5; 财预〔2016〕143号 [S]");

/// `narrative.unverifiable`: see [`RULES`](crate::narrative::RULES).
pub const UNVERIFIABLE: Rule = Rule::new("narrative.unverifiable", Area::Narrative, Severity::Info)
    .titled("stated figure not in the disclosure", "说明数无表可核")
    .described("A claim names a figure the disclosure does not have (its template has no such row): it cannot be verified against a table; shares, rates and completions that use it are checked against the amount the narrative itself states for it.")
    .sourced("design");

/// Parameters of the narrative checks.
///
/// ```
/// use final_accounts::classification::Level;
/// use final_accounts::narrative::CheckOptions;
/// let options = CheckOptions::default();
/// assert_eq!(options.detail_level, Level::Class);
/// assert_eq!(options.detail_section.as_deref(), Some("五（三）"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckOptions {
    /// The level of 公开05表 lines each expected to have a sentence in the 具体情况 paragraph
    /// (`narrative.detail-coverage`). Default: 类 \[S\]; some templates (Shanghai) go down to 项.
    pub detail_level: Level,
    /// The section label of the 具体情况 paragraph (prefix match, parenthesis width ignored);
    /// `None` looks in every section. Default: "五（三）", its place in both known templates.
    pub detail_section: Option<String>,
    /// Template placeholders (`narrative.residue`). Default: [`RESIDUE_PATTERNS`].
    pub residue_patterns: Vec<String>,
    /// Prior-year figures, when known (for `narrative.change-amount` and the direction of a
    /// change); the narrative's own changes are otherwise the only source of the prior year.
    pub prior_year: Vec<(FigureRef, PublishedAmount)>,
    /// The decimals the narrative prints its amounts and rates to, dropping trailing zeros
    /// ("5万元" for 5.00, "100%" for 100.00%): a figure printed with fewer digits is read at
    /// this precision. `None` reads each figure at the digits printed (the widest reading).
    /// Default `None`. A profile declares it only where its template fixes the decimals: a "98%"
    /// may be 98.00% or a rate to whole percent, so the built-in profiles do not.
    pub decimals: Option<u32>,
    /// Official names of functional lines (a catalog's), for lines the tables do not print:
    /// the names the 说明 may give them (`narrative.line-name`). The audit fills it from its
    /// functional catalog for the lines the narrative is about. Default: none.
    pub official_names: Vec<(FunctionCode, String)>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            detail_level: Level::Class,
            detail_section: Some("五（三）".to_owned()),
            residue_patterns: RESIDUE_PATTERNS.iter().map(|s| (*s).to_owned()).collect(),
            prior_year: Vec::new(),
            decimals: None,
            official_names: Vec::new(),
        }
    }
}

impl CheckOptions {
    /// The options with these prior-year figures.
    #[must_use]
    pub fn with_prior_year(mut self, prior_year: Vec<(FigureRef, PublishedAmount)>) -> Self {
        self.prior_year = prior_year;
        self
    }

    /// The options with this 具体情况 level.
    #[must_use]
    pub fn with_detail_level(mut self, level: Level) -> Self {
        self.detail_level = level;
        self
    }
}

const UNVERIFIABLE_FIGURE: Template = Template {
    zh: "“{0}”在公开表中没有对应数据，无法核对",
    en: "the disclosure has no figure for {0}; the claim cannot be verified",
};

const REASON_MISSING: Template = Template {
    zh: "说明了变动或决算与预算的差异，但未说明原因",
    en: "reports a change or a gap between 决算 and 预算 without giving the reason",
};

/// The state of one run of the checks.
struct Ctx<'a> {
    figures: &'a dyn Figures,
    evaluations: Evaluations<'a>,
    options: &'a CheckOptions,
    /// The residue patterns of the options, borrowed once.
    residue: Vec<&'a str>,
    /// The amounts the narrative itself states, with the section that states each: a figure
    /// no table prints is still checked against the narrative's own statement of it (a share
    /// of 授予中小企业合同金额, a part of 公务接待费).
    stated: Vec<(FigureRef, PublishedAmount, &'a str)>,
    out: Vec<Finding>,
    /// The stated amounts against the figures they state, as edits, when `record`.
    edits: Vec<crate::finding::Edit>,
    record: bool,
}

/// A finding of `rule` about the statement `st`: its section is the first place.
fn finding(st: &Statement, rule: &'static Rule, template: &'static Template) -> Finding {
    Finding::new(rule, template).at(Place::narrative(st.section()))
}

/// The name of a figure, as a message argument.
fn named(figure: &FigureRef) -> Figure {
    Figure::text(figure.name())
}

impl<'a> Ctx<'a> {
    /// Reports that the disclosure has no figure for `what` (`narrative.unverifiable`).
    fn unverifiable(&mut self, st: &Statement, what: Figure) {
        self.out
            .push(finding(st, &UNVERIFIABLE, &UNVERIFIABLE_FIGURE).arg(what));
    }

    /// The figure from the tables; if they have none, reported as unverifiable and read from
    /// the narrative's own statement of it, if any.
    fn resolve_or_note(&mut self, st: &Statement, figure: &FigureRef) -> Option<Value<'a>> {
        let v = self.evaluations.resolve(figure);
        if v.is_none() {
            self.unverifiable(st, named(figure));
            return self.stated_value(figure);
        }
        v
    }

    /// The figure from the tables or, failing that, from the narrative's own statement of it.
    fn resolve_or_stated(&self, figure: &FigureRef) -> Option<Value<'a>> {
        self.evaluations
            .resolve(figure)
            .or_else(|| self.stated_value(figure))
    }

    /// A stated amount read at the narrative's declared precision.
    fn declared(&self, p: PublishedAmount) -> PublishedAmount {
        match (self.options.decimals, p.precision()) {
            (Some(d), Precision::Rounded { decimals }) if decimals < d => {
                PublishedAmount::new(p.amount(), p.unit(), Precision::Rounded { decimals: d })
                    .unwrap_or(p)
            }
            _ => p,
        }
    }

    /// A stated rate read at the narrative's declared precision.
    fn declared_rate(&self, p: PublishedPercent) -> PublishedPercent {
        match self.options.decimals {
            Some(d) if p.decimals() < d => {
                PublishedPercent::new(p.percent().value(), d).unwrap_or(p)
            }
            _ => p,
        }
    }

    /// A figure no table prints, as the narrative itself states it (first statement wins).
    fn stated_value(&self, figure: &FigureRef) -> Option<Value<'a>> {
        self.stated
            .iter()
            .find(|(f, _, _)| f == figure)
            .map(|&(_, amount, section)| Value::stated(self.declared(amount), section))
    }

    /// The checks of one statement, in the order of its claims.
    fn statement(&mut self, st: &'a Statement) {
        self.text(st);
        let mut needs_reason = false;
        for claim in st.claims() {
            self.signs(st, claim);
            match claim {
                Claim::Amount(a) => self.amount(st, a),
                Claim::Share(s) => self.share(st, s),
                Claim::Change(c) => needs_reason |= self.change(st, c),
                Claim::Completion(c) => needs_reason |= self.completion(st, c),
                Claim::VersusBudget(v) => needs_reason |= self.versus_budget(st, v),
                Claim::Count { count, stated } => self.count(st, count, *stated),
                Claim::GradeCount(g) => self.grade_count(st, g),
                Claim::Nil(f) => self.nil(st, f),
            }
        }
        if needs_reason && st.reason().is_none() {
            self.out.push(
                finding(st, &MISSING_REASON, &REASON_MISSING).expected(Figure::Static("主要原因…")),
            );
        }
        self.claims_in_text(st);
        self.claims_placed(st);
        self.line_names(st);
        self.listed_zero(st);
    }
}

/// Checks the narrative against the disclosure's figures and returns every finding, in
/// statement order, then the parts stated together, then the coverage of 公开05表 lines.
///
/// Precision-aware throughout: a stated figure whose printed interval meets the table's is at
/// most info; rates are checked over the intervals of the figures they are computed from
/// (as [`check_rate`](crate::money::check_rate) does); growth rates use the prior year the
/// narrative implies (current − change). Each finding names the statement's section first,
/// then the cells it compares, by content (shown with the document's labels by
/// [`Place::display`]).
///
/// ```
/// use final_accounts::classification::FunctionCode;
/// use final_accounts::finding::{Lang, Unnamed};
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::{check, CheckOptions, Claim, CountRef, FigureRef, Figures,
///     GeneralPublicRow, Narrative, Statement};
///
/// struct Tables;
/// impl Figures for Tables {
///     fn amount(&self, f: &FigureRef) -> Option<PublishedAmount> {
///         match f {
///             FigureRef::IncomeTotal => PublishedAmount::parse("1,991.06", MoneyUnit::WanYuan).ok(),
///             _ => None,
///         }
///     }
///     fn count(&self, _: &CountRef) -> Option<u64> { None }
///     fn general_public_rows(&self) -> Vec<GeneralPublicRow> { Vec::new() }
/// }
///
/// let text = "2023年度收入合计1,992.06万元";
/// let wrong = Statement::new("二", text, vec![Claim::amount(FigureRef::IncomeTotal, "1,992.06")?], None)?;
/// let findings = check(&Narrative::new(vec![wrong]), &Tables, &CheckOptions::default());
/// assert_eq!(findings.len(), 1);
/// let f = &findings[0];
/// assert_eq!(f.rule.id, "narrative.amount");
/// assert_eq!(f.expected.as_ref().map(ToString::to_string).as_deref(), Some("1991.06"));
/// let places: Vec<String> = f.places.iter().map(|p| p.display(&Unnamed, Lang::En).to_string()).collect();
/// assert_eq!(places, ["说明 row 二", "收入支出决算总表 row 本年收入合计"]);
/// assert_eq!(
///     f.message(&Unnamed, Lang::Zh),
///     "本年收入合计说明数1992.06万元，表内数1991.06万元，不一致"
/// );
/// # Ok::<(), final_accounts::narrative::NarrativeError>(())
/// ```
#[must_use]
pub fn check(narrative: &Narrative, figures: &dyn Figures, options: &CheckOptions) -> Vec<Finding> {
    run(narrative, figures, options, false).0
}

/// The findings of [`check`] and every stated amount checked against the one printed figure it
/// states, as an edit (`narrative.amount`; each naming the index of its finding, if any).
#[must_use]
pub fn check_edits(
    narrative: &Narrative,
    figures: &dyn Figures,
    options: &CheckOptions,
) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
    run(narrative, figures, options, true)
}

fn run(
    narrative: &Narrative,
    figures: &dyn Figures,
    options: &CheckOptions,
    record: bool,
) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
    let stated = narrative
        .statements
        .iter()
        .flat_map(|st| {
            st.claims().iter().filter_map(move |claim| match claim {
                Claim::Amount(a) => Some((a.figure(), a.stated(), st.section())),
                _ => None,
            })
        })
        .collect();
    let mut ctx = Ctx {
        figures,
        evaluations: Evaluations::new(figures),
        options,
        residue: options
            .residue_patterns
            .iter()
            .map(String::as_str)
            .collect(),
        stated,
        out: Vec::new(),
        edits: Vec::new(),
        record,
    };
    for st in &narrative.statements {
        ctx.statement(st);
    }
    ctx.parts_together(narrative);
    ctx.lists(narrative);
    ctx.coverage(narrative);
    (ctx.out, ctx.edits)
}
