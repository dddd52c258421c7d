//! Reading JSON as people write it: errors that name what was expected in the document's own
//! terms (a disclosure, a table, the report year), never an internal type name.

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// Reads `T` from a JSON object only; `what` names it in the error for anything else (an array
/// is not read position by position).
pub(crate) fn object<'de, D, T>(deserializer: D, what: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ObjectVisitor<T> {
        what: &'static str,
        marker: PhantomData<T>,
    }

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{} written as a JSON object {{…}}", self.what)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(MapAccessDeserializer::new(map))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, _seq: A) -> Result<T, A::Error> {
            Err(de::Error::custom(format_args!(
                "found an array […] where {} is expected, written as a JSON object {{…}}",
                self.what
            )))
        }
    }

    deserializer.deserialize_any(ObjectVisitor {
        what,
        marker: PhantomData,
    })
}

/// Reads a JSON object that is a table's header (`meta`).
pub(crate) fn table_meta<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    object(deserializer, "the table's header (meta)")
}

/// Reads a `year` key: a whole number, named in the error when it is not one or is out of range.
pub(crate) fn year<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u16, D::Error> {
    struct YearVisitor;

    fn out_of_range<E: de::Error>(shown: &dyn fmt::Display) -> E {
        E::custom(format_args!(
            "the key \"year\" is {shown}, which is not a year: write the report year as a \
             whole number such as 2023"
        ))
    }

    impl Visitor<'_> for YearVisitor {
        type Value = u16;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the report year, a whole number such as 2023")
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u16, E> {
            u16::try_from(v).map_err(|_| out_of_range(&v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u16, E> {
            u16::try_from(v).map_err(|_| out_of_range(&v))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u16, E> {
            Err(out_of_range(&v))
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<u16, E> {
            Err(E::custom(format_args!(
                "the key \"year\" is the text {v:?}: write the report year as a number without \
                 quotes, such as 2023"
            )))
        }
    }

    deserializer.deserialize_any(YearVisitor)
}

/// Field readers (`deserialize_with`) for keys whose value must be a JSON object, each naming
/// what it expects.
macro_rules! object_fields {
    ($( $(#[$doc:meta])* $name:ident => $what:literal, )+) => {
        $(
            $(#[$doc])*
            pub(crate) fn $name<'de, D, T>(deserializer: D) -> Result<T, D::Error>
            where
                D: Deserializer<'de>,
                T: Deserialize<'de>,
            {
                object(deserializer, $what)
            }
        )+
    };
}

object_fields! {
    /// A disclosure's `narrative`.
    narrative => "the narrative {\"statements\": […]}",
    /// The money-unit line of a table's header (`money`).
    money_line => "the money-unit line (money)",
    /// A claim's `budget`.
    budget => "the budget {\"kind\", \"stated\" or \"figure\"}",
}

/// Reads a JSON array of objects, each through [`object`] (for a field: `deserialize_with`).
pub(crate) fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Element<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> de::DeserializeSeed<'de> for Element<T> {
        type Value = T;
        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
            object(deserializer, "each element of this list")
        }
    }

    struct ListVisitor<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON array […] of objects")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            // The hint is the reader's guess; cap it so that a hostile length allocates nothing.
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
            while let Some(element) = seq.next_element_seed(Element(PhantomData))? {
                out.push(element);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_seq(ListVisitor(PhantomData))
}

/// A 行次 (`line`): a whole number, named in the error when it is not one or is out of range.
pub(crate) struct LineNumber(pub(crate) Option<u16>);

impl<'de> Deserialize<'de> for LineNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LineVisitor;

        fn wrong<E: de::Error>(shown: &dyn fmt::Display) -> E {
            E::custom(format_args!(
                "the key \"line\" (行次) is {shown}: write the line number as printed, a whole \
                 number from 0 to 65535"
            ))
        }

        impl Visitor<'_> for LineVisitor {
            type Value = LineNumber;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the line number (行次), a whole number")
            }

            fn visit_unit<E: de::Error>(self) -> Result<LineNumber, E> {
                Ok(LineNumber(None))
            }

            fn visit_none<E: de::Error>(self) -> Result<LineNumber, E> {
                Ok(LineNumber(None))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LineNumber, E> {
                u16::try_from(v)
                    .map(|n| LineNumber(Some(n)))
                    .map_err(|_| wrong(&v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<LineNumber, E> {
                u16::try_from(v)
                    .map(|n| LineNumber(Some(n)))
                    .map_err(|_| wrong(&v))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<LineNumber, E> {
                Err(wrong(&v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<LineNumber, E> {
                Err(wrong(&format_args!("the text {v:?}")))
            }
        }

        deserializer.deserialize_any(LineVisitor)
    }
}

/// Reads an amount written as text, as printed; a JSON number is refused with how to write it.
pub(crate) fn amount_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct TextVisitor;

    fn as_number<E: de::Error>(shown: &dyn fmt::Display) -> E {
        E::custom(format_args!(
            "the amount {shown} is written as a JSON number; write it as a string, \"{shown}\""
        ))
    }

    impl Visitor<'_> for TextVisitor {
        type Value = String;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an amount written as a string, such as \"10.5\"")
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Err(as_number(&v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
            Err(as_number(&v))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<String, E> {
            Err(as_number(&v))
        }
    }

    deserializer.deserialize_any(TextVisitor)
}

/// [`amount_text`] for an amount that may be blank (`null` or left out, with `#[serde(default)]`).
pub(crate) fn optional_amount_text<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    struct Optional;

    impl<'de> Visitor<'de> for Optional {
        type Value = Option<String>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an amount written as a string, or null")
        }

        fn visit_none<E: de::Error>(self) -> Result<Option<String>, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Option<String>, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<String>, D::Error> {
            amount_text(d).map(Some)
        }
    }

    deserializer.deserialize_option(Optional)
}

/// Reads a table header's `decimals`: a whole number, named in the error otherwise.
pub(crate) fn decimals<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    struct DecimalsVisitor;

    fn wrong<E: de::Error>(shown: &dyn fmt::Display) -> E {
        E::custom(format_args!(
            "the key \"decimals\" is {shown}: write the decimals the table prints as a whole \
             number, such as 2"
        ))
    }

    impl Visitor<'_> for DecimalsVisitor {
        type Value = u32;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the decimals the table prints, a whole number such as 2")
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
            u32::try_from(v).map_err(|_| wrong(&v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
            u32::try_from(v).map_err(|_| wrong(&v))
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u32, E> {
            Err(wrong(&v))
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<u32, E> {
            Err(wrong(&format_args!("the text {v:?}")))
        }
    }

    deserializer.deserialize_any(DecimalsVisitor)
}

/// A table header's unit line (`unit_name`), which may be `null` or left out (with
/// `#[serde(default)]`).
pub(crate) fn optional_unit_name<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Optional<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Optional<T> {
        type Value = Option<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object, or null")
        }

        fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
            object(d, "the unit line (unit_name) {\"caption\", \"name\"}").map(Some)
        }
    }

    deserializer.deserialize_option(Optional(PhantomData))
}
