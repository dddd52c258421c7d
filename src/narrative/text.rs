//! Checks on the printed text itself: template residue and contradictory direction words.

/// Placeholders left over from a template. Matched case-sensitively on the text with white
/// space removed. The list is a documented default \[V\]: checker tools and published errata
/// show these forms; extend it through [`CheckOptions`](super::CheckOptions).
pub const RESIDUE_PATTERNS: &[&str] = &[
    "XX",
    "ＸＸ",
    "xx",
    "××",
    "**",
    "＊＊",
    "待填写",
    "待补充",
    "请填写",
    "此处填写",
    "某某",
    "{",
    "}",
    "｛",
    "｝",
    "___",
    "＿＿",
    "□□",
];

/// Instructions of a template to the person filling it in, left in the published text: the
/// Shanghai 2024 template prints "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方
/// 作下述说明：" under its fund tables, for the preparer, and a published document that keeps
/// it shows template residue. Matched like [`RESIDUE_PATTERNS`], on any printed text (a
/// table's note or explanation, a 说明 statement). A documented default \[V\]: the phrases
/// seen in published documents.
///
/// ```
/// use final_accounts::narrative::{find_patterns, INSTRUCTION_PATTERNS};
/// let note = "无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：";
/// let found: Vec<&str> = find_patterns(note, INSTRUCTION_PATTERNS).into_iter().map(|(p, _)| p).collect();
/// assert_eq!(found, ["仍保留该表格式", "作下述说明"]);
/// assert!(find_patterns("说明：本单位本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。", INSTRUCTION_PATTERNS).is_empty());
/// ```
pub const INSTRUCTION_PATTERNS: &[&str] = &[
    "仍保留该表格式",
    "作下述说明",
    "请删除",
    // The Shanghai 2024 template's instructions in its 说明 (附件2：部门决算模板).
    "如持平作持平表述",
    "不涉及的不列",
    "按上述格式依次说明",
    "列明公务用车购置数量",
    "列明公务接待批次",
    "制度名称",
    "由主管部门根据三定方案",
];

/// Direction words that contradict each other when printed together.
pub const CONTRADICTION_PATTERNS: &[&str] = &[
    "增加持平",
    "减少持平",
    "持平增加",
    "持平减少",
    "增长持平",
    "下降持平",
    "持平增长",
    "持平下降",
    "增加减少",
    "减少增加",
    "增长下降",
    "下降增长",
    "增加-",
    "减少-",
    "增长-",
    "下降-",
    "增加－",
    "减少－",
    "增长－",
    "下降－",
];

/// The compaction and the one comparison of printed text are the crate's printed-text
/// module's.
pub(crate) use crate::printed::{compact, fold_printed, same_printed};

/// The byte offset of the last occurrence of `word` in `hay`, as `hay.rfind(word)` gives it,
/// without building a substring searcher: the labels and words compared here are a few
/// characters long, where a plain comparison at each byte from the end is cheapest. A match of
/// a whole UTF-8 word can only start at a character boundary.
pub(crate) fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let (bytes, needle) = (hay.as_bytes(), word.as_bytes());
    let (Some(first), Some(last)) = (needle.first(), needle.last()) else {
        return Some(hay.len());
    };
    let span = needle.len().saturating_sub(1);
    (0..bytes.len().checked_sub(span)?).rev().find(|&at| {
        bytes.get(at) == Some(first)
            && bytes.get(at.saturating_add(span)) == Some(last)
            && bytes.get(at..=at.saturating_add(span)) == Some(needle)
    })
}

/// The byte offset of the first occurrence of `pattern` in `hay`. Candidates are found by the
/// pattern's first character (a `memchr` scan, no per-call searcher to build), then compared.
fn first_match(hay: &str, pattern: &str) -> Option<usize> {
    let Some(first) = pattern.chars().next() else {
        return Some(0);
    };
    hay.match_indices(first)
        .map(|(at, _)| at)
        .find(|&at| hay.get(at..).is_some_and(|rest| rest.starts_with(pattern)))
}

/// The patterns of `patterns` found in `text` (white space ignored), each with a short excerpt
/// around its first occurrence. Never panics, whatever the text.
///
/// ```
/// use final_accounts::narrative::{find_patterns, RESIDUE_PATTERNS};
/// let found = find_patterns("XX单位2023年度收入合计", RESIDUE_PATTERNS);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].0, "XX");
/// assert!(find_patterns("收入合计1,991.06万元", RESIDUE_PATTERNS).is_empty());
/// ```
#[must_use]
pub fn find_patterns<'p>(text: &str, patterns: &[&'p str]) -> Vec<(&'p str, String)> {
    // One pass over the text, without copying it: a 256-bit table of the patterns' first
    // characters (by their low byte) rules out almost every position, and a candidate is
    // compared with white space skipped. Only a text with a match is compacted, for its
    // excerpt.
    // Up to 64 patterns are tracked in a bit set on the stack; more fall back to a vector.
    const INLINE: usize = 64;
    let mut firsts: [char; INLINE] = ['\0'; INLINE];
    let mut table = [0_u64; 4];
    for (i, first) in patterns.iter().map(|p| p.chars().next()).enumerate() {
        let Some(first) = first else { continue };
        if let Some(slot) = firsts.get_mut(i) {
            *slot = first;
        }
        let bit = (first as u32) & 0xFF;
        if let Some(word) = table.get_mut((bit >> 6) as usize) {
            *word |= 1 << (bit & 63);
        }
    }
    let in_table = |c: char| {
        let bit = (c as u32) & 0xFF;
        table
            .get((bit >> 6) as usize)
            .is_some_and(|word| word & (1 << (bit & 63)) != 0)
    };
    let inline = patterns.len() <= INLINE;
    let mut hits: u64 = 0;
    let mut hit_list: Vec<bool> = if inline {
        Vec::new()
    } else {
        vec![false; patterns.len()]
    };
    let mut any = false;
    for (at, c) in text.char_indices() {
        if !in_table(c) {
            continue;
        }
        let rest = text.get(at..).unwrap_or("");
        for (i, pattern) in patterns.iter().enumerate() {
            let first_matches = match firsts.get(i) {
                Some(first) if inline => *first == c,
                _ => pattern.starts_with(c),
            };
            if !first_matches {
                continue;
            }
            let seen = if inline {
                hits & (1 << i) != 0
            } else {
                hit_list.get(i).copied().unwrap_or(true)
            };
            if !seen && matches_skipping_space(rest, pattern) {
                if inline {
                    hits |= 1 << i;
                } else if let Some(slot) = hit_list.get_mut(i) {
                    *slot = true;
                }
                any = true;
            }
        }
    }
    if !any {
        return Vec::new();
    }
    let hit = |i: usize| {
        if inline {
            hits & (1 << i) != 0
        } else {
            hit_list.get(i).copied().unwrap_or(false)
        }
    };
    let compacted = compact(text);
    let mut found = Vec::new();
    for (_, pattern) in patterns.iter().enumerate().filter(|(i, _)| hit(*i)) {
        if let Some(byte_at) = first_match(&compacted, pattern) {
            let char_at = compacted
                .get(..byte_at)
                .map_or(0, |prefix| prefix.chars().count());
            let from = char_at.saturating_sub(8);
            let width = pattern.chars().count().saturating_add(16);
            let excerpt: String = compacted
                .chars()
                .skip(from)
                .take(
                    char_at
                        .saturating_sub(from)
                        .saturating_add(width)
                        .saturating_sub(8),
                )
                .collect();
            found.push((*pattern, excerpt));
        }
    }
    found
}

/// Whether `text` begins with `pattern` once its white space is skipped.
fn matches_skipping_space(text: &str, pattern: &str) -> bool {
    let mut chars = text.chars().filter(|c| !c.is_whitespace());
    pattern
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|p| chars.next() == Some(p))
}

#[cfg(test)]
mod tests {
    use super::{compact, rfind_word};
    use crate::printed::has_white_space;
    use proptest::prelude::*;

    proptest! {
        /// The byte scans agree with the definitions they replace, on any text (CJK
        /// punctuation, every kind of white space and multi-byte characters included).
        #[test]
        fn byte_scans_agree_with_their_definitions(
            text in "[ \\t\\n\\u{85}\\u{a0}\\u{1680}\\u{2000}-\\u{200b}\\u{2028}\\u{202f}\\u{205f}\\u{3000}-\\u{3003}a-z0-9、。（）万元增长占比]{0,40}",
            word in "[a-z0-9、。（）万元增长占比\\u{3000}]{0,4}",
        ) {
            prop_assert_eq!(has_white_space(&text), text.contains(char::is_whitespace));
            let naive: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let compacted = compact(&text);
            prop_assert_eq!(compacted.as_ref(), naive.as_str());
            prop_assert_eq!(rfind_word(&text, &word), text.rfind(word.as_str()));
        }
    }
}
