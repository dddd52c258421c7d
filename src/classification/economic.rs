use core::fmt;

use super::CodeError;
use super::error::quote;
use super::function::{parse_digits, split_segments};

/// The two schemes of the economic classification of expenditure (支出经济分类科目).
///
/// ```
/// use final_accounts::classification::EconomicScheme;
/// assert_eq!(EconomicScheme::Departmental.to_string(), "部门预算支出经济分类");
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum EconomicScheme {
    /// 部门预算支出经济分类: codes 301 … 399, used by departments' budgets and final accounts.
    #[strum(serialize = "部门预算支出经济分类")]
    Departmental,
    /// 政府预算支出经济分类: codes 501 … 599, used by government budgets.
    #[strum(serialize = "政府预算支出经济分类")]
    Government,
}

crate::names::closed_set!(EconomicScheme, "支出经济分类 scheme");

impl EconomicScheme {
    /// The leading digit of this scheme's codes.
    #[must_use]
    pub fn leading_digit(self) -> char {
        match self {
            EconomicScheme::Departmental => '3',
            EconomicScheme::Government => '5',
        }
    }
}

/// The level of an economic classification code: 类 (3 digits) or 款 (5).
///
/// ```
/// use final_accounts::classification::EconomicLevel;
/// assert_eq!(EconomicLevel::Section.to_string(), "款");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum EconomicLevel {
    /// 类: 3 digits (301 工资福利支出).
    #[strum(serialize = "类")]
    Class,
    /// 款: 5 digits (30101 基本工资).
    #[strum(serialize = "款")]
    Section,
}

crate::names::closed_set!(EconomicLevel, "经济分类级次 (level: 类 or 款)");

/// A well-formed economic classification code: 类 (3 digits) or 款 (5 digits), starting with 3
/// (部门预算支出经济分类) or 5 (政府预算支出经济分类); the 款 segment is not 00.
///
/// `FromStr`, `TryFrom<&str>` and `Deserialize` all go through [`EconomicCode::parse`]. Codes
/// order as catalogs list them (`301 < 30101 < 30199 < 302`).
///
/// ```
/// use final_accounts::classification::{EconomicCode, EconomicLevel, EconomicScheme};
/// let code: EconomicCode = "30217".parse()?;
/// assert_eq!(code.scheme(), EconomicScheme::Departmental);
/// assert_eq!(code.level(), EconomicLevel::Section);
/// assert_eq!(code.parent().unwrap().to_string(), "302");
/// assert_eq!("50101".parse::<EconomicCode>()?.scheme(), EconomicScheme::Government);
/// assert!("20801".parse::<EconomicCode>().is_err());
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "String")
)]
pub struct EconomicCode {
    class: u16,
    section: Option<u8>,
}

impl EconomicCode {
    /// A code from its parts, for the crate's own constants only (callers pass valid parts).
    pub(crate) const fn from_parts(class: u16, section: Option<u8>) -> EconomicCode {
        EconomicCode { class, section }
    }

    /// Parses a code of 3 or 5 ASCII digits starting with 3 or 5.
    ///
    /// # Errors
    ///
    /// [`CodeError::Empty`], [`CodeError::WrongLength`], [`CodeError::NonDigit`],
    /// [`CodeError::WrongLeadingDigit`] or [`CodeError::ZeroSegment`], each quoting the input.
    pub fn parse(code: &str) -> Result<EconomicCode, CodeError> {
        let digits = parse_digits(code, "3 or 5", &[3, 5])?;
        let first = digits.first().copied().unwrap_or(0);
        if first != 3 && first != 5 {
            return Err(CodeError::WrongLeadingDigit {
                code: quote(code),
                found: char::from(first.saturating_add(b'0')),
                expected: "3 (部门预算支出经济分类) or 5 (政府预算支出经济分类)",
            });
        }
        let (class, section, _) = split_segments(code, &digits)?;
        Ok(EconomicCode { class, section })
    }

    /// Parses a code and requires it to belong to `scheme`.
    ///
    /// # Errors
    ///
    /// As [`EconomicCode::parse`]; [`CodeError::WrongLeadingDigit`] for the other scheme.
    pub fn parse_in(code: &str, scheme: EconomicScheme) -> Result<EconomicCode, CodeError> {
        let parsed = EconomicCode::parse(code)?;
        if parsed.scheme() != scheme {
            return Err(CodeError::WrongLeadingDigit {
                code: quote(code),
                found: parsed.scheme().leading_digit(),
                expected: match scheme {
                    EconomicScheme::Departmental => "3 (部门预算支出经济分类)",
                    EconomicScheme::Government => "5 (政府预算支出经济分类)",
                },
            });
        }
        Ok(parsed)
    }

    /// Its scheme, from the leading digit.
    #[must_use]
    pub fn scheme(&self) -> EconomicScheme {
        if self.class >= 500 {
            EconomicScheme::Government
        } else {
            EconomicScheme::Departmental
        }
    }

    /// Its level: 类 or 款.
    #[must_use]
    pub fn level(&self) -> EconomicLevel {
        match self.section {
            None => EconomicLevel::Class,
            Some(_) => EconomicLevel::Section,
        }
    }

    /// The 类 of a 款; `None` for a 类.
    #[must_use]
    pub fn parent(&self) -> Option<EconomicCode> {
        self.section.map(|_| EconomicCode {
            class: self.class,
            section: None,
        })
    }

    /// The 类 this code belongs to (itself for a 类).
    #[must_use]
    pub fn class(&self) -> EconomicCode {
        EconomicCode {
            class: self.class,
            section: None,
        }
    }

    /// Whether `self` is the 类 of the 款 `other`.
    #[must_use]
    pub fn is_ancestor_of(&self, other: &EconomicCode) -> bool {
        other.parent() == Some(*self)
    }
}

impl fmt::Display for EconomicCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.class)?;
        if let Some(section) = self.section {
            write!(f, "{section:02}")?;
        }
        Ok(())
    }
}

crate::names::parsed_from_text!(EconomicCode, CodeError, EconomicCode::parse);

impl From<EconomicCode> for String {
    fn from(code: EconomicCode) -> String {
        code.to_string()
    }
}
