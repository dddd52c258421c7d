//! Compile-time checks of the built-in data files.
//!
//! The built-in catalogs are parsed at first use by the same parser users get
//! ([`Catalog::parse_text`](super::Catalog::parse_text)). These `const fn`s check the shape of
//! every data line while the crate compiles (a bad line is a compile error, see `builtin.rs`):
//! codes well formed and strictly increasing in catalog order (so no duplicates), every 款 with
//! its 类 and every 项 with its 款 unless flagged `orphan`, orphan flags only where the parent is
//! absent, names non-empty and without spaces, a source on every row. The tests check that the
//! run-time parse of each file succeeds with the expected number of rows.

/// Splits at the first `sep`: the bytes before it, and the bytes after it if it occurs.
const fn split_once(bytes: &[u8], sep: u8) -> (&[u8], Option<&[u8]>) {
    let mut index = 0usize;
    let mut rest = bytes;
    while let Some((&b, tail)) = rest.split_first() {
        if b == sep {
            let (head, _) = bytes.split_at(index);
            return (head, Some(tail));
        }
        index = index.wrapping_add(1);
        rest = tail;
    }
    (bytes, None)
}

const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let mut a = a;
    let mut b = b;
    loop {
        match (a.split_first(), b.split_first()) {
            (None, None) => return true,
            (Some((x, ta)), Some((y, tb))) => {
                if *x != *y {
                    return false;
                }
                a = ta;
                b = tb;
            }
            _ => return false,
        }
    }
}

/// A code as a 7-digit key (`208` → 2080000, `20801` → 2080100) whose order is catalog order,
/// with its depth (0 类, 1 款, 2 项); `None` if malformed.
const fn code_key(code: &[u8], leading: u8, max_len: usize) -> Option<(u32, usize)> {
    let len = code.len();
    let depth = match len {
        3 => 0,
        5 => 1,
        7 => 2,
        _ => return None,
    };
    if len > max_len {
        return None;
    }
    match code.first() {
        Some(first) if *first == leading => {}
        _ => return None,
    }
    let mut value = 0u32;
    let mut rest = code;
    while let Some((&b, tail)) = rest.split_first() {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value
            .wrapping_mul(10)
            .wrapping_add((b.wrapping_sub(b'0')) as u32);
        rest = tail;
    }
    let key = match depth {
        0 => value.wrapping_mul(10_000),
        1 => value.wrapping_mul(100),
        _ => value,
    };
    let section = key.wrapping_div(100).wrapping_rem(100);
    let item = key.wrapping_rem(100);
    if (depth >= 1 && section == 0) || (depth == 2 && item == 0) {
        return None;
    }
    Some((key, depth))
}

/// Whether a name is non-empty and free of the spaces PDF extraction leaves (ASCII whitespace,
/// U+00A0, U+3000).
const fn name_ok(name: &[u8]) -> bool {
    if name.is_empty() {
        return false;
    }
    let mut rest = name;
    while let Some((&b, tail)) = rest.split_first() {
        if b == b' ' || b == b'\t' || b == b'\r' {
            return false;
        }
        if b == 0xC2 && matches!(tail.first(), Some(0xA0)) {
            return false;
        }
        if b == 0xE3
            && let Some((0x80, after)) = tail.split_first()
            && matches!(after.first(), Some(0x80))
        {
            return false;
        }
        rest = tail;
    }
    true
}

/// Checks a catalog data file; `Ok(rows)` or `Err(line number)` of the first bad line.
pub(crate) const fn check_catalog(text: &str, leading: u8, max_len: usize) -> Result<usize, usize> {
    let mut rest = text.as_bytes();
    let mut line_number = 0usize;
    let mut rows = 0usize;
    let mut last_key = 0u32;
    let mut last_class = 0u32;
    let mut last_section = 0u32;
    while !rest.is_empty() {
        line_number = line_number.wrapping_add(1);
        let (line, after) = split_once(rest, b'\n');
        rest = match after {
            Some(after) => after,
            None => &[],
        };
        match line.first() {
            None | Some(b'#') => continue,
            Some(_) => {}
        }
        let (code, after) = split_once(line, b'|');
        let Some(after) = after else {
            return Err(line_number);
        };
        let (name, after) = split_once(after, b'|');
        let Some(after) = after else {
            return Err(line_number);
        };
        let (flag, after) = split_once(after, b'|');
        let Some(source) = after else {
            return Err(line_number);
        };
        let (_, extra) = split_once(source, b'|');
        if extra.is_some() || source.is_empty() || !name_ok(name) {
            return Err(line_number);
        }
        let orphan = if flag.is_empty() {
            false
        } else if bytes_eq(flag, b"orphan") {
            true
        } else {
            return Err(line_number);
        };
        let Some((key, depth)) = code_key(code, leading, max_len) else {
            return Err(line_number);
        };
        if key <= last_key {
            return Err(line_number);
        }
        let parent_present = match depth {
            0 => true,
            1 => last_class == key.wrapping_div(10_000).wrapping_mul(10_000),
            _ => last_section == key.wrapping_div(100).wrapping_mul(100),
        };
        if depth == 0 && orphan {
            return Err(line_number);
        }
        if depth > 0 && parent_present == orphan {
            return Err(line_number);
        }
        match depth {
            0 => {
                last_class = key;
                last_section = 0;
            }
            1 => last_section = key,
            _ => {}
        }
        last_key = key;
        rows = rows.wrapping_add(1);
    }
    Ok(rows)
}

/// Checks the mapping data file
/// (`dept code|name|gov code|name|unit type|year|source`); `Ok(rows)` or `Err(line number)`.
pub(crate) const fn check_mapping(text: &str) -> Result<usize, usize> {
    let mut rest = text.as_bytes();
    let mut line_number = 0usize;
    let mut rows = 0usize;
    while !rest.is_empty() {
        line_number = line_number.wrapping_add(1);
        let (line, after) = split_once(rest, b'\n');
        rest = match after {
            Some(after) => after,
            None => &[],
        };
        match line.first() {
            None | Some(b'#') => continue,
            Some(_) => {}
        }
        let mut fields: [&[u8]; 7] = [&[]; 7];
        let mut remaining = Some(line);
        let mut count = 0usize;
        while let Some(current) = remaining {
            let (field, after) = split_once(current, b'|');
            let Some((slot, _)) = fields.split_at_mut(count).1.split_first_mut() else {
                return Err(line_number);
            };
            *slot = field;
            count = count.wrapping_add(1);
            remaining = after;
        }
        if count != 7 {
            return Err(line_number);
        }
        let [dept, dept_name, gov, gov_name, unit, year, source] = fields;
        if !matches!(code_key(dept, b'3', 5), Some((_, 1)))
            || !matches!(code_key(gov, b'5', 5), Some((_, 1)))
            || !name_ok(dept_name)
            || !name_ok(gov_name)
            || !(bytes_eq(unit, "行政单位".as_bytes()) || bytes_eq(unit, "事业单位".as_bytes()))
            || year.len() != 4
            || source.is_empty()
        {
            return Err(line_number);
        }
        rows = rows.wrapping_add(1);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_lines() {
        assert_eq!(
            check_catalog("# c\n208|a||s\n20801|b||s\n2080101|c||s\n", b'2', 7),
            Ok(3)
        );
        assert_eq!(check_catalog("208|a||s\n2080101|c||s\n", b'2', 7), Err(2));
        assert_eq!(
            check_catalog("208|a||s\n2080101|c|orphan|s\n", b'2', 7),
            Ok(2)
        );
        assert_eq!(
            check_catalog("208|a||s\n20801|b|orphan|s\n", b'2', 7),
            Err(2)
        );
        assert_eq!(check_catalog("208|a||s\n208|a||s\n", b'2', 7), Err(2));
        assert_eq!(check_catalog("210|a||s\n208|a||s\n", b'2', 7), Err(2));
        assert_eq!(check_catalog("208|a b||s\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("208|a\u{3000}||s\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("208|||s\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("208|a||\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("208|a||s|x\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("20800|a||s\n", b'2', 7), Err(1));
        assert_eq!(check_catalog("3010101|a||s\n", b'3', 5), Err(1));
    }

    #[test]
    fn mapping_lines() {
        assert_eq!(
            check_mapping("30101|基本工资|50101|工资奖金津补贴|行政单位|2020|s\n"),
            Ok(1)
        );
        assert_eq!(
            check_mapping("30101|基本工资|50101|工资奖金津补贴|机关|2020|s\n"),
            Err(1)
        );
        assert_eq!(
            check_mapping("30101|基本工资|50101|工资奖金津补贴|行政单位|2020\n"),
            Err(1)
        );
    }
}
