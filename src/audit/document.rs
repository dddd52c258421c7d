//! Rules on the document as a whole (`doc.*`): which tables are published, with which labels,
//! titles and in which order (read from the disclosure's template [`Profile`]), the unit name
//! and year on every table, 行次 numbering, part headings and titles.
//!
//! Presence, label, title and order rules read the profile and nothing else: a third province
//! is a new profile, not a new rule. The other rules here do not depend on any profile.

use crate::audit::{Finding, Rule, Severity};
use crate::disclosure::Disclosure;
use crate::finding::{Area, Figure, Part, Place, Template};
use crate::profile::Profile;

mod decimals;
mod parts;
mod residue;
mod template;
mod unit_names;

use decimals::decimals;
use parts::parts;
use residue::{narrative_residue, residue, stale_years, title_years};
use template::{headers, layout, line_numbers};
use unit_names::unit_names;

const SRC_TEMPLATE: &str = "[P] 《地方预决算公开操作规程》(财预〔2016〕143号) and the template of the profile; DOMAIN.md §4 (labels)";

const SRC_DERIVED: &str = "[D] DOMAIN.md §4: the unit name and the year agree across tables";

/// `doc.profile`: see [`RULES`].
pub const PROFILE: Rule = Rule::new("doc.profile", Area::Document, Severity::Warning)
    .titled("template profile known", "公开模板")
    .described("The disclosure names a template profile the audit knows (built in or given). Otherwise the built-in profile closest to the tables' titles, labels and order is used, and this warning names the id given and the profile used; only a disclosure without tables leaves presence, label, title and order unchecked.")
    .sourced("[D] design: layouts are profiles");

/// `doc.table-missing`: see [`RULES`].
pub const TABLE_MISSING: Rule = Rule::new("doc.table-missing", Area::Document, Severity::Error)
    .titled("table of the template missing", "缺少公开表")
    .described("Every table of the template is published, even without data (with an explanation such as 本表无数据).")
    .sourced(SRC_TEMPLATE);

/// `doc.table-damaged`: see [`RULES`].
pub const TABLE_DAMAGED: Rule = Rule::new("doc.table-damaged", Area::Document, Severity::Error)
    .titled("table of the template printed but unreadable", "公开表无法读取")
    .described("A table the document prints whose rows cannot make the table (a row printed twice, a 项 under the wrong 款 …): reported instead of doc.table-missing when the importer says so (`AuditOptions::with_damaged_tables`, `audit_imported`); the importer's diagnostics list the problems.")
    .sourced(SRC_TEMPLATE);

/// `doc.no-narrative`: see [`RULES`].
pub const NO_NARRATIVE: Rule = Rule::new("doc.no-narrative", Area::Document, Severity::Warning)
    .titled("tables without a 说明", "缺少情况说明")
    .described("A document that prints its tables publishes the 部门决算情况说明 with them: a disclosure with tables and no statement of the 说明 lacks it, or its 说明 could not be read. Warning: a transcription may leave the 说明 out on purpose.")
    .sourced(SRC_TEMPLATE);

/// `doc.table-unexpected`: see [`RULES`].
pub const TABLE_UNEXPECTED: Rule =
    Rule::new("doc.table-unexpected", Area::Document, Severity::Warning)
        .titled("table outside the template", "模板外的表")
        .described("A table the template does not have is published.")
        .sourced(SRC_TEMPLATE);

/// `doc.label`: see [`RULES`].
pub const LABEL: Rule = Rule::new("doc.label", Area::Document, Severity::Error)
    .titled("table label", "表号")
    .described("Each table carries the label of its template (公开01表 … 公开10表), or none where the template prints none.")
    .sourced(SRC_TEMPLATE);

/// `doc.label-duplicate`: see [`RULES`].
pub const LABEL_DUPLICATE: Rule = Rule::new("doc.label-duplicate", Area::Document, Severity::Error)
    .titled("label printed on two tables", "表号重复")
    .described("No label is printed on two tables.")
    .sourced(SRC_TEMPLATE);

/// `doc.order`: see [`RULES`].
pub const ORDER: Rule = Rule::new("doc.order", Area::Document, Severity::Warning)
    .titled("table order", "表序")
    .described("The tables are published in the order of the template.")
    .sourced(SRC_TEMPLATE);

/// `doc.title`: see [`RULES`].
pub const TITLE: Rule = Rule::new("doc.title", Area::Document, Severity::Warning)
    .titled("table title", "表名")
    .described("Each table carries the title of its template (spaces and bracket widths aside).")
    .sourced(SRC_TEMPLATE);

/// `doc.unit-name`: see [`RULES`].
pub const UNIT_NAME: Rule = Rule::new("doc.unit-name", Area::Document, Severity::Error)
    .titled("unit name on every table", "单位名称一致")
    .described("The unit name printed on a table is the disclosure's unit.")
    .sourced(SRC_DERIVED);

/// `doc.year`: see [`RULES`].
pub const YEAR: Rule = Rule::new("doc.year", Area::Document, Severity::Error)
    .titled("year on every table", "年度一致")
    .described("The period printed on a table is the report year.")
    .sourced(SRC_DERIVED);

/// `doc.line-numbers`: see [`RULES`].
pub const LINE_NUMBERS: Rule = Rule::new("doc.line-numbers", Area::Document, Severity::Warning)
    .titled("行次 numbering", "行次连续")
    .described("行次 run without gap or repetition on each side of a table: a skipped or repeated 行次 is a layout slip that breaks references to rows.")
    .sourced("[D] the template numbers its rows consecutively");

/// `doc.class-lines`: see [`RULES`].
pub const CLASS_LINES: Rule = Rule::new("doc.class-lines", Area::Document, Severity::Warning)
    .titled("expenditure 类 lines of the summary tables", "支出功能分类类级科目行数")
    .described("收入支出决算总表 and 财政拨款收入支出决算总表 print as many expenditure 类 lines as the template (24 or 26, blank ones included).")
    .sourced(SRC_TEMPLATE);

/// `doc.line-number-presence`: see [`RULES`].
pub const LINE_NUMBER_PRESENCE: Rule = Rule::new("doc.line-number-presence", Area::Document, Severity::Warning)
    .titled("行次 printed as the template does", "行次列")
    .described("Rows of the summary tables carry a 行次 when the template prints them, and none when it does not.")
    .sourced(SRC_TEMPLATE);

/// `doc.parts`: see [`RULES`].
pub const PARTS: Rule = Rule::new("doc.parts", Area::Document, Severity::Warning)
    .titled("part headings numbered in order", "部分编号")
    .described("The part headings (第一部分 …) are numbered as the template's body prints them: one, two, three … without repetition or gap, or the numbers the profile lists (the Shanghai 2024 body has no 第二部分). A warning: the slip misleads a reader but changes no figure.")
    .sourced("[D] the document's own table of contents");

/// `doc.residue`: see [`RULES`].
pub const RESIDUE: Rule = Rule::new("doc.residue", Area::Document, Severity::Error)
    .titled("template residue in tables and titles", "模板残留")
    .described("No placeholder (XX, ××, 待填写, {单位} …) and no instruction to the preparer (“仍保留该表格式，并在本表下方作下述说明”, “如持平作持平表述”) is left in a table's title, note or explanation, or in the document's titles and headings; no instruction and no bracketed alternative of the template (“增长（下降）”, “大于（小于）”) in the 说明 (whose placeholders narrative.residue reports).")
    .sourced("[D] DOMAIN.md §5: template residue is an error; the patterns are narrative::RESIDUE_PATTERNS and INSTRUCTION_PATTERNS");

/// `doc.title-year`: see [`RULES`].
pub const TITLE_YEAR: Rule = Rule::new("doc.title-year", Area::Document, Severity::Error)
    .titled("titles name the report year", "标题年度")
    .described("Every title, banner, page header, part and section heading of the document names the report year, not another (a header left from last year's report); the previous year stays allowed in a line that compares with it (与上年相比, 比2023年).")
    .sourced("[D] DOMAIN.md §4: table titles carry the report year");

/// `doc.stale-year`: see [`RULES`].
pub const STALE_YEAR: Rule = Rule::new("doc.stale-year", Area::Document, Severity::Warning)
    .titled("a date of another year in the 说明", "说明日期年度")
    .described("A stock the 说明 reports at a year's end (截至Y年12月31日, 截至Y年末) is at the end of the report year Y, and a report the 说明 names (Y年度部门决算) is the report of Y: another year is text left from another report. The previous year stays allowed where the sentence compares with it (比上年, 与2023年度部门决算相比).")
    .sourced("[D] the template: 截至 2024 年 12 月 31 日 in the 2024 report");

/// `doc.unit-name-text`: see [`RULES`].
pub const UNIT_NAME_TEXT: Rule = Rule::new("doc.unit-name-text", Area::Document, Severity::Warning)
    .titled("the unit's name in titles, headings and the 说明", "标题和说明中的单位名称")
    .described("Where a title, banner or heading, or a sentence of the 说明, names the unit, it prints the unit's name: the name without its place prefix (上海市规划和自然资源局 for 上海市普陀区规划和自然资源局) or spelt otherwise (与 for 和) is a warning that shows both. The unit is recognised by the core of its name (the name after its places and 中共…委); in the 说明 a core preceded by another place (市委社会工作部, 山西省人力资源和社会保障局) names another unit and is not reported, and other units (财政局) are never compared.")
    .sourced(SRC_DERIVED);

/// `doc.decimals`: see [`RULES`].
pub const DECIMALS: Rule = Rule::new("doc.decimals", Area::Document, Severity::Warning)
    .titled("figures printed with the table's decimals", "金额小数位数")
    .described("Every amount of a table is printed with the decimals the table prints (two in the templates): a figure with more (1991.060 in a table of two decimals) is a layout slip, read at the table's precision and reported with its place and both precisions.")
    .sourced("[D] the templates print 万元 with two decimals");

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[&Rule] = &[
    &PROFILE,
    &TABLE_MISSING,
    &TABLE_DAMAGED,
    &NO_NARRATIVE,
    &TABLE_UNEXPECTED,
    &LABEL,
    &LABEL_DUPLICATE,
    &ORDER,
    &TITLE,
    &UNIT_NAME,
    &YEAR,
    &LINE_NUMBERS,
    &CLASS_LINES,
    &LINE_NUMBER_PRESENCE,
    &PARTS,
    &RESIDUE,
    &TITLE_YEAR,
    &STALE_YEAR,
    &UNIT_NAME_TEXT,
    &DECIMALS,
];

const PROFILE_UNKNOWN: Template = Template {
    zh: "未知的公开模板“{actual}”，按表名、表号和表序最接近的内置模板“{expected}”检查",
    en: "the template profile \"{actual}\" is unknown: the tables are checked against the closest built-in profile by titles, labels and order, \"{expected}\"",
};

const PROFILE_NONE: Template = Template {
    zh: "未注明公开模板，按表名、表号和表序最接近的内置模板“{expected}”检查",
    en: "no template profile is named: the tables are checked against the closest built-in profile by titles, labels and order, \"{expected}\"",
};

const PROFILE_UNKNOWN_UNCHECKED: Template = Template {
    zh: "未知的公开模板“{actual}”，且无表可比对，未检查表的齐全、表号、表名和表序",
    en: "the template profile \"{actual}\" is unknown and no table is published to compare: presence, labels, titles and order of the tables were not checked",
};

const PROFILE_NONE_UNCHECKED: Template = Template {
    zh: "未注明公开模板，且无表可比对，未检查表的齐全、表号、表名和表序",
    en: "no template profile is named and no table is published to compare: presence, labels, titles and order of the tables were not checked",
};

/// The built-in profile closest to what `disclosure` prints, for a disclosure that names no
/// profile or one the audit does not know: [`Profile::closest`] over the tables it publishes,
/// in published order (the highest [`Fit::score`](crate::profile::Fit::score) wins, the first
/// built-in on a tie); `None` when no table is published. Kept for callers of this path;
/// [`Profile::closest`] and [`Profile::closest_in`] (with profiles of one's own) are the one
/// detection.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use final_accounts::audit::document::closest_profile;
/// use final_accounts::disclosure::Disclosure;
/// let json = include_str!("../../tests/fixtures/putuo-shehuigongzuobu-2024.json");
/// let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
/// v["profile"] = serde_json::json!("shanghai-2025");
/// let disclosure: Disclosure = serde_json::from_value(v).unwrap();
/// assert_eq!(closest_profile(&disclosure).map(|p| p.id()), Some("shanghai-2024"));
/// # }
/// ```
#[must_use]
pub fn closest_profile(disclosure: &Disclosure) -> Option<&'static Profile> {
    let printed: Vec<crate::profile::PrintedTable<'_>> = disclosure
        .metas()
        .map(|(kind, meta)| crate::profile::PrintedTable {
            kind,
            label: meta.label(),
            title: meta.title(),
        })
        .collect();
    Profile::closest(&printed).map(|(profile, _)| profile)
}

/// Checks the document-level rules on `disclosure`, reading `profile` for the layout rules.
/// `None` (the disclosure names no profile, or one the audit does not know): the built-in
/// profile [`closest_profile`] finds is used, and `doc.profile` says so, naming the id given
/// and the profile used; only a disclosure without tables leaves the layout rules unchecked,
/// and `doc.profile` says that.
///
/// ```
/// use final_accounts::audit::document;
/// use final_accounts::disclosure::Disclosure;
/// use final_accounts::finding::{Lang, Unnamed};
/// let d = Disclosure::builder("某单位", 2023).build()?;
/// let found = document::check(&d, None);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].rule.id, "doc.profile");
/// assert_eq!(found[0].places[0].display(&Unnamed, Lang::En).to_string(), "部门决算公开");
/// assert_eq!(
///     found[0].message(&Unnamed, Lang::Zh),
///     "未注明公开模板，且无表可比对，未检查表的齐全、表号、表名和表序"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn check(disclosure: &Disclosure, profile: Option<&Profile>) -> Vec<Finding> {
    let mut out = Vec::new();
    let profile = match profile {
        Some(profile) => Some(profile),
        None => {
            let closest = closest_profile(disclosure);
            let named = disclosure.profile();
            let template = match (named, closest) {
                (Some(_), Some(_)) => &PROFILE_UNKNOWN,
                (None, Some(_)) => &PROFILE_NONE,
                (Some(_), None) => &PROFILE_UNKNOWN_UNCHECKED,
                (None, None) => &PROFILE_NONE_UNCHECKED,
            };
            let mut finding = Finding::new(&PROFILE, template).at(document());
            if let Some(id) = named {
                finding = finding.actual(Figure::text(id));
            }
            if let Some(used) = closest {
                finding = finding.expected(Figure::text(used.id()));
            }
            out.push(finding);
            closest
        }
    };
    narrative_present(disclosure, &mut out);
    if let Some(profile) = profile {
        layout(disclosure, profile, &mut out);
    }
    headers(disclosure, &mut out);
    line_numbers(disclosure, &mut out);
    parts(disclosure, profile, &mut out);
    title_years(disclosure, &mut out);
    residue(disclosure, &mut out);
    narrative_residue(disclosure, &mut out);
    stale_years(disclosure, &mut out);
    unit_names(disclosure, &mut out);
    decimals(disclosure, &mut out);
    out
}

/// The document as a whole (部门决算公开).
fn document() -> Place {
    Place::new(Part::Document)
}

const DAMAGED: Template = Template {
    zh: "“{expected}”已印出，但其行不能构成该表（如同一行重复印出），无法读取：表已损坏，而非缺少",
    en: "the table \"{expected}\" is printed but its rows cannot make the table (a row printed twice, for one): it is damaged, not missing",
};

const NO_STATEMENT: Template = Template {
    zh: "文件印有公开表，却没有部门决算情况说明（或说明无法读取）",
    en: "the document prints its tables but no 说明 (部门决算情况说明), or none could be read",
};

/// A table of the template the document prints but whose rows could not make the table.
pub(crate) fn damaged(kind: crate::finding::TableKind, title: &str) -> Finding {
    Finding::new(&TABLE_DAMAGED, &DAMAGED)
        .at(Place::table(kind))
        .expected(Figure::text(title))
}

/// Tables and no 说明: the document lacks its 部门决算情况说明.
fn narrative_present(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    if !disclosure.order().is_empty() && disclosure.narrative().statements.is_empty() {
        out.push(Finding::new(&NO_NARRATIVE, &NO_STATEMENT).at(Place::new(Part::Narrative)));
    }
}

/// A count of things.
fn count(n: usize) -> Figure {
    Figure::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::parts::part_number;
    use super::residue::{compares, years_at};
    use super::unit_names::other_names;

    #[test]
    fn part_numbers_and_years() {
        assert_eq!(part_number("第二部分 2023年部门决算表"), Some(2));
        assert_eq!(part_number("第十部分"), Some(10));
        assert_eq!(part_number("附件"), None);
        let years = |text| years_at(text).map(|(_, y)| y).collect::<Vec<_>>();
        assert_eq!(
            years("大同市人力资源和社会保障局2022年单位决算公开报告"),
            [2022]
        );
        assert_eq!(years("2023年度单位决算公开"), [2023]);
        assert!(years("第2023号").is_empty());
        assert_eq!(years("2022年至2023年"), [2022, 2023]);
        assert!(years("年").is_empty() && years("a23年").is_empty());
        assert_eq!(years_at("比2023年增加").next(), Some((3, 2023)));
        assert!(compares("比2023年增加", 3));
        assert!(compares("与2023年度部门决算相比", 3));
        assert!(!compares("第三部分 2023年度部门决算情况", 13));
    }

    #[test]
    fn names_of_the_unit_printed_otherwise() {
        let unit = "上海市普陀区规划和自然资源局";
        let names = |text, strict| other_names(text, unit, strict);
        // A banner without the district, and a sentence with 与 for 和.
        assert_eq!(
            names("上海市规划和自然资源局2024年度部门决算表", true),
            ["上海市规划和自然资源局"]
        );
        assert_eq!(
            names("上海市普陀区规划与自然资源局主要职能", false),
            ["上海市普陀区规划与自然资源局"]
        );
        assert_eq!(names("，规划与自然资源局负责", false), ["规划与自然资源局"]);
        assert_eq!(
            names("，经普陀区规划和自然资源局研究", false),
            ["普陀区规划和自然资源局"]
        );
        // The name as printed, other units, and the municipal bureau in a sentence: silent.
        assert!(names("上海市普陀区规划和自然资源局2024年度部门决算", true).is_empty());
        assert!(names("经区财政局批准，上海市普陀区规划和自然资源局", false).is_empty());
        assert!(names("根据上海市规划和自然资源局的要求", false).is_empty());
        let party = "中共上海市普陀区委社会工作部";
        assert!(other_names("根据市委社会工作部部署", party, false).is_empty());
        assert_eq!(
            other_names("，社会工作部共有车辆", party, false),
            ["社会工作部"]
        );
        assert!(
            other_names(
                "就业政策由市人力资源和社会保障局",
                "大同市人力资源和社会保障局",
                false
            )
            .is_empty()
        );
    }
}
