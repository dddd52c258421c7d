//! Input as users write it (docs/FORMAT.md, "Values that are refused"): errors name what was
//! expected in the document's terms and the place, problem lists are capped, white space around
//! amounts is trimmed, and full-width digits, leading zeros and negative zeros are refused with
//! a reason.
#![cfg(feature = "serde")]

use final_accounts::disclosure::Disclosure;
use final_accounts::evaluation::TargetValue;
use final_accounts::money::{MoneyUnit, PublishedAmount};
use serde_json::{Value, json};

const DATONG: &str = include_str!("fixtures/datong-hrss-2023.json");

/// A change made to a document before it is read.
type Edit = fn(&mut Value);

fn fixture() -> Value {
    serde_json::from_str(DATONG).unwrap()
}

fn error_of(value: Value) -> String {
    serde_json::from_value::<Disclosure>(value)
        .unwrap_err()
        .to_string()
}

fn error_of_text(text: &str) -> String {
    serde_json::from_str::<Disclosure>(text)
        .unwrap_err()
        .to_string()
}

/// No message names a type of the crate's implementation.
fn assert_user_terms(message: &str) {
    for internal in ["Raw", "struct ", "u16", "u32", "i64", "sequence"] {
        assert!(
            !message.contains(internal),
            "{internal:?} in the message: {message}"
        );
    }
}

#[test]
fn an_array_instead_of_a_disclosure_says_what_is_expected() {
    let message = error_of_text("[]");
    assert_user_terms(&message);
    assert!(
        message.starts_with("found an array […] where a disclosure (unit_name, year, order"),
        "{message}"
    );
    let message = error_of_text(r#"["大同", 2023, []]"#);
    assert_user_terms(&message);
    assert!(message.contains("a disclosure"), "{message}");
}

#[test]
fn an_array_instead_of_a_table_or_its_header_names_it() {
    let mut v = fixture();
    v["income_expenditure"] = json!([]);
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(
        message.contains("table 公开01表 (income_expenditure)"),
        "{message}"
    );
    let mut v = fixture();
    v["income"] = json!([]);
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(message.contains("公开02/03/05/07/08表"), "{message}");
    let mut v = fixture();
    v["fiscal"]["meta"] = json!(["公开04表"]);
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(message.contains("the table's header (meta)"), "{message}");
}

#[test]
fn a_year_out_of_range_names_the_key() {
    for (year, shown) in [(json!(99999), "99999"), (json!(-1), "-1")] {
        let mut v = fixture();
        v["year"] = year;
        let message = error_of(v);
        assert_user_terms(&message);
        assert!(
            message.contains(&format!("the key \"year\" is {shown}, which is not a year")),
            "{message}"
        );
    }
    let mut v = fixture();
    v["year"] = json!("2023");
    let message = error_of(v);
    assert!(
        message.contains("the key \"year\" is the text \"2023\""),
        "{message}"
    );
    // In range for a number, not for a report year.
    let mut v = fixture();
    v["year"] = json!(23);
    let message = error_of(v);
    assert!(
        message.contains("the report year 23 is not a year from 1900 to 2999"),
        "{message}"
    );
    // The form's year too.
    let mut v = fixture();
    v["forms"][0]["year"] = json!(70000);
    let message = error_of(v);
    assert!(message.contains("the key \"year\" is 70000"), "{message}");
}

#[test]
fn an_integer_and_a_float_amount_are_reported_alike_with_their_place() {
    let place = "公开02表 row 合计 column total: the amount ";
    for (number, shown) in [(json!(1991), "1991"), (json!(1991.06), "1991.06")] {
        let mut v = fixture();
        v["income"]["rows"][0]["total"] = number;
        let message = error_of(v);
        assert!(
            message.contains(&format!(
                "{place}{shown} is written as a JSON number; write it as a string, \"{shown}\""
            )),
            "{message}"
        );
    }
}

#[test]
fn problem_lists_are_capped_and_the_error_keeps_every_problem() {
    let mut v = fixture();
    let rows = v["income"]["rows"].as_array_mut().unwrap();
    let last = rows.last().unwrap().clone();
    rows.extend(std::iter::repeat_n(last, 20_000));
    let message = error_of(v);
    assert!(message.len() < 4_000, "{} bytes", message.len());
    // A row printed again and again is one problem, said once.
    assert!(
        message.contains("公开02表 cannot be built: 1 problem: "),
        "{message}"
    );
    assert_eq!(message.matches("the row is printed twice").count(), 1);

    // The value itself keeps them all.
    let meta = final_accounts::tables::TableMeta::new("收入决算表", MoneyUnit::WanYuan)
        .with_label("公开02表");
    let row = |code: &str| {
        final_accounts::tables::ClassifiedRow::code(
            code,
            "行政运行",
            final_accounts::tables::IncomeColumns::default(),
        )
        .unwrap()
    };
    // A thousand 项 without their 款: a thousand problems, ten of them listed.
    let rows: Vec<_> = (0..1_000)
        .map(|i| row(&format!("208{:02}{:02}", 10 + i / 99, 1 + i % 99)))
        .collect();
    let err = final_accounts::tables::IncomeTable::new(meta, rows).unwrap_err();
    let n = err.problems().len();
    assert!(n >= 1_000, "{n}");
    assert!(
        err.to_string()
            .ends_with(&format!("; … and {} more", n - 10)),
        "{err}"
    );
}

#[test]
fn white_space_around_amounts_is_trimmed() {
    let mut v = fixture();
    v["income"]["rows"][0]["total"] = json!(" 1991.06\u{3000}");
    let spaced: Disclosure = serde_json::from_value(v).unwrap();
    let plain: Disclosure = serde_json::from_str(DATONG).unwrap();
    assert_eq!(spaced, plain);
}

#[test]
fn full_width_digits_are_said_to_be_full_width() {
    let mut v = fixture();
    v["income"]["rows"][0]["total"] = json!("１,２３４.５６");
    let message = error_of(v);
    assert!(
        message.contains("公开02表 row 合计 column total: invalid amount: printed figure \"１,２３４.５６\" is not a number: it is written with full-width digits"),
        "{message}"
    );
}

#[test]
fn leading_zeros_and_negative_zero_are_refused_with_a_reason() {
    for (text, reason) in [
        ("01.5", "it has a leading zero"),
        ("00001", "it has a leading zero"),
        ("0,123.00", "it has a leading zero"),
        ("-0.00", "it is a negative zero"),
        ("-0", "it is a negative zero"),
    ] {
        let mut v = fixture();
        v["income"]["rows"][0]["total"] = json!(text);
        let message = error_of(v);
        assert!(
            message.contains(&format!(
                "公开02表 row 合计 column total: invalid amount: printed figure {text:?} is not a number: {reason}"
            )),
            "{message}"
        );
    }
    // Zero itself, and figures below one, are fine.
    for text in ["0", "0.00", "0.5", "-0.01"] {
        assert!(
            PublishedAmount::parse(text, MoneyUnit::WanYuan).is_ok(),
            "{text}"
        );
    }
}

#[test]
fn a_target_with_a_leading_zero_is_refused_with_a_reason() {
    let err = TargetValue::parse("=010%").unwrap_err().to_string();
    assert!(
        err.contains("\"=010%\"") && err.contains("leading zero"),
        "{err}"
    );
    let mut v = fixture();
    v["forms"][0]["indicators"][1]["actual"] = json!("=010%");
    let message = error_of(v);
    assert!(message.contains("leading zero"), "{message}");
    for fine in ["=0.5%", "=10%", "≥0%", "=100%"] {
        assert!(TargetValue::parse(fine).is_ok(), "{fine}");
    }
}

#[test]
fn arrays_where_objects_belong_are_named_in_the_documents_terms() {
    let cases: [(&str, Edit); 9] = [
        (
            "the outline: a list of the lines printed around the tables",
            |v| v["outline"] = json!(5),
        ),
        ("the narrative {\"statements\": […]}", |v| {
            v["narrative"] = json!([])
        }),
        ("each element of this list", |v| {
            v["narrative"]["statements"][0] = json!([])
        }),
        ("each element of this list", |v| v["forms"][0] = json!([])),
        ("each element of this list", |v| {
            v["forms"][0]["indicators"][0] = json!(["产出指标"])
        }),
        ("each element of this list", |v| {
            v["forms"][0]["funding"][0] = json!([])
        }),
        ("the money-unit line (money)", |v| {
            v["income"]["meta"]["money"] = json!(["金额单位", "万元"])
        }),
        ("each element of this list", |v| {
            v["income"]["meta"]["columns"][0] = json!([])
        }),
        ("each element of this list", |v| {
            v["narrative"]["statements"][0]["claims"][0] = json!([])
        }),
    ];
    for (expected, edit) in cases {
        let mut v = fixture();
        edit(&mut v);
        let message = error_of(v);
        assert_user_terms(&message);
        assert!(message.contains(expected), "{expected:?} not in {message}");
    }
}

#[test]
fn a_line_number_written_as_text_names_the_key() {
    let mut v = fixture();
    v["income_expenditure"]["income"][0]["line"] = json!("1");
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(
        message.contains("the key \"line\" (行次) is the text \"1\""),
        "{message}"
    );
    let mut v = fixture();
    v["income_expenditure"]["income"][0]["line"] = json!(70000);
    let message = error_of(v);
    assert!(
        message.contains("the key \"line\" (行次) is 70000"),
        "{message}"
    );
}

#[test]
fn amounts_of_forms_and_narrative_written_as_numbers_say_how_to_write_them() {
    let cases: [(&str, Edit); 4] = [
        ("8.007", |v| {
            v["forms"][0]["funding"][0]["executed"] = json!(8.007)
        }),
        ("10", |v| {
            v["forms"][0]["funding"][0]["declared"] = json!(10)
        }),
        ("2076.12", |v| {
            v["narrative"]["statements"][0]["claims"][0]["amount"]["stated"] = json!(2076.12)
        }),
        ("736.34", |v| {
            v["narrative"]["statements"][0]["claims"][2]["change"]["amount"] = json!(736.34)
        }),
    ];
    for (shown, edit) in cases {
        let mut v = fixture();
        edit(&mut v);
        let message = error_of(v);
        assert!(
            message.contains(&format!(
                "the amount {shown} is written as a JSON number; write it as a string, \"{shown}\""
            )),
            "{message}"
        );
    }
}

#[test]
fn decimals_written_as_text_name_the_key() {
    let mut v = fixture();
    v["income"]["meta"]["decimals"] = json!("2");
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(
        message.contains("the key \"decimals\" is the text \"2\""),
        "{message}"
    );
}

#[test]
fn an_array_instead_of_a_row_says_a_row_is_expected() {
    let mut v = fixture();
    v["income"]["rows"][0] = json!(["合计", "1991.06"]);
    let message = error_of(v);
    assert_user_terms(&message);
    assert!(
        message.contains("found an array […] where a table row is expected"),
        "{message}"
    );
}
