//! Helpers shared by the closed sets of official names.

/// Implements `FromStr` (through `$parse`), `TryFrom<String>`, `TryFrom<&str>` and
/// `From<$t> for String` for a type whose serde form is its official name.
macro_rules! official_name {
    ($t:ty, $parse:path) => {
        impl core::str::FromStr for $t {
            type Err = $crate::evaluation::EvaluationError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $parse(s)
            }
        }

        impl TryFrom<String> for $t {
            type Error = $crate::evaluation::EvaluationError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                $parse(&s)
            }
        }

        impl TryFrom<&str> for $t {
            type Error = $crate::evaluation::EvaluationError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                $parse(s)
            }
        }

        impl From<$t> for String {
            fn from(value: $t) -> String {
                value.to_string()
            }
        }
    };
}

pub(crate) use official_name;

/// Finds the variant of a strum-iterable enum whose `Display` is `text` (trimmed).
pub(crate) fn find_by_name<T: strum::IntoEnumIterator + core::fmt::Display>(
    text: &str,
) -> Option<T> {
    let text = text.trim();
    T::iter().find(|v| v.to_string() == text)
}
