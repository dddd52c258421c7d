//! Closed sets of names: how an enum is read from its official name.
//!
//! Every closed set of the crate (fund types, levels, units, grades, severities …) is an enum
//! whose strum `Display`, `IntoStaticStr` and `VariantNames` give its official name, and whose
//! `FromStr`, `TryFrom<&str>` and `TryFrom<String>` (the serde form) come from one macro,
//! [`closed_set!`]: the official names, surrounding whitespace ignored, plus the aliases the
//! set declares. An unknown name is an [`UnknownName`] naming the set and the accepted names.
//!
//! This module is below every other one and imports nothing of the crate.

/// Implements `FromStr`, `TryFrom<&str>` and `TryFrom<String>` for an enum deriving strum's
/// `EnumIter`, `IntoStaticStr` and `VariantNames` (the official names), reading the official
/// names and the optional aliases `[("alias", Variant), …]`; the error is [`UnknownName`]
/// naming `$set`.
macro_rules! closed_set {
    ($ty:ty, $set:expr $(, [$(($alias:expr, $variant:expr)),* $(,)?])? $(,)?) => {
        impl core::str::FromStr for $ty {
            type Err = $crate::names::UnknownName;
            fn from_str(s: &str) -> Result<Self, $crate::names::UnknownName> {
                $crate::names::find(s, $set, &[$($(($alias, $variant)),*)?])
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $crate::names::UnknownName;
            fn try_from(s: &str) -> Result<Self, $crate::names::UnknownName> {
                s.parse()
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $crate::names::UnknownName;
            fn try_from(s: String) -> Result<Self, $crate::names::UnknownName> {
                s.parse()
            }
        }
    };
}
pub(crate) use closed_set;

/// Implements `FromStr`, `TryFrom<&str>` and `TryFrom<String>` (the serde form) for a type read
/// from printed text by `$parse: fn(&str) -> Result<$ty, $err>`: codes, labels, targets. One
/// validating path, whichever way the text arrives.
macro_rules! parsed_from_text {
    ($ty:ty, $err:ty, $parse:path) => {
        impl core::str::FromStr for $ty {
            type Err = $err;
            fn from_str(s: &str) -> Result<Self, $err> {
                $parse(s)
            }
        }

        impl TryFrom<&str> for $ty {
            type Error = $err;
            fn try_from(s: &str) -> Result<Self, $err> {
                $parse(s)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, $err> {
                $parse(&s)
            }
        }
    };
}
pub(crate) use parsed_from_text;

/// The variant of `T` whose official name or alias is `text` (surrounding whitespace ignored).
pub(crate) fn find<T>(
    text: &str,
    set: &'static str,
    aliases: &[(&str, T)],
) -> Result<T, UnknownName>
where
    T: Copy + strum::IntoEnumIterator + strum::VariantNames + Into<&'static str>,
{
    let wanted = text.trim();
    T::iter()
        .find(|v| Into::<&'static str>::into(*v) == wanted)
        .or_else(|| {
            aliases
                .iter()
                .find(|(alias, _)| *alias == wanted)
                .map(|(_, v)| *v)
        })
        .ok_or_else(|| UnknownName::new(text, set, T::VARIANTS))
}

/// The most characters of the name given that an [`UnknownName`] quotes.
const QUOTED: usize = 32;

/// A name that is not one of a closed set of official names (a fund type, a level, a unit, a
/// grade, a severity …): the error of every closed set's `FromStr`, `TryFrom` and serde form.
///
/// ```
/// use final_accounts::UnknownName;
/// use final_accounts::classification::FundType;
/// let err: UnknownName = "一般预算".parse::<FundType>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "\"一般预算\" is not a 资金性质 (fund type), expected one of: \
///      一般公共预算, 政府性基金预算, 国有资本经营预算, 社会保险基金预算"
/// );
/// assert_eq!(err.name(), "一般预算");
/// assert_eq!(err.set(), "资金性质 (fund type)");
/// assert_eq!(err.expected().len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name:?} is not a {set}, expected one of: {}", .expected.join(", "))]
pub struct UnknownName {
    name: String,
    set: &'static str,
    expected: &'static [&'static str],
}

impl UnknownName {
    fn new(name: &str, set: &'static str, expected: &'static [&'static str]) -> UnknownName {
        let mut quoted: String = name.chars().take(QUOTED).collect();
        if quoted.len() < name.len() {
            quoted.push('…');
        }
        UnknownName {
            name: quoted,
            set,
            expected,
        }
    }

    /// The name as given (its first 32 characters, then `…` when it is longer).
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The closed set, in words, such as "资金性质 (fund type)".
    #[must_use]
    pub fn set(&self) -> &'static str {
        self.set
    }

    /// The official names of the set, in order (aliases are accepted too but not listed).
    #[must_use]
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}
