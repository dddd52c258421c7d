//! The sentence shapes a figure is claimed in: markers (增加, 占比, 完成…的, 年初预算 …),
//! comparisons with a budget, and the claim a figure after a marker makes.

use super::scan::{PendingChange, Scan};
use crate::narrative::vocabulary::{
    BUDGETS, COMPARISONS, Classifier, GRADE_AFTER, LEVEL, LEVEL_WITH, MARKERS, Marked, Subject,
    UNCHANGED, Unit,
};
use crate::narrative::{
    Budget, BudgetKind, ChangeWord, Claim, Comparison, FigureRef, ProcurementItem, Stage,
    StatedRate, ThreePublicItem,
};

/// Which figure a sentence shape expects next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Marker {
    /// 增加/减少 (an amount follows) or 增长/下降 (a rate follows).
    Change(ChangeWord),
    /// 占比, 占, 占<whole>的.
    Share(Option<FigureRef>),
    /// 完成…预算的.
    Completion(BudgetKind),
    /// 年初预算, 全年预算.
    Budget(BudgetKind),
    /// 涉及资金 (the forms' 全年执行数) or 涉及预算金额 (their 全年预算数).
    Evaluation(FigureRef),
    /// 评级为“优”的项目.
    Grade(String),
}

/// The figure a bare 占比 of `part` is a share of.
fn parent(part: FigureRef) -> Option<FigureRef> {
    Some(match part {
        FigureRef::FiscalIncome
        | FigureRef::SuperiorSubsidyIncome
        | FigureRef::ServiceIncome
        | FigureRef::BusinessIncome
        | FigureRef::AffiliateRemittanceIncome
        | FigureRef::OtherIncome => FigureRef::IncomeTotal,
        FigureRef::BasicExpenditure
        | FigureRef::ProjectExpenditure
        | FigureRef::RemittanceExpenditure
        | FigureRef::BusinessExpenditure
        | FigureRef::AffiliateSubsidyExpenditure => FigureRef::ExpenditureTotal,
        FigureRef::GeneralPublic {
            code: Some(code),
            column,
        } => FigureRef::GeneralPublic {
            code: code.parent(),
            column,
        },
        FigureRef::GovernmentFund {
            code: Some(code),
            column,
        } => FigureRef::GovernmentFund {
            code: code.parent(),
            column,
        },
        FigureRef::StateCapital {
            code: Some(code),
            column,
        } => FigureRef::StateCapital {
            code: code.parent(),
            column,
        },
        FigureRef::ThreePublic {
            stage,
            item:
                ThreePublicItem::OverseasTravel | ThreePublicItem::Vehicles | ThreePublicItem::Reception,
        } => FigureRef::ThreePublic {
            stage,
            item: ThreePublicItem::Total,
        },
        FigureRef::ThreePublic {
            stage,
            item: ThreePublicItem::VehiclePurchase | ThreePublicItem::VehicleOperation,
        } => FigureRef::ThreePublic {
            stage,
            item: ThreePublicItem::Vehicles,
        },
        FigureRef::Procurement(
            ProcurementItem::Goods
            | ProcurementItem::Works
            | ProcurementItem::Services
            | ProcurementItem::SmallMedium
            | ProcurementItem::SmallMicro,
        ) => FigureRef::Procurement(ProcurementItem::Total),
        _ => return None,
    })
}

impl Scan<'_, '_> {
    /// The words of the shapes: 与上年相同, comparisons, markers (完成…的, 年初预算, 增加 …, 占).
    pub(super) fn read_keyword(&mut self) -> bool {
        // 与上年相同 / 持平: a change without figures.
        for (word, change) in UNCHANGED {
            if self.at(word) {
                self.finish_change();
                if let Some(subject) = self.subject {
                    for figure in subject.amounts() {
                        if let Ok(claim) =
                            Claim::change(figure, *change, None, None, StatedRate::Omitted)
                        {
                            self.claims.push(claim);
                        }
                    }
                }
                self.pos = self.pos.saturating_add(word.chars().count());
                self.anchor = self.pos;
                return true;
            }
        }
        if self.read_versus() {
            return true;
        }
        for (word, marked) in MARKERS {
            if self.at(word) {
                self.pos = self.pos.saturating_add(word.chars().count());
                self.anchor = self.pos;
                self.marker = Some(match *marked {
                    Marked::Change(change) => Marker::Change(change),
                    Marked::Completion(kind) => Marker::Completion(kind),
                    Marked::Budget(kind) => Marker::Budget(kind),
                    Marked::Evaluation(figure) => Marker::Evaluation(figure),
                });
                return true;
            }
        }
        self.read_share()
    }

    /// 占比, 占Y%, 占<whole>的: the marker of a share.
    fn read_share(&mut self) -> bool {
        if self.at("占比") {
            self.pos = self.pos.saturating_add(2);
            self.anchor = self.pos;
            self.marker = Some(Marker::Share(None));
            return true;
        }
        if self.at("占") {
            let after = self.pos.saturating_add(1);
            if self.chars.get(after).is_some_and(char::is_ascii_digit) {
                self.pos = after;
                self.anchor = after;
                self.marker = Some(Marker::Share(None));
                return true;
            }
            if let Some((len, Subject::Figure(whole))) =
                self.index.subject(&self.chars, after, self.section.family)
            {
                let mut end = after.saturating_add(len);
                if self.chars.get(end) == Some(&'的') {
                    end = end.saturating_add(1);
                }
                self.pos = end;
                self.anchor = end;
                self.marker = Some(Marker::Share(Some(whole)));
                return true;
            }
        }
        false
    }

    /// 决算数小于全年预算数, 大于年初预算, 与全年预算数持平 …: a comparison with a budget.
    fn read_versus(&mut self) -> bool {
        let mut found: Option<(usize, Comparison, Option<BudgetKind>)> = None;
        for (word, comparison) in COMPARISONS {
            if self.at(word) {
                let word_len = word.chars().count();
                let after = self.pos.saturating_add(word_len);
                found = BUDGETS.iter().find_map(|(b, kind)| {
                    let len = b.chars().count();
                    self.at_index(after, b).then_some((
                        word_len.saturating_add(len),
                        *comparison,
                        *kind,
                    ))
                });
                break;
            }
        }
        if found.is_none() && self.at(LEVEL) {
            let after = self.pos.saturating_add(LEVEL.chars().count());
            for (b, kind) in BUDGETS {
                let len = b.chars().count();
                if !self.at_index(after, b) {
                    continue;
                }
                let end = after.saturating_add(len);
                for (word, comparison) in LEVEL_WITH {
                    if self.at_index(end, word) {
                        let whole = end.saturating_add(word.chars().count());
                        found = Some((whole.saturating_sub(self.pos), *comparison, *kind));
                    }
                }
                break;
            }
        }
        let Some((len, comparison, kind)) = found else {
            return false;
        };
        let clause = self.text(self.pos, self.pos.saturating_add(len));
        self.pos = self.pos.saturating_add(len);
        self.anchor = self.pos;
        self.marker = None;
        let claims: Vec<Claim> = match self.subject {
            Some(subject) => subject
                .amounts()
                .into_iter()
                .filter_map(|figure| {
                    self.budget(subject, kind)
                        .map(|budget| Claim::versus_budget(figure, budget, comparison))
                })
                .collect(),
            None => Vec::new(),
        };
        if claims.is_empty() {
            self.unread.push(clause);
        } else {
            self.finish_change();
            self.claims.extend(claims);
        }
        true
    }

    /// The budget `kind` of the subject: the table's 预算数 (全年预算), else the budget the
    /// statement stated. "预算数" without a kind is the 全年预算 when the table prints it or the
    /// statement states it, else the only budget stated.
    pub(super) fn budget(&self, subject: Subject, kind: Option<BudgetKind>) -> Option<Budget> {
        let table = subject.table_budget();
        let full = || {
            table
                .map(|f| Budget::table(BudgetKind::FullYear, f))
                .or_else(|| {
                    self.full_budget
                        .as_deref()
                        .and_then(|a| Budget::stated(BudgetKind::FullYear, a).ok())
                })
        };
        let initial = || {
            self.initial_budget
                .as_deref()
                .and_then(|a| Budget::stated(BudgetKind::Initial, a).ok())
        };
        match kind {
            Some(BudgetKind::FullYear) => full(),
            Some(BudgetKind::Initial) => initial(),
            None => full().or_else(initial),
        }
    }

    /// Claims the figure `number` in `unit` after `marker`; whether it was read.
    pub(super) fn figure(&mut self, number: &str, unit: Unit, marker: Option<Marker>) -> bool {
        let subject = self.subject;
        match (unit, marker) {
            (Unit::Count(Classifier::Items), Some(Marker::Grade(grade))) => {
                self.count_grade(&grade, number)
            }
            (Unit::Count(Classifier::Items), None) if self.grade_after() => {
                // "12个项目自评等级为“优”".
                let Some(grade) = self.take_grade_after() else {
                    return false;
                };
                self.count_grade(&grade, number)
            }
            (Unit::WanYuan, Some(Marker::Change(word)))
                if matches!(word, ChangeWord::Increase | ChangeWord::Decrease) =>
            {
                let Some(subject) = subject else { return false };
                let figures = subject.amounts();
                if figures.is_empty() {
                    return false;
                }
                self.finish_change();
                self.pending = Some(PendingChange {
                    figures,
                    word,
                    amount: Some(number.to_owned()),
                });
                true
            }
            (Unit::Percent, Some(Marker::Change(word)))
                if matches!(word, ChangeWord::Grow | ChangeWord::Decline) =>
            {
                subject.is_some_and(|subject| self.rate(subject, word, number))
            }
            (Unit::Percent, Some(Marker::Share(whole))) => {
                let part = match subject {
                    Some(Subject::Figure(part)) => part,
                    // A 三公 item's share of the 三公 经费 (its 决算数).
                    Some(Subject::ThreePublic(item)) => FigureRef::ThreePublic {
                        stage: Stage::Actual,
                        item,
                    },
                    _ => return false,
                };
                let whole =
                    whole.or_else(|| parent(part).filter(|p| self.section.named.contains(p)));
                let Some(whole) = whole else { return false };
                self.push(Claim::share(part, whole, &format!("{number}%")))
            }
            (Unit::Percent, Some(Marker::Completion(kind))) => {
                let Some(subject) = subject else { return false };
                let Some(budget) = self.budget(subject, Some(kind)) else {
                    return false;
                };
                let figures = subject.amounts();
                let mut any = false;
                for figure in figures {
                    any |= self.push(Claim::completion(figure, budget, &format!("{number}%")));
                }
                any
            }
            (Unit::WanYuan, Some(Marker::Budget(kind))) => {
                subject.is_some_and(|subject| self.stated_budget(subject, kind, number))
            }
            (Unit::WanYuan, Some(Marker::Evaluation(figure))) => {
                subject == Some(Subject::Evaluation) && self.push(Claim::amount(figure, number))
            }
            (Unit::WanYuan, None) => {
                let Some(subject) = subject else { return false };
                let figures = subject.amounts();
                let mut any = false;
                for figure in figures {
                    any |= self.push(Claim::amount(figure, number));
                }
                any
            }
            (Unit::Count(classifier), None) => {
                let Some(count) = subject.and_then(|s| s.count(classifier)) else {
                    return false;
                };
                let Ok(stated) = number.parse::<u64>() else {
                    return false;
                };
                self.claims.push(Claim::count(count, stated));
                true
            }
            _ => false,
        }
    }

    /// A budget the statement states (年初预算X万元, 全年预算X万元): a claim of the table's
    /// 预算数 where the table prints the subject's budget, else kept for a completion or a
    /// comparison that follows.
    fn stated_budget(&mut self, subject: Subject, kind: BudgetKind, number: &str) -> bool {
        match (kind, subject.table_budget()) {
            (BudgetKind::FullYear, Some(figure)) => self.push(Claim::amount(figure, number)),
            (BudgetKind::Initial, _) => {
                self.initial_budget = Some(number.to_owned());
                true
            }
            (_, _) => {
                self.full_budget = Some(number.to_owned());
                true
            }
        }
    }

    /// A growth rate (增长/下降 `number`%) of the subject: the rate of the change just read,
    /// or a change of its own.
    fn rate(&mut self, subject: Subject, word: ChangeWord, number: &str) -> bool {
        let rate = format!("{number}%");
        let Ok(stated) = StatedRate::parse(&rate) else {
            return false;
        };
        match self.pending.take() {
            Some(pending) if pending.figures == subject.amounts() => {
                self.push_change(&pending, Some(word), stated);
                true
            }
            other => {
                self.pending = other;
                self.finish_change();
                let figures = subject.amounts();
                let pending = PendingChange {
                    figures,
                    word,
                    amount: None,
                };
                let before = self.claims.len();
                self.push_change(&pending, Some(word), stated);
                self.claims.len() > before
            }
        }
    }

    pub(super) fn push(&mut self, claim: Result<Claim, crate::narrative::NarrativeError>) -> bool {
        match claim {
            Ok(claim) => {
                self.claims.push(claim);
                true
            }
            Err(_) => false,
        }
    }

    pub(super) fn count_grade(&mut self, grade: &str, number: &str) -> bool {
        let Ok(stated) = number.parse::<u64>() else {
            return false;
        };
        self.push(Claim::grade_count(grade, stated))
    }

    /// Whether "项目自评等级为“X”" (or 评级为, 评价等级为) follows the count just read.
    pub(super) fn grade_after(&self) -> bool {
        let end = self.next_of(self.pos, &['，', '；', '。']);
        let clause = self.text(self.pos, end);
        let words = clause.trim_start_matches("项目");
        GRADE_AFTER.iter().any(|w| words.starts_with(w))
    }

    pub(super) fn take_grade_after(&mut self) -> Option<String> {
        let open = self.next_of(self.pos, &['"']);
        let close = self.next_of(open.saturating_add(1), &['"']);
        if close >= self.chars.len() {
            return None;
        }
        let grade = self.text(open.saturating_add(1), close);
        self.pos = close.saturating_add(1);
        Some(grade)
    }

    pub(super) fn push_change(
        &mut self,
        pending: &PendingChange,
        rate_word: Option<ChangeWord>,
        rate: StatedRate,
    ) {
        for figure in &pending.figures {
            if let Ok(claim) = Claim::change(
                *figure,
                pending.word,
                pending.amount.as_deref(),
                rate_word,
                rate,
            ) {
                self.claims.push(claim);
            }
        }
    }

    /// Claims a change read without a rate.
    pub(super) fn finish_change(&mut self) {
        if let Some(pending) = self.pending.take() {
            self.push_change(&pending, None, StatedRate::Omitted);
        }
    }
}
