//! Stated amounts: equal to the table (`narrative.amount`), within their whole
//! (`narrative.part-of-whole`), and "none" only for a zero figure (`narrative.nil`).

use crate::finding::{
    Allowance, Area, Edit, Figure, Place, Relation, Rule, Severity, Template, Term,
};
use crate::money::{MoneyUnit, Precision};
use crate::narrative::{
    FigureRef, Narrative, ProcurementItem, ReceptionScope, Stage, StatedAmount, Statement,
    ThreePublicItem,
};

use super::value::{Origin, Value, half_width};
use super::{Ctx, finding, named};

/// `narrative.amount`: see [`RULES`](crate::narrative::RULES).
pub const AMOUNT: Rule = Rule::new("narrative.amount", Area::Narrative, Severity::Error)
    .titled("stated amount equals the table figure", "说明金额与表内数一致")
    .described("A figure the 说明 states equals the table cell it describes; the narrative may print fewer decimals, so the check compares the intervals the printed figures stand for.")
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.nil`: see [`RULES`](crate::narrative::RULES).
pub const NIL: Rule = Rule::new("narrative.nil", Area::Narrative, Severity::Error)
    .titled(
        "\"no such expenditure\" with a non-zero figure",
        "称无此项但表内有数",
    )
    .described(
        "The 说明 says there is no such income or expenditure, but the table figure is not zero.",
    )
    .sourced("DOMAIN.md §5 [D]");

/// `narrative.part-of-whole`: see [`RULES`](crate::narrative::RULES).
pub const PART_OF_WHOLE: Rule = Rule::new("narrative.part-of-whole", Area::Narrative, Severity::Error)
    .titled("stated part within its whole", "分项不超过总额")
    .described("A stated figure no table prints must fit the figure it is part of: 国内 and 国（境）外接待费 not above the 公务接待费 of the 三公 table (公务接待费 equal to it), 外事接待 not above 国内接待, 授予中小企业合同金额 not above 政府采购 and 授予小微企业 not above 授予中小企业; the 中小企业 awards in reserved and in other projects, together, not above 政府采购; 小微企业 reservations and awards not above the 中小企业 ones.")
    .sourced("[D] DOMAIN.md §4 (10: 授予中小企业 ≤ 合计); the 三公 table's 公务接待费 includes all 接待");

/// Argument: `{0}` the figure.
const AMOUNT_DIFFERS: Template = Template {
    zh: "{0}说明数{actual}，表内数{expected}，不一致",
    en: "{0} is stated as {actual}, the table prints {expected}",
};

/// Argument: `{0}` the figure.
const AMOUNT_TAIL: Template = Template {
    zh: "{0}说明数{actual}，表内数{expected}，相差在尾数误差内",
    en: "{0} is stated as {actual}, the table prints {expected}: within rounding",
};

/// Arguments: `{0}` the part, `{1}` its stated amount, `{2}` the whole, `{3}` its amount.
const PART_ABOVE_WHOLE: Template = Template {
    zh: "{0}{1}应不超过{2}{3}",
    en: "{0} ({1}) must not exceed {2} ({3})",
};

/// Arguments as [`PART_ABOVE_WHOLE`].
const PART_NOT_WHOLE: Template = Template {
    zh: "{0}{1}应等于{2}{3}",
    en: "{0} ({1}) must equal {2} ({3})",
};

/// Arguments: `{0}`, `{1}` the parts, `{2}`, `{3}` their amounts, `{4}` the whole, `{5}` its
/// amount.
const PARTS_ABOVE_WHOLE: Template = Template {
    zh: "{0}与{1}合计{actual}（{2} + {3}），应不超过{4}{5}",
    en: "{0} and {1} together ({2} + {3} = {actual}) must not exceed {4} ({5})",
};

/// Argument: `{0}` the figure.
const NOT_NIL: Template = Template {
    zh: "说明称无此项，但{0}表内为{expected}",
    en: "the 说明 says there is none, but the table prints {expected} for {0}",
};

/// The figure a figure is a part of, when the tables may not print the part: 国内 and
/// 国（境）外 接待费 are parts of the 公务接待费 of 公开09表, 外事接待 a part of 国内接待;
/// 授予中小企业 a part of 政府采购, 授予小微企业 a part of 授予中小企业.
fn whole_of(figure: &FigureRef) -> Option<FigureRef> {
    match figure {
        FigureRef::Reception(ReceptionScope::Domestic | ReceptionScope::Overseas)
        | FigureRef::Reception(ReceptionScope::All) => Some(FigureRef::ThreePublic {
            stage: Stage::Actual,
            item: ThreePublicItem::Reception,
        }),
        FigureRef::Reception(ReceptionScope::ForeignAffairs) => {
            Some(FigureRef::Reception(ReceptionScope::Domestic))
        }
        FigureRef::Procurement(ProcurementItem::SmallMedium) => {
            Some(FigureRef::Procurement(ProcurementItem::Total))
        }
        FigureRef::Procurement(ProcurementItem::SmallMicro) => {
            Some(FigureRef::Procurement(ProcurementItem::SmallMedium))
        }
        FigureRef::Procurement(
            ProcurementItem::AwardedReservedSmallMedium | ProcurementItem::AwardedOtherSmallMedium,
        ) => Some(FigureRef::Procurement(ProcurementItem::Total)),
        FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMicro) => Some(
            FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMedium),
        ),
        FigureRef::Procurement(ProcurementItem::ReservedSmallMicro) => {
            Some(FigureRef::Procurement(ProcurementItem::ReservedSmallMedium))
        }
        _ => None,
    }
}

/// Two parts that share one whole and together cannot exceed it: the contracts awarded to
/// 中小企业 in the projects reserved for them and in the other projects are both contracts of
/// the year's 政府采购.
const PARTS_TOGETHER: &[([FigureRef; 2], FigureRef)] = &[(
    [
        FigureRef::Procurement(ProcurementItem::AwardedReservedSmallMedium),
        FigureRef::Procurement(ProcurementItem::AwardedOtherSmallMedium),
    ],
    FigureRef::Procurement(ProcurementItem::Total),
)];

/// "≤ x", the expected figure of a part that must not exceed its whole.
fn at_most(whole: &Value<'_>) -> Figure {
    Figure::text(format!("≤ {}", whole.figure()))
}

impl Ctx<'_> {
    pub(super) fn amount(&mut self, st: &Statement, claim: &StatedAmount) {
        let figure = claim.figure();
        let Some(value) = self.evaluations.resolve(&figure) else {
            self.unverifiable(st, named(&figure));
            self.part_of_whole(st, claim);
            return;
        };
        let stated = self.declared(claim.stated());
        let allowance = stated
            .half_unit_yuan()
            .checked_add(half_width(&value.interval))
            .unwrap_or_default();
        let edit = value
            .published()
            .filter(|_| self.record)
            .map(|printed| Edit {
                rule: &AMOUNT,
                // An aggregate's closed intervals admit a difference on the bound.
                relation: if figure.is_aggregate() {
                    Relation::Within
                } else {
                    Relation::Equal
                },
                terms: vec![
                    Term {
                        figure: Some(claim.stated_id()),
                        place: Place::narrative(st.section()),
                        amount: stated,
                        negative: false,
                    },
                    Term {
                        figure: self.figures.figure_id(&figure),
                        place: value.place(self.figures),
                        amount: printed,
                        negative: true,
                    },
                ],
                allowance_yuan: allowance,
                holds: true,
                finding: None,
            });
        if stated.amount() == value.center {
            self.edits.extend(edit);
            return;
        }
        // A single printed cell must be repeated exactly (its interval and the stated one are
        // half-open); an aggregate may differ by a derivation tail, which the closed intervals
        // admit (the allowance of an aggregate of two parts, the least any aggregate has). A
        // figure of one printed part is no aggregate, whatever its kind.
        let aggregate = match self.evaluations.figures.printed_parts(&figure) {
            Some(parts) => parts > 1,
            None => figure.is_aggregate(),
        };
        let meets = if aggregate {
            stated
                .interval_yuan()
                .closure()
                .meets(&value.interval.closure())
        } else {
            stated.interval_yuan().meets(&value.interval)
        };
        let (severity, template) = if meets {
            (Severity::Info, &AMOUNT_TAIL)
        } else {
            (AMOUNT.severity, &AMOUNT_DIFFERS)
        };
        if let Some(mut edit) = edit {
            edit.holds = meets;
            edit.finding = Some(self.out.len());
            self.edits.push(edit);
        }
        self.out.push(
            finding(st, &AMOUNT, template)
                .severity(severity)
                .at(value.place(self.figures))
                .expected(value.figure())
                .actual(stated)
                .allowance(Allowance::Money {
                    yuan: allowance,
                    unit: stated.unit(),
                })
                .arg(named(&figure)),
        );
    }

    /// A part stated where no table prints it must not exceed its whole (`narrative.part-of-whole`).
    fn part_of_whole(&mut self, st: &Statement, claim: &StatedAmount) {
        let figure = claim.figure();
        let Some(whole_ref) = whole_of(&figure) else {
            return;
        };
        let Some(whole) = self.resolve_or_stated(&whole_ref) else {
            return;
        };
        let stated = self.declared(claim.stated());
        let exact = figure == FigureRef::Reception(ReceptionScope::All);
        let part = stated.interval_yuan();
        let broken = if exact {
            !part.meets(&whole.interval)
        } else {
            part.lo() > whole.interval.hi()
        };
        if !broken {
            return;
        }
        let template = if exact {
            &PART_NOT_WHOLE
        } else {
            &PART_ABOVE_WHOLE
        };
        self.out.push(
            finding(st, &PART_OF_WHOLE, template)
                .at(whole.place(self.figures))
                .expected(at_most(&whole))
                .actual(stated)
                .arg(named(&figure))
                .arg(stated)
                .arg(named(&whole_ref))
                .arg(whole.figure()),
        );
    }

    /// Parts of [`PARTS_TOGETHER`] the narrative states, taken together, must not exceed their
    /// whole (`narrative.part-of-whole`); reported at the statement of the last part.
    pub(super) fn parts_together(&mut self, narrative: &Narrative) {
        for ([first_ref, second_ref], whole_ref) in PARTS_TOGETHER {
            let (Some(whole), Some(first), Some(second)) = (
                self.resolve_or_stated(whole_ref),
                self.stated_value(first_ref),
                self.stated_value(second_ref),
            ) else {
                continue;
            };
            let (Ok(center), Some(interval)) = (
                first.center.checked_add(second.center),
                first.interval.checked_add(&second.interval),
            ) else {
                continue;
            };
            if interval.lo() <= whole.interval.hi() {
                continue;
            }
            let Origin::Stated(last_section) = second.origin else {
                continue;
            };
            let Some(st) = narrative
                .statements
                .iter()
                .rev()
                .find(|s| s.section() == last_section)
            else {
                continue;
            };
            let allowance = half_width(&interval)
                .checked_add(half_width(&whole.interval))
                .unwrap_or_default();
            self.out.push(
                finding(st, &PART_OF_WHOLE, &PARTS_ABOVE_WHOLE)
                    .at(whole.place(self.figures))
                    .at(first.place(self.figures))
                    .at(second.place(self.figures))
                    .expected(at_most(&whole))
                    .actual(Figure::money(
                        center,
                        MoneyUnit::WanYuan,
                        Precision::Rounded { decimals: 2 },
                    ))
                    .allowance(Allowance::Money {
                        yuan: allowance,
                        unit: MoneyUnit::WanYuan,
                    })
                    .arg(named(first_ref))
                    .arg(named(second_ref))
                    .arg(first.figure())
                    .arg(second.figure())
                    .arg(named(whole_ref))
                    .arg(whole.figure()),
            );
        }
    }

    pub(super) fn nil(&mut self, st: &Statement, figure: &FigureRef) {
        let Some(value) = self.evaluations.resolve(figure) else {
            return;
        };
        if !value.center.is_zero() {
            self.out.push(
                finding(st, &NIL, &NOT_NIL)
                    .at(value.place(self.figures))
                    .expected(value.figure())
                    .actual("0")
                    .arg(named(figure)),
            );
        }
    }
}
