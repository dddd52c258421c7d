//! The tables as the template lays them out: which are printed and in what order, their labels
//! and titles, the class lines of 公开01表, the column headers and the 行次 numbers.

use rust_decimal::Decimal;

use super::{
    CLASS_LINES, LABEL, LABEL_DUPLICATE, LINE_NUMBER_PRESENCE, LINE_NUMBERS, ORDER, TABLE_MISSING,
    TABLE_UNEXPECTED, TITLE, UNIT_NAME, YEAR, count, document,
};
use crate::audit::Finding;
use crate::disclosure::{Disclosure, TableKind};
use crate::finding::{Figure, Key, Place, Template};
use crate::narrative::same_printed;
use crate::profile::Profile;
use crate::tables::{ExpenditureItem, ItemKey, SummaryTable};

const MISSING: Template = Template {
    zh: "缺少模板中的“{expected}”：无数据的表也应公开并说明",
    en: "the table \"{expected}\" of the template is not published; a table without data is still published with an explanation",
};

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

pub(super) fn layout(disclosure: &Disclosure, profile: &Profile, out: &mut Vec<Finding>) {
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

/// The 类 lines of the expenditure side of 01 and 04, blank ones included, against the
/// profile's lines.
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
    // The counts of the profile's lines: all of them, and without those printed only when used.
    let accepted = profile.class_lines().counts();
    let expected = match accepted.as_slice() {
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
pub(super) fn headers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
pub(super) fn line_numbers(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
        sides(t, TableKind::IncomeExpenditure, &mut check);
    }
    if let Some(t) = disclosure.fiscal() {
        sides(t, TableKind::Fiscal, &mut check);
    }
    if let Some(t) = disclosure.related_info() {
        check(
            TableKind::RelatedInfo,
            "",
            &mut t.lines().filter_map(|l| l.line()),
        );
    }
}

/// Checks the 行次 of each side of a summary table (公开01表, 公开04表), in printed order.
fn sides<I: ItemKey, V>(
    table: &SummaryTable<I, V>,
    kind: TableKind,
    check: &mut dyn FnMut(TableKind, &'static str, &mut dyn Iterator<Item = u16>),
) {
    check(
        kind,
        "收入方",
        &mut table.income().iter().filter_map(|l| l.line()),
    );
    check(
        kind,
        "支出方",
        &mut table.expenditure().iter().filter_map(|l| l.line()),
    );
}
