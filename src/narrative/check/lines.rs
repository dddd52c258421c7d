//! The lines of 公开05表 a statement describes: the names it prints for them
//! (`narrative.line-name`) and lines it lists that the table prints as zero
//! (`narrative.listed-zero`).
//!
//! A 说明 names a line as "一般公共服务支出（类）社会工作事务（款）行政运行（项）": each name
//! stands right before its level's marker. The names the statement may print are those of the
//! lines its claims are about and of their 类 and 款: the table's names, or, for a line the
//! table does not print, the catalog's (`CheckOptions::official_names`).

use std::borrow::Cow;

use crate::classification::{FunctionCode, Level};
use crate::finding::{Area, Figure, Rule, Severity, Template};
use crate::narrative::statement::described;
use crate::narrative::vocabulary::LEVEL_MARKERS;
use crate::narrative::{BudgetSource, Claim, FigureRef, SpendingColumn, Statement};
use crate::printed::{compact, same_printed, strip_enumerator};

use super::{Ctx, finding};

/// `narrative.line-name`: see [`RULES`](crate::narrative::RULES).
pub const LINE_NAME: Rule = Rule::new("narrative.line-name", Area::Narrative, Severity::Warning)
    .titled("the 说明 names a line as the table does", "说明所列科目名称与表内一致")
    .described("A name the 说明 prints before a level marker (…（类）…（款）…（项）) is the name the table prints for the line the statement is about, or its 类 or 款 (the catalog's name where the table does not print the line).")
    .sourced("[D] the templates' 具体情况 paragraph names each line by its 功能分类 name");

/// `narrative.listed-zero`: see [`RULES`](crate::narrative::RULES).
pub const LISTED_ZERO: Rule = Rule::new("narrative.listed-zero", Area::Narrative, Severity::Warning)
    .titled("the 说明 lists only lines involved", "说明不列未涉及的科目")
    .described("A line of 公开05表 the 说明 describes is one the table prints with spending, or one with a budget the statement explains; a line printed as 0.00 is not involved and is not listed.")
    .sourced("the Shanghai 2024 template's 说明 (不涉及的不列)");

/// Arguments: `{0}` the level.
const NAME_DIFFERS: Template = Template {
    zh: "说明所列{0}名称“{actual}”与表内名称“{expected}”不一致",
    en: "the 说明 names the {0} \"{actual}\"; the table names it \"{expected}\"",
};

/// Argument: `{0}` the line.
const ZERO_LISTED: Template = Template {
    zh: "说明列出{0}，但表内该项为{expected}（不涉及的不列）",
    en: "the 说明 lists {0}, which the table prints as {expected} (lines not involved are not listed)",
};

/// Characters that end the text before a printed name.
const BEFORE_NAME: &[char] = &[
    '、', '，', '。', '；', '：', ',', ';', ':', '）', ')', '“', '”', ' ',
];

/// The 公开05表 lines the claims of a statement are about (小计, 基本支出 or 项目支出), in claim
/// order.
fn lines(st: &Statement) -> Vec<FunctionCode> {
    let mut out: Vec<FunctionCode> = Vec::new();
    for figure in st.claims().iter().filter_map(described) {
        if let FigureRef::GeneralPublic {
            code: Some(code), ..
        } = figure
            && !out.contains(&code)
        {
            out.push(code);
        }
    }
    out
}

/// The code of `code`'s line at `level` (itself or an ancestor), if it has one.
fn at_level(code: FunctionCode, level: Level) -> Option<FunctionCode> {
    if code.level() == level {
        return Some(code);
    }
    code.ancestors().find(|c| c.level() == level)
}

/// A table's name as the statement may print it: white space aside, without the enumeration
/// the table may print before it ("一、", "1.", "（一）").
fn unnumbered(name: &str) -> Cow<'_, str> {
    match compact(name) {
        Cow::Borrowed(name) => Cow::Borrowed(strip_enumerator(name)),
        Cow::Owned(name) => Cow::Owned(strip_enumerator(&name).to_owned()),
    }
}

impl Ctx<'_> {
    /// The name the statement may print for `code`: the table's, else the catalog's.
    fn line_name(&self, code: FunctionCode) -> Option<String> {
        self.evaluations
            .rows()
            .iter()
            .find(|r| r.code == code)
            .map(|r| r.name.clone())
            .or_else(|| {
                self.options
                    .official_names
                    .iter()
                    .find(|(c, _)| *c == code)
                    .map(|(_, n)| n.clone())
            })
    }

    /// The names the statement prints before the level markers, against the lines its claims
    /// are about.
    pub(super) fn line_names(&mut self, st: &Statement) {
        let codes = lines(st);
        if codes.is_empty() {
            return;
        }
        let text = compact(st.text());
        let mut marked: Vec<(usize, usize, Level)> = Vec::new();
        for (marker, level) in LEVEL_MARKERS {
            // Brackets print full-width or ASCII, both alike: （类） or (类).
            let word = marker.trim_matches(['（', '）']);
            for (at, _) in text.match_indices(word) {
                let end = at.saturating_add(word.len());
                let (before, after) = (text.get(..at), text.get(end..));
                for (open, close) in [('（', '）'), ('(', ')')] {
                    if before.is_some_and(|b| b.ends_with(open))
                        && after.is_some_and(|a| a.starts_with(close))
                    {
                        let start = at.saturating_sub(open.len_utf8());
                        marked.push((start, end.saturating_add(close.len_utf8()), level));
                    }
                }
            }
        }
        marked.sort_unstable_by_key(|(at, _, _)| *at);
        let mut seen: Vec<(Level, usize)> = Vec::new();
        let mut previous_end = 0;
        for (at, end, level) in marked {
            let before = text.get(previous_end..at).unwrap_or("");
            previous_end = end;
            let mut candidates: Vec<FunctionCode> = Vec::new();
            for code in codes.iter().filter_map(|c| at_level(*c, level)) {
                if !candidates.contains(&code) {
                    candidates.push(code);
                }
            }
            let names: Vec<String> = candidates
                .iter()
                .filter_map(|c| self.line_name(*c))
                .collect();
            let index = match seen.iter_mut().find(|(l, _)| *l == level) {
                Some((_, n)) => {
                    *n = n.saturating_add(1);
                    *n
                }
                None => {
                    seen.push((level, 0));
                    0
                }
            };
            if names.is_empty() {
                continue;
            }
            let printed_ok = names.iter().any(|name| {
                let name = unnumbered(name);
                before.ends_with(name.as_ref())
                    || before
                        .char_indices()
                        .any(|(i, _)| same_printed(before.get(i..).unwrap_or(""), &name))
            });
            if printed_ok {
                continue;
            }
            let printed = before
                .rsplit(BEFORE_NAME)
                .next()
                .unwrap_or(before)
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .to_owned();
            if printed.is_empty() {
                continue;
            }
            let expected = names
                .get(index)
                .or_else(|| names.first())
                .map(|n| strip_enumerator(n).to_owned())
                .unwrap_or_default();
            let level_name: &'static str = level.into();
            self.out.push(
                finding(st, &LINE_NAME, &NAME_DIFFERS)
                    .expected(Figure::text(expected))
                    .actual(Figure::text(printed))
                    .arg(Figure::Static(level_name)),
            );
        }
    }

    /// Lines the statement describes that the table prints as zero, without a budget to
    /// explain: the templates list only the lines involved (不涉及的不列).
    pub(super) fn listed_zero(&mut self, st: &Statement) {
        for claim in st.claims() {
            let Claim::Amount(a) = claim else { continue };
            let figure = a.figure();
            let FigureRef::GeneralPublic {
                code: Some(code),
                column: SpendingColumn::Subtotal,
            } = figure
            else {
                continue;
            };
            let Some(printed) = self.figures.amount(&figure) else {
                continue;
            };
            if !printed.amount().is_zero() {
                continue;
            }
            let budgeted = st.claims().iter().any(|c| {
                let (f, b) = match c {
                    Claim::Completion(co) => (co.figure(), co.budget()),
                    Claim::VersusBudget(v) => (v.figure(), v.budget()),
                    _ => return false,
                };
                f == figure
                    && match b.source() {
                        BudgetSource::Stated(amount) => !amount.amount().is_zero(),
                        BudgetSource::Table(t) => self
                            .figures
                            .amount(&t)
                            .is_some_and(|amount| !amount.amount().is_zero()),
                    }
            });
            if budgeted {
                continue;
            }
            let name = self
                .line_name(code)
                .map_or_else(|| code.to_string(), |n| format!("{code} {n}"));
            self.out.push(
                finding(st, &LISTED_ZERO, &ZERO_LISTED)
                    .at(self.figures.location(&figure))
                    .expected(printed)
                    .actual(a.stated())
                    .arg(Figure::text(name)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unnumbered;

    #[test]
    fn a_table_name_is_compared_without_its_enumeration() {
        assert_eq!(unnumbered("一、一般公共服务支出"), "一般公共服务支出");
        assert_eq!(unnumbered("1.行政运行"), "行政运行");
        assert_eq!(unnumbered("（一）行政运行"), "行政运行");
        assert_eq!(unnumbered("行政运行"), "行政运行");
        // A name that holds such a mark of its own keeps it.
        assert_eq!(unnumbered("住房改革支出（款）"), "住房改革支出（款）");
        assert_eq!(unnumbered("其他、杂项支出"), "其他、杂项支出");
        // White space is layout, in the name and in its enumerator.
        assert_eq!(unnumbered("（ 一 ） 行政 运行"), "行政运行");
        assert_eq!(unnumbered("1)行政运行"), "行政运行");
        // An enumerator alone names nothing to compare.
        assert_eq!(unnumbered("一、"), "");
    }
}
