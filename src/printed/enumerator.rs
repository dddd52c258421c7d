//! Enumerators ("一、", "（二）", "3、", "1.") and part headings ("第一部分 概况").

use super::compact;
use super::compact_starts_with;
use super::numeral::{is_chinese_digit, leading_digit};

/// A numeral character an enumerator may print: an ASCII digit or a Chinese numeral 一 … 十.
fn is_enumerator_numeral(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_digit(c)
}

/// The text without a leading enumerator: "一、", "（一）", "(二) ", "1.", "2、", "3. ", "1)",
/// "2）". An enumerator with nothing after it leaves the empty text (a name that is only an
/// enumerator names nothing); white space inside an enumerator is not skipped, so callers that
/// compare names compact them first.
pub(crate) fn strip_enumerator(text: &str) -> &str {
    let t = text.trim_start();
    // （一） or (一) or (1)
    if let Some(rest) = t.strip_prefix(['（', '(']) {
        if let Some(end) = rest.find(['）', ')']) {
            let inner = rest.get(..end).unwrap_or_default();
            if !inner.is_empty() && inner.chars().all(is_enumerator_numeral) {
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
        .find(|(_, c)| !is_enumerator_numeral(*c))
        .map_or(t.len(), |(i, _)| i);
    if numeral_end == 0 {
        return t;
    }
    let rest = t.get(numeral_end..).unwrap_or_default();
    match rest.strip_prefix(['、', '.', '．', '）', ')']) {
        Some(after) => after.trim_start(),
        None => t,
    }
}

/// Whether the line starts with a Chinese enumerator ("一、", "十一、").
pub(crate) fn starts_with_chinese_enumerator(text: &str) -> bool {
    let t = text.trim_start();
    let end = t
        .char_indices()
        .find(|(_, c)| !is_chinese_digit(*c))
        .map_or(t.len(), |(i, _)| i);
    end > 0 && t.get(end..).is_some_and(|rest| rest.starts_with('、'))
}

/// A part heading "第X部分 …" (white space aside): the numeral X as printed (Chinese numerals
/// or digits) and the text after 部分.
pub(crate) fn part_heading(text: &str) -> Option<(String, String)> {
    if !compact_starts_with(text, "第") {
        return None;
    }
    let c = compact(text);
    let rest = c.strip_prefix('第')?;
    let (numeral, after) = rest.split_once("部分")?;
    if numeral.is_empty() || !numeral.chars().all(is_enumerator_numeral) {
        return None;
    }
    Some((numeral.to_owned(), after.to_owned()))
}

/// The number of a part heading printed with one Chinese numeral, 第一部分 … 第十部分 (white
/// space aside), whatever follows 部分.
pub(crate) fn part_number(text: &str) -> Option<u8> {
    let c = compact(text);
    let (value, after) = leading_digit(c.strip_prefix('第')?)?;
    after.starts_with("部分").then_some(value)
}
