//! Rules on the document as a whole (`doc.*`): which tables are published, with which labels,
//! titles and in which order (read from the disclosure's template [`Profile`]), the unit name
//! and year on every table, 行次 numbering, part headings and titles.
//!
//! Presence, label, title and order rules read the profile and nothing else: a third province
//! is a new profile, not a new rule. The other rules here do not depend on any profile.

use crate::audit::{Finding, Location, RuleInfo, Severity};
use crate::disclosure::{Disclosure, TableKind};
use crate::narrative::{INSTRUCTION_PATTERNS, RESIDUE_PATTERNS, find_patterns, same_printed};
use crate::profile::Profile;
use crate::tables::{ExpenditureItem, TableMeta};

const SRC_TEMPLATE: &str = "[P] 《地方预决算公开操作规程》(财预〔2016〕143号) and the template of the profile; DOMAIN.md §4 (labels)";
const SRC_DERIVED: &str = "[D] DOMAIN.md §4: the unit name and the year agree across tables";

/// The rules of this module, listed in [`rules`](crate::audit::rules).
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "doc.profile",
        title: "template profile known",
        title_zh: "公开模板",
        severity: Severity::Warning,
        description: "The disclosure names a template profile the audit knows (built in or given); without one, presence, label, title and order are not checked.",
        source: "[D] design: layouts are profiles",
    },
    RuleInfo {
        id: "doc.table-missing",
        title: "table of the template missing",
        title_zh: "缺少公开表",
        severity: Severity::Error,
        description: "Every table of the template is published, even without data (with an explanation such as 本表无数据).",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.table-unexpected",
        title: "table outside the template",
        title_zh: "模板外的表",
        severity: Severity::Warning,
        description: "A table the template does not have is published.",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.label",
        title: "table label",
        title_zh: "表号",
        severity: Severity::Error,
        description: "Each table carries the label of its template (公开01表 … 公开10表), or none where the template prints none.",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.label-duplicate",
        title: "label printed on two tables",
        title_zh: "表号重复",
        severity: Severity::Error,
        description: "No label is printed on two tables.",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.order",
        title: "table order",
        title_zh: "表序",
        severity: Severity::Warning,
        description: "The tables are published in the order of the template.",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.title",
        title: "table title",
        title_zh: "表名",
        severity: Severity::Warning,
        description: "Each table carries the title of its template (spaces and bracket widths aside).",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.unit-name",
        title: "unit name on every table",
        title_zh: "单位名称一致",
        severity: Severity::Error,
        description: "The unit name printed on a table is the disclosure's unit.",
        source: SRC_DERIVED,
    },
    RuleInfo {
        id: "doc.year",
        title: "year on every table",
        title_zh: "年度一致",
        severity: Severity::Error,
        description: "The period printed on a table is the report year.",
        source: SRC_DERIVED,
    },
    RuleInfo {
        id: "doc.line-numbers",
        title: "行次 numbering",
        title_zh: "行次连续",
        severity: Severity::Warning,
        description: "行次 run without gap or repetition on each side of a table: a skipped or repeated 行次 is a layout slip that breaks references to rows.",
        source: "[D] the template numbers its rows consecutively",
    },
    RuleInfo {
        id: "doc.class-lines",
        title: "expenditure 类 lines of the summary tables",
        title_zh: "支出功能分类类级科目行数",
        severity: Severity::Warning,
        description: "收入支出决算总表 and 财政拨款收入支出决算总表 print as many expenditure 类 lines as the template (24 or 26, blank ones included).",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.line-number-presence",
        title: "行次 printed as the template does",
        title_zh: "行次列",
        severity: Severity::Warning,
        description: "Rows of the summary tables carry a 行次 when the template prints them, and none when it does not.",
        source: SRC_TEMPLATE,
    },
    RuleInfo {
        id: "doc.parts",
        title: "part headings numbered in order",
        title_zh: "部分编号",
        severity: Severity::Warning,
        description: "The part headings (第一部分 …) are numbered one, two, three … without repetition or gap. A warning: the slip misleads a reader but changes no figure.",
        source: "[D] the document's own table of contents",
    },
    RuleInfo {
        id: "doc.residue",
        title: "template residue in tables and titles",
        title_zh: "模板残留",
        severity: Severity::Error,
        description: "No placeholder (XX, ××, 待填写, {单位} …) and no instruction to the preparer (“仍保留该表格式，并在本表下方作下述说明”) is left in a table's title, note or explanation, or in the document's titles and headings.",
        source: "[D] DOMAIN.md §5: template residue is an error; the patterns are narrative::RESIDUE_PATTERNS and INSTRUCTION_PATTERNS",
    },
    RuleInfo {
        id: "doc.title-year",
        title: "titles name the report year",
        title_zh: "标题年度",
        severity: Severity::Error,
        description: "Every title and page header of the document names the report year, not another (a header left from last year's report).",
        source: "[D] DOMAIN.md §4: table titles carry the report year",
    },
];

/// Checks the document-level rules on `disclosure`, reading `profile` for the layout rules
/// (`None`: the layout rules are skipped and `doc.profile` says why).
#[must_use]
pub fn check(disclosure: &Disclosure, profile: Option<&Profile>) -> Vec<Finding> {
    let mut out = Vec::new();
    match profile {
        Some(profile) => layout(disclosure, profile, &mut out),
        None => out.push(finding(
            "doc.profile",
            Severity::Warning,
            Location::table("部门决算公开"),
            None,
            disclosure.profile().map(str::to_owned),
            match disclosure.profile() {
                Some(id) => format!("未知的公开模板“{id}”，未检查表的齐全、表号、表名和表序"),
                None => "未注明公开模板，未检查表的齐全、表号、表名和表序".to_owned(),
            },
            match disclosure.profile() {
                Some(id) => format!(
                    "the template profile {id:?} is unknown: presence, labels, titles and order of the tables were not checked"
                ),
                None => "no template profile is named: presence, labels, titles and order of the tables were not checked".to_owned(),
            },
        )),
    }
    headers(disclosure, &mut out);
    line_numbers(disclosure, &mut out);
    parts(disclosure, &mut out);
    title_years(disclosure, &mut out);
    residue(disclosure, &mut out);
    out
}

#[allow(clippy::too_many_arguments)]
fn finding(
    rule: &str,
    severity: Severity,
    location: Location,
    expected: Option<String>,
    actual: Option<String>,
    message_zh: String,
    message_en: String,
) -> Finding {
    Finding {
        rule: rule.to_owned(),
        severity,
        locations: vec![location],
        expected,
        actual,
        allowance: None,
        message_zh,
        message_en,
    }
}

fn describe(label: Option<&str>) -> String {
    label.map_or_else(|| "no label".to_owned(), |l| format!("{l:?}"))
}

fn layout(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    // Presence.
    for slot in profile.tables() {
        if slot.required && !disclosure.has(slot.kind) {
            let label = slot.label.as_deref().unwrap_or("");
            out.push(finding(
                "doc.table-missing",
                Severity::Error,
                Location::table(format!("{label}{}", slot.title)),
                Some(slot.title.clone()),
                None,
                format!("缺少{label}“{}”：无数据的表也应公开并说明", slot.title),
                format!(
                    "the table {:?} ({}) of the template is not published; a table without data is still published with an explanation",
                    slot.title,
                    describe(slot.label.as_deref())
                ),
            ));
        }
    }
    for (kind, meta) in disclosure.metas() {
        if profile.slot(kind).is_none() {
            out.push(finding(
                "doc.table-unexpected",
                Severity::Warning,
                Location::table(disclosure.place(kind)),
                None,
                Some(meta.title().to_owned()),
                format!("“{}”不在公开模板“{}”之内", meta.title(), profile.name()),
                format!(
                    "the table {:?} is not part of the template {:?}",
                    meta.title(),
                    profile.id()
                ),
            ));
        }
    }
    // Labels and titles.
    for (kind, meta) in disclosure.metas() {
        let Some(slot) = profile.slot(kind) else {
            continue;
        };
        if meta.label() != slot.label.as_deref() {
            out.push(finding(
                "doc.label",
                Severity::Error,
                Location::table(disclosure.place(kind)),
                slot.label.clone(),
                meta.label().map(str::to_owned),
                format!(
                    "“{}”的表号应为{}，实为{}",
                    meta.title(),
                    slot.label.as_deref().unwrap_or("无"),
                    meta.label().unwrap_or("无")
                ),
                format!(
                    "the table {:?} should carry {}, it carries {}",
                    meta.title(),
                    describe(slot.label.as_deref()),
                    describe(meta.label())
                ),
            ));
        }
        if !same_printed(meta.title(), &slot.title) {
            out.push(finding(
                "doc.title",
                Severity::Warning,
                Location::table(disclosure.place(kind)),
                Some(slot.title.clone()),
                Some(meta.title().to_owned()),
                format!("表名应为“{}”，实为“{}”", slot.title, meta.title()),
                format!(
                    "the title should be {:?}, it is {:?}",
                    slot.title,
                    meta.title()
                ),
            ));
        }
    }
    class_lines(disclosure, profile, out);
    line_number_presence(disclosure, profile, out);
    // Order of the tables present in both.
    let published: Vec<TableKind> = disclosure
        .order()
        .iter()
        .copied()
        .filter(|k| profile.slot(*k).is_some())
        .collect();
    let expected: Vec<TableKind> = profile
        .tables()
        .iter()
        .map(|s| s.kind)
        .filter(|k| disclosure.has(*k))
        .collect();
    if published != expected {
        let names = |kinds: &[TableKind]| {
            kinds
                .iter()
                .map(|k| {
                    profile
                        .slot(*k)
                        .map_or_else(|| k.to_string(), |s| s.title.clone())
                })
                .collect::<Vec<_>>()
                .join("、")
        };
        out.push(finding(
            "doc.order",
            Severity::Warning,
            Location::table("部门决算公开"),
            Some(names(&expected)),
            Some(names(&published)),
            format!("表序与模板不同：应为{}", names(&expected)),
            format!(
                "the tables are not in the template's order: expected {}",
                names(&expected)
            ),
        ));
    }
}

/// The 类 lines of the expenditure side of 01 and 04, blank ones included.
fn class_lines(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    let mut sides: Vec<(TableKind, usize)> = Vec::new();
    if let Some(t) = disclosure.income_expenditure() {
        let n = t
            .expenditure()
            .iter()
            .filter(|l| matches!(l.item(), Some(ExpenditureItem::Class(_))))
            .count();
        sides.push((TableKind::IncomeExpenditure, n));
    }
    if let Some(t) = disclosure.fiscal() {
        let n = t
            .expenditure()
            .iter()
            .filter(|l| matches!(l.item(), Some(ExpenditureItem::Class(_))))
            .count();
        sides.push((TableKind::Fiscal, n));
    }
    let expected = usize::from(profile.expenditure_classes());
    for (kind, printed) in sides {
        if printed != expected {
            out.push(finding(
                "doc.class-lines",
                Severity::Warning,
                Location::table(disclosure.place(kind)).row("支出"),
                Some(expected.to_string()),
                Some(printed.to_string()),
                format!("支出方应列{expected}个类级科目行，实列{printed}个"),
                format!("the expenditure side should list {expected} 类 lines, it lists {printed}"),
            ));
        }
    }
}

/// Whether the summary tables carry 行次 as the profile says.
fn line_number_presence(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
    let mut tables: Vec<(TableKind, bool)> = Vec::new();
    if let Some(t) = disclosure.income_expenditure() {
        let numbered = t.income().iter().any(|l| l.line().is_some())
            || t.expenditure().iter().any(|l| l.line().is_some());
        tables.push((TableKind::IncomeExpenditure, numbered));
    }
    if let Some(t) = disclosure.fiscal() {
        let numbered = t.income().iter().any(|l| l.line().is_some())
            || t.expenditure().iter().any(|l| l.line().is_some());
        tables.push((TableKind::Fiscal, numbered));
    }
    if let Some(t) = disclosure.related_info() {
        tables.push((
            TableKind::RelatedInfo,
            t.lines().any(|l| l.line().is_some()),
        ));
    }
    let expected = profile.line_numbers();
    for (kind, numbered) in tables {
        if numbered != expected {
            let (zh, en) = if expected {
                (
                    "模板列有行次，本表未列",
                    "the template numbers rows (行次); this table does not",
                )
            } else {
                (
                    "模板不列行次，本表列有行次",
                    "the template prints no 行次; this table does",
                )
            };
            out.push(finding(
                "doc.line-number-presence",
                Severity::Warning,
                Location::table(disclosure.place(kind)).column("行次"),
                Some(if expected { "行次" } else { "no 行次" }.to_owned()),
                Some(if numbered { "行次" } else { "no 行次" }.to_owned()),
                zh.to_owned(),
                en.to_owned(),
            ));
        }
    }
}

/// Labels used twice, unit names and years: independent of any profile.
fn headers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let metas: Vec<(TableKind, &TableMeta)> = disclosure.metas().collect();
    for (i, (kind, meta)) in metas.iter().enumerate() {
        if let Some(label) = meta.label()
            && let Some((first, _)) = metas.iter().take(i).find(|(_, m)| m.label() == Some(label))
        {
            let first_title = disclosure
                .meta(*first)
                .map(TableMeta::title)
                .unwrap_or_default();
            out.push(Finding {
                rule: "doc.label-duplicate".to_owned(),
                severity: Severity::Error,
                locations: vec![
                    Location::table(disclosure.place(*first)),
                    Location::table(disclosure.place(*kind)),
                ],
                expected: None,
                actual: Some(label.to_owned()),
                allowance: None,
                message_zh: format!("表号{label}同时印在“{first_title}”和“{}”上", meta.title()),
                message_en: format!(
                    "the label {label} is printed on both {first_title:?} and {:?}",
                    meta.title()
                ),
            });
        }
        if let Some(unit) = meta.unit_name()
            && !same_printed(&unit.name, disclosure.unit_name())
        {
            out.push(finding(
                "doc.unit-name",
                Severity::Error,
                Location::table(disclosure.place(*kind)),
                Some(disclosure.unit_name().to_owned()),
                Some(unit.name.clone()),
                format!(
                    "{}应为“{}”，实为“{}”",
                    unit.caption,
                    disclosure.unit_name(),
                    unit.name
                ),
                format!(
                    "the unit name should be {:?}, it is {:?}",
                    disclosure.unit_name(),
                    unit.name
                ),
            ));
        }
        if let Some(year) = meta.year()
            && year != disclosure.year()
        {
            out.push(finding(
                "doc.year",
                Severity::Error,
                Location::table(disclosure.place(*kind)),
                Some(disclosure.year().to_string()),
                Some(year.to_string()),
                format!("表头年度应为{}年度，实为{}年度", disclosure.year(), year),
                format!(
                    "the table is dated {year}, the report year is {}",
                    disclosure.year()
                ),
            ));
        }
    }
}

/// 行次 of one side of a table must run without gap or repetition.
fn line_numbers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let mut sides: Vec<(TableKind, &str, Vec<u16>)> = Vec::new();
    if let Some(t) = disclosure.income_expenditure() {
        sides.push((
            TableKind::IncomeExpenditure,
            "收入",
            t.income().iter().filter_map(|l| l.line()).collect(),
        ));
        sides.push((
            TableKind::IncomeExpenditure,
            "支出",
            t.expenditure().iter().filter_map(|l| l.line()).collect(),
        ));
    }
    if let Some(t) = disclosure.fiscal() {
        sides.push((
            TableKind::Fiscal,
            "收入",
            t.income().iter().filter_map(|l| l.line()).collect(),
        ));
        sides.push((
            TableKind::Fiscal,
            "支出",
            t.expenditure().iter().filter_map(|l| l.line()).collect(),
        ));
    }
    if let Some(t) = disclosure.related_info() {
        sides.push((
            TableKind::RelatedInfo,
            "",
            t.lines().filter_map(|l| l.line()).collect(),
        ));
    }
    for (kind, side, lines) in sides {
        for pair in lines.windows(2) {
            let [before, after] = pair else { continue };
            let next = before.checked_add(1);
            if Some(*after) == next {
                continue;
            }
            let side_zh = if side.is_empty() {
                String::new()
            } else {
                format!("{side}方")
            };
            let expected = next.map_or_else(String::new, |n| n.to_string());
            out.push(finding(
                "doc.line-numbers",
                Severity::Warning,
                Location::table(disclosure.place(kind)).row(format!("行次{after}")),
                Some(expected.clone()),
                Some(after.to_string()),
                format!("{side_zh}行次{before}之后应为{expected}，实为{after}"),
                format!("行次 {after} follows 行次 {before}; expected {expected}"),
            ));
        }
    }
}

const NUMERALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The number of "第X部分", for X from 一 to 十.
fn part_number(heading: &str) -> Option<usize> {
    let rest = heading.trim().strip_prefix('第')?;
    let (numeral, _) = rest.split_once("部分")?;
    NUMERALS
        .iter()
        .position(|n| *n == numeral.trim())
        .and_then(|p| p.checked_add(1))
}

/// The part headings must read 第一部分, 第二部分, … in order. A heading is out of place when
/// it carries neither its position nor the number after the heading before it, so that one
/// slip is reported once: a repeated 第二部分 where 第三部分 belongs (the next heading, 第四部分,
/// is in place), or a missing 第二部分 (第三部分 follows 第一部分; 第四部分 then follows it).
fn parts(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let numbered = disclosure
        .outline()
        .headings
        .iter()
        .filter_map(|h| part_number(h).map(|n| (h, n)));
    let mut previous: Option<usize> = None;
    for ((heading, number), position) in numbered.zip(1_usize..) {
        let follows = previous.and_then(|p| p.checked_add(1)) == Some(number);
        previous = Some(number);
        if number == position || follows {
            continue;
        }
        let want = position
            .checked_sub(1)
            .and_then(|i| NUMERALS.get(i))
            .copied()
            .unwrap_or("?");
        out.push(finding(
            "doc.parts",
            Severity::Warning,
            Location::table("部门决算公开").row(heading.clone()),
            Some(format!("第{want}部分")),
            Some(heading.clone()),
            format!("第{position}个部分应为第{want}部分，实为“{heading}”"),
            format!("part heading {position} should be numbered 第{want}部分, it is {heading:?}"),
        ));
    }
}

/// Template residue and instructions to the preparer left in what the tables and the outline
/// print (the narrative's statements are checked by `narrative.residue`).
fn residue(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let patterns: Vec<&str> = RESIDUE_PATTERNS
        .iter()
        .chain(INSTRUCTION_PATTERNS)
        .copied()
        .collect();
    let mut texts: Vec<(Location, &str)> = Vec::new();
    for (kind, meta) in disclosure.metas() {
        let place = || Location::table(disclosure.place(kind));
        texts.push((place().row("表名"), meta.title()));
        if let Some(note) = meta.note() {
            texts.push((place().row("注"), note));
        }
        if let Some(explanation) = meta.explanation() {
            texts.push((place().row("说明"), explanation));
        }
    }
    for title in &disclosure.outline().titles {
        texts.push((Location::table("部门决算公开").row("标题"), title));
    }
    for heading in &disclosure.outline().headings {
        texts.push((Location::table("部门决算公开").row("部分标题"), heading));
    }
    for (location, text) in texts {
        let found = find_patterns(text, &patterns);
        let Some((_, context)) = found.first() else {
            continue;
        };
        let words: Vec<&str> = found.iter().map(|(p, _)| *p).collect();
        let listed = words.join("”、“");
        out.push(finding(
            "doc.residue",
            Severity::Error,
            location,
            None,
            Some(context.clone()),
            format!("模板残留：“{listed}”（…{context}…）"),
            format!("template residue {words:?} is printed: …{context}…"),
        ));
    }
}

/// Four-digit years followed by 年 in `text`.
fn years(text: &str) -> Vec<u16> {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(5)
        .filter_map(|w| match w {
            [a, b, c, d, '年'] => {
                let s: String = [a, b, c, d].into_iter().collect();
                s.parse::<u16>().ok().filter(|_| a.is_ascii_digit())
            }
            _ => None,
        })
        .collect()
}

fn title_years(disclosure: &Disclosure, out: &mut Vec<Finding>) {
    let report = disclosure.year();
    for title in &disclosure.outline().titles {
        for year in years(title) {
            if year != report {
                out.push(finding(
                    "doc.title-year",
                    Severity::Error,
                    Location::table("部门决算公开").row(title.clone()),
                    Some(report.to_string()),
                    Some(year.to_string()),
                    format!("标题“{title}”的年度应为{report}年，实为{year}年"),
                    format!("the title {title:?} names {year}; the report year is {report}"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{part_number, years};

    #[test]
    fn part_numbers_and_years() {
        assert_eq!(part_number("第二部分 2023年部门决算表"), Some(2));
        assert_eq!(part_number("第十部分"), Some(10));
        assert_eq!(part_number("附件"), None);
        assert_eq!(
            years("大同市人力资源和社会保障局2022年单位决算公开报告"),
            [2022]
        );
        assert_eq!(years("2023年度单位决算公开"), [2023]);
        assert!(years("第2023号").is_empty());
    }
}
