//! The renderers and the reader speak one vocabulary: every figure a compiled 说明 states by a
//! fixed phrase is printed in its statement by one of the phrases the vocabulary names it by
//! ([`FigureRef::phrases`]), under both built-in templates. That the reader then reads each
//! statement back into its claims is the compile round trip (`compile::narrative` tests); this
//! test pins the link between the two: the words printed are the vocabulary's.
#![cfg(feature = "serde")]

use final_accounts::accounts::Accounts;
use final_accounts::classification::{EconomicScheme, builtin};
use final_accounts::compile::{CompileOptions, compile};
use final_accounts::money::TableRounding;
use final_accounts::narrative::{Claim, FigureRef};
use final_accounts::profile::Profile;

/// The figures a claim names by a phrase printed before its figure.
fn named(claim: &Claim) -> Vec<FigureRef> {
    match claim {
        Claim::Amount(a) => vec![a.figure()],
        Claim::Change(c) => vec![c.figure()],
        Claim::Share(s) => vec![s.part()],
        Claim::Completion(c) => vec![c.figure()],
        _ => Vec::new(),
    }
}

#[test]
fn every_rendered_figure_is_printed_by_a_phrase_of_the_vocabulary() {
    let accounts: Accounts =
        serde_json::from_str(include_str!("fixtures/datong-hrss-2023-accounts.json")).unwrap();
    let functional = builtin::functional_in_force(2023);
    let economic = builtin::economic_in_force(EconomicScheme::Departmental, 2023);
    for profile in [Profile::shanxi_2023(), Profile::shanghai_2024()] {
        let options = CompileOptions::new(&functional, &economic, TableRounding::Controlled)
            .with_profile(profile);
        let compiled = compile(&accounts, &options).unwrap();
        let mut checked = 0;
        for statement in &compiled.narrative().statements {
            let text: String = statement
                .text()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            for figure in statement.claims().iter().flat_map(named) {
                let phrases: Vec<&str> = figure.phrases().collect();
                if phrases.is_empty() {
                    continue;
                }
                checked += 1;
                assert!(
                    phrases.iter().any(|p| text.contains(p)),
                    "{}: {figure} is printed by none of {phrases:?} in {text}",
                    profile.id()
                );
            }
        }
        assert!(checked > 30, "{}: {checked}", profile.id());
    }
}
