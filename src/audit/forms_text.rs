//! The free text of a self-evaluation form against the form's own figures
//! (`eval.analysis-figure`): a percentage the analysis calls the 执行率 (执行率, 执行进度,
//! 支出进度 …) or an amount it calls the money spent or budgeted must be one the form's figures
//! allow. The seed's 仲裁委业务费 form prints 执行率 56.28 and says "执行率56.38%" in its
//! analysis.
//!
//! The check reads the form only, and the 说明's reading of printed figures
//! ([`printed_figures`](crate::narrative)): it lives in the audit, on top of both.

use rust_decimal::Decimal;

use crate::evaluation::{AnalysisSubject, Form, FundingRow};
use crate::finding::{Area, Figure, Finding, Key, Part, Place, Rule, Severity, Template};
use crate::money::{Interval, PublishedAmount, PublishedPercent};
use crate::narrative::{PrintedFigure, PrintedKind, PrintedValue, printed_figures};
use crate::printed::compact;

/// `eval.analysis-figure`: see [`RULES`].
pub const ANALYSIS_FIGURE: Rule = Rule::new("eval.analysis-figure", Area::Evaluation, Severity::Error)
    .titled("the analysis states the form's own figures", "绩效分析文字与自评表数据一致")
    .described("A percentage the form's analysis text gives as the 执行率 (执行率, 执行进度, 支出进度, 预算执行, 资金使用率 right before it) must be the form's 执行率 within the precision both are printed with; an amount it gives as the money spent (支出, 执行, 使用, 支付) or budgeted (预算, 资金总额) must be the form's 全年执行数 or a budget of the form. Figures the text introduces with other words (满意度, counts) are not compared.")
    .sourced("[D] the form's analysis describes the form's own 预算执行情况");

/// The rules of the forms' text.
pub const RULES: &[&Rule] = &[&ANALYSIS_FIGURE];

/// Arguments: `{0}` the analysis item, `{1}` what the text calls the figure.
const DIFFERS: Template = Template {
    zh: "“{0}”称{1}为{actual}，与自评表{expected}不符",
    en: "\"{0}\" gives the {1} as {actual}; the form prints {expected}",
};

const RATE: Template = Template {
    zh: "执行率",
    en: "execution rate (执行率)",
};

const SPENT: Template = Template {
    zh: "执行数",
    en: "amount spent (全年执行数)",
};

const BUDGET: Template = Template {
    zh: "预算数",
    en: "budget",
};

/// What the words right before a figure call it, if anything (see [`AnalysisSubject::of`]).
fn said(label: &str, kind: PrintedKind) -> Option<AnalysisSubject> {
    match kind {
        PrintedKind::Percent => AnalysisSubject::of(label, true),
        PrintedKind::Amount => AnalysisSubject::of(label, false),
        PrintedKind::Count(_) => None,
    }
}

/// The interval a printed number of the text stands for: half a unit of its last printed
/// digit either way, half-open.
fn printed_interval(value: Decimal) -> Option<Interval> {
    Interval::rounded(value, value.scale())
}

/// The interval of a form amount, in 万元.
fn wan(a: PublishedAmount) -> Option<Interval> {
    let yuan = a.interval_yuan();
    let ten_thousand = Decimal::from(10_000);
    Interval::with_ends(
        yuan.lo().checked_div(ten_thousand)?,
        yuan.lo_open(),
        yuan.hi().checked_div(ten_thousand)?,
        yuan.hi_open(),
    )
}

/// The 执行率 the form's figures allow: the printed one, else 全年执行数 / 全年预算数 × 100.
fn rate_interval(form: &Form, row: &FundingRow) -> Option<(Interval, Figure)> {
    if let Some(rate) = form.stated_rate() {
        return Some((rate.interval(), Figure::from(rate)));
    }
    let executed = row.executed().published().interval_yuan();
    let budget = row.annual_budget().published().interval_yuan();
    let rate = executed
        .checked_div(&budget)?
        .checked_scale(Decimal::ONE_HUNDRED)?;
    let shown = PublishedPercent::new(
        crate::money::round_half_away(
            row.executed()
                .amount()
                .yuan()
                .checked_mul(Decimal::ONE_HUNDRED)?
                .checked_div(row.annual_budget().amount().yuan())?,
            2,
        ),
        2,
    )
    .ok()?;
    Some((rate, Figure::from(shown)))
}

/// Checks the analysis texts of one form against its own figures.
///
/// ```
/// use final_accounts::audit::forms_text;
/// use final_accounts::evaluation::{AnalysisItem, Form};
/// let mut raw = Form::example()?.to_raw();
/// let rate = raw.funding[0].rate.clone().unwrap();
/// raw.analysis = vec![AnalysisItem { label: "项目实施和预算执行情况".into(), text: format!("执行率{rate}%") }];
/// assert!(forms_text::check(&Form::new(raw.clone())?).is_empty());
/// raw.analysis[0].text = "全年执行率12.34%".into();
/// let findings = forms_text::check(&Form::new(raw)?);
/// assert_eq!(findings[0].rule.id, "eval.analysis-figure");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn check(form: &Form) -> Vec<Finding> {
    let row = form.reference_row();
    let mut out = Vec::new();
    for item in form.analysis() {
        let text = compact(&item.text);
        for figure in printed_figures(&text) {
            if let Some(f) = check_figure(form, row, &text, &figure, &item.label) {
                out.push(f);
            }
        }
    }
    out
}

fn check_figure(
    form: &Form,
    row: &FundingRow,
    text: &str,
    figure: &PrintedFigure,
    item: &str,
) -> Option<Finding> {
    let label = text.get(figure.label_start..figure.start)?;
    let said = said(label, figure.kind)?;
    let PrintedValue::Number(value) = figure.value else {
        return None;
    };
    let stated = printed_interval(value)?;
    let (allowed, shown, what, column): (Vec<Interval>, Figure, &'static Template, &'static str) =
        match said {
            AnalysisSubject::Rate => {
                let (rate, shown) = rate_interval(form, row)?;
                (vec![rate], shown, &RATE, "执行率")
            }
            AnalysisSubject::Spent => {
                let executed = row.executed().published();
                (
                    vec![wan(executed)?],
                    Figure::from(executed),
                    &SPENT,
                    "全年执行数",
                )
            }
            AnalysisSubject::Budget => {
                let budgets: Vec<PublishedAmount> =
                    [Some(row.annual_budget()), row.budgeted(), row.declared()]
                        .into_iter()
                        .flatten()
                        .map(|a| a.published())
                        .collect();
                let shown = Figure::from(row.annual_budget().published());
                (
                    budgets.into_iter().filter_map(wan).collect(),
                    shown,
                    &BUDGET,
                    "全年预算数",
                )
            }
        };
    if allowed.iter().any(|a| a.meets(&stated)) {
        return None;
    }
    let printed = text.get(figure.start..figure.end).unwrap_or("");
    let unit = match figure.kind {
        PrintedKind::Percent => "%",
        _ => "万元",
    };
    Some(
        Finding::new(&ANALYSIS_FIGURE, &DIFFERS)
            .at(Place::new(Part::Form(form.project().into()))
                .row_text(item)
                .column(Key::Static(column)))
            .expected(shown)
            .actual(Figure::text(format!("{printed}{unit}")))
            .arg(Figure::text(item.to_owned()))
            .arg(Figure::Phrase(what)),
    )
}
