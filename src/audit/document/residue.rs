//! What the template left behind: unfilled instructions and alternatives, and years of another
//! report.

use super::{RESIDUE, STALE_YEAR, TITLE_YEAR, document};
use crate::audit::Finding;
use crate::disclosure::{Disclosure, LineRole};
use crate::finding::{Figure, Key, Part, Place, Template};
use crate::narrative::{INSTRUCTION_PATTERNS, RESIDUE_PATTERNS, compact, find_patterns};

const RESIDUE_FOUND: Template = Template {
    zh: "模板残留：“{0}”（…{actual}…）",
    en: "template residue “{0}” is printed: …{actual}…",
};

/// Template residue and instructions to the preparer left in what the tables and the outline
/// print (the narrative's statements are checked by `narrative.residue`).
pub(super) fn residue(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
pub(super) fn compares(text: &str, at: usize) -> bool {
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
pub(super) fn years_at(text: &str) -> impl Iterator<Item = (usize, u16)> + '_ {
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
pub(super) fn title_years(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
pub(super) fn narrative_residue(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
pub(super) fn stale_years(disclosure: &Disclosure, out: &mut Vec<Finding>) {
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
