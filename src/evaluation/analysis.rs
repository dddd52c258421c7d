//! What the analysis text of a form calls a figure: its 执行率, the money spent or the budget.
//!
//! The audit (`eval.analysis-figure`) holds such a figure to the form's own figures, and
//! [`compile`](crate::compile) writes the form's figures into the texts it prints; both read the
//! words with this one function.

/// What the words right before a figure of a form's analysis call it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AnalysisSubject {
    /// A percentage given as the 执行率 (执行率, 执行进度, 支出进度 …).
    Rate,
    /// An amount given as the money spent (支出, 执行, 使用, 支付, 实际).
    Spent,
    /// An amount given as the budget (预算, 资金总额 …).
    Budget,
}

/// Words that call a percentage the 执行率.
const RATE_WORDS: &[&str] = &[
    "执行率",
    "执行进度",
    "支出进度",
    "支付进度",
    "预算执行",
    "资金使用率",
    "使用进度",
];

/// Words that call an amount the money spent.
const SPENT_WORDS: &[&str] = &["支出", "执行", "使用", "支付", "实际"];

/// Words that call an amount the budget.
const BUDGET_WORDS: &[&str] = &["预算", "资金总额", "安排资金", "下达资金"];

/// The most characters between the words and the figure: "执行率为", "支出达到".
const GAP: usize = 4;

impl AnalysisSubject {
    /// What `words` (the text printed right before a figure, white space removed) call it: the
    /// word that ends closest to the figure, within four characters of it. A percentage
    /// (`percent`) can only be the 执行率; an amount in 万元 the money spent or the budget.
    ///
    /// ```
    /// use final_accounts::evaluation::AnalysisSubject;
    /// assert_eq!(AnalysisSubject::of("全年预算执行率为", true), Some(AnalysisSubject::Rate));
    /// assert_eq!(AnalysisSubject::of("项目经费支出", false), Some(AnalysisSubject::Spent));
    /// assert_eq!(AnalysisSubject::of("年初预算", false), Some(AnalysisSubject::Budget));
    /// // Too far from its words, or other words: not the form's figure.
    /// assert_eq!(AnalysisSubject::of("执行率较上年提高了", true), None);
    /// assert_eq!(AnalysisSubject::of("满意度", true), None);
    /// ```
    #[must_use]
    pub fn of(words: &str, percent: bool) -> Option<AnalysisSubject> {
        let lists: &[(&[&str], AnalysisSubject)] = if percent {
            &[(RATE_WORDS, AnalysisSubject::Rate)]
        } else {
            &[
                (SPENT_WORDS, AnalysisSubject::Spent),
                (BUDGET_WORDS, AnalysisSubject::Budget),
            ]
        };
        lists
            .iter()
            .flat_map(|(list, subject)| {
                list.iter().filter_map(move |w| {
                    words
                        .rfind(w)
                        .map(|at| (at.saturating_add(w.len()), w.len(), *subject))
                })
            })
            .max_by_key(|(end, len, _)| (*end, *len))
            .filter(|(end, _, _)| {
                words
                    .get(*end..)
                    .is_some_and(|gap| gap.chars().count() <= GAP)
            })
            .map(|(_, _, subject)| subject)
    }
}
