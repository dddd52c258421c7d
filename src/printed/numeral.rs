//! Chinese numerals as the templates print them: 一 … 十 numbering parts and sections, 一 …
//! 九十九 numbering lines.

/// The Chinese numerals 一 … 十, in order.
pub(crate) const DIGITS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Whether a character is a Chinese numeral 一 … 十.
pub(crate) fn is_chinese_digit(c: char) -> bool {
    DIGITS.contains(&c)
}

/// 一 … 九十九, as the templates number lines, for `n` from 1 to 99 (0 and 100 or more print
/// nothing sensible and are not asked for); up to 十, [`leading_digit`] reads it back.
pub(crate) fn numeral(n: usize) -> String {
    const UNITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = (n / 10, n % 10);
    let ones = UNITS.get(ones).copied().unwrap_or_default();
    match tens {
        0 => ones.to_owned(),
        1 => format!("十{ones}"),
        t => format!("{}十{ones}", UNITS.get(t).copied().unwrap_or_default()),
    }
}

/// A single Chinese numeral 一 … 十 at the start of `text`: its value (1 … 10) and the text
/// after it.
pub(crate) fn leading_digit(text: &str) -> Option<(u8, &str)> {
    let first = text.chars().next()?;
    let at = DIGITS.iter().position(|d| *d == first)?;
    let value = u8::try_from(at).ok()?.checked_add(1)?;
    Some((value, text.get(first.len_utf8()..)?))
}
