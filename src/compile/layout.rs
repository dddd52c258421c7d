//! What differs between the profiles' printed tables, as data: which tables and in what
//! order, titles and labels, 行次, the money caption, where the unit name goes, the notes under
//! the tables, the wording of an empty table and the 类 lines of the summary tables.
//!
//! The figures and the tables' rows are the same under every profile; `print` reads this
//! layout wherever the profiles differ.

use crate::disclosure::TableKind;
use crate::narrative::Style;
use crate::profile::Profile;
use crate::tables::ClassLine;

/// The layout of one profile's tables.
#[derive(Debug, Clone)]
pub(super) struct Layout<'p> {
    pub(super) profile: &'p Profile,
    /// The caption before the money unit (金额单位 / 单位).
    pub(super) money_caption: &'static str,
    /// Whether each table prints the unit name and period in its header (Shanxi) or the
    /// document prints them once in a banner above the tables (Shanghai).
    pub(super) unit_name_in_tables: bool,
    /// Whether tables carry the template's 注：本表反映… notes.
    notes: bool,
    /// Whether an empty table says why in the template's words ("说明：{unit}本年度没有…，故本表
    /// 无数据。") rather than "说明：本表无数据".
    worded_empty: bool,
    /// Whose template the 说明 follows.
    narrative: Style,
}

impl<'p> Layout<'p> {
    /// The layout of `profile`; a profile that is not built in prints like `shanxi-2023`, with
    /// its own tables, titles, labels and 行次.
    pub(super) fn of(profile: &'p Profile) -> Layout<'p> {
        let shanghai = profile.id() == Profile::shanghai_2024().id();
        Layout {
            profile,
            money_caption: if shanghai { "单位" } else { "金额单位" },
            unit_name_in_tables: !shanghai,
            notes: shanghai,
            worded_empty: shanghai,
            narrative: if shanghai {
                Style::Shanghai2024
            } else {
                Style::Shanxi2023
            },
        }
    }

    /// Whose template the 说明 follows.
    pub(super) fn narrative_style(&self) -> Style {
        self.narrative
    }

    /// The tables the profile prints, in print order.
    pub(super) fn kinds(&self) -> Vec<TableKind> {
        self.profile.tables().iter().map(|slot| slot.kind).collect()
    }

    /// The title the profile prints for `kind`.
    pub(super) fn title(&self, kind: TableKind) -> &str {
        self.profile
            .slot(kind)
            .map_or(kind.name_zh(), |slot| slot.title.as_str())
    }

    /// The label the profile prints for `kind`, if any (公开01表 …).
    pub(super) fn label(&self, kind: TableKind) -> Option<&str> {
        self.profile
            .slot(kind)
            .and_then(|slot| slot.label.as_deref())
    }

    /// Whether lines are numbered (行次).
    pub(super) fn line_numbers(&self) -> bool {
        self.profile.line_numbers()
    }

    /// The note printed under `kind`, if the profile prints one.
    pub(super) fn note(&self, kind: TableKind) -> Option<&'static str> {
        if !self.notes {
            return None;
        }
        Some(match kind {
            TableKind::IncomeExpenditure => "注：本表反映部门本年度的总收支和年末结转结余情况。",
            TableKind::Income => "注：本表反映部门本年度取得的各项收入情况。",
            TableKind::Expenditure => "注：本表反映部门本年度各项支出情况。",
            TableKind::Fiscal => "注：本表反映部门本年度财政拨款总收支和结转结余情况。",
            TableKind::GeneralBudget => "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
            TableKind::BasicDetail => {
                "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"
            }
            TableKind::ThreePublic => "注：本表反映部门本年度“三公”经费支出预决算情况。",
            TableKind::GovernmentFund => {
                "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。"
            }
            TableKind::StateCapital => {
                "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。"
            }
            _ => return None,
        })
    }

    /// The explanation printed under an empty table `kind` of `unit`.
    pub(super) fn empty(&self, kind: TableKind, unit: &str) -> String {
        let subject = match kind {
            TableKind::GovernmentFund => Some("政府性基金预算财政拨款收入和支出"),
            TableKind::StateCapital => Some("国有资本经营预算财政拨款收入和支出"),
            TableKind::ThreePublic => Some("财政拨款“三公”经费支出"),
            _ => None,
        };
        match subject {
            Some(subject) if self.worded_empty => {
                format!("说明：{unit}本年度没有{subject}，故本表无数据。")
            }
            _ => "说明：本表无数据".to_owned(),
        }
    }

    /// The summary tables' 类 lines: every line of [`ClassLine::ALL`] when the profile prints
    /// 26, else the fewest the profile accepts that keep every line with a figure
    /// (`has_figure`), dropping the debt lines (债务还本支出, 债务付息支出) first, numbered again.
    pub(super) fn class_lines(
        &self,
        has_figure: impl Fn(ClassLine) -> bool,
    ) -> Vec<(ClassLine, String)> {
        let all = ClassLine::ALL;
        let accepts = |n: usize| {
            self.profile
                .expenditure_classes()
                .iter()
                .any(|c| usize::from(*c) == n)
        };
        let debt = all.iter().filter(|l| l.is_debt());
        let short = all.len().saturating_sub(debt.clone().count());
        let keep_debt = !accepts(short) || debt.clone().any(|l| has_figure(*l));
        all.into_iter()
            .filter(|line| keep_debt || !line.is_debt())
            .enumerate()
            .map(|(index, line)| {
                (
                    line,
                    format!("{}、{}", numeral(index.saturating_add(1)), line.name()),
                )
            })
            .collect()
    }
}

/// 一 … 九十九, as the templates number lines.
pub(crate) fn numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (n / 10, n % 10);
    let ones = DIGITS.get(ones).copied().unwrap_or_default();
    match tens {
        0 => ones.to_owned(),
        1 => format!("十{ones}"),
        t => format!("{}十{ones}", DIGITS.get(t).copied().unwrap_or_default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals_as_the_templates_print_them() {
        assert_eq!(numeral(1), "一");
        assert_eq!(numeral(10), "十");
        assert_eq!(numeral(13), "十三");
        assert_eq!(numeral(20), "二十");
        assert_eq!(numeral(24), "二十四");
    }

    #[test]
    fn shanghai_prints_24_class_lines_unless_debt_is_spent() {
        let layout = Layout::of(Profile::shanghai_2024());
        let lines = layout.class_lines(|_| false);
        assert_eq!(lines.len(), 24);
        assert_eq!(lines[23].1, "二十四、抗疫特别国债安排的支出");
        let lines = layout.class_lines(|line| line.name() == "债务付息支出");
        assert_eq!(lines.len(), 26);
        assert_eq!(lines[24].1, "二十五、债务付息支出");
        assert_eq!(
            lines[24].0.code().map(|c| c.to_string()).as_deref(),
            Some("232")
        );
        let shanxi = Layout::of(Profile::shanxi_2023());
        assert_eq!(shanxi.class_lines(|_| false).len(), 26);
    }
}
