//! Template profiles: the *layout* of a disclosure, as data.
//!
//! The content of a disclosure (its tables, narrative and forms) is modelled once; how a
//! province and year lay it out differs: which tables are published and in which order, with
//! which labels (公开01表 … or none) and titles, how many expenditure 类 lines the summary tables
//! print (a template can accept several counts: 24, or 26 where a document adds the 债务 lines),
//! which part headings (第一部分 …) its body prints, whether rows carry 行次, at which level the
//! 具体情况 paragraph of the narrative goes down, and which grade scheme the self-evaluation
//! forms use. A [`Profile`] describes one
//! layout; a disclosure names the profile it follows, and the audit's presence, label and
//! order rules read it. Arithmetic rules never look at a profile.
//!
//! Two profiles are built in: [`Profile::shanxi_2023`] (from a published document, the
//! template not being available) and [`Profile::shanghai_2024`] (from the official template). Another province or year is a new value, built with
//! [`Profile::builder`] or read from JSON; no rule changes.
//!
//! ```
//! use final_accounts::disclosure::TableKind;
//! use final_accounts::profile::Profile;
//!
//! let shanxi = Profile::builtin("shanxi-2023").unwrap();
//! assert_eq!(shanxi.slot(TableKind::Expenditure).unwrap().label.as_deref(), Some("公开03表"));
//! let shanghai = Profile::builtin("shanghai-2024").unwrap();
//! assert_eq!(shanghai.slot(TableKind::Expenditure).unwrap().label, None);
//! assert!(shanghai.slot(TableKind::RelatedInfo).is_none());
//! assert_eq!(shanghai.expenditure_classes(), [24, 26]);
//! assert_eq!(shanghai.body_parts(), Some(&[1, 3, 4][..]));
//! ```

mod builtin;
mod detect;
mod error;

use crate::classification::Level;
use crate::disclosure::TableKind;
use crate::evaluation::GradeScheme;

pub use detect::{Fit, PrintedTable};
pub use error::ProfileError;

/// One table of a layout: which table, the label and title printed on it, and whether it must
/// be published even when it has no data.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct TableSlot {
    /// The table.
    pub kind: TableKind,
    /// The label printed on it (公开03表), or `None` when the template prints none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub label: Option<String>,
    /// The title printed on it.
    pub title: String,
    /// Whether it is published even without data (with an explanation such as 本表无数据).
    pub required: bool,
}

/// A template profile: the layout of a disclosure. See the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "RawProfile", into = "RawProfile")
)]
pub struct Profile {
    id: String,
    name: String,
    source: String,
    tables: Vec<TableSlot>,
    expenditure_classes: Vec<u16>,
    body_parts: Option<Vec<u8>>,
    line_numbers: bool,
    detail_level: Level,
    detail_section: Option<String>,
    narrative_decimals: Option<u32>,
    grades: GradeScheme,
}

/// The 类 line counts a profile accepts, in JSON: one number (the form before variants) or a
/// list.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
enum ClassCounts {
    One(u16),
    Many(Vec<u16>),
}

/// The serde shape of a [`Profile`], validated by [`ProfileBuilder::build`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    id: String,
    name: String,
    source: String,
    tables: Vec<TableSlot>,
    expenditure_classes: ClassCounts,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body_parts: Option<Vec<u8>>,
    line_numbers: bool,
    detail_level: Level,
    #[serde(default)]
    detail_section: Option<String>,
    #[serde(default)]
    narrative_decimals: Option<u32>,
    grades: GradeScheme,
}

#[cfg(feature = "serde")]
impl TryFrom<RawProfile> for Profile {
    type Error = ProfileError;
    fn try_from(raw: RawProfile) -> Result<Self, Self::Error> {
        let mut builder = Profile::builder(raw.id, raw.name)
            .source(raw.source)
            .accept_expenditure_classes(&match raw.expenditure_classes {
                ClassCounts::One(count) => vec![count],
                ClassCounts::Many(counts) => counts,
            })
            .line_numbers(raw.line_numbers)
            .detail(raw.detail_level, raw.detail_section)
            .narrative_decimals(raw.narrative_decimals)
            .grades(raw.grades);
        if let Some(parts) = raw.body_parts {
            builder = builder.body_parts(&parts);
        }
        for slot in raw.tables {
            builder = builder.table(slot);
        }
        builder.build()
    }
}

#[cfg(feature = "serde")]
impl From<Profile> for RawProfile {
    fn from(p: Profile) -> Self {
        RawProfile {
            id: p.id,
            name: p.name,
            source: p.source,
            tables: p.tables,
            expenditure_classes: match <[u16; 1]>::try_from(p.expenditure_classes) {
                Ok([count]) => ClassCounts::One(count),
                Err(counts) => ClassCounts::Many(counts),
            },
            body_parts: p.body_parts,
            line_numbers: p.line_numbers,
            detail_level: p.detail_level,
            detail_section: p.detail_section,
            narrative_decimals: p.narrative_decimals,
            grades: p.grades,
        }
    }
}

impl Profile {
    /// A builder for a profile with a stable `id` (such as `"shanxi-2023"`) and a name.
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> ProfileBuilder {
        ProfileBuilder {
            profile: Profile {
                id: id.into(),
                name: name.into(),
                source: String::new(),
                tables: Vec::new(),
                expenditure_classes: vec![26],
                body_parts: None,
                line_numbers: true,
                detail_level: Level::Class,
                detail_section: None,
                narrative_decimals: None,
                grades: GradeScheme::standard(),
            },
        }
    }

    /// The built-in profile with this id, if any.
    #[must_use]
    pub fn builtin(id: &str) -> Option<&'static Profile> {
        builtin::all().iter().find(|p| p.id == id)
    }

    /// Every built-in profile.
    #[must_use]
    pub fn builtins() -> &'static [Profile] {
        builtin::all()
    }

    /// The layout of the Shanxi 2023 template (大同市人力资源和社会保障局 2023年度单位决算公开):
    /// ten labelled tables 公开01表 … 公开10表 in order, 行次 printed, 26 expenditure 类 lines,
    /// 具体情况 at 类 level, grades 优/良/中/差.
    #[must_use]
    pub fn shanxi_2023() -> &'static Profile {
        builtin::shanxi_2023()
    }

    /// The layout of the Shanghai 2024 template (附件2：部门决算模板): nine unlabelled tables, the
    /// 三公 table before the fund tables, no 公开10表, 国有资本经营 as a 收入支出 table, no 行次,
    /// 24 expenditure 类 lines (26 where a document adds 债务还本支出 and 债务付息支出), part
    /// headings 第一、第三、第四部分 in the body (the tables stand under a banner), 具体情况 at
    /// 项 level, grades 优/良/合格/不合格.
    #[must_use]
    pub fn shanghai_2024() -> &'static Profile {
        builtin::shanghai_2024()
    }

    /// The stable id.
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// A readable name.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where the layout comes from: the template, or a document that follows it.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The tables in published order.
    #[must_use]
    pub fn tables(&self) -> &[TableSlot] {
        &self.tables
    }

    /// The slot of `kind`, when the layout has that table.
    #[must_use]
    pub fn slot(&self, kind: TableKind) -> Option<&TableSlot> {
        self.tables.iter().find(|s| s.kind == kind)
    }

    /// How many expenditure 类 lines the summary tables (01, 04) may print: every count the
    /// template accepts, in increasing order.
    #[must_use]
    pub fn expenditure_classes(&self) -> &[u16] {
        &self.expenditure_classes
    }

    /// The numbers of the part headings (第一部分 = 1 …) the template's body prints, in order,
    /// when it does not print them all (the Shanghai 2024 body prints 1, 3, 4: its tables stand
    /// under a banner, 第二部分 is only in the 目录). `None`: every part, numbered 1, 2, 3 ….
    #[must_use]
    pub fn body_parts(&self) -> Option<&[u8]> {
        self.body_parts.as_deref()
    }

    /// Whether rows carry 行次.
    #[must_use]
    pub fn line_numbers(&self) -> bool {
        self.line_numbers
    }

    /// The level of 公开05表 lines the 具体情况 paragraph of the narrative covers.
    #[must_use]
    pub fn detail_level(&self) -> Level {
        self.detail_level
    }

    /// The section label of the 具体情况 paragraph, when known.
    #[must_use]
    pub fn detail_section(&self) -> Option<&str> {
        self.detail_section.as_deref()
    }

    /// The decimals the narrative prints its amounts and rates to, trailing zeros dropped
    /// ("5万元" standing for 5.00), when the template fixes them. `None` (both built-in
    /// profiles): each figure is read at the digits it prints ("完成98%" is a rate to whole
    /// percent).
    #[must_use]
    pub fn narrative_decimals(&self) -> Option<u32> {
        self.narrative_decimals
    }

    /// The grade scheme of the self-evaluation forms.
    #[must_use]
    pub fn grades(&self) -> &GradeScheme {
        &self.grades
    }
}

/// Builds a [`Profile`].
#[derive(Debug, Clone)]
#[must_use]
pub struct ProfileBuilder {
    profile: Profile,
}

impl ProfileBuilder {
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

    /// How many expenditure 类 lines the summary tables print (default 26).
    pub fn expenditure_classes(mut self, count: u16) -> ProfileBuilder {
        self.profile.expenditure_classes = vec![count];
        self
    }

    /// Every count of expenditure 类 lines the template accepts (such as 24 and 26).
    pub fn accept_expenditure_classes(mut self, counts: &[u16]) -> ProfileBuilder {
        let mut counts = counts.to_vec();
        counts.sort_unstable();
        counts.dedup();
        self.profile.expenditure_classes = counts;
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
    /// empty title, no expenditure 类 line (or a count of 0), or body parts that are not
    /// numbered 1 to 10 in increasing order.
    pub fn build(self) -> Result<Profile, ProfileError> {
        let p = self.profile;
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
        if p.expenditure_classes.is_empty() || p.expenditure_classes.contains(&0) {
            return Err(ProfileError::NoExpenditureClass { id: p.id });
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
        Ok(p)
    }
}
