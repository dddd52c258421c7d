//! The summary sentence form ([`Form::Summary`](crate::profile::Form::Summary), the phrasing of
//! the 2024 Shanghai template): one statement per paragraph, the lines not involved left out
//! (不涉及的不列), the 具体情况 a numbered sentence per line of the detail level compared with its
//! 年初预算 (决算数大于（小于）预算数), the 三公 经费 against 公开09表's 预算数, and a fund without
//! money said so in one sentence.
//!
//! Reasons are looked up by the labels of the standard paragraphs as
//! [`Inputs::reasons`](crate::narrative::Inputs::reasons) names them (the 2023 Shanxi numbering:
//! "九（一）" for the 三公 经费, "十（一）" for 机关运行经费), whatever the section prints here.

use crate::classification::{FunctionCode, Level};
use crate::money::{PublishedAmount, YearOnYear};
use crate::narrative::compute::Computed;
use crate::narrative::{
    Budget, BudgetKind, Claim, Comparison, CountRef, FigureRef, FundColumn, Inputs, SpendingColumn,
    Stage, ThreePublicItem, VehicleCategory, growth, share,
};
use crate::profile::Content;

use super::line::{Details, Line, amt};
use super::{Context, Lines};

/// The lines of the paragraph stating `content` in the summary form; the 三公 details are
/// stated within [`Content::ThreePublic`].
pub(super) fn lines(content: Content, c: &Context<'_>) -> Lines {
    match content {
        Content::Totals => totals(c),
        Content::Income => income(c),
        Content::Expenditure => expenditure(c),
        Content::Fiscal => fiscal(c),
        Content::GeneralPublicTotal => general_public_total(c),
        Content::GeneralPublicStructure => general_public_structure(c),
        Content::GeneralPublicDetail => general_public_detail(c),
        Content::Basic => basic(c),
        Content::GovernmentFund => government_fund(c),
        Content::StateCapital => state_capital(c),
        Content::ThreePublic => three_public(c),
        Content::ThreePublicDetails => None,
        Content::OperatingCost => operating_cost(c),
        Content::Procurement => procurement(c),
        Content::Assets => assets(c),
        Content::Performance => performance(c),
    }
}

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

fn income(c: &Context<'_>) -> Lines {
    let total = c.s.income_total.as_ref()?;
    let mut l = Line::named(total.figure);
    l.amount(total.figure, &total.amount).push("，其中：");
    let items: Vec<(String, &Computed)> = c.s.income.iter().map(|c| (c.figure.name(), c)).collect();
    listed(&mut l, &items, FigureRef::IncomeTotal);
    l.push("。");
    Some(vec![l])
}

fn expenditure(c: &Context<'_>) -> Lines {
    let total = c.s.expenditure_total.as_ref()?;
    let mut l = Line::named(total.figure);
    l.amount(total.figure, &total.amount).push("，其中：");
    let items: Vec<(String, &Computed)> =
        c.s.expenditure
            .iter()
            .map(|c| (c.figure.name(), c))
            .collect();
    listed(&mut l, &items, FigureRef::ExpenditureTotal);
    l.push("。");
    Some(vec![l])
}

fn basic(c: &Context<'_>) -> Lines {
    let (Some(basic), Some(p), Some(q)) = (&c.s.basic, &c.s.personnel, &c.s.public_use) else {
        return None;
    };
    let mut l = Line::named(basic.figure);
    l.amount(basic.figure, &basic.amount)
        .push("。其中：人员经费");
    l.amount(p.figure, &p.amount).push("；公用经费");
    l.amount(q.figure, &q.amount).push("。");
    Some(vec![l])
}

/// "收入支出总计" (or "财政拨款收入支出总计"): income and expenditure totals are one figure in a
/// balanced disclosure, and so is their change; where they differ, each is stated apart.
fn income_and_expenditure(
    l: &mut Line,
    name: (&str, &str, &str),
    i: &Computed,
    e: &Computed,
    c: &Context<'_>,
) {
    let (both, income, expenditure) = name;
    let (inputs, o, compared) = (c.inputs, c.o, c.compared());
    if i.amount == e.amount && i.change == e.change {
        l.push(&format!("{}{}年度{both}", unit(inputs), inputs.year));
        l.amount(i.figure, &i.amount);
        l.claim(Claim::amount(e.figure, &amt(&e.amount)));
        l.push("。");
        if let Some(c) = &i.change {
            l.push(&format!("{compared}，{both}"));
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
        l.push(&format!("{}{}年度", unit(inputs), inputs.year));
        let words = (income, &*format!("，{expenditure}"));
        l.totals_apart(words, words, (i, e), (&compared, o));
    }
}

/// 收入支出总计, with its change.
fn totals(c: &Context<'_>) -> Lines {
    let (Some(i), Some(e)) = (&c.s.income_grand_total, &c.s.expenditure_grand_total) else {
        return None;
    };
    let mut l = Line::default();
    income_and_expenditure(&mut l, ("收入支出总计", "收入总计", "支出总计"), i, e, c);
    finish(&mut l, c.inputs, "一", "主要原因：");
    Some(vec![l])
}

/// 财政拨款收入支出总计, with its change.
fn fiscal(c: &Context<'_>) -> Lines {
    let (Some(i), Some(e)) = (&c.s.fiscal_income, &c.s.fiscal_expenditure) else {
        return None;
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
        c,
    );
    finish(&mut l, c.inputs, "四", "主要原因：");
    Some(vec![l])
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

/// 一般公共预算财政拨款支出: the total, its share and change.
fn general_public_total(c: &Context<'_>) -> Lines {
    let subject = super::line::phrase(c.s.general_public.as_ref()?.figure);
    super::general_public_total(c, &subject, "主要原因：")
}

/// The 类 lines with money, and their shares.
fn general_public_structure(c: &Context<'_>) -> Lines {
    let gp = c.s.general_public.as_ref()?;
    let mut structure = Line::named(gp.figure);
    structure
        .amount(gp.figure, &gp.amount)
        .push("，主要用于以下方面：");
    let classes: Vec<(String, &Computed)> =
        c.s.classes
            .iter()
            .map(|(row, c)| (format!("{}（类）", row.name), c))
            .collect();
    listed(&mut structure, &classes, gp.figure);
    structure.push("。");
    Some(vec![structure])
}

/// The total against its 年初预算, then a numbered sentence per line of the detail level.
fn general_public_detail(c: &Context<'_>) -> Lines {
    let gp = c.s.general_public.as_ref()?;
    let inputs = c.inputs;
    let mut head = Line::named(gp.figure);
    // "…支出年初预算为X万元，支出决算为…", or without a budget "…支出决算为…" (the subject
    // already ends with 支出).
    match &gp.budget {
        Some(b) => head.push(&format!("年初预算为{}万元，支出决算为", amt(b))),
        None => head.push("决算为"),
    };
    head.amount(gp.figure, &gp.amount);
    match (&gp.budget, gp.completion) {
        (Some(b), Some(p)) => {
            if let Ok(stated) = Budget::stated(BudgetKind::Initial, &amt(b)) {
                head.completion("，完成年初预算的", gp.figure, stated, p);
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
    let rows = c.figures.general_public_rows();
    let mut number = 0_u32;
    for row in rows.iter().filter(|r| r.code.level() == c.o.detail_level) {
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
        detail_line(&mut l, c, figure, &row.total, budget.as_ref());
        finish(
            &mut l,
            inputs,
            &format!("五（三）{}", row.code),
            "主要原因：",
        );
        lines.push(l);
    }
    Some(lines)
}

/// One line of the detail level after its name: its purpose, 年初预算, 决算, change and the
/// comparison with its budget.
fn detail_line(
    l: &mut Line,
    c: &Context<'_>,
    figure: FigureRef,
    total: &PublishedAmount,
    budget: Option<&PublishedAmount>,
) {
    let inputs = c.inputs;
    if let Some(purpose) = inputs.purpose(&figure) {
        l.push(&format!("主要用于：{purpose}。"));
    }
    if let Some(b) = budget {
        l.push(&format!("年初预算为{}万元，", amt(b)));
    }
    l.push("支出决算为");
    l.amount(figure, total).push("。");
    if let Some(ch) = inputs.prior(&figure).and_then(|p| growth(total, &p)) {
        l.push(&c.compared());
        l.change(figure, &ch, c.o);
        l.push("。");
    }
    if let (
        Some(b),
        FigureRef::GeneralPublic {
            code: Some(code), ..
        },
    ) = (budget, figure)
    {
        versus(l, inputs, figure, total, b, &format!("五（三）{code}"));
    }
}

/// The 三公 items of the Shanghai template: 因公出国（境）费, 公务用车购置及运行维护费 (one
/// item), 公务接待费.
const THREE_PUBLIC_ITEMS: [ThreePublicItem; 3] = [
    ThreePublicItem::OverseasTravel,
    ThreePublicItem::Vehicles,
    ThreePublicItem::Reception,
];

/// The three items of 三公 the disclosure prints, with their actual figure and amount.
fn printed_items(
    figures: &dyn crate::narrative::Figures,
) -> impl Iterator<Item = (ThreePublicItem, FigureRef, PublishedAmount)> + '_ {
    THREE_PUBLIC_ITEMS.into_iter().filter_map(|item| {
        let figure = tp(Stage::Actual, item);
        Some((item, figure, figures.amount(&figure)?))
    })
}

/// A 三公 figure.
fn tp(stage: Stage, item: ThreePublicItem) -> FigureRef {
    FigureRef::ThreePublic { stage, item }
}

/// The 三公 经费: against 公开09表's 预算数, against last year, and each item's share; or one
/// sentence saying there are none.
fn three_public(c: &Context<'_>) -> Lines {
    let (figures, inputs) = (c.figures, c.inputs);
    let total_figure = tp(Stage::Actual, ThreePublicItem::Total);
    let total = figures.amount(&total_figure)?;
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
        return Some(vec![l]);
    }
    // （一）: against the budget, then against last year.
    let mut l = Line::new("“三公”经费财政拨款支出");
    three_public_budgets(&mut l, c, &total, budget_total.as_ref());
    if let Some(change) = prior_total.and_then(|p| growth(&total, &p)) {
        three_public_changes(&mut l, c, &change);
    }
    finish(&mut l, inputs, "九（一）", "主要原因是");
    let mut lines = vec![l];
    // （二）: each item's share of the total.
    if !total.amount().is_zero() {
        lines.push(three_public_shares(c, &total));
        lines.extend(three_public_details(c));
    }
    Some(lines)
}

/// "…全年预算为X万元，支出决算为Y万元，完成预算的Z%，其中：…。" and why the total differs
/// from its budget.
fn three_public_budgets(
    l: &mut Line,
    c: &Context<'_>,
    total: &PublishedAmount,
    budget_total: Option<&PublishedAmount>,
) {
    let (figures, inputs) = (c.figures, c.inputs);
    match budget_total {
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
    l.amount(tp(Stage::Actual, ThreePublicItem::Total), total);
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
    completion(l, ThreePublicItem::Total, total);
    l.push("，其中：");
    for (index, (item, figure, amount)) in printed_items(figures).enumerate() {
        if index > 0 {
            l.push("；");
        }
        l.push(&format!("{item}决算为"));
        l.amount(figure, &amount);
        completion(l, item, &amount);
    }
    l.push("。");
    if let Some(b) = budget_total
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
}

/// An item's change from last year, its prior year given, or (公务用车购置及运行维护费) its
/// two parts' when given apart.
fn three_public_change(c: &Context<'_>, item: ThreePublicItem) -> Option<YearOnYear> {
    let (figures, inputs) = (c.figures, c.inputs);
    let amount = figures.amount(&tp(Stage::Actual, item))?;
    let prior = inputs.prior(&tp(Stage::Actual, item)).or_else(|| {
        let part = |i| inputs.prior(&tp(Stage::Actual, i));
        let (purchase, operation) = (
            part(ThreePublicItem::VehiclePurchase)?,
            part(ThreePublicItem::VehicleOperation)?,
        );
        let sum = purchase.amount().checked_add(operation.amount()).ok()?;
        (item == ThreePublicItem::Vehicles)
            .then(|| PublishedAmount::new(sum, purchase.unit(), purchase.precision()).ok())
            .flatten()
    })?;
    growth(&amount, &prior)
}

/// "{year}年度“三公”经费财政拨款支出决算数比{prior}年度…，其中：…。" and the reasons.
fn three_public_changes(l: &mut Line, c: &Context<'_>, change: &YearOnYear) {
    let (inputs, o) = (c.inputs, c.o);
    l.push(&format!(
        "{}年度“三公”经费财政拨款支出决算数比{}年度",
        inputs.year,
        inputs.year.saturating_sub(1)
    ));
    l.change(tp(Stage::Actual, ThreePublicItem::Total), change, o);
    let changes: Vec<(ThreePublicItem, YearOnYear)> = THREE_PUBLIC_ITEMS
        .iter()
        .filter_map(|item| Some((*item, three_public_change(c, *item)?)))
        .collect();
    if !changes.is_empty() {
        l.push("，其中：");
    }
    for (index, (item, change)) in changes.iter().enumerate() {
        if index > 0 {
            l.push("；");
        }
        l.push(&format!("{item}支出决算"));
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
                "{item}支出{}的主要原因是{r}。",
                change.direction()
            ));
        }
    }
}

/// "“三公”经费财政拨款支出决算中，…支出决算X万元，占Y%；…。"
fn three_public_shares(c: &Context<'_>, total: &PublishedAmount) -> Line {
    let mut detail = Line::new("“三公”经费财政拨款支出决算中，");
    for (index, (item, figure, amount)) in printed_items(c.figures).enumerate() {
        if index > 0 {
            detail.push("；");
        }
        detail.push(&format!("{item}支出决算"));
        detail.amount(figure, &amount);
        if let Some(p) = share(&amount, total) {
            detail.share("，占", figure, tp(Stage::Actual, ThreePublicItem::Total), p);
        }
    }
    detail.push("。");
    detail
}

/// 七（二）'s items: the 三公 details no table prints, when the inputs give them.
fn three_public_details(c: &Context<'_>) -> Vec<Line> {
    let vehicles = tp(Stage::Actual, ThreePublicItem::Vehicles);
    let (Some(d), Some(spent)) = (
        Details::of(c.figures, c.inputs),
        c.figures.amount(&vehicles),
    ) else {
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

/// The 政府性基金 appropriations, or one sentence saying there are none.
fn government_fund(c: &Context<'_>) -> Lines {
    let gf = |column| FigureRef::GovernmentFund { code: None, column };
    // The year's income as 公开01表 prints it (the same figure as 公开07表's 合计).
    let income = if c.figures.amount(&FigureRef::GovernmentFundIncome).is_some() {
        FigureRef::GovernmentFundIncome
    } else {
        gf(FundColumn::Income)
    };
    fund(
        c,
        "政府性基金预算财政拨款",
        income,
        gf(FundColumn::Expenditure),
    )
}

/// The 国有资本经营 appropriations, or one sentence saying there are none.
fn state_capital(c: &Context<'_>) -> Lines {
    let expenditure = FigureRef::StateCapital {
        code: None,
        column: SpendingColumn::Subtotal,
    };
    fund(
        c,
        "国有资本经营预算财政拨款",
        FigureRef::StateCapitalIncome,
        expenditure,
    )
}

/// A fund's income and expenditure, `name`d, or one sentence saying there are none.
fn fund(c: &Context<'_>, name: &str, income: FigureRef, expenditure: FigureRef) -> Lines {
    let (figures, inputs) = (c.figures, c.inputs);
    let (i, e) = (figures.amount(&income), figures.amount(&expenditure));
    if i.is_none() && e.is_none() {
        return None;
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
    Some(vec![l])
}

/// The self-evaluation, as the forms roll up.
fn performance(c: &Context<'_>) -> Lines {
    let inputs = c.inputs;
    let rollup = c.figures.forms_rollup().filter(|r| r.count > 0)?;
    let count = u64::try_from(rollup.count).unwrap_or(u64::MAX);
    let mut l = Line::new(format!(
        "{}{}年度预算绩效管理工作开展情况如下：绩效自评的{}年度项目{count}个",
        unit(inputs),
        inputs.year,
        inputs.year
    ));
    l.claims
        .push(Claim::count(CountRef::EvaluatedProjects, count));
    if let Some(budget) = super::line::wan_amount(rollup.budget) {
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
    Some(vec![l])
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

/// 机关运行经费, with its change, or that there is none.
fn operating_cost(c: &Context<'_>) -> Lines {
    let (inputs, y) = (c.inputs, c.inputs.year);
    let cost = c.s.operating_cost.as_ref()?;
    let l = if cost.amount.amount().is_zero() && cost.change.is_none() {
        let mut l = Line::new(format!("{}{y}年度无机关运行经费支出。", unit(inputs)));
        l.claims.push(Claim::nil(cost.figure));
        l
    } else {
        let mut l = Line::new(format!("{}支出", super::line::phrase(cost.figure)));
        l.amount(cost.figure, &cost.amount);
        if let Some(ch) = &cost.change {
            l.push(&format!("，比{}年度", y.saturating_sub(1)));
            l.change(cost.figure, ch, c.o);
            l.push("。");
            if l.reason(inputs, "十（一）", "主要原因是") {
                l.push("。");
            }
        } else {
            l.push("。");
        }
        l
    };
    Some(vec![l])
}

/// 政府采购: the total and its 货物, 工程 and 服务.
fn procurement(c: &Context<'_>) -> Lines {
    let [total, goods, works, services] = super::line::procurement(c.figures)?;
    let mut l = Line::new(format!(
        "{}{}年度政府采购金额（以合同签订为准）为",
        unit(c.inputs),
        c.inputs.year
    ));
    l.amount(total.0, &total.1).push("，其中：货物采购金额");
    l.amount(goods.0, &goods.1).push("、工程采购金额");
    l.amount(works.0, &works.1).push("、服务采购金额");
    l.amount(services.0, &services.1).push("。");
    Some(vec![l])
}

/// 国有资产占有使用: vehicles and costly equipment.
fn assets(c: &Context<'_>) -> Lines {
    let vehicles = c.figures.count(&CountRef::Vehicles(None))?;
    let mut l = Line::new(format!(
        "截至{}年12月31日，{}共有车辆{vehicles}辆",
        c.inputs.year,
        unit(c.inputs)
    ));
    l.claims
        .push(Claim::count(CountRef::Vehicles(None), vehicles));
    l.vehicles(c.figures, "，其中：", vehicle_name);
    l.push("。");
    if let Some(n) = c.figures.count(&CountRef::CostlyEquipment) {
        l.push(&format!(
            "单价100万元（含）以上设备（不含车辆）{n}台（套）。"
        ));
        l.claims.push(Claim::count(CountRef::CostlyEquipment, n));
    }
    Some(vec![l])
}
