//! Statements (one sentence or paragraph of the 说明 with its claims) and the narrative.

use super::{Claim, NarrativeError};

/// One statement of the 说明: its section, its text as printed, the claims it makes and the
/// reason it gives (主要原因…), if any.
///
/// ```
/// use final_accounts::narrative::{Claim, FigureRef, Statement};
/// let s = Statement::new(
///     "二",
///     "2023年度收入合计1,991.06万元，其中：",
///     vec![Claim::amount(FigureRef::IncomeTotal, "1,991.06")?],
///     None,
/// )?;
/// assert_eq!(s.section(), "二");
/// assert_eq!(s.claims().len(), 1);
/// # Ok::<(), final_accounts::narrative::NarrativeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(
        try_from = "super::serde_repr::RawStatement",
        into = "super::serde_repr::RawStatement"
    )
)]
pub struct Statement {
    section: String,
    text: String,
    claims: Vec<Claim>,
    reason: Option<String>,
}

/// The figure a claim states something of: the figure of an amount, a completion rate, a
/// change or a comparison with a budget, the part of a share; `None` for the other claims.
pub(crate) fn described(claim: &Claim) -> Option<super::FigureRef> {
    Some(match claim {
        Claim::Amount(a) => a.figure(),
        Claim::Completion(c) => c.figure(),
        Claim::Change(c) => c.figure(),
        Claim::VersusBudget(v) => v.figure(),
        Claim::Share(s) => s.part(),
        _ => return None,
    })
}

impl Statement {
    /// A statement of `section` (its label as printed, such as "五（三）" or "九（一）"), with its
    /// `text` as printed, its `claims` and its `reason` (the text after 主要原因, as printed).
    ///
    /// # Errors
    ///
    /// [`NarrativeError::EmptySection`] for an empty section label,
    /// [`NarrativeError::EmptyText`] for an empty text or an empty (but present) reason.
    pub fn new(
        section: &str,
        text: &str,
        claims: Vec<Claim>,
        reason: Option<String>,
    ) -> Result<Statement, NarrativeError> {
        let section = section.trim();
        if section.is_empty() {
            return Err(NarrativeError::EmptySection);
        }
        if text.trim().is_empty() {
            return Err(NarrativeError::EmptyText {
                section: section.to_owned(),
                field: "text",
            });
        }
        if reason.as_deref().is_some_and(|r| r.trim().is_empty()) {
            return Err(NarrativeError::EmptyText {
                section: section.to_owned(),
                field: "reason",
            });
        }
        Ok(Statement {
            section: section.to_owned(),
            text: text.to_owned(),
            claims,
            reason,
        })
    }

    /// The section label.
    #[must_use]
    pub fn section(&self) -> &str {
        &self.section
    }

    /// The text as printed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The claims.
    #[must_use]
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The reason given (主要原因…), as printed.
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// Whether the section label starts with `prefix`, ignoring the width of parentheses
    /// ("(三)" and "（三）" are the same) and white space.
    #[must_use]
    pub fn in_section(&self, prefix: &str) -> bool {
        let mut label = super::text::fold_printed(&self.section);
        super::text::fold_printed(prefix).all(|c| label.next() == Some(c))
    }
}

/// The narrative (说明) of a disclosure: its statements, in document order.
///
/// The serde form is `{"statements": [...]}`; see [`Statement`] for one statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(
        deny_unknown_fields,
        expecting = "the narrative: an object {\"statements\": […]}"
    )
)]
pub struct Narrative {
    /// The statements, in document order.
    #[cfg_attr(
        feature = "serde",
        serde(deserialize_with = "crate::serde_util::objects")
    )]
    pub statements: Vec<Statement>,
}

impl Narrative {
    /// A narrative of these statements.
    #[must_use]
    pub fn new(statements: Vec<Statement>) -> Narrative {
        Narrative { statements }
    }

    /// The functional lines (一般公共预算, 政府性基金, 国有资本经营 rows) its claims are about,
    /// with their 类 and 款, each once, in order of first mention.
    ///
    /// ```
    /// use final_accounts::narrative::{Claim, FigureRef, Narrative, SpendingColumn, Statement};
    /// let code = Some("2080505".parse()?);
    /// let figure = FigureRef::GeneralPublic { code, column: SpendingColumn::Subtotal };
    /// let st = Statement::new("五（三）", "…6.18万元", vec![Claim::amount(figure, "6.18")?], None)?;
    /// let codes: Vec<String> = Narrative::new(vec![st]).function_codes().iter().map(ToString::to_string).collect();
    /// assert_eq!(codes, ["2080505", "20805", "208"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn function_codes(&self) -> Vec<crate::classification::FunctionCode> {
        use super::FigureRef;
        let mut out = Vec::new();
        for claim in self.statements.iter().flat_map(|s| s.claims()) {
            let figure = match claim {
                Claim::Nil(f) => *f,
                other => {
                    let Some(figure) = described(other) else {
                        continue;
                    };
                    figure
                }
            };
            let (FigureRef::GeneralPublic {
                code: Some(code), ..
            }
            | FigureRef::GovernmentFund {
                code: Some(code), ..
            }
            | FigureRef::StateCapital {
                code: Some(code), ..
            }) = figure
            else {
                continue;
            };
            for c in core::iter::once(code).chain(code.ancestors()) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }
}
