//! Closed sets of names: how an enum is read from its official name.
//!
//! Every closed set of the crate (fund types, levels, units, grades, severities …) is an enum
//! whose strum `Display`, `IntoStaticStr` and `VariantNames` give its official name, and whose
//! `FromStr`, `TryFrom<&str>` and `TryFrom<String>` (the serde form) come from one macro,
//! [`closed_set!`]: the official names, surrounding whitespace ignored, plus the aliases the
//! set declares, also as printed (white space anywhere and the widths of brackets and quotes
//! aside). An unknown name is an [`UnknownName`] naming the set and the accepted names.
//! [`Printed`] keeps a name as the document printed it beside the value it stands for.
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

/// The variant of `T` whose official name or alias is `text`: exactly (surrounding
/// whitespace ignored), else as printed (white space anywhere and the widths of brackets and
/// quotes aside: "因公出国 (境) 费" is 因公出国（境）费).
pub(crate) fn find<T>(
    text: &str,
    set: &'static str,
    aliases: &[(&str, T)],
) -> Result<T, UnknownName>
where
    T: Copy + strum::IntoEnumIterator + strum::VariantNames + Into<&'static str>,
{
    let wanted = text.trim();
    let exact = T::iter()
        .find(|v| Into::<&'static str>::into(*v) == wanted)
        .or_else(|| {
            aliases
                .iter()
                .find(|(alias, _)| *alias == wanted)
                .map(|(_, v)| *v)
        });
    exact
        .or_else(|| T::iter().find(|v| crate::printed::same_printed(wanted, (*v).into())))
        .or_else(|| {
            aliases
                .iter()
                .find(|(alias, _)| crate::printed::same_printed(wanted, alias))
                .map(|(_, v)| *v)
        })
        .ok_or_else(|| UnknownName::new(text, set, T::VARIANTS))
}

/// A name of a closed set as the document printed it: the set's value, read from an official
/// name or an alias, and the printed text, which messages quote.
///
/// ```
/// use final_accounts::Printed;
/// use final_accounts::tables::VehicleCategory;
/// let printed: Printed<VehicleCategory> = "部级领导干部用车".parse()?;
/// assert_eq!(printed.value(), VehicleCategory::SeniorLeaders);
/// assert_eq!(printed.to_string(), "部级领导干部用车");
/// assert_eq!(printed.official(), "副部（省）级及以上领导用车");
/// // The crate's own names are read too, and the widths of brackets do not matter.
/// let own: Printed<VehicleCategory> = "副部(省)级及以上领导用车".parse()?;
/// assert_eq!(own.value(), printed.value());
/// assert!("公务车".parse::<Printed<VehicleCategory>>().is_err());
/// # Ok::<(), final_accounts::UnknownName>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Printed<T> {
    value: T,
    printed: String,
}

impl<T: Copy> Printed<T> {
    /// The value the printed name stands for.
    #[must_use]
    pub fn value(&self) -> T {
        self.value
    }

    /// The name as printed (surrounding white space removed).
    #[must_use]
    pub fn printed(&self) -> &str {
        &self.printed
    }
}

impl<T: Copy + Into<&'static str>> Printed<T> {
    /// The official name of the value.
    #[must_use]
    pub fn official(&self) -> &'static str {
        self.value.into()
    }
}

impl<T> core::fmt::Display for Printed<T> {
    /// The name as printed.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.printed)
    }
}

impl<T: core::str::FromStr<Err = UnknownName>> core::str::FromStr for Printed<T> {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, UnknownName> {
        Ok(Printed {
            value: s.parse()?,
            printed: s.trim().to_owned(),
        })
    }
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
