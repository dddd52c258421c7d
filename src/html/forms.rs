//! A project self-evaluation form (项目支出绩效自评表) laid out as printed: the project and its
//! units, the funding rows, the goals, the indicators, 总分 and 等级, the analysis; with an
//! audit, the formula's scores beside the stated ones.

use rust_decimal::Decimal;

use crate::evaluation::{Computed, Evaluation, Form, RawForm};
use crate::finding::{Lang, Part};

use super::grid::{Body, Grid, Head, Role, Row};

/// The columns of the form's grid.
const WIDTH: usize = 9;

/// "公式 7.62" / "formula 7.62": the formula's figure beside a stated one.
fn formula(lang: Lang, value: impl core::fmt::Display) -> String {
    match lang {
        Lang::Zh => format!("公式 {value}"),
        Lang::En => format!("formula {value}"),
    }
}

fn two(d: Decimal) -> String {
    format!("{:.2}", d)
}

fn computed(lang: Lang, c: &Computed) -> String {
    match c {
        Computed::NotComputable(_) => match lang {
            Lang::Zh => "公式不适用".to_owned(),
            Lang::En => "no formula applies".to_owned(),
        },
        other => formula(lang, other),
    }
}

/// The text of an optional printed field (empty when not printed).
fn text(t: &Option<String>) -> String {
    t.clone().unwrap_or_default()
}

/// What the rows of a form's grid are made from.
#[derive(Clone, Copy)]
struct FormGrid<'a> {
    form: &'a Form,
    raw: &'a RawForm,
    evaluation: Option<&'a Evaluation>,
    lang: Lang,
    part: &'a Part,
}

fn label(text: &str) -> Body {
    Body::plain(text, Role::Name)
}

/// The grid of `form`; with `evaluation`, the formula's 执行率, scores, 总分 and 等级 beside the
/// stated ones.
pub(super) fn grid(form: &Form, evaluation: Option<&Evaluation>, lang: Lang) -> Grid {
    let part = Part::Form(form.project().into());
    let raw = form.to_raw();
    let mut body: Vec<Vec<Body>> = Vec::new();
    body.push(vec![
        label("项目名称"),
        Body::plain(form.project(), Role::Text).span(WIDTH - 1),
    ]);
    body.push(vec![
        label("主管部门"),
        Body::plain(raw.department.clone(), Role::Text).span(3),
        label("实施单位"),
        Body::plain(raw.budget_unit.clone(), Role::Text).span(WIDTH - 5),
    ]);
    let grid = FormGrid {
        form,
        raw: &raw,
        evaluation,
        lang,
        part: &part,
    };
    funding_rows(&grid, &mut body);
    body.push(vec![
        label("年度总体目标"),
        Body::plain(text(&raw.annual_goal), Role::Text).span(WIDTH - 1),
    ]);
    body.push(vec![
        label("实际完成情况"),
        Body::plain(text(&raw.achievement), Role::Text).span(WIDTH - 1),
    ]);
    indicator_rows(&grid, &mut body);
    closing_rows(&grid, &mut body);
    Grid {
        head: vec![vec![Head {
            text: raw.title.clone(),
            colspan: WIDTH,
            rowspan: 1,
        }]],
        body,
    }
}

/// The funding rows (项目资金), with the formula's 执行率 and score beside the reference row's.
fn funding_rows(grid: &FormGrid<'_>, body: &mut Vec<Vec<Body>>) {
    let FormGrid {
        form,
        raw,
        evaluation,
        lang,
        part,
    } = *grid;
    body.push(
        [
            "项目资金（万元）",
            "目标申报数",
            "预算编制数",
            "全年预算数",
            "全年执行数",
            "资金结(转)余",
            "执行率",
            "得分",
        ]
        .iter()
        .map(|t| label(t))
        .collect::<Vec<_>>()
        .into_iter()
        .chain(core::iter::once(label("")))
        .collect(),
    );
    let reference = form.reference_row().to_raw();
    for row in &raw.funding {
        let name = row
            .label
            .clone()
            .unwrap_or_else(|| "(unlabelled row)".to_owned());
        let is_reference = *row == reference;
        let mut names = vec![name.clone()];
        if is_reference {
            names.push("执行率".to_owned());
        }
        let key = Row::new(name.clone(), names);
        let mut cells = vec![Body::at(
            row.label.clone().unwrap_or_default(),
            Role::Name,
            part,
            &key,
            "name",
            &[],
        )];
        let rate = row.rate.as_ref().map(|r| format!("{r}%"));
        let figures: [(&str, Option<String>, &[&str]); 7] = [
            (
                "declared",
                row.declared.clone(),
                &["目标申报数", "年初预算数"],
            ),
            (
                "budgeted",
                row.budgeted.clone(),
                &["预算编制数", "年初预算数"],
            ),
            (
                "annual_budget",
                Some(row.annual_budget.clone()),
                &["全年预算数"],
            ),
            ("executed", Some(row.executed.clone()), &["全年执行数"]),
            ("balance", row.balance.clone(), &["资金结(转)余"]),
            ("rate", rate, &["执行率"]),
            ("score", row.score.clone(), &["得分"]),
        ];
        for (column, value, names) in figures {
            let beside = match (is_reference, column, evaluation) {
                (true, "rate", Some(e)) => e
                    .execution
                    .rate()
                    .map(|r| formula(lang, format!("{:.2}%", r.round(2).value()))),
                (true, "score", Some(e)) => e.execution.score().map(|s| formula(lang, two(s))),
                _ => None,
            };
            cells.push(
                Body::at(text(&value), Role::Figure, part, &key, column, names).beside(beside),
            );
        }
        cells.push(Body::plain("", Role::Figure));
        body.push(cells);
    }
}

/// The indicator rows, with the formula's score beside each stated one.
fn indicator_rows(grid: &FormGrid<'_>, body: &mut Vec<Vec<Body>>) {
    let FormGrid {
        form,
        raw,
        evaluation,
        lang,
        part,
    } = *grid;
    body.push(
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "调整后指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ]
        .iter()
        .map(|t| label(t))
        .collect(),
    );
    for (i, (indicator, raw)) in form.indicators().iter().zip(&raw.indicators).enumerate() {
        let key = Row::new(indicator.path(), []);
        let beside = evaluation
            .and_then(|e| e.indicators.get(i))
            .map(|score| computed(lang, &score.computed));
        let cell = |column: &str, value: String, names: &[&str]| {
            Body::at(value, Role::Text, part, &key, column, names)
        };
        body.push(vec![
            cell("level_one", raw.level_one.clone(), &["一级指标"]),
            cell("level_two", raw.level_two.clone(), &["二级指标"]),
            cell("name", raw.name.clone(), &["三级指标"]),
            cell("initial_target", text(&raw.initial_target), &["年度指标值"]),
            cell(
                "adjusted_target",
                text(&raw.adjusted_target),
                &["调整后指标值"],
            ),
            cell("actual", text(&raw.actual), &["实际完成值"]),
            Body::at(
                raw.weight.clone(),
                Role::Figure,
                part,
                &key,
                "weight",
                &["分值"],
            ),
            Body::at(
                text(&raw.score),
                Role::Figure,
                part,
                &key,
                "score",
                &["得分"],
            )
            .beside(beside),
            cell(
                "deviation",
                text(&raw.deviation),
                &["偏差原因分析及改进措施"],
            ),
        ]);
    }
}

/// 总分, 等级 and the analysis, with the formula's 总分 and 等级 beside the stated ones.
fn closing_rows(grid: &FormGrid<'_>, body: &mut Vec<Vec<Body>>) {
    let FormGrid {
        raw,
        evaluation,
        lang,
        part,
        ..
    } = *grid;
    let total = Row::new("总分", []);
    body.push(vec![
        label("总分").span(WIDTH - 2),
        Body::at(
            text(&raw.total_score),
            Role::Figure,
            part,
            &total,
            "score",
            &["得分", "总分"],
        )
        .beside(
            evaluation
                .and_then(|e| e.total)
                .map(|t| formula(lang, two(t))),
        ),
        Body::plain("", Role::Text),
    ]);
    let grade = Row::new("等级", []);
    body.push(vec![
        label("等级").span(WIDTH - 2),
        Body::at(
            text(&raw.grade),
            Role::Figure,
            part,
            &grade,
            "grade",
            &["等级"],
        )
        .beside(evaluation.and_then(|e| e.grade).map(|g| formula(lang, g))),
        Body::plain("", Role::Text),
    ]);
    for item in &raw.analysis {
        let key = Row::new(item.label.clone(), []);
        body.push(vec![
            Body::at(item.label.clone(), Role::Name, part, &key, "name", &[]).span(2),
            Body::at(
                item.text.clone(),
                Role::Text,
                part,
                &key,
                "text",
                // An analysis is checked for the figures it quotes: its place names the
                // column of the figure.
                &["分析", "执行率", "全年执行数", "全年预算数"],
            )
            .span(WIDTH - 2),
        ]);
    }
}
