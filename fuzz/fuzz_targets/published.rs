//! Arbitrary text → the printed-figure parsers (`PublishedAmount` in 元 and 万元, with a declared
//! precision, `PublishedPercent`, table `Cell`s), and the interval arithmetic on what parses.
#![no_main]

use final_accounts::money::{MoneyUnit, Precision, PublishedAmount, PublishedPercent, check_sum};
use final_accounts::tables::Cell;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut parsed = Vec::new();
    for unit in [MoneyUnit::Yuan, MoneyUnit::WanYuan] {
        match PublishedAmount::parse(text, unit) {
            Ok(p) => {
                let _ = p.interval_yuan();
                let _ = p.interval();
                let _ = p.to_string();
                parsed.push(p);
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
        for decimals in [0, 2, 3] {
            let _ = PublishedAmount::parse_with_precision(text, unit, Precision::Rounded { decimals });
        }
        let _ = Cell::parse(text, unit);
    }
    if let Some(total) = parsed.first() {
        let _ = check_sum(total, &parsed);
    }
    match PublishedPercent::parse(text) {
        Ok(p) => {
            let _ = p.interval();
            let _ = p.to_string();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
