//! The standard paragraphs of the 说明 (一 … 十), written from the computed figures, each
//! sentence with the claims it makes.

use rust_decimal::Decimal;

use crate::classification::Level;
use crate::money::{Direction, Percent, PublishedAmount, YearOnYear};

use super::compute::Computed;
use super::{
    Budget, ChangeWord, Claim, CountRef, FigureRef, Figures, Inputs, ProcurementItem,
    ReceptionScope, Stage, StatedRate, Statement, ThreePublicItem, VehicleCategory,
};
use crate::evaluation::{GradeCount, Rollup};

mod shanghai;
mod shanxi;

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

/// Whose template the 说明 follows: its sections, their numbering and phrasing.
///
/// ```
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::{render, CountRef, FigureRef, Figures, GeneralPublicRow, Inputs, RenderOptions, Style};
/// struct NoStateCapital;
/// impl Figures for NoStateCapital {
///     fn amount(&self, f: &FigureRef) -> Option<PublishedAmount> {
///         let zero = PublishedAmount::parse("0.00", MoneyUnit::WanYuan).ok();
///         matches!(f, FigureRef::StateCapital { .. } | FigureRef::StateCapitalIncome).then_some(zero).flatten()
///     }
///     fn count(&self, _: &CountRef) -> Option<u64> { None }
///     fn general_public_rows(&self) -> Vec<GeneralPublicRow> { Vec::new() }
/// }
/// let mut inputs = Inputs::new(2024);
/// inputs.unit_name = Some("上海市某某局".to_owned());
/// let shanghai = render(&NoStateCapital, &inputs, RenderOptions::default().with_style(Style::Shanghai2024));
/// assert_eq!(shanghai[0].section, "九");
/// assert_eq!(shanghai[0].text, "上海市某某局2024年度无国有资本经营预算财政拨款收入和支出。");
/// let shanxi = render(&NoStateCapital, &inputs, RenderOptions::default());
/// assert_eq!((shanxi[0].section.as_str(), shanxi[0].text.as_str()), ("八", "本年度无此项支出。"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Style {
    /// The 2023 Shanxi template: 一 … 十, 九 the 三公 经费, 五（三） a sentence per 类 with its
    /// 年初预算, completion and change (the default).
    #[default]
    Shanxi2023,
    /// The 2024 Shanghai template: 一 … 十一, 七 the 三公 经费, 八/九 the fund budgets, 十 the
    /// performance management, 五（三） a numbered sentence per 项 compared with its 年初预算.
    Shanghai2024,
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
pub struct RenderOptions {
    /// How a change from a zero prior year is worded; never "增长100%".
    pub zero_base: ZeroBase,
    /// The level of the 公开05表 lines the 具体情况 paragraph (五（三）) gives a sentence each:
    /// 类 (the default, as the Shanxi template) or 项 (as the Shanghai template); a
    /// [`Profile`](crate::profile::Profile) says which.
    pub detail_level: Level,
    /// Whose template the sections and their phrasing follow.
    pub style: Style,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            zero_base: ZeroBase::default(),
            detail_level: Level::Class,
            style: Style::default(),
        }
    }
}

impl RenderOptions {
    /// The same options with this wording of a zero prior year.
    #[must_use]
    pub fn with_zero_base(self, zero_base: ZeroBase) -> RenderOptions {
        RenderOptions { zero_base, ..self }
    }

    /// The same options in the sections and phrasing of `style`.
    #[must_use]
    pub fn with_style(self, style: Style) -> RenderOptions {
        RenderOptions { style, ..self }
    }

    /// The same options giving a sentence to each line of this level in 五（三）.
    #[must_use]
    pub fn with_detail_level(self, detail_level: Level) -> RenderOptions {
        RenderOptions {
            detail_level,
            ..self
        }
    }
}

/// An amount as the 说明 prints it: "0" for zero, else grouped with the table's decimals
/// ("1,990.89").
fn amt(a: &PublishedAmount) -> String {
    if a.amount().is_zero() {
        "0".to_owned()
    } else {
        format!("{a:#}")
    }
}

/// A percentage as the 说明 prints it: "0%" for zero, else two decimals ("99.99%").
fn pct(p: Percent) -> String {
    let mut v = p.value();
    if v.is_zero() {
        return "0%".to_owned();
    }
    v.rescale(2);
    format!("{v}%")
}

/// A magnitude in 万元 as the 说明 prints it.
fn wan(d: Decimal) -> String {
    let mut v = d.abs();
    v.rescale(2);
    let a = PublishedAmount::parse(&v.to_string(), crate::money::MoneyUnit::WanYuan).ok();
    a.map_or_else(|| v.to_string(), |a| amt(&a))
}

/// An exact amount in 万元 to two decimals, half away from zero, as the 说明 states a sum.
fn wan_amount(amount: crate::money::Amount) -> Option<PublishedAmount> {
    PublishedAmount::round(amount, crate::money::MoneyUnit::WanYuan, 2).ok()
}

fn rate_abs(p: Percent) -> Percent {
    Percent::new(p.value().abs()).unwrap_or(p)
}

/// One line of a paragraph being written: its text and the claims it makes, in text order.
#[derive(Default)]
struct Line {
    text: String,
    claims: Vec<Claim>,
    reason: Option<String>,
}

impl Line {
    fn new(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            ..Line::default()
        }
    }

    fn push(&mut self, text: &str) -> &mut Line {
        self.text.push_str(text);
        self
    }

    fn claim(&mut self, claim: Result<Claim, super::NarrativeError>) {
        // The claim is built from the very text printed, so it always reads back; a failure
        // would leave the claim out, which the round-trip tests would show.
        if let Ok(claim) = claim {
            self.claims.push(claim);
        }
    }

    /// Prints an amount in 万元 ("1,990.89万元") and claims it for `figure`.
    fn amount(&mut self, figure: FigureRef, a: &PublishedAmount) -> &mut Line {
        let printed = amt(a);
        self.text.push_str(&printed);
        self.text.push_str("万元");
        self.claim(Claim::amount(figure, &printed));
        self
    }

    /// Prints a share ("占比91.49%" after `lead`) of `part` in `whole`.
    fn share(&mut self, lead: &str, part: FigureRef, whole: FigureRef, p: Percent) -> &mut Line {
        let printed = pct(p);
        self.text.push_str(lead);
        self.text.push_str(&printed);
        self.claim(Claim::share(part, whole, &printed));
        self
    }

    /// Prints a completion rate ("完成年初预算的136.96%" after `lead`).
    fn completion(&mut self, lead: &str, figure: FigureRef, budget: Budget, p: Percent) {
        let printed = pct(p);
        self.text.push_str(lead);
        self.text.push_str(&printed);
        self.claim(Claim::completion(figure, budget, &printed));
    }

    /// Prints a change ("增加736.34万元，增长54.96%", "与上年相同") and claims it.
    fn change(&mut self, figure: FigureRef, change: &YearOnYear, o: RenderOptions) {
        let diff = change.difference().wan_yuan();
        let (word, rate_word) = match change.direction() {
            Direction::Increase => (ChangeWord::Increase, ChangeWord::Grow),
            Direction::Decrease => (ChangeWord::Decrease, ChangeWord::Decline),
            Direction::Flat => (ChangeWord::SameAsLastYear, ChangeWord::Flat),
        };
        match change {
            YearOnYear::Changed { rate, .. } if !diff.is_zero() => {
                let amount = wan(diff);
                let rate = pct(rate_abs(*rate));
                self.text
                    .push_str(&format!("{word}{amount}万元，{rate_word}{rate}"));
                self.claim(
                    StatedRate::parse(&rate).and_then(|r| {
                        Claim::change(figure, word, Some(&amount), Some(rate_word), r)
                    }),
                );
            }
            YearOnYear::FromZero { .. } => {
                let amount = wan(diff);
                self.text.push_str(&format!("{word}{amount}万元"));
                let (rate_word, rate) = match o.zero_base {
                    ZeroBase::Infinity => {
                        self.text.push_str(&format!("，{rate_word}∞%"));
                        (Some(rate_word), StatedRate::Infinite)
                    }
                    ZeroBase::PriorYearZero => {
                        self.text.push_str("（上年为0）");
                        (None, StatedRate::Omitted)
                    }
                    ZeroBase::AmountOnly => (None, StatedRate::Omitted),
                };
                self.claim(Claim::change(figure, word, Some(&amount), rate_word, rate));
            }
            _ => {
                self.text.push_str("与上年相同");
                self.claim(Claim::change(
                    figure,
                    ChangeWord::SameAsLastYear,
                    None,
                    None,
                    StatedRate::Omitted,
                ));
            }
        }
    }

    /// Appends "{lead}{reason}" when `section` has a reason, and records it.
    fn reason(&mut self, inputs: &Inputs, section: &str, lead: &str) -> bool {
        match inputs.reason(section) {
            Some(r) => {
                self.text.push_str(lead);
                self.text.push_str(r);
                self.reason = Some(r.to_owned());
                true
            }
            None => false,
        }
    }
}

impl Line {
    /// Prints `text` and claims the count it states.
    fn count(&mut self, text: &str, count: CountRef, n: u64) {
        self.text.push_str(text);
        self.claims.push(Claim::count(count, n));
    }

    /// Claims each grade's count of the forms and returns them as `each` words them.
    fn grades(&mut self, rollup: &Rollup, each: impl Fn(&GradeCount) -> String) -> Vec<String> {
        rollup
            .grades
            .iter()
            .map(|g| {
                self.claim(Claim::grade_count(
                    &g.grade.to_string(),
                    u64::try_from(g.count).unwrap_or(u64::MAX),
                ));
                each(g)
            })
            .collect()
    }

    /// Lists the vehicles of each category 公开10表 prints ("机要通信用车1辆、其他用车3辆") after
    /// `lead`, named by `name`, and claims each count.
    fn vehicles(&mut self, figures: &dyn Figures, lead: &str, name: fn(VehicleCategory) -> String) {
        use strum::IntoEnumIterator;
        let counts: Vec<(VehicleCategory, u64)> = VehicleCategory::iter()
            .filter_map(|c| figures.count(&CountRef::Vehicles(Some(c))).map(|n| (c, n)))
            .collect();
        if counts.is_empty() {
            return;
        }
        self.push(lead);
        for (i, (category, n)) in counts.into_iter().enumerate() {
            if i > 0 {
                self.push("、");
            }
            self.count(
                &format!("{}{n}辆", name(category)),
                CountRef::Vehicles(Some(category)),
                n,
            );
        }
    }
}

/// The 政府采购 total, 货物, 工程 and 服务 as printed, when the disclosure has all four.
fn procurement(figures: &dyn Figures) -> Option<[(FigureRef, PublishedAmount); 4]> {
    let item = |item| {
        let figure = FigureRef::Procurement(item);
        figures.amount(&figure).map(|a| (figure, a))
    };
    Some([
        item(ProcurementItem::Total)?,
        item(ProcurementItem::Goods)?,
        item(ProcurementItem::Works)?,
        item(ProcurementItem::Services)?,
    ])
}

/// A printed figure and what it is.
type Printed = (FigureRef, PublishedAmount);

/// The 三公 details the 说明 states beside the money of their items: 出国团组 and 人次, vehicles
/// bought and kept with appropriations, 接待批次 and 人次 (counts from the inputs, amounts from
/// the tables).
struct Details {
    overseas: Printed,
    purchase: Printed,
    operation: Printed,
    reception: Printed,
    groups: u64,
    abroad: u64,
    bought: u64,
    kept: u64,
    batches: u64,
    received: u64,
}

impl Details {
    /// The details, when the inputs give every count and the tables every item.
    fn of(figures: &dyn Figures, inputs: &Inputs) -> Option<Details> {
        let spent = |item| {
            let figure = FigureRef::ThreePublic {
                stage: Stage::Actual,
                item,
            };
            figures.amount(&figure).map(|a| (figure, a))
        };
        Some(Details {
            overseas: spent(ThreePublicItem::OverseasTravel)?,
            purchase: spent(ThreePublicItem::VehiclePurchase)?,
            operation: spent(ThreePublicItem::VehicleOperation)?,
            reception: spent(ThreePublicItem::Reception)?,
            groups: inputs.count(&CountRef::OverseasGroups)?,
            abroad: inputs.count(&CountRef::OverseasPersonTimes)?,
            bought: inputs.count(&CountRef::VehiclesPurchased)?,
            kept: inputs.count(&CountRef::VehiclesFunded)?,
            batches: inputs.count(&CountRef::ReceptionBatches(ReceptionScope::All))?,
            received: inputs.count(&CountRef::ReceptionPersonTimes(ReceptionScope::All))?,
        })
    }

    /// "{number}因公出国（境）费支出X万元，出国团组共g个，p人次。"
    fn overseas(&self, number: &str) -> Line {
        let mut l = Line::new(format!("{number}因公出国（境）费支出"));
        l.amount(self.overseas.0, &self.overseas.1);
        l.count(
            &format!("，出国团组共{}个", self.groups),
            CountRef::OverseasGroups,
            self.groups,
        );
        l.count(
            &format!("，{}人次。", self.abroad),
            CountRef::OverseasPersonTimes,
            self.abroad,
        );
        l
    }

    /// "X万元，使用财政拨款共购置公务用车n辆" after `l`'s lead.
    fn purchase(&self, l: &mut Line) {
        l.amount(self.purchase.0, &self.purchase.1);
        l.count(
            &format!("，使用财政拨款共购置公务用车{}辆", self.bought),
            CountRef::VehiclesPurchased,
            self.bought,
        );
    }

    /// "X万元，使用财政拨款负担的公务用车保有量共n辆" after `l`'s lead.
    fn operation(&self, l: &mut Line) {
        l.amount(self.operation.0, &self.operation.1);
        l.count(
            &format!("，使用财政拨款负担的公务用车保有量共{}辆", self.kept),
            CountRef::VehiclesFunded,
            self.kept,
        );
    }

    /// "{number}公务接待费支出X万元，共接待b批次，p人次。"
    fn reception(&self, number: &str) -> Line {
        let mut l = Line::new(format!("{number}公务接待费支出"));
        l.amount(self.reception.0, &self.reception.1);
        l.count(
            &format!("，共接待{}批次", self.batches),
            CountRef::ReceptionBatches(ReceptionScope::All),
            self.batches,
        );
        l.count(
            &format!("，{}人次。", self.received),
            CountRef::ReceptionPersonTimes(ReceptionScope::All),
            self.received,
        );
        l
    }
}

/// A paragraph from its lines.
fn paragraph(section: &str, title: &str, lines: Vec<Line>) -> Paragraph {
    let text = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let statements = lines
        .into_iter()
        .filter_map(|l| Statement::new(section, &l.text, l.claims, l.reason).ok())
        .collect();
    Paragraph {
        section: section.to_owned(),
        title: title.to_owned(),
        chapter: title.to_owned(),
        text,
        statements,
    }
}

/// Ends list lines "a；" … "z。": the last item ends the sentence.
fn end_list(lines: &mut [Line]) {
    let n = lines.len();
    for (i, l) in lines.iter_mut().enumerate() {
        l.push(if i.saturating_add(1) == n {
            "。"
        } else {
            "；"
        });
    }
}

/// "{name}{amount}万元，占比{share}" for each figure, as a list.
fn shares(items: &[Computed], whole: FigureRef) -> Vec<Line> {
    let mut lines: Vec<Line> = items
        .iter()
        .map(|c| {
            let mut l = Line::new(c.figure.name());
            l.amount(c.figure, &c.amount);
            if let Some(s) = c.share {
                l.share("，占比", c.figure, whole, s);
            }
            l
        })
        .collect();
    end_list(&mut lines);
    lines
}

/// Renders the standard paragraphs 一 … 十 from the tables and the inputs, in the phrasing of
/// the 2023 Shanxi template. Paragraphs whose figures the disclosure lacks are left out;
/// sentences that need a prior year or a budget are left out when it is not given; a zero
/// budget gets no completion rate (the spec's "完成全年预算的0%" is the error this avoids) and
/// a zero prior year no growth rate (worded as [`RenderOptions::zero_base`] says). Every line
/// comes with its [`Statement`]: what it states, as claims the checks verify.
///
/// ```
/// use final_accounts::money::{MoneyUnit, PublishedAmount};
/// use final_accounts::narrative::{render, CountRef, FigureRef, Figures, GeneralPublicRow, Inputs, RenderOptions};
/// struct T;
/// impl Figures for T {
///     fn amount(&self, f: &FigureRef) -> Option<PublishedAmount> {
///         let p = |s| PublishedAmount::parse(s, MoneyUnit::WanYuan).ok();
///         match f {
///             FigureRef::StateCapital { .. } => p("0.00"),
///             _ => None,
///         }
///     }
///     fn count(&self, _: &CountRef) -> Option<u64> { None }
///     fn general_public_rows(&self) -> Vec<GeneralPublicRow> { Vec::new() }
/// }
/// let paragraphs = render(&T, &Inputs::new(2023), RenderOptions::default());
/// assert_eq!(paragraphs.len(), 1);
/// assert_eq!(paragraphs[0].text, "本年度无此项支出。");
/// assert_eq!(paragraphs[0].statements[0].claims().len(), 1);
/// ```
#[must_use]
pub fn render(figures: &dyn Figures, inputs: &Inputs, options: RenderOptions) -> Vec<Paragraph> {
    let (mut paragraphs, chapters) = match options.style {
        Style::Shanxi2023 => (shanxi::render(figures, inputs, options), shanxi::CHAPTERS),
        Style::Shanghai2024 => (
            shanghai::render(figures, inputs, options),
            shanghai::CHAPTERS,
        ),
    };
    for p in &mut paragraphs {
        if let Some((major, _)) = p.section.split_once('（')
            && let Some((_, chapter)) = chapters.iter().find(|(m, _)| *m == major)
        {
            (*chapter).clone_into(&mut p.chapter);
        }
    }
    paragraphs
}
