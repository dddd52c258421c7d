//! The itemized sentence form ([`Form::Itemized`](crate::profile::Form::Itemized), the phrasing
//! of the 2023 Shanxi documents): a line per item, each with the year and amount, the 具体情况
//! paragraph one sentence per line of the detail level, changes against 上年决算 and
//! completions of 年初预算. Reasons are looked up under the standard labels of
//! [`Inputs::reasons`](crate::narrative::Inputs::reasons), whatever label the section prints.

use crate::classification::Level;
use crate::money::{PublishedAmount, YearOnYear};
use crate::narrative::compute::{Computed, THREE_PUBLIC};
use crate::narrative::{
    Budget, BudgetKind, Claim, CountRef, FigureRef, ProcurementItem, Stage, ThreePublicItem,
};
use crate::profile::Content;

use super::line::{Details, Line, amt, end_list, shares};
use super::{Context, Lines};

/// The lines of the paragraph stating `content` in the itemized form.
pub(super) fn lines(content: Content, c: &Context<'_>) -> Lines {
    match content {
        Content::Totals => overall(c),
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
        Content::ThreePublicDetails => three_public_details(c),
        Content::OperatingCost => operating_cost(c),
        Content::Procurement => procurement(c),
        Content::Assets => assets(c),
        Content::Performance => performance(c),
    }
}

fn income(c: &Context<'_>) -> Lines {
    let total = c.s.income_total.as_ref()?;
    let mut head = Line::new(format!("{}年度收入合计", c.inputs.year));
    head.amount(total.figure, &total.amount).push("，其中：");
    let mut lines = vec![head];
    lines.extend(shares(&c.s.income, FigureRef::IncomeTotal));
    Some(lines)
}

fn expenditure(c: &Context<'_>) -> Lines {
    let total = c.s.expenditure_total.as_ref()?;
    let mut head = Line::new(format!("{}年度支出合计", c.inputs.year));
    head.amount(total.figure, &total.amount).push("，其中：");
    let mut lines = vec![head];
    lines.extend(shares(&c.s.expenditure, FigureRef::ExpenditureTotal));
    Some(lines)
}

fn basic(c: &Context<'_>) -> Lines {
    let (Some(basic), Some(p), Some(q)) = (&c.s.basic, &c.s.personnel, &c.s.public_use) else {
        return None;
    };
    let mut head = Line::new(format!("{}年度财政拨款基本支出", c.inputs.year));
    head.amount(basic.figure, &basic.amount).push("，其中：");
    let mut personnel = Line::new("人员经费");
    personnel.amount(p.figure, &p.amount);
    if let Some(purpose) = c.inputs.purpose(&p.figure) {
        personnel.push(&format!("，主要包括{purpose}"));
    }
    personnel.push("；");
    let mut public_use = Line::new("公用经费");
    public_use.amount(q.figure, &q.amount);
    if let Some(purpose) = c.inputs.purpose(&q.figure) {
        public_use.push(&format!("，主要包括{purpose}"));
    }
    public_use.push("。");
    Some(vec![head, personnel, public_use])
}

fn state_capital(c: &Context<'_>) -> Lines {
    let sc = c.s.state_capital.as_ref()?;
    let mut line = Line::default();
    if sc.amount.amount().is_zero() {
        line.push("本年度无此项支出。");
        line.claims.push(Claim::nil(sc.figure));
    } else {
        line.push(&format!(
            "{}年度国有资本经营预算财政拨款支出",
            c.inputs.year
        ));
        line.amount(sc.figure, &sc.amount).push("。");
    }
    Some(vec![line])
}

fn overall(c: &Context<'_>) -> Lines {
    let (Some(i), Some(e)) = (&c.s.income_grand_total, &c.s.expenditure_grand_total) else {
        return None;
    };
    let mut l = Line::new(format!("{}年度", c.inputs.year));
    let words = ("收入总计", "，支出总计");
    if l.totals_apart(words, words, (i, e), (&c.compared(), c.o))
        && l.reason(c.inputs, "一", "主要原因是")
    {
        l.push("。");
    }
    Some(vec![l])
}

fn fiscal(c: &Context<'_>) -> Lines {
    let (Some(i), Some(e)) = (&c.s.fiscal_income, &c.s.fiscal_expenditure) else {
        return None;
    };
    let mut l = Line::new(format!("{}年度", c.inputs.year));
    if l.totals_apart(
        ("财政拨款收入总计", "，支出总计"),
        ("财政拨款收入总计", "；财政拨款支出总计"),
        (i, e),
        (&c.compared(), c.o),
    ) && l.reason(c.inputs, "四", "主要原因是")
    {
        l.push("。");
    }
    Some(vec![l])
}

fn general_public_total(c: &Context<'_>) -> Lines {
    let subject = format!("{}年一般公共预算财政拨款决算支出", c.inputs.year);
    super::general_public_total(c, &subject, "主要原因是")
}

fn general_public_structure(c: &Context<'_>) -> Lines {
    let gp = c.s.general_public.as_ref()?;
    let mut head = Line::new(format!("{}年度一般公共预算财政拨款支出", c.inputs.year));
    head.amount(gp.figure, &gp.amount)
        .push("，主要用于以下方面：");
    let mut items: Vec<Line> =
        c.s.classes
            .iter()
            .filter(|(_, c)| !c.amount.amount().is_zero())
            .map(|(row, c)| {
                let mut l = Line::new(format!("{}(类)", row.name));
                l.amount(c.figure, &c.amount);
                if let Some(sh) = c.share {
                    l.share("，占比", c.figure, gp.figure, sh);
                }
                l
            })
            .collect();
    end_list(&mut items);
    let mut lines = vec![head];
    lines.extend(items);
    Some(lines)
}

/// The printed name of a line of the detail level: a 类 by its name, a finer line with its
/// lineage ("社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）").
fn detail_name(
    rows: &[crate::narrative::GeneralPublicRow],
    row: &crate::narrative::GeneralPublicRow,
) -> String {
    if row.code.level() == Level::Class {
        return row.name.clone();
    }
    let name_of = |code| {
        rows.iter()
            .find(|r| r.code == code)
            .map_or_else(String::new, |r| r.name.clone())
    };
    let mut lineage: Vec<_> = row.code.ancestors().collect();
    lineage.reverse();
    let mut name = String::new();
    for (code, level) in lineage.iter().zip(["（类）", "（款）"]) {
        name.push_str(&name_of(*code));
        name.push_str(level);
    }
    name.push_str(&row.name);
    name.push_str(if row.code.level() == Level::Item {
        "（项）"
    } else {
        "（款）"
    });
    name
}

fn general_public_detail(c: &Context<'_>) -> Lines {
    let gp = c.s.general_public.as_ref()?;
    let (inputs, o) = (c.inputs, c.o);
    let stated = |b: &PublishedAmount| Budget::stated(BudgetKind::Initial, &amt(b));
    let mut head = Line::new(format!("{}年度一般公共预算财政拨款支出", inputs.year));
    match gp.budget {
        Some(budget) => head.push(&format!("年初预算{}万元，支出决算", amt(&budget))),
        None => head.push("决算"),
    };
    head.amount(gp.figure, &gp.amount);
    if let (Some(p), Some(Ok(b))) = (gp.completion, gp.budget.as_ref().map(stated)) {
        head.completion("，完成年初预算的", gp.figure, b, p);
    }
    head.reason(inputs, "五（三）", "，主要原因是");
    head.push("。其中：");
    let rows = c.figures.general_public_rows();
    let mut lines = vec![head];
    for row in rows.iter().filter(|r| r.code.level() == o.detail_level) {
        let figure = FigureRef::GeneralPublic {
            code: Some(row.code),
            column: crate::narrative::SpendingColumn::Subtotal,
        };
        let budget = inputs.budget(&figure, BudgetKind::Initial);
        if row.total.amount().is_zero() && budget.is_none_or(|b| b.amount().is_zero()) {
            continue;
        }
        let mut l = Line::new(detail_name(&rows, row));
        match budget {
            Some(b) => l.push(&format!("年初预算{}万元，支出决算", amt(&b))),
            None => l.push("决算"),
        };
        l.amount(figure, &row.total);
        let completion = budget.and_then(|b| crate::narrative::share(&row.total, &b));
        if let (Some(p), Some(Ok(b))) = (completion, budget.as_ref().map(stated)) {
            l.completion("，完成年初预算的", figure, b, p);
        }
        if let Some(purpose) = inputs.purpose(&figure) {
            l.push(&format!("，用于{purpose}"));
        }
        if let Some(ch) = inputs
            .prior(&figure)
            .and_then(|p| crate::narrative::growth(&row.total, &p))
        {
            l.push("，较上年决算");
            l.change(figure, &ch, o);
        }
        l.reason(inputs, &format!("五（三）{}", row.code), "，主要原因是");
        l.push("。");
        lines.push(l);
    }
    Some(lines)
}

fn government_fund(c: &Context<'_>) -> Lines {
    let (Some(i), Some(e)) = (
        &c.s.government_fund_income,
        &c.s.government_fund_expenditure,
    ) else {
        return None;
    };
    let unchanged = |c: &Option<YearOnYear>| c.as_ref().is_none_or(|c| c.difference().is_zero());
    if i.amount.amount().is_zero()
        && e.amount.amount().is_zero()
        && unchanged(&i.change)
        && unchanged(&e.change)
    {
        let mut l = Line::new("本年度无此项收支。");
        l.claims = vec![Claim::nil(i.figure), Claim::nil(e.figure)];
        return Some(vec![l]);
    }
    let mut l = Line::new(format!(
        "{}年度政府性基金预算财政拨款收入总计",
        c.inputs.year
    ));
    l.amount(i.figure, &i.amount).push("、支出总计");
    l.amount(e.figure, &e.amount).push("。");
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        l.push(&format!("{}，政府性基金预算财政拨款收入总计", c.compared()));
        l.change(i.figure, ci, c.o);
        l.push("；政府性基金预算财政拨款支出总计");
        l.change(e.figure, ce, c.o);
        l.push("。");
        if l.reason(c.inputs, "七", "主要原因是") {
            l.push("。");
        }
    }
    Some(vec![l])
}

fn three_public_name(item: ThreePublicItem) -> String {
    match item {
        ThreePublicItem::VehiclePurchase => "公务用车购置费".to_owned(),
        other => other.to_string(),
    }
}

/// "，完成全年预算的X%" (or "，全年预算X万元" against a zero budget) of a 三公 item.
fn three_public_budget(l: &mut Line, item: ThreePublicItem, c: &Computed) {
    let budget_figure = FigureRef::ThreePublic {
        stage: Stage::Budget,
        item,
    };
    match (c.budget, c.completion) {
        (Some(_), Some(p)) => l.completion(
            "，完成全年预算的",
            c.figure,
            Budget::table(BudgetKind::FullYear, budget_figure),
            p,
        ),
        (Some(b), None) => {
            l.push("，全年预算");
            l.amount(budget_figure, &b);
        }
        (None, _) => {}
    }
}

/// "，比上年度减少0.16万元，下降13.45%，主要原因是：…" of a 三公 item.
fn three_public_change(l: &mut Line, item: &Computed, c: &Context<'_>, section: &str) {
    match &item.change {
        Some(ch) if ch.difference().is_zero() => {
            l.push("，");
            l.change(item.figure, ch, c.o);
        }
        Some(ch) => {
            l.push("，比上年度");
            l.change(item.figure, ch, c.o);
        }
        None => {}
    }
    l.reason(c.inputs, section, "，主要原因是：");
}

fn three_public(c: &Context<'_>) -> Lines {
    let (_, total) =
        c.s.three_public
            .iter()
            .find(|(i, _)| *i == ThreePublicItem::Total)?;
    let mut head = Line::new(format!("{}年度“三公”经费财政拨款支出", c.inputs.year));
    if let Some(b) = total.budget {
        head.push("全年预算");
        head.amount(
            FigureRef::ThreePublic {
                stage: Stage::Budget,
                item: ThreePublicItem::Total,
            },
            &b,
        )
        .push("，");
    }
    head.push("支出决算");
    head.amount(total.figure, &total.amount);
    if total.completion.is_some() {
        three_public_budget(&mut head, ThreePublicItem::Total, total);
    }
    three_public_change(&mut head, total, c, "九（一）");
    head.push("。其中：");
    let mut items: Vec<Line> = THREE_PUBLIC
        .iter()
        .skip(1)
        .filter_map(|item| c.s.three_public.iter().find(|(i, _)| i == item))
        .map(|(item, computed)| {
            let mut l = Line::new(format!("{}支出", three_public_name(*item)));
            l.amount(computed.figure, &computed.amount);
            three_public_budget(&mut l, *item, computed);
            three_public_change(&mut l, computed, c, &format!("九（一）{item}"));
            l
        })
        .collect();
    end_list(&mut items);
    let mut lines = vec![head];
    lines.extend(items);
    Some(lines)
}

/// The 三公 details no table prints, item by item, when the inputs give them.
fn three_public_details(c: &Context<'_>) -> Lines {
    let d = Details::of(c.figures, c.inputs)?;
    let mut purchase = Line::new("2、公务用车购置支出");
    d.purchase(&mut purchase);
    purchase.push("。");
    let mut operation = Line::new("3、公务用车运行维护费支出");
    d.operation(&mut operation);
    operation.push("。");
    Some(vec![
        d.overseas("1、"),
        purchase,
        operation,
        d.reception("4、"),
    ])
}

fn operating_cost(c: &Context<'_>) -> Lines {
    let cost = c.s.operating_cost.as_ref()?;
    let mut l = Line::new(format!("{}年度机关运行经费支出", c.inputs.year));
    l.amount(cost.figure, &cost.amount);
    if let Some(ch) = &cost.change {
        l.push("，比上年");
        l.change(cost.figure, ch, c.o);
        l.reason(c.inputs, "十（一）", "，主要原因是");
    }
    l.push("。");
    Some(vec![l])
}

fn procurement(c: &Context<'_>) -> Lines {
    let [total, goods, works, services] = super::line::procurement(c.figures)?;
    let mut l = Line::new(format!("{}年度政府采购支出总额", c.inputs.year));
    l.amount(total.0, &total.1).push("，其中：政府采购货物支出");
    l.amount(goods.0, &goods.1).push("、政府采购工程支出");
    l.amount(works.0, &works.1).push("、政府采购服务支出");
    l.amount(services.0, &services.1).push("。");
    for (item, lead) in [
        (ProcurementItem::SmallMedium, "政府采购授予中小企业合同金额"),
        (ProcurementItem::SmallMicro, "其中：授予小微企业合同金额"),
    ] {
        let figure = FigureRef::Procurement(item);
        if let Some(a) = c.figures.amount(&figure) {
            l.push(lead);
            l.amount(figure, &a);
            if let Some(p) = crate::narrative::share(&a, &total.1) {
                l.share("，占政府采购支出总额的", figure, total.0, p);
            }
            l.push("。");
        }
    }
    Some(vec![l])
}

fn assets(c: &Context<'_>) -> Lines {
    let vehicles = c.figures.count(&CountRef::Vehicles(None))?;
    let mut l = Line::new(format!(
        "截至{}年12月31日，本部门（单位）共有车辆{vehicles}辆",
        c.inputs.year
    ));
    l.claims
        .push(Claim::count(CountRef::Vehicles(None), vehicles));
    l.vehicles(c.figures, "。其中：", |c| c.to_string());
    if let Some(n) = c.figures.count(&CountRef::CostlyEquipment) {
        l.push(&format!(
            "；单价100万元（含）以上设备（不含车辆）{n}台（套）"
        ));
        l.claims.push(Claim::count(CountRef::CostlyEquipment, n));
    }
    l.push("。");
    Some(vec![l])
}

fn performance(c: &Context<'_>) -> Lines {
    let rollup = c.figures.forms_rollup().filter(|r| r.count > 0)?;
    let count = u64::try_from(rollup.count).unwrap_or(u64::MAX);
    let mut l = Line::new(format!(
        "{}年度项目支出绩效自评个数{count}个",
        c.inputs.year
    ));
    l.claims
        .push(Claim::count(CountRef::EvaluatedProjects, count));
    if let Some(spent) = super::line::wan_amount(rollup.spent) {
        l.push("，涉及资金");
        l.amount(FigureRef::EvaluationSpent, &spent);
    }
    let grades = l.grades(&rollup, |g| {
        format!("{}个项目自评等级为“{}”", g.count, g.grade)
    });
    if !grades.is_empty() {
        l.push("：");
        l.push(&grades.join("，"));
    }
    l.push("。");
    Some(vec![l])
}
