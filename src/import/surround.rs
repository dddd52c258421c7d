//! What every input prints around its tables, whatever the reader: the cover and page titles,
//! the part headings and contents, the table titles and 公开NN表 labels, the unit name, the
//! year and the money unit, the notes under a table, and running headers and footers.
//!
//! The readers (tab-separated text, layout text, page data) find the tables their own way;
//! everything around the tables they recognise here, so a document reads the same outline
//! whichever form it comes in.

use std::borrow::Cow;
use std::collections::HashMap;

use super::DiagnosticKind;
use super::grid::{Document, RawTable};
use crate::disclosure::TableKind;
use crate::money::MoneyUnit;
use crate::printed::{
    compact, compact_ends_with, compact_len_at_most, compact_starts_with, is_blank,
};

/// A cover or page title of the document ("2023年度单位决算公开", "…2024年度部门决算表").
pub(crate) fn document_title(text: &str) -> Option<String> {
    let ends = [
        "决算公开",
        "决算公开报告",
        "部门决算",
        "单位决算",
        "部门决算表",
        "单位决算表",
    ];
    if !ends.iter().any(|e| compact_ends_with(text, e))
        || !compact_len_at_most(text, 60)
        || is_toc_entry(text)
        || part_heading(text).is_some()
    {
        return None;
    }
    let c = compact(text);
    (c.chars().count() <= 60
        && !c.contains(['，', '。', '；', '：', ':'])
        && year_in(&c).is_some()
        && ends.iter().any(|e| c.ends_with(e)))
    .then(|| c.into_owned())
}

/// The first four-digit year (1990 … 2099) printed in the text, white space ignored ("2 024"
/// is not a year, but "社会工作部 2024 年度" has one).
pub(crate) fn year_in(text: &str) -> Option<u16> {
    let mut run: u32 = 0;
    let mut digits: u32 = 0;
    let mut chars = text.chars().filter(|c| !c.is_whitespace()).peekable();
    while let Some(c) = chars.next() {
        match c.to_digit(10) {
            Some(d) => {
                run = run.saturating_mul(10).saturating_add(d);
                digits = digits.saturating_add(1);
                let next_is_digit = chars.peek().is_some_and(char::is_ascii_digit);
                if digits == 4 && !next_is_digit && (1990..=2099).contains(&run) {
                    return u16::try_from(run).ok();
                }
            }
            None => {
                run = 0;
                digits = 0;
            }
        }
    }
    None
}

/// Whether the line is a period line such as "2023年度" or "2024 年度".
pub(crate) fn is_period(text: &str) -> bool {
    if !compact_len_at_most(text, 6) {
        return false;
    }
    let c = compact(text);
    let Some(rest) = c.strip_suffix("年度").or_else(|| c.strip_suffix('年')) else {
        return false;
    };
    rest.len() == 4 && rest.chars().all(|ch| ch.is_ascii_digit())
}

/// A money-unit line ("金额单位：万元", "单位：万元", "单位:元"): its caption and unit.
pub(crate) fn money_line(text: &str) -> Option<(String, MoneyUnit)> {
    // A caption of at most 6 characters, a colon and 万元 or 元.
    if !compact_len_at_most(text, 9) {
        return None;
    }
    let c = compact(text);
    let (caption, unit) = c.split_once(['：', ':'])?;
    if !caption.ends_with("单位") || caption.chars().count() > 6 {
        return None;
    }
    let unit = match unit {
        "万元" => MoneyUnit::WanYuan,
        "元" => MoneyUnit::Yuan,
        _ => return None,
    };
    Some((caption.to_owned(), unit))
}

/// A unit-name line ("部门名称：大同市人力资源和社会保障局", "单位名称：…", "编制单位：…"):
/// its caption and the name.
pub(crate) fn unit_name_line(text: &str) -> Option<(String, String)> {
    let t = text.trim();
    let (caption, name) = t.split_once(['：', ':'])?;
    let caption = compact(caption);
    let name = name.trim();
    let known = ["部门名称", "单位名称", "编制单位", "部门", "单位"];
    if !known.contains(&caption.as_ref()) || name.is_empty() || money_line(t).is_some() {
        return None;
    }
    Some((caption.into_owned(), name.to_owned()))
}

/// A table label such as "公开01表" (or "公开1表"), when that is all the line prints.
pub(crate) fn label_line(text: &str) -> Option<String> {
    if !compact_starts_with(text, "公开") || !compact_len_at_most(text, 6) {
        return None;
    }
    let c = compact(text);
    let digits = c.strip_prefix("公开")?.strip_suffix('表')?;
    (!digits.is_empty() && digits.len() <= 2 && digits.chars().all(|ch| ch.is_ascii_digit()))
        .then(|| c.into_owned())
}

/// Which table a title names, from the words every template keeps (the order of the tests
/// matters: 财政拨款收入支出决算总表 also contains 收入支出决算总表).
///
/// The title may carry the unit name and year in front ("…2024年度收入决算表"); a line that
/// reads as a table-of-contents entry or a sentence is not a title.
pub(crate) fn table_kind(title: &str) -> Option<TableKind> {
    if !compact_ends_with(title, "表") || !compact_len_at_most(title, 60) {
        return None;
    }
    let c = compact(title);
    if !c.ends_with('表') || c.chars().count() > 60 || c.contains(['，', '。', '；', '：', '…'])
    {
        return None;
    }
    if c.contains("绩效")
        || c.contains("说明")
        || c.ends_with("部门决算表")
        || c.ends_with("单位决算表")
    {
        // A self-evaluation form, a 说明 heading, a banner such as "…2024年度部门决算表".
        return None;
    }
    let kind = if c.contains("三公") {
        TableKind::ThreePublic
    } else if c.contains("相关信息") {
        TableKind::RelatedInfo
    } else if c.contains("基本支出") {
        TableKind::BasicDetail
    } else if c.contains("政府性基金") {
        TableKind::GovernmentFund
    } else if c.contains("国有资本经营") {
        TableKind::StateCapital
    } else if c.contains("一般公共预算") {
        TableKind::GeneralBudget
    } else if c.contains("财政拨款收入支出") || c.contains("财政拨款收支") {
        TableKind::Fiscal
    } else if c.ends_with("收入支出决算总表") || c.ends_with("收支决算总表") {
        TableKind::IncomeExpenditure
    } else if c.ends_with("收入决算表") {
        TableKind::Income
    } else if c.ends_with("支出决算表") {
        TableKind::Expenditure
    } else {
        return None;
    };
    Some(kind)
}

/// Whether a line is a table-of-contents entry: dot leaders, or a page number after a tab.
pub(crate) fn is_toc_entry(text: &str) -> bool {
    text.contains("…") || text.contains("....") || text.contains("····") || {
        let t = text.trim_end();
        t.rsplit_once('\t').is_some_and(|(head, page)| {
            !head.trim().is_empty()
                && !page.is_empty()
                && page.chars().all(|c| c.is_ascii_digit())
                && head.split('\t').filter(|s| !s.trim().is_empty()).count() == 1
        })
    }
}

/// A part heading ("第二部分 2023年部门决算表"), normalized: one space after 部分, no white space
/// elsewhere.
pub(crate) fn part_heading(text: &str) -> Option<String> {
    if is_toc_entry(text) {
        return None;
    }
    let (numeral, after) = crate::printed::part_heading(text)?;
    if after.is_empty() || after.contains(['，', '。', '；']) || after.chars().count() > 50 {
        return None;
    }
    Some(format!("第{numeral}部分 {after}"))
}

/// What is printed outside the tables: the outline, the contents, running headers, prose.
pub(crate) struct Outside<'a> {
    repeats: Repeats<'a>,
}

/// The longest running header or footer, in characters (white space aside).
const RUNNING_MAX: usize = 30;

/// How often each short line of a document is printed: a running header or footer is a short
/// line printed three times or more.
pub(crate) struct Repeats<'a> {
    counts: HashMap<Cow<'a, str>, usize>,
}

impl<'a> Repeats<'a> {
    /// Counts the short lines of `texts` (blank lines aside).
    pub(crate) fn new(texts: impl Iterator<Item = &'a str>) -> Repeats<'a> {
        let mut counts: HashMap<Cow<'a, str>, usize> = HashMap::new();
        for text in texts.filter(|t| !is_blank(t) && compact_len_at_most(t, RUNNING_MAX)) {
            let count = counts.entry(compact(text)).or_insert(0);
            *count = count.saturating_add(1);
        }
        Repeats { counts }
    }

    /// Whether `text` is a short line printed three times or more.
    pub(crate) fn is_repeated(&self, text: &str) -> bool {
        compact_len_at_most(text, RUNNING_MAX)
            && self
                .counts
                .get(compact(text).as_ref())
                .is_some_and(|n| *n >= 3)
    }

    /// A running header or footer of a text without pages (tab-separated text, where no line
    /// is known to stand at a page's edge): a short line printed three times or more that no
    /// reader understands (a period, money-unit, unit-name or label line, a table title, a
    /// part heading).
    pub(crate) fn is_running(&self, text: &str) -> bool {
        self.is_repeated(text)
            && !is_period(text)
            && money_line(text).is_none()
            && unit_name_line(text).is_none()
            && label_line(text).is_none()
            && table_kind(text).is_none()
            && part_heading(text).is_none()
    }
}

impl<'a> Outside<'a> {
    pub(crate) fn new(texts: impl Iterator<Item = &'a str>) -> Outside<'a> {
        Outside {
            repeats: Repeats::new(texts),
        }
    }

    /// A short line printed three times or more that no reader understands, or a bare page
    /// number: a running header or footer (when printed first or last on its page, `edge`).
    pub(crate) fn is_running(&self, text: &str, edge: bool) -> bool {
        let c = compact(text);
        let page_number = {
            let bare = c.trim_matches(['-', '—', '－', '第', '页']);
            !bare.is_empty() && bare.len() <= 3 && bare.chars().all(|ch| ch.is_ascii_digit())
        };
        edge && page_number
            || edge
                && self.repeats.is_repeated(text)
                && !is_period(text)
                && money_line(text).is_none()
                && table_kind(text).is_none()
                && part_heading(text).is_none()
                && document_title(text).is_none()
    }

    /// Files a line that is no part of a table: a part heading, a title, a running header (a
    /// line printed first or last on its page, `edge`), or prose.
    pub(crate) fn file(&self, doc: &mut Document, number: usize, text: &str, edge: bool) {
        if is_toc_entry(text) {
            doc.note(number, text, DiagnosticKind::Contents);
        } else if let Some(heading) = part_heading(text) {
            doc.add_heading(heading, true);
            doc.prose_break();
        } else if let Some(title) = document_title(text) {
            doc.add_title(title, true);
            doc.prose_break();
        } else if self.is_running(text, edge) {
            doc.note(number, text, DiagnosticKind::RunningHeader);
        } else {
            // Joined into paragraphs for the 说明 reader, which reads it or reports it as
            // not read.
            doc.prose_line(number, text);
        }
    }
}

/// A title wrapped over up to four short lines (a cover: "中共上海市普陀区委 / 社会工作部 2024
/// 年度 / 部门决算"), from the first of `texts` (consecutive lines of one page): the number of
/// lines it takes and the title.
///
/// The year may stand on a line of its own, before or after the words it belongs to
/// ("年度部门决算" / "2024"): "年度" names the year printed in front of it, so a bare year line
/// next to a title that prints "年度" with no year before it is that year.
pub(crate) fn wrapped_title<'a>(texts: impl Iterator<Item = &'a str>) -> Option<(usize, String)> {
    let mut joined = String::new();
    let mut year: Option<String> = None;
    // A line too long to be a piece of a wrapped title is a whole title short of its year:
    // only the year's own line may follow it.
    let mut whole = false;
    for (k, text) in texts.take(4).enumerate() {
        if is_blank(text) {
            return None;
        }
        let c = compact(text);
        if c.contains(['，', '。', '；', '：', ':']) {
            return None;
        }
        match bare_year(&c) {
            Some(y) if year.is_none() => year = Some(y),
            _ if whole || c.chars().count() > 60 => return None,
            _ => {
                whole = c.chars().count() > 20;
                if whole && k > 0 && year.is_none() {
                    return None;
                }
                joined.push_str(&c);
            }
        }
        if k == 0 {
            continue;
        }
        let candidate = match &year {
            Some(y) => with_year(&joined, y),
            None => Some(joined.clone()),
        };
        if let Some(title) = candidate.as_deref().and_then(document_title) {
            return Some((k.saturating_add(1), title));
        }
    }
    None
}

/// The year a line prints and nothing else ("2024", "2024年", "（2024）"), as digits.
fn bare_year(c: &str) -> Option<String> {
    let digits = c
        .trim_matches(['（', '）', '(', ')'])
        .trim_end_matches('年');
    (digits.len() == 4 && digits.chars().all(|d| d.is_ascii_digit()) && year_in(digits).is_some())
        .then(|| digits.to_owned())
}

/// `title` with `year` put where its "年度" names it: in front of the first "年度" with no
/// digit before it. `None` when the title already prints a year or has no such "年度".
fn with_year(title: &str, year: &str) -> Option<String> {
    if year_in(title).is_some() {
        return None;
    }
    let at = title.find("年度")?;
    let before = title.get(..at)?;
    if before.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some(format!("{before}{year}{}", title.get(at..)?))
}

/// Whether a line is a note under a table.
pub(crate) fn is_note(text: &str) -> bool {
    let c = compact(text);
    c.starts_with("注：") || c.starts_with("注:") || is_explanation(text)
}

/// Whether a line is an explanation under a table ("说明：…本表无数据").
pub(crate) fn is_explanation(text: &str) -> bool {
    let c = compact(text);
    c.starts_with("说明：") || c.starts_with("说明:") || c.contains("本表无数据")
}

/// A contents entry without its dot leaders and page number.
pub(crate) fn contents_entry(text: &str) -> String {
    let c = compact(text);
    let end = c.find(['…', '.', '·']).unwrap_or(c.len());
    c.get(..end)
        .unwrap_or_default()
        .trim_end_matches(|ch: char| ch.is_ascii_digit())
        .to_owned()
}

/// Whether a text is a line of a table's banner: its label, money unit, unit name or period.
fn is_banner(text: &str) -> bool {
    label_line(text).is_some()
        || money_line(text).is_some()
        || unit_name_line(text).is_some()
        || is_period(text)
}

/// Files a line of a table's banner on the table (its label, money unit, unit name or
/// period); `false` when the line is none of these.
pub(crate) fn file_banner(table: &mut RawTable, text: &str) -> bool {
    if let Some(label) = label_line(text) {
        table.label = Some(label);
    } else if let Some(money) = money_line(text) {
        table.money = Some(money);
    } else if let Some(unit) = unit_name_line(text) {
        table.unit_name = Some(unit);
    } else if is_period(text) {
        table.period = Some(compact(text).into_owned());
    } else {
        return false;
    }
    true
}

/// The lines between a table's title and its header or grid, from line index `i`: its label,
/// unit name, period and money unit, one to a line or several on one line ("部门名称：某局
/// 单位：万元", cut into its words by `words`). Returns the index after them.
pub(crate) fn read_banner(
    texts: &[(usize, &str)],
    mut i: usize,
    table: &mut RawTable,
    words: impl Fn(&str) -> Vec<String>,
) -> usize {
    while let Some((_, l)) = texts.get(i) {
        if is_blank(l) {
            i = i.saturating_add(1);
            continue;
        }
        let parts = words(l);
        let whole = l.trim();
        let items: Vec<String> = if parts.len() > 1 && parts.iter().all(|p| is_banner(p)) {
            parts
        } else if is_banner(whole) {
            vec![whole.to_owned()]
        } else {
            break;
        };
        for part in items {
            file_banner(table, &part);
        }
        i = i.saturating_add(1);
    }
    i
}

/// Reports a 公开NN表 label (printed at line `at`) that no table title followed.
pub(crate) fn unplaced_label(doc: &mut Document, at: usize, label: &str) {
    doc.note(
        at,
        label,
        DiagnosticKind::UnplacedLine {
            table: label.to_owned(),
        },
    );
}

/// The notes under a table, from line index `i`: 注 lines (with the lines that continue them)
/// into the note, 说明 lines (and a line introducing them, ending in a colon) into the
/// explanation. Returns the index after the notes.
pub(crate) fn read_notes(
    texts: &[(usize, &str)],
    mut i: usize,
    table: &mut RawTable,
    stop: impl Fn(&str) -> bool,
) -> usize {
    #[derive(PartialEq)]
    enum Slot {
        None,
        Note,
        Explanation,
    }
    let mut last = Slot::None;
    let mut open = false;
    while let Some((_, text)) = texts.get(i) {
        let c = compact(text);
        if is_blank(text) {
            i = i.saturating_add(1);
            continue;
        }
        let next_is_explanation = texts
            .iter()
            .skip(i.saturating_add(1))
            .find(|(_, t)| !is_blank(t))
            .is_some_and(|(_, t)| is_explanation(t));
        if is_explanation(text) {
            append(&mut table.explanation, text.trim());
            last = Slot::Explanation;
        } else if c.starts_with("注：") || c.starts_with("注:") {
            append(&mut table.note, text.trim());
            last = Slot::Note;
        } else if last != Slot::None
            && next_is_explanation
            && (c.ends_with('：') || c.ends_with(':'))
            && !stop(text)
        {
            append(&mut table.explanation, text.trim());
            last = Slot::Explanation;
        } else if open && !stop(text) {
            // A note wrapped onto the next line.
            let slot = if last == Slot::Note {
                &mut table.note
            } else {
                &mut table.explanation
            };
            if let Some(existing) = slot.as_mut() {
                existing.push_str(text.trim());
            }
        } else {
            break;
        }
        open = !(c.ends_with('。') || c.ends_with('：') || c.ends_with(':'));
        i = i.saturating_add(1);
    }
    i
}

pub(crate) fn append(slot: &mut Option<String>, text: &str) {
    match slot {
        Some(existing) => {
            existing.push('\n');
            existing.push_str(text);
        }
        None => *slot = Some(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines() {
        assert_eq!(
            table_kind("收入支出决算总表"),
            Some(TableKind::IncomeExpenditure)
        );
        assert_eq!(
            table_kind("财政拨款收入支出决算总表"),
            Some(TableKind::Fiscal)
        );
        assert_eq!(table_kind("支出决算表"), Some(TableKind::Expenditure));
        assert_eq!(
            table_kind("一般公共预算财政拨款基本支出决算明细表"),
            Some(TableKind::BasicDetail)
        );
        assert_eq!(table_kind("第二部分 2023年部门决算表"), None);
        assert_eq!(table_kind("J法律顾问费项目支出绩效自评表"), None);
        assert!(is_period("2024 年度"));
        assert_eq!(
            money_line("金额单位：万元").map(|m| m.1),
            Some(MoneyUnit::WanYuan)
        );
        assert_eq!(label_line("公开09表").as_deref(), Some("公开09表"));
        assert_eq!(year_in("社会工作部 2024 年度"), Some(2024));
        assert_eq!(
            part_heading("第一部分 概况").as_deref(),
            Some("第一部分 概况")
        );
        assert_eq!(part_heading("第一部分 概况.....\t1"), None);
    }
}
