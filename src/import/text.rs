//! Small text helpers shared by the readers: white space, enumerators, figures, years.

use crate::disclosure::TableKind;
use crate::money::MoneyUnit;

/// The text without any white space (CJK text wraps inside cells and across lines, so spaces
/// inside a printed name are layout, not content).
pub(crate) use crate::narrative::compact;

/// Whether the text, white space ignored, starts with `prefix` (as `compact(text)` would),
/// without allocating.
pub(crate) fn compact_starts_with(text: &str, prefix: &str) -> bool {
    let mut chars = text.chars().filter(|c| !c.is_whitespace());
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// Whether the text, white space ignored, ends with `suffix`, without allocating.
pub(crate) fn compact_ends_with(text: &str, suffix: &str) -> bool {
    let mut chars = text.chars().rev().filter(|c| !c.is_whitespace());
    suffix.chars().rev().all(|p| chars.next() == Some(p))
}

/// Whether the text has at most `n` characters that are not white space, without allocating.
pub(crate) fn compact_len_at_most(text: &str, n: usize) -> bool {
    text.chars().filter(|c| !c.is_whitespace()).nth(n).is_none()
}

/// Whether the text is empty after trimming.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The text without a leading enumerator: "一、", "（一）", "(二) ", "1.", "2、", "3. ".
pub(crate) fn strip_enumerator(text: &str) -> &str {
    let t = text.trim_start();
    // （一） or (一) or (1)
    if let Some(rest) = t.strip_prefix(['（', '(']) {
        if let Some(end) = rest.find(['）', ')']) {
            let inner = rest.get(..end).unwrap_or_default();
            if !inner.is_empty() && inner.chars().all(is_numeral) {
                let after = rest.get(end..).unwrap_or_default();
                let after = after
                    .strip_prefix(['）', ')'])
                    .unwrap_or(after)
                    .trim_start_matches(['、', '.', '．', ' ', '\u{3000}']);
                return after;
            }
        }
        return t;
    }
    let numeral_end = t
        .char_indices()
        .find(|(_, c)| !is_numeral(*c))
        .map_or(t.len(), |(i, _)| i);
    if numeral_end == 0 {
        return t;
    }
    let rest = t.get(numeral_end..).unwrap_or_default();
    match rest.strip_prefix(['、', '.', '．']) {
        Some(after) => after.trim_start(),
        None => t,
    }
}

/// A Chinese or ASCII numeral character used in enumerators.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
}

/// Whether the line starts with a Chinese enumerator ("一、", "十一、").
pub(crate) fn starts_with_chinese_enumerator(text: &str) -> bool {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .find(|(_, c)| !"一二三四五六七八九十".contains(*c))
        .map_or(t.len(), |(i, _)| i);
    end > 0 && t.get(end..).is_some_and(|rest| rest.starts_with('、'))
}

/// Whether a cell prints a figure: digits with an optional sign, thousands separators and
/// decimals ("1,735.92", "0.16", "4").
pub(crate) fn is_figure(text: &str) -> bool {
    let t = text.trim();
    let t = t.strip_prefix(['-', '－']).unwrap_or(t);
    !t.is_empty()
        && t.starts_with(|c: char| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && t.chars().filter(|c| *c == '.').count() <= 1
}

/// Whether a cell prints a classification code (digits only, 3 to 7 of them, possibly split
/// by spaces into 类/款/项 as "208 05 05").
pub(crate) fn is_code(text: &str) -> bool {
    let mut digits = 0_usize;
    for ch in text.chars().filter(|c| !c.is_whitespace()) {
        if !ch.is_ascii_digit() {
            return false;
        }
        digits = digits.saturating_add(1);
    }
    (3..=7).contains(&digits)
}

/// Whether a cell prints "——" (or a variant of it): not applicable.
pub(crate) fn is_dash(text: &str) -> bool {
    let t = compact(text);
    !t.is_empty() && t.chars().all(|c| matches!(c, '—' | '－' | '-' | '─' | '–'))
}

/// The text of a figure cell as the tables store it: without thousands separators and white
/// space; a dash variant becomes "——".
pub(crate) fn figure_text(text: &str) -> String {
    if is_dash(text) {
        return crate::tables::NOT_APPLICABLE.to_owned();
    }
    compact(text).chars().filter(|c| *c != ',').collect()
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
    if !compact_starts_with(text, "第") || is_toc_entry(text) {
        return None;
    }
    let c = compact(text);
    let rest = c.strip_prefix('第')?;
    let (numeral, after) = rest.split_once("部分")?;
    if numeral.is_empty() || !numeral.chars().all(is_numeral) || after.is_empty() {
        return None;
    }
    if after.contains(['，', '。', '；']) || after.chars().count() > 50 {
        return None;
    }
    Some(format!("第{numeral}部分 {after}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerators() {
        assert_eq!(
            strip_enumerator("八、社会保障和就业支出"),
            "社会保障和就业支出"
        );
        assert_eq!(strip_enumerator("(一) 行政单位"), "行政单位");
        assert_eq!(
            strip_enumerator("（二）参照公务员法管理事业单位"),
            "参照公务员法管理事业单位"
        );
        assert_eq!(
            strip_enumerator("1. 副部(省)级及以上领导用车"),
            "副部(省)级及以上领导用车"
        );
        assert_eq!(strip_enumerator("本年收入合计"), "本年收入合计");
        assert_eq!(strip_enumerator("2080505"), "2080505");
    }

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
        assert!(is_figure("1,735.92") && !is_figure("=2人") && is_code("208 05 05"));
    }

    proptest::proptest! {
        /// Law: the allocation-free tests agree with `compact` on any text.
        #[test]
        fn compact_tests_agree_with_compact(
            text in "[ \t\u{3000}a第表公开决算0-9]{0,12}",
            affix in "[a第表公开决算]{0,3}",
            n in 0_usize..8,
        ) {
            let c = compact(&text);
            proptest::prop_assert_eq!(compact_starts_with(&text, &affix), c.starts_with(affix.as_str()));
            proptest::prop_assert_eq!(compact_ends_with(&text, &affix), c.ends_with(affix.as_str()));
            proptest::prop_assert_eq!(compact_len_at_most(&text, n), c.chars().count() <= n);
        }
    }
}
