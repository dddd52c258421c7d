//! What the cells of a grid print: figures, codes, dashes. (Compaction and enumerators are
//! the printed-text module's, re-exported here for the readers.)

pub(crate) use crate::printed::{
    compact, compact_ends_with, compact_len_at_most, compact_starts_with, is_blank, same_printed,
    starts_with_chinese_enumerator, strip_enumerator,
};

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
    fn cells() {
        assert!(is_figure("1,735.92") && !is_figure("=2人") && is_code("208 05 05"));
    }
}
