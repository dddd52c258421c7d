//! The whole disclosure (部门决算公开): the unit, the year, the ten tables and the order in
//! which they were published.
//!
//! # Overview
//!
//! A [`Disclosure`] holds each of the ten tables as an option (a template may omit one: some
//! print no 公开10表) and the list of the tables in published order ([`Disclosure::order`]),
//! so that label and order rules can be checked: the spec prints its 支出决算表 with the label
//! 公开09表, which the table's [`TableMeta::label`](crate::tables::TableMeta::label) keeps.
//! Build one with [`Disclosure::builder`]: the order is the order in which tables are added,
//! unless given explicitly.
//!
//! Beside the tables, a disclosure holds its narrative (说明, as [`Narrative`] statements with
//! the figures they claim) and its project self-evaluation forms ([`Form`]s). Through
//! [`Figures`](crate::narrative::Figures), implemented here, the narrative reads the tables it
//! describes.
//!
//! # Serde format
//!
//! `{"unit_name", "year", "order": ["income_expenditure", …], "income_expenditure": {…}, …,
//! "narrative": {"statements": […]}, "forms": […]}`: one key per table present, named by
//! [`TableKind`]; unknown keys are rejected; `order` must list exactly the tables present, each
//! once; `narrative` and `forms` may be left out when the document has none. Every key is
//! described in `docs/FORMAT.md` in the repository, and `schema/disclosure.schema.json` is a
//! JSON Schema (draft 2020-12) of the format for tools in other languages.
//!
//! # Examples
//!
//! ```
//! use final_accounts::disclosure::{Disclosure, TableKind};
//! use final_accounts::money::MoneyUnit;
//! use final_accounts::tables::{ThreePublicColumns, ThreePublicTable, TableMeta};
//!
//! let empty = ThreePublicTable::new(
//!     TableMeta::new("财政拨款“三公”经费支出决算表", MoneyUnit::WanYuan)
//!         .with_explanation("说明：本表无数据"),
//!     ThreePublicColumns::default(),
//!     ThreePublicColumns::default(),
//! )?;
//! let d = Disclosure::builder("某单位", 2024).three_public(empty).build()?;
//! assert_eq!(d.order(), [TableKind::ThreePublic]);
//! assert!(d.income().is_none());
//! assert_eq!(TableKind::ThreePublic.name_zh(), "财政拨款“三公”经费支出决算表");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod for_narrative;

pub use crate::kind::TableKind;

use crate::evaluation::Form;
use crate::finding::{Finding, Names};
use crate::narrative::Narrative;
use crate::printed;
use crate::tables::{
    BasicDetailTable, ExpenditureTable, FiscalTable, GeneralBudgetTable, GovernmentFundTable,
    IncomeExpenditureTable, IncomeTable, RelatedInfoTable, StateCapitalTable, Table, TableMeta,
    ThreePublicTable,
};

/// Why a disclosure cannot be built.
///
/// ```
/// use final_accounts::disclosure::{Disclosure, DisclosureError, DisclosureProblem, TableKind};
/// let err = Disclosure::builder("某单位", 2023)
///     .order(vec![TableKind::Income, TableKind::Income])
///     .build()
///     .unwrap_err();
/// let DisclosureError::Invalid { problems } = &err else { unreachable!() };
/// assert_eq!(problems, &[
///     DisclosureProblem::ListedButAbsent(TableKind::Income),
///     DisclosureProblem::ListedTwice(TableKind::Income),
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DisclosureError {
    /// The disclosure has structural problems; all are kept in `problems`, the message lists the
    /// first ten, then "… and N more".
    #[error(
        "the disclosure cannot be built: {}",
        crate::listing::CappedList(problems)
    )]
    Invalid {
        /// Every problem found.
        problems: Vec<DisclosureProblem>,
    },
}

/// One structural problem of a disclosure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DisclosureProblem {
    /// The unit name is empty.
    #[error("the unit name is empty")]
    EmptyUnitName,
    /// The report year is outside 1900 … 2999 (the range a self-evaluation form accepts too).
    #[error("the report year {0} is not a year from 1900 to 2999")]
    YearOutOfRange(u16),
    /// The order lists a table that is not in the disclosure.
    #[error("the order lists {0} ({label}), which is absent", label = .0.name_zh())]
    ListedButAbsent(TableKind),
    /// A table is present but missing from the order.
    #[error("{0} ({label}) is present but missing from the order", label = .0.name_zh())]
    PresentButUnlisted(TableKind),
    /// The order lists a table twice.
    #[error("the order lists {0} ({label}) twice", label = .0.name_zh())]
    ListedTwice(TableKind),
}

/// 部门决算公开: the unit, the year, the ten tables (each optional) in their published order,
/// the narrative (说明) and the project self-evaluation forms.
///
/// Build through [`Disclosure::builder`] (or deserialize, which uses the same checks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosure {
    unit_name: String,
    year: u16,
    order: Vec<TableKind>,
    tables: Tables,
    narrative: Narrative,
    forms: Vec<Form>,
    profile: Option<String>,
    outline: PrintedOutline,
}

/// The outline as the format before printed lines wrote it: the transcriber split the lines
/// into titles and part headings. It is read as printed lines, the titles first
/// ([`PrintedOutline::from`]); the crate decides each line's role from its text, so the split
/// no longer decides what is checked. Prefer [`PrintedOutline`].
///
/// ```
/// use final_accounts::disclosure::{LineRole, Outline, PrintedOutline};
/// let outline = Outline {
///     titles: vec!["2023年度单位决算公开".into()],
///     headings: vec!["第一部分 概况".into(), "第二部分 2023年部门决算表".into()],
/// };
/// let printed = PrintedOutline::from(outline);
/// assert_eq!(printed.lines().len(), 3);
/// assert_eq!(printed.roles().nth(2), Some((LineRole::Part(2), "第二部分 2023年部门决算表")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        deny_unknown_fields,
        expecting = "the outline: an object {\"titles\", \"headings\"}"
    )
)]
pub struct Outline {
    /// Titles printed on the cover and in page headers (such as "2023年度单位决算公开").
    #[cfg_attr(feature = "serde", serde(default))]
    pub titles: Vec<String>,
    /// Part headings in the body, in order (such as "第一部分 概况").
    #[cfg_attr(feature = "serde", serde(default))]
    pub headings: Vec<String>,
}

impl Outline {
    /// Whether nothing is recorded.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty() && self.headings.is_empty()
    }
}

/// What a printed line of the outline is, read from its text (never from the transcriber).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineRole {
    /// A part heading, 第一部分 … 第十部分, with its number.
    Part(u8),
    /// A section heading: 一、… or （一）….
    Section,
    /// A banner over the tables: a line naming them (…部门决算表).
    Banner,
    /// A title: the cover, a page header, anything else.
    Title,
}

/// The Chinese numerals 一 … 十.
impl LineRole {
    /// The role of a printed line, from its text (white space aside).
    ///
    /// ```
    /// use final_accounts::disclosure::LineRole;
    /// assert_eq!(LineRole::of("第三部分 2024年度部门决算情况"), LineRole::Part(3));
    /// assert_eq!(LineRole::of("一、收入支出决算总体情况说明"), LineRole::Section);
    /// assert_eq!(LineRole::of("（二）机关运行经费"), LineRole::Section);
    /// assert_eq!(LineRole::of("十一、国有资产占用情况说明"), LineRole::Section);
    /// assert_eq!(LineRole::of("上海市某局2024年度部门决算表"), LineRole::Banner);
    /// assert_eq!(LineRole::of("2023年度单位决算公开"), LineRole::Title);
    /// ```
    #[must_use]
    pub fn of(line: &str) -> LineRole {
        let compact = printed::compact(line);
        let numeral = printed::leading_digit;
        if let Some(part) = printed::part_number(&compact) {
            return LineRole::Part(part);
        }
        let bracketed = compact
            .strip_prefix('（')
            .or_else(|| compact.strip_prefix('('))
            .and_then(numeral)
            .is_some_and(|(_, after)| after.starts_with('）') || after.starts_with(')'));
        // 一、 … 十、, 十一、 …
        let listed = numeral(&compact)
            .map(|(_, after)| numeral(after).map_or(after, |(_, rest)| rest))
            .is_some_and(|after| after.starts_with('、'));
        if bracketed || listed {
            LineRole::Section
        } else if compact.contains("决算表") {
            LineRole::Banner
        } else {
            LineRole::Title
        }
    }
}

/// What the document prints around its tables, as printed: one ordered list of lines (cover
/// and page titles, the banner over the tables, part and section headings). The crate reads
/// each line's role from its text ([`LineRole::of`]); every line is checked for the unit's
/// name, the report year and template residue, and the part headings for their numbering.
///
/// In JSON a list of strings; the object `{"titles", "headings"}` of the format before it is
/// still read, as printed lines (the titles first).
///
/// ```
/// use final_accounts::disclosure::{LineRole, PrintedOutline};
/// let outline = PrintedOutline::new(vec![
///     "中共上海市普陀区委社会工作部2024年度部门决算".into(),
///     "第一部分 中共上海市普陀区委社会工作部概况".into(),
///     "中共上海市普陀区委社会工作部2024年度部门决算表".into(),
/// ]);
/// let roles: Vec<LineRole> = outline.roles().map(|(role, _)| role).collect();
/// assert_eq!(roles, [LineRole::Title, LineRole::Part(1), LineRole::Banner]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct PrintedOutline {
    lines: Vec<String>,
}

impl PrintedOutline {
    /// The outline of these printed lines, in document order.
    #[must_use]
    pub fn new(lines: Vec<String>) -> PrintedOutline {
        PrintedOutline { lines }
    }

    /// The lines, in document order.
    #[must_use]
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    /// Each line with its role, in document order.
    pub fn roles(&self) -> impl Iterator<Item = (LineRole, &str)> {
        self.lines.iter().map(|l| (LineRole::of(l), l.as_str()))
    }

    /// The part headings (第一部分 …), in document order.
    pub fn part_headings(&self) -> impl Iterator<Item = &str> {
        self.roles()
            .filter(|(role, _)| matches!(role, LineRole::Part(_)))
            .map(|(_, line)| line)
    }

    /// Whether no line is recorded.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

impl From<Outline> for PrintedOutline {
    /// The titles, then the headings.
    fn from(outline: Outline) -> PrintedOutline {
        let mut lines = outline.titles;
        lines.extend(outline.headings);
        PrintedOutline { lines }
    }
}

impl From<Vec<String>> for PrintedOutline {
    fn from(lines: Vec<String>) -> PrintedOutline {
        PrintedOutline { lines }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PrintedOutline {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.lines.serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PrintedOutline {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Lines;
        impl<'de> serde::de::Visitor<'de> for Lines {
            type Value = PrintedOutline;
            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(
                    "the outline: a list of the lines printed around the tables, or {\"titles\", \"headings\"}",
                )
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<PrintedOutline, A::Error> {
                let lines: Vec<String> = serde::Deserialize::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(PrintedOutline { lines })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<PrintedOutline, A::Error> {
                let outline: Outline = serde::Deserialize::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(outline.into())
            }
        }
        deserializer.deserialize_any(Lines)
    }
}

/// Builds a [`Disclosure`]; tables are recorded in the order they are added.
#[derive(Debug, Clone)]
#[must_use]
pub struct DisclosureBuilder {
    inner: Disclosure,
    explicit_order: Option<Vec<TableKind>>,
}

// The one list of the tables a disclosure can hold is this macro's invocation below. Each line
// `field: Type` (with its doc) gives, through the sealed `Table` trait of `Type`: the slot in
// `Tables`, the builder method and the accessor named `field`, the arms of `has`, `meta` and
// `check_table` (matched on `Type::KIND`, so a `TableKind` without its line, or with two, does
// not compile), and the key `field` of the serde form, in the order of the list.
macro_rules! disclosure_tables {
    ($( $(#[$doc:meta])* $field:ident : $ty:ty ),+ $(,)?) => {
        /// The tables of a disclosure, each optional.
        #[derive(Debug, Clone, PartialEq, Eq, Default)]
        struct Tables {
            $( $field: Option<$ty>, )+
        }

        impl DisclosureBuilder {
            $(
                $(#[$doc])*
                pub fn $field(mut self, table: $ty) -> DisclosureBuilder {
                    if self.inner.tables.$field.replace(table).is_none() {
                        self.inner.order.push(<$ty as Table>::KIND);
                    }
                    self
                }
            )+
        }

        impl Disclosure {
            $(
                $(#[$doc])*
                #[must_use]
                pub fn $field(&self) -> Option<&$ty> {
                    self.tables.$field.as_ref()
                }
            )+

            /// Whether the table of `kind` is present.
            #[must_use]
            #[deny(unreachable_patterns)]
            pub fn has(&self, kind: TableKind) -> bool {
                match kind {
                    $( <$ty as Table>::KIND => self.tables.$field.is_some(), )+
                }
            }

            /// The header of the table of `kind`, if present.
            #[must_use]
            #[deny(unreachable_patterns)]
            pub fn meta(&self, kind: TableKind) -> Option<&TableMeta> {
                match kind {
                    $( <$ty as Table>::KIND => self.tables.$field.as_ref().map(Table::meta), )+
                }
            }

            /// The findings of the own arithmetic of the table of `kind` (none when absent):
            /// its `check()`, computed on each call.
            #[must_use]
            #[deny(unreachable_patterns)]
            pub fn check_table(&self, kind: TableKind) -> Vec<Finding> {
                match kind {
                    $( <$ty as Table>::KIND => {
                        self.tables.$field.as_ref().map_or_else(Vec::new, Table::check)
                    } )+
                }
            }

            /// [`Disclosure::check_table`] and every relation the check tests, as edits
            /// (each naming the index of its finding, if any).
            #[must_use]
            #[deny(unreachable_patterns)]
            pub fn check_table_edits(&self, kind: TableKind) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
                match kind {
                    $( <$ty as Table>::KIND => {
                        self.tables.$field.as_ref().map_or_else(Default::default, Table::checked)
                    } )+
                }
            }
        }

        /// A table's key in the serde form is its field's name, which must be the name of its
        /// kind as `order` writes it.
        #[cfg(test)]
        #[test]
        fn each_table_is_named_by_its_kind() {
            $( assert_eq!(stringify!($field), <&str>::from(<$ty as Table>::KIND)); )+
        }

        // The serde form: one key per table, in the order of the list, read into `Raw` and
        // written from `RawRef`.
        #[cfg(feature = "serde")]
        mod serde_impl {
            use serde::{Deserialize, Deserializer, Serialize, Serializer};

            use super::*;

            /// The JSON shape of a [`Disclosure`], read before the builder validates it.
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Raw {
                #[serde(default)]
                profile: Option<String>,
                unit_name: String,
                #[serde(deserialize_with = "crate::serde_util::year")]
                year: u16,
                #[serde(default)]
                outline: PrintedOutline,
                order: Vec<TableKind>,
                $(
                    #[serde(default)]
                    $field: Option<$ty>,
                )+
                #[serde(default, deserialize_with = "crate::serde_util::narrative")]
                narrative: Narrative,
                #[serde(default, deserialize_with = "crate::serde_util::objects")]
                forms: Vec<Form>,
            }

            /// The same shape, borrowed, for writing without copying.
            #[derive(Serialize)]
            struct RawRef<'a> {
                #[serde(skip_serializing_if = "Option::is_none")]
                profile: Option<&'a str>,
                unit_name: &'a str,
                year: u16,
                #[serde(skip_serializing_if = "PrintedOutline::is_empty")]
                outline: &'a PrintedOutline,
                order: &'a [TableKind],
                $(
                    #[serde(skip_serializing_if = "Option::is_none")]
                    $field: Option<&'a $ty>,
                )+
                #[serde(skip_serializing_if = "narrative_is_empty")]
                narrative: &'a Narrative,
                #[serde(skip_serializing_if = "<[Form]>::is_empty")]
                forms: &'a [Form],
            }

            fn narrative_is_empty(narrative: &&Narrative) -> bool {
                narrative.statements.is_empty()
            }

            impl Serialize for Disclosure {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    RawRef {
                        profile: self.profile.as_deref(),
                        unit_name: &self.unit_name,
                        year: self.year,
                        outline: &self.outline,
                        order: &self.order,
                        $( $field: self.tables.$field.as_ref(), )+
                        narrative: &self.narrative,
                        forms: &self.forms,
                    }
                    .serialize(serializer)
                }
            }

            impl<'de> Deserialize<'de> for Disclosure {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let raw: Raw = crate::serde_util::object(
                        deserializer,
                        "a disclosure (unit_name, year, order and one key per table)",
                    )?;
                    let mut builder = Disclosure::builder(raw.unit_name, raw.year)
                        .order(raw.order)
                        .narrative(raw.narrative)
                        .forms(raw.forms)
                        .outline(raw.outline);
                    if let Some(profile) = raw.profile {
                        builder = builder.profile(profile);
                    }
                    builder.inner.tables = Tables {
                        $( $field: raw.$field, )+
                    };
                    builder.build().map_err(serde::de::Error::custom)
                }
            }
        }
    };
}

// The tables a disclosure can hold, in the order of their keys in the serde form. Adding a
// table is one line here (the type implements the sealed `Table` trait; its `KIND` places it).
disclosure_tables! {
    /// 公开01表 收入支出决算总表.
    income_expenditure: IncomeExpenditureTable,
    /// 公开02表 收入决算表.
    income: IncomeTable,
    /// 公开03表 支出决算表.
    expenditure: ExpenditureTable,
    /// 公开04表 财政拨款收入支出决算总表.
    fiscal: FiscalTable,
    /// 公开05表 一般公共预算财政拨款支出决算表.
    general_budget: GeneralBudgetTable,
    /// 公开06表 一般公共预算财政拨款基本支出决算明细表.
    basic_detail: BasicDetailTable,
    /// 公开07表 政府性基金预算财政拨款收入支出决算表.
    government_fund: GovernmentFundTable,
    /// 公开08表 国有资本经营预算财政拨款支出决算表.
    state_capital: StateCapitalTable,
    /// 公开09表 财政拨款“三公”经费支出决算表.
    three_public: ThreePublicTable,
    /// 公开10表 部门决算公开相关信息统计表.
    related_info: RelatedInfoTable,
}

impl DisclosureBuilder {
    /// Sets the narrative (说明) statements.
    pub fn narrative(mut self, narrative: Narrative) -> DisclosureBuilder {
        self.inner.narrative = narrative;
        self
    }

    /// Sets the project self-evaluation forms (项目支出绩效自评表), in published order.
    pub fn forms(mut self, forms: Vec<Form>) -> DisclosureBuilder {
        self.inner.forms = forms;
        self
    }

    /// Names the template profile the document follows (see [`crate::profile`]), such as
    /// `"shanxi-2023"`.
    pub fn profile(mut self, id: impl Into<String>) -> DisclosureBuilder {
        self.inner.profile = Some(id.into());
        self
    }

    /// Sets the lines the document prints around its tables (a [`PrintedOutline`], a list of
    /// lines, or an [`Outline`] of the format before).
    pub fn outline(mut self, outline: impl Into<PrintedOutline>) -> DisclosureBuilder {
        self.inner.outline = outline.into();
        self
    }

    /// Sets the published order explicitly (instead of the order tables were added in).
    pub fn order(mut self, order: Vec<TableKind>) -> DisclosureBuilder {
        self.explicit_order = Some(order);
        self
    }

    /// Builds the disclosure.
    ///
    /// # Errors
    ///
    /// [`DisclosureError::Invalid`] listing every problem: an empty unit name, a year outside
    /// 1900 … 2999, an order that lists an absent table, lists a table twice, or misses a
    /// present one.
    pub fn build(self) -> Result<Disclosure, DisclosureError> {
        let mut disclosure = self.inner;
        if let Some(order) = self.explicit_order {
            disclosure.order = order;
        }
        let mut problems = Vec::new();
        if disclosure.unit_name.trim().is_empty() {
            problems.push(DisclosureProblem::EmptyUnitName);
        }
        if !(1900..=2999).contains(&disclosure.year) {
            problems.push(DisclosureProblem::YearOutOfRange(disclosure.year));
        }
        let mut seen: Vec<TableKind> = Vec::with_capacity(disclosure.order.len());
        for kind in &disclosure.order {
            if seen.contains(kind) {
                problems.push(DisclosureProblem::ListedTwice(*kind));
                continue;
            }
            seen.push(*kind);
            if !disclosure.has(*kind) {
                problems.push(DisclosureProblem::ListedButAbsent(*kind));
            }
        }
        for kind in TableKind::ALL {
            if disclosure.has(kind) && !seen.contains(&kind) {
                problems.push(DisclosureProblem::PresentButUnlisted(kind));
            }
        }
        if problems.is_empty() {
            Ok(disclosure)
        } else {
            Err(DisclosureError::Invalid { problems })
        }
    }
}

impl Disclosure {
    /// A builder for the disclosure of `unit_name` for `year`.
    pub fn builder(unit_name: impl Into<String>, year: u16) -> DisclosureBuilder {
        DisclosureBuilder {
            inner: Disclosure {
                unit_name: unit_name.into(),
                year,
                order: Vec::new(),
                tables: Tables::default(),
                narrative: Narrative::default(),
                forms: Vec::new(),
                profile: None,
                outline: PrintedOutline::default(),
            },
            explicit_order: None,
        }
    }

    /// The unit (部门 or 单位) name as the document's cover prints it.
    #[must_use]
    pub fn unit_name(&self) -> &str {
        &self.unit_name
    }

    /// The report year.
    #[must_use]
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The tables present, in published order.
    #[must_use]
    pub fn order(&self) -> &[TableKind] {
        &self.order
    }

    /// The headers of the tables present, in published order.
    pub fn metas(&self) -> impl Iterator<Item = (TableKind, &TableMeta)> {
        self.order
            .iter()
            .filter_map(|kind| self.meta(*kind).map(|m| (*kind, m)))
    }

    /// The narrative (说明) statements.
    #[must_use]
    pub fn narrative(&self) -> &Narrative {
        &self.narrative
    }

    /// Replaces the narrative (the importer reads the 说明 once the tables are built, to know
    /// the 类/款/项 names they print).
    pub(crate) fn set_narrative(&mut self, narrative: Narrative) {
        self.narrative = narrative;
    }

    /// Replaces the outline (compiling writes the 说明's headings once it is rendered).
    pub(crate) fn set_outline(&mut self, outline: PrintedOutline) {
        self.outline = outline;
    }

    /// Replaces the forms (compiling prints them after the tables).
    pub(crate) fn set_forms(&mut self, forms: Vec<Form>) {
        self.forms = forms;
    }

    /// The project self-evaluation forms, in published order.
    #[must_use]
    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    /// The id of the template profile the document follows, when named.
    #[must_use]
    pub fn profile(&self) -> Option<&str> {
        self.profile.as_deref()
    }

    /// The lines the document prints around its tables, in document order.
    #[must_use]
    pub fn outline(&self) -> &PrintedOutline {
        &self.outline
    }

    /// How findings name a table of this disclosure: its printed label, followed by its title
    /// when the label is missing from the template or printed on another table too; its title
    /// when it has no label; its content name when the disclosure does not have it. The audit
    /// names tables with [`place_expecting`](Self::place_expecting) and the labels of the
    /// template profile instead.
    ///
    /// ```
    /// # #[cfg(feature = "serde")] {
    /// use final_accounts::disclosure::{Disclosure, TableKind};
    /// let json = include_str!("../../tests/fixtures/datong-hrss-2023.json");
    /// let d: Disclosure = serde_json::from_str(json).unwrap();
    /// assert_eq!(d.place(TableKind::IncomeExpenditure), "公开01表");
    /// // 支出决算表 and the 三公 table both print 公开09表.
    /// assert_eq!(d.place(TableKind::Expenditure), "公开09表（支出决算表）");
    /// assert_eq!(d.place_expecting(TableKind::ThreePublic, Some("公开09表")), "公开09表");
    /// # }
    /// ```
    #[must_use]
    pub fn place(&self, kind: TableKind) -> String {
        let unique = |label: &str| {
            self.metas()
                .filter(|(_, meta)| meta.label() == Some(label))
                .count()
                == 1
        };
        match self.meta(kind) {
            Some(meta) => match meta.label() {
                Some(label) if unique(label) => label.to_owned(),
                _ => self.place_expecting(kind, None),
            },
            None => kind.name_zh().to_owned(),
        }
    }

    /// How findings name a table when its template prints the label `expected`: the label
    /// alone when it is the expected one, else the label followed by the title; the title
    /// alone without a label.
    #[must_use]
    pub fn place_expecting(&self, kind: TableKind, expected: Option<&str>) -> String {
        match self.meta(kind) {
            None => expected.unwrap_or(kind.name_zh()).to_owned(),
            Some(meta) => match meta.label() {
                Some(label) if Some(label) == expected => label.to_owned(),
                Some(label) => format!("{label}（{}）", meta.title()),
                None => meta.title().to_owned(),
            },
        }
    }
}

/// Names tables as [`Disclosure::place`] does and columns by their printed headers.
impl Names for Disclosure {
    fn table(&self, kind: TableKind) -> std::borrow::Cow<'_, str> {
        std::borrow::Cow::Owned(self.place(kind))
    }

    fn column(&self, kind: TableKind, key: &str) -> Option<std::borrow::Cow<'_, str>> {
        self.meta(kind)
            .and_then(|meta| meta.column_name(key))
            .map(std::borrow::Cow::Borrowed)
    }
}
