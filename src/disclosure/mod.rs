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
//! assert_eq!(TableKind::ThreePublic.standard_label(), "公开09表");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod figures;

use crate::audit::Finding;
use crate::evaluation::Form;
use crate::narrative::Narrative;
use crate::tables::{
    BasicDetailTable, ExpenditureTable, FiscalTable, GeneralBudgetTable, GovernmentFundTable,
    IncomeExpenditureTable, IncomeTable, RelatedInfoTable, StateCapitalTable, TableMeta,
    ThreePublicTable,
};

/// Which of the ten tables, by content (not by the label printed on it).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum TableKind {
    /// 收入支出决算总表 (公开01表).
    IncomeExpenditure,
    /// 收入决算表 (公开02表).
    Income,
    /// 支出决算表 (公开03表).
    Expenditure,
    /// 财政拨款收入支出决算总表 (公开04表).
    Fiscal,
    /// 一般公共预算财政拨款支出决算表 (公开05表).
    GeneralBudget,
    /// 一般公共预算财政拨款基本支出决算明细表 (公开06表).
    BasicDetail,
    /// 政府性基金预算财政拨款收入支出决算表 (公开07表).
    GovernmentFund,
    /// 国有资本经营预算财政拨款支出决算表 (公开08表).
    StateCapital,
    /// 财政拨款“三公”经费支出决算表 (公开09表).
    ThreePublic,
    /// 部门决算公开相关信息统计表 (公开10表).
    RelatedInfo,
}

impl TableKind {
    /// The ten kinds in template order.
    pub const ALL: [TableKind; 10] = [
        TableKind::IncomeExpenditure,
        TableKind::Income,
        TableKind::Expenditure,
        TableKind::Fiscal,
        TableKind::GeneralBudget,
        TableKind::BasicDetail,
        TableKind::GovernmentFund,
        TableKind::StateCapital,
        TableKind::ThreePublic,
        TableKind::RelatedInfo,
    ];

    /// The table's number in the 2023 template (1 … 10).
    #[must_use]
    pub fn number(self) -> u8 {
        match self {
            TableKind::IncomeExpenditure => 1,
            TableKind::Income => 2,
            TableKind::Expenditure => 3,
            TableKind::Fiscal => 4,
            TableKind::GeneralBudget => 5,
            TableKind::BasicDetail => 6,
            TableKind::GovernmentFund => 7,
            TableKind::StateCapital => 8,
            TableKind::ThreePublic => 9,
            TableKind::RelatedInfo => 10,
        }
    }

    /// The label the 2023 template prints: 公开01表 … 公开10表.
    #[must_use]
    pub fn standard_label(self) -> &'static str {
        match self {
            TableKind::IncomeExpenditure => "公开01表",
            TableKind::Income => "公开02表",
            TableKind::Expenditure => "公开03表",
            TableKind::Fiscal => "公开04表",
            TableKind::GeneralBudget => "公开05表",
            TableKind::BasicDetail => "公开06表",
            TableKind::GovernmentFund => "公开07表",
            TableKind::StateCapital => "公开08表",
            TableKind::ThreePublic => "公开09表",
            TableKind::RelatedInfo => "公开10表",
        }
    }

    /// The title the 2023 template prints.
    #[must_use]
    pub fn standard_title(self) -> &'static str {
        match self {
            TableKind::IncomeExpenditure => "收入支出决算总表",
            TableKind::Income => "收入决算表",
            TableKind::Expenditure => "支出决算表",
            TableKind::Fiscal => "财政拨款收入支出决算总表",
            TableKind::GeneralBudget => "一般公共预算财政拨款支出决算表",
            TableKind::BasicDetail => "一般公共预算财政拨款基本支出决算明细表",
            TableKind::GovernmentFund => "政府性基金预算财政拨款收入支出决算表",
            TableKind::StateCapital => "国有资本经营预算财政拨款支出决算表",
            TableKind::ThreePublic => "财政拨款“三公”经费支出决算表",
            TableKind::RelatedInfo => "部门决算公开相关信息统计表",
        }
    }

    /// The area of its rule ids: `t01` … `t10`.
    #[must_use]
    pub fn rule_area(self) -> &'static str {
        match self {
            TableKind::IncomeExpenditure => "t01",
            TableKind::Income => "t02",
            TableKind::Expenditure => "t03",
            TableKind::Fiscal => "t04",
            TableKind::GeneralBudget => "t05",
            TableKind::BasicDetail => "t06",
            TableKind::GovernmentFund => "t07",
            TableKind::StateCapital => "t08",
            TableKind::ThreePublic => "t09",
            TableKind::RelatedInfo => "t10",
        }
    }
}

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
        crate::error::CappedList(problems)
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
    #[error("the order lists {0} ({label}), which is absent", label = .0.standard_label())]
    ListedButAbsent(TableKind),
    /// A table is present but missing from the order.
    #[error("{0} ({label}) is present but missing from the order", label = .0.standard_label())]
    PresentButUnlisted(TableKind),
    /// The order lists a table twice.
    #[error("the order lists {0} ({label}) twice", label = .0.standard_label())]
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
    income_expenditure: Option<IncomeExpenditureTable>,
    income: Option<IncomeTable>,
    expenditure: Option<ExpenditureTable>,
    fiscal: Option<FiscalTable>,
    general_budget: Option<GeneralBudgetTable>,
    basic_detail: Option<BasicDetailTable>,
    government_fund: Option<GovernmentFundTable>,
    state_capital: Option<StateCapitalTable>,
    three_public: Option<ThreePublicTable>,
    related_info: Option<RelatedInfoTable>,
    narrative: Narrative,
    forms: Vec<Form>,
    profile: Option<String>,
    outline: Outline,
}

/// What the document prints around its tables that the audit checks: its titles (cover, page
/// headers) and its part headings (第一部分 …), as printed, in document order.
///
/// ```
/// use final_accounts::disclosure::Outline;
/// let outline = Outline {
///     titles: vec!["2023年度单位决算公开".into()],
///     headings: vec!["第一部分 概况".into(), "第二部分 2023年部门决算表".into()],
/// };
/// assert_eq!(outline.headings.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// Builds a [`Disclosure`]; tables are recorded in the order they are added.
#[derive(Debug, Clone)]
#[must_use]
pub struct DisclosureBuilder {
    inner: Disclosure,
    explicit_order: Option<Vec<TableKind>>,
}

macro_rules! table_setters {
    ($( $(#[$doc:meta])* $field:ident : $ty:ty => $kind:ident ),+ $(,)?) => {
        impl DisclosureBuilder {
            $(
                $(#[$doc])*
                pub fn $field(mut self, table: $ty) -> DisclosureBuilder {
                    if self.inner.$field.replace(table).is_none() {
                        self.inner.order.push(TableKind::$kind);
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
                    self.$field.as_ref()
                }
            )+

            /// Whether the table of `kind` is present.
            #[must_use]
            pub fn has(&self, kind: TableKind) -> bool {
                match kind {
                    $( TableKind::$kind => self.$field.is_some(), )+
                }
            }

            /// The header of the table of `kind`, if present.
            #[must_use]
            pub fn meta(&self, kind: TableKind) -> Option<&TableMeta> {
                match kind {
                    $( TableKind::$kind => self.$field.as_ref().map(|t| t.meta()), )+
                }
            }

            /// The findings of the table of `kind` (empty when absent).
            #[must_use]
            pub fn table_findings(&self, kind: TableKind) -> &[Finding] {
                match kind {
                    $( TableKind::$kind => self.$field.as_ref().map_or(&[], |t| t.findings()), )+
                }
            }
        }
    };
}

table_setters! {
    /// 公开01表 收入支出决算总表.
    income_expenditure: IncomeExpenditureTable => IncomeExpenditure,
    /// 公开02表 收入决算表.
    income: IncomeTable => Income,
    /// 公开03表 支出决算表.
    expenditure: ExpenditureTable => Expenditure,
    /// 公开04表 财政拨款收入支出决算总表.
    fiscal: FiscalTable => Fiscal,
    /// 公开05表 一般公共预算财政拨款支出决算表.
    general_budget: GeneralBudgetTable => GeneralBudget,
    /// 公开06表 一般公共预算财政拨款基本支出决算明细表.
    basic_detail: BasicDetailTable => BasicDetail,
    /// 公开07表 政府性基金预算财政拨款收入支出决算表.
    government_fund: GovernmentFundTable => GovernmentFund,
    /// 公开08表 国有资本经营预算财政拨款支出决算表.
    state_capital: StateCapitalTable => StateCapital,
    /// 公开09表 财政拨款“三公”经费支出决算表.
    three_public: ThreePublicTable => ThreePublic,
    /// 公开10表 部门决算公开相关信息统计表.
    related_info: RelatedInfoTable => RelatedInfo,
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

    /// Sets the titles and part headings the document prints.
    pub fn outline(mut self, outline: Outline) -> DisclosureBuilder {
        self.inner.outline = outline;
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
                income_expenditure: None,
                income: None,
                expenditure: None,
                fiscal: None,
                general_budget: None,
                basic_detail: None,
                government_fund: None,
                state_capital: None,
                three_public: None,
                related_info: None,
                narrative: Narrative::default(),
                forms: Vec::new(),
                profile: None,
                outline: Outline::default(),
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

    /// The titles and part headings the document prints.
    #[must_use]
    pub fn outline(&self) -> &Outline {
        &self.outline
    }

    /// The findings of every table, in published order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.order
            .iter()
            .flat_map(|kind| self.table_findings(*kind).iter())
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Disclosure, Outline, TableKind};
    use crate::evaluation::Form;
    use crate::narrative::Narrative;
    use crate::tables::{
        BasicDetailTable, ExpenditureTable, FiscalTable, GeneralBudgetTable, GovernmentFundTable,
        IncomeExpenditureTable, IncomeTable, RelatedInfoTable, StateCapitalTable, ThreePublicTable,
    };

    /// The JSON shape of a [`Disclosure`], read before the builder validates it.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(default)]
        profile: Option<String>,
        unit_name: String,
        #[serde(deserialize_with = "crate::serde_util::year")]
        year: u16,
        #[serde(default, deserialize_with = "crate::serde_util::outline")]
        outline: Outline,
        order: Vec<TableKind>,
        #[serde(default)]
        income_expenditure: Option<IncomeExpenditureTable>,
        #[serde(default)]
        income: Option<IncomeTable>,
        #[serde(default)]
        expenditure: Option<ExpenditureTable>,
        #[serde(default)]
        fiscal: Option<FiscalTable>,
        #[serde(default)]
        general_budget: Option<GeneralBudgetTable>,
        #[serde(default)]
        basic_detail: Option<BasicDetailTable>,
        #[serde(default)]
        government_fund: Option<GovernmentFundTable>,
        #[serde(default)]
        state_capital: Option<StateCapitalTable>,
        #[serde(default)]
        three_public: Option<ThreePublicTable>,
        #[serde(default)]
        related_info: Option<RelatedInfoTable>,
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
        #[serde(skip_serializing_if = "Outline::is_empty")]
        outline: &'a Outline,
        order: &'a [TableKind],
        #[serde(skip_serializing_if = "Option::is_none")]
        income_expenditure: Option<&'a IncomeExpenditureTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        income: Option<&'a IncomeTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        expenditure: Option<&'a ExpenditureTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        fiscal: Option<&'a FiscalTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        general_budget: Option<&'a GeneralBudgetTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        basic_detail: Option<&'a BasicDetailTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        government_fund: Option<&'a GovernmentFundTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        state_capital: Option<&'a StateCapitalTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        three_public: Option<&'a ThreePublicTable>,
        #[serde(skip_serializing_if = "Option::is_none")]
        related_info: Option<&'a RelatedInfoTable>,
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
                income_expenditure: self.income_expenditure.as_ref(),
                income: self.income.as_ref(),
                expenditure: self.expenditure.as_ref(),
                fiscal: self.fiscal.as_ref(),
                general_budget: self.general_budget.as_ref(),
                basic_detail: self.basic_detail.as_ref(),
                government_fund: self.government_fund.as_ref(),
                state_capital: self.state_capital.as_ref(),
                three_public: self.three_public.as_ref(),
                related_info: self.related_info.as_ref(),
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
            builder.inner.income_expenditure = raw.income_expenditure;
            builder.inner.income = raw.income;
            builder.inner.expenditure = raw.expenditure;
            builder.inner.fiscal = raw.fiscal;
            builder.inner.general_budget = raw.general_budget;
            builder.inner.basic_detail = raw.basic_detail;
            builder.inner.government_fund = raw.government_fund;
            builder.inner.state_capital = raw.state_capital;
            builder.inner.three_public = raw.three_public;
            builder.inner.related_info = raw.related_info;
            builder.build().map_err(serde::de::Error::custom)
        }
    }
}
