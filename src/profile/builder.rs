//! [`ProfileBuilder`]: the one way a [`Profile`] is made, from Rust or from JSON.

use super::{ClassLines, NarrativeTemplate, Profile, ProfileError, TableSlot, TableText};
use crate::classification::Level;
use crate::evaluation::GradeScheme;
use crate::kind::TableKind;

/// Builds a [`Profile`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ProfileBuilder {
    profile: Profile,
    /// The 类 lines as given, checked by [`ProfileBuilder::build`]; `None`: every line of
    /// [`ClassLine::ALL`](crate::tables::ClassLine::ALL).
    class_lines: Option<GivenLines>,
}

/// 类 lines as a builder is given them.
#[derive(Debug, Clone)]
enum GivenLines {
    /// By name, and the names of those printed only when used.
    Named(Vec<String>, Vec<String>),
    /// By the counts accepted (the form before lines were named).
    Counted(Vec<u16>),
}

impl ProfileBuilder {
    /// A builder from `profile`, writing its 说明 as `narrative`.
    pub(super) fn new(mut profile: Profile, narrative: NarrativeTemplate) -> ProfileBuilder {
        profile.narrative = narrative;
        ProfileBuilder {
            profile,
            class_lines: None,
        }
    }

    /// The caption before the money unit (default 金额单位).
    pub fn money_caption(mut self, caption: impl Into<String>) -> ProfileBuilder {
        self.profile.money_caption = caption.into();
        self
    }

    /// Whether the unit's name and the period stand once in a banner above the tables rather
    /// than in each table's header (default no).
    pub fn unit_banner(mut self, banner: bool) -> ProfileBuilder {
        self.profile.unit_banner = banner;
        self
    }

    /// The heading of the code column (default 科目代码).
    pub fn code_heading(mut self, heading: impl Into<String>) -> ProfileBuilder {
        self.profile.code_heading = heading.into();
        self
    }

    /// The note printed under `table` (default none).
    pub fn note(mut self, table: TableKind, text: impl Into<String>) -> ProfileBuilder {
        self.profile.notes.retain(|n| n.table != table);
        self.profile.notes.push(TableText {
            table,
            text: text.into(),
        });
        self
    }

    /// What an empty table says (default "说明：本表无数据").
    pub fn empty_table(mut self, text: impl Into<String>) -> ProfileBuilder {
        self.profile.empty_table = text.into();
        self
    }

    /// What an empty `table` says, in the template's words for it; `{unit}` stands for the
    /// unit's name.
    pub fn empty_wording(mut self, table: TableKind, text: impl Into<String>) -> ProfileBuilder {
        self.profile.empty_tables.retain(|n| n.table != table);
        self.profile.empty_tables.push(TableText {
            table,
            text: text.into(),
        });
        self
    }

    /// How the 说明 is written (default: as [`Profile::shanxi_2023`]).
    pub fn narrative(mut self, narrative: NarrativeTemplate) -> ProfileBuilder {
        self.profile.narrative = narrative;
        self
    }

    /// Where the layout was seen (a document, a template).
    pub fn source(mut self, source: impl Into<String>) -> ProfileBuilder {
        self.profile.source = source.into();
        self
    }

    /// Adds the next table, in published order.
    pub fn table(mut self, slot: TableSlot) -> ProfileBuilder {
        self.profile.tables.push(slot);
        self
    }

    /// Adds the next table by kind, label and title (required).
    pub fn labelled(self, kind: TableKind, label: Option<&str>, title: &str) -> ProfileBuilder {
        self.table(TableSlot {
            kind,
            label: label.map(str::to_owned),
            title: title.to_owned(),
            required: true,
        })
    }

    /// The expenditure 类 lines the summary tables print, by the names of
    /// [`ClassLine`](crate::tables::ClassLine), in printed order, and those among them printed
    /// only when used (default: all 26, none optional). See [`ClassLines`](super::ClassLines).
    ///
    /// ```
    /// use final_accounts::disclosure::TableKind;
    /// use final_accounts::profile::Profile;
    /// let profile = Profile::builder("few", "a few lines")
    ///     .labelled(TableKind::IncomeExpenditure, None, "收入支出决算总表")
    ///     .class_lines(["教育支出", "其他支出", "债务付息支出"], ["债务付息支出"])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(profile.expenditure_classes(), [2, 3]);
    /// ```
    pub fn class_lines<L, O>(
        mut self,
        lines: impl IntoIterator<Item = L>,
        optional: impl IntoIterator<Item = O>,
    ) -> ProfileBuilder
    where
        L: Into<String>,
        O: Into<String>,
    {
        self.class_lines = Some(GivenLines::Named(
            lines.into_iter().map(Into::into).collect(),
            optional.into_iter().map(Into::into).collect(),
        ));
        self
    }

    /// How many expenditure 类 lines the summary tables print: 26 (every line) or 24 (without
    /// 债务还本支出 and 债务付息支出), the form before lines were named.
    pub fn expenditure_classes(self, count: u16) -> ProfileBuilder {
        self.accept_expenditure_classes([count])
    }

    /// Every count of expenditure 类 lines the template accepts, the form before lines were
    /// named: 24 and 26 are the 26 lines with the two debt lines printed only when used.
    pub fn accept_expenditure_classes(mut self, counts: impl AsRef<[u16]>) -> ProfileBuilder {
        self.class_lines = Some(GivenLines::Counted(counts.as_ref().to_vec()));
        self
    }

    /// The numbers of the part headings the body prints, in order (default: all, 1, 2, 3 …).
    pub fn body_parts(mut self, parts: &[u8]) -> ProfileBuilder {
        self.profile.body_parts = Some(parts.to_vec());
        self
    }

    /// Whether rows carry 行次 (default yes).
    pub fn line_numbers(mut self, printed: bool) -> ProfileBuilder {
        self.profile.line_numbers = printed;
        self
    }

    /// The level and section label of the narrative's 具体情况 paragraph (default 类, any
    /// section).
    pub fn detail(mut self, level: Level, section: Option<String>) -> ProfileBuilder {
        self.profile.detail_level = level;
        self.profile.detail_section = section;
        self
    }

    /// The decimals the narrative prints amounts and rates to, trailing zeros dropped (default
    /// `None`: each figure is read at the digits it prints).
    pub fn narrative_decimals(mut self, decimals: Option<u32>) -> ProfileBuilder {
        self.profile.narrative_decimals = decimals;
        self
    }

    /// The grade scheme of the self-evaluation forms (default 优/良/中/差).
    pub fn grades(mut self, grades: GradeScheme) -> ProfileBuilder {
        self.profile.grades = grades;
        self
    }

    /// Builds the profile.
    ///
    /// # Errors
    ///
    /// [`ProfileError`] for an empty id, no table, a table listed twice, a label used twice, an
    /// empty title, no expenditure 类 line (or a count of 0), a 类 line name that is no
    /// [`ClassLine`](crate::tables::ClassLine), a line named twice, an optional line not among
    /// the lines, a count other than 24 or 26, body parts that are not
    /// numbered 1 to 10 in increasing order, or a 说明 section with an empty label or heading,
    /// or one label used twice.
    pub fn build(self) -> Result<Profile, ProfileError> {
        let mut p = self.profile;
        if p.id.trim().is_empty() {
            return Err(ProfileError::EmptyId);
        }
        if p.tables.is_empty() {
            return Err(ProfileError::NoTable { id: p.id });
        }
        for (i, slot) in p.tables.iter().enumerate() {
            let earlier = p.tables.iter().take(i);
            if earlier.clone().any(|s| s.kind == slot.kind) {
                return Err(ProfileError::TableTwice {
                    id: p.id.clone(),
                    kind: slot.kind,
                });
            }
            if let Some(label) = &slot.label
                && earlier.clone().any(|s| s.label.as_ref() == Some(label))
            {
                return Err(ProfileError::LabelTwice {
                    id: p.id.clone(),
                    label: label.clone(),
                });
            }
            if slot.title.trim().is_empty() {
                return Err(ProfileError::EmptyTitle {
                    id: p.id.clone(),
                    kind: slot.kind,
                });
            }
        }
        match &self.class_lines {
            None => {}
            Some(GivenLines::Named(lines, optional)) => {
                p.class_lines = ClassLines::named(&p.id, lines, optional)?;
            }
            Some(GivenLines::Counted(counts)) => {
                p.class_lines = ClassLines::counted(&p.id, counts)?;
            }
        }
        if let Some(parts) = &p.body_parts {
            let in_range = parts.iter().all(|n| (1..=10).contains(n));
            let increasing = parts.windows(2).all(|w| w.first() < w.get(1));
            if parts.is_empty() || !in_range || !increasing {
                return Err(ProfileError::BodyParts {
                    id: p.id,
                    parts: parts.clone(),
                });
            }
        }
        let sections = &p.narrative.sections;
        for (i, section) in sections.iter().enumerate() {
            let twice = sections.iter().take(i).any(|s| s.label == section.label);
            if twice || section.label.trim().is_empty() || section.title.trim().is_empty() {
                return Err(ProfileError::NarrativeSection {
                    id: p.id,
                    label: section.label.clone(),
                });
            }
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{Content, Form, Section};

    #[test]
    fn a_narrative_section_label_is_given_once() {
        let section = |label: &str, content| Section {
            label: label.to_owned(),
            title: "收入决算情况说明".to_owned(),
            content,
            form: Form::Itemized,
        };
        let mut narrative = Profile::shanxi_2023().narrative().clone();
        narrative.sections = vec![
            section("二", Content::Income),
            section("二", Content::Expenditure),
        ];
        let built = Profile::builder("twice", "twice")
            .labelled(TableKind::Income, None, "收入决算表")
            .narrative(narrative.clone())
            .build();
        assert_eq!(
            built,
            Err(ProfileError::NarrativeSection {
                id: "twice".to_owned(),
                label: "二".to_owned()
            })
        );
        narrative.sections = vec![section("二", Content::Income)];
        let built = Profile::builder("once", "once")
            .labelled(TableKind::Income, None, "收入决算表")
            .narrative(narrative)
            .empty_wording(
                TableKind::Income,
                "说明：{unit}本年度没有收入，故本表无数据。",
            )
            .build();
        let built = built.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            built.empty_table(TableKind::Income, "某局"),
            "说明：某局本年度没有收入，故本表无数据。"
        );
        assert_eq!(built.money_caption(), "金额单位");
    }
}
