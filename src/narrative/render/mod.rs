//! The standard paragraphs of the 说明 (一 … 十), written from the computed figures, each
//! sentence with the claims it makes.

use crate::classification::Level;
use crate::profile::{Form, NarrativeTemplate, Profile};

use super::compute::StandardFigures;
use super::{Figures, Inputs, Statement, compute};

mod itemized;
mod line;
mod summary;

use line::{Line, paragraph};

/// One rendered paragraph: its section label, its heading, its text (lines joined with `\n`)
/// and the same text as [`Statement`]s, one per line, each with the claims it makes and the
/// reason it gives, ready for [`Narrative`](super::Narrative) and the checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Paragraph {
    /// The section label: "一", "五（二）", "九（一）".
    pub section: String,
    /// The heading, as the templates print it.
    pub title: String,
    /// The heading of the chapter the paragraph is in: its own title for a chapter
    /// ("一" … "四"), the chapter's for a sub-section ("五（二）" is in
    /// "一般公共预算财政拨款支出决算情况说明").
    pub chapter: String,
    /// The text, one line per sentence or list item.
    pub text: String,
    /// The lines of the text as statements, in order: what each states, as claims.
    pub statements: Vec<Statement>,
}

/// How a change from a zero prior year is worded: there is no growth rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ZeroBase {
    /// "增加254.97万元（上年为0）": the amount, and that the prior year was zero (the default).
    #[default]
    PriorYearZero,
    /// "增加254.97万元，增长∞%", as the 2023 Shanxi documents print it.
    Infinity,
    /// "增加254.97万元": the amount alone.
    AmountOnly,
}

/// How to render.
///
/// ```
/// use final_accounts::narrative::{RenderOptions, ZeroBase};
/// let options = RenderOptions::default().with_zero_base(ZeroBase::Infinity);
/// assert_eq!(options.zero_base, ZeroBase::Infinity);
/// assert_eq!(RenderOptions::default().zero_base, ZeroBase::PriorYearZero);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions<'t> {
    /// How a change from a zero prior year is worded; never "增长100%".
    pub zero_base: ZeroBase,
    /// The level of the 公开05表 lines the 具体情况 paragraph (五（三）) gives a sentence each:
    /// 类 (the default, as the Shanxi template) or 项 (as the Shanghai template); a
    /// [`Profile`](crate::profile::Profile) says which.
    pub detail_level: Level,
    /// How the template writes its 说明: its sections in order, their labels and headings,
    /// their sentence forms and wording; [`Profile::shanxi_2023`]'s by default.
    pub template: &'t NarrativeTemplate,
}

impl Default for RenderOptions<'static> {
    fn default() -> Self {
        RenderOptions {
            zero_base: ZeroBase::default(),
            detail_level: Level::Class,
            template: Profile::shanxi_2023().narrative(),
        }
    }
}

impl<'t> RenderOptions<'t> {
    /// The same options with this wording of a zero prior year.
    #[must_use]
    pub fn with_zero_base(self, zero_base: ZeroBase) -> RenderOptions<'t> {
        RenderOptions { zero_base, ..self }
    }

    /// The same options writing the 说明 as `template` says (a profile's
    /// [`narrative`](Profile::narrative)).
    #[must_use]
    pub fn with_template(self, template: &NarrativeTemplate) -> RenderOptions<'_> {
        RenderOptions {
            zero_base: self.zero_base,
            detail_level: self.detail_level,
            template,
        }
    }

    /// The same options giving a sentence to each line of this level in 五（三）.
    #[must_use]
    pub fn with_detail_level(self, detail_level: Level) -> RenderOptions<'t> {
        RenderOptions {
            detail_level,
            ..self
        }
    }
}

/// What a sentence form is given to write one paragraph: the figures, the inputs, the
/// figures computed from them and the options.
struct Context<'a> {
    figures: &'a dyn Figures,
    inputs: &'a Inputs,
    s: &'a StandardFigures,
    o: RenderOptions<'a>,
}

impl Context<'_> {
    /// The template's phrase opening a comparison with last year ("与上年相比").
    fn compared(&self) -> String {
        self.o.template.compared(self.inputs.year.saturating_sub(1))
    }
}

/// Renders the paragraphs of the 说明 that the template lists
/// ([`RenderOptions::template`]), in its order, under its labels and headings, each in its
/// sentence form, from the tables and the inputs. Paragraphs whose figures the disclosure lacks
/// are left out; sentences that need a prior year or a budget are left out when it is not
/// given; a zero budget gets no completion rate (the spec's "完成全年预算的0%" is the error this
/// avoids) and a zero prior year no growth rate (worded as [`RenderOptions::zero_base`] says).
/// Every line comes with its [`Statement`]: what it states, as claims the checks verify.
///
/// ```
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::{render, CountRef, FigureRef, Figures, GeneralPublicRow, Inputs, RenderOptions};
/// use final_accounts::profile::Profile;
/// struct NoStateCapital;
/// impl Figures for NoStateCapital {
///     fn amount(&self, f: &FigureRef) -> Option<PublishedAmount> {
///         let zero = PublishedAmount::parse("0.00", MoneyUnit::WanYuan).ok();
///         matches!(f, FigureRef::StateCapital { .. } | FigureRef::StateCapitalIncome).then_some(zero).flatten()
///     }
///     fn count(&self, _: &CountRef) -> Option<u64> { None }
///     fn general_public_rows(&self) -> Vec<GeneralPublicRow> { Vec::new() }
/// }
/// let shanxi = render(&NoStateCapital, &Inputs::new(2023), RenderOptions::default());
/// assert_eq!(shanxi.len(), 1);
/// assert_eq!((shanxi[0].section.as_str(), shanxi[0].text.as_str()), ("八", "本年度无此项支出。"));
/// assert_eq!(shanxi[0].statements[0].claims().len(), 1);
/// let mut inputs = Inputs::new(2024);
/// inputs.unit_name = Some("上海市某某局".to_owned());
/// let template = Profile::shanghai_2024().narrative();
/// let shanghai = render(&NoStateCapital, &inputs, RenderOptions::default().with_template(template));
/// assert_eq!(shanghai[0].section, "九");
/// assert_eq!(shanghai[0].text, "上海市某某局2024年度无国有资本经营预算财政拨款收入和支出。");
/// ```
#[must_use]
pub fn render(
    figures: &dyn Figures,
    inputs: &Inputs,
    options: RenderOptions<'_>,
) -> Vec<Paragraph> {
    let s = compute(figures, inputs);
    let context = Context {
        figures,
        inputs,
        s: &s,
        o: options,
    };
    let template = options.template;
    let mut paragraphs = Vec::new();
    for section in &template.sections {
        let lines = match section.form {
            Form::Itemized => itemized::lines(section.content, &context),
            Form::Summary => summary::lines(section.content, &context),
        };
        let Some(lines) = lines else {
            continue;
        };
        let mut p = paragraph(&section.label, &section.title, lines);
        if let Some((major, _)) = section.label.split_once('（')
            && let Some(chapter) = template.chapter(major)
        {
            chapter.clone_into(&mut p.chapter);
        }
        paragraphs.push(p);
    }
    paragraphs
}

/// "{subject}X万元，占本年支出合计的Y%。{compared}，一般公共预算财政拨款支出增加…。{because}…。":
/// the general public budget's total, its share and its change, in either form.
fn general_public_total(c: &Context<'_>, subject: &str, because: &str) -> Lines {
    let gp = c.s.general_public.as_ref()?;
    let mut first = Line::new(subject);
    first.amount(gp.figure, &gp.amount);
    if let Some(share) = gp.share {
        first.share(
            "，占本年支出合计的",
            gp.figure,
            super::FigureRef::ExpenditureTotal,
            share,
        );
    }
    first.push("。");
    if let Some(change) = &gp.change {
        first.push(&format!("{}，{}", c.compared(), line::phrase(gp.figure)));
        first.change(gp.figure, change, c.o);
        first.push("。");
        if first.reason(c.inputs, "五（一）", because) {
            first.push("。");
        }
    }
    Some(vec![first])
}

/// The lines of the paragraph stating `content`, in a sentence form, when the disclosure has
/// its figures.
type Lines = Option<Vec<Line>>;
