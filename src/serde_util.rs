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
