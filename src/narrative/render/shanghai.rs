//! The 说明 in the phrasing of the 2024 Shanghai template (`shanghai-2024`): 一 … 十一, one
//! statement per paragraph, the lines not involved left out (不涉及的不列), 五（三） a numbered
//! sentence per line of the detail level compared with its 年初预算 (决算数大于（小于）预算数),
//! 七 the 三公 经费 against 公开09表's 预算数, and a fund without money said so in one sentence.
//!
//! Reasons are looked up by the labels of the standard paragraphs as
//! [`Inputs::reasons`](crate::narrative::Inputs::reasons) names them (the 2023 Shanxi numbering:
//! "九（一）" for the 三公 经费, "十（一）" for 机关运行经费), whatever the section prints here.

use crate::classification::{FunctionCode, Level};
use crate::money::PublishedAmount;
use crate::narrative::compute::{Computed, StandardFigures};
use crate::narrative::{
    Budget, BudgetKind, Claim, Comparison, CountRef, FigureRef, Figures, FundColumn, Inputs,
    SpendingColumn, Stage, ThreePublicItem, VehicleCategory, compute, growth, share,
};

/// The chapters whose paragraphs are sub-sections, by numeral.
pub(super) const CHAPTERS: &[(&str, &str)] = &[
    ("五", "一般公共预算财政拨款支出决算情况说明"),
    ("十一", "其他重要事项的情况说明"),
];

use super::{Details, Line, Paragraph, RenderOptions, amt, paragraph};

/// The unit as the template's sentences name it.
fn unit(inputs: &Inputs) -> &str {
    inputs.unit_name.as_deref().unwrap_or("本部门")
}

/// Gives the statement its reason when it states a change or a comparison with a budget and
/// no reason is printed yet: "{lead}{reason}。".
fn finish(l: &mut Line, inputs: &Inputs, section: &str, lead: &str) {
    let states = l.claims.iter().any(|c| {
        matches!(
            c,
            Claim::Change(_) | Claim::Completion(_) | Claim::VersusBudget(_)
        )
    });
    if states && l.reason.is_none() && l.reason(inputs, section, lead) {
        l.push("。");
    }
}

/// "X万元，占Y%" items joined by "；", each claimed (amount and share of `whole`), zero ones
/// left out.
fn listed(l: &mut Line, items: &[(String, &Computed)], whole: FigureRef) {
    let mut first = true;
    for (name, c) in items {
        if c.amount.amount().is_zero() {
            continue;
        }
        if !first {
            l.push("；");
        }
        first = false;
        l.push(name);
        l.amount(c.figure, &c.amount);
        if let Some(s) = c.share {
            l.share("，占", c.figure, whole, s);
        }
    }
}

/// "决算数大于年初预算数的主要原因：…" / "决算数与年初预算数持平", claimed as a comparison.
fn versus(
    l: &mut Line,
    inputs: &Inputs,
    figure: FigureRef,
    amount: &PublishedAmount,
    budget: &PublishedAmount,
    section: &str,
) {
    let Ok(stated) = Budget::stated(BudgetKind::Initial, &amt(budget)) else {
        return;
    };
    let word = match amount.amount().cmp(&budget.amount()) {
        core::cmp::Ordering::Greater => Comparison::Greater,
        core::cmp::Ordering::Less => Comparison::Less,
        core::cmp::Ordering::Equal => Comparison::Flat,
    };
    l.claims.push(Claim::versus_budget(figure, stated, word));
    if word == Comparison::Flat {
        l.push("决算数与年初预算数持平。");
    } else {
        l.push(&format!("决算数{word}年初预算数"));
        if !l.reason(inputs, section, "的主要原因：") {
            l.push("。");
            return;
        }
        l.push("。");
    }
}

pub(super) fn render(
    figures: &dyn Figures,
    inputs: &Inputs,
    options: RenderOptions,
) -> Vec<Paragraph> {
    let s = compute(figures, inputs);
    let mut out = Vec::new();
    totals(&s, inputs, options, &mut out);
    if let Some(total) = &s.income_total {
        let mut l = Line::new("本年收入合计");
        l.amount(total.figure, &total.amount).push("，其中：");
        let items: Vec<(String, &Computed)> =
            s.income.iter().map(|c| (c.figure.name(), c)).collect();
        listed(&mut l, &items, FigureRef::IncomeTotal);
        l.push("。");
        out.push(paragraph("二", "收入决算情况说明", vec![l]));
    }
    if let Some(total) = &s.expenditure_total {
        let mut l = Line::new("本年支出合计");
        l.amount(total.figure, &total.amount).push("，其中：");
        let items: Vec<(String, &Computed)> =
            s.expenditure.iter().map(|c| (c.figure.name(), c)).collect();
        listed(&mut l, &items, FigureRef::ExpenditureTotal);
        l.push("。");
        out.push(paragraph("三", "支出决算情况说明", vec![l]));
    }
    fiscal(&s, inputs, options, &mut out);
    general_public(figures, &s, inputs, options, &mut out);
    if let (Some(basic), Some(p), Some(q)) = (&s.basic, &s.personnel, &s.public_use) {
        let mut l = Line::new("一般公共预算财政拨款基本支出");
        l.amount(basic.figure, &basic.amount)
            .push("。其中：人员经费");
        l.amount(p.figure, &p.amount).push("；公用经费");
        l.amount(q.figure, &q.amount).push("。");
        out.push(paragraph(
            "六",
            "一般公共预算财政拨款基本支出决算情况说明",
            vec![l],
        ));
    }
    three_public(figures, &s, inputs, options, &mut out);
    funds(figures, inputs, &mut out);
    performance(figures, inputs, &mut out);
    other(figures, &s, inputs, options, &mut out);
    out
}

/// "收入支出总计" (or "财政拨款收入支出总计"): income and expenditure totals are one figure in a
/// balanced disclosure, and so is their change; where they differ, each is stated apart.
fn income_and_expenditure(
    l: &mut Line,
    name: (&str, &str, &str),
    i: &Computed,
    e: &Computed,
    inputs: &Inputs,
    o: RenderOptions,
) {
    let (both, income, expenditure) = name;
    let prior = inputs.year.saturating_sub(1);
    if i.amount == e.amount && i.change == e.change {
        l.push(&format!("{}{}年度{both}", unit(inputs), inputs.year));
        l.amount(i.figure, &i.amount);
        l.claim(Claim::amount(e.figure, &amt(&e.amount)));
        l.push("。");
        if let Some(c) = &i.change {
            l.push(&format!("与{prior}年度相比，{both}"));
            let before = l.claims.len();
            l.change(i.figure, c, o);
            // The same words state the expenditure's change.
            let again: Vec<Claim> = l
                .claims
                .get(before..)
                .unwrap_or_default()
                .iter()
                .filter_map(|claim| match claim {
                    Claim::Change(ch) => Claim::change(
                        e.figure,
                        ch.word(),
                        ch.amount().map(|a| amt(&a)).as_deref(),
                        ch.rate_word(),
                        ch.rate(),
                    )
                    .ok(),
                    _ => None,
                })
                .collect();
            l.claims.extend(again);
            l.push("。");
        }
    } else {
        l.push(&format!("{}{}年度{income}", unit(inputs), inputs.year));
        l.amount(i.figure, &i.amount)
            .push(&format!("，{expenditure}"));
        l.amount(e.figure, &e.amount).push("。");
        if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
            l.push(&format!("与{prior}年度相比，{income}"));
            l.change(i.figure, ci, o);
            l.push(&format!("，{expenditure}"));
            l.change(e.figure, ce, o);
            l.push("。");
        }
    }
}

/// 一: 收入支出总计, with its change.
fn totals(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.income_grand_total, &s.expenditure_grand_total) else {
        return;
    };
    let mut l = Line::default();
    income_and_expenditure(
        &mut l,
        ("收入支出总计", "收入总计", "支出总计"),
        i,
        e,
        inputs,
        o,
    );
    finish(&mut l, inputs, "一", "主要原因：");
    out.push(paragraph("一", "收入支出决算总体情况说明", vec![l]));
}

/// 四: 财政拨款收入支出总计, with its change.
fn fiscal(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.fiscal_income, &s.fiscal_expenditure) else {
        return;
    };
    let mut l = Line::default();
    income_and_expenditure(
        &mut l,
        (
            "财政拨款收入支出总计",
            "财政拨款收入总计",
            "财政拨款支出总计",
        ),
        i,
        e,
        inputs,
        o,
    );
    finish(&mut l, inputs, "四", "主要原因：");
    out.push(paragraph("四", "财政拨款收入支出决算总体情况说明", vec![l]));
}

/// The printed name of a line with its lineage: "一般公共服务支出（类）社会工作事务（款）行政运行（项）".
fn lineage_name(rows: &[crate::narrative::GeneralPublicRow], code: FunctionCode) -> String {
    let name_of = |c| {
        rows.iter()
            .find(|r| r.code == c)
            .map_or_else(String::new, |r| r.name.clone())
    };
    let mut codes: Vec<FunctionCode> = code.ancestors().collect();
    codes.reverse();
    codes.push(code);
    codes
        .into_iter()
        .map(|c| {
            let level = match c.level() {
                Level::Class => "（类）",
                Level::Section => "（款）",
                Level::Item => "（项）",
            };
            format!("{}{level}", name_of(c))
        })
        .collect()
}

/// 五（一）… 五（三）.
fn general_public(
    figures: &dyn Figures,
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let Some(gp) = &s.general_public else {
        return;
    };
    let mut first = Line::new("一般公共预算财政拨款支出");
    first.amount(gp.figure, &gp.amount);
    if let Some(share) = gp.share {
        first.share(
            "，占本年支出合计的",
            gp.figure,
            FigureRef::ExpenditureTotal,
            share,
        );
    }
    first.push("。");
    if let Some(c) = &gp.change {
        first.push(&format!(
            "与{}年度相比，一般公共预算财政拨款支出",
            inputs.year.saturating_sub(1)
        ));
        first.change(gp.figure, c, o);
        first.push("。");
        finish(&mut first, inputs, "五（一）", "主要原因：");
    }
    out.push(paragraph(
        "五（一）",
        "一般公共预算财政拨款支出决算总体情况",
        vec![first],
    ));

    let mut structure = Line::new("一般公共预算财政拨款支出");
    structure
        .amount(gp.figure, &gp.amount)
        .push("，主要用于以下方面：");
    let classes: Vec<(String, &Computed)> = s
        .classes
        .iter()
        .map(|(row, c)| (format!("{}（类）", row.name), c))
        .collect();
    listed(&mut structure, &classes, gp.figure);
    structure.push("。");
    out.push(paragraph(
        "五（二）",
        "一般公共预算财政拨款支出决算结构情况",
        vec![structure],
    ));

    let mut head = Line::new("一般公共预算财政拨款支出");
    // "…支出年初预算为X万元，支出决算为…", or without a budget "…支出决算为…" (the subject
    // already ends with 支出).
    match &gp.budget {
        Some(b) => head.push(&format!("年初预算为{}万元，支出决算为", amt(b))),
        None => head.push("决算为"),
    };
    head.amount(gp.figure, &gp.amount);
    match (&gp.budget, gp.completion) {
        (Some(b), Some(c)) => {
            if let Ok(stated) = Budget::stated(BudgetKind::Initial, &amt(b)) {
                head.completion("，完成年初预算的", gp.figure, stated, c);
            }
            head.push("。");
            versus(&mut head, inputs, gp.figure, &gp.amount, b, "五（三）");
        }
        _ => {
            head.push("。");
        }
    }
    finish(&mut head, inputs, "五（三）", "主要原因：");
    head.push("其中：");
    let mut lines = vec![head];
    let rows = figures.general_public_rows();
    let mut number = 0_u32;
    for row in rows.iter().filter(|r| r.code.level() == o.detail_level) {
        let figure = FigureRef::GeneralPublic {
            code: Some(row.code),
            column: SpendingColumn::Subtotal,
        };
        let budget = inputs.budget(&figure, BudgetKind::Initial);
        if row.total.amount().is_zero() && budget.is_none_or(|b| b.amount().is_zero()) {
            continue;
        }
        number = number.saturating_add(1);
        let mut l = Line::new(format!("{number}、{}。", lineage_name(&rows, row.code)));
        if let Some(purpose) = inputs.purpose(&figure) {
            l.push(&format!("主要用于：{purpose}。"));
        }
        if let Some(b) = &budget {
            l.push(&format!("年初预算为{}万元，", amt(b)));
        }
        l.push("支出决算为");
        l.amount(figure, &row.total).push("。");
        if let Some(ch) = inputs.prior(&figure).and_then(|p| growth(&row.total, &p)) {
            l.push(&format!("与{}年度相比", inputs.year.saturating_sub(1)));
            l.change(figure, &ch, o);
            l.push("。");
        }
        if let Some(b) = &budget {
            versus(
                &mut l,
                inputs,
                figure,
                &row.total,
                b,
                &format!("五（三）{}", row.code),
            );
        }
        finish(
            &mut l,
            inputs,
            &format!("五（三）{}", row.code),
            "主要原因：",
        );
        lines.push(l);
    }
    out.push(paragraph(
        "五（三）",
        "一般公共预算财政拨款支出决算具体情况",
        lines,
    ));
}

/// The 三公 items of the Shanghai template: 因公出国（境）费, 公务用车购置及运行维护费 (one
/// item), 公务接待费.
const THREE_PUBLIC_ITEMS: [ThreePublicItem; 3] = [
    ThreePublicItem::OverseasTravel,
    ThreePublicItem::Vehicles,
    ThreePublicItem::Reception,
];

/// 七: the 三公 经费: against 公开09表's 预算数, against last year, and each item's share.
fn three_public(
    figures: &dyn Figures,
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let tp = |stage, item| FigureRef::ThreePublic { stage, item };
    let total_figure = tp(Stage::Actual, ThreePublicItem::Total);
    let Some(total) = figures.amount(&total_figure) else {
        return;
    };
    let title = "财政拨款“三公”经费支出决算情况说明";
    let budget_total = figures.amount(&tp(Stage::Budget, ThreePublicItem::Total));
    let prior_total = inputs.prior(&total_figure);
    if total.amount().is_zero()
        && budget_total.is_none_or(|b| b.amount().is_zero())
        && prior_total.is_none_or(|p| p.amount().is_zero())
    {
        let mut l = Line::new(format!(
            "{}{}年度无“三公”经费财政拨款支出。",
            unit(inputs),
            inputs.year
        ));
        l.claims.push(Claim::nil(total_figure));
        out.push(paragraph("七", title, vec![l]));
        return;
    }
    let _ = s;
    let item_name = |item: ThreePublicItem| item.to_string();
    // （一）: against the budget, then against last year.
    let mut l = Line::new("“三公”经费财政拨款支出");
    match &budget_total {
        Some(b) => {
            l.push("全年预算为");
            l.amount(tp(Stage::Budget, ThreePublicItem::Total), b)
                .push("，支出决算为");
        }
        // The subject already ends with 支出.
        None => {
            l.push("决算为");
        }
    }
    l.amount(total_figure, &total);
    let completion = |l: &mut Line, item, amount: &PublishedAmount| {
        let budget_figure = tp(Stage::Budget, item);
        if let Some(p) = figures
            .amount(&budget_figure)
            .and_then(|b| share(amount, &b))
        {
            l.completion(
                "，完成预算的",
                tp(Stage::Actual, item),
                Budget::table(BudgetKind::FullYear, budget_figure),
                p,
            );
        }
    };
    completion(&mut l, ThreePublicItem::Total, &total);
    l.push("，其中：");
    let mut first = true;
    for item in THREE_PUBLIC_ITEMS {
        let figure = tp(Stage::Actual, item);
        let Some(amount) = figures.amount(&figure) else {
            continue;
        };
        if !first {
            l.push("；");
        }
        first = false;
        l.push(&format!("{}决算为", item_name(item)));
        l.amount(figure, &amount);
        completion(&mut l, item, &amount);
    }
    l.push("。");
    if let Some(b) = &budget_total
        && b.amount() != total.amount()
    {
        let word = if total.amount() > b.amount() {
            "大于"
        } else {
            "小于"
        };
        l.push(&format!(
            "{}年度“三公”经费支出决算数{word}预算数",
            inputs.year
        ));
        l.reason(inputs, "九（一）", "的主要原因：");
        l.push("。");
    }
    if let Some(change) = prior_total.and_then(|p| growth(&total, &p)) {
        l.push(&format!(
            "{}年度“三公”经费财政拨款支出决算数比{}年度",
            inputs.year,
            inputs.year.saturating_sub(1)
        ));
        l.change(total_figure, &change, o);
        let changes: Vec<(ThreePublicItem, crate::money::YearOnYear)> = THREE_PUBLIC_ITEMS
            .iter()
            .filter_map(|item| {
                let figure = tp(Stage::Actual, *item);
                let amount = figures.amount(&figure)?;
                let prior = inputs.prior(&figure).or_else(|| {
                    // 公务用车购置及运行维护费 last year: its two parts, when given apart.
                    let part = |i| inputs.prior(&tp(Stage::Actual, i));
                    let (purchase, operation) = (
                        part(ThreePublicItem::VehiclePurchase)?,
                        part(ThreePublicItem::VehicleOperation)?,
                    );
                    let sum = purchase.amount().checked_add(operation.amount()).ok()?;
                    (*item == ThreePublicItem::Vehicles)
                        .then(|| {
                            PublishedAmount::new(sum, purchase.unit(), purchase.precision()).ok()
                        })
                        .flatten()
                })?;
                Some((*item, growth(&amount, &prior)?))
            })
            .collect();
        if !changes.is_empty() {
            l.push("，其中：");
        }
        for (index, (item, change)) in changes.iter().enumerate() {
            if index > 0 {
                l.push("；");
            }
            l.push(&format!("{}支出决算", item_name(*item)));
            l.change(tp(Stage::Actual, *item), change, o);
        }
        l.push("。");
        if l.reason.is_none() {
            l.reason(inputs, "九（一）", "主要原因是");
            if l.reason.is_some() {
                l.push("。");
            }
        }
        for (item, change) in &changes {
            if change.difference().is_zero() {
                continue;
            }
            if let Some(r) = inputs.reason(&format!("九（一）{item}")) {
                l.push(&format!(
                    "{}支出{}的主要原因是{r}。",
                    item_name(*item),
                    change.direction()
                ));
            }
        }
    }
    finish(&mut l, inputs, "九（一）", "主要原因是");
    let mut lines = vec![l];
    // （二）: each item's share of the total.
    if !total.amount().is_zero() {
        let mut detail = Line::new("“三公”经费财政拨款支出决算中，");
        let mut first = true;
        for item in THREE_PUBLIC_ITEMS {
            let figure = tp(Stage::Actual, item);
            let Some(amount) = figures.amount(&figure) else {
                continue;
            };
            if !first {
                detail.push("；");
            }
            first = false;
            detail.push(&format!("{}支出决算", item_name(item)));
            detail.amount(figure, &amount);
            if let Some(p) = share(&amount, &total) {
                detail.share("，占", figure, total_figure, p);
            }
        }
        detail.push("。");
        lines.push(detail);
        lines.extend(three_public_details(figures, inputs));
    }
    out.push(paragraph("七", title, lines));
}

/// 七（二）'s items: the 三公 details no table prints, when the inputs give them.
fn three_public_details(figures: &dyn Figures, inputs: &Inputs) -> Vec<Line> {
    let vehicles = FigureRef::ThreePublic {
        stage: Stage::Actual,
        item: ThreePublicItem::Vehicles,
    };
    let (Some(d), Some(spent)) = (Details::of(figures, inputs), figures.amount(&vehicles)) else {
        return Vec::new();
    };
    let mut second = Line::new("2、公务用车购置及运行维护费支出");
    second
        .amount(vehicles, &spent)
        .push("。其中：公务用车购置支出");
    d.purchase(&mut second);
    second.push("；公务用车运行维护费支出");
    d.operation(&mut second);
    second.push("。");
    vec![d.overseas("1、"), second, d.reception("3、")]
}

/// 八 and 九: the 政府性基金 and 国有资本经营 appropriations, or one sentence saying there are
/// none.
fn funds(figures: &dyn Figures, inputs: &Inputs, out: &mut Vec<Paragraph>) {
    let gf = |column| FigureRef::GovernmentFund { code: None, column };
    let sc = |column| FigureRef::StateCapital { code: None, column };
    let funds = [
        (
            "八",
            "政府性基金预算财政拨款收入支出决算情况说明",
            "政府性基金预算财政拨款",
            // The year's income as 公开01表 prints it (the same figure as 公开07表's 合计).
            if figures.amount(&FigureRef::GovernmentFundIncome).is_some() {
                FigureRef::GovernmentFundIncome
            } else {
                gf(FundColumn::Income)
            },
            gf(FundColumn::Expenditure),
        ),
        (
            "九",
            "国有资本经营预算财政拨款收入支出决算情况说明",
            "国有资本经营预算财政拨款",
            FigureRef::StateCapitalIncome,
            sc(SpendingColumn::Subtotal),
        ),
    ];
    for (section, title, name, income, expenditure) in funds {
        let (i, e) = (figures.amount(&income), figures.amount(&expenditure));
        if i.is_none() && e.is_none() {
            continue;
        }
        let zero = |a: &Option<PublishedAmount>| a.is_none_or(|a| a.amount().is_zero());
        let mut l;
        if zero(&i) && zero(&e) {
            l = Line::new(format!(
                "{}{}年度无{name}收入和支出。",
                unit(inputs),
                inputs.year
            ));
            if i.is_some() {
                l.claims.push(Claim::nil(income));
            }
            if e.is_some() {
                l.claims.push(Claim::nil(expenditure));
            }
        } else {
            l = Line::default();
            if let Some(i) = &i {
                l.push(&format!("{name}收入"));
                l.amount(income, i).push("，");
            }
            if let Some(e) = &e {
                l.push(&format!("{name}支出"));
                l.amount(expenditure, e);
            }
            l.push("。");
        }
        out.push(paragraph(section, title, vec![l]));
    }
}

/// 十: the self-evaluation, as the forms roll up.
fn performance(figures: &dyn Figures, inputs: &Inputs, out: &mut Vec<Paragraph>) {
    let Some(rollup) = figures.forms_rollup().filter(|r| r.count > 0) else {
        return;
    };
    let count = u64::try_from(rollup.count).unwrap_or(u64::MAX);
    let mut l = Line::new(format!(
        "{}{}年度预算绩效管理工作开展情况如下：绩效自评的{}年度项目{count}个",
        unit(inputs),
        inputs.year,
        inputs.year
    ));
    l.claims
        .push(Claim::count(CountRef::EvaluatedProjects, count));
    if let Some(budget) = super::wan_amount(rollup.budget) {
        l.push("，涉及预算金额");
        l.amount(FigureRef::EvaluationBudget, &budget);
    }
    let grades = l.grades(&rollup, |g| {
        format!("绩效评级为“{}”的项目{}个", g.grade, g.count)
    });
    if !grades.is_empty() {
        l.push(&format!("（其中，{}）", grades.join("；")));
    }
    l.push("。");
    out.push(paragraph("十", "预算绩效管理情况", vec![l]));
}

/// The vehicle categories as the Shanghai template prints them.
fn vehicle_name(category: VehicleCategory) -> String {
    match category {
        VehicleCategory::SeniorLeaders => "部级领导干部用车".to_owned(),
        VehicleCategory::PrincipalOfficials => "主要领导干部用车".to_owned(),
        VehicleCategory::RetiredCadres => "离退休干部用车".to_owned(),
        other => other.to_string(),
    }
}

/// 十一: 机关运行经费, 政府采购, 国有资产占有使用.
fn other(
    figures: &dyn Figures,
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let y = inputs.year;
    if let Some(c) = &s.operating_cost {
        let l = if c.amount.amount().is_zero() && c.change.is_none() {
            let mut l = Line::new(format!("{}{y}年度无机关运行经费支出。", unit(inputs)));
            l.claims.push(Claim::nil(c.figure));
            l
        } else {
            let mut l = Line::new("机关运行经费支出");
            l.amount(c.figure, &c.amount);
            if let Some(ch) = &c.change {
                l.push(&format!("，比{}年度", y.saturating_sub(1)));
                l.change(c.figure, ch, o);
                l.push("。");
                if l.reason(inputs, "十（一）", "主要原因是") {
                    l.push("。");
                }
            } else {
                l.push("。");
            }
            l
        };
        out.push(paragraph("十一（一）", "机关运行经费支出情况", vec![l]));
    }
    if let Some([total, goods, works, services]) = super::procurement(figures) {
        let mut l = Line::new(format!(
            "{}{y}年度政府采购金额（以合同签订为准）为",
            unit(inputs)
        ));
        l.amount(total.0, &total.1).push("，其中：货物采购金额");
        l.amount(goods.0, &goods.1).push("、工程采购金额");
        l.amount(works.0, &works.1).push("、服务采购金额");
        l.amount(services.0, &services.1).push("。");
        out.push(paragraph("十一（二）", "政府采购支出情况", vec![l]));
    }
    if let Some(vehicles) = figures.count(&CountRef::Vehicles(None)) {
        let mut l = Line::new(format!(
            "截至{y}年12月31日，{}共有车辆{vehicles}辆",
            unit(inputs)
        ));
        l.claims
            .push(Claim::count(CountRef::Vehicles(None), vehicles));
        l.vehicles(figures, "，其中：", vehicle_name);
        l.push("。");
        if let Some(n) = figures.count(&CountRef::CostlyEquipment) {
            l.push(&format!(
                "单价100万元（含）以上设备（不含车辆）{n}台（套）。"
            ));
            l.claims.push(Claim::count(CountRef::CostlyEquipment, n));
        }
        out.push(paragraph("十一（三）", "国有资产占有使用情况说明", vec![l]));
    }
}
