//! Arbitrary bytes → JSON → `Disclosure` (every validating constructor) → `audit` → report
//! rendering. Nothing may panic; a disclosure that decodes must re-encode and decode to itself.
#![no_main]

use final_accounts::audit::audit;
use final_accounts::disclosure::Disclosure;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(disclosure) = serde_json::from_str::<Disclosure>(text) else {
        return;
    };
    let report = audit(&disclosure);
    for finding in &report.findings {
        let _ = finding.to_string();
    }
    let json = serde_json::to_string(&disclosure).expect("a decoded disclosure encodes");
    let again: Disclosure = serde_json::from_str(&json).expect("an encoded disclosure decodes");
    assert_eq!(again, disclosure, "serde round trip");
});
