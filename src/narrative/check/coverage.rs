//! Every non-zero 公开05表 line at the expected level has its sentence in the 具体情况
//! paragraph (`narrative.detail-coverage`).

use crate::finding::{Area, Figure, Finding, Place, Rule, Severity, Template};
use crate::narrative::{Claim, FigureRef, Narrative, SpendingColumn, Statement};

use super::Ctx;

/// `narrative.detail-coverage`: see [`RULES`](crate::narrative::RULES).
pub const DETAIL_COVERAGE: Rule = Rule::new("narrative.detail-coverage", Area::Narrative, Severity::Warning)
    .titled("every non-zero 类 line has its sentence", "具体情况缺少科目")
    .described("Every non-zero line of 公开05表 at the expected level (类 by default; a parameter) has its sentence in the 具体情况 paragraph.")
    .sourced("DOMAIN.md §5 [S]");

/// Arguments: `{0}` the code, `{1}` the line's printed name, `{2}` its level, `{3}` its 小计.
const NO_SENTENCE: Template = Template {
    zh: "{0}{1}（{2}，{3}）在具体情况中没有对应的说明",
    en: "line {0} {1} ({2}, {3}) has no sentence of its own in the 具体情况 paragraph",
};

/// Whether a claim of the statement is about `figure`.
fn describes(statement: &Statement, figure: &FigureRef) -> bool {
    statement.claims().iter().any(|c| match c {
        Claim::Amount(a) => a.figure() == *figure,
        Claim::Completion(co) => co.figure() == *figure,
        Claim::Change(ch) => ch.figure() == *figure,
        Claim::VersusBudget(v) => v.figure() == *figure,
        _ => false,
    })
}

impl Ctx<'_> {
    pub(super) fn coverage(&mut self, narrative: &Narrative) {
        let level = self.options.detail_level;
        let section = self.options.detail_section.as_deref();
        let in_detail: Vec<&Statement> = narrative
            .statements
            .iter()
            .filter(|s| section.is_none_or(|p| s.in_section(p)))
            .collect();
        for row in self.figures.general_public_rows() {
            if row.code.level() != level || row.total.amount().is_zero() {
                continue;
            }
            let figure = FigureRef::GeneralPublic {
                code: Some(row.code),
                column: SpendingColumn::Subtotal,
            };
            if in_detail.iter().any(|s| describes(s, &figure)) {
                continue;
            }
            let here = match section {
                Some(label) => Place::narrative(label),
                None => Place::narrative("说明"),
            };
            self.out.push(
                Finding::new(&DETAIL_COVERAGE, &NO_SENTENCE)
                    .at(here)
                    .at(self.figures.location(&figure))
                    .expected(Figure::text(format!("{} {}", row.code, row.name)))
                    .arg(Figure::text(row.code.to_string()))
                    .arg(Figure::text(row.name))
                    .arg(Figure::Static(level.into()))
                    .arg(row.total),
            );
        }
    }
}
