//! Template profiles: the *layout* of a disclosure, as data.
//!
//! The content of a disclosure (its tables, narrative and forms) is modelled once; how a
//! province and year lay it out differs: which tables are published and in which order, with
//! which labels (公开01表 … or none) and titles, which expenditure 类 lines the summary tables
//! print, by name and in order ([`ClassLines`]: the Shanghai template's 24, and the two 债务
//! lines it prints only when used),
//! which part headings (第一部分 …) its body prints, whether rows carry 行次, the money caption,
//! whether the unit's name heads each table or a banner, the notes under the tables, how an
//! empty table says so, the heading of the code column, how its 说明 is written
//! ([`NarrativeTemplate`]: sections, numbering, order, sentence forms and wording), at which
//! level the 具体情况 paragraph of the narrative goes down, and which grade scheme the
//! self-evaluation forms use. A [`Profile`] describes one layout; a disclosure names the
//! profile it follows, and the audit's presence, label and order rules read it. Arithmetic
//! rules never look at a profile, and no code looks at a profile's id.
//!
//! Two profiles are built in, each a JSON file of `data/profiles/` embedded in the crate and
//! read through the same validation as a user's: [`Profile::shanxi_2023`] (from a published
//! document, the template not being available) and [`Profile::shanghai_2024`] (from the
//! official template). Another province or year is a new value, read from JSON (the form of
//! those files) or built with [`Profile::builder`]; no rule changes.
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
//! assert_eq!(shanghai.class_lines().counts(), [24, 26]);
//! assert_eq!(shanghai.body_parts(), Some(&[1, 3, 4][..]));
//! ```

mod builder;
mod builtin;
mod class_lines;
mod detect;
mod error;
mod narrative;
mod raw;

use crate::classification::Level;
use crate::evaluation::GradeScheme;
use crate::kind::TableKind;

pub use builder::ProfileBuilder;
pub use class_lines::ClassLines;
pub use detect::{Fit, PrintedTable};
pub use error::ProfileError;
pub use narrative::{Chapter, Content, Form, NarrativeTemplate, Section};

/// One table of a layout: which table, the label and title printed on it, and whether it must
/// be published even when it has no data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct TableSlot {
    /// The table.
    #[serde(deserialize_with = "raw::named")]
    pub kind: TableKind,
    /// The label printed on it (公开03表), or `None` when the template prints none.
    #[serde(default)]
    pub label: Option<String>,
    /// The title printed on it.
    pub title: String,
    /// Whether it is published even without data (with an explanation such as 本表无数据).
    pub required: bool,
}

/// A text a template prints for one table: the note under it, or what it says when empty.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct TableText {
    /// The table.
    #[serde(deserialize_with = "raw::named")]
    pub table: TableKind,
    /// The text.
    pub text: String,
}

/// A template profile: the layout of a disclosure. See the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "raw::RawProfile", into = "raw::RawProfile")
)]
pub struct Profile {
    id: String,
    name: String,
    source: String,
    tables: Vec<TableSlot>,
    class_lines: ClassLines,
    body_parts: Option<Vec<u8>>,
    line_numbers: bool,
    detail_level: Level,
    detail_section: Option<String>,
    narrative_decimals: Option<u32>,
    grades: GradeScheme,
    money_caption: String,
    unit_banner: bool,
    code_heading: String,
    notes: Vec<TableText>,
    empty_table: String,
    empty_tables: Vec<TableText>,
    narrative: NarrativeTemplate,
}

impl Profile {
    /// A builder for a profile with a stable `id` (such as `"shanxi-2023"`) and a name. What
    /// is not set prints as `shanxi-2023` does: 金额单位, the unit's name in each table, no
    /// notes, "说明：本表无数据", 科目代码 and the 说明 of [`Profile::shanxi_2023`].
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> ProfileBuilder {
        ProfileBuilder::new(
            Profile::blank(id.into(), name.into()),
            Profile::shanxi_2023().narrative.clone(),
        )
    }

    /// A profile with no table yet and every other field at its default; its 说明 has no
    /// section.
    fn blank(id: String, name: String) -> Profile {
        Profile {
            id,
            name,
            source: String::new(),
            tables: Vec::new(),
            class_lines: ClassLines::all(),
            body_parts: None,
            line_numbers: true,
            detail_level: Level::Class,
            detail_section: None,
            narrative_decimals: None,
            grades: GradeScheme::standard(),
            money_caption: "金额单位".to_owned(),
            unit_banner: false,
            code_heading: "科目代码".to_owned(),
            notes: Vec::new(),
            empty_table: "说明：本表无数据".to_owned(),
            empty_tables: Vec::new(),
            narrative: NarrativeTemplate::default(),
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

    /// The expenditure 类 lines the summary tables (01, 04) print, by name, in printed order.
    #[must_use]
    pub fn class_lines(&self) -> &ClassLines {
        &self.class_lines
    }

    /// How many expenditure 类 lines the summary tables (01, 04) may print: every count the
    /// template accepts, in increasing order ([`ClassLines::counts`]).
    ///
    /// ```
    /// use final_accounts::profile::Profile;
    /// assert_eq!(Profile::shanxi_2023().expenditure_classes(), [26]);
    /// ```
    #[must_use]
    pub fn expenditure_classes(&self) -> Vec<u16> {
        self.class_lines.counts()
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

    /// The caption before the money unit in each table's header: 金额单位 (Shanxi), 单位
    /// (Shanghai).
    #[must_use]
    pub fn money_caption(&self) -> &str {
        &self.money_caption
    }

    /// Whether the unit's name and the period stand once in a banner above the tables
    /// (Shanghai) rather than in each table's header (Shanxi).
    #[must_use]
    pub fn unit_banner(&self) -> bool {
        self.unit_banner
    }

    /// The heading of the code column: 科目代码 (Shanxi), 科目编码 (Shanghai).
    #[must_use]
    pub fn code_heading(&self) -> &str {
        &self.code_heading
    }

    /// The note printed under `kind` (注：本表反映…), if the template prints one.
    #[must_use]
    pub fn note(&self, kind: TableKind) -> Option<&str> {
        self.notes
            .iter()
            .find(|n| n.table == kind)
            .map(|n| n.text.as_str())
    }

    /// What an empty table `kind` of `unit` says: the template's words for that table, `{unit}`
    /// filled in ("说明：上海市某某局本年度没有…，故本表无数据。"), else its general wording
    /// ("说明：本表无数据").
    ///
    /// ```
    /// use final_accounts::disclosure::TableKind;
    /// use final_accounts::profile::Profile;
    /// let shanghai = Profile::shanghai_2024();
    /// assert_eq!(
    ///     shanghai.empty_table(TableKind::StateCapital, "某局"),
    ///     "说明：某局本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。"
    /// );
    /// assert_eq!(shanghai.empty_table(TableKind::Income, "某局"), "说明：本表无数据");
    /// ```
    #[must_use]
    pub fn empty_table(&self, kind: TableKind, unit: &str) -> String {
        self.empty_tables
            .iter()
            .find(|t| t.table == kind)
            .map_or_else(
                || self.empty_table.clone(),
                |t| t.text.replace("{unit}", unit),
            )
    }

    /// How the template writes its 说明.
    #[must_use]
    pub fn narrative(&self) -> &NarrativeTemplate {
        &self.narrative
    }
}
