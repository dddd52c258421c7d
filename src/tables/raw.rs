//! The JSON shape of a table row, shared by every table.
//!
//! A row is one JSON object: the fixed keys `line` (行次, an integer), `code` (a classification
//! code), `item` (a fixed item of the template) and `name` (the printed name), then one key per
//! cell. A cell is a string (an amount in the table's unit, or "——"), an integer (a count),
//! or `null` / absent (blank). Amounts written as JSON numbers are rejected when the row is read
//! into its table, with the place named: amounts are strings. Keys may not repeat;
//! unknown cell keys are rejected when the row is read into its table, with the row and the
//! allowed keys named.

use core::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::finding::Location;
use crate::money::MoneyUnit;

use super::cell::NOT_APPLICABLE;
use super::{Cell, CountCell, Problem, ProblemKind, row_label};

/// A cell as written in JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawCell {
    /// A string: an amount or "——".
    Text(String),
    /// An integer: a count.
    Int(i64),
    /// An integer above `i64::MAX`.
    Big(u64),
    /// A JSON number with a fraction or an exponent, as written back by the JSON reader.
    Number(String),
}

impl RawCell {
    fn describe(&self) -> String {
        match self {
            RawCell::Text(t) => t.clone(),
            RawCell::Int(n) => n.to_string(),
            RawCell::Big(n) => n.to_string(),
            RawCell::Number(n) => n.clone(),
        }
    }

    /// Reads an amount cell in `unit`.
    pub(crate) fn to_cell(&self, unit: MoneyUnit) -> Result<Cell, ProblemKind> {
        match self {
            RawCell::Text(text) => {
                Cell::parse(text, unit).map_err(|error| ProblemKind::InvalidFigure { error })
            }
            RawCell::Int(_) | RawCell::Big(_) | RawCell::Number(_) => {
                Err(ProblemKind::AmountAsNumber {
                    number: self.describe(),
                })
            }
        }
    }

    /// Reads a count cell.
    pub(crate) fn to_count(&self) -> Result<CountCell, ProblemKind> {
        match self {
            RawCell::Text(text) if text.trim() == NOT_APPLICABLE => Ok(CountCell::NotApplicable),
            RawCell::Text(text) => Err(ProblemKind::WrongCellKind {
                expected: "a count written as an integer",
                found: text.clone(),
            }),
            RawCell::Int(n) if *n < 0 => Err(ProblemKind::NegativeCount { value: *n }),
            RawCell::Int(n) => {
                u32::try_from(*n)
                    .map(CountCell::Count)
                    .map_err(|_| ProblemKind::CountTooLarge {
                        value: n.unsigned_abs(),
                    })
            }
            RawCell::Big(n) => Err(ProblemKind::CountTooLarge { value: *n }),
            RawCell::Number(n) => Err(ProblemKind::WrongCellKind {
                expected: "a count written as a whole number",
                found: n.clone(),
            }),
        }
    }
}

impl From<Cell> for Option<RawCell> {
    fn from(cell: Cell) -> Option<RawCell> {
        cell.to_text().map(RawCell::Text)
    }
}

impl From<CountCell> for Option<RawCell> {
    fn from(cell: CountCell) -> Option<RawCell> {
        match cell {
            CountCell::Blank => None,
            CountCell::NotApplicable => Some(RawCell::Text(NOT_APPLICABLE.to_owned())),
            CountCell::Count(n) => Some(RawCell::Int(i64::from(n))),
        }
    }
}

impl Serialize for RawCell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RawCell::Text(t) => serializer.serialize_str(t),
            RawCell::Int(n) => serializer.serialize_i64(*n),
            RawCell::Big(n) => serializer.serialize_u64(*n),
            RawCell::Number(n) => serializer.serialize_str(n),
        }
    }
}

impl<'de> Deserialize<'de> for RawCell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CellVisitor;
        impl Visitor<'_> for CellVisitor {
            type Value = RawCell;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount as a string, \"——\", a count as an integer, or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawCell, E> {
                Ok(RawCell::Text(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawCell, E> {
                Ok(RawCell::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawCell, E> {
                Ok(i64::try_from(v).map_or(RawCell::Big(v), RawCell::Int))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawCell, E> {
                // Reported when the row is read into its table, with the place named.
                Ok(RawCell::Number(v.to_string()))
            }
        }
        deserializer.deserialize_any(CellVisitor)
    }
}

/// One row as written in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct RawRow {
    pub(crate) line: Option<u16>,
    pub(crate) code: Option<String>,
    pub(crate) item: Option<String>,
    pub(crate) name: Option<String>,
    /// The cells in order, blank cells left out.
    pub(crate) cells: Vec<(String, RawCell)>,
}

impl RawRow {
    /// How a problem in this row names it: the code, else the item, else the name, with the
    /// 行次 when printed.
    pub(crate) fn label(&self) -> String {
        let key = self
            .code
            .clone()
            .or_else(|| self.name.clone().filter(|n| !n.is_empty()))
            .or_else(|| self.item.clone());
        row_label(key.as_deref(), self.line)
    }

    /// Takes the cells whose keys are in `known`, reporting unknown keys.
    pub(crate) fn take_cells(
        &self,
        place: &Location,
        known: &[&str],
        problems: &mut Vec<Problem>,
    ) -> Vec<(usize, RawCell)> {
        let mut out = Vec::with_capacity(self.cells.len());
        for (key, cell) in &self.cells {
            match known.iter().position(|k| k == key) {
                Some(i) => out.push((i, cell.clone())),
                None => problems.push(Problem::new(
                    place.clone().row(self.label()).column(key.clone()),
                    ProblemKind::UnknownColumn {
                        found: key.clone(),
                        expected: known.join(", "),
                    },
                )),
            }
        }
        out
    }

    /// Reads the amount cells of this row into `cells` (indexed like `known`).
    pub(crate) fn read_cells(
        &self,
        place: &Location,
        known: &[&str],
        unit: MoneyUnit,
        cells: &mut [&mut Cell],
        problems: &mut Vec<Problem>,
    ) {
        for (i, raw) in self.take_cells(place, known, problems) {
            match raw.to_cell(unit) {
                Ok(cell) => {
                    if let Some(slot) = cells.get_mut(i) {
                        **slot = cell;
                    }
                }
                Err(kind) => problems.push(Problem::new(
                    place
                        .clone()
                        .row(self.label())
                        .column(known.get(i).copied().unwrap_or_default()),
                    kind,
                )),
            }
        }
    }
}

impl Serialize for RawRow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(line) = self.line {
            map.serialize_entry("line", &line)?;
        }
        if let Some(code) = &self.code {
            map.serialize_entry("code", code)?;
        }
        if let Some(item) = &self.item {
            map.serialize_entry("item", item)?;
        }
        if let Some(name) = &self.name {
            map.serialize_entry("name", name)?;
        }
        for (key, cell) in &self.cells {
            map.serialize_entry(key, cell)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RawRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RowVisitor;
        impl<'de> Visitor<'de> for RowVisitor {
            type Value = RawRow;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table row: an object with line, code, item, name and cells")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRow, A::Error> {
                let mut row = RawRow::default();
                let mut seen: Vec<String> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if seen.contains(&key) {
                        return Err(de::Error::custom(format_args!(
                            "the key {key:?} is written twice in one row"
                        )));
                    }
                    match key.as_str() {
                        "line" => {
                            row.line = map.next_value::<crate::serde_util::LineNumber>()?.0;
                        }
                        "code" => row.code = map.next_value()?,
                        "item" => row.item = map.next_value()?,
                        "name" => row.name = map.next_value()?,
                        _ => {
                            if let Some(cell) = map.next_value::<Option<RawCell>>()? {
                                row.cells.push((key.clone(), cell));
                            }
                        }
                    }
                    seen.push(key);
                }
                Ok(row)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, _seq: A) -> Result<RawRow, A::Error> {
                Err(de::Error::custom(
                    "found an array […] where a table row is expected, written as a JSON object \
                     {\"line\", \"code\", \"item\", \"name\", cells…}",
                ))
            }
        }
        deserializer.deserialize_any(RowVisitor)
    }
}
