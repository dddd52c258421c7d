//! Project self-evaluation forms (项目支出绩效自评表) from their printed rows.
//!
//! The forms are merged-cell grids; exported as text, a label can shift by a column from one
//! row to the next. So the rows are read by what they print, not where: the row labels of the
//! template (项目名称, 主管部门, 资金, 年度目标, 一级/二级指标, 总分, 分析) decide the row, the
//! figures of a funding row are read in order, and an indicator's cells are counted from its
//! name.

use super::DiagnosticKind;
use super::grid::{Document, RawFormBlock, Row, is_figure};
use crate::evaluation::{
    AnalysisItem, Form, LevelOne, LevelTwoLabel, RawForm, RawFundingRow, RawIndicator,
};
use crate::printed::compact;

/// Labels of the analysis block that group its items rather than name one.
const ANALYSIS_GROUPS: [&str; 3] = ["项目绩效分析", "自评结果分析", "绩效分析"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Head,
    Funding,
    Goal,
    Indicators,
    Analysis,
}

/// A form being read: what it has so far, the part its rows are in, the indicator levels
/// the rows below inherit and the column of the indicator names.
struct Reading {
    raw: RawForm,
    part: Part,
    level_one: String,
    level_two: String,
    name_column: Option<usize>,
}

impl Reading {
    /// Reads a row that names a field or starts a part; `false` when the row is none of these.
    fn marker(&mut self, row: &Row, filled: &[(usize, &str)], first: &str) -> bool {
        let raw = &mut self.raw;
        if first == "项目名称" {
            raw.project = next_after(filled, 0).unwrap_or_default();
        } else if first.contains("主管部门") {
            raw.department = next_after(filled, 0).unwrap_or_default();
            if let Some(k) = filled.iter().position(|(_, c)| {
                compact(c).contains("预算单位") || compact(c).contains("实施单位")
            }) {
                raw.budget_unit = next_after(filled, k).unwrap_or_default();
            }
        } else if matches!(self.part, Part::Head | Part::Funding)
            && filled.iter().any(|(_, c)| {
                let c = compact(c);
                c.contains("年初预算数") || c.contains("目标申报数")
            })
        {
            // The funding block's header comes before the goals, indicators and analysis,
            // whose texts may quote its words.
            self.part = Part::Funding;
        } else if first.contains("目标") && filled.iter().any(|(_, c)| compact(c) == "年度目标")
        {
            self.part = Part::Goal;
        } else if filled.iter().any(|(_, c)| compact(c) == "一级指标") {
            self.part = Part::Indicators;
            self.name_column = row
                .filled()
                .find(|(_, c)| compact(c) == "三级指标")
                .map(|(i, _)| i);
        } else if first == "总分" {
            let rest: Vec<&str> = filled.iter().skip(1).map(|(_, c)| *c).collect();
            raw.total_score = rest
                .iter()
                .find(|c| is_figure(c))
                .map(|c| c.trim().to_owned());
            raw.grade = rest
                .iter()
                .find(|c| !is_figure(c))
                .map(|c| compact(c).into_owned());
            self.part = Part::Analysis;
        } else {
            return false;
        }
        true
    }

    /// Reads a row of the part the form is in.
    fn content(&mut self, row: &Row, filled: &[(usize, &str)], title: &str, doc: &mut Document) {
        let raw = &mut self.raw;
        match self.part {
            Part::Funding => raw.funding.push(funding(filled)),
            Part::Goal => {
                let mut texts = filled.iter().map(|(_, c)| c.trim().to_owned());
                raw.annual_goal = texts.next();
                raw.achievement = texts.next();
                let rest: Vec<String> = texts.collect();
                if !rest.is_empty() {
                    doc.note(
                        row.line,
                        &row.text(),
                        unread(title, "年度目标 / 实际完成情况"),
                    );
                }
            }
            Part::Indicators => {
                match indicator(
                    row,
                    self.name_column,
                    &mut self.level_one,
                    &mut self.level_two,
                ) {
                    Some(ind) => raw.indicators.push(ind),
                    None => doc.note(row.line, &row.text(), unread(title, "绩效指标")),
                }
            }
            Part::Analysis => {
                let mut texts = filled
                    .iter()
                    .map(|(_, c)| c.trim())
                    .filter(|c| !ANALYSIS_GROUPS.contains(&compact(c).as_ref()));
                if let Some(label) = texts.next() {
                    raw.analysis.push(AnalysisItem {
                        label: compact(label).into_owned(),
                        text: texts.next().unwrap_or_default().to_owned(),
                    });
                }
            }
            Part::Head => doc.note(
                row.line,
                &row.text(),
                unread(title, "a row before the funding block"),
            ),
        }
    }
}

/// Reads one form; a form the constructor rejects is reported and left out.
pub(crate) fn form(block: &RawFormBlock, year: u16, doc: &mut Document) -> Option<Form> {
    let title = block.title.clone();
    let mut reading = Reading {
        raw: RawForm {
            title: title.clone(),
            year: block.year.unwrap_or(year),
            project: String::new(),
            department: String::new(),
            budget_unit: String::new(),
            funding: Vec::new(),
            annual_goal: None,
            achievement: None,
            indicators: Vec::new(),
            total_score: None,
            grade: None,
            analysis: Vec::new(),
        },
        part: Part::Head,
        level_one: String::new(),
        level_two: String::new(),
        name_column: None,
    };
    for row in &block.rows {
        let filled: Vec<(usize, &str)> = row.filled().collect();
        let Some((_, first)) = filled.first() else {
            continue;
        };
        let first = compact(first);
        if reading.marker(row, &filled, &first) {
            continue;
        }
        if ANALYSIS_GROUPS.contains(&first.as_ref()) {
            reading.part = Part::Analysis;
        }
        reading.content(row, &filled, &title, doc);
    }
    let raw = reading.raw;
    for (field, empty) in [
        ("项目名称", raw.project.is_empty()),
        ("主管部门及代码", raw.department.is_empty()),
        ("预算单位", raw.budget_unit.is_empty()),
    ] {
        if empty {
            doc.note(block.line, &title, unread(&title, field));
        }
    }
    match Form::new(raw) {
        Ok(form) => Some(form),
        Err(error) => {
            doc.note(
                block.line,
                &title,
                DiagnosticKind::FormRejected {
                    form: title.clone(),
                    error: error.to_string(),
                },
            );
            None
        }
    }
}

fn unread(form: &str, field: &str) -> DiagnosticKind {
    DiagnosticKind::FormField {
        form: form.to_owned(),
        field: field.to_owned(),
    }
}

/// The filled cell after position `k` of `filled`.
fn next_after(filled: &[(usize, &str)], k: usize) -> Option<String> {
    filled
        .get(k.saturating_add(1))
        .map(|(_, c)| c.trim().to_owned())
}

/// A funding row: its label (a cell that is no figure) and its figures in the template's
/// order: 目标申报数, 预算编制数, 全年预算数, 全年执行数, 资金结(转)余, 执行率, 得分.
fn funding(filled: &[(usize, &str)]) -> RawFundingRow {
    let label = filled
        .iter()
        .find(|(_, c)| !is_figure(c))
        .map(|(_, c)| c.trim().to_owned());
    let mut figures = filled
        .iter()
        .filter(|(_, c)| is_figure(c))
        .map(|(_, c)| c.trim().to_owned());
    RawFundingRow {
        label,
        declared: figures.next(),
        budgeted: figures.next(),
        annual_budget: figures.next().unwrap_or_default(),
        executed: figures.next().unwrap_or_default(),
        balance: figures.next(),
        rate: figures.next(),
        score: figures.next(),
    }
}

/// An indicator row: 一级 and 二级 when printed (else those of the row above), then from the
/// 三级 name: 年初指标值, 调整后指标值, 实际完成值, 分值, 得分 and the 偏差原因 after them.
fn indicator(
    row: &Row,
    name_column: Option<usize>,
    level_one: &mut String,
    level_two: &mut String,
) -> Option<RawIndicator> {
    let mut name_at = name_column;
    let mut filled = row.filled();
    let first = filled.next();
    let second = filled.next();
    // 成本指标 is 二级 in the 2020 scheme and 一级 in newer ones: a level cell is 一级 only
    // when a 二级 cell follows it.
    match (first, second) {
        (Some((_, one)), Some((i, two)))
            if LevelOne::parse(one).is_ok() && LevelTwoLabel::parse(two).is_ok() =>
        {
            *level_one = one.to_owned();
            *level_two = two.to_owned();
            name_at = Some(i.saturating_add(1));
        }
        (Some((i, two)), _) if LevelTwoLabel::parse(two).is_ok() => {
            *level_two = two.to_owned();
            name_at = Some(i.saturating_add(1));
        }
        (Some((i, one)), _) if LevelOne::parse(one).is_ok() => {
            *level_one = one.to_owned();
            level_two.clear();
            name_at = Some(i.saturating_add(2));
        }
        _ => {}
    }
    let at = name_at?;
    let cell = |k: usize| {
        let text = row.cell(at.saturating_add(k));
        (!text.is_empty()).then(|| text.to_owned())
    };
    let name = cell(0)?;
    let deviation: Vec<&str> = row
        .filled()
        .filter(|(i, _)| *i > at.saturating_add(5))
        .map(|(_, c)| c)
        .collect();
    Some(RawIndicator {
        level_one: level_one.clone(),
        level_two: level_two.clone(),
        name,
        initial_target: cell(1),
        adjusted_target: cell(2),
        actual: cell(3),
        weight: cell(4)?,
        score: cell(5),
        deviation: (!deviation.is_empty()).then(|| deviation.join(" ")),
    })
}
