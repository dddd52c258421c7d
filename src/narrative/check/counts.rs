//! Counts: stated counts equal the disclosure's (`narrative.count`), grade counts equal the
//! forms' (`narrative.grade-count`), and the 三公 details no table prints agree with the money
//! spent (`narrative.three-public-detail`).

use rust_decimal::Decimal;

use super::UNVERIFIABLE;
use crate::finding::{Area, Figure, Key, Part, Place, Rule, Severity, Template};
use crate::narrative::{
    CountRef, FigureRef, GradeCount, ReceptionScope, Stage, Statement, ThreePublicItem,
};

use super::value::Value;
use super::{Ctx, finding, named};

/// `narrative.count`: see [`RULES`](crate::narrative::RULES).
pub const COUNT: Rule = Rule::new("narrative.count", Area::Narrative, Severity::Error)
    .titled("stated count equals the table", "数量与表内一致")
    .described("A stated count (vehicles, equipment, 三公 details, evaluated projects) equals the figure of the disclosure.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.grade-count`: see [`RULES`](crate::narrative::RULES).
pub const GRADE_COUNT: Rule = Rule::new("narrative.grade-count", Area::Narrative, Severity::Error)
    .titled("stated grade counts equal the forms", "自评等级个数一致")
    .described("The number of projects stated for a grade equals the count of self-evaluation forms with that grade.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.three-public-detail`: see [`RULES`](crate::narrative::RULES).
pub const THREE_PUBLIC_DETAIL: Rule = Rule::new("narrative.three-public-detail", Area::Narrative, Severity::Error)
    .titled("三公 details agree with the money spent", "“三公”经费具体情况与支出一致")
    .described("The 三公 details no table prints agree with the 决算数 of 公开09表: no 团组, 人次 or 接待批次 without spending on the item, and some with it; the vehicles kept with 财政拨款 not more than the vehicles the unit has.")
    .sourced("[D] the 具体情况 paragraph details the 决算数 of the 三公 table");

/// Argument: `{0}` the count.
const COUNT_DIFFERS: Template = Template {
    zh: "{0}说明写作{actual}，表内为{expected}",
    en: "{0} is stated as {actual}, the disclosure has {expected}",
};

/// Argument: `{0}` the grade.
const GRADE_COUNT_DIFFERS: Template = Template {
    zh: "自评等级为“{0}”的项目说明写作{actual}个，自评表为{expected}个",
    en: "{actual} projects graded \"{0}\" are stated, the forms have {expected}",
};

/// Argument: `{0}` the grade.
const NO_FORMS: Template = Template {
    zh: "未公开绩效自评表，自评等级为“{0}”的项目数无法核对",
    en: "no self-evaluation forms are published: the number of projects graded \"{0}\" cannot be verified",
};

/// Arguments: `{0}` the count, `{1}` the vehicles the unit has.
const MORE_THAN_VEHICLES: Template = Template {
    zh: "{0}{actual}辆，多于车辆数合计{1}辆",
    en: "{0} is {actual}, more than the {1} vehicles the unit has",
};

/// Arguments: `{0}` the figure spent, `{1}` the count.
const DETAIL_WITHOUT_SPENDING: Template = Template {
    zh: "{0}为0，{1}却为{actual}",
    en: "{0} is 0, yet {1} is {actual}",
};

/// Arguments: `{0}` the figure spent, `{1}` its amount, `{2}` the count.
const SPENDING_WITHOUT_DETAIL: Template = Template {
    zh: "{0}为{1}，{2}却为0",
    en: "{0} is {1}, yet {2} is 0",
};

fn count_figure(n: u64) -> Figure {
    Figure::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

fn count_name(count: &CountRef) -> Figure {
    Figure::text(count.to_string())
}

impl<'a> Ctx<'a> {
    pub(super) fn count(&mut self, st: &Statement, count: &CountRef, stated: u64) {
        let Some(actual) = self.evaluations.count(count) else {
            self.unverifiable(st, count_name(count));
            self.count_against_spending(st, count, stated);
            return;
        };
        if actual != stated {
            self.out.push(
                finding(st, &COUNT, &COUNT_DIFFERS)
                    .at(self.figures.count_location(count))
                    .expected(count_figure(actual))
                    .actual(count_figure(stated))
                    .arg(count_name(count)),
            );
        }
    }

    pub(super) fn grade_count(&mut self, st: &Statement, claim: &GradeCount) {
        let Some(rollup) = self.evaluations.get() else {
            self.out
                .push(finding(st, &UNVERIFIABLE, &NO_FORMS).arg(Figure::text(claim.grade())));
            return;
        };
        // A grade no scheme knows is stated by no form.
        let actual = claim
            .grade()
            .parse::<crate::evaluation::Grade>()
            .map_or(0, |grade| rollup.graded(grade));
        let actual = u64::try_from(actual).unwrap_or(u64::MAX);
        if actual != claim.stated() {
            self.out.push(
                finding(st, &GRADE_COUNT, &GRADE_COUNT_DIFFERS)
                    .at(Place::new(Part::Forms).column(Key::Static("等级")))
                    .expected(count_figure(actual))
                    .actual(count_figure(claim.stated()))
                    .arg(Figure::text(claim.grade())),
            );
        }
    }

    /// A 三公 detail no table prints (团组, 人次, 批次, vehicles) must agree with the money spent
    /// on it: none without spending, some with it (`narrative.three-public-detail`); the
    /// vehicles the funds keep cannot outnumber the vehicles the unit has.
    fn count_against_spending(&mut self, st: &Statement, count: &CountRef, stated: u64) {
        if *count == CountRef::VehiclesFunded {
            let all = CountRef::Vehicles(None);
            if let Some(total) = self.evaluations.count(&all)
                && stated > total
            {
                self.out.push(
                    finding(st, &THREE_PUBLIC_DETAIL, &MORE_THAN_VEHICLES)
                        .at(self.figures.count_location(&all))
                        .expected(Figure::text(format!("≤ {total}")))
                        .actual(count_figure(stated))
                        .arg(count_name(count))
                        .arg(count_figure(total)),
                );
            }
            return;
        }
        let item = match count {
            CountRef::OverseasGroups | CountRef::OverseasPersonTimes => {
                ThreePublicItem::OverseasTravel
            }
            CountRef::VehiclesPurchased => ThreePublicItem::VehiclePurchase,
            CountRef::ReceptionBatches(ReceptionScope::All)
            | CountRef::ReceptionPersonTimes(ReceptionScope::All) => ThreePublicItem::Reception,
            CountRef::ReceptionBatches(scope) | CountRef::ReceptionPersonTimes(scope) => {
                let figure = FigureRef::Reception(*scope);
                if let Some(spent) = self.resolve_or_stated(&figure) {
                    self.spending_agrees(st, count, stated, &figure, &spent);
                }
                return;
            }
            _ => return,
        };
        let figure = FigureRef::ThreePublic {
            stage: Stage::Actual,
            item,
        };
        if let Some(spent) = self.evaluations.resolve(&figure) {
            self.spending_agrees(st, count, stated, &figure, &spent);
        }
    }

    fn spending_agrees(
        &mut self,
        st: &Statement,
        count: &CountRef,
        stated: u64,
        figure: &FigureRef,
        spent: &Value<'a>,
    ) {
        // A blank or 0.00 cell reports no spending on the item.
        let f = if stated > 0 && spent.center.is_zero() {
            finding(st, &THREE_PUBLIC_DETAIL, &DETAIL_WITHOUT_SPENDING)
                .expected("0")
                .arg(named(figure))
                .arg(count_name(count))
        } else if stated == 0 && spent.interval.lo() > Decimal::ZERO {
            finding(st, &THREE_PUBLIC_DETAIL, &SPENDING_WITHOUT_DETAIL)
                .expected("> 0")
                .arg(named(figure))
                .arg(spent.figure())
                .arg(count_name(count))
        } else {
            return;
        };
        self.out
            .push(f.at(spent.place(self.figures)).actual(count_figure(stated)));
    }
}
