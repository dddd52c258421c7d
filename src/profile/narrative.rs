//! What a template decides about its 说明, as data: which paragraphs it prints, in which order,
//! under which section labels and headings, in which sentence form, and the words that differ
//! between templates.
//!
//! The renderer ([`narrative::render`](crate::narrative::render)) has one sentence form per
//! content and [`Form`]; a template picks, for each section, the content and the form, and
//! gives its own labels, headings and wording. A new template's 说明 is a new value of
//! [`NarrativeTemplate`], written in a profile's JSON.

/// What a paragraph of the 说明 states.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::EnumIter, serde::Deserialize,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Content {
    /// 收入支出决算总体情况: 收入总计 and 支出总计, with their change.
    Totals,
    /// 收入决算情况: 收入合计 and its sources.
    Income,
    /// 支出决算情况: 支出合计, 基本支出 and 项目支出.
    Expenditure,
    /// 财政拨款收入支出决算总体情况: the appropriations' totals, with their change.
    Fiscal,
    /// 一般公共预算财政拨款支出决算总体情况: the total, its share and change.
    GeneralPublicTotal,
    /// 一般公共预算财政拨款支出决算结构情况: the 类 lines and their shares.
    GeneralPublicStructure,
    /// 一般公共预算财政拨款支出决算具体情况: a sentence per line of the profile's detail level.
    GeneralPublicDetail,
    /// 一般公共预算财政拨款基本支出决算情况: 人员经费 and 公用经费.
    Basic,
    /// 政府性基金预算财政拨款收入支出决算情况.
    GovernmentFund,
    /// 国有资本经营预算财政拨款支出决算情况.
    StateCapital,
    /// 财政拨款“三公”经费支出决算情况 (in the summary form with its details).
    ThreePublic,
    /// The 三公 details no table prints (出国团组, vehicles, 接待批次), item by item; the summary
    /// form states them within [`Content::ThreePublic`] and prints no paragraph here.
    ThreePublicDetails,
    /// 机关运行经费支出情况.
    OperatingCost,
    /// 政府采购支出情况.
    Procurement,
    /// 国有资产占用情况.
    Assets,
    /// 预算绩效管理情况: the self-evaluation, as the forms roll up.
    Performance,
}

/// The sentence form of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Form {
    /// One line per item, each with its year and amount, completions against 年初预算 (the
    /// phrasing of the 2023 Shanxi documents; the default).
    #[default]
    Itemized,
    /// One statement per paragraph, the lines not involved left out (不涉及的不列), the unit
    /// named, comparisons with 年初预算 worded 决算数大于（小于）预算数 (the phrasing of the 2024
    /// Shanghai template).
    Summary,
}

/// One paragraph of the 说明: its section label, heading, content and form.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section label: "一", "五（二）"; a label with "（" is a sub-section of the chapter
    /// before it.
    pub label: String,
    /// The heading printed on it.
    pub title: String,
    /// What it states.
    pub content: Content,
    /// Its sentence form.
    #[serde(default)]
    pub form: Form,
}

/// A chapter whose paragraphs are sub-sections: its label and heading ("五",
/// "一般公共预算财政拨款支出决算情况说明").
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    /// The chapter's label.
    pub label: String,
    /// Its heading.
    pub title: String,
}

/// How a template writes its 说明: its sections in order, its chapters and its wording.
///
/// ```
/// use final_accounts::profile::{Content, Form, Profile};
///
/// let shanghai = Profile::shanghai_2024().narrative();
/// let three_public = shanghai.section(Content::ThreePublic).unwrap();
/// assert_eq!((three_public.label.as_str(), three_public.form), ("七", Form::Summary));
/// assert_eq!(shanghai.compared(2023), "与2023年度相比");
/// assert_eq!(Profile::shanxi_2023().narrative().compared(2022), "与上年相比");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub struct NarrativeTemplate {
    /// The paragraphs, in printed order.
    pub sections: Vec<Section>,
    /// The chapters whose paragraphs are sub-sections.
    #[serde(default)]
    pub chapters: Vec<Chapter>,
    /// The phrase that opens a comparison with last year ("与上年相比", "较上年"); `{prior}`
    /// stands for last year's number ("与{prior}年度相比").
    pub compared: String,
    /// How a chapter's heading is numbered, `{n}` its numeral: "{n}、" (the default) prints
    /// "五、…", "{n}．" prints "五．…".
    #[serde(default = "chapter_enumerator")]
    pub chapter_enumerator: String,
    /// How a sub-section's heading is numbered: "（{n}）" (the default) prints "（二）…".
    #[serde(default = "section_enumerator")]
    pub section_enumerator: String,
}

fn chapter_enumerator() -> String {
    "{n}、".to_owned()
}

fn section_enumerator() -> String {
    "（{n}）".to_owned()
}

impl Default for NarrativeTemplate {
    /// No section, "与上年相比", headings numbered "五、" and "（二）".
    fn default() -> Self {
        NarrativeTemplate {
            sections: Vec::new(),
            chapters: Vec::new(),
            compared: "与上年相比".to_owned(),
            chapter_enumerator: chapter_enumerator(),
            section_enumerator: section_enumerator(),
        }
    }
}

impl NarrativeTemplate {
    /// The section that states `content`, if the template prints it.
    #[must_use]
    pub fn section(&self, content: Content) -> Option<&Section> {
        self.sections.iter().find(|s| s.content == content)
    }

    /// The heading of the chapter labelled `label`, when it has sub-sections.
    #[must_use]
    pub fn chapter(&self, label: &str) -> Option<&str> {
        self.chapters
            .iter()
            .find(|c| c.label == label)
            .map(|c| c.title.as_str())
    }

    /// The heading of the chapter numbered `numeral`: "五、一般公共预算财政拨款支出决算情况说明".
    ///
    /// ```
    /// use final_accounts::profile::Profile;
    /// let shanxi = Profile::shanxi_2023().narrative();
    /// assert_eq!(shanxi.chapter_heading("五", "其他"), "五、其他");
    /// assert_eq!(shanxi.section_heading("二", "其他"), "（二）其他");
    /// ```
    #[must_use]
    pub fn chapter_heading(&self, numeral: &str, title: &str) -> String {
        format!("{}{title}", self.chapter_enumerator.replace("{n}", numeral))
    }

    /// The heading of the sub-section numbered `numeral` (the "二" of "五（二）").
    #[must_use]
    pub fn section_heading(&self, numeral: &str, title: &str) -> String {
        format!("{}{title}", self.section_enumerator.replace("{n}", numeral))
    }

    /// The comparison phrase with `prior` (last year) filled in.
    #[must_use]
    pub fn compared(&self, prior: u16) -> String {
        self.compared.replace("{prior}", &prior.to_string())
    }
}
