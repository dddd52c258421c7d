//! Small text helpers shared by the readers: white space, enumerators, the cells of a grid.

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
pub(crate) fn is_numeral(c: char) -> bool {
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
    fn cells() {
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
