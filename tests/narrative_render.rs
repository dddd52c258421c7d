//! Computation and rendering of the standard 说明 paragraphs from the spec's tables.

mod narrative_support;

use final_accounts::money::YearOnYear;
use final_accounts::narrative::{
    BudgetKind, FigureRef, FundColumn, Inputs, RenderOptions, Stage, ThreePublicItem, ZeroBase,
    compute, render,
};
use narrative_support::{Datong, gp_sub, gp_total, tp, wan};

/// The spec's 说明 一–四 and 七, as printed (blank lines of the PDF extraction dropped).
const SPEC: &str = "\
一、收入支出决算总体情况说明
2023年度收入总计2,076.12万元，支出总计2,076.12万元。与上年相比，收入总计增加736.34万元，增长54.96%，支出总计增加736.34万元，增长54.96%。主要原因是年中追加项目金额增加。
二、收入决算情况说明
2023年度收入合计1,991.06万元，其中：
财政拨款收入1,990.89万元，占比99.99%；
上级补助收入0万元，占比0%；
事业收入0万元，占比0%；
经营收入0万元，占比0%；
附属单位上缴收入0万元，占比0%；
其他收入0.16万元，占比0.01%。
三、支出决算情况说明
2023年度支出合计1,991.91万元，其中：
基本支出1,102.05万元，占比55.33%；
项目支出889.86万元，占比44.67%；
上缴上级支出0万元，占比0%；
经营支出0万元，占比0%；
对附属单位补助支出0万元，占比0%。
四、财政拨款收支决算总体情况说明
2023年度财政拨款收入总计1,990.89万元，支出总计1,990.89万元。与上年相比，财政拨款收入总计增加737.23万元，增长58.81%；财政拨款支出总计增加737.23万元，增长58.81%。主要原因是年中追加项目资金增加。
五、
七、政府性基金预算财政拨款收支决算情况说明
2023年度政府性基金预算财政拨款收入总计254.97万元、支出总计254.97万元。与上年相比，政府性基金预算财政拨款收入总计增加254.97万元，增长∞%；政府性基金预算财政拨款支出总计增加254.97万元，增长∞%。主要原因是支付2022年度采购办公电脑尾款使用政府性基金预算资金。
八、
";

/// The spec's lines from `start` (a heading) to the next heading `end`.
fn spec_paragraph(start: &str, end: &str) -> String {
    let from = SPEC.find(start).unwrap() + start.len();
    let to = from + SPEC[from..].find(end).unwrap();
    SPEC[from..to]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn inputs() -> Inputs {
    // The prior year as the 说明 implies it (current − change); 年初预算 as stated in 五（三）.
    let mut i = Inputs::new(2023);
    i.prior_year = vec![
        (FigureRef::IncomeGrandTotal, wan("1,339.78")),
        (FigureRef::ExpenditureGrandTotal, wan("1,339.78")),
        (FigureRef::FiscalIncomeGrandTotal, wan("1,253.66")),
        (FigureRef::FiscalExpenditureGrandTotal, wan("1,253.66")),
        (gp_total(), wan("1,253.66")),
        (gp_sub("208"), wan("1,120.73")),
        (gp_sub("221"), wan("99.78")),
        (
            FigureRef::GovernmentFund {
                code: None,
                column: FundColumn::Income,
            },
            wan("0"),
        ),
        (
            FigureRef::GovernmentFund {
                code: None,
                column: FundColumn::Expenditure,
            },
            wan("0"),
        ),
        (tp(Stage::Actual, ThreePublicItem::Total), wan("1.19")),
        (tp(Stage::Actual, ThreePublicItem::OverseasTravel), wan("0")),
        (
            tp(Stage::Actual, ThreePublicItem::VehiclePurchase),
            wan("0"),
        ),
        (
            tp(Stage::Actual, ThreePublicItem::VehicleOperation),
            wan("1.19"),
        ),
        (tp(Stage::Actual, ThreePublicItem::Reception), wan("0")),
        (FigureRef::OperatingCost, wan("100.48")),
    ];
    i.budgets = vec![
        (gp_total(), BudgetKind::Initial, wan("1,267.44")),
        (gp_sub("208"), BudgetKind::Initial, wan("1,113.89")),
        (gp_sub("210"), BudgetKind::Initial, wan("38.16")),
        (gp_sub("221"), BudgetKind::Initial, wan("115.39")),
    ];
    i.reasons = vec![
        ("一".into(), "年中追加项目金额增加".into()),
        ("四".into(), "年中追加项目资金增加".into()),
        (
            "七".into(),
            "支付2022年度采购办公电脑尾款使用政府性基金预算资金".into(),
        ),
    ];
    i
}

fn paragraph(section: &str) -> String {
    render(
        &Datong::new(),
        &inputs(),
        RenderOptions::default().with_zero_base(ZeroBase::Infinity),
    )
    .into_iter()
    .find(|p| p.section == section)
    .unwrap()
    .text
}

#[test]
fn income_paragraph_is_the_spec_text() {
    assert_eq!(
        paragraph("二"),
        spec_paragraph("二、收入决算情况说明", "三、支出决算情况说明")
    );
}

#[test]
fn expenditure_paragraph_is_the_spec_text() {
    assert_eq!(
        paragraph("三"),
        spec_paragraph("三、支出决算情况说明", "四、财政拨款收支决算总体情况说明")
    );
}

#[test]
fn overall_paragraphs_are_the_spec_text() {
    assert_eq!(
        paragraph("一"),
        spec_paragraph("一、收入支出决算总体情况说明\n", "二、收入决算情况说明")
    );
    assert_eq!(
        paragraph("四"),
        spec_paragraph("四、财政拨款收支决算总体情况说明\n", "五、")
    );
    assert_eq!(
        paragraph("七"),
        spec_paragraph("七、政府性基金预算财政拨款收支决算情况说明\n", "八、")
    );
    assert_eq!(paragraph("八"), "本年度无此项支出。");
}

#[test]
fn class_structure_paragraph_states_the_spec_figures() {
    assert_eq!(
        paragraph("五（二）"),
        "2023年度一般公共预算财政拨款支出1,735.92万元，主要用于以下方面：\n\
         社会保障和就业支出(类)1,588.15万元，占比91.49%；\n\
         卫生健康支出(类)38.16万元，占比2.20%；\n\
         住房保障支出(类)109.61万元，占比6.31%。"
    );
}

#[test]
fn three_public_paragraph_prints_no_rate_against_a_zero_budget() {
    let text = paragraph("九（一）");
    assert!(text.starts_with("2023年度“三公”经费财政拨款支出全年预算1.03万元，支出决算1.03万元，完成全年预算的100.00%，比上年度减少0.16万元，下降13.45%。其中："), "{text}");
    assert!(
        text.contains("因公出国（境）费支出0万元，全年预算0万元，与上年相同；"),
        "{text}"
    );
    assert!(text.contains("公务用车运行维护费支出1.03万元，完成全年预算的100.00%，比上年度减少0.16万元，下降13.45%；"), "{text}");
    assert!(!text.contains("完成全年预算的0%"));
}

#[test]
fn computed_figures() {
    let s = compute(&Datong::new(), &inputs());
    let gp = s.general_public.unwrap();
    assert_eq!(gp.share.unwrap().to_string(), "87.15%");
    assert_eq!(gp.completion.unwrap().to_string(), "136.96%");
    assert_eq!(gp.change.unwrap().rate().unwrap().to_string(), "38.47%");
    let gf = s.government_fund_income.unwrap();
    assert!(matches!(gf.change, Some(YearOnYear::FromZero { .. })));
    let (_, overseas) = s
        .three_public
        .iter()
        .find(|(i, _)| *i == ThreePublicItem::OverseasTravel)
        .unwrap();
    assert_eq!(
        overseas.completion, None,
        "a zero budget has no completion rate"
    );
    assert_eq!(
        s.operating_cost
            .unwrap()
            .change
            .unwrap()
            .rate()
            .unwrap()
            .to_string(),
        "1.38%"
    );
    assert_eq!(s.classes.len(), 3);
}

#[test]
fn without_prior_year_or_budget_those_sentences_are_left_out() {
    let paragraphs = render(&Datong::new(), &Inputs::new(2023), RenderOptions::default());
    let one = &paragraphs.iter().find(|p| p.section == "一").unwrap().text;
    assert_eq!(one, "2023年度收入总计2,076.12万元，支出总计2,076.12万元。");
    let detail = &paragraphs
        .iter()
        .find(|p| p.section == "五（三）")
        .unwrap()
        .text;
    assert!(
        detail.starts_with("2023年度一般公共预算财政拨款支出决算1,735.92万元。其中：\n社会保障和就业支出决算1,588.15万元。"),
        "{detail}"
    );
    assert!(!detail.contains("年初预算"), "{detail}");
}
