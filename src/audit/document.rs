//! Rules on the document as a whole (`doc.*`): which tables are published, with which labels,
//! titles and in which order (read from the disclosure's template [`Profile`]), the unit name
//! and year on every table, 行次 numbering, part headings and titles.
//!
//! Presence, label, title and order rules read the profile and nothing else: a third province
//! is a new profile, not a new rule. The other rules here do not depend on any profile.

use rust_decimal::Decimal;

use crate::audit::{Finding, Rule, Severity};
use crate::disclosure::{Disclosure, LineRole, TableKind};
use crate::finding::{Area, Figure, Key, Part, Place, Template};
use crate::money::PublishedAmount;
use crate::narrative::{
    INSTRUCTION_PATTERNS, RESIDUE_PATTERNS, compact, find_patterns, same_printed,
};
use crate::profile::Profile;
use crate::tables::{ExpenditureItem, FiscalColumns, TableMeta, ThreePublicColumns};

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
/// profile or one the audit does not know: each published table scores 2 for the label its
/// slot expects (none included) and 1 for its title, a table the profile does not have costs
/// 2, a required table of the profile not published costs 1, and the published order of the
/// tables both have scores 2. The highest score wins (the first built-in on a tie); `None`
/// when no table is published.
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
    disclosure.metas().next()?;
    let score = |profile: &Profile| -> i64 {
        let mut score = 0_i64;
        for (kind, meta) in disclosure.metas() {
            score = score.saturating_add(match profile.slot(kind) {
                Some(slot) => {
                    let label: i64 = if meta.label() == slot.label.as_deref() {
                        2
                    } else {
                        0
                    };
                    let title = i64::from(
                        meta.title() == slot.title || same_printed(meta.title(), &slot.title),
                    );
                    label.saturating_add(title)
                }
                None => -2,
            });
        }
        let missing = profile
            .tables()
            .iter()
            .filter(|slot| slot.required && !disclosure.has(slot.kind))
            .count();
        score = score.saturating_sub(i64::try_from(missing).unwrap_or(i64::MAX));
        let published = disclosure
            .order()
            .iter()
            .copied()
            .filter(|k| profile.slot(*k).is_some());
        let expected = profile
            .tables()
            .iter()
            .map(|s| s.kind)
            .filter(|k| disclosure.has(*k));
        if published.eq(expected) {
            score = score.saturating_add(2);
        }
        score
    };
    let mut best: Option<(&'static Profile, i64)> = None;
    for profile in Profile::builtins() {
        let s = score(profile);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((profile, s));
        }
    }
    best.map(|(profile, _)| profile)
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

const MISSING: Template = Template {
    zh: "缺少模板中的“{expected}”：无数据的表也应公开并说明",
    en: "the table \"{expected}\" of the template is not published; a table without data is still published with an explanation",
};

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

const UNEXPECTED: Template = Template {
    zh: "“{actual}”不在公开模板“{0}”之内",
    en: "the table \"{actual}\" is not part of the template \"{1}\"",
};

const LABEL_WRONG: Template = Template {
    zh: "表号应为{0}，实为{1}",
    en: "the table should carry {0}, it carries {1}",
};

/// A table printed without a label, in a message.
const NO_LABEL: Template = Template {
    zh: "无",
    en: "no label",
};

const TITLE_WRONG: Template = Template {
    zh: "表名应为“{expected}”，实为“{actual}”",
    en: "the title should be \"{expected}\", it is \"{actual}\"",
};

const ORDER_WRONG: Template = Template {
    zh: "表序与模板不同：应为{expected}",
    en: "the tables are not in the template's order: expected {expected}",
};

/// A label in a message: as printed, or 无 / no label.
fn label_figure(label: Option<&str>) -> Figure {
    label.map_or(Figure::Phrase(&NO_LABEL), Figure::text)
}

/// Tables and no 说明: the document lacks its 部门决算情况说明.
fn narrative_present(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    if !disclosure.order().is_empty() && disclosure.narrative().statements.is_empty() {
        out.push(Finding::new(&NO_NARRATIVE, &NO_STATEMENT).at(Place::new(Part::Narrative)));
    }
}

fn layout(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    // Presence.
    for slot in profile.tables() {
        if slot.required && !disclosure.has(slot.kind) {
            out.push(
                Finding::new(&TABLE_MISSING, &MISSING)
                    .at(Place::table(slot.kind))
                    .expected(Figure::text(slot.title.as_str())),
            );
        }
    }
    for (kind, meta) in disclosure.metas() {
        if profile.slot(kind).is_none() {
            out.push(
                Finding::new(&TABLE_UNEXPECTED, &UNEXPECTED)
                    .at(Place::table(kind))
                    .actual(Figure::text(meta.title()))
                    .arg(Figure::text(profile.name()))
                    .arg(Figure::text(profile.id())),
            );
        }
    }
    // Labels and titles.
    for (kind, meta) in disclosure.metas() {
        let Some(slot) = profile.slot(kind) else {
            continue;
        };
        if meta.label() != slot.label.as_deref() {
            let mut finding = Finding::new(&LABEL, &LABEL_WRONG)
                .at(Place::table(kind))
                .arg(label_figure(slot.label.as_deref()))
                .arg(label_figure(meta.label()));
            if let Some(label) = slot.label.as_deref() {
                finding = finding.expected(Figure::text(label));
            }
            if let Some(label) = meta.label() {
                finding = finding.actual(Figure::text(label));
            }
            out.push(finding);
        }
        if meta.title() != slot.title && !same_printed(meta.title(), &slot.title) {
            out.push(
                Finding::new(&TITLE, &TITLE_WRONG)
                    .at(Place::table(kind))
                    .expected(Figure::text(slot.title.as_str()))
                    .actual(Figure::text(meta.title())),
            );
        }
    }
    class_lines(disclosure, profile, out);
    line_number_presence(disclosure, profile, out);
    // Order of the tables present in both.
    let published = disclosure
        .order()
        .iter()
        .copied()
        .filter(|k| profile.slot(*k).is_some());
    let expected = profile
        .tables()
        .iter()
        .map(|s| s.kind)
        .filter(|k| disclosure.has(*k));
    if !published.clone().eq(expected.clone()) {
        let names = |kinds: &mut dyn Iterator<Item = TableKind>| {
            kinds
                .map(|k| {
                    profile
                        .slot(k)
                        .map_or_else(|| k.to_string(), |s| s.title.clone())
                })
                .collect::<Vec<_>>()
                .join("、")
        };
        out.push(
            Finding::new(&ORDER, &ORDER_WRONG)
                .at(document())
                .expected(names(&mut expected.clone()))
                .actual(names(&mut published.clone())),
        );
    }
}

const CLASS_LINES_WRONG: Template = Template {
    zh: "支出方应列{expected}个类级科目行，实列{actual}个",
    en: "the expenditure side should list {expected} 类 lines, it lists {actual}",
};

/// The 类 lines of the expenditure side of 01 and 04, blank ones included.
fn class_lines(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    let classes = |items: &mut dyn Iterator<Item = Option<ExpenditureItem>>| {
        items
            .filter(|item| item.is_some_and(ExpenditureItem::is_class))
            .count()
    };
    let sides = [
        disclosure.income_expenditure().map(|t| {
            (
                TableKind::IncomeExpenditure,
                classes(&mut t.expenditure().iter().map(|l| l.item())),
            )
        }),
        disclosure.fiscal().map(|t| {
            (
                TableKind::Fiscal,
                classes(&mut t.expenditure().iter().map(|l| l.item())),
            )
        }),
    ];
    let accepted = profile.expenditure_classes();
    let expected = match accepted {
        [one] => count(usize::from(*one)),
        // "24/26": the counts the template accepts, read the same in both languages.
        counts => Figure::text(
            counts
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join("/"),
        ),
    };
    for (kind, printed) in sides.into_iter().flatten() {
        if !accepted.iter().any(|n| usize::from(*n) == printed) {
            out.push(
                Finding::new(&CLASS_LINES, &CLASS_LINES_WRONG)
                    .at(Place::table(kind).row(Key::Static("支出")))
                    .expected(expected.clone())
                    .actual(count(printed)),
            );
        }
    }
}

/// A count of things.
fn count(n: usize) -> Figure {
    Figure::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

const NUMBERED_NOT: Template = Template {
    zh: "模板列有行次，本表未列",
    en: "the template numbers rows (行次); this table does not",
};

const NOT_NUMBERED: Template = Template {
    zh: "模板不列行次，本表列有行次",
    en: "the template prints no 行次; this table does",
};

/// Whether the summary tables carry 行次 as the profile says.
fn line_number_presence(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    let tables = [
        disclosure.income_expenditure().map(|t| {
            (
                TableKind::IncomeExpenditure,
                t.income().iter().any(|l| l.line().is_some())
                    || t.expenditure().iter().any(|l| l.line().is_some()),
            )
        }),
        disclosure.fiscal().map(|t| {
            (
                TableKind::Fiscal,
                t.income().iter().any(|l| l.line().is_some())
                    || t.expenditure().iter().any(|l| l.line().is_some()),
            )
        }),
        disclosure.related_info().map(|t| {
            (
                TableKind::RelatedInfo,
                t.lines().any(|l| l.line().is_some()),
            )
        }),
    ];
    let expected = profile.line_numbers();
    let numbering = |numbered: bool| if numbered { "行次" } else { "no 行次" };
    for (kind, numbered) in tables.into_iter().flatten() {
        if numbered != expected {
            out.push(
                Finding::new(
                    &LINE_NUMBER_PRESENCE,
                    if expected {
                        &NUMBERED_NOT
                    } else {
                        &NOT_NUMBERED
                    },
                )
                .at(Place::table(kind).column(Key::Static("行次")))
                .expected(numbering(expected))
                .actual(numbering(numbered)),
            );
        }
    }
}

const LABEL_TWICE: Template = Template {
    zh: "表号{actual}印在两张表上",
    en: "the label {actual} is printed on two tables",
};

const UNIT_NAME_WRONG: Template = Template {
    zh: "{0}应为“{expected}”，实为“{actual}”",
    en: "the unit name should be \"{expected}\", it is \"{actual}\"",
};

const YEAR_WRONG: Template = Template {
    zh: "表头年度应为{expected}年度，实为{actual}年度",
    en: "the table is dated {actual}, the report year is {expected}",
};

/// Labels used twice, unit names and years: independent of any profile.
fn headers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let metas = || disclosure.metas();
    for (i, (kind, meta)) in metas().enumerate() {
        if let Some(label) = meta.label()
            && let Some((first, _)) = metas().take(i).find(|(_, m)| m.label() == Some(label))
        {
            out.push(
                Finding::new(&LABEL_DUPLICATE, &LABEL_TWICE)
                    .at(Place::table(first))
                    .at(Place::table(kind))
                    .actual(Figure::text(label)),
            );
        }
        if let Some(unit) = meta.unit_name()
            && unit.name != disclosure.unit_name()
            && !same_printed(&unit.name, disclosure.unit_name())
        {
            out.push(
                Finding::new(&UNIT_NAME, &UNIT_NAME_WRONG)
                    .at(Place::table(kind))
                    .expected(Figure::text(disclosure.unit_name()))
                    .actual(Figure::text(unit.name.as_str()))
                    .arg(Figure::text(unit.caption.as_str())),
            );
        }
        if let Some(year) = meta.year()
            && year != disclosure.year()
        {
            out.push(
                Finding::new(&YEAR, &YEAR_WRONG)
                    .at(Place::table(kind))
                    .expected(Figure::Year(disclosure.year().into()))
                    .actual(Figure::Year(year.into())),
            );
        }
    }
}

const LINE_SKIPPED: Template = Template {
    zh: "{0}行次{1}之后应为{expected}，实为{actual}",
    en: "行次 {actual} follows 行次 {1}; expected {expected}",
};

/// A 行次.
fn line_figure(line: u16) -> Figure {
    Figure::Number(Decimal::from(line))
}

/// 行次 of one side of a table must run without gap or repetition.
fn line_numbers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let mut check = |kind: TableKind, side: &'static str, lines: &mut dyn Iterator<Item = u16>| {
        let mut before: Option<u16> = None;
        for after in lines {
            let previous = before.replace(after);
            let Some(previous) = previous else {
                continue;
            };
            let next = previous.checked_add(1);
            if Some(after) == next {
                continue;
            }
            out.push(
                Finding::new(&LINE_NUMBERS, &LINE_SKIPPED)
                    .at(Place::table(kind).row_text(format!("行次{after}")))
                    .expected(next.map_or(Figure::Static(""), line_figure))
                    .actual(line_figure(after))
                    .arg(side)
                    .arg(line_figure(previous)),
            );
        }
    };
    if let Some(t) = disclosure.income_expenditure() {
        let kind = TableKind::IncomeExpenditure;
        check(
            kind,
            "收入方",
            &mut t.income().iter().filter_map(|l| l.line()),
        );
        check(
            kind,
            "支出方",
            &mut t.expenditure().iter().filter_map(|l| l.line()),
        );
    }
    if let Some(t) = disclosure.fiscal() {
        let kind = TableKind::Fiscal;
        check(
            kind,
            "收入方",
            &mut t.income().iter().filter_map(|l| l.line()),
        );
        check(
            kind,
            "支出方",
            &mut t.expenditure().iter().filter_map(|l| l.line()),
        );
    }
    if let Some(t) = disclosure.related_info() {
        check(
            TableKind::RelatedInfo,
            "",
            &mut t.lines().filter_map(|l| l.line()),
        );
    }
}

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The part headings 第一部分 … 第十部分, as expected figures.
const PART_NAMES: [&str; 10] = [
    "第一部分",
    "第二部分",
    "第三部分",
    "第四部分",
    "第五部分",
    "第六部分",
    "第七部分",
    "第八部分",
    "第九部分",
    "第十部分",
];

/// The number of "第X部分", for X from 一 to 十.
fn part_number(heading: &str) -> Option<usize> {
    let rest = heading.trim().strip_prefix('第')?;
    let (numeral, _) = rest.split_once("部分")?;
    NUMERALS
        .iter()
        .position(|n| *n == numeral.trim())
        .and_then(|p| p.checked_add(1))
}

const PART_WRONG: Template = Template {
    zh: "第{0}个部分应为{expected}，实为“{actual}”",
    en: "part heading {0} should be numbered {expected}, it is \"{actual}\"",
};

/// Every part, 第一部分 to 第十部分: the body of a template that prints them all.
const ALL_PARTS: [u8; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/// The part headings must read 第一部分, 第二部分, … in order, or as the template's body prints
/// them (the Shanghai 2024 body prints 第一、第三、第四部分; its tables stand under a banner):
/// whichever of the two the headings follow more closely (the template's on a tie) is the one
/// checked. A heading is out
/// of place when it carries neither the number of its position nor the number after the
/// heading before it, so that one slip is reported once: a repeated 第二部分 where 第三部分
/// belongs (the next heading, 第四部分, is in place), or a missing 第二部分 (第三部分 follows
/// 第一部分; 第四部分 then follows it).
fn parts(disclosure: &Disclosure, profile: Option<&Profile>, out: &mut Vec<Finding>) {
    let headings: Vec<&str> = disclosure.outline().part_headings().collect();
    let all = part_slips(&headings, &ALL_PARTS);
    let slips = match profile.and_then(Profile::body_parts) {
        Some(body) => {
            let template = part_slips(&headings, body);
            if template.len() <= all.len() {
                template
            } else {
                all
            }
        }
        None => all,
    };
    out.extend(slips);
}

/// The part headings out of place against `body`, the part numbers in printed order.
fn part_slips(headings: &[&str], body: &[u8]) -> Vec<Finding> {
    let at = |i: usize| body.get(i).map(|n| usize::from(*n));
    let after = |number: usize| {
        body.iter()
            .position(|n| usize::from(*n) == number)
            .and_then(|i| at(i.checked_add(1)?))
    };
    let numbered = headings
        .iter()
        .filter_map(|h| part_number(h).map(|n| (*h, n)));
    let mut out = Vec::new();
    let mut previous: Option<usize> = None;
    for (index, (heading, number)) in numbered.enumerate() {
        let follows = previous.and_then(after) == Some(number);
        previous = Some(number);
        let want = at(index);
        if want == Some(number) || follows {
            continue;
        }
        let want = want
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| PART_NAMES.get(i))
            .copied()
            .unwrap_or("第?部分");
        out.push(
            Finding::new(&PARTS, &PART_WRONG)
                .at(document().row_text(heading))
                .expected(want)
                .actual(Figure::text(heading))
                .arg(count(index.saturating_add(1))),
        );
    }
    out
}

const RESIDUE_FOUND: Template = Template {
    zh: "模板残留：“{0}”（…{actual}…）",
    en: "template residue “{0}” is printed: …{actual}…",
};

/// Template residue and instructions to the preparer left in what the tables and the outline
/// print (the narrative's statements are checked by `narrative.residue`).
fn residue(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let patterns: Vec<&str> = RESIDUE_PATTERNS
        .iter()
        .chain(INSTRUCTION_PATTERNS)
        .copied()
        .collect();
    // What is searched: the part, the row naming the text, the text. Places are made only
    // for a finding.
    let tables = disclosure.metas().flat_map(|(kind, meta)| {
        [
            Some(("表名", meta.title())),
            meta.note().map(|note| ("注", note)),
            meta.explanation().map(|explanation| ("说明", explanation)),
        ]
        .into_iter()
        .flatten()
        .map(move |(row, text)| (Part::Table(kind), row, text))
    });
    let lines = disclosure.outline().roles().map(|(role, line)| {
        let row = match role {
            LineRole::Part(_) => "部分标题",
            LineRole::Section => "节标题",
            LineRole::Banner => "表头",
            _ => "标题",
        };
        (Part::Document, row, line)
    });
    for (part, row, text) in tables.chain(lines) {
        let found = find_patterns(text, &patterns);
        let Some((_, context)) = found.first() else {
            continue;
        };
        let words: Vec<&str> = found.iter().map(|(p, _)| *p).collect();
        out.push(
            Finding::new(&RESIDUE, &RESIDUE_FOUND)
                .at(Place::new(part).row(Key::Static(row)))
                .actual(Figure::text(context.as_str()))
                .arg(Figure::text(words.join("”、“"))),
        );
    }
}

const TITLE_YEAR_WRONG: Template = Template {
    zh: "标题的年度应为{expected}年，实为{actual}年",
    en: "the title names {actual}; the report year is {expected}",
};

/// Words by which a text compares with the previous year.
const COMPARING: [&str; 4] = ["相比", "对比", "同比", "上年"];

/// Whether the year at byte `at` of `text` is named to compare with: its sentence compares
/// (相比, 对比, 同比, 上年) or the year follows 比, 较 or 与.
fn compares(text: &str, at: usize) -> bool {
    let ends = |c: char| matches!(c, '。' | '；' | ';' | '\n');
    let start = text
        .get(..at)
        .and_then(|before| before.char_indices().rev().find(|(_, c)| ends(*c)))
        .map_or(0, |(i, c)| i.saturating_add(c.len_utf8()));
    let end = text
        .get(at..)
        .and_then(|after| after.find(ends))
        .map_or(text.len(), |i| at.saturating_add(i));
    let sentence = text.get(start..end).unwrap_or(text);
    COMPARING.iter().any(|w| sentence.contains(w))
        || text
            .get(..at)
            .and_then(|before| before.trim_end().chars().next_back())
            .is_some_and(|c| matches!(c, '比' | '较' | '与'))
}

/// Four-digit years followed by 年 in `text`, with the byte where each starts.
fn years_at(text: &str) -> impl Iterator<Item = (usize, u16)> + '_ {
    text.match_indices('年').filter_map(|(at, _)| {
        let start = at.checked_sub(4)?;
        let digits = text.get(start..at)?;
        if digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok().map(|year| (start, year))
        } else {
            None
        }
    })
}

/// Titles, banners and headings name the report year; the previous year stays allowed where
/// the line compares with it.
fn title_years(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let report = disclosure.year();
    for title in disclosure.outline().lines() {
        for (at, year) in years_at(title) {
            let previous = report.checked_sub(1) == Some(year);
            if year != report && !(previous && compares(title, at)) {
                out.push(
                    Finding::new(&TITLE_YEAR, &TITLE_YEAR_WRONG)
                        .at(document().row_text(title.as_str()))
                        .expected(Figure::Year(report.into()))
                        .actual(Figure::Year(year.into())),
                );
            }
        }
    }
}

/// Direction words a template prints with their opposite in brackets, for the preparer to
/// choose: "增加（减少）", "大于（小于）".
const DIRECTIONS: &[&str] = &[
    "增加", "减少", "增长", "下降", "上升", "大于", "小于", "高于", "低于", "多于", "少于", "等于",
    "持平",
];

/// The bracketed alternatives of `text`: a direction word, then another in brackets
/// ("下降（增长）"), white space aside.
fn bracketed_alternatives(text: &str) -> Vec<String> {
    let compact = compact(text);
    let mut found = Vec::new();
    for (at, _) in compact.char_indices() {
        let rest = compact.get(at..).unwrap_or("");
        let Some(first) = DIRECTIONS.iter().find(|w| rest.starts_with(**w)) else {
            continue;
        };
        let rest = rest.get(first.len()..).unwrap_or("");
        let Some(inner) = rest.strip_prefix('（').or_else(|| rest.strip_prefix('(')) else {
            continue;
        };
        let Some(second) = DIRECTIONS
            .iter()
            .find(|w| **w != *first && inner.starts_with(**w))
        else {
            continue;
        };
        let after = inner.get(second.len()..).unwrap_or("");
        if after.starts_with('）') || after.starts_with(')') {
            found.push(format!("{first}（{second}）"));
        }
    }
    found
}

const ALTERNATIVE_FOUND: Template = Template {
    zh: "模板残留：“{0}”未选定（…{actual}…）",
    en: "template residue: the alternatives “{0}” are printed, not one of them: …{actual}…",
};

/// Instructions to the preparer and bracketed alternatives left in the 说明 (its placeholders
/// are `narrative.residue`'s).
fn narrative_residue(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    for statement in &disclosure.narrative().statements {
        let text = statement.text();
        let place = || Place::narrative(statement.section());
        let instructions = find_patterns(text, INSTRUCTION_PATTERNS);
        if let Some((_, context)) = instructions.first() {
            let words: Vec<&str> = instructions.iter().map(|(p, _)| *p).collect();
            out.push(
                Finding::new(&RESIDUE, &RESIDUE_FOUND)
                    .at(place())
                    .actual(Figure::text(context.as_str()))
                    .arg(Figure::text(words.join("”、“"))),
            );
        }
        let alternatives = bracketed_alternatives(text);
        if !alternatives.is_empty() {
            out.push(
                Finding::new(&RESIDUE, &ALTERNATIVE_FOUND)
                    .at(place())
                    .actual(Figure::text(excerpt(text, &alternatives)))
                    .arg(Figure::text(alternatives.join("”、“"))),
            );
        }
    }
}

/// Up to twelve characters either side of the first alternative, white space aside.
fn excerpt(text: &str, alternatives: &[String]) -> String {
    let compact = compact(text);
    let first = alternatives.first().map_or("", String::as_str);
    let (head, _) = first.split_once('（').unwrap_or((first, ""));
    let chars: Vec<char> = compact.chars().collect();
    let head: Vec<char> = head.chars().collect();
    let at = chars
        .windows(head.len().max(1))
        .position(|w| w == head.as_slice())
        .unwrap_or(0);
    let from = at.saturating_sub(12);
    let to = at
        .saturating_add(head.len())
        .saturating_add(16)
        .min(chars.len());
    chars.get(from..to).unwrap_or_default().iter().collect()
}

const STALE_DATE: Template = Template {
    zh: "“{0}”应为{expected}年末，实为{actual}年",
    en: "“{0}” dates a year-end stock in {actual}; the report year is {expected}",
};

const STALE_REPORT: Template = Template {
    zh: "“{0}”应为{expected}年度，实为{actual}年度",
    en: "“{0}” names the report of {actual}; the report year is {expected}",
};

/// The words by which a text names a year's report (2023年度部门决算 …).
const REPORT_NAMES: [&str; 5] = [
    "年度部门决算",
    "年度单位决算",
    "年部门决算",
    "年单位决算",
    "年度决算公开",
];

/// 截至Y年12月31日 / 截至Y年末 / 截至Y年底 in the 说明 with Y other than the report year, and a
/// report named by another year (2023年度部门决算 in a 2024 report) unless the sentence
/// compares with the previous year.
fn stale_years(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let report = disclosure.year();
    for statement in &disclosure.narrative().statements {
        let compact = compact(statement.text());
        for (at, year) in years_at(&compact) {
            let rest = compact.get(at.saturating_add(4)..).unwrap_or("");
            let Some(name) = REPORT_NAMES.iter().find(|n| rest.starts_with(**n)) else {
                continue;
            };
            let previous = report.checked_sub(1) == Some(year);
            if year == report || (previous && compares(&compact, at)) {
                continue;
            }
            out.push(
                Finding::new(&STALE_YEAR, &STALE_REPORT)
                    .at(Place::narrative(statement.section()))
                    .expected(Figure::Year(report.into()))
                    .actual(Figure::Year(year.into()))
                    .arg(Figure::text(format!("{year}{name}"))),
            );
        }
        for (at, _) in compact.match_indices("截至") {
            let rest = compact.get(at.saturating_add("截至".len())..).unwrap_or("");
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if digits.len() != 4 {
                continue;
            }
            let tail = rest.get(4..).unwrap_or("");
            let year_end = ["年12月31日", "年末", "年底"]
                .iter()
                .find(|end| tail.starts_with(**end));
            let (Some(end), Ok(year)) = (year_end, digits.parse::<u16>()) else {
                continue;
            };
            if year != report {
                out.push(
                    Finding::new(&STALE_YEAR, &STALE_DATE)
                        .at(Place::narrative(statement.section()))
                        .expected(Figure::Year(report.into()))
                        .actual(Figure::Year(year.into()))
                        .arg(Figure::text(format!("截至{digits}{end}"))),
                );
            }
        }
    }
}

/// The last character of a place name: 上海市, 普陀区, 山西省, 内蒙古自治区 …
const PLACE_ENDS: [char; 7] = ['省', '市', '区', '县', '州', '旗', '盟'];

/// Characters that may stand right before a unit's name in a sentence (经、由、据 …).
const LEADS: &str = "经由据为是向对在和与及将把被了的从按";

/// A character compared as another: 与 for 和, full-width brackets as ASCII.
fn folded(c: char) -> char {
    match c {
        '与' => '和',
        '（' => '(',
        '）' => ')',
        _ => c,
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// The unit's name split into its prefix segments (中共, each place, 委) and where its core
/// (the name proper: 社会工作部, 人力资源和社会保障局) starts. A place is three to eight
/// characters ending in 省/市/区/县/州/旗/盟 (longer ones only as 自治区/州/县); the core keeps
/// at least three characters.
fn split_unit(unit: &[char]) -> (Vec<core::ops::Range<usize>>, usize) {
    let mut segments = Vec::new();
    let mut at = 0_usize;
    let starts = |prefix: &str| {
        let p: Vec<char> = prefix.chars().collect();
        unit.get(..p.len()) == Some(p.as_slice())
    };
    let party = if starts("中国共产党") {
        5
    } else if starts("中共") {
        2
    } else {
        0
    };
    if party > 0 {
        segments.push(0..party);
        at = party;
    }
    loop {
        let rest = unit.get(at..).unwrap_or_default();
        let place = (3_usize..=8).find(|&len| {
            rest.len() >= len.saturating_add(3)
                && rest
                    .get(len.saturating_sub(1))
                    .is_some_and(|c| PLACE_ENDS.contains(c))
                && (len <= 4
                    || rest
                        .get(len.saturating_sub(3)..len)
                        .is_some_and(|s| s.starts_with(&['自', '治'])))
        });
        let Some(len) = place else { break };
        segments.push(at..at.saturating_add(len));
        at = at.saturating_add(len);
    }
    if party > 0 && unit.get(at) == Some(&'委') && unit.len() >= at.saturating_add(4) {
        segments.push(at..at.saturating_add(1));
        at = at.saturating_add(1);
    }
    (segments, at)
}

/// The names of the unit in `text` printed otherwise than `unit`: each as printed. `strict`
/// (titles, banners, headings, which name the unit itself) reports the core with any other
/// prefix; otherwise (the 说明) a core preceded by another place names another unit.
#[cfg(test)]
fn other_names(text: &str, unit: &str, strict: bool) -> Vec<String> {
    UnitName::new(unit).others(text, strict)
}

/// The unit's name split once into its prefix segments (party, places) and its core, for
/// [`UnitName::others`] over every line of a document.
struct UnitName<'a> {
    unit: &'a str,
    chars: Vec<char>,
    segments: Vec<core::ops::Range<usize>>,
    core_at: usize,
}

impl<'a> UnitName<'a> {
    fn new(unit: &'a str) -> UnitName<'a> {
        let chars: Vec<char> = unit.chars().filter(|c| !c.is_whitespace()).collect();
        let (segments, core_at) = split_unit(&chars);
        UnitName {
            unit,
            chars,
            segments,
            core_at,
        }
    }

    /// The names of the unit in `text` printed otherwise than the unit's name: each as
    /// printed (see the module's unit-name rule).
    fn others(&self, text: &str, strict: bool) -> Vec<String> {
        let (unit, u, segments, core_at) = (self.unit, &self.chars, &self.segments, self.core_at);
        let core = u.get(core_at..).unwrap_or_default();
        let mut found: Vec<String> = Vec::new();
        // A text without the core's first character names no unit: most lines, unread.
        let Some(first) = core.first().map(|c| folded(*c)) else {
            return found;
        };
        if core.len() < 3 || !text.chars().any(|c| folded(c) == first) {
            return found;
        }
        let t: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
        if t.len() < core.len() {
            return found;
        }
        let same = |a: &[char], b: &[char]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| folded(*x) == folded(*y))
        };
        for i in 0..=t.len().saturating_sub(core.len()) {
            let end = i.saturating_add(core.len());
            let Some(printed_core) = t.get(i..end) else {
                continue;
            };
            if !same(printed_core, core) {
                continue;
            }
            // The whole name at this place.
            if let Some(whole) = i.checked_sub(core_at).and_then(|from| t.get(from..end))
                && same(whole, u)
            {
                if whole != u.as_slice() {
                    found.push(whole.iter().collect());
                }
                continue;
            }
            // Part of the unit's own prefix before the core (普陀区, 委).
            let mut from = i;
            for segment in segments.iter().rev() {
                let Some(seg) = u.get(segment.clone()) else {
                    break;
                };
                match from.checked_sub(seg.len()).and_then(|s| t.get(s..from)) {
                    Some(before) if same(before, seg) => from = from.saturating_sub(seg.len()),
                    _ => break,
                }
            }
            let previous = from.checked_sub(1).and_then(|p| t.get(p)).copied();
            let other_place = previous.is_some_and(|c| PLACE_ENDS.contains(&c) || c == '委');
            let report = if strict {
                true
            } else {
                !other_place
                    && (previous.is_none_or(|c| !is_cjk(c) || LEADS.contains(c))
                        || printed_core != core)
            };
            if !report {
                continue;
            }
            // As printed: the name with whatever prefix stands before it (up to ten characters).
            let mut start = from;
            while start > 0
                && from.saturating_sub(start) < 10
                && t.get(start.saturating_sub(1)).is_some_and(|c| {
                    is_cjk(*c) && !LEADS.contains(*c) && !"年度第部分".contains(*c)
                })
            {
                start = start.saturating_sub(1);
            }
            if strict || start == from {
                start = if strict { start } else { from };
            }
            let name: String = t.get(start..end).unwrap_or_default().iter().collect();
            if name != unit && !found.contains(&name) {
                found.push(name);
            }
        }
        found
    }
}

const UNIT_NAME_OTHER: Template = Template {
    zh: "单位名称应为“{expected}”，此处印为“{actual}”",
    en: "the unit's name is \"{expected}\"; it is printed here as \"{actual}\"",
};

/// The unit's name in every title, banner and heading of the outline and every sentence of the
/// 说明, printed otherwise than the disclosure's unit name.
fn unit_names(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let unit = disclosure.unit_name();
    let name_of_unit = UnitName::new(unit);
    for line in disclosure.outline().lines() {
        for name in name_of_unit.others(line, true) {
            out.push(
                Finding::new(&UNIT_NAME_TEXT, &UNIT_NAME_OTHER)
                    .at(document().row_text(line.as_str()))
                    .expected(Figure::text(unit))
                    .actual(Figure::text(name)),
            );
        }
    }
    for statement in &disclosure.narrative().statements {
        for name in name_of_unit.others(statement.text(), false) {
            out.push(
                Finding::new(&UNIT_NAME_TEXT, &UNIT_NAME_OTHER)
                    .at(Place::narrative(statement.section()))
                    .expected(Figure::text(unit))
                    .actual(Figure::text(name)),
            );
        }
    }
}

/// A check of one cell of a table, given the cell's place on demand.
type CellCheck<'a> = dyn FnMut(TableKind, &crate::tables::Cell, &dyn Fn() -> Place) + 'a;

const DECIMALS_WRONG: Template = Template {
    zh: "金额“{0}”印有{actual}位小数，本表为{expected}位",
    en: "the amount “{0}” is printed with {actual} decimals; the table prints {expected}",
};

/// Amounts printed with more decimals than their table prints, each with its place.
fn decimals(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    use crate::tables::{Cell, ColumnSet, InfoValue};
    let mut check = |kind: TableKind, cell: &Cell, place: &dyn Fn() -> Place| {
        let Some(table) = disclosure.meta(kind).map(TableMeta::decimals) else {
            return;
        };
        let Some(printed) = cell.published().map(PublishedAmount::printed_decimals) else {
            return;
        };
        if printed > table {
            out.push(
                Finding::new(&DECIMALS, &DECIMALS_WRONG)
                    .at(place())
                    .expected(count(usize::try_from(table).unwrap_or(usize::MAX)))
                    .actual(count(usize::try_from(printed).unwrap_or(usize::MAX)))
                    .arg(Figure::text(cell.to_string())),
            );
        }
    };
    let row = |kind: TableKind, label: String| Place::table(kind).row(Key::Text(label.into()));
    if let Some(t) = disclosure.income_expenditure() {
        let kind = TableKind::IncomeExpenditure;
        for l in t.income() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("income")
            });
        }
        for l in t.expenditure() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("expenditure")
            });
        }
    }
    if let Some(t) = disclosure.fiscal() {
        let kind = TableKind::Fiscal;
        for l in t.income() {
            check(kind, l.value(), &|| {
                row(kind, l.label()).column_key("income")
            });
        }
        for l in t.expenditure() {
            for (spec, cell) in FiscalColumns::COLUMNS.iter().zip(l.value().cells()) {
                check(kind, cell, &|| row(kind, l.label()).column_key(spec.key));
            }
        }
    }
    fn classified<S: crate::tables::ClassifiedSpec>(
        kind: TableKind,
        table: Option<&crate::tables::ClassifiedTable<S>>,
        check: &mut CellCheck<'_>,
    ) {
        for r in table.map(|t| t.rows()).unwrap_or_default() {
            let key = || match (r.code_of(), r.line()) {
                (Some(code), None) => Key::Function(code),
                _ => Key::Text(r.label().into()),
            };
            for (spec, cell) in S::Columns::COLUMNS.iter().zip(r.cells().cells()) {
                check(kind, cell, &|| {
                    Place::table(kind).row(key()).column_key(spec.key)
                });
            }
        }
    }
    classified(TableKind::Income, disclosure.income(), &mut check);
    classified(TableKind::Expenditure, disclosure.expenditure(), &mut check);
    classified(
        TableKind::GeneralBudget,
        disclosure.general_budget(),
        &mut check,
    );
    classified(
        TableKind::GovernmentFund,
        disclosure.government_fund(),
        &mut check,
    );
    classified(
        TableKind::StateCapital,
        disclosure.state_capital(),
        &mut check,
    );
    if let Some(t) = disclosure.basic_detail() {
        let kind = TableKind::BasicDetail;
        for r in t.rows() {
            check(kind, r.amount(), &|| {
                Place::table(kind).row(Key::Economic(r.code()))
            });
        }
        for total in [t.personnel_total(), t.public_total()]
            .into_iter()
            .flatten()
        {
            check(kind, &total.amount, &|| {
                Place::table(kind).row(Key::Text(total.name.clone().into()))
            });
        }
    }
    if let Some(t) = disclosure.three_public() {
        let kind = TableKind::ThreePublic;
        for (stage, group) in [("预算数", t.budget()), ("决算数", t.actual())] {
            for (spec, cell) in ThreePublicColumns::COLUMNS.iter().zip(group.cells()) {
                check(kind, cell, &|| {
                    Place::table(kind)
                        .row(Key::Static(stage))
                        .column(Key::Static(spec.name))
                });
            }
        }
    }
    if let Some(t) = disclosure.related_info() {
        let kind = TableKind::RelatedInfo;
        for l in t.lines() {
            if let InfoValue::Amount(cell) = l.value() {
                check(kind, cell, &|| row(kind, l.label()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{compares, other_names, part_number, years_at};

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
