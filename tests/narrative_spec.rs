//! The narrative checks on the spec's 说明 (大同市人力资源和社会保障局 2023).

mod narrative_support;

use final_accounts::audit::Severity;
use final_accounts::narrative::{CheckOptions, check};
use narrative_support::{Datong, narrative};

#[test]
fn dump() {
    let findings = check(&narrative(), &Datong::new(), &CheckOptions::default());
    for f in &findings {
        println!(
            "{:?} {} {:?} | {}",
            f.severity,
            f.rule,
            f.locations.first().map(|l| l.to_string()),
            f.message_zh
        );
    }
    let _ = Severity::Error;
}
