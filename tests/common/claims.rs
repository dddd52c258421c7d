//! How imported 说明 claims compare with a fixture's, statement by statement.

use final_accounts::narrative::{Claim, Statement};

/// How the imported claims compare with the fixture's, statement by statement (matched by text).
#[derive(Debug, Default)]
pub struct Tally {
    pub fixture: usize,
    pub reproduced: usize,
    pub missed: Vec<String>,
    pub extra: Vec<String>,
    pub unmatched_statements: Vec<String>,
    /// Statements matched by text whose section labels differ: "imported / fixture".
    pub sections: Vec<String>,
}

pub fn tally(imported: &[Statement], fixture: &[Statement]) -> Tally {
    let mut t = Tally::default();
    for want in fixture {
        t.fixture += want.claims().len();
        let Some(got) = imported.iter().find(|s| s.text() == want.text()) else {
            t.unmatched_statements.push(want.text().to_owned());
            t.missed.extend(
                want.claims()
                    .iter()
                    .map(|c| format!("{}: {c:?}", want.section())),
            );
            continue;
        };
        if got.section() != want.section() {
            t.sections
                .push(format!("{} / {}", got.section(), want.section()));
        }
        let mut left: Vec<&Claim> = got.claims().iter().collect();
        for claim in want.claims() {
            match left.iter().position(|c| *c == claim) {
                Some(i) => {
                    left.remove(i);
                    t.reproduced += 1;
                }
                None => t.missed.push(format!("{}: {claim:?}", want.section())),
            }
        }
        t.extra
            .extend(left.iter().map(|c| format!("{}: {c:?}", got.section())));
    }
    for got in imported {
        if !fixture.iter().any(|s| s.text() == got.text()) {
            t.extra.extend(
                got.claims()
                    .iter()
                    .map(|c| format!("{} (not in the fixture): {c:?}", got.section())),
            );
        }
    }
    t
}
