use core::fmt;

use super::error::quote;
use super::{CodeError, Level};

/// A well-formed code of the functional classification of expenditure (支出功能分类科目):
/// 类 (3 digits, `208`), 款 (5, `20801`) or 项 (7, `2080101`), starting with 2.
///
/// Well-formed is the first tier: the code has the right shape, but may not exist in any
/// edition of the catalog. `FromStr`, `TryFrom<&str>` and `Deserialize` all go through
/// [`FunctionCode::parse`]. Codes order as the catalog lists them: a 类, then its first 款 and
/// that 款's 项, then the next 款 (`208 < 20801 < 2080101 < 20805 < 210`).
///
/// ```
/// use final_accounts::classification::{FunctionCode, Level};
///
/// let code: FunctionCode = "2080505".parse()?;
/// assert_eq!(code.level(), Level::Item);
/// assert_eq!(code.parent().unwrap().to_string(), "20805");
/// let ancestors: Vec<String> = code.ancestors().map(|c| c.to_string()).collect();
/// assert_eq!(ancestors, ["20805", "208"]);
/// assert!("208".parse::<FunctionCode>()?.is_ancestor_of(&code));
/// assert!("20805".parse::<FunctionCode>()? < "210".parse::<FunctionCode>()?);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct FunctionCode {
    // Field order gives the catalog order: `None < Some`, so a parent sorts before its children.
    class: u16,
    section: Option<u8>,
    item: Option<u8>,
}

impl FunctionCode {
    /// Parses a code of 3, 5 or 7 ASCII digits starting with 2, whose 款 and 项 segments are not 00.
    ///
    /// # Errors
    ///
    /// [`CodeError::Empty`], [`CodeError::WrongLength`], [`CodeError::NonDigit`],
    /// [`CodeError::WrongLeadingDigit`] or [`CodeError::ZeroSegment`], each quoting the input.
    pub fn parse(code: &str) -> Result<FunctionCode, CodeError> {
        let digits = parse_digits(code, "3, 5 or 7", &[3, 5, 7])?;
        check_leading(code, &digits, b'2', "2 (支出功能分类)")?;
        let (class, section, item) = split_segments(code, &digits)?;
        Ok(FunctionCode {
            class,
            section,
            item,
        })
    }

    /// Its level: 类, 款 or 项.
    #[must_use]
    pub fn level(&self) -> Level {
        match (self.section, self.item) {
            (None, _) => Level::Class,
            (Some(_), None) => Level::Section,
            (Some(_), Some(_)) => Level::Item,
        }
    }

    /// The code one level up: a 项's 款, a 款's 类; `None` for a 类.
    #[must_use]
    pub fn parent(&self) -> Option<FunctionCode> {
        match (self.section, self.item) {
            (None, _) => None,
            (Some(_), None) => Some(FunctionCode {
                section: None,
                ..*self
            }),
            (Some(_), Some(_)) => Some(FunctionCode {
                item: None,
                ..*self
            }),
        }
    }

    /// The parent, grandparent, … up to the 类 (nearest first).
    pub fn ancestors(&self) -> impl Iterator<Item = FunctionCode> + use<> {
        core::iter::successors(self.parent(), FunctionCode::parent)
    }

    /// The 类 this code belongs to (itself for a 类).
    #[must_use]
    pub fn class(&self) -> FunctionCode {
        FunctionCode {
            class: self.class,
            section: None,
            item: None,
        }
    }

    /// Whether `self` is a strict ancestor of `other` (`208` of `2080505`, not of itself).
    #[must_use]
    pub fn is_ancestor_of(&self, other: &FunctionCode) -> bool {
        other.ancestors().any(|a| a == *self)
    }
}

impl fmt::Display for FunctionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.class)?;
        if let Some(section) = self.section {
            write!(f, "{section:02}")?;
        }
        if let Some(item) = self.item {
            write!(f, "{item:02}")?;
        }
        Ok(())
    }
}

crate::names::parsed_from_text!(FunctionCode, CodeError, FunctionCode::parse);

impl From<FunctionCode> for String {
    fn from(code: FunctionCode) -> String {
        code.to_string()
    }
}

/// The digit values of a code of at most 7 digits, held inline: parsing never allocates.
#[derive(Debug, Clone, Copy)]
pub(super) struct Digits {
    values: [u8; 7],
    len: usize,
}

impl core::ops::Deref for Digits {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.values.get(..self.len).unwrap_or(&[])
    }
}

/// Checks emptiness, ASCII digits and length; returns the digit values.
///
/// Only the first 16 characters are looked at for a non-digit, and the length is counted
/// without collecting anything: the cost is linear in the input and allocation-free on success.
pub(super) fn parse_digits(
    code: &str,
    expected: &'static str,
    lengths: &[usize],
) -> Result<Digits, CodeError> {
    if code.is_empty() {
        return Err(CodeError::Empty);
    }
    let mut digits = Digits {
        values: [0; 7],
        len: 0,
    };
    // Fast path: a short run of ASCII digits of an allowed length (every well-formed code).
    // Anything else takes the path below, which finds the error to report.
    let bytes = code.as_bytes();
    if lengths.contains(&bytes.len()) && bytes.len() <= digits.values.len() {
        let mut all_digits = true;
        for (slot, byte) in digits.values.iter_mut().zip(bytes) {
            all_digits &= byte.is_ascii_digit();
            *slot = byte.wrapping_sub(b'0');
        }
        if all_digits {
            digits.len = bytes.len();
            return Ok(digits);
        }
        digits.values = [0; 7];
    }
    for (index, c) in code.chars().enumerate() {
        if index >= 16 {
            break;
        }
        match c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            Some(d) => {
                if let Some(slot) = digits.values.get_mut(index) {
                    *slot = u8::try_from(d).unwrap_or(0);
                    digits.len = index.saturating_add(1);
                }
            }
            None => {
                return Err(CodeError::NonDigit {
                    code: quote(code),
                    position: index.saturating_add(1),
                    found: c,
                });
            }
        }
    }
    let length = code.chars().count();
    if !lengths.contains(&length) {
        return Err(CodeError::WrongLength {
            code: quote(code),
            length,
            expected,
        });
    }
    Ok(digits)
}

/// Checks the first digit.
pub(super) fn check_leading(
    code: &str,
    digits: &[u8],
    leading: u8,
    expected: &'static str,
) -> Result<(), CodeError> {
    let first = digits.first().copied().unwrap_or(0);
    if first.saturating_add(b'0') != leading {
        return Err(CodeError::WrongLeadingDigit {
            code: quote(code),
            found: char::from(first.saturating_add(b'0')),
            expected,
        });
    }
    Ok(())
}

/// Splits 3/5/7 digits into class, section and item, rejecting 00 segments.
pub(super) fn split_segments(
    code: &str,
    digits: &[u8],
) -> Result<(u16, Option<u8>, Option<u8>), CodeError> {
    let number = |range: core::ops::Range<usize>| -> Option<u16> {
        digits.get(range).map(|ds| {
            ds.iter().fold(0_u16, |acc, d| {
                acc.saturating_mul(10).saturating_add(u16::from(*d))
            })
        })
    };
    let class = number(0..3).unwrap_or(0);
    let segment = |range: core::ops::Range<usize>, level: Level| -> Result<Option<u8>, CodeError> {
        match number(range) {
            None => Ok(None),
            Some(0) => Err(CodeError::ZeroSegment {
                code: quote(code),
                level,
            }),
            Some(n) => Ok(Some(u8::try_from(n).unwrap_or(u8::MAX))),
        }
    };
    let section = segment(3..5, Level::Section)?;
    let item = segment(5..7, Level::Item)?;
    Ok((class, section, item))
}
