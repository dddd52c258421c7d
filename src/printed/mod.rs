//! Printed text: what every reader, check and printer of the crate does with the text a
//! document prints, in one place at the bottom of the crate (it imports nothing of the crate).
//!
//! * compaction and folding: white space inside printed names is layout, not content
//!   ([`compact`]), and brackets print full-width or ASCII ([`fold_printed`], [`same_printed`]);
//! * Chinese numerals, read ([`leading_digit`]) and written ([`numeral`]);
//! * enumerators ("一、", "（二）", "3、") and part headings ("第一部分 …").

use std::borrow::Cow;

mod enumerator;
mod numeral;

pub(crate) use enumerator::{
    part_heading, part_number, starts_with_chinese_enumerator, strip_enumerator,
};
pub(crate) use numeral::numeral;
pub(crate) use numeral::{is_chinese_digit, leading_digit};

/// The text with all white space removed (PDF extraction breaks lines and spaces figures);
/// borrowed when there is none to remove.
/// The one compaction of printed text in the crate: the runs between white space are copied
/// whole into a buffer of the text's size, one allocation at most.
pub(crate) fn compact(text: &str) -> Cow<'_, str> {
    if !has_white_space(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for run in text.split(char::is_whitespace) {
        out.push_str(run);
    }
    Cow::Owned(out)
}

/// Printed text folded for comparison: white space removed (PDF extraction puts it inside
/// names), and brackets, quotes and commas made ASCII (（）［］【】〔〕 “” ‘’ ， print full-width
/// or not). The one comparison of printed names, titles and section labels in the crate.
pub(crate) fn fold_printed(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '［' | '【' | '〔' => '[',
            '］' | '】' | '〕' => ']',
            '“' | '”' | '＂' => '"',
            '‘' | '’' => '\'',
            '，' => ',',
            other => other,
        })
}

/// Whether two printed texts are the same once folded ([`fold_printed`]).
pub(crate) fn same_printed(a: &str, b: &str) -> bool {
    fold_printed(a).eq(fold_printed(b))
}

/// Whether `text` has a white space character (`char::is_whitespace`), scanning bytes: ASCII
/// white space is one byte, and every other white space character (U+0085, U+00A0, U+1680,
/// U+2000…U+205F, U+3000) starts with the lead byte C2, E1, E2 or E3, so only there is a
/// character decoded.
pub(crate) fn has_white_space(text: &str) -> bool {
    text.bytes().enumerate().any(|(at, byte)| match byte {
        b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => true,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_whitespace),
        _ => false,
    })
}

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

#[cfg(test)]
mod tests;
