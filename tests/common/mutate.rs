//! Changing one figure of the spec fixture: JSON edits on a copy, then decoding.
#![cfg(feature = "serde")]

use final_accounts::disclosure::{Disclosure, TableKind};
use rust_decimal::Decimal;
use serde_json::Value;

/// The spec fixture as JSON.
pub const FIXTURE: &str = include_str!("../fixtures/datong-hrss-2023.json");

/// The fixture as a JSON value.
pub fn fixture() -> Value {
    serde_json::from_str(FIXTURE).expect("the fixture is JSON")
}

/// Decodes an edited fixture.
pub fn decode(value: &Value) -> Result<Disclosure, serde_json::Error> {
    serde_json::from_value(value.clone())
}

/// Decodes an edited fixture that must stay valid.
pub fn disclosure(value: &Value) -> Disclosure {
    decode(value).expect("the edited fixture decodes")
}

/// The JSON keys of the ten tables.
pub fn table_keys() -> Vec<String> {
    TableKind::ALL.iter().map(ToString::to_string).collect()
}

/// The object of the row (or line) of `table` under `list` whose `key` field is `value`
/// (`code` or `item`), searched at any depth below `list` (sections, blocks).
pub fn row_mut<'a>(
    v: &'a mut Value,
    table: &str,
    list: &str,
    key: &str,
    value: &str,
) -> &'a mut Value {
    fn find(v: &Value, path: &str, key: &str, value: &str) -> Option<String> {
        match v {
            Value::Object(map) if map.get(key).and_then(Value::as_str) == Some(value) => {
                Some(path.to_owned())
            }
            Value::Object(map) => map
                .iter()
                .find_map(|(k, x)| find(x, &format!("{path}/{k}"), key, value)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .find_map(|(i, x)| find(x, &format!("{path}/{i}"), key, value)),
            _ => None,
        }
    }
    let root = format!("/{table}/{list}");
    let found = v
        .pointer(&root)
        .and_then(|l| find(l, &root, key, value))
        .unwrap_or_else(|| panic!("{table}.{list}: a row with {key} = {value}"));
    v.pointer_mut(&found).expect("the row found")
}

/// The 合计 row of a code-keyed table (the row without code).
pub fn total_row_mut<'a>(v: &'a mut Value, table: &str) -> &'a mut Value {
    v[table]["rows"]
        .as_array_mut()
        .expect("rows")
        .iter_mut()
        .find(|r| r.get("code").is_none())
        .expect("a 合计 row")
}

/// Sets a cell of a row object: `Some(text)` prints it, `None` blanks it.
pub fn set(row: &mut Value, cell: &str, text: Option<&str>) {
    let map = row.as_object_mut().expect("a row object");
    match text {
        Some(t) => {
            map.insert(cell.to_owned(), Value::String(t.to_owned()));
        }
        None => {
            map.remove(cell);
        }
    }
}

/// `text + delta`, printed with two decimals.
pub fn bump(text: &str, delta: &str) -> String {
    let a: Decimal = text.parse().expect("an amount");
    let d: Decimal = delta.parse().expect("a delta");
    let mut sum = a + d;
    sum.rescale(2);
    sum.to_string()
}

/// JSON pointers of every amount string of the ten tables (not their headers, codes, items or
/// names; not "——").
pub fn amount_pointers(v: &Value) -> Vec<String> {
    fn walk(v: &Value, path: &str, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                for (k, x) in map {
                    if ["meta", "code", "item", "name", "title", "line"].contains(&k.as_str()) {
                        continue;
                    }
                    walk(x, &format!("{path}/{k}"), out);
                }
            }
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    walk(x, &format!("{path}/{i}"), out);
                }
            }
            Value::String(s) if s.parse::<Decimal>().is_ok() => out.push(path.to_owned()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for key in table_keys() {
        if let Some(table) = v.get(&key) {
            walk(table, &format!("/{key}"), &mut out);
        }
    }
    out
}
