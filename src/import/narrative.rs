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
//! A statement is read left to right. A **subject** is a phrase of the vocabulary (收入总计,
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

use std::collections::HashMap;
use std::sync::LazyLock;

use super::grid::Prose;
use super::{Diagnostic, DiagnosticKind};
use crate::classification::{FunctionCode, Level};
use crate::disclosure::Disclosure;
use crate::narrative::{
    Budget, BudgetKind, ChangeWord, Claim, Comparison, CountRef, FigureRef, FundColumn, Narrative,
    ProcurementItem, ReceptionScope, SpendingColumn, Stage, StatedRate, Statement, ThreePublicItem,
    VehicleCategory,
};

/// Reads the 说明 from the prose of a document; `disclosure` gives the 类/款/项 names its
/// tables print. Paragraphs outside the 说明 are reported as prose not read.
pub(crate) fn read(
    prose: &[Prose],
    disclosure: &Disclosure,
    diagnostics: &mut Vec<Diagnostic>,
) -> Narrative {
    let vocabulary = Vocabulary::new(disclosure);
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
                section = Section::chapter(&vocabulary, numeral, &rest);
                continue;
            }
            Some((Heading::Sub, numeral, rest)) => {
                section.sub(&vocabulary, numeral, &rest);
                continue;
            }
            Some((Heading::Item, _, _)) => continue,
            None => {}
        }
        let label = section.label();
        let mut scan = Scan::new(&vocabulary, &mut section, text);
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

const CHINESE_NUMERALS: &str = "一二三四五六七八九十";

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
        if numeral.is_empty() || !numeral.chars().all(|c| CHINESE_NUMERALS.contains(c)) {
            return None;
        }
        let rest = inner.get(end..)?.trim_start_matches(['）', ')']);
        (Heading::Sub, numeral.to_owned(), rest.to_owned())
    } else {
        let end = t
            .char_indices()
            .find(|(_, c)| !(CHINESE_NUMERALS.contains(*c) || c.is_ascii_digit()))
            .map_or(t.len(), |(i, _)| i);
        let numeral = t.get(..end)?;
        let rest = t.get(end..)?.strip_prefix(['、', '.', '．'])?;
        if numeral.is_empty() {
            return None;
        }
        let kind = if numeral.chars().all(|c| c.is_ascii_digit()) {
            Heading::Item
        } else if numeral.chars().all(|c| CHINESE_NUMERALS.contains(c)) {
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
    fn chapter(vocabulary: &Vocabulary, numeral: String, title: &str) -> Section {
        let family = Family::of(title);
        let main = vocabulary.first_subject(title, family);
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

    fn sub(&mut self, vocabulary: &Vocabulary, numeral: String, title: &str) {
        self.sub = Some(numeral);
        self.family = Family::of(title).or(self.chapter_family);
        self.main = vocabulary
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

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// A money figure.
    Figure(FigureRef),
    /// Two figures named together (收入支出总计).
    Pair(FigureRef, FigureRef),
    /// A 三公 item: its 决算数 is stated, its 预算数 is the budget.
    ThreePublic(ThreePublicItem),
    /// A 公务接待 detail (国内, 外事, 国（境）外).
    Reception(ReceptionScope),
    /// Something counted.
    Counted(Counted),
    /// The self-evaluated projects.
    Evaluation,
    /// A phrase of the 说明 that states figures no claim reads (编报绩效目标 …): figures after it
    /// are not claimed.
    Other,
    /// A 类/款/项 path that resolves only in part to a printed row ("X（类）Y（款）Z（项）" where
    /// Z is no 项 the table prints under Y): it names no row, so no figure after it is claimed,
    /// neither for Z nor for the 款 or 类 that did match; the path is reported as not read.
    Partial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Vehicles(Option<VehicleCategory>),
    Equipment,
    Purchased,
    Funded,
    Overseas,
}

impl Subject {
    /// The money figures the subject's amount is.
    fn amounts(self) -> Vec<FigureRef> {
        match self {
            Subject::Figure(f) => vec![f],
            Subject::Pair(a, b) => vec![a, b],
            Subject::ThreePublic(item) => vec![FigureRef::ThreePublic {
                stage: Stage::Actual,
                item,
            }],
            Subject::Reception(scope) => vec![FigureRef::Reception(scope)],
            _ => Vec::new(),
        }
    }

    /// The table figure that is the subject's budget (公开09表's 预算数).
    fn table_budget(self) -> Option<FigureRef> {
        match self {
            Subject::ThreePublic(item) => Some(FigureRef::ThreePublic {
                stage: Stage::Budget,
                item,
            }),
            _ => None,
        }
    }

    /// What a count in `unit` of the subject counts.
    fn count(self, unit: Unit) -> Option<CountRef> {
        Some(match (self, unit) {
            (Subject::Counted(Counted::Vehicles(c)), Unit::Vehicles) => CountRef::Vehicles(c),
            (Subject::Counted(Counted::Equipment), Unit::Sets) => CountRef::CostlyEquipment,
            (Subject::Counted(Counted::Purchased), Unit::Vehicles) => CountRef::VehiclesPurchased,
            (Subject::Counted(Counted::Funded), Unit::Vehicles) => CountRef::VehiclesFunded,
            (Subject::Counted(Counted::Overseas), Unit::Items) => CountRef::OverseasGroups,
            (Subject::Counted(Counted::Overseas), Unit::PersonTimes) => {
                CountRef::OverseasPersonTimes
            }
            (Subject::ThreePublic(ThreePublicItem::Reception), Unit::Batches) => {
                CountRef::ReceptionBatches(ReceptionScope::All)
            }
            (Subject::ThreePublic(ThreePublicItem::Reception), Unit::PersonTimes) => {
                CountRef::ReceptionPersonTimes(ReceptionScope::All)
            }
            (Subject::Reception(scope), Unit::Batches) => CountRef::ReceptionBatches(scope),
            (Subject::Reception(scope), Unit::PersonTimes) => CountRef::ReceptionPersonTimes(scope),
            (Subject::Evaluation, Unit::Items) => CountRef::EvaluatedProjects,
            _ => return None,
        })
    }
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

/// The unit a figure is printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    WanYuan,
    Percent,
    Items,
    PersonTimes,
    Vehicles,
    Sets,
    Batches,
    /// 年, 年度, 月, 日: a date, not a figure.
    Date,
    /// "1、": an enumerator.
    Enumerator,
    /// Anything else (元, 分, 人 …): a figure no shape reads.
    Other,
}

const UNITS: &[(&str, Unit)] = &[
    ("万元", Unit::WanYuan),
    ("%", Unit::Percent),
    ("人次", Unit::PersonTimes),
    ("个", Unit::Items),
    ("辆", Unit::Vehicles),
    ("台（套）", Unit::Sets),
    ("台套", Unit::Sets),
    ("台", Unit::Sets),
    ("套", Unit::Sets),
    ("批次", Unit::Batches),
    ("年度", Unit::Date),
    ("年", Unit::Date),
    ("月", Unit::Date),
    ("日", Unit::Date),
    ("号", Unit::Date),
    ("、", Unit::Enumerator),
];

/// Which figure a sentence shape expects next.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Marker {
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

/// Words that may stand between a subject or marker and its figure.
const FILLERS: &[&str] = &[
    "与上年度相比",
    "与上年相比",
    "较上年决算",
    "较上年度",
    "比上年度",
    "比上年",
    "较上年",
    "上年度",
    "上年",
    "相比",
    "其中",
    "共有",
    "共计",
    "共接待",
    "接待",
    "国（境）外",
    "共",
    "为",
    "是",
    "的",
    "了",
    "支出",
    "决算数",
    "决算",
    "本年度",
    "本年",
    "年度",
    "本部门",
    "本单位",
    "采购金额",
    "金额",
    "资金",
    "项目",
    "实际",
    "累计",
    "比",
    "较",
    "与",
];

/// The phrases of the vocabulary and what they name (normalized: see [`normalize`]).
fn fixed_phrases() -> Vec<(&'static str, Subject)> {
    use FigureRef as F;
    use Subject as S;
    let gp = |column| S::Figure(F::GeneralPublic { code: None, column });
    let gf = |column| S::Figure(F::GovernmentFund { code: None, column });
    let sc_total = F::StateCapital {
        code: None,
        column: SpendingColumn::Subtotal,
    };
    let tp = S::ThreePublic;
    let proc = |item| S::Figure(F::Procurement(item));
    let vehicles = |c| S::Counted(Counted::Vehicles(c));
    let mut phrases = vec![
        ("收入总计", S::Figure(F::IncomeGrandTotal)),
        ("支出总计", S::Figure(F::ExpenditureGrandTotal)),
        (
            "收入支出总计",
            S::Pair(F::IncomeGrandTotal, F::ExpenditureGrandTotal),
        ),
        (
            "收支总计",
            S::Pair(F::IncomeGrandTotal, F::ExpenditureGrandTotal),
        ),
        ("本年收入合计", S::Figure(F::IncomeTotal)),
        ("收入合计", S::Figure(F::IncomeTotal)),
        ("本年支出合计", S::Figure(F::ExpenditureTotal)),
        ("支出合计", S::Figure(F::ExpenditureTotal)),
        ("年初结转和结余", S::Figure(F::OpeningBalance)),
        ("年末结转和结余", S::Figure(F::ClosingBalance)),
        ("财政拨款收入", S::Figure(F::FiscalIncome)),
        ("上级补助收入", S::Figure(F::SuperiorSubsidyIncome)),
        ("事业收入", S::Figure(F::ServiceIncome)),
        ("经营收入", S::Figure(F::BusinessIncome)),
        ("附属单位上缴收入", S::Figure(F::AffiliateRemittanceIncome)),
        ("其他收入", S::Figure(F::OtherIncome)),
        ("基本支出", S::Figure(F::BasicExpenditure)),
        ("项目支出", S::Figure(F::ProjectExpenditure)),
        ("上缴上级支出", S::Figure(F::RemittanceExpenditure)),
        ("经营支出", S::Figure(F::BusinessExpenditure)),
        (
            "对附属单位补助支出",
            S::Figure(F::AffiliateSubsidyExpenditure),
        ),
        ("财政拨款收入总计", S::Figure(F::FiscalIncomeGrandTotal)),
        (
            "财政拨款支出总计",
            S::Figure(F::FiscalExpenditureGrandTotal),
        ),
        (
            "财政拨款收入支出总计",
            S::Pair(F::FiscalIncomeGrandTotal, F::FiscalExpenditureGrandTotal),
        ),
        (
            "财政拨款收支总计",
            S::Pair(F::FiscalIncomeGrandTotal, F::FiscalExpenditureGrandTotal),
        ),
        (
            "一般公共预算财政拨款收入",
            S::Figure(F::GeneralPublicIncome),
        ),
        ("一般公共预算财政拨款支出", gp(SpendingColumn::Subtotal)),
        ("一般公共预算财政拨款决算支出", gp(SpendingColumn::Subtotal)),
        ("一般公共预算财政拨款基本支出", gp(SpendingColumn::Basic)),
        ("一般公共预算财政拨款项目支出", gp(SpendingColumn::Project)),
        ("财政拨款基本支出", gp(SpendingColumn::Basic)),
        ("人员经费", S::Figure(F::PersonnelTotal)),
        ("人员经费合计", S::Figure(F::PersonnelTotal)),
        ("公用经费", S::Figure(F::PublicUseTotal)),
        ("公用经费合计", S::Figure(F::PublicUseTotal)),
        (
            "政府性基金预算财政拨款收入",
            S::Figure(F::GovernmentFundIncome),
        ),
        ("政府性基金预算财政拨款收入总计", gf(FundColumn::Income)),
        (
            "政府性基金预算财政拨款支出总计",
            gf(FundColumn::Expenditure),
        ),
        ("政府性基金预算财政拨款支出", gf(FundColumn::Expenditure)),
        (
            "政府性基金预算财政拨款收入支出",
            S::Pair(
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Income,
                },
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Expenditure,
                },
            ),
        ),
        (
            "政府性基金预算财政拨款收入和支出",
            S::Pair(
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Income,
                },
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Expenditure,
                },
            ),
        ),
        (
            "国有资本经营预算财政拨款收入",
            S::Figure(F::StateCapitalIncome),
        ),
        ("国有资本经营预算财政拨款支出", S::Figure(sc_total)),
        (
            "国有资本经营预算财政拨款收入支出",
            S::Pair(F::StateCapitalIncome, sc_total),
        ),
        (
            "国有资本经营预算财政拨款收入和支出",
            S::Pair(F::StateCapitalIncome, sc_total),
        ),
        ("\"三公\"经费", tp(ThreePublicItem::Total)),
        ("财政拨款\"三公\"经费", tp(ThreePublicItem::Total)),
        ("\"三公\"经费财政拨款支出", tp(ThreePublicItem::Total)),
        ("因公出国（境）费", tp(ThreePublicItem::OverseasTravel)),
        ("因公出国（境）费用", tp(ThreePublicItem::OverseasTravel)),
        ("公务用车购置及运行维护费", tp(ThreePublicItem::Vehicles)),
        ("公务用车购置及运行费", tp(ThreePublicItem::Vehicles)),
        ("公务用车购置费", tp(ThreePublicItem::VehiclePurchase)),
        ("公务用车购置", tp(ThreePublicItem::VehiclePurchase)),
        ("公务用车运行维护费", tp(ThreePublicItem::VehicleOperation)),
        ("公务用车运行费", tp(ThreePublicItem::VehicleOperation)),
        ("公务接待费", tp(ThreePublicItem::Reception)),
        ("国内接待费", S::Reception(ReceptionScope::Domestic)),
        ("外事接待费", S::Reception(ReceptionScope::ForeignAffairs)),
        ("国（境）外接待费", S::Reception(ReceptionScope::Overseas)),
        ("出国团组", S::Counted(Counted::Overseas)),
        ("因公出国（境）团组", S::Counted(Counted::Overseas)),
        ("购置公务用车", S::Counted(Counted::Purchased)),
        ("公务用车保有量", S::Counted(Counted::Funded)),
        ("车辆", vehicles(None)),
        ("车辆数", vehicles(None)),
        (
            "单价100万元（含）以上设备（不含车辆）",
            S::Counted(Counted::Equipment),
        ),
        (
            "单价100万元（含）以上的设备（不含车辆）",
            S::Counted(Counted::Equipment),
        ),
        (
            "单价100万元以上设备（不含车辆）",
            S::Counted(Counted::Equipment),
        ),
        ("机关运行经费", S::Figure(F::OperatingCost)),
        ("政府采购支出总额", proc(ProcurementItem::Total)),
        ("政府采购总额", proc(ProcurementItem::Total)),
        ("政府采购金额", proc(ProcurementItem::Total)),
        ("政府采购货物支出", proc(ProcurementItem::Goods)),
        ("政府采购工程支出", proc(ProcurementItem::Works)),
        ("政府采购服务支出", proc(ProcurementItem::Services)),
        ("货物采购金额", proc(ProcurementItem::Goods)),
        ("工程采购金额", proc(ProcurementItem::Works)),
        ("服务采购金额", proc(ProcurementItem::Services)),
        ("授予中小企业合同金额", proc(ProcurementItem::SmallMedium)),
        ("授予小微企业合同金额", proc(ProcurementItem::SmallMicro)),
        (
            "面向中小企业预留政府采购项目预算金额",
            proc(ProcurementItem::ReservedSmallMedium),
        ),
        (
            "面向中小企业预留项目预算金额",
            proc(ProcurementItem::ReservedSmallMedium),
        ),
        (
            "面向小微企业预留政府采购项目预算金额",
            proc(ProcurementItem::ReservedSmallMicro),
        ),
        (
            "面向小微企业预留项目预算金额",
            proc(ProcurementItem::ReservedSmallMicro),
        ),
        (
            "在面向中小企业预留的政府采购项目中",
            proc(ProcurementItem::AwardedReservedSmallMedium),
        ),
        (
            "在面向中小企业预留政府采购项目中",
            proc(ProcurementItem::AwardedReservedSmallMedium),
        ),
        (
            "在面向小微企业预留的政府采购项目中",
            proc(ProcurementItem::AwardedReservedSmallMicro),
        ),
        (
            "在面向小微企业预留政府采购项目中",
            proc(ProcurementItem::AwardedReservedSmallMicro),
        ),
        (
            "在其他政府采购项目中",
            proc(ProcurementItem::AwardedOtherSmallMedium),
        ),
        ("绩效自评", S::Evaluation),
        ("绩效自评个数", S::Evaluation),
        ("编报绩效目标", S::Other),
        ("绩效跟踪评价", S::Other),
        ("绩效目标", S::Other),
        ("重点评价", S::Other),
        ("部门评价", S::Other),
    ];
    for category in <VehicleCategory as strum::IntoEnumIterator>::iter() {
        phrases.push((category.into(), vehicles(Some(category))));
    }
    for (alias, category) in [
        ("部级领导干部用车", VehicleCategory::SeniorLeaders),
        ("主要领导干部用车", VehicleCategory::PrincipalOfficials),
        ("离退休干部用车", VehicleCategory::RetiredCadres),
    ] {
        phrases.push((alias, vehicles(Some(category))));
    }
    phrases
}

/// The qualifiers a phrase may carry ("财政拨款收入总计"); a bare 收入总计/支出总计 after a
/// qualified phrase in the same statement carries the same qualifier ("…财政拨款收入总计X万元，
/// 支出总计Y万元").
const QUALIFIERS: &[&str] = &[
    "一般公共预算财政拨款",
    "政府性基金预算财政拨款",
    "国有资本经营预算财政拨款",
    "财政拨款",
];
const ELLIPTIC: &[&str] = &["收入总计", "支出总计", "收入合计", "支出合计"];

/// A 类/款/项 row of a table: its code and printed name (normalized).
#[derive(Debug, Clone)]
struct ClassRow {
    code: FunctionCode,
    name: Vec<char>,
}

/// The vocabulary: the fixed phrases, indexed by their first character, and the 类/款/项 names
/// of the tables.
struct Vocabulary {
    phrases: &'static PhraseIndex,
    classes: Vec<(Family, Vec<ClassRow>)>,
    /// Every character a token can start with, sorted: the reader passes any other at once.
    starts: Vec<char>,
    /// The first characters of the 类/款/项 names, sorted.
    class_starts: Vec<char>,
}

/// Phrases (normalized) and what they name, indexed by their first character.
type PhraseIndex = HashMap<char, Vec<(Vec<char>, Subject)>>;

/// The fixed phrases, normalized and indexed by their first character (built once).
static PHRASES: LazyLock<PhraseIndex> = LazyLock::new(|| {
    let mut phrases: PhraseIndex = HashMap::new();
    for (phrase, subject) in fixed_phrases() {
        let chars = normalize(phrase);
        if let Some(first) = chars.first() {
            phrases.entry(*first).or_default().push((chars, subject));
        }
    }
    phrases
});

/// The first characters of the reader's other tokens: reasons and descriptions (主要原因,
/// 用于), nil (无), grades (评级为, 等级为), keywords (与上年相同, 大于, 小于, 完成, 年初预算,
/// 全年预算, 涉及, 增加, 减少, 下降, 占), figures, punctuation and remarks.
const TOKEN_STARTS: &str = "主用无评等与大小完年全涉增减下占0123456789∞，；。、：！？（";

impl Vocabulary {
    fn new(disclosure: &Disclosure) -> Vocabulary {
        let phrases = &*PHRASES;
        let rows = |rows: &mut dyn Iterator<Item = (Option<FunctionCode>, &str)>| {
            rows.filter_map(|(code, name)| {
                Some(ClassRow {
                    code: code?,
                    name: normalize(name),
                })
            })
            .filter(|r| !r.name.is_empty())
            .collect::<Vec<_>>()
        };
        let mut classes = Vec::new();
        if let Some(t) = disclosure.general_budget() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::GeneralPublic, rows(&mut it)));
        }
        if let Some(t) = disclosure.government_fund() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::GovernmentFund, rows(&mut it)));
        }
        if let Some(t) = disclosure.state_capital() {
            let mut it = t.rows().iter().map(|r| (r.code_of(), r.name()));
            classes.push((Family::StateCapital, rows(&mut it)));
        }
        let mut class_starts: Vec<char> = classes
            .iter()
            .flat_map(|(_, rows)| rows.iter().filter_map(|r| r.name.first().copied()))
            .collect();
        class_starts.sort_unstable();
        class_starts.dedup();
        let mut starts: Vec<char> = TOKEN_STARTS.chars().collect();
        starts.extend(phrases.keys().copied());
        starts.extend(class_starts.iter().copied());
        starts.sort_unstable();
        starts.dedup();
        Vocabulary {
            phrases,
            classes,
            starts,
            class_starts,
        }
    }

    /// The longest fixed phrase at `at`: its length and subject.
    fn phrase(&self, chars: &[char], at: usize) -> Option<(usize, Subject)> {
        let first = chars.get(at)?;
        let rest = chars.get(at..)?;
        self.phrases
            .get(first)?
            .iter()
            .filter(|(p, _)| rest.starts_with(p))
            .max_by_key(|(p, _)| p.len())
            .map(|(p, s)| (p.len(), *s))
    }

    /// A fixed phrase by its exact text.
    fn exact(&self, phrase: &[char]) -> Option<Subject> {
        self.phrases
            .get(phrase.first()?)?
            .iter()
            .find(|(p, _)| p.as_slice() == phrase)
            .map(|(_, s)| *s)
    }

    /// The 类 (款, 项) path at `at` in the table of `family`: "社会保障和就业支出(类)",
    /// "一般公共服务支出（类）社会工作事务（款）行政运行（项）". Its length and subject.
    fn class(&self, chars: &[char], at: usize, family: Family) -> Option<(usize, Subject)> {
        let rows = &self.classes.iter().find(|(f, _)| *f == family)?.1;
        let rest = chars.get(at..)?;
        let mut end = 0_usize;
        let mut code: Option<FunctionCode> = None;
        for (level, marker) in [
            (Level::Class, "（类）"),
            (Level::Section, "（款）"),
            (Level::Item, "（项）"),
        ] {
            let here = rest.get(end..)?;
            let found = rows
                .iter()
                .filter(|r| r.code.level() == level)
                .filter(|r| code.is_none_or(|parent| r.code.parent() == Some(parent)))
                .filter(|r| here.starts_with(&r.name))
                .max_by_key(|r| r.name.len());
            let Some(row) = found else { break };
            // Two rows of the same level with the same name: the phrase names neither.
            let same = rows
                .iter()
                .filter(|r| r.code.level() == level && r.name == row.name)
                .filter(|r| code.is_none_or(|parent| r.code.parent() == Some(parent)))
                .count();
            if same > 1 {
                break;
            }
            code = Some(row.code);
            end = end.saturating_add(row.name.len());
            let marker: Vec<char> = marker.chars().collect();
            if rest.get(end..).is_some_and(|r| r.starts_with(&marker)) {
                end = end.saturating_add(marker.len());
            }
        }
        let code = code?;
        // The path goes on with a level marker the rows above did not reach: it names a row
        // the table does not print (or not under that parent), and so no row at all.
        let tail = rest.get(end..).unwrap_or_default();
        let stop = tail
            .iter()
            .position(|c| c.is_ascii_digit() || matches!(c, '，' | '；' | '。' | '：' | '、'))
            .unwrap_or(tail.len());
        let markers: [Vec<char>; 3] = ["（类）", "（款）", "（项）"].map(|m| m.chars().collect());
        let last_marker = (0..stop).rev().find(|i| {
            markers
                .iter()
                .any(|m| tail.get(*i..).is_some_and(|t| t.starts_with(m)))
        });
        match last_marker {
            Some(at) => Some((end.saturating_add(at).saturating_add(3), Subject::Partial)),
            None => Some((end, Subject::Figure(family.figure(code)))),
        }
    }

    /// The subject at `at`: the longest of the fixed phrases and the 类/款/项 names.
    fn subject(
        &self,
        chars: &[char],
        at: usize,
        family: Option<Family>,
    ) -> Option<(usize, Subject)> {
        let fixed = self.phrase(chars, at);
        let starts_class = chars
            .get(at)
            .is_some_and(|c| self.class_starts.binary_search(c).is_ok());
        let class = family
            .filter(|_| starts_class)
            .and_then(|f| self.class(chars, at, f));
        match (fixed, class) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The first subject a heading names.
    fn first_subject(&self, title: &str, family: Option<Family>) -> Option<Subject> {
        let chars = normalize(title);
        (0..chars.len()).find_map(|at| self.subject(&chars, at, family).map(|(_, s)| s))
    }
}

/// The text as the reader compares it: no white space, parentheses, colons, semicolons and
/// percent signs full width or ASCII as the templates print them, quotes as `"`, a comma
/// between digits kept (a thousands separator) and any other comma full width.
fn normalize(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::with_capacity(chars.len());
    for (i, c) in chars.iter().enumerate() {
        let digit_at = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit)
        };
        out.push(match c {
            '(' => '（',
            ')' => '）',
            ':' => '：',
            ';' => '；',
            '％' => '%',
            '“' | '”' | '＂' => '"',
            '．' => '.',
            ',' if !(digit_at(i.checked_sub(1)) && digit_at(i.checked_add(1))) => '，',
            // "2，076.12": a full-width comma between a digit and a group of three is a
            // thousands separator.
            '，' if digit_at(i.checked_sub(1))
                && (1..=3).all(|k| digit_at(i.checked_add(k)))
                && !digit_at(i.checked_add(4)) =>
            {
                ','
            }
            '０'..='９' => {
                let offset = u32::from(*c).saturating_sub(u32::from('０'));
                char::from_digit(offset, 10).unwrap_or(*c)
            }
            other => *other,
        });
    }
    out
}

/// A change being read: its figures, word and amount; the rate may follow.
#[derive(Debug)]
struct PendingChange {
    figures: Vec<FigureRef>,
    word: ChangeWord,
    amount: Option<String>,
}

/// One statement being read.
struct Scan<'v, 's> {
    vocabulary: &'v Vocabulary,
    section: &'s mut Section,
    chars: Vec<char>,
    pos: usize,
    /// The end of the last token read: what lies between it and a figure must be filler.
    anchor: usize,
    /// Where the current clause starts, and where the subject was named.
    clause_start: usize,
    subject_at: usize,
    subject: Option<Subject>,
    qualifier: Option<&'static str>,
    marker: Option<Marker>,
    initial_budget: Option<String>,
    full_budget: Option<String>,
    pending: Option<PendingChange>,
    claims: Vec<Claim>,
    unread: Vec<String>,
    /// Rates printed without "%", read as rates.
    percent_missing: Vec<String>,
    reason: Option<String>,
}

impl<'v, 's> Scan<'v, 's> {
    fn new(vocabulary: &'v Vocabulary, section: &'s mut Section, text: &str) -> Scan<'v, 's> {
        Scan {
            vocabulary,
            section,
            chars: normalize(text),
            pos: 0,
            anchor: 0,
            clause_start: 0,
            subject_at: 0,
            subject: None,
            qualifier: None,
            marker: None,
            initial_budget: None,
            full_budget: None,
            pending: None,
            claims: Vec::new(),
            unread: Vec::new(),
            percent_missing: Vec::new(),
            reason: None,
        }
    }

    fn at(&self, word: &str) -> bool {
        self.at_index(self.pos, word)
    }

    /// Whether `word` is printed at `index`.
    fn at_index(&self, index: usize, word: &str) -> bool {
        let mut i = index;
        for c in word.chars() {
            if self.chars.get(i) != Some(&c) {
                return false;
            }
            i = i.saturating_add(1);
        }
        true
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to.min(self.chars.len()))
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }

    /// The index of the next char in `stops` at or after `from` (the end if none).
    fn next_of(&self, from: usize, stops: &[char]) -> usize {
        (from..self.chars.len())
            .find(|i| self.chars.get(*i).is_some_and(|c| stops.contains(c)))
            .unwrap_or(self.chars.len())
    }

    fn run(&mut self) {
        while let Some(c) = self.chars.get(self.pos) {
            if self.vocabulary.starts.binary_search(c).is_err() {
                self.pos = self.pos.saturating_add(1);
                continue;
            }
            if self.skip_reason() || self.skip_description() {
                continue;
            }
            if self.read_nil() || self.read_grade_marker() {
                continue;
            }
            if let Some((len, subject)) =
                self.vocabulary
                    .subject(&self.chars, self.pos, self.section.family)
            {
                let phrase: Vec<char> = self
                    .chars
                    .get(self.pos..self.pos.saturating_add(len))
                    .map(<[char]>::to_vec)
                    .unwrap_or_default();
                self.pos = self.pos.saturating_add(len);
                if subject == Subject::Partial {
                    self.unread.push(phrase.iter().collect());
                }
                self.set_subject(&phrase, subject);
                continue;
            }
            if self.read_keyword() {
                continue;
            }
            if self.read_number() {
                continue;
            }
            let c = self.chars.get(self.pos).copied().unwrap_or_default();
            self.pos = self.pos.saturating_add(1);
            if matches!(c, '，' | '；' | '。' | '、' | '：' | '！' | '？') {
                self.anchor = self.pos;
                self.clause_start = self.pos;
                self.marker = None;
                if matches!(c, '；' | '。') {
                    self.finish_change();
                }
            } else if c == '（' {
                // A remark in parentheses without figures is filler.
                let open = self.pos.saturating_sub(1);
                let close = self.next_of(self.pos, &['）']);
                let remark = self.text(self.pos, close);
                if close < self.chars.len() && matches!(remark.as_str(), "类" | "款" | "项") {
                    // A level marker no path of the table's rows reached: what it marks is
                    // no printed row, and the figures after it belong to none.
                    let from = self.clause_start.max(self.subject_at).min(open);
                    let path: Vec<char> = self
                        .chars
                        .get(from..close.saturating_add(1))
                        .map(<[char]>::to_vec)
                        .unwrap_or_default();
                    self.pos = close.saturating_add(1);
                    self.unread.push(path.iter().collect());
                    self.set_subject(&path, Subject::Partial);
                    continue;
                }
                if close < self.chars.len() && !remark.chars().any(|c| c.is_ascii_digit()) {
                    if self.gap_is_filler(self.anchor, open) {
                        self.anchor = close.saturating_add(1);
                    }
                    self.pos = close.saturating_add(1);
                }
            }
        }
        self.finish_change();
    }

    /// 主要原因…: the reason, to the end of its sentence; not read for claims.
    fn skip_reason(&mut self) -> bool {
        if !self.at("主要原因") {
            return false;
        }
        let start = self.pos.saturating_add(4);
        let end = self.next_of(start, &['。', '；']);
        if self.reason.is_none() {
            let text = self.text(start, end);
            let text = text
                .trim_start_matches('是')
                .trim_start_matches(['：', '，']);
            let text = text.trim_end_matches(['，', '、']);
            if !text.is_empty() {
                self.reason = Some(text.to_owned());
            }
        }
        self.pos = end;
        true
    }

    /// 主要用于…, 主要包括…, 用于…, 主要是…: a description, to the end of its clause.
    fn skip_description(&mut self) -> bool {
        let Some(word) = ["主要用于", "主要包括", "主要是", "用于"]
            .into_iter()
            .find(|w| self.at(w))
        else {
            return false;
        };
        let start = self.pos.saturating_add(word.chars().count());
        // "主要用于：…" describes up to the end of its clause; "主要用于以下方面：" introduces
        // the statements after its colon.
        let colon = self.next_of(start, &['：', '，', '；', '。']);
        self.pos = if self.chars.get(colon) == Some(&'：') && colon > start {
            colon
        } else {
            self.next_of(start, &['，', '；', '。'])
        };
        true
    }

    /// 无此项支出 (the chapter's figure), 无<subject>: nil claims.
    fn read_nil(&mut self) -> bool {
        if !self.at("无") {
            return false;
        }
        let after = self.pos.saturating_add(1);
        let ends_clause = |at: usize| {
            self.chars
                .get(at)
                .is_none_or(|c| matches!(c, '，' | '；' | '。'))
        };
        for this in ["此项支出", "此项收支", "此项收入", "此项"] {
            let len = this.chars().count();
            let matches = self
                .chars
                .get(after..after.saturating_add(len))
                .is_some_and(|s| s.iter().copied().eq(this.chars()));
            if matches && ends_clause(after.saturating_add(len)) {
                if let Some(main) = self.section.main {
                    self.finish_change();
                    for figure in main.amounts() {
                        self.claims.push(Claim::nil(figure));
                    }
                    self.pos = after.saturating_add(len);
                    self.anchor = self.pos;
                    return true;
                }
                return false;
            }
        }
        if let Some((len, subject)) =
            self.vocabulary
                .subject(&self.chars, after, self.section.family)
        {
            let end = after.saturating_add(len);
            let clause_end = self.next_of(end, &['，', '；', '。']);
            if self.gap_is_filler(end, clause_end) && !subject.amounts().is_empty() {
                self.finish_change();
                for figure in subject.amounts() {
                    self.claims.push(Claim::nil(figure));
                }
                self.pos = clause_end;
                self.anchor = clause_end;
                return true;
            }
        }
        false
    }

    /// 评级为“优”的项目 / 等级为“优”的项目: the grade of the count that follows.
    fn read_grade_marker(&mut self) -> bool {
        let Some(word) = ["评级为\"", "等级为\""].into_iter().find(|w| self.at(w)) else {
            return false;
        };
        let start = self.pos.saturating_add(word.chars().count());
        let close = self.next_of(start, &['"']);
        let grade = self.text(start, close);
        let after = close.saturating_add(1);
        if close < self.chars.len() && self.at_index(after, "的项目") {
            self.pos = after.saturating_add(3);
            self.anchor = self.pos;
            self.marker = Some(Marker::Grade(grade));
            return true;
        }
        false
    }

    fn set_subject(&mut self, phrase: &[char], subject: Subject) {
        let text: String = phrase.iter().collect();
        let qualifier = QUALIFIERS.iter().copied().find(|q| text.starts_with(q));
        let mut subject = subject;
        if qualifier.is_none()
            && ELLIPTIC.contains(&text.as_str())
            && let Some(q) = self.qualifier
        {
            let full = normalize(&format!("{q}{text}"));
            if let Some(qualified) = self.vocabulary.exact(&full) {
                subject = qualified;
            }
        } else {
            self.qualifier = qualifier;
        }
        if self.subject != Some(subject) {
            self.finish_change();
            self.initial_budget = None;
            self.full_budget = None;
        }
        self.subject = Some(subject);
        self.subject_at = self.pos;
        for figure in subject.amounts() {
            if !self.section.named.contains(&figure) {
                self.section.named.push(figure);
            }
        }
        self.anchor = self.pos;
        self.marker = None;
    }

    fn read_keyword(&mut self) -> bool {
        // 与上年相同 / 持平: a change without figures.
        for (word, change) in [
            ("与上年度相同", ChangeWord::SameAsLastYear),
            ("与上年相同", ChangeWord::SameAsLastYear),
            ("与上年度持平", ChangeWord::Flat),
            ("与上年持平", ChangeWord::Flat),
        ] {
            if self.at(word) {
                self.finish_change();
                if let Some(subject) = self.subject {
                    for figure in subject.amounts() {
                        if let Ok(claim) =
                            Claim::change(figure, change, None, None, StatedRate::Omitted)
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
        // "完成预算的" names no kind: the Shanghai template's 三公 paragraph measures against
        // 公开09表's 预算数, the 全年预算.
        let markers: [(&str, Marker); 16] = [
            ("完成年初预算数的", Marker::Completion(BudgetKind::Initial)),
            ("完成年初预算的", Marker::Completion(BudgetKind::Initial)),
            ("完成全年预算数的", Marker::Completion(BudgetKind::FullYear)),
            ("完成全年预算的", Marker::Completion(BudgetKind::FullYear)),
            ("完成预算数的", Marker::Completion(BudgetKind::FullYear)),
            ("完成预算的", Marker::Completion(BudgetKind::FullYear)),
            ("年初预算数为", Marker::Budget(BudgetKind::Initial)),
            ("年初预算为", Marker::Budget(BudgetKind::Initial)),
            ("年初预算数", Marker::Budget(BudgetKind::Initial)),
            ("年初预算", Marker::Budget(BudgetKind::Initial)),
            ("全年预算数为", Marker::Budget(BudgetKind::FullYear)),
            ("全年预算为", Marker::Budget(BudgetKind::FullYear)),
            ("全年预算数", Marker::Budget(BudgetKind::FullYear)),
            ("全年预算", Marker::Budget(BudgetKind::FullYear)),
            ("涉及资金", Marker::Evaluation(FigureRef::EvaluationSpent)),
            (
                "涉及预算金额",
                Marker::Evaluation(FigureRef::EvaluationBudget),
            ),
        ];
        for (word, marker) in markers {
            if self.at(word) {
                self.pos = self.pos.saturating_add(word.chars().count());
                self.anchor = self.pos;
                self.marker = Some(marker);
                return true;
            }
        }
        for (word, change) in [
            ("增加", ChangeWord::Increase),
            ("减少", ChangeWord::Decrease),
            ("增长", ChangeWord::Grow),
            ("下降", ChangeWord::Decline),
        ] {
            if self.at(word) {
                self.pos = self.pos.saturating_add(2);
                self.anchor = self.pos;
                self.marker = Some(Marker::Change(change));
                return true;
            }
        }
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
                self.vocabulary
                    .subject(&self.chars, after, self.section.family)
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
        const BUDGETS: [(&str, Option<BudgetKind>); 6] = [
            ("年初预算数", Some(BudgetKind::Initial)),
            ("年初预算", Some(BudgetKind::Initial)),
            ("全年预算数", Some(BudgetKind::FullYear)),
            ("全年预算", Some(BudgetKind::FullYear)),
            ("预算数", None),
            ("预算", None),
        ];
        let mut found: Option<(usize, Comparison, Option<BudgetKind>)> = None;
        for (word, comparison) in [
            ("大于", Comparison::Greater),
            ("小于", Comparison::Less),
            ("等于", Comparison::Equal),
        ] {
            if self.at(word) {
                let after = self.pos.saturating_add(2);
                found = BUDGETS.iter().find_map(|(b, kind)| {
                    let len = b.chars().count();
                    self.at_index(after, b).then_some((
                        2_usize.saturating_add(len),
                        comparison,
                        *kind,
                    ))
                });
                break;
            }
        }
        if found.is_none() && self.at("与") {
            let after = self.pos.saturating_add(1);
            for (b, kind) in BUDGETS {
                let len = b.chars().count();
                if !self.at_index(after, b) {
                    continue;
                }
                let end = after.saturating_add(len);
                for (word, comparison) in [("持平", Comparison::Flat), ("相等", Comparison::Equal)]
                {
                    if self.at_index(end, word) {
                        found = Some((len.saturating_add(3), comparison, kind));
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
    fn budget(&self, subject: Subject, kind: Option<BudgetKind>) -> Option<Budget> {
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

    /// Whether `from..to` holds only filler words.
    fn gap_is_filler(&self, from: usize, to: usize) -> bool {
        let mut i = from;
        'outer: while i < to {
            for filler in FILLERS {
                let len = filler.chars().count();
                let end = i.saturating_add(len);
                if end <= to
                    && self
                        .chars
                        .get(i..end)
                        .is_some_and(|s| s.iter().copied().eq(filler.chars()))
                {
                    i = end;
                    continue 'outer;
                }
            }
            return false;
        }
        true
    }

    /// A figure at `pos`: digits (thousands separators, decimals) or ∞, and its unit.
    fn read_number(&mut self) -> bool {
        let start = self.pos;
        let first = self.chars.get(start).copied().unwrap_or_default();
        if !(first.is_ascii_digit() || first == '∞') {
            return false;
        }
        let mut end = start.saturating_add(1);
        if first != '∞' {
            while let Some(c) = self.chars.get(end) {
                let next_digit = self
                    .chars
                    .get(end.saturating_add(1))
                    .is_some_and(char::is_ascii_digit);
                if c.is_ascii_digit() || (matches!(c, ',' | '.') && next_digit) {
                    end = end.saturating_add(1);
                } else {
                    break;
                }
            }
        }
        let number: String = self
            .chars
            .get(start..end)
            .map(|s| s.iter().filter(|c| **c != ',').collect())
            .unwrap_or_default();
        // "076": not how a figure is printed (a figure split by a separator the reader does
        // not know): not read.
        let leading_zero =
            number.starts_with('0') && number.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        let (unit, unit_len) = UNITS
            .iter()
            .find_map(|(word, unit)| {
                let len = word.chars().count();
                self.at_index(end, word).then_some((*unit, len))
            })
            .unwrap_or((Unit::Other, 0));
        self.pos = end.saturating_add(unit_len);
        match unit {
            Unit::Date | Unit::Enumerator => {
                self.anchor = self.pos;
                return true;
            }
            _ => {}
        }
        // A figure after a rate's word (增长, 下降, 占比, 完成…的) that ends its clause with no
        // unit at all ("增长13.95，"): a rate whose "%" is missing. Read as the rate it can
        // only be, and reported; a figure with any other word after it ("增长1倍") is not.
        let unit = if unit == Unit::Other
            && self
                .chars
                .get(end)
                .is_none_or(|c| matches!(c, '，' | '；' | '。' | '、' | '）'))
            && matches!(
                self.marker,
                Some(
                    Marker::Change(ChangeWord::Grow | ChangeWord::Decline)
                        | Marker::Share(_)
                        | Marker::Completion(_)
                )
            ) {
            self.percent_missing.push(self.text(self.clause_start, end));
            Unit::Percent
        } else {
            unit
        };
        let gap = !leading_zero && self.gap_is_filler(self.anchor, start);
        let marker = self.marker.take();
        // An amount opening a clause with no word at all takes no subject from an earlier
        // clause ("…，12万元"): its subject is not printed.
        let orphan = unit == Unit::WanYuan
            && marker.is_none()
            && start == self.clause_start
            && self.subject_at < self.clause_start;
        let read = gap && !orphan && self.figure(&number, unit, marker);
        if !read {
            let from = (0..start)
                .rev()
                .find(|i| {
                    self.chars
                        .get(*i)
                        .is_some_and(|c| matches!(c, '，' | '；' | '。' | '：'))
                })
                .map_or(0, |i| i.saturating_add(1));
            let to = self.next_of(self.pos, &['，', '；', '。']);
            self.unread.push(self.text(from, to));
        }
        self.anchor = self.pos;
        true
    }

    /// Claims the figure `number` in `unit` after `marker`; whether it was read.
    fn figure(&mut self, number: &str, unit: Unit, marker: Option<Marker>) -> bool {
        let subject = self.subject;
        match (unit, marker) {
            (Unit::Items, Some(Marker::Grade(grade))) => self.count_grade(&grade, number),
            (Unit::Items, None) if self.grade_after() => {
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
                let rate = format!("{number}%");
                let Some(subject) = subject else { return false };
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
                let Some(subject) = subject else { return false };
                match (kind, subject.table_budget()) {
                    (BudgetKind::FullYear, Some(figure)) => {
                        self.push(Claim::amount(figure, number))
                    }
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
            (
                Unit::Items | Unit::PersonTimes | Unit::Vehicles | Unit::Sets | Unit::Batches,
                None,
            ) => {
                let Some(count) = subject.and_then(|s| s.count(unit)) else {
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

    fn push(&mut self, claim: Result<Claim, crate::narrative::NarrativeError>) -> bool {
        match claim {
            Ok(claim) => {
                self.claims.push(claim);
                true
            }
            Err(_) => false,
        }
    }

    fn count_grade(&mut self, grade: &str, number: &str) -> bool {
        let Ok(stated) = number.parse::<u64>() else {
            return false;
        };
        self.push(Claim::grade_count(grade, stated))
    }

    /// Whether "项目自评等级为“X”" (or 评级为, 评价等级为) follows the count just read.
    fn grade_after(&self) -> bool {
        let end = self.next_of(self.pos, &['，', '；', '。']);
        let clause = self.text(self.pos, end);
        let words = clause.trim_start_matches("项目");
        ["自评等级为\"", "等级为\"", "评级为\"", "评价等级为\""]
            .iter()
            .any(|w| words.starts_with(w))
    }

    fn take_grade_after(&mut self) -> Option<String> {
        let open = self.next_of(self.pos, &['"']);
        let close = self.next_of(open.saturating_add(1), &['"']);
        if close >= self.chars.len() {
            return None;
        }
        let grade = self.text(open.saturating_add(1), close);
        self.pos = close.saturating_add(1);
        Some(grade)
    }

    fn push_change(
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
    fn finish_change(&mut self) {
        if let Some(pending) = self.pending.take() {
            self.push_change(&pending, None, StatedRate::Omitted);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        assert_eq!(
            heading("五、一般公共预算财政拨款支出决算情况说明").map(|h| (h.0, h.1)),
            Some((Heading::Chapter, "五".to_owned()))
        );
        assert_eq!(
            heading("(三) 一般公共预算财政拨款支出决算具体情况").map(|h| (h.0, h.1)),
            Some((Heading::Sub, "三".to_owned()))
        );
        assert_eq!(
            heading("1、预算绩效管理工作开展情况").map(|h| h.0),
            Some(Heading::Item)
        );
        assert_eq!(
            heading("1、因公出国（境）费支出0万元，出国团组共0个，0人次。"),
            None
        );
        assert_eq!(
            heading("一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。"),
            None
        );
    }

    #[test]
    fn normalized_text() {
        let n: String = normalize("社会保障和就业支出(类)1,588.15万元,占比91.49％")
            .into_iter()
            .collect();
        assert_eq!(n, "社会保障和就业支出（类）1,588.15万元，占比91.49%");
    }

    /// The Putuo 说明 (the other template), paragraph by paragraph as the fixture transcribes
    /// them, under the chapter and sub-section headings the document prints: the claims read
    /// against the fixture's.
    #[cfg(feature = "serde")]
    #[test]
    fn the_putuo_paragraphs_against_the_fixture() {
        let fixture: Disclosure = serde_json::from_str(include_str!(
            "../../tests/fixtures/putuo-shehuigongzuobu-2024.json"
        ))
        .unwrap();
        let headings: HashMap<&str, &str> = [
            ("一", "一、收入支出决算总体情况说明"),
            ("二", "二、收入决算情况说明"),
            ("三", "三、支出决算情况说明"),
            ("四", "四、财政拨款收入支出决算总体情况说明"),
            ("五", "五、一般公共预算财政拨款支出决算情况说明"),
            ("五（一）", "（一）一般公共预算财政拨款支出决算总体情况"),
            ("五（二）", "（二）一般公共预算财政拨款支出决算结构情况"),
            ("五（三）", "（三）一般公共预算财政拨款支出决算具体情况"),
            ("六", "六、一般公共预算财政拨款基本支出决算情况说明"),
            ("七", "七、财政拨款“三公”经费支出决算情况说明"),
            ("八", "八、政府性基金预算财政拨款收入支出决算情况说明"),
            ("九", "九、国有资本经营预算财政拨款收入支出决算情况说明"),
            ("十", "十、预算绩效管理情况"),
            ("十一", "十一、其他重要事项的情况说明"),
            ("十一（一）", "（一）机关运行经费支出情况"),
            ("十一（二）", "（二）政府采购支出情况"),
            ("十一（三）", "（三）国有资产占有使用情况说明"),
        ]
        .into_iter()
        .collect();
        let mut prose = Vec::new();
        let (mut chapter, mut sub) = (String::new(), String::new());
        let want = &fixture.narrative().statements;
        for (line, st) in want.iter().enumerate() {
            let label = st.section().trim_end_matches(|c: char| c.is_ascii_digit());
            let (c, s) = label.split_once('（').unwrap_or((label, ""));
            let paragraph = |text: &str| Prose::Paragraph {
                line,
                text: text.to_owned(),
            };
            if c != chapter {
                prose.push(paragraph(headings[c]));
                chapter = c.to_owned();
                sub.clear();
            }
            if !s.is_empty() && s != sub {
                prose.push(paragraph(headings[label]));
                sub = s.to_owned();
            }
            prose.push(paragraph(st.text()));
        }
        let mut diagnostics = Vec::new();
        let got = read(&prose, &fixture, &mut diagnostics).statements;
        assert_eq!(got.len(), want.len());
        let (mut total, mut reproduced, mut extra) = (0, 0, Vec::new());
        let mut missed = Vec::new();
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g.text(), w.text());
            assert!(
                w.section().starts_with(g.section()),
                "{} {}",
                g.section(),
                w.section()
            );
            total += w.claims().len();
            let mut left: Vec<&Claim> = g.claims().iter().collect();
            for claim in w.claims() {
                match left.iter().position(|c| *c == claim) {
                    Some(i) => {
                        left.remove(i);
                        reproduced += 1;
                    }
                    None => missed.push(format!("{}: {claim:?}", w.section())),
                }
            }
            extra.extend(left.iter().map(|c| format!("{}: {c:?}", g.section())));
        }
        assert_eq!(total, 85);
        assert_eq!(reproduced, 85, "missed: {missed:#?}");
        // "收入支出总计增加307.82万元，增长100.00%" (一, 四) states the change of both totals; the
        // fixture transcribes the income side only. No other claim is made.
        assert_eq!(extra.len(), 2, "{extra:#?}");
        assert!(
            extra[0].starts_with("一: Change(Change { figure: ExpenditureGrandTotal")
                && extra[1].starts_with("四: Change(Change { figure: FiscalExpenditureGrandTotal"),
            "{extra:#?}"
        );
        // What is not read is reported: the other performance figures of 十.
        let unread: Vec<&str> = diagnostics.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            unread,
            [
                "编报绩效目标的2024年度项目1个",
                "涉及预算金额175.52万元",
                "绩效跟踪评价的2024年度项目1个",
                "涉及预算金额175.52万元",
                "平均得分100.00分（其中",
                "绩效自评中共发现问题0个）",
            ]
        );
    }

    /// Reads one statement under a chapter heading, against the Datong fixture's tables.
    #[cfg(feature = "serde")]
    fn one(chapter: &str, text: &str) -> (Vec<Claim>, Vec<String>) {
        let fixture: Disclosure =
            serde_json::from_str(include_str!("../../tests/fixtures/datong-hrss-2023.json"))
                .unwrap();
        let prose = [
            Prose::Paragraph {
                line: 1,
                text: chapter.to_owned(),
            },
            Prose::Paragraph {
                line: 2,
                text: text.to_owned(),
            },
        ];
        let mut diagnostics = Vec::new();
        let mut n = read(&prose, &fixture, &mut diagnostics);
        let claims = n
            .statements
            .pop()
            .map(|s| s.claims().to_vec())
            .unwrap_or_default();
        (claims, diagnostics.into_iter().map(|d| d.text).collect())
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_figure_without_a_known_subject_or_shape_is_not_claimed() {
        // An unknown subject: reported, not claimed.
        let (claims, unread) = one("三、支出决算情况说明", "办公费5.20万元，占比0.26%。");
        assert!(claims.is_empty(), "{claims:?}");
        assert_eq!(unread, ["办公费5.20万元", "占比0.26%"]);
        // An unknown word between the subject and its figure.
        let (claims, unread) = one("三、支出决算情况说明", "基本支出中的办公费5.20万元。");
        assert!(claims.is_empty(), "{claims:?}");
        assert_eq!(unread.len(), 1);
        // A bare 占比 whose whole the section has not named.
        let (claims, _) = one("三、支出决算情况说明", "基本支出1,102.05万元，占比55.33%。");
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert!(matches!(claims[0], Claim::Amount(_)));
        // Figures in the reason are not claims.
        let (claims, unread) = one(
            "十、其他重要事项情况说明",
            "机关运行经费支出101.87万元，主要原因是车辆增加2辆，支出增加5万元。",
        );
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert!(unread.is_empty());
        // A count in a unit its subject is not counted in.
        let (claims, unread) = one("十、其他重要事项情况说明", "共有车辆4台（套）。");
        assert!(claims.is_empty() && unread.len() == 1, "{claims:?}");
        // A completion of a budget the statement does not state and no table prints.
        let (claims, unread) = one(
            "五、一般公共预算财政拨款支出决算情况说明",
            "社会保障和就业支出1,588.15万元，完成年初预算的142.58%。",
        );
        assert_eq!(claims.len(), 1, "{claims:?}");
        assert_eq!(unread, ["完成年初预算的142.58%"]);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn separators_the_reader_does_not_know_are_not_guessed() {
        // A full-width comma as thousands separator is one.
        let (claims, _) = one("一、收入支出决算总体情况说明", "收入总计2，076.12万元。");
        assert_eq!(
            claims,
            [Claim::amount(FigureRef::IncomeGrandTotal, "2076.12").unwrap()]
        );
        // Digits split otherwise: nothing is claimed from the fragments.
        let (claims, unread) = one("一、收入支出决算总体情况说明", "收入总计2、076.12万元。");
        assert!(
            claims
                .iter()
                .all(|c| *c != Claim::amount(FigureRef::IncomeGrandTotal, "76.12").unwrap()),
            "{claims:?}"
        );
        assert!(!unread.is_empty());
        let (claims, _) = one("一、收入支出决算总体情况说明", "收入总计2.076，12万元。");
        assert!(claims.is_empty(), "{claims:?}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_path_that_resolves_only_in_part_is_no_claim_about_any_row() {
        const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
        let item = |code: &str| FigureRef::GeneralPublic {
            code: Some(code.parse().unwrap()),
            column: SpendingColumn::Subtotal,
        };
        // The whole path resolves: the 项's figure.
        let (claims, unread) = one(
            CHAPTER,
            "社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）。支出决算为810.34万元。",
        );
        assert_eq!(claims, [Claim::amount(item("2080101"), "810.34").unwrap()]);
        assert!(unread.is_empty(), "{unread:?}");
        // The 项 is no row the table prints under that 款: neither the 款 nor the 类 that did
        // match gets the sentence's figures, and the path is reported with the clause.
        for sentence in [
            "社会保障和就业支出（类）人力资源和社会保障管理事务（款）机关服务（项）。支出决算为810.34万元。",
            "社会保障和就业支出（类）人力资源和社会保障管理事务（款）机关服务（项）支出决算为810.34万元。",
            "社会保障和就业支出（类）机关服务（款）行政运行（项）。支出决算为810.34万元。",
        ] {
            let (claims, unread) = one(CHAPTER, sentence);
            assert!(claims.is_empty(), "{sentence}: {claims:?}");
            assert!(
                unread.first().is_some_and(|u| u.ends_with("机关服务（项）")
                    || u.ends_with("行政运行（项）")),
                "{sentence}: {unread:?}"
            );
            assert!(unread.iter().any(|u| u.contains("810.34")), "{unread:?}");
        }
        // A 类 the table does not print ends the subject named before it in the statement.
        let (claims, unread) = one(
            CHAPTER,
            "社会保障和就业支出（类）1,588.15万元；一般公共服务支出（类）。支出决算为5.00万元。",
        );
        assert_eq!(claims, [Claim::amount(item("208"), "1588.15").unwrap()]);
        assert!(
            unread.iter().any(|u| u.ends_with("一般公共服务支出（类）")),
            "{unread:?}"
        );
        assert!(unread.iter().any(|u| u.contains("5.00")), "{unread:?}");
    }

    /// Every 项 of the Datong 公开05表 named by its full path is claimed; the same path with any
    /// one level replaced (by a name the table prints elsewhere, or by none it prints) claims
    /// nothing, for no row.
    #[cfg(feature = "serde")]
    #[test]
    fn every_path_of_the_table_resolves_and_every_broken_path_claims_nothing() {
        const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
        let fixture: Disclosure =
            serde_json::from_str(include_str!("../../tests/fixtures/datong-hrss-2023.json"))
                .unwrap();
        let rows: Vec<(FunctionCode, String)> = fixture
            .general_budget()
            .unwrap()
            .rows()
            .iter()
            .filter_map(|r| Some((r.code_of()?, r.name().to_owned())))
            .collect();
        let name = |code: FunctionCode| {
            rows.iter()
                .find(|(c, _)| *c == code)
                .map(|(_, n)| n.clone())
                .unwrap()
        };
        let items: Vec<FunctionCode> = rows
            .iter()
            .map(|(c, _)| *c)
            .filter(|c| c.level() == Level::Item)
            .collect();
        assert!(items.len() >= 6);
        let sentence = |class: &str, section: &str, item: &str| {
            format!("{class}（类）{section}（款）{item}（项）。支出决算为12.34万元。")
        };
        for item in &items {
            let section = item.parent().unwrap();
            let class = section.parent().unwrap();
            let (c, s, i) = (name(class), name(section), name(*item));
            let (claims, unread) = one(CHAPTER, &sentence(&c, &s, &i));
            let want = FigureRef::GeneralPublic {
                code: Some(*item),
                column: SpendingColumn::Subtotal,
            };
            assert_eq!(claims, [Claim::amount(want, "12.34").unwrap()], "{i}");
            assert!(unread.is_empty(), "{unread:?}");
            // Replacements: any other 项 or 款 name of the table not under this path, and a
            // name the table does not print.
            let others_items = items
                .iter()
                .filter(|o| o.parent() != Some(section))
                .map(|o| name(*o))
                .filter(|n| *n != i);
            let mut broken: Vec<String> =
                others_items.map(|other| sentence(&c, &s, &other)).collect();
            broken.push(sentence(&c, &s, "某某事务"));
            broken.push(sentence(&c, "某某事务", &i));
            broken.push(sentence("某某支出", &s, &i));
            for text in broken {
                let (claims, unread) = one(CHAPTER, &text);
                assert!(claims.is_empty(), "{text}: {claims:?}");
                assert!(
                    unread.iter().any(|u| u.contains("12.34")),
                    "{text}: {unread:?}"
                );
            }
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_rate_printed_without_its_percent_sign_is_read_and_reported() {
        const CHAPTER: &str = "五、一般公共预算财政拨款支出决算情况说明";
        let with = one(
            CHAPTER,
            "社会保障和就业支出1,588.15万元，增加194.62万元，增长13.95%。",
        );
        let without = one(
            CHAPTER,
            "社会保障和就业支出1,588.15万元，增加194.62万元，增长13.95。",
        );
        // The same claims; only the missing sign is reported.
        assert_eq!(without.0, with.0);
        assert!(format!("{:?}", with.0).contains("13.95"), "{:?}", with.0);
        assert!(with.1.is_empty(), "{:?}", with.1);
        assert_eq!(without.1, ["增长13.95"]);
        // A figure with another word after it is no rate: not read.
        let (claims, unread) = one(
            CHAPTER,
            "社会保障和就业支出1,588.15万元，增加194.62万元，增长1倍。",
        );
        assert!(!format!("{claims:?}").contains("Percent"), "{claims:?}");
        assert!(unread.iter().any(|u| u.contains("1倍")), "{unread:?}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn class_names_are_read_in_their_chapter_only() {
        let text = "住房保障支出(类)109.61万元。";
        let (claims, _) = one("五、一般公共预算财政拨款支出决算情况说明", text);
        assert_eq!(
            claims,
            [Claim::amount(
                FigureRef::GeneralPublic {
                    code: Some("221".parse().unwrap()),
                    column: SpendingColumn::Subtotal
                },
                "109.61"
            )
            .unwrap()]
        );
        // Outside a chapter of a fund, a 类 name names no table's row: the path and its
        // figure are reported.
        let (claims, unread) = one("十、其他重要事项情况说明", text);
        assert!(claims.is_empty(), "{claims:?}");
        assert_eq!(
            unread,
            ["住房保障支出（类）", "住房保障支出（类）109.61万元"]
        );
    }

    #[cfg(feature = "serde")]
    fn figures_of(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("stated" | "amount" | "rate", serde_json::Value::String(s)) => {
                            out.push(s.clone());
                        }
                        ("stated", serde_json::Value::Number(n)) => out.push(n.to_string()),
                        _ => figures_of(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| figures_of(v, out)),
            _ => {}
        }
    }

    #[cfg(feature = "serde")]
    use proptest::strategy::Strategy as _;

    #[cfg(feature = "serde")]
    proptest::proptest! {
        /// Law: every figure a claim states is printed in the statement (thousands separators
        /// aside): the reader never makes up a figure, whatever the sentence.
        #[test]
        fn claims_state_only_printed_figures(pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    "收入总计", "支出总计", "财政拨款收入", "基本支出", "占比", "占", "增加", "减少",
                    "增长", "下降", "完成年初预算的", "全年预算", "年初预算", "与上年相同",
                    "大于年初预算", "小于全年预算数", "公务接待费", "共接待", "车辆", "无此项支出",
                    "无", "“三公”经费", "社会保障和就业支出(类)", "住房保障支出", "主要原因是",
                    "主要用于", "绩效自评", "涉及资金", "个项目自评等级为“优”", "评级为“良”的项目",
                    "，", "。", "；", "、", "：", "（", "）", "其中", "的", "为", "办公费",
                ]).prop_map(str::to_owned),
                "[0-9]{1,4}(\\.[0-9]{1,2})?(万元|%|个|辆|人次|批次|台（套）|年)",
                "[一-龥]{1,3}",
            ],
            0..24,
        )) {
            let text: String = pieces.concat();
            proptest::prop_assume!(!text.trim().is_empty());
            static FIXTURE: std::sync::OnceLock<Disclosure> = std::sync::OnceLock::new();
            let fixture = FIXTURE.get_or_init(|| {
                serde_json::from_str(include_str!("../../tests/fixtures/datong-hrss-2023.json"))
                    .unwrap()
            });
            let prose = [
                Prose::Paragraph { line: 1, text: "五、一般公共预算财政拨款支出决算情况说明".to_owned() },
                Prose::Paragraph { line: 2, text: text.clone() },
            ];
            let mut diagnostics = Vec::new();
            let n = read(&prose, fixture, &mut diagnostics);
            let printed: String = normalize(&text).into_iter().filter(|c| *c != ',').collect();
            for st in &n.statements {
                let mut figures = Vec::new();
                figures_of(&serde_json::to_value(st).unwrap(), &mut figures);
                for f in figures {
                    let f = f.trim_end_matches('%');
                    proptest::prop_assert!(printed.contains(f), "{f} not in {printed}");
                }
            }
        }
    }
}
