//! The lines of a paragraph being written, and the printed forms of its figures: what both
//! sentence forms share.

use rust_decimal::Decimal;

use crate::evaluation::{GradeCount, Rollup};
use crate::money::{Direction, Percent, PublishedAmount, YearOnYear};
use crate::narrative::compute::Computed;
use crate::narrative::{
    Budget, ChangeWord, Claim, CountRef, FigureRef, Figures, Inputs, ProcurementItem,
    ReceptionScope, Stage, StatedRate, Statement, ThreePublicItem, VehicleCategory,
};

use super::{Paragraph, RenderOptions, ZeroBase};

/// An amount as the 说明 prints it: "0" for zero, else grouped with the table's decimals
/// ("1,990.89").
pub(super) fn amt(a: &PublishedAmount) -> String {
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
pub(super) fn wan_amount(amount: crate::money::Amount) -> Option<PublishedAmount> {
    PublishedAmount::round(amount, crate::money::MoneyUnit::WanYuan, 2).ok()
}

fn rate_abs(p: Percent) -> Percent {
    Percent::new(p.value().abs()).unwrap_or(p)
}

/// One line of a paragraph being written: its text and the claims it makes, in text order.
#[derive(Default)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) claims: Vec<Claim>,
    pub(super) reason: Option<String>,
}

impl Line {
    pub(super) fn new(text: impl Into<String>) -> Line {
        Line {
            text: text.into(),
            ..Line::default()
        }
    }

    /// A line that opens with the canonical phrase of `figure` in `narrative::vocabulary`
    /// (its name where the vocabulary names it only by a table's row), so that what the
    /// renderer writes is what the reader and the checks read.
    pub(super) fn named(figure: FigureRef) -> Line {
        Line::new(phrase(figure))
    }

    pub(super) fn push(&mut self, text: &str) -> &mut Line {
        self.text.push_str(text);
        self
    }

    pub(super) fn claim(&mut self, claim: Result<Claim, crate::narrative::NarrativeError>) {
        // The claim is built from the very text printed, so it always reads back; a failure
        // would leave the claim out, which the round-trip tests would show.
        if let Ok(claim) = claim {
            self.claims.push(claim);
        }
    }

    /// Prints an amount in 万元 ("1,990.89万元") and claims it for `figure`.
    pub(super) fn amount(&mut self, figure: FigureRef, a: &PublishedAmount) -> &mut Line {
        let printed = amt(a);
        self.text.push_str(&printed);
        self.text.push_str("万元");
        self.claim(Claim::amount(figure, &printed));
        self
    }

    /// Prints a share ("占比91.49%" after `lead`) of `part` in `whole`.
    pub(super) fn share(
        &mut self,
        lead: &str,
        part: FigureRef,
        whole: FigureRef,
        p: Percent,
    ) -> &mut Line {
        let printed = pct(p);
        self.text.push_str(lead);
        self.text.push_str(&printed);
        self.claim(Claim::share(part, whole, &printed));
        self
    }

    /// Prints a completion rate ("完成年初预算的136.96%" after `lead`).
    pub(super) fn completion(&mut self, lead: &str, figure: FigureRef, budget: Budget, p: Percent) {
        let printed = pct(p);
        self.text.push_str(lead);
        self.text.push_str(&printed);
        self.claim(Claim::completion(figure, budget, &printed));
    }

    /// Prints a change ("增加736.34万元，增长54.96%", "与上年相同") and claims it.
    pub(super) fn change(&mut self, figure: FigureRef, change: &YearOnYear, o: RenderOptions<'_>) {
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
    /// Two totals stated apart, then their changes when both are known: "{income}X万元{then}Y万元。
    /// {compared}，{income_again}…{then_again}…。" (`then` and `then_again` carry their
    /// punctuation, "，支出总计"). Whether the changes were stated.
    pub(super) fn totals_apart(
        &mut self,
        (income, then): (&str, &str),
        (income_again, then_again): (&str, &str),
        (i, e): (&Computed, &Computed),
        (compared, o): (&str, RenderOptions<'_>),
    ) -> bool {
        self.push(income);
        self.amount(i.figure, &i.amount).push(then);
        self.amount(e.figure, &e.amount).push("。");
        let (Some(ci), Some(ce)) = (&i.change, &e.change) else {
            return false;
        };
        self.push(&format!("{compared}，{income_again}"));
        self.change(i.figure, ci, o);
        self.push(then_again);
        self.change(e.figure, ce, o);
        self.push("。");
        true
    }

    /// Appends "{lead}{reason}" when `section` has a reason, and records it.
    pub(super) fn reason(&mut self, inputs: &Inputs, section: &str, lead: &str) -> bool {
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
    pub(super) fn count(&mut self, text: &str, count: CountRef, n: u64) {
        self.text.push_str(text);
        self.claims.push(Claim::count(count, n));
    }

    /// Claims each grade's count of the forms and returns them as `each` words them.
    pub(super) fn grades(
        &mut self,
        rollup: &Rollup,
        each: impl Fn(&GradeCount) -> String,
    ) -> Vec<String> {
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
    pub(super) fn vehicles(
        &mut self,
        figures: &dyn Figures,
        lead: &str,
        name: fn(VehicleCategory) -> String,
    ) {
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
pub(super) fn procurement(figures: &dyn Figures) -> Option<[(FigureRef, PublishedAmount); 4]> {
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
pub(super) struct Details {
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
    pub(super) fn of(figures: &dyn Figures, inputs: &Inputs) -> Option<Details> {
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
    pub(super) fn overseas(&self, number: &str) -> Line {
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
    pub(super) fn purchase(&self, l: &mut Line) {
        l.amount(self.purchase.0, &self.purchase.1);
        l.count(
            &format!("，使用财政拨款共购置公务用车{}辆", self.bought),
            CountRef::VehiclesPurchased,
            self.bought,
        );
    }

    /// "X万元，使用财政拨款负担的公务用车保有量共n辆" after `l`'s lead.
    pub(super) fn operation(&self, l: &mut Line) {
        l.amount(self.operation.0, &self.operation.1);
        l.count(
            &format!("，使用财政拨款负担的公务用车保有量共{}辆", self.kept),
            CountRef::VehiclesFunded,
            self.kept,
        );
    }

    /// "{number}公务接待费支出X万元，共接待b批次，p人次。"
    pub(super) fn reception(&self, number: &str) -> Line {
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
pub(super) fn paragraph(section: &str, title: &str, lines: Vec<Line>) -> Paragraph {
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
pub(super) fn end_list(lines: &mut [Line]) {
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
pub(super) fn shares(items: &[Computed], whole: FigureRef) -> Vec<Line> {
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

/// The canonical phrase of `figure` in `narrative::vocabulary` (its name where the vocabulary
/// names it only by a table's row): the words the renderer states it by.
pub(super) fn phrase(figure: FigureRef) -> String {
    crate::narrative::vocabulary::phrase(&figure).map_or_else(|| figure.name(), str::to_owned)
}
