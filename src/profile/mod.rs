//! Template profiles: the *layout* of a disclosure, as data.
//!
//! The content of a disclosure (its tables, narrative and forms) is modelled once; how a
//! province and year lay it out differs: which tables are published and in which order, with
//! which labels (公开01表 … or none) and titles, how many expenditure 类 lines the summary tables
//! print, whether rows carry 行次, at which level the 具体情况 paragraph of the narrative goes
//! down, and which grade scheme the self-evaluation forms use. A [`Profile`] describes one
//! layout; a disclosure names the profile it follows, and the audit's presence, label and
//! order rules read it. Arithmetic rules never look at a profile.
//!
//! Two profiles are built in, each from a real document: [`Profile::shanxi_2023`] and
//! [`Profile::shanghai_2024`]. Another province or year is a new value, built with
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
//! ```

mod builtin;
mod error;

use crate::classification::Level;
use crate::disclosure::TableKind;
use crate::evaluation::GradeScheme;

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
    expenditure_classes: u16,
    line_numbers: bool,
    detail_level: Level,
    detail_section: Option<String>,
    narrative_decimals: Option<u32>,
    grades: GradeScheme,
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
    expenditure_classes: u16,
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
            .expenditure_classes(raw.expenditure_classes)
            .line_numbers(raw.line_numbers)
            .detail(raw.detail_level, raw.detail_section)
            .narrative_decimals(raw.narrative_decimals)
            .grades(raw.grades);
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
            expenditure_classes: p.expenditure_classes,
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
                expenditure_classes: 26,
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

    /// The layout of the Shanghai 2024 template (中共上海市普陀区委社会工作部 2024 年度部门决算):
    /// nine unlabelled tables, the 三公 table before the fund tables, no 公开10表, 国有资本经营
    /// as a 收入支出 table, no 行次, 26 expenditure 类 lines, 具体情况 at 项 level, grades
    /// 优/良/合格/不合格.
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

    /// Where the layout was seen.
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

    /// How many expenditure 类 lines the summary tables (01, 04) print.
    #[must_use]
    pub fn expenditure_classes(&self) -> u16 {
        self.expenditure_classes
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
    /// ("5万元" standing for 5.00), when the template fixes them.
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
        self.profile.expenditure_classes = count;
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
    /// empty title, or no expenditure 类 line.
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
        if p.expenditure_classes == 0 {
            return Err(ProfileError::NoExpenditureClass { id: p.id });
        }
        Ok(p)
    }
}
