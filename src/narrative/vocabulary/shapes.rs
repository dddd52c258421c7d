//! The words of the sentence shapes: what a 说明 prints before a figure to say what the figure
//! is (增加, 占比, 完成年初预算的, 全年预算为 …), the words of a comparison with a budget, of a
//! reason, a description, a nil claim and a grade. The importer reads these; the checks take
//! the ones a claim's figure follows ([`SHARE_WORDS`], [`COMPLETION_WORDS`], [`BUDGET_WORDS`]).

use crate::classification::Level;
use crate::narrative::{BudgetKind, ChangeWord, Comparison, FigureRef};

/// What a marker word says the figure after it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marked {
    /// 增加/减少 (an amount follows) or 增长/下降 (a rate follows).
    Change(ChangeWord),
    /// 完成…预算的: a completion rate of that budget.
    Completion(BudgetKind),
    /// 年初预算, 全年预算: the budget's amount.
    Budget(BudgetKind),
    /// 涉及资金 (the forms' 全年执行数) or 涉及预算金额 (their 全年预算数).
    Evaluation(FigureRef),
}

/// The marker words, each after the longer words it starts. "完成预算的" names no kind: the
/// Shanghai template's 三公 paragraph measures against 公开09表's 预算数, the 全年预算.
pub(crate) const MARKERS: &[(&str, Marked)] = &[
    ("完成年初预算数的", Marked::Completion(BudgetKind::Initial)),
    ("完成年初预算的", Marked::Completion(BudgetKind::Initial)),
    ("完成全年预算数的", Marked::Completion(BudgetKind::FullYear)),
    ("完成全年预算的", Marked::Completion(BudgetKind::FullYear)),
    ("完成预算数的", Marked::Completion(BudgetKind::FullYear)),
    ("完成预算的", Marked::Completion(BudgetKind::FullYear)),
    ("年初预算数为", Marked::Budget(BudgetKind::Initial)),
    ("年初预算为", Marked::Budget(BudgetKind::Initial)),
    ("年初预算数", Marked::Budget(BudgetKind::Initial)),
    ("年初预算", Marked::Budget(BudgetKind::Initial)),
    ("全年预算数为", Marked::Budget(BudgetKind::FullYear)),
    ("全年预算为", Marked::Budget(BudgetKind::FullYear)),
    ("全年预算数", Marked::Budget(BudgetKind::FullYear)),
    ("全年预算", Marked::Budget(BudgetKind::FullYear)),
    ("涉及资金", Marked::Evaluation(FigureRef::EvaluationSpent)),
    (
        "涉及预算金额",
        Marked::Evaluation(FigureRef::EvaluationBudget),
    ),
    ("增加", Marked::Change(ChangeWord::Increase)),
    ("减少", Marked::Change(ChangeWord::Decrease)),
    ("增长", Marked::Change(ChangeWord::Grow)),
    ("下降", Marked::Change(ChangeWord::Decline)),
];

/// A change without figures: 与上年相同, 与上年持平.
pub(crate) const UNCHANGED: &[(&str, ChangeWord)] = &[
    ("与上年度相同", ChangeWord::SameAsLastYear),
    ("与上年相同", ChangeWord::SameAsLastYear),
    ("与上年度持平", ChangeWord::Flat),
    ("与上年持平", ChangeWord::Flat),
];

/// A share: 占比Y%, 占Y%, 占<whole>的Y%.
pub(crate) const SHARE_WORDS: &[&str] = &["占比", "占"];

/// The word a completion rate follows, as the checks find it (完成年初预算的 …).
pub(crate) const COMPLETION_WORDS: &[&str] = &["完成"];

/// The words a comparison with a budget starts with (大于年初预算 …).
pub(crate) const COMPARISONS: &[(&str, Comparison)] = &[
    ("大于", Comparison::Greater),
    ("小于", Comparison::Less),
    ("等于", Comparison::Equal),
];

/// The words after "与<budget>" that compare with it (与全年预算数持平).
pub(crate) const LEVEL_WITH: &[(&str, Comparison)] =
    &[("持平", Comparison::Flat), ("相等", Comparison::Equal)];

/// A comparison that names its budget first: 与全年预算数持平.
pub(crate) const LEVEL: &str = "与";

/// The budgets a comparison names; 预算数 and 预算 name no kind.
pub(crate) const BUDGETS: &[(&str, Option<BudgetKind>)] = &[
    ("年初预算数", Some(BudgetKind::Initial)),
    ("年初预算", Some(BudgetKind::Initial)),
    ("全年预算数", Some(BudgetKind::FullYear)),
    ("全年预算", Some(BudgetKind::FullYear)),
    ("预算数", None),
    ("预算", None),
];

/// The words a stated budget follows, beside its kind's name, as the checks find it.
pub(crate) const BUDGET_WORDS: &[&str] = &["预算", "预算数", "预算为"];

/// Words that introduce an amount no claim is about unless it names them itself: a budget
/// (年初预算, 全年预算 …; not the 预算 of a fund's name, 一般公共预算财政拨款) or a prior-year
/// figure (上年).
pub(crate) const OTHER_AMOUNTS: &[&str] = &[
    "年初预算",
    "全年预算",
    "调整预算",
    "预算数",
    "预算为",
    "预算金额",
    "上年",
];

/// The reason, to the end of its sentence: its figures are no claims.
pub(crate) const REASON: &str = "主要原因";

/// A description, to the end of its clause (主要用于…): its figures are no claims.
pub(crate) const DESCRIPTIONS: &[&str] = &["主要用于", "主要包括", "主要是", "用于"];

/// A nil claim: 无 and a subject, or 无 and one of these (the section's figure).
pub(crate) const NIL: &str = "无";
pub(crate) const NIL_OF_SECTION: &[&str] = &["此项支出", "此项收支", "此项收入", "此项"];

/// The grade of the count that follows: 评级为“优”的项目 (quotes as `"`).
pub(crate) const GRADE_BEFORE: &[&str] = &["评级为\"", "等级为\""];

/// The grade of the count just read: 12个项目自评等级为“优”.
pub(crate) const GRADE_AFTER: &[&str] = &["自评等级为\"", "等级为\"", "评级为\"", "评价等级为\""];

/// The level a 类/款/项 name is printed with ("社会保障和就业支出（类）", compared with bracket
/// widths aside).
pub(crate) const LEVEL_MARKERS: [(&str, Level); 3] = [
    ("（类）", Level::Class),
    ("（款）", Level::Section),
    ("（项）", Level::Item),
];

/// The first characters of every word above: where the reader must look for one.
pub(crate) fn shape_starts() -> impl Iterator<Item = char> {
    let words = MARKERS
        .iter()
        .map(|(w, _)| *w)
        .chain(UNCHANGED.iter().map(|(w, _)| *w))
        .chain(SHARE_WORDS.iter().copied())
        .chain(COMPARISONS.iter().map(|(w, _)| *w))
        .chain([LEVEL, REASON, NIL])
        .chain(DESCRIPTIONS.iter().copied())
        .chain(GRADE_BEFORE.iter().copied());
    words.filter_map(|w| w.chars().next())
}
