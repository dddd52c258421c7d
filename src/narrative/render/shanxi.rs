//! The 说明 in the phrasing of the 2023 Shanxi template (`shanxi-2023`): 一 … 十, the 具体情况
//! paragraph (五（三）) one sentence per line of the detail level, changes against 上年决算 and
//! completions of 年初预算.

use crate::classification::Level;
use crate::money::{PublishedAmount, YearOnYear};
use crate::narrative::compute::{Computed, StandardFigures, THREE_PUBLIC};
use crate::narrative::{
    Budget, BudgetKind, Claim, CountRef, FigureRef, Figures, Inputs, ProcurementItem, Stage,
    ThreePublicItem, compute,
};

/// The chapters whose paragraphs are sub-sections, by numeral.
pub(super) const CHAPTERS: &[(&str, &str)] = &[
    ("五", "一般公共预算财政拨款支出决算情况说明"),
    ("九", "财政拨款“三公”经费支出决算情况说明"),
    ("十", "其他重要事项情况说明"),
];

use super::{Details, Line, Paragraph, RenderOptions, amt, end_list, paragraph, shares};

pub(super) fn render(
    figures: &dyn Figures,
    inputs: &Inputs,
    options: RenderOptions,
) -> Vec<Paragraph> {
    let s = compute(figures, inputs);
    let y = inputs.year;
    let mut out = Vec::new();
    overall(&s, inputs, options, &mut out);
    if let Some(total) = &s.income_total {
        let mut head = Line::new(format!("{y}年度收入合计"));
        head.amount(total.figure, &total.amount).push("，其中：");
        let mut lines = vec![head];
        lines.extend(shares(&s.income, FigureRef::IncomeTotal));
        out.push(paragraph("二", "收入决算情况说明", lines));
    }
    if let Some(total) = &s.expenditure_total {
        let mut head = Line::new(format!("{y}年度支出合计"));
        head.amount(total.figure, &total.amount).push("，其中：");
        let mut lines = vec![head];
        lines.extend(shares(&s.expenditure, FigureRef::ExpenditureTotal));
        out.push(paragraph("三", "支出决算情况说明", lines));
    }
    fiscal(&s, inputs, options, &mut out);
    general_public(figures, &s, inputs, options, &mut out);
    if let (Some(basic), Some(p), Some(q)) = (&s.basic, &s.personnel, &s.public_use) {
        let mut head = Line::new(format!("{y}年度财政拨款基本支出"));
        head.amount(basic.figure, &basic.amount).push("，其中：");
        let mut personnel = Line::new("人员经费");
        personnel.amount(p.figure, &p.amount);
        if let Some(purpose) = inputs.purpose(&p.figure) {
            personnel.push(&format!("，主要包括{purpose}"));
        }
        personnel.push("；");
        let mut public_use = Line::new("公用经费");
        public_use.amount(q.figure, &q.amount);
        if let Some(purpose) = inputs.purpose(&q.figure) {
            public_use.push(&format!("，主要包括{purpose}"));
        }
        public_use.push("。");
        out.push(paragraph(
            "六",
            "一般公共预算财政拨款基本支出决算情况说明",
            vec![head, personnel, public_use],
        ));
    }
    government_fund(&s, inputs, options, &mut out);
    if let Some(sc) = &s.state_capital {
        let mut line = Line::default();
        if sc.amount.amount().is_zero() {
            line.push("本年度无此项支出。");
            line.claims.push(Claim::nil(sc.figure));
        } else {
            line.push(&format!("{y}年度国有资本经营预算财政拨款支出"));
            line.amount(sc.figure, &sc.amount).push("。");
        }
        out.push(paragraph(
            "八",
            "国有资本经营预算财政拨款支出决算情况说明",
            vec![line],
        ));
    }
    three_public(&s, inputs, options, &mut out);
    three_public_details(figures, inputs, &mut out);
    other(figures, &s, inputs, options, &mut out);
    out
}

fn overall(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.income_grand_total, &s.expenditure_grand_total) else {
        return;
    };
    let mut l = Line::new(format!("{}年度收入总计", inputs.year));
    l.amount(i.figure, &i.amount).push("，支出总计");
    l.amount(e.figure, &e.amount).push("。");
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        l.push("与上年相比，收入总计");
        l.change(i.figure, ci, o);
        l.push("，支出总计");
        l.change(e.figure, ce, o);
        l.push("。");
        if l.reason(inputs, "一", "主要原因是") {
            l.push("。");
        }
    }
    out.push(paragraph("一", "收入支出决算总体情况说明", vec![l]));
}

fn fiscal(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.fiscal_income, &s.fiscal_expenditure) else {
        return;
    };
    let mut l = Line::new(format!("{}年度财政拨款收入总计", inputs.year));
    l.amount(i.figure, &i.amount).push("，支出总计");
    l.amount(e.figure, &e.amount).push("。");
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        l.push("与上年相比，财政拨款收入总计");
        l.change(i.figure, ci, o);
        l.push("；财政拨款支出总计");
        l.change(e.figure, ce, o);
        l.push("。");
        if l.reason(inputs, "四", "主要原因是") {
            l.push("。");
        }
    }
    out.push(paragraph("四", "财政拨款收支决算总体情况说明", vec![l]));
}

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
    let y = inputs.year;
    let mut first = Line::new(format!("{y}年一般公共预算财政拨款决算支出"));
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
        first.push("与上年相比，一般公共预算财政拨款支出");
        first.change(gp.figure, c, o);
        first.push("。");
        if first.reason(inputs, "五（一）", "主要原因是") {
            first.push("。");
        }
    }
    out.push(paragraph(
        "五（一）",
        "一般公共预算财政拨款支出决算总体情况",
        vec![first],
    ));

    let nonzero: Vec<_> = s
        .classes
        .iter()
        .filter(|(_, c)| !c.amount.amount().is_zero())
        .collect();
    let mut head = Line::new(format!("{y}年度一般公共预算财政拨款支出"));
    head.amount(gp.figure, &gp.amount)
        .push("，主要用于以下方面：");
    let mut items: Vec<Line> = nonzero
        .iter()
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
    out.push(paragraph(
        "五（二）",
        "一般公共预算财政拨款支出决算结构情况",
        lines,
    ));

    let stated = |b: &PublishedAmount| Budget::stated(BudgetKind::Initial, &amt(b));
    let mut head = Line::new(format!("{y}年度一般公共预算财政拨款支出"));
    match gp.budget {
        Some(budget) => head.push(&format!("年初预算{}万元，支出决算", amt(&budget))),
        None => head.push("决算"),
    };
    head.amount(gp.figure, &gp.amount);
    if let (Some(c), Some(Ok(b))) = (gp.completion, gp.budget.as_ref().map(stated)) {
        head.completion("，完成年初预算的", gp.figure, b, c);
    }
    head.reason(inputs, "五（三）", "，主要原因是");
    head.push("。其中：");
    let rows = figures.general_public_rows();
    let name_of = |code| {
        rows.iter()
            .find(|r| r.code == code)
            .map_or_else(String::new, |r| r.name.clone())
    };
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
        let mut l = Line::new(match row.code.level() {
            Level::Class => row.name.clone(),
            _ => {
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
        });
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
    out.push(paragraph(
        "五（三）",
        "一般公共预算财政拨款支出决算具体情况",
        lines,
    ));
}

fn government_fund(
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let (Some(i), Some(e)) = (&s.government_fund_income, &s.government_fund_expenditure) else {
        return;
    };
    let title = "政府性基金预算财政拨款收支决算情况说明";
    let unchanged = |c: &Option<YearOnYear>| c.as_ref().is_none_or(|c| c.difference().is_zero());
    if i.amount.amount().is_zero()
        && e.amount.amount().is_zero()
        && unchanged(&i.change)
        && unchanged(&e.change)
    {
        let mut l = Line::new("本年度无此项收支。");
        l.claims = vec![Claim::nil(i.figure), Claim::nil(e.figure)];
        out.push(paragraph("七", title, vec![l]));
        return;
    }
    let mut l = Line::new(format!("{}年度政府性基金预算财政拨款收入总计", inputs.year));
    l.amount(i.figure, &i.amount).push("、支出总计");
    l.amount(e.figure, &e.amount).push("。");
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        l.push("与上年相比，政府性基金预算财政拨款收入总计");
        l.change(i.figure, ci, o);
        l.push("；政府性基金预算财政拨款支出总计");
        l.change(e.figure, ce, o);
        l.push("。");
        if l.reason(inputs, "七", "主要原因是") {
            l.push("。");
        }
    }
    out.push(paragraph("七", title, vec![l]));
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
fn three_public_change(
    l: &mut Line,
    c: &Computed,
    inputs: &Inputs,
    section: &str,
    o: RenderOptions,
) {
    match &c.change {
        Some(ch) if ch.difference().is_zero() => {
            l.push("，");
            l.change(c.figure, ch, o);
        }
        Some(ch) => {
            l.push("，比上年度");
            l.change(c.figure, ch, o);
        }
        None => {}
    }
    l.reason(inputs, section, "，主要原因是：");
}

fn three_public(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let Some((_, total)) = s
        .three_public
        .iter()
        .find(|(i, _)| *i == ThreePublicItem::Total)
    else {
        return;
    };
    let mut head = Line::new(format!("{}年度“三公”经费财政拨款支出", inputs.year));
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
    three_public_change(&mut head, total, inputs, "九（一）", o);
    head.push("。其中：");
    let mut items: Vec<Line> = THREE_PUBLIC
        .iter()
        .skip(1)
        .filter_map(|item| s.three_public.iter().find(|(i, _)| i == item))
        .map(|(item, c)| {
            let mut l = Line::new(format!("{}支出", three_public_name(*item)));
            l.amount(c.figure, &c.amount);
            three_public_budget(&mut l, *item, c);
            three_public_change(&mut l, c, inputs, &format!("九（一）{item}"), o);
            l
        })
        .collect();
    end_list(&mut items);
    let mut lines = vec![head];
    lines.extend(items);
    out.push(paragraph(
        "九（一）",
        "“三公”经费财政拨款支出决算总体情况说明",
        lines,
    ));
}

/// 九（二）: the 三公 details no table prints, item by item, when the inputs give them.
fn three_public_details(figures: &dyn Figures, inputs: &Inputs, out: &mut Vec<Paragraph>) {
    let Some(d) = Details::of(figures, inputs) else {
        return;
    };
    let mut purchase = Line::new("2、公务用车购置支出");
    d.purchase(&mut purchase);
    purchase.push("。");
    let mut operation = Line::new("3、公务用车运行维护费支出");
    d.operation(&mut operation);
    operation.push("。");
    out.push(paragraph(
        "九（二）",
        "“三公”经费财政拨款支出决算具体情况说明",
        vec![d.overseas("1、"), purchase, operation, d.reception("4、")],
    ));
}

/// 十: 机关运行经费, 政府采购, 国有资产占用 and the performance self-evaluation, each when the
/// disclosure has its figures.
fn other(
    figures: &dyn Figures,
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let y = inputs.year;
    if let Some(c) = &s.operating_cost {
        let mut l = Line::new(format!("{y}年度机关运行经费支出"));
        l.amount(c.figure, &c.amount);
        if let Some(ch) = &c.change {
            l.push("，比上年");
            l.change(c.figure, ch, o);
            l.reason(inputs, "十（一）", "，主要原因是");
        }
        l.push("。");
        out.push(paragraph("十（一）", "机关运行经费支出情况说明", vec![l]));
    }
    if let Some([total, goods, works, services]) = super::procurement(figures) {
        let mut l = Line::new(format!("{y}年度政府采购支出总额"));
        l.amount(total.0, &total.1).push("，其中：政府采购货物支出");
        l.amount(goods.0, &goods.1).push("、政府采购工程支出");
        l.amount(works.0, &works.1).push("、政府采购服务支出");
        l.amount(services.0, &services.1).push("。");
        for (item, lead) in [
            (ProcurementItem::SmallMedium, "政府采购授予中小企业合同金额"),
            (ProcurementItem::SmallMicro, "其中：授予小微企业合同金额"),
        ] {
            let figure = FigureRef::Procurement(item);
            if let Some(a) = figures.amount(&figure) {
                l.push(lead);
                l.amount(figure, &a);
                if let Some(p) = crate::narrative::share(&a, &total.1) {
                    l.share("，占政府采购支出总额的", figure, total.0, p);
                }
                l.push("。");
            }
        }
        out.push(paragraph("十（二）", "政府采购支出情况说明", vec![l]));
    }
    if let Some(vehicles) = figures.count(&CountRef::Vehicles(None)) {
        let mut l = Line::new(format!(
            "截至{y}年12月31日，本部门（单位）共有车辆{vehicles}辆"
        ));
        l.claims
            .push(Claim::count(CountRef::Vehicles(None), vehicles));
        l.vehicles(figures, "。其中：", |c| c.to_string());
        if let Some(n) = figures.count(&CountRef::CostlyEquipment) {
            l.push(&format!(
                "；单价100万元（含）以上设备（不含车辆）{n}台（套）"
            ));
            l.claims.push(Claim::count(CountRef::CostlyEquipment, n));
        }
        l.push("。");
        out.push(paragraph("十（三）", "国有资产占用情况说明", vec![l]));
    }
    if let Some(rollup) = figures.forms_rollup().filter(|r| r.count > 0) {
        let count = u64::try_from(rollup.count).unwrap_or(u64::MAX);
        let mut l = Line::new(format!("{y}年度项目支出绩效自评个数{count}个"));
        l.claims
            .push(Claim::count(CountRef::EvaluatedProjects, count));
        if let Some(spent) = super::wan_amount(rollup.spent) {
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
        out.push(paragraph("十（四）", "预算绩效管理情况说明", vec![l]));
    }
}
