//! The arithmetic checks of the tables: precision-aware sums turned into findings.

use crate::audit::{Finding, Location, Severity, sum_finding};
use crate::money::{MoneyUnit, PublishedAmount, check_sum};

use super::Cell;

/// A cell and where it is.
pub(crate) type Placed<'a> = (&'a Cell, Location);

/// Collects the findings of one table.
pub(crate) struct Checker {
    unit: MoneyUnit,
    findings: Vec<Finding>,
}

impl Checker {
    pub(crate) fn new(unit: MoneyUnit) -> Checker {
        Checker {
            unit,
            findings: Vec::new(),
        }
    }

    pub(crate) fn finish(self) -> Vec<Finding> {
        self.findings
    }

    pub(crate) fn push(&mut self, finding: Finding) {
        self.findings.push(finding);
    }

    /// Checks `total = Σ plus − Σ minus`. Blank and "——" count as exactly zero; when nothing
    /// at all is printed there is nothing to check. A rounding tail is an info finding, a
    /// larger difference an error naming every place and both numbers.
    pub(crate) fn sum(
        &mut self,
        rule: &str,
        total: Placed<'_>,
        plus: &[Placed<'_>],
        minus: &[Placed<'_>],
        what_zh: &str,
        what_en: &str,
    ) {
        let all = core::iter::once(&total).chain(plus).chain(minus);
        if all.clone().all(|(cell, _)| !cell.has_amount()) {
            return;
        }
        let locations: Vec<Location> = all.map(|(_, loc)| loc.clone()).collect();
        match self.operands(&total, plus, minus) {
            Ok((t, parts)) => match check_sum(&t, &parts) {
                Ok(check) => {
                    if let Some(f) =
                        sum_finding(rule, Severity::Error, &check, locations, what_zh, what_en)
                    {
                        self.findings.push(f);
                    }
                }
                Err(error) => self.overflow(rule, locations, what_zh, what_en, &error),
            },
            Err(error) => self.overflow(rule, locations, what_zh, what_en, &error),
        }
    }

    fn operands(
        &self,
        total: &Placed<'_>,
        plus: &[Placed<'_>],
        minus: &[Placed<'_>],
    ) -> Result<(PublishedAmount, Vec<PublishedAmount>), crate::money::MoneyError> {
        let t = total.0.operand(self.unit)?;
        let mut parts = Vec::with_capacity(plus.len().saturating_add(minus.len()));
        for (cell, _) in plus {
            parts.push(cell.operand(self.unit)?);
        }
        for (cell, _) in minus {
            let p = cell.operand(self.unit)?;
            parts.push(PublishedAmount::new(
                p.amount().negate(),
                p.unit(),
                p.precision(),
            )?);
        }
        Ok((t, parts))
    }

    fn overflow(
        &mut self,
        rule: &str,
        locations: Vec<Location>,
        what_zh: &str,
        what_en: &str,
        error: &crate::money::MoneyError,
    ) {
        self.findings.push(Finding {
            rule: rule.to_owned(),
            severity: Severity::Error,
            locations,
            expected: None,
            actual: None,
            allowance: None,
            message_zh: format!("{what_zh}无法核对：金额超出可计算范围"),
            message_en: format!("{what_en} cannot be checked: {error}"),
        });
    }
}
