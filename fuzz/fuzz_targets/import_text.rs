//! Arbitrary text → `import::detect` → `import::import_text` (tables, forms, outline, the 说明
//! and its claims) → `audit` → findings and diagnostics rendered. Nothing may panic; an
//! imported disclosure must encode to JSON and decode to itself, as a reviewed `--emit-json`
//! file does.
#![no_main]

use final_accounts::audit::audit;
use final_accounts::disclosure::Disclosure;
use final_accounts::import::{detect, import_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = detect(text);
    let Ok(imported) = import_text(text) else {
        return;
    };
    for diagnostic in &imported.diagnostics {
        let _ = diagnostic.to_string();
    }
    let report = audit(&imported.disclosure);
    for finding in &report.findings {
        let _ = finding.to_string();
    }
    let json = serde_json::to_string(&imported.disclosure).expect("an imported disclosure encodes");
    let again: Disclosure = serde_json::from_str(&json).expect("an imported disclosure decodes");
    assert_eq!(again, imported.disclosure, "serde round trip");
});
