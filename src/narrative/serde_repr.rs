//! The serde form of statements and claims: raw shapes with `deny_unknown_fields`, validated
//! through the same constructors as the Rust API. Amounts and percentages are strings.

use serde::{Deserialize, Serialize};

use super::claim::{BudgetSource, parse_amount};
use super::{
    Budget, BudgetKind, ChangeWord, Claim, Comparison, CountRef, FigureRef, NarrativeError,
    StatedRate, Statement,
};

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a statement: a JSON object")]
pub(crate) struct RawStatement {
    section: String,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    #[serde(default, deserialize_with = "crate::serde_util::objects")]
    claims: Vec<RawClaim>,
}

impl TryFrom<RawStatement> for Statement {
    type Error = NarrativeError;
    fn try_from(raw: RawStatement) -> Result<Self, Self::Error> {
        let claims = raw
            .claims
            .into_iter()
            .map(Claim::try_from)
            .collect::<Result<Vec<_>, _>>()?;
        Statement::new(&raw.section, &raw.text, claims, raw.reason)
    }
}

impl From<Statement> for RawStatement {
    fn from(s: Statement) -> Self {
        RawStatement {
            section: s.section().to_owned(),
            text: s.text().to_owned(),
            reason: s.reason().map(str::to_owned),
            claims: s.claims().iter().map(RawClaim::from).collect(),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a budget: an object {\"kind\", \"stated\" or \"figure\"}"
)]
struct RawBudget {
    kind: BudgetKind,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_util::optional_amount_text"
    )]
    stated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    figure: Option<FigureRef>,
}

impl TryFrom<RawBudget> for Budget {
    type Error = NarrativeError;
    fn try_from(raw: RawBudget) -> Result<Self, Self::Error> {
        match (raw.stated, raw.figure) {
            (Some(stated), None) => Budget::stated(raw.kind, &stated),
            (None, Some(figure)) => Ok(Budget::table(raw.kind, figure)),
            _ => Err(NarrativeError::UnknownWord {
                what: "budget (exactly one of \"stated\" and \"figure\")",
                text: raw.kind.to_string(),
            }),
        }
    }
}

impl From<Budget> for RawBudget {
    fn from(b: Budget) -> Self {
        match b.source() {
            BudgetSource::Stated(a) => RawBudget {
                kind: b.kind(),
                stated: Some(a.to_string()),
                figure: None,
            },
            BudgetSource::Table(f) => RawBudget {
                kind: b.kind(),
                stated: None,
                figure: Some(f),
            },
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(
    rename_all = "snake_case",
    deny_unknown_fields,
    expecting = "a claim: an object with one key naming its kind, such as {\"amount\": {…}}"
)]
enum RawClaim {
    Amount {
        figure: FigureRef,
        #[serde(deserialize_with = "crate::serde_util::amount_text")]
        stated: String,
    },
    Share {
        part: FigureRef,
        whole: FigureRef,
        stated: String,
    },
    Change {
        figure: FigureRef,
        word: String,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "crate::serde_util::optional_amount_text"
        )]
        amount: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rate_word: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rate: Option<String>,
    },
    Completion {
        figure: FigureRef,
        #[serde(deserialize_with = "crate::serde_util::budget")]
        budget: RawBudget,
        stated: String,
    },
    VersusBudget {
        figure: FigureRef,
        #[serde(deserialize_with = "crate::serde_util::budget")]
        budget: RawBudget,
        word: Comparison,
    },
    Count {
        count: CountRef,
        stated: u64,
    },
    GradeCount {
        grade: String,
        stated: u64,
    },
    Nil {
        figure: FigureRef,
    },
}

impl TryFrom<RawClaim> for Claim {
    type Error = NarrativeError;
    fn try_from(raw: RawClaim) -> Result<Self, Self::Error> {
        match raw {
            RawClaim::Amount { figure, stated } => Claim::amount(figure, &stated),
            RawClaim::Share {
                part,
                whole,
                stated,
            } => Claim::share(part, whole, &stated),
            RawClaim::Change {
                figure,
                word,
                amount,
                rate_word,
                rate,
            } => {
                let word: ChangeWord = word.parse()?;
                let rate_word = rate_word.map(|w| w.parse::<ChangeWord>()).transpose()?;
                let rate = StatedRate::parse(rate.as_deref().unwrap_or(""))?;
                if let Some(a) = amount.as_deref() {
                    parse_amount(a)?;
                }
                Claim::change(figure, word, amount.as_deref(), rate_word, rate)
            }
            RawClaim::Completion {
                figure,
                budget,
                stated,
            } => Claim::completion(figure, Budget::try_from(budget)?, &stated),
            RawClaim::VersusBudget {
                figure,
                budget,
                word,
            } => Ok(Claim::versus_budget(
                figure,
                Budget::try_from(budget)?,
                word,
            )),
            RawClaim::Count { count, stated } => Ok(Claim::count(count, stated)),
            RawClaim::GradeCount { grade, stated } => Claim::grade_count(&grade, stated),
            RawClaim::Nil { figure } => Ok(Claim::nil(figure)),
        }
    }
}

impl From<&Claim> for RawClaim {
    fn from(c: &Claim) -> Self {
        match c {
            Claim::Amount(a) => RawClaim::Amount {
                figure: a.figure(),
                stated: a.stated().to_string(),
            },
            Claim::Share(s) => RawClaim::Share {
                part: s.part(),
                whole: s.whole(),
                stated: s.stated().to_string(),
            },
            Claim::Change(ch) => RawClaim::Change {
                figure: ch.figure(),
                word: ch.word().to_string(),
                amount: ch.amount().map(|a| a.to_string()),
                rate_word: ch.rate_word().map(|w| w.to_string()),
                rate: match ch.rate() {
                    StatedRate::Omitted => None,
                    other => Some(other.to_string()),
                },
            },
            Claim::Completion(co) => RawClaim::Completion {
                figure: co.figure(),
                budget: co.budget().into(),
                stated: co.stated().to_string(),
            },
            Claim::VersusBudget(v) => RawClaim::VersusBudget {
                figure: v.figure(),
                budget: v.budget().into(),
                word: v.word(),
            },
            Claim::Count { count, stated } => RawClaim::Count {
                count: *count,
                stated: *stated,
            },
            Claim::GradeCount(g) => RawClaim::GradeCount {
                grade: g.grade().to_owned(),
                stated: g.stated(),
            },
            Claim::Nil(figure) => RawClaim::Nil { figure: *figure },
        }
    }
}
