//! The rule list of the narrative checks.

use crate::finding::{Area, Rule, Severity};

macro_rules! rule {
    ($id:literal, $sev:ident, $title:literal, $zh:literal, $desc:literal, $src:literal) => {
        Rule {
            id: $id,
            area: Area::Narrative,
            title: $title,
            title_zh: $zh,
            severity: Severity::$sev,
            description: $desc,
            source: $src,
        }
    };
}

/// `narrative.amount`: see [`RULES`].
pub const AMOUNT: Rule = rule!(
    "narrative.amount",
    Error,
    "stated amount equals the table figure",
    "说明金额与表内数一致",
    "A figure the 说明 states equals the table cell it describes; the narrative may print fewer decimals, so the check compares the intervals the printed figures stand for.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.share`: see [`RULES`].
pub const SHARE: Rule = rule!(
    "narrative.share",
    Error,
    "stated share is part / whole",
    "占比正确",
    "A stated 占比 equals part / whole × 100 of the table figures, within the precision of the printed figures and of the printed percentage.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.share-zero-base`: see [`RULES`].
pub const SHARE_ZERO_BASE: Rule = rule!(
    "narrative.share-zero-base",
    Error,
    "share of a zero whole",
    "分母为零的占比",
    "A 占比 is printed against a whole that is zero in the tables: it has no value.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.change-direction`: see [`RULES`].
pub const CHANGE_DIRECTION: Rule = rule!(
    "narrative.change-direction",
    Error,
    "direction word matches the change",
    "增减方向用词正确",
    "增加/减少 and 增长/下降 agree with each other and with the change: 持平 (与上年相同) with no amount, 增加/减少 with a non-zero amount; with prior-year figures given, the word matches the sign of current − prior.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.change-amount`: see [`RULES`].
pub const CHANGE_AMOUNT: Rule = rule!(
    "narrative.change-amount",
    Error,
    "stated change equals current − prior",
    "增减额正确",
    "With the prior-year figure given as input, the stated change equals current − prior within precision.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.prior-negative`: see [`RULES`].
pub const PRIOR_NEGATIVE: Rule = rule!(
    "narrative.prior-negative",
    Error,
    "change implies a negative prior year",
    "增减额大于本年数",
    "current − change (signed by the word) is negative: the stated decrease or increase cannot be right for an amount that cannot be negative.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.growth-rate`: see [`RULES`].
pub const GROWTH_RATE: Rule = rule!(
    "narrative.growth-rate",
    Error,
    "growth rate is change / prior year",
    "增长率正确",
    "A stated 增长率 equals |change| / (current − change) × 100, over the intervals of the printed figures.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.growth-infinite`: see [`RULES`].
pub const GROWTH_INFINITE: Rule = rule!(
    "narrative.growth-infinite",
    Error,
    "∞% with a non-zero prior year",
    "上年不为零却写∞%",
    "\"∞%\" is only acceptable when the prior year (current − change) is zero.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.growth-zero-base`: see [`RULES`].
pub const GROWTH_ZERO_BASE: Rule = rule!(
    "narrative.growth-zero-base",
    Error,
    "finite growth rate from a zero prior year",
    "上年为零却写增长率",
    "A finite 增长率 is printed although the prior year (current − change) is zero: there is no rate (print none, or ∞% as some templates do).",
    "DOMAIN.md §5 [D]"
);

/// `narrative.completion`: see [`RULES`].
pub const COMPLETION: Rule = rule!(
    "narrative.completion",
    Error,
    "completion rate is 决算 / 预算",
    "完成预算比例正确",
    "A stated 完成年初预算/全年预算 % equals 决算 / 预算 × 100 within precision.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.completion-zero-budget`: see [`RULES`].
pub const COMPLETION_ZERO_BUDGET: Rule = rule!(
    "narrative.completion-zero-budget",
    Error,
    "completion rate against a zero budget",
    "预算为零却写完成比例",
    "A 完成…预算的X% is printed although the budget is zero (a blank 预算数 or a stated 0): there is no rate.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.versus-budget`: see [`RULES`].
pub const VERSUS_BUDGET: Rule = rule!(
    "narrative.versus-budget",
    Error,
    "大于/小于/等于 matches 决算 vs 预算",
    "决算与预算比较用词正确",
    "大于/小于/等于/持平 between 决算 and 预算 matches the figures within precision.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.missing-reason`: see [`RULES`].
pub const MISSING_REASON: Rule = rule!(
    "narrative.missing-reason",
    Warning,
    "change or budget gap without a reason",
    "缺少原因说明",
    "A statement that reports a change from last year, or a 决算 different from its 预算, gives no reason (主要原因…).",
    "DOMAIN.md §5; 财预〔2016〕143号 [S]"
);

/// `narrative.count`: see [`RULES`].
pub const COUNT: Rule = rule!(
    "narrative.count",
    Error,
    "stated count equals the table",
    "数量与表内一致",
    "A stated count (vehicles, equipment, 三公 details, evaluated projects) equals the figure of the disclosure.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.grade-count`: see [`RULES`].
pub const GRADE_COUNT: Rule = rule!(
    "narrative.grade-count",
    Error,
    "stated grade counts equal the forms",
    "自评等级个数一致",
    "The number of projects stated for a grade equals the count of self-evaluation forms with that grade.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.nil`: see [`RULES`].
pub const NIL: Rule = rule!(
    "narrative.nil",
    Error,
    "\"no such expenditure\" with a non-zero figure",
    "称无此项但表内有数",
    "The 说明 says there is no such income or expenditure, but the table figure is not zero.",
    "DOMAIN.md §5 [D]"
);

/// `narrative.detail-coverage`: see [`RULES`].
pub const DETAIL_COVERAGE: Rule = rule!(
    "narrative.detail-coverage",
    Warning,
    "every non-zero 类 line has its sentence",
    "具体情况缺少科目",
    "Every non-zero line of 公开05表 at the expected level (类 by default; a parameter) has its sentence in the 具体情况 paragraph.",
    "DOMAIN.md §5 [S]"
);

/// `narrative.residue`: see [`RULES`].
pub const RESIDUE: Rule = rule!(
    "narrative.residue",
    Error,
    "template residue",
    "模板残留",
    "The text contains a template placeholder (XX, ××, 待填写, {单位}, 某某 …).",
    "DOMAIN.md §5 [V]"
);

/// `narrative.contradiction`: see [`RULES`].
pub const CONTRADICTION: Rule = rule!(
    "narrative.contradiction",
    Error,
    "contradictory direction words",
    "增减用词矛盾",
    "The text prints contradictory direction words together (增加持平, 增长下降, 减少-…).",
    "DOMAIN.md §5 [D]"
);

/// `narrative.unverifiable`: see [`RULES`].
pub const UNVERIFIABLE: Rule = rule!(
    "narrative.unverifiable",
    Info,
    "stated figure not in the disclosure",
    "说明数无表可核",
    "A claim names a figure the disclosure does not have (its template has no such row): it cannot be verified against a table; shares, rates and completions that use it are checked against the amount the narrative itself states for it.",
    "design"
);

/// `narrative.three-public-detail`: see [`RULES`].
pub const THREE_PUBLIC_DETAIL: Rule = rule!(
    "narrative.three-public-detail",
    Error,
    "三公 details agree with the money spent",
    "“三公”经费具体情况与支出一致",
    "The 三公 details no table prints agree with the 决算数 of 公开09表: no 团组, 人次 or 接待批次 without spending on the item, and some with it; the vehicles kept with 财政拨款 not more than the vehicles the unit has.",
    "[D] the 具体情况 paragraph details the 决算数 of the 三公 table"
);

/// `narrative.part-of-whole`: see [`RULES`].
pub const PART_OF_WHOLE: Rule = rule!(
    "narrative.part-of-whole",
    Error,
    "stated part within its whole",
    "分项不超过总额",
    "A stated figure no table prints must fit the figure it is part of: 国内 and 国（境）外接待费 not above the 公务接待费 of the 三公 table (公务接待费 equal to it), 外事接待 not above 国内接待, 授予中小企业合同金额 not above 政府采购 and 授予小微企业 not above 授予中小企业; the 中小企业 awards in reserved and in other projects, together, not above 政府采购; 小微企业 reservations and awards not above the 中小企业 ones.",
    "[D] DOMAIN.md §4 (10: 授予中小企业 ≤ 合计); the 三公 table's 公务接待费 includes all 接待"
);

/// `narrative.claim-not-in-text`: see [`RULES`].
pub const CLAIM_NOT_IN_TEXT: Rule = rule!(
    "narrative.claim-not-in-text",
    Warning,
    "claim not found in the statement's text",
    "数据与原文不符",
    "A figure recorded as a claim of a statement does not occur in the statement's printed text: the claim or the transcription is wrong.",
    "design"
);

/// `narrative.text-figure`: see [`RULES`].
pub const TEXT_FIGURE: Rule = rule!(
    "narrative.text-figure",
    Error,
    "the text prints the claim's figure at the claim's place",
    "原文数据与记录一致",
    "Each claim of a statement is found at its own place in the printed text: in claim order, after the words that introduce it (its figure's name, 增加/减少, 占, 完成, the budget's name, a count's category); a figure printed there that differs from the claim is an error, even when the claimed value is printed elsewhere in the sentence. Counts are compared with their classifier (个, 人次, 批次, 辆, 台（套）).",
    "design"
);

/// `narrative.negative`: see [`RULES`].
pub const NEGATIVE: Rule = rule!(
    "narrative.negative",
    Error,
    "no negative magnitude",
    "说明数据不为负",
    "The 说明 prints magnitudes: a share, a completion rate, the amount and rate of a change (its word, 增加 or 减少, says the direction), a budget and the money received or spent are never negative. Only a balance (结转和结余) can be. A negative figure is kept as printed and reported, not rejected.",
    "[D] DOMAIN.md §5; the templates' 说明 wording"
);

/// `narrative.list-sum`: see [`RULES`].
pub const LIST_SUM: Rule = rule!(
    "narrative.list-sum",
    Error,
    "listed parts add up to the stated whole",
    "说明所列分项之和等于总数",
    "A list the 说明 states adds up to the whole it states, within the derivation allowance of its printed parts (n parts: less than (n+1)/2 units of the last place): the budgets of the lines the 具体情况 paragraph lists, level by level, against the budget it states for 一般公共预算财政拨款支出 (only where it lists every line of that level the table prints with spending; budgets short of the whole are a warning, since a line budgeted but not spent prints no row and so has no sentence), and 政府采购 货物 + 工程 + 服务 against the 政府采购 total where no table prints them.",
    "DOMAIN.md §2 [D]; the templates' 具体情况 and 政府采购 paragraphs"
);

/// `narrative.line-name`: see [`RULES`].
pub const LINE_NAME: Rule = rule!(
    "narrative.line-name",
    Warning,
    "the 说明 names a line as the table does",
    "说明所列科目名称与表内一致",
    "A name the 说明 prints before a level marker (…（类）…（款）…（项）) is the name the table prints for the line the statement is about, or its 类 or 款 (the catalog's name where the table does not print the line).",
    "[D] the templates' 具体情况 paragraph names each line by its 功能分类 name"
);

/// `narrative.listed-zero`: see [`RULES`].
pub const LISTED_ZERO: Rule = rule!(
    "narrative.listed-zero",
    Warning,
    "the 说明 lists only lines involved",
    "说明不列未涉及的科目",
    "A line of 公开05表 the 说明 describes is one the table prints with spending, or one with a budget the statement explains; a line printed as 0.00 is not involved and is not listed.",
    "the Shanghai 2024 template's 说明 (不涉及的不列)"
);

/// Every rule of the narrative checks ([`check`](super::check)), with its default severity.
/// A difference within the precision of the printed figures is always reported as info.
pub const RULES: &[&Rule] = &[
    &AMOUNT,
    &SHARE,
    &SHARE_ZERO_BASE,
    &CHANGE_DIRECTION,
    &CHANGE_AMOUNT,
    &PRIOR_NEGATIVE,
    &GROWTH_RATE,
    &GROWTH_INFINITE,
    &GROWTH_ZERO_BASE,
    &COMPLETION,
    &COMPLETION_ZERO_BUDGET,
    &VERSUS_BUDGET,
    &MISSING_REASON,
    &COUNT,
    &GRADE_COUNT,
    &NIL,
    &DETAIL_COVERAGE,
    &RESIDUE,
    &CONTRADICTION,
    &UNVERIFIABLE,
    &THREE_PUBLIC_DETAIL,
    &PART_OF_WHOLE,
    &CLAIM_NOT_IN_TEXT,
    &TEXT_FIGURE,
    &NEGATIVE,
    &LIST_SUM,
    &LINE_NAME,
    &LISTED_ZERO,
];
