//! The 说明 reader: the document's prose split into statements, and the claims each statement
//! makes, read from a vocabulary of subject phrases and the sentence shapes of the templates.
//!
//! # What it reads
//!
//! The 说明 starts at the first chapter heading that names a 说明 ("一、收入支出决算总体情况说明")
//! and runs to the next part heading, table or form. Chapter headings ("五、…") and their
//! sub-headings ("（二）…", "(三) …") give each statement its section ("五（二）"); numbered
//! sub-headings ("1、预算绩效管理工作开展情况") give none. Every other paragraph is a statement,
//! its text as printed.
//!
//! A statement is read left to right. A **subject** is a phrase of the vocabulary
//! (`narrative::vocabulary`, the one table the checks share: 收入总计,
//! 财政拨款收入, 基本支出, 因公出国（境）费, 机关运行经费, 政府采购货物支出, 车辆, …) or a
//! 类/款/项 name the chapter's table prints ("社会保障和就业支出(类)", "一般公共服务支出（类）
//! 社会工作事务（款）行政运行（项）"). A figure is claimed for the current subject only in one of
//! the shapes below and only when nothing but filler words ("支出", "决算", "共", "为", "其中" …)
//! stands between the subject or the marker and the figure:
//!
//! * `X万元` — the subject's amount ("年初预算X万元" and "全年预算X万元" state the budget);
//! * `占比Y%`, `占Y%`, `占<figure>的Y%` — a share of the named figure, or of the subject's
//!   parent when the section has named it ("其中：");
//! * `增加/减少Z万元`, `增长/下降W%`, `与上年相同` — a change;
//! * `完成年初预算/全年预算的V%` — a completion, of the budget the statement states or the
//!   table's 预算数;
//! * `大于/小于/等于…预算数`, `与…预算数持平` — a comparison with a budget;
//! * counts in 个, 人次, 辆, 台（套）, 批次, of the subjects that count them (车辆, 出国团组,
//!   公务接待 …), and the grade counts of the self-evaluated projects;
//! * `无此项支出`, `无<subject>` — a nil claim.
//!
//! The reason (主要原因…) is kept apart and descriptions (主要用于…, 主要包括…) are skipped. A figure
//! that fits no shape is not claimed: the statement keeps its text and the figure is reported
//! as [`DiagnosticKind::ClaimNotRead`] (info). Nothing is guessed.

mod index;
mod scan;
mod shapes;
#[cfg(test)]
mod tests;

use super::grid::Prose;
use super::{Diagnostic, DiagnosticKind};
use crate::classification::FunctionCode;
use crate::disclosure::Disclosure;
use crate::narrative::vocabulary::Subject;
use crate::narrative::{FigureRef, FundColumn, Narrative, SpendingColumn, Statement};
use crate::printed::is_chinese_digit;
use index::Index;
use scan::Scan;

/// Reads the 说明 from the prose of a document; `disclosure` gives the 类/款/项 names its
/// tables print. Paragraphs outside the 说明 are reported as prose not read.
pub(crate) fn read(
    prose: &[Prose],
    disclosure: &Disclosure,
    diagnostics: &mut Vec<Diagnostic>,
) -> Narrative {
    let index = Index::new(disclosure);
    let mut statements = Vec::new();
    let mut in_narrative = false;
    let mut section = Section::default();
    for piece in prose {
        let (line, text) = match piece {
            Prose::Break => {
                in_narrative = false;
                continue;
            }
            Prose::Paragraph { line, text } => (*line, text.as_str()),
        };
        let heading = heading(text);
        if let Some((Heading::Chapter, _, rest)) = &heading
            && rest.contains("说明")
        {
            in_narrative = true;
        }
        if !in_narrative {
            diagnostics.push(Diagnostic {
                line,
                text: text.to_owned(),
                kind: DiagnosticKind::ProseNotRead,
            });
            continue;
        }
        match heading {
            Some((Heading::Chapter, numeral, rest)) => {
                section = Section::chapter(&index, numeral, &rest);
                continue;
            }
            Some((Heading::Sub, numeral, rest)) => {
                section.sub(&index, numeral, &rest);
                continue;
            }
            Some((Heading::Item, _, _)) => continue,
            None => {}
        }
        let label = section.label();
        let mut scan = Scan::new(&index, &mut section, text);
        scan.run();
        let Scan {
            claims,
            unread,
            percent_missing,
            reason,
            ..
        } = scan;
        for fragment in percent_missing {
            diagnostics.push(Diagnostic {
                line,
                text: fragment,
                kind: DiagnosticKind::PercentMissing {
                    section: label.clone(),
                },
            });
        }
        for fragment in unread {
            diagnostics.push(Diagnostic {
                line,
                text: fragment,
                kind: DiagnosticKind::ClaimNotRead {
                    section: label.clone(),
                },
            });
        }
        if let Ok(statement) = Statement::new(&label, text, claims, reason) {
            statements.push(statement);
        }
    }
    Narrative::new(statements)
}

/// The kind of a heading line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Heading {
    /// "五、…".
    Chapter,
    /// "（二）…".
    Sub,
    /// "1、…".
    Item,
}

/// A heading: an enumerator and a short title without sentence punctuation or figures.
fn heading(text: &str) -> Option<(Heading, String, String)> {
    // An enumerator of at most four characters, 、 and a title of at most 40.
    if !super::text::compact_len_at_most(text, 46) {
        return None;
    }
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (kind, numeral, rest) = if let Some(inner) = t.strip_prefix(['（', '(']) {
        let end = inner.find(['）', ')'])?;
        let numeral = inner.get(..end)?;
        if numeral.is_empty() || !numeral.chars().all(is_chinese_digit) {
            return None;
        }
        let rest = inner.get(end..)?.trim_start_matches(['）', ')']);
        (Heading::Sub, numeral.to_owned(), rest.to_owned())
    } else {
        let end = t
            .char_indices()
            .find(|(_, c)| !(is_chinese_digit(*c) || c.is_ascii_digit()))
            .map_or(t.len(), |(i, _)| i);
        let numeral = t.get(..end)?;
        let rest = t.get(end..)?.strip_prefix(['、', '.', '．'])?;
        if numeral.is_empty() {
            return None;
        }
        let kind = if numeral.chars().all(|c| c.is_ascii_digit()) {
            Heading::Item
        } else if numeral.chars().all(is_chinese_digit) {
            Heading::Chapter
        } else {
            return None;
        };
        (kind, numeral.to_owned(), rest.to_owned())
    };
    let short = rest.chars().count() <= 40;
    let plain = !rest.contains(['，', '。', '；', ',', ';', '：', ':'])
        && !rest.chars().any(|c| c.is_ascii_digit());
    (short && plain && !rest.is_empty()).then_some((kind, numeral, rest))
}

/// Where the reader is: the section label, the chapter's table family and main figures, and
/// the figures the section has named (the wholes of a bare 占比).
#[derive(Debug, Default)]
struct Section {
    chapter: String,
    sub: Option<String>,
    family: Option<Family>,
    chapter_family: Option<Family>,
    main: Option<Subject>,
    chapter_main: Option<Subject>,
    named: Vec<FigureRef>,
}

impl Section {
    fn chapter(index: &Index, numeral: String, title: &str) -> Section {
        let family = Family::of(title);
        let main = index.first_subject(title, family);
        Section {
            chapter: numeral,
            sub: None,
            family,
            chapter_family: family,
            main,
            chapter_main: main,
            named: Vec::new(),
        }
    }

    fn sub(&mut self, index: &Index, numeral: String, title: &str) {
        self.sub = Some(numeral);
        self.family = Family::of(title).or(self.chapter_family);
        self.main = index
            .first_subject(title, self.family)
            .or(self.chapter_main);
        self.named.clear();
    }

    fn label(&self) -> String {
        match &self.sub {
            Some(sub) => format!("{}（{sub}）", self.chapter),
            None => self.chapter.clone(),
        }
    }
}

/// The fund whose table a chapter's 类/款/项 names are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    GeneralPublic,
    GovernmentFund,
    StateCapital,
}

impl Family {
    fn of(title: &str) -> Option<Family> {
        if title.contains("一般公共预算") {
            Some(Family::GeneralPublic)
        } else if title.contains("政府性基金") {
            Some(Family::GovernmentFund)
        } else if title.contains("国有资本经营") {
            Some(Family::StateCapital)
        } else {
            None
        }
    }

    fn figure(self, code: FunctionCode) -> FigureRef {
        let code = Some(code);
        match self {
            Family::GeneralPublic => FigureRef::GeneralPublic {
                code,
                column: SpendingColumn::Subtotal,
            },
            Family::GovernmentFund => FigureRef::GovernmentFund {
                code,
                column: FundColumn::Expenditure,
            },
            Family::StateCapital => FigureRef::StateCapital {
                code,
                column: SpendingColumn::Subtotal,
            },
        }
    }
}
