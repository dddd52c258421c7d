//! Arbitrary text → `evaluation::TargetValue::parse`; a parsed value displays and re-parses
//! without panicking, and scoring an actual against a target never panics.
#![no_main]

use final_accounts::evaluation::TargetValue;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match TargetValue::parse(text) {
        Ok(value) => {
            let shown = value.to_string();
            let _ = TargetValue::parse(&shown);
            let _ = format!("{value:?}");
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
