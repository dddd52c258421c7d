//! The print template: what differs between the profiles' printed tables — which tables and in
//! what order, titles and labels, 行次, the money caption, where the unit name goes, the notes
//! under the tables, the wording of an empty table and the 类 lines of the summary tables —
//! read from the [`Profile`]'s fields.
//!
//! The figures and the tables' rows are the same under every profile; `print` reads this
//! template wherever the profiles differ. ("Layout" is the pdftotext text the importer reads.)

use crate::disclosure::TableKind;
use crate::printed::numeral;
use crate::profile::Profile;
use crate::tables::ClassLine;

/// How one profile prints its tables.
#[derive(Debug, Clone)]
pub(super) struct Template<'p> {
    pub(super) profile: &'p Profile,
    /// The caption before the money unit (金额单位 / 单位).
    pub(super) money_caption: &'p str,
    /// Whether each table prints the unit name and period in its header (Shanxi) or the
    /// document prints them once in a banner above the tables (Shanghai).
    pub(super) unit_name_in_tables: bool,
}

impl<'p> Template<'p> {
    /// How `profile` prints its tables.
    pub(super) fn of(profile: &'p Profile) -> Template<'p> {
        Template {
            profile,
            money_caption: profile.money_caption(),
            unit_name_in_tables: !profile.unit_banner(),
        }
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
    pub(super) fn note(&self, kind: TableKind) -> Option<&'p str> {
        self.profile.note(kind)
    }

    /// The explanation printed under an empty table `kind` of `unit`.
    pub(super) fn empty(&self, kind: TableKind, unit: &str) -> String {
        self.profile.empty_table(kind, unit)
    }

    /// The summary tables' 类 lines: the profile's lines by name, in its order, numbered
    /// 一、二、…; the lines it prints only when used are left out unless one of them has a
    /// figure (`has_figure`).
    pub(super) fn class_lines(
        &self,
        has_figure: impl Fn(ClassLine) -> bool,
    ) -> Vec<(ClassLine, String)> {
        self.profile
            .class_lines()
            .printed(has_figure)
            .into_iter()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shanghai_prints_24_class_lines_unless_debt_is_spent() {
        let template = Template::of(Profile::shanghai_2024());
        let lines = template.class_lines(|_| false);
        assert_eq!(lines.len(), 24);
        assert_eq!(lines[23].1, "二十四、抗疫特别国债安排的支出");
        let lines = template.class_lines(|line| line.name() == "债务付息支出");
        assert_eq!(lines.len(), 26);
        assert_eq!(lines[24].1, "二十五、债务付息支出");
        assert_eq!(
            lines[24].0.code().map(|c| c.to_string()).as_deref(),
            Some("232")
        );
        let shanxi = Template::of(Profile::shanxi_2023());
        assert_eq!(shanxi.class_lines(|_| false).len(), 26);
    }
}
