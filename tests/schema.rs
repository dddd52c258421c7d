//! schema/disclosure.schema.json (JSON Schema, draft 2020-12) against the crate: both fixtures
//! validate, whatever the crate writes validates, an amount written as a JSON number and an
//! unknown key fail, and the schema's keys and words are the crate's own (column keys, items,
//! figure names), so that the two cannot drift apart unnoticed.
#![cfg(feature = "serde")]

use std::collections::BTreeSet;

use final_accounts::disclosure::{Disclosure, TableKind};
use final_accounts::narrative::{
    BudgetKind, ChangeWord, Comparison, CountRef, FigureRef, FundColumn, ProcurementItem,
    ReceptionScope, SpendingColumn, Stage, ThreePublicItem, VehicleCategory,
};
use final_accounts::tables::{
    ClassLine, ClassifiedSpec, ColumnSet, ExpenditureItem, ExpenditureSpec, FiscalColumns,
    FiscalIncomeItem, GeneralBudgetSpec, GovernmentFundSpec, IncomeItem, IncomeSpec, InfoItem,
    ItemKey, StateCapitalSpec, ThreePublicColumns,
};
use serde_json::{Value, json};
use strum::IntoEnumIterator;

const SCHEMA: &str = include_str!("../schema/disclosure.schema.json");
const DATONG: &str = include_str!("fixtures/datong-hrss-2023.json");
const PUTUO: &str = include_str!("fixtures/putuo-shehuigongzuobu-2024.json");

/// A change made to a document before it is read.
type Edit = fn(&mut Value);

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap()
}

/// A validator for one definition of the schema (`#/$defs/NAME`).
fn validator_of(name: &str) -> jsonschema::Validator {
    let whole = schema();
    let sub = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{name}"),
        "$defs": whole["$defs"].clone(),
    });
    jsonschema::draft202012::new(&sub).unwrap()
}

fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn fixture(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn the_schema_is_draft_2020_12() {
    assert_eq!(
        schema()["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

#[test]
fn both_fixtures_validate() {
    let v = validator();
    for text in [DATONG, PUTUO] {
        let value = fixture(text);
        assert_eq!(errors(&v, &value), Vec::<String>::new());
        // And the crate reads them.
        serde_json::from_value::<Disclosure>(value).unwrap();
    }
}

#[test]
fn what_the_crate_writes_validates() {
    let v = validator();
    for text in [DATONG, PUTUO] {
        let disclosure: Disclosure = serde_json::from_str(text).unwrap();
        let written = serde_json::to_value(&disclosure).unwrap();
        assert_eq!(errors(&v, &written), Vec::<String>::new());
    }
}

#[test]
fn an_amount_written_as_a_json_number_fails() {
    let v = validator();
    let edits: [(&str, Edit); 5] = [
        ("table cell", |d| {
            d["income"]["rows"][0]["total"] = json!(1991.06)
        }),
        ("integer table cell", |d| {
            d["income"]["rows"][0]["total"] = json!(1991)
        }),
        ("line amount", |d| {
            d["income_expenditure"]["income"][0]["amount"] = json!(1735.92)
        }),
        ("form amount", |d| {
            d["forms"][0]["funding"][0]["executed"] = json!(8.007)
        }),
        ("narrative amount", |d| {
            d["narrative"]["statements"][0]["claims"][0]["amount"]["stated"] = json!(2076.12)
        }),
    ];
    for (what, edit) in edits {
        let mut value = fixture(DATONG);
        edit(&mut value);
        assert!(!v.is_valid(&value), "{what}: accepted");
        // The crate refuses it too.
        assert!(
            serde_json::from_value::<Disclosure>(value).is_err(),
            "{what}"
        );
    }
}

#[test]
fn an_unknown_key_fails() {
    let v = validator();
    let edits: [(&str, Edit); 6] = [
        ("top level", |d| d["remarks"] = json!("x")),
        ("table", |d| d["income"]["footnote"] = json!("x")),
        ("header", |d| d["income"]["meta"]["subtitle"] = json!("x")),
        ("row", |d| {
            d["income"]["rows"][0]["fiscal_total"] = json!("1.00")
        }),
        ("form", |d| d["forms"][0]["remark"] = json!("x")),
        ("claim", |d| {
            d["narrative"]["statements"][0]["claims"][0]["amount"]["unit"] = json!("万元")
        }),
    ];
    for (what, edit) in edits {
        let mut value = fixture(DATONG);
        edit(&mut value);
        assert!(!v.is_valid(&value), "{what}: accepted");
        assert!(
            serde_json::from_value::<Disclosure>(value).is_err(),
            "{what}"
        );
    }
}

#[test]
fn refused_figures_fail_the_schema_too() {
    let v = validator();
    for text in ["01.5", "１２３.４５", "1,23.00", "12.", "1 234.00"] {
        let mut value = fixture(DATONG);
        value["income"]["rows"][0]["total"] = json!(text);
        assert!(!v.is_valid(&value), "{text}: accepted by the schema");
        assert!(
            serde_json::from_value::<Disclosure>(value).is_err(),
            "{text}"
        );
    }
    for text in [" 1991.06 ", "1,991.06", "——", ""] {
        let mut value = fixture(DATONG);
        value["income"]["rows"][0]["total"] = json!(text);
        assert!(v.is_valid(&value), "{text:?}: refused by the schema");
    }
}

/// The keys of `#/$defs/TABLE` rows that are cells (everything but line, code, item, name).
fn cell_keys(row_schema: &Value) -> BTreeSet<String> {
    row_schema["properties"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| !matches!(k.as_str(), "line" | "code" | "item" | "name"))
        .cloned()
        .collect()
}

fn crate_keys<C: ColumnSet>() -> BTreeSet<String> {
    C::COLUMNS.iter().map(|c| c.key.to_owned()).collect()
}

#[test]
fn cell_keys_are_the_crates_column_keys() {
    let defs = schema()["$defs"].clone();
    let rows = |table: &str| cell_keys(&defs[table]["properties"]["rows"]["items"]);
    assert_eq!(
        rows("income"),
        crate_keys::<<IncomeSpec as ClassifiedSpec>::Columns>()
    );
    assert_eq!(
        rows("expenditure"),
        crate_keys::<<ExpenditureSpec as ClassifiedSpec>::Columns>()
    );
    assert_eq!(
        rows("general_budget"),
        crate_keys::<<GeneralBudgetSpec as ClassifiedSpec>::Columns>()
    );
    assert_eq!(
        rows("government_fund"),
        crate_keys::<<GovernmentFundSpec as ClassifiedSpec>::Columns>()
    );
    assert_eq!(
        rows("state_capital"),
        crate_keys::<<StateCapitalSpec as ClassifiedSpec>::Columns>()
    );
    assert_eq!(
        cell_keys(&defs["fiscal"]["properties"]["expenditure"]["items"]),
        crate_keys::<FiscalColumns>()
    );
    assert_eq!(
        cell_keys(&defs["three_public"]["properties"]["budget"]),
        crate_keys::<ThreePublicColumns>()
    );
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn item_keys_are_the_crates() {
    let defs = schema()["$defs"].clone();
    let t01 = &defs["income_expenditure"]["properties"];
    for key in strings(&t01["income"]["items"]["properties"]["item"]["enum"]) {
        assert!(IncomeItem::parse_key(&key).is_ok(), "{key}");
    }
    let expenditure_items = &t01["expenditure"]["items"]["properties"]["item"]["anyOf"][1]["enum"];
    for key in strings(expenditure_items) {
        assert!(ExpenditureItem::parse_key(&key).is_ok(), "{key}");
    }
    // The 类 lines by name: the crate's one list, in order, in both tables.
    let names: Vec<&str> = ClassLine::ALL.iter().map(|l| l.name()).collect();
    for side in [
        &t01["expenditure"],
        &defs["fiscal"]["properties"]["expenditure"],
    ] {
        let by_name = strings(&side["items"]["properties"]["item"]["anyOf"][2]["enum"]);
        assert_eq!(by_name, names);
    }
    let t04 = &defs["fiscal"]["properties"];
    for key in strings(&t04["income"]["items"]["properties"]["item"]["enum"]) {
        assert!(FiscalIncomeItem::parse_key(&key).is_ok(), "{key}");
    }
    let t10 = &defs["related_info"]["properties"]["sections"]["items"]["properties"]["lines"];
    for key in strings(&t10["items"]["properties"]["item"]["enum"]) {
        assert!(InfoItem::parse_key(&key).is_ok(), "{key}");
    }
    // And the other way: every fixed line of the fixture's tables is in the schema (the
    // fixtures validate), and a key the crate refuses is refused by the schema.
    let v = validator();
    let mut value = fixture(DATONG);
    value["income_expenditure"]["income"][0]["item"] = json!("general_budget_income");
    assert!(!v.is_valid(&value));
    assert!(IncomeItem::parse_key("general_budget_income").is_err());
}

#[test]
fn figure_and_count_names_are_the_crates() {
    let figure = validator_of("figure");
    let mut figures = vec![
        FigureRef::IncomeGrandTotal,
        FigureRef::ExpenditureGrandTotal,
        FigureRef::IncomeTotal,
        FigureRef::ExpenditureTotal,
        FigureRef::OpeningBalance,
        FigureRef::ClosingBalance,
        FigureRef::FiscalIncome,
        FigureRef::SuperiorSubsidyIncome,
        FigureRef::ServiceIncome,
        FigureRef::BusinessIncome,
        FigureRef::AffiliateRemittanceIncome,
        FigureRef::OtherIncome,
        FigureRef::BasicExpenditure,
        FigureRef::ProjectExpenditure,
        FigureRef::RemittanceExpenditure,
        FigureRef::BusinessExpenditure,
        FigureRef::AffiliateSubsidyExpenditure,
        FigureRef::FiscalIncomeGrandTotal,
        FigureRef::FiscalExpenditureGrandTotal,
        FigureRef::GeneralPublicIncome,
        FigureRef::GovernmentFundIncome,
        FigureRef::StateCapitalIncome,
        FigureRef::PersonnelTotal,
        FigureRef::PublicUseTotal,
        FigureRef::OperatingCost,
        FigureRef::EvaluationSpent,
        FigureRef::EvaluationBudget,
        FigureRef::BasicEconomic("30101".parse().unwrap()),
    ];
    let unit_names = schema()["$defs"]["figure"]["oneOf"][0]["enum"].clone();
    assert_eq!(
        unit_names.as_array().unwrap().len(),
        figures.len() - 1,
        "the schema lists a name the crate does not have"
    );
    for column in SpendingColumn::iter() {
        figures.push(FigureRef::GeneralPublic { code: None, column });
        figures.push(FigureRef::StateCapital {
            code: Some("2080505".parse().unwrap()),
            column,
        });
    }
    for column in FundColumn::iter() {
        figures.push(FigureRef::GovernmentFund { code: None, column });
    }
    for stage in Stage::iter() {
        for item in ThreePublicItem::iter() {
            figures.push(FigureRef::ThreePublic { stage, item });
        }
    }
    figures.extend(ReceptionScope::iter().map(FigureRef::Reception));
    figures.extend(ProcurementItem::iter().map(FigureRef::Procurement));
    for f in &figures {
        let value = serde_json::to_value(f).unwrap();
        assert_eq!(errors(&figure, &value), Vec::<String>::new(), "{value}");
    }

    let count = validator_of("count");
    let mut counts = vec![
        CountRef::Vehicles(None),
        CountRef::CostlyEquipment,
        CountRef::VehiclesPurchased,
        CountRef::VehiclesFunded,
        CountRef::OverseasGroups,
        CountRef::OverseasPersonTimes,
        CountRef::EvaluatedProjects,
    ];
    counts.extend(VehicleCategory::iter().map(|c| CountRef::Vehicles(Some(c))));
    for scope in ReceptionScope::iter() {
        counts.push(CountRef::ReceptionBatches(scope));
        counts.push(CountRef::ReceptionPersonTimes(scope));
    }
    for c in &counts {
        let value = serde_json::to_value(c).unwrap();
        assert_eq!(errors(&count, &value), Vec::<String>::new(), "{value}");
    }
}

#[test]
fn words_and_table_names_are_the_crates() {
    let defs = schema()["$defs"].clone();
    let change = &defs["claim"]["oneOf"][2]["properties"]["change"]["properties"]["word"]["enum"];
    let crate_words: Vec<String> = ChangeWord::iter().map(|w| w.to_string()).collect();
    assert_eq!(strings(change), crate_words);
    let budget = &defs["budget"]["properties"]["kind"]["enum"];
    let crate_kinds: Vec<String> = BudgetKind::iter().map(|k| k.to_string()).collect();
    assert_eq!(strings(budget), crate_kinds);
    let versus = &defs["claim"]["oneOf"][4]["properties"]["versus_budget"]["properties"]["word"];
    let crate_comparisons: Vec<String> = Comparison::iter().map(|c| c.to_string()).collect();
    assert_eq!(strings(&versus["enum"]), crate_comparisons);
    let order = &schema()["properties"]["order"]["items"]["enum"];
    let kinds: Vec<String> = TableKind::iter().map(|k| k.to_string()).collect();
    assert_eq!(strings(order), kinds);
    for kind in TableKind::iter() {
        assert!(
            defs.get(kind.to_string()).is_some(),
            "no definition for {kind}"
        );
    }
}

#[cfg(feature = "proptest")]
mod generated {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Whatever valid disclosure the crate writes, the schema accepts.
        #[test]
        fn generated_disclosures_validate(d in final_accounts::generate::disclosure()) {
            let value = serde_json::to_value(&d).unwrap();
            let found = errors(&validator(), &value);
            prop_assert!(found.is_empty(), "{found:#?}");
        }
    }
}

mod accounts {
    //! schema/accounts.schema.json against the accounts the crate reads: the fixture validates,
    //! what the crate writes validates, an amount written as a JSON number and an unknown key
    //! fail, as for the disclosure schema.

    use final_accounts::accounts::Accounts;
    use serde_json::{Value, json};

    const SCHEMA: &str = include_str!("../schema/accounts.schema.json");
    const ACCOUNTS: &str = include_str!("fixtures/datong-hrss-2023-accounts.json");
    const USER: &str = include_str!("fixtures/accounts-207.json");

    fn validator() -> jsonschema::Validator {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        jsonschema::draft202012::new(&schema).unwrap()
    }

    fn errors(value: &Value) -> Vec<String> {
        validator()
            .iter_errors(value)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }

    #[test]
    fn the_fixtures_and_what_the_crate_writes_validate() {
        for text in [ACCOUNTS, USER] {
            let value: Value = serde_json::from_str(text).unwrap();
            assert_eq!(errors(&value), Vec::<String>::new());
            let accounts: Accounts = serde_json::from_value(value).unwrap();
            let written = serde_json::to_value(&accounts).unwrap();
            assert_eq!(errors(&written), Vec::<String>::new());
        }
    }

    #[test]
    fn what_the_crate_refuses_fails_the_schema() {
        let fixture: Value = serde_json::from_str(ACCOUNTS).unwrap();
        let edits: [(&str, super::Edit); 5] = [
            ("a number amount", |v| {
                v["items"][0]["income"]["appropriation"] = json!(14_076_300.0);
            }),
            ("an unknown key", |v| v["items"][0]["note"] = json!("x")),
            ("an unknown pool", |v| {
                v["items"][0]["pool"] = json!("general")
            }),
            ("a year as text", |v| v["year"] = json!("2023")),
            ("no items", |v| {
                v.as_object_mut().unwrap().remove("items");
            }),
        ];
        for (what, edit) in edits {
            let mut v = fixture.clone();
            edit(&mut v);
            assert!(!errors(&v).is_empty(), "{what} passes the schema");
            assert!(
                serde_json::from_value::<Accounts>(v).is_err(),
                "{what} passes the crate"
            );
        }
    }
}
