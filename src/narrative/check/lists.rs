//! Lists the 说明 states, summed (`narrative.list-sum`): the budgets of the lines listed in the
//! 具体情况 paragraph against the budget it states for the whole, and 货物 + 工程 + 服务
//! against the 政府采购 total where no table prints them. Each is a sum of printed figures,
//! checked with the derivation allowance of its printed parts (DOMAIN.md §2, `n` the number
//! of listed parts).

use crate::classification::Level;
use crate::finding::{Area, Place, Rule, Severity, Template, overflow_finding, sum_finding};
use crate::money::{PublishedAmount, check_sum};
use crate::narrative::{
    BudgetKind, BudgetSource, Claim, FigureRef, Narrative, ProcurementItem, SpendingColumn,
};

use super::Ctx;

/// `narrative.list-sum`: see [`RULES`](crate::narrative::RULES).
pub const LIST_SUM: Rule = Rule::new("narrative.list-sum", Area::Narrative, Severity::Error)
    .titled("listed parts add up to the stated whole", "说明所列分项之和等于总数")
    .described("A list the 说明 states adds up to the whole it states, within the derivation allowance of its printed parts (n parts: less than (n+1)/2 units of the last place): the budgets of the lines the 具体情况 paragraph lists, level by level, against the budget it states for 一般公共预算财政拨款支出 (only where it lists every line of that level the table prints with spending; budgets short of the whole are a warning, since a line budgeted but not spent prints no row and so has no sentence), and 政府采购 货物 + 工程 + 服务 against the 政府采购 total where no table prints them.")
    .sourced("DOMAIN.md §2 [D]; the templates' 具体情况 and 政府采购 paragraphs");

const INITIAL_BUDGETS: Template = Template {
    zh: "说明所列各项年初预算之和 = 一般公共预算财政拨款支出年初预算",
    en: "the 年初预算 the 说明 lists add up to the 年初预算 of 一般公共预算财政拨款支出",
};

const FULL_YEAR_BUDGETS: Template = Template {
    zh: "说明所列各项全年预算之和 = 一般公共预算财政拨款支出全年预算",
    en: "the 全年预算 the 说明 lists add up to the 全年预算 of 一般公共预算财政拨款支出",
};

const PROCUREMENT: Template = Template {
    zh: "政府采购货物 + 工程 + 服务 = 政府采购支出总额（说明）",
    en: "政府采购 货物 + 工程 + 服务 add up to the 政府采购 total (说明)",
};

/// A budget the 说明 states: the figure it is the budget of, its kind, the amount, the section.
type StatedBudget<'n> = (FigureRef, BudgetKind, PublishedAmount, &'n str);

/// The budgets the statements of `section` state, first statement of each figure and kind.
fn stated_budgets<'n>(narrative: &'n Narrative, section: Option<&str>) -> Vec<StatedBudget<'n>> {
    let mut out: Vec<StatedBudget<'n>> = Vec::new();
    for st in narrative
        .statements
        .iter()
        .filter(|s| section.is_none_or(|p| s.in_section(p)))
    {
        for claim in st.claims() {
            let (figure, budget) = match claim {
                Claim::Completion(c) => (c.figure(), c.budget()),
                Claim::VersusBudget(v) => (v.figure(), v.budget()),
                _ => continue,
            };
            let BudgetSource::Stated(amount) = budget.source() else {
                continue;
            };
            if !out
                .iter()
                .any(|(f, k, _, _)| *f == figure && *k == budget.kind())
            {
                out.push((figure, budget.kind(), amount, st.section()));
            }
        }
    }
    out
}

impl Ctx<'_> {
    /// The list sums of the narrative.
    pub(super) fn lists(&mut self, narrative: &Narrative) {
        self.listed_budgets(narrative);
        self.listed_procurement(narrative);
    }

    /// The budgets of the 公开05表 lines listed in the 具体情况 paragraph, level by level,
    /// against the budget stated for the whole. A level is summed only when the paragraph
    /// lists every line of it that the table prints with spending: a partial list says
    /// nothing about the whole.
    fn listed_budgets(&mut self, narrative: &Narrative) {
        let budgets = stated_budgets(narrative, self.options.detail_section.as_deref());
        let rows = self.evaluations.rows().to_vec();
        for (kind, relation) in [
            (BudgetKind::Initial, &INITIAL_BUDGETS),
            (BudgetKind::FullYear, &FULL_YEAR_BUDGETS),
        ] {
            let Some(&(_, _, total, total_section)) = budgets.iter().find(|(f, k, _, _)| {
                *k == kind && *f == FigureRef::general_public_total(SpendingColumn::Subtotal)
            }) else {
                continue;
            };
            for level in [Level::Class, Level::Section, Level::Item] {
                let parts: Vec<&StatedBudget<'_>> = budgets
                    .iter()
                    .filter(|(f, k, _, _)| {
                        *k == kind
                            && matches!(f, FigureRef::GeneralPublic {
                                code: Some(code),
                                column: SpendingColumn::Subtotal,
                            } if code.level() == level)
                    })
                    .collect();
                if parts.is_empty() {
                    continue;
                }
                let listed = |code| {
                    parts.iter().any(|(f, _, _, _)| {
                        matches!(f, FigureRef::GeneralPublic { code: Some(c), .. } if *c == code)
                    })
                };
                let complete = rows
                    .iter()
                    .filter(|r| r.code.level() == level && !r.total.amount().is_zero())
                    .all(|r| listed(r.code));
                if !complete {
                    continue;
                }
                let total = self.declared(total);
                let amounts: Vec<PublishedAmount> =
                    parts.iter().map(|(_, _, a, _)| self.declared(*a)).collect();
                let places = core::iter::once(Place::narrative(total_section)).chain(
                    parts
                        .iter()
                        .map(|(_, _, _, section)| *section)
                        .filter(|s| *s != total_section)
                        .map(Place::narrative),
                );
                let finding = match check_sum(&total, &amounts) {
                    // Listed budgets short of the whole are a warning: a line budgeted but not
                    // spent prints no row in 公开05表, so the paragraph has no sentence for it.
                    // More than the whole is an error.
                    Ok(check) => sum_finding(&LIST_SUM, &check, relation).map(|f| {
                        if f.severity == Severity::Error && check.expected < check.actual {
                            f.severity(Severity::Warning)
                        } else {
                            f
                        }
                    }),
                    Err(_) => Some(overflow_finding(&LIST_SUM, relation)),
                };
                if let Some(f) = finding {
                    self.out.push(f.at_all(places));
                }
            }
        }
    }

    /// 货物 + 工程 + 服务 against the 政府采购 total the 说明 states, where no table prints
    /// them (a layout without 公开10表); where a table does, its own sum is checked and the
    /// 说明 is checked against it.
    fn listed_procurement(&mut self, narrative: &Narrative) {
        let total_ref = FigureRef::Procurement(ProcurementItem::Total);
        if self.figures.amount(&total_ref).is_some() {
            return;
        }
        let stated = |figure: &FigureRef| {
            narrative.statements.iter().find_map(|st| {
                st.claims().iter().find_map(|c| match c {
                    Claim::Amount(a) if a.figure() == *figure => Some((a.stated(), st.section())),
                    _ => None,
                })
            })
        };
        let Some((total, section)) = stated(&total_ref) else {
            return;
        };
        let mut parts = Vec::new();
        let mut places = vec![Place::narrative(section)];
        for item in [
            ProcurementItem::Goods,
            ProcurementItem::Works,
            ProcurementItem::Services,
        ] {
            let Some((amount, at)) = stated(&FigureRef::Procurement(item)) else {
                return;
            };
            parts.push(self.declared(amount));
            if at != section {
                places.push(Place::narrative(at));
            }
        }
        let finding = match check_sum(&self.declared(total), &parts) {
            Ok(check) => sum_finding(&LIST_SUM, &check, &PROCUREMENT),
            Err(_) => Some(overflow_finding(&LIST_SUM, &PROCUREMENT)),
        };
        if let Some(f) = finding {
            self.out.push(f.at_all(places));
        }
    }
}
