//! The standard paragraphs of the 说明 (一 … 九), written from the computed figures.

use rust_decimal::Decimal;

use crate::money::{Percent, PublishedAmount, YearOnYear};

use super::compute::{Computed, StandardFigures, THREE_PUBLIC};
use super::{Figures, Inputs, ThreePublicItem, compute};

/// One rendered paragraph: its section label, its heading and its text (lines joined with
/// `\n`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Paragraph {
    /// The section label: "一", "五（二）", "九（一）".
    pub section: String,
    /// The heading, as the templates print it.
    pub title: String,
    /// The text, one line per sentence or list item.
    pub text: String,
}

/// How to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RenderOptions {
    /// Growth from a zero prior year: print "增长∞%" (as the 2023 Shanxi documents do,
    /// `true`, the default) or leave the rate out (`false`).
    pub infinity_for_zero_base: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            infinity_for_zero_base: true,
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

fn wan(d: Decimal) -> String {
    let mut v = d.abs();
    v.rescale(2);
    let a = PublishedAmount::parse(&v.to_string(), crate::money::MoneyUnit::WanYuan).ok();
    a.map_or_else(|| v.to_string(), |a| amt(&a))
}

/// "增加736.34万元，增长54.96%", "减少0.16万元，下降13.45%", "与上年相同".
fn change_text(change: &YearOnYear, options: RenderOptions) -> String {
    let diff = change.difference().wan_yuan();
    let dir = change.direction();
    match change {
        YearOnYear::BothZero => "与上年相同".to_owned(),
        YearOnYear::Changed { rate, .. } if !diff.is_zero() => {
            format!(
                "{dir}{}万元，{}{}",
                wan(diff),
                dir.growth_word(),
                pct(rate_abs(*rate))
            )
        }
        YearOnYear::FromZero { .. } if options.infinity_for_zero_base => {
            format!("{dir}{}万元，{}∞%", wan(diff), dir.growth_word())
        }
        YearOnYear::FromZero { .. } => format!("{dir}{}万元", wan(diff)),
        _ => "与上年相同".to_owned(),
    }
}

fn rate_abs(p: Percent) -> Percent {
    Percent::new(p.value().abs()).unwrap_or(p)
}

fn reason(inputs: &Inputs, section: &str, lead: &str) -> String {
    inputs
        .reason(section)
        .map_or_else(String::new, |r| format!("{lead}{r}"))
}

/// Lines "a；" … "z。": the last item ends the sentence.
fn list(lines: Vec<String>) -> Vec<String> {
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let end = if i.saturating_add(1) == n {
                "。"
            } else {
                "；"
            };
            format!("{l}{end}")
        })
        .collect()
}

fn shares(items: &[Computed]) -> Vec<String> {
    list(
        items
            .iter()
            .map(|c| match c.share {
                Some(s) => format!("{}{}万元，占比{}", c.figure.name(), amt(&c.amount), pct(s)),
                None => format!("{}{}万元", c.figure.name(), amt(&c.amount)),
            })
            .collect(),
    )
}

fn paragraph(section: &str, title: &str, lines: Vec<String>) -> Paragraph {
    Paragraph {
        section: section.to_owned(),
        title: title.to_owned(),
        text: lines.join("\n"),
    }
}

/// Renders the standard paragraphs 一 … 九 from the tables and the inputs, in the phrasing of
/// the 2023 Shanxi template. Paragraphs whose figures the disclosure lacks are left out;
/// sentences that need a prior year or a budget are left out when it is not given; a zero
/// budget gets no completion rate (the spec's "完成全年预算的0%" is the error this avoids).
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
/// ```
#[must_use]
pub fn render(figures: &dyn Figures, inputs: &Inputs, options: RenderOptions) -> Vec<Paragraph> {
    let s = compute(figures, inputs);
    let y = inputs.year;
    let mut out = Vec::new();
    overall(&s, inputs, options, &mut out);
    if let Some(total) = &s.income_total {
        let mut lines = vec![format!("{y}年度收入合计{}万元，其中：", amt(&total.amount))];
        lines.extend(shares(&s.income));
        out.push(paragraph("二", "收入决算情况说明", lines));
    }
    if let Some(total) = &s.expenditure_total {
        let mut lines = vec![format!("{y}年度支出合计{}万元，其中：", amt(&total.amount))];
        lines.extend(shares(&s.expenditure));
        out.push(paragraph("三", "支出决算情况说明", lines));
    }
    fiscal(&s, inputs, options, &mut out);
    general_public(&s, inputs, options, &mut out);
    if let (Some(basic), Some(p), Some(q)) = (&s.basic, &s.personnel, &s.public_use) {
        out.push(paragraph(
            "六",
            "一般公共预算财政拨款基本支出决算情况说明",
            vec![
                format!("{y}年度财政拨款基本支出{}万元，其中：", amt(&basic.amount)),
                format!("人员经费{}万元；", amt(&p.amount)),
                format!("公用经费{}万元。", amt(&q.amount)),
            ],
        ));
    }
    government_fund(&s, inputs, options, &mut out);
    if let Some(sc) = &s.state_capital {
        let line = if sc.amount.amount().is_zero() {
            "本年度无此项支出。".to_owned()
        } else {
            format!(
                "{y}年度国有资本经营预算财政拨款支出{}万元。",
                amt(&sc.amount)
            )
        };
        out.push(paragraph(
            "八",
            "国有资本经营预算财政拨款支出决算情况说明",
            vec![line],
        ));
    }
    three_public(&s, inputs, options, &mut out);
    out
}

fn overall(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.income_grand_total, &s.expenditure_grand_total) else {
        return;
    };
    let mut text = format!(
        "{}年度收入总计{}万元，支出总计{}万元。",
        inputs.year,
        amt(&i.amount),
        amt(&e.amount)
    );
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        text.push_str(&format!(
            "与上年相比，收入总计{}，支出总计{}。{}",
            change_text(ci, o),
            change_text(ce, o),
            reason(inputs, "一", "主要原因是")
        ));
        if inputs.reason("一").is_some() {
            text.push('。');
        }
    }
    out.push(paragraph("一", "收入支出决算总体情况说明", vec![text]));
}

fn fiscal(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let (Some(i), Some(e)) = (&s.fiscal_income, &s.fiscal_expenditure) else {
        return;
    };
    let mut text = format!(
        "{}年度财政拨款收入总计{}万元，支出总计{}万元。",
        inputs.year,
        amt(&i.amount),
        amt(&e.amount)
    );
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        text.push_str(&format!(
            "与上年相比，财政拨款收入总计{}；财政拨款支出总计{}。{}",
            change_text(ci, o),
            change_text(ce, o),
            reason(inputs, "四", "主要原因是")
        ));
        if inputs.reason("四").is_some() {
            text.push('。');
        }
    }
    out.push(paragraph("四", "财政拨款收支决算总体情况说明", vec![text]));
}

fn general_public(
    s: &StandardFigures,
    inputs: &Inputs,
    o: RenderOptions,
    out: &mut Vec<Paragraph>,
) {
    let Some(gp) = &s.general_public else {
        return;
    };
    let y = inputs.year;
    let mut first = format!("{y}年一般公共预算财政拨款决算支出{}万元", amt(&gp.amount));
    if let Some(share) = gp.share {
        first.push_str(&format!("，占本年支出合计的{}", pct(share)));
    }
    first.push('。');
    if let Some(c) = &gp.change {
        first.push_str(&format!(
            "与上年相比，一般公共预算财政拨款支出{}。",
            change_text(c, o)
        ));
        if let Some(r) = inputs.reason("五（一）") {
            first.push_str(&format!("主要原因是{r}。"));
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
    let mut lines = vec![format!(
        "{y}年度一般公共预算财政拨款支出{}万元，主要用于以下方面：",
        amt(&gp.amount)
    )];
    lines.extend(list(
        nonzero
            .iter()
            .map(|(row, c)| match c.share {
                Some(sh) => format!("{}(类){}万元，占比{}", row.name, amt(&c.amount), pct(sh)),
                None => format!("{}(类){}万元", row.name, amt(&c.amount)),
            })
            .collect(),
    ));
    out.push(paragraph(
        "五（二）",
        "一般公共预算财政拨款支出决算结构情况",
        lines,
    ));

    let Some(budget) = gp.budget else {
        return;
    };
    let mut head = format!(
        "{y}年度一般公共预算财政拨款支出年初预算{}万元，支出决算{}万元",
        amt(&budget),
        amt(&gp.amount)
    );
    if let Some(c) = gp.completion {
        head.push_str(&format!("，完成年初预算的{}", pct(c)));
    }
    head.push_str("。其中：");
    let mut lines = vec![head];
    lines.extend(nonzero.iter().map(|(row, c)| {
        let mut l = row.name.clone();
        if let Some(b) = c.budget {
            l.push_str(&format!("年初预算{}万元，", amt(&b)));
        }
        l.push_str(&format!("支出决算{}万元", amt(&c.amount)));
        if let Some(p) = c.completion {
            l.push_str(&format!("，完成年初预算的{}", pct(p)));
        }
        if let Some(ch) = &c.change {
            l.push_str(&format!("，较上年决算{}", change_text(ch, o)));
        }
        if let Some(r) = inputs.reason(&format!("五（三）{}", row.code)) {
            l.push_str(&format!("，主要原因{r}"));
        }
        l.push('。');
        l
    }));
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
        out.push(paragraph(
            "七",
            title,
            vec!["本年度无此项收支。".to_owned()],
        ));
        return;
    }
    let mut text = format!(
        "{}年度政府性基金预算财政拨款收入总计{}万元、支出总计{}万元。",
        inputs.year,
        amt(&i.amount),
        amt(&e.amount)
    );
    if let (Some(ci), Some(ce)) = (&i.change, &e.change) {
        text.push_str(&format!(
            "与上年相比，政府性基金预算财政拨款收入总计{}；政府性基金预算财政拨款支出总计{}。",
            change_text(ci, o),
            change_text(ce, o)
        ));
        if let Some(r) = inputs.reason("七") {
            text.push_str(&format!("主要原因是{r}。"));
        }
    }
    out.push(paragraph("七", title, vec![text]));
}

fn three_public_name(item: ThreePublicItem) -> String {
    match item {
        ThreePublicItem::VehiclePurchase => "公务用车购置费".to_owned(),
        other => other.to_string(),
    }
}

fn three_public(s: &StandardFigures, inputs: &Inputs, o: RenderOptions, out: &mut Vec<Paragraph>) {
    let Some((_, total)) = s
        .three_public
        .iter()
        .find(|(i, _)| *i == ThreePublicItem::Total)
    else {
        return;
    };
    let budget_part = |c: &Computed| -> String {
        match (c.budget, c.completion) {
            (Some(_), Some(p)) => format!("，完成全年预算的{}", pct(p)),
            (Some(b), None) => format!("，全年预算{}万元", amt(&b)),
            (None, _) => String::new(),
        }
    };
    let change_part = |c: &Computed, section: &str| -> String {
        let mut t = match &c.change {
            Some(ch) if ch.difference().is_zero() => "，与上年相同".to_owned(),
            Some(ch) => format!("，比上年度{}", change_text(ch, o)),
            None => String::new(),
        };
        if let Some(r) = inputs.reason(section) {
            t.push_str(&format!("，主要原因是：{r}"));
        }
        t
    };
    let mut head = format!("{}年度“三公”经费财政拨款支出", inputs.year);
    if let Some(b) = total.budget {
        head.push_str(&format!("全年预算{}万元，", amt(&b)));
    }
    head.push_str(&format!("支出决算{}万元", amt(&total.amount)));
    head.push_str(&budget_part(total));
    head.push_str(&change_part(total, "九（一）"));
    head.push_str("。其中：");
    let mut lines = vec![head];
    let items: Vec<String> = THREE_PUBLIC
        .iter()
        .skip(1)
        .filter_map(|item| s.three_public.iter().find(|(i, _)| i == item))
        .map(|(item, c)| {
            format!(
                "{}支出{}万元{}{}",
                three_public_name(*item),
                amt(&c.amount),
                budget_part(c),
                change_part(c, &format!("九（一）{item}"))
            )
        })
        .collect();
    lines.extend(list(items));
    out.push(paragraph(
        "九（一）",
        "“三公”经费财政拨款支出决算总体情况说明",
        lines,
    ));
}
