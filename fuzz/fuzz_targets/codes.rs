//! Arbitrary text → the code parsers (`FunctionCode`, `EconomicCode`) and the built-in catalogs.
//! A parsed code must display as the text it was parsed from.
#![no_main]

use final_accounts::classification::{EconomicCode, EconomicScheme, FunctionCode, builtin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(code) = FunctionCode::parse(text) {
        assert_eq!(code.to_string(), text);
        let _ = code.ancestors().count();
        for catalog in builtin::functional_catalogs() {
            let _ = catalog.get(&code);
            let _ = catalog.lineage(&code).count();
            let _ = catalog.children(&code).count();
        }
    } else if let Err(e) = FunctionCode::parse(text) {
        let _ = e.to_string();
    }
    match EconomicCode::parse(text) {
        Ok(code) => {
            assert_eq!(code.to_string(), text);
            for scheme in [EconomicScheme::Departmental, EconomicScheme::Government] {
                for catalog in builtin::economic_catalogs(scheme) {
                    let _ = catalog.get(&code);
                }
                let _ = EconomicCode::parse_in(text, scheme);
            }
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    for catalog in builtin::functional_catalogs() {
        let _ = catalog.resolve(text);
        let _ = catalog.by_name(text).count();
    }
});
