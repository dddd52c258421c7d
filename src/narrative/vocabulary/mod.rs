//! The vocabulary of the 说明: the one table of the phrases a 说明 names its figures with, the
//! filler words it prints between a phrase and its figure, and the one tokenizer of printed
//! figures ([`tokens`]).
//!
//! [`PHRASES`] maps each printed phrase to what it names (a figure, two figures named together,
//! a 三公 item, something counted …). Everything else is derived from it:
//! * the importer's phrase index (`import::narrative`) reads these phrases as subjects;
//! * the checks' subject words ([`figure_words`], [`count_words`]) are the phrases that name a
//!   figure, with their unqualified endings ("收入总计" of "财政拨款收入总计") and ASCII-bracket
//!   forms, plus the short words of [`LABELS`] that introduce a figure inside a longer
//!   printed phrase (货物, 决算, 基本支出 …);
//! * a figure's canonical phrase ([`phrase`]) is its first phrase in the table.
//!
//! The words of the sentence shapes (增加, 占比, 完成年初预算的 …) are in [`shapes`](self::shapes).
//!
//! To read or check a new phrasing, add a line to [`PHRASES`] (or a filler to [`FILLERS`]).
//! A unit test walks every figure and count (adding a variant to either fails to compile until
//! it is placed): each figure has words, each count a phrase, and each line of the tables names
//! something.

mod shapes;
#[cfg(test)]
mod tests;
mod tokens;

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::narrative::{
    CountRef, FigureRef, FundColumn, ProcurementItem, ReceptionScope, SpendingColumn, Stage,
    ThreePublicItem, VehicleCategory,
};

pub(crate) use shapes::*;
pub(crate) use tokens::{Classifier, Kind, Printed, Token, Unit, figure_at, tokens};

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Subject {
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
    /// (The reader's, never in the table.) A 类/款/项 path that resolves only in part to a
    /// printed row ("X（类）Y（款）Z（项）" where Z is no 项 the table prints under Y): it names
    /// no row, so no figure after it is claimed.
    Partial,
}

/// Something a 说明 counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    Vehicles(Option<VehicleCategory>),
    Equipment,
    Purchased,
    Funded,
    Overseas,
}

impl Subject {
    /// The money figures the subject's amount is.
    pub(crate) fn amounts(self) -> Vec<FigureRef> {
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

    /// Whether `figure` is one of the subject's amounts (without allocating).
    fn names(self, figure: &FigureRef) -> bool {
        match self {
            Subject::Figure(f) => f == *figure,
            Subject::Pair(a, b) => a == *figure || b == *figure,
            Subject::ThreePublic(item) => {
                *figure
                    == FigureRef::ThreePublic {
                        stage: Stage::Actual,
                        item,
                    }
            }
            Subject::Reception(scope) => *figure == FigureRef::Reception(scope),
            _ => false,
        }
    }

    /// The table figure that is the subject's budget (公开09表's 预算数).
    pub(crate) fn table_budget(self) -> Option<FigureRef> {
        match self {
            Subject::ThreePublic(item) => Some(FigureRef::ThreePublic {
                stage: Stage::Budget,
                item,
            }),
            _ => None,
        }
    }

    /// What a count with `classifier` of the subject counts.
    pub(crate) fn count(self, classifier: Classifier) -> Option<CountRef> {
        use Classifier as C;
        Some(match (self, classifier) {
            (Subject::Counted(Counted::Vehicles(c)), C::Vehicles) => CountRef::Vehicles(c),
            (Subject::Counted(Counted::Equipment), C::Sets) => CountRef::CostlyEquipment,
            (Subject::Counted(Counted::Purchased), C::Vehicles) => CountRef::VehiclesPurchased,
            (Subject::Counted(Counted::Funded), C::Vehicles) => CountRef::VehiclesFunded,
            (Subject::Counted(Counted::Overseas), C::Items) => CountRef::OverseasGroups,
            (Subject::Counted(Counted::Overseas), C::PersonTimes) => CountRef::OverseasPersonTimes,
            (Subject::ThreePublic(ThreePublicItem::Reception), C::Batches) => {
                CountRef::ReceptionBatches(ReceptionScope::All)
            }
            (Subject::ThreePublic(ThreePublicItem::Reception), C::PersonTimes) => {
                CountRef::ReceptionPersonTimes(ReceptionScope::All)
            }
            (Subject::Reception(scope), C::Batches) => CountRef::ReceptionBatches(scope),
            (Subject::Reception(scope), C::PersonTimes) => CountRef::ReceptionPersonTimes(scope),
            (Subject::Evaluation, C::Items) => CountRef::EvaluatedProjects,
            _ => return None,
        })
    }
}

use FigureRef as F;
use Subject as S;

const fn gp(column: SpendingColumn) -> Subject {
    S::Figure(F::GeneralPublic { code: None, column })
}
const fn gf(column: FundColumn) -> FigureRef {
    F::GovernmentFund { code: None, column }
}
const SC_TOTAL: FigureRef = F::StateCapital {
    code: None,
    column: SpendingColumn::Subtotal,
};
const fn tp(item: ThreePublicItem) -> Subject {
    S::ThreePublic(item)
}
const fn proc(item: ProcurementItem) -> Subject {
    S::Figure(F::Procurement(item))
}
const fn vehicles(category: Option<VehicleCategory>) -> Subject {
    S::Counted(Counted::Vehicles(category))
}
const EQUIPMENT: Subject = S::Counted(Counted::Equipment);

/// The phrases of the 说明 and what each names, as printed (full-width brackets, “” quotes;
/// compared with white space, bracket widths and quote forms aside). A figure's first phrase
/// here is its canonical phrase. Every [`VehicleCategory`]'s printed name is a phrase too
/// ([`phrases`]).
pub(crate) const PHRASES: &[(&str, Subject)] = &[
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
    ("人员经费合计", S::Figure(F::PersonnelTotal)),
    ("人员经费", S::Figure(F::PersonnelTotal)),
    ("公用经费合计", S::Figure(F::PublicUseTotal)),
    ("公用经费", S::Figure(F::PublicUseTotal)),
    (
        "政府性基金预算财政拨款收入",
        S::Figure(F::GovernmentFundIncome),
    ),
    (
        "政府性基金预算财政拨款收入总计",
        S::Figure(gf(FundColumn::Income)),
    ),
    (
        "政府性基金预算财政拨款支出总计",
        S::Figure(gf(FundColumn::Expenditure)),
    ),
    (
        "政府性基金预算财政拨款支出",
        S::Figure(gf(FundColumn::Expenditure)),
    ),
    (
        "政府性基金预算财政拨款收入支出",
        S::Pair(gf(FundColumn::Income), gf(FundColumn::Expenditure)),
    ),
    (
        "政府性基金预算财政拨款收入和支出",
        S::Pair(gf(FundColumn::Income), gf(FundColumn::Expenditure)),
    ),
    (
        "国有资本经营预算财政拨款收入",
        S::Figure(F::StateCapitalIncome),
    ),
    ("国有资本经营预算财政拨款支出", S::Figure(SC_TOTAL)),
    (
        "国有资本经营预算财政拨款收入支出",
        S::Pair(F::StateCapitalIncome, SC_TOTAL),
    ),
    (
        "国有资本经营预算财政拨款收入和支出",
        S::Pair(F::StateCapitalIncome, SC_TOTAL),
    ),
    ("“三公”经费", tp(ThreePublicItem::Total)),
    ("财政拨款“三公”经费", tp(ThreePublicItem::Total)),
    ("“三公”经费财政拨款支出", tp(ThreePublicItem::Total)),
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
        "部级领导干部用车",
        vehicles(Some(VehicleCategory::SeniorLeaders)),
    ),
    (
        "主要领导干部用车",
        vehicles(Some(VehicleCategory::PrincipalOfficials)),
    ),
    (
        "离退休干部用车",
        vehicles(Some(VehicleCategory::RetiredCadres)),
    ),
    ("单价100万元（含）以上设备（不含车辆）", EQUIPMENT),
    ("单价100万元（含）以上的设备（不含车辆）", EQUIPMENT),
    ("单价100万元以上设备（不含车辆）", EQUIPMENT),
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

/// Every phrase of the vocabulary: [`PHRASES`] and the printed name of every
/// [`VehicleCategory`].
pub(crate) fn phrases() -> impl Iterator<Item = (&'static str, Subject)> {
    let categories = <VehicleCategory as strum::IntoEnumIterator>::iter()
        .map(|category| (<&'static str>::from(category), vehicles(Some(category))));
    PHRASES.iter().copied().chain(categories)
}

/// What a word of [`LABELS`] introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Labelled {
    /// One figure.
    Figure(FigureRef),
    /// A count.
    Count(CountRef),
    /// Every 三公 figure of a stage (预算数 or 决算数).
    Stage(Stage),
    /// A column of 公开05表 or 公开08表 other than 小计, on any row.
    Spending(SpendingColumn),
    /// A column of 公开07表, on any row.
    Fund(FundColumn),
}

/// Words the checks also take as introducing a figure, though alone they name none the reader
/// could claim: the ending of a longer printed phrase ("货物" of "政府采购货物支出"), a stage
/// or a column (决算, 基本支出), a count's noun (团组, 设备).
pub(crate) const LABELS: &[(&str, Labelled)] = &[
    (
        "公务接待费",
        Labelled::Figure(F::Reception(ReceptionScope::All)),
    ),
    (
        "采购总额",
        Labelled::Figure(F::Procurement(ProcurementItem::Total)),
    ),
    (
        "货物",
        Labelled::Figure(F::Procurement(ProcurementItem::Goods)),
    ),
    (
        "工程",
        Labelled::Figure(F::Procurement(ProcurementItem::Works)),
    ),
    (
        "服务",
        Labelled::Figure(F::Procurement(ProcurementItem::Services)),
    ),
    ("预算金额", Labelled::Figure(F::EvaluationBudget)),
    ("预算资金", Labelled::Figure(F::EvaluationBudget)),
    ("涉及资金", Labelled::Figure(F::EvaluationSpent)),
    ("执行数", Labelled::Figure(F::EvaluationSpent)),
    ("预算", Labelled::Stage(Stage::Budget)),
    ("全年预算", Labelled::Stage(Stage::Budget)),
    ("年初预算", Labelled::Stage(Stage::Budget)),
    ("预算数", Labelled::Stage(Stage::Budget)),
    ("预算为", Labelled::Stage(Stage::Budget)),
    ("决算", Labelled::Stage(Stage::Actual)),
    ("基本支出", Labelled::Spending(SpendingColumn::Basic)),
    ("项目支出", Labelled::Spending(SpendingColumn::Project)),
    ("年初结转和结余", Labelled::Fund(FundColumn::Opening)),
    ("收入", Labelled::Fund(FundColumn::Income)),
    ("支出", Labelled::Fund(FundColumn::Expenditure)),
    ("基本支出", Labelled::Fund(FundColumn::Basic)),
    ("项目支出", Labelled::Fund(FundColumn::Project)),
    ("年末结转和结余", Labelled::Fund(FundColumn::Closing)),
    ("共有车辆", Labelled::Count(CountRef::Vehicles(None))),
    ("车辆合计", Labelled::Count(CountRef::Vehicles(None))),
    ("车辆总数", Labelled::Count(CountRef::Vehicles(None))),
    ("设备", Labelled::Count(CountRef::CostlyEquipment)),
    ("保有量", Labelled::Count(CountRef::VehiclesFunded)),
    ("团组", Labelled::Count(CountRef::OverseasGroups)),
    ("自评个数", Labelled::Count(CountRef::EvaluatedProjects)),
    ("绩效自评的", Labelled::Count(CountRef::EvaluatedProjects)),
];

/// Words that may stand between a subject or marker and its figure.
pub(crate) const FILLERS: &[&str] = &[
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

/// The qualifiers a phrase may carry ("财政拨款收入总计"); a bare 收入总计/支出总计 after a
/// qualified phrase in the same statement carries the same qualifier ("…财政拨款收入总计X万元，
/// 支出总计Y万元").
pub(crate) const QUALIFIERS: &[&str] = &[
    "一般公共预算财政拨款",
    "政府性基金预算财政拨款",
    "国有资本经营预算财政拨款",
    "财政拨款",
];

/// The phrases a qualifier carries over to ([`QUALIFIERS`]).
pub(crate) const ELLIPTIC: &[&str] = &["收入总计", "支出总计", "收入合计", "支出合计"];

/// The canonical printed phrase of a figure (收入总计 for [`FigureRef::IncomeGrandTotal`]): its
/// first phrase in [`PHRASES`] naming it alone; `None` for a figure the 说明 names by a table's
/// row (a 类/款/项 code, an economic code) or only together with another. The renderers print
/// it; `FigureRef`'s name is it.
pub(crate) fn phrase(figure: &FigureRef) -> Option<&'static str> {
    PHRASES.iter().find_map(|(p, s)| match s {
        Subject::Figure(f) if f == figure => Some(*p),
        Subject::ThreePublic(item)
            if *figure
                == FigureRef::ThreePublic {
                    stage: Stage::Actual,
                    item: *item,
                } =>
        {
            Some(*p)
        }
        Subject::Reception(scope) if *figure == FigureRef::Reception(*scope) => Some(*p),
        _ => None,
    })
}

/// The phrases naming `figure` (as its amount, or as the budget of a 三公 item), in table order.
pub(crate) fn phrases_of(figure: &FigureRef) -> impl Iterator<Item = &'static str> + '_ {
    phrases()
        .filter(|(_, s)| s.names(figure) || s.table_budget() == Some(*figure))
        .map(|(p, _)| p)
}

/// Every figure the vocabulary names by a fixed phrase: every [`FigureRef`] but the rows of
/// codes (a 类/款/项 of 公开05/07/08表 is named by the name its table prints, an economic
/// 类/款 of 公开06表 by none the 说明 reads).
pub(crate) fn figures() -> Vec<FigureRef> {
    use strum::IntoEnumIterator;
    // Adding a variant to `FigureRef` fails to compile here until it is placed: named by a
    // fixed phrase (and listed below) or by a table's row.
    let fixed = |f: FigureRef| match f {
        F::IncomeGrandTotal
        | F::ExpenditureGrandTotal
        | F::IncomeTotal
        | F::ExpenditureTotal
        | F::OpeningBalance
        | F::ClosingBalance
        | F::FiscalIncome
        | F::SuperiorSubsidyIncome
        | F::ServiceIncome
        | F::BusinessIncome
        | F::AffiliateRemittanceIncome
        | F::OtherIncome
        | F::BasicExpenditure
        | F::ProjectExpenditure
        | F::RemittanceExpenditure
        | F::BusinessExpenditure
        | F::AffiliateSubsidyExpenditure
        | F::FiscalIncomeGrandTotal
        | F::FiscalExpenditureGrandTotal
        | F::GeneralPublicIncome
        | F::GovernmentFundIncome
        | F::StateCapitalIncome
        | F::PersonnelTotal
        | F::PublicUseTotal
        | F::OperatingCost
        | F::EvaluationSpent
        | F::EvaluationBudget
        | F::GeneralPublic { code: None, .. }
        | F::GovernmentFund { code: None, .. }
        | F::StateCapital { code: None, .. }
        | F::ThreePublic { .. }
        | F::Reception(_)
        | F::Procurement(_) => true,
        F::GeneralPublic { code: Some(_), .. }
        | F::GovernmentFund { code: Some(_), .. }
        | F::StateCapital { code: Some(_), .. }
        | F::BasicEconomic(_) => false,
    };
    let mut out = vec![
        F::IncomeGrandTotal,
        F::ExpenditureGrandTotal,
        F::IncomeTotal,
        F::ExpenditureTotal,
        F::OpeningBalance,
        F::ClosingBalance,
        F::FiscalIncome,
        F::SuperiorSubsidyIncome,
        F::ServiceIncome,
        F::BusinessIncome,
        F::AffiliateRemittanceIncome,
        F::OtherIncome,
        F::BasicExpenditure,
        F::ProjectExpenditure,
        F::RemittanceExpenditure,
        F::BusinessExpenditure,
        F::AffiliateSubsidyExpenditure,
        F::FiscalIncomeGrandTotal,
        F::FiscalExpenditureGrandTotal,
        F::GeneralPublicIncome,
        F::GovernmentFundIncome,
        F::StateCapitalIncome,
        F::PersonnelTotal,
        F::PublicUseTotal,
        F::OperatingCost,
        F::EvaluationSpent,
        F::EvaluationBudget,
    ];
    for column in SpendingColumn::iter() {
        out.push(F::GeneralPublic { code: None, column });
        out.push(F::StateCapital { code: None, column });
    }
    out.extend(FundColumn::iter().map(gf));
    for stage in Stage::iter() {
        out.extend(ThreePublicItem::iter().map(|item| F::ThreePublic { stage, item }));
    }
    out.extend(ReceptionScope::iter().map(F::Reception));
    out.extend(ProcurementItem::iter().map(F::Procurement));
    out.retain(|f| fixed(*f));
    out
}

/// Every count a 说明 can state.
pub(crate) fn counts() -> Vec<CountRef> {
    use strum::IntoEnumIterator;
    // Adding a variant to `CountRef` fails to compile here until it is listed below.
    let _listed = |c: CountRef| match c {
        CountRef::Vehicles(_)
        | CountRef::CostlyEquipment
        | CountRef::VehiclesPurchased
        | CountRef::VehiclesFunded
        | CountRef::OverseasGroups
        | CountRef::OverseasPersonTimes
        | CountRef::ReceptionBatches(_)
        | CountRef::ReceptionPersonTimes(_)
        | CountRef::EvaluatedProjects => {}
    };
    let mut out = vec![CountRef::Vehicles(None)];
    out.extend(VehicleCategory::iter().map(|c| CountRef::Vehicles(Some(c))));
    out.extend([
        CountRef::CostlyEquipment,
        CountRef::VehiclesPurchased,
        CountRef::VehiclesFunded,
        CountRef::OverseasGroups,
        CountRef::OverseasPersonTimes,
        CountRef::EvaluatedProjects,
    ]);
    for scope in ReceptionScope::iter() {
        out.push(CountRef::ReceptionBatches(scope));
        out.push(CountRef::ReceptionPersonTimes(scope));
    }
    out
}

/// The classifiers a count can be printed with.
const CLASSIFIERS: [Classifier; 5] = [
    Classifier::Items,
    Classifier::PersonTimes,
    Classifier::Vehicles,
    Classifier::Sets,
    Classifier::Batches,
];

/// A printed phrase and its form with ASCII brackets, when it has full-width ones (the checks
/// compare the text as printed). The ASCII forms are made once, when the words are built, and
/// kept for the life of the program like the table itself: a few short strings.
fn printed_forms(phrase: &'static str, out: &mut Vec<&'static str>) {
    if !out.contains(&phrase) {
        out.push(phrase);
    }
    if phrase.contains(['（', '）']) {
        let ascii: String = phrase
            .chars()
            .map(|c| match c {
                '（' => '(',
                '）' => ')',
                other => other,
            })
            .collect();
        if !out.iter().any(|w| *w == ascii) {
            out.push(Box::leak(ascii.into_boxed_str()));
        }
    }
}

/// The words the checks take as introducing each fixed figure (built once).
static FIGURE_WORDS: LazyLock<HashMap<FigureRef, Vec<&'static str>>> = LazyLock::new(|| {
    figures()
        .into_iter()
        .map(|f| (f, fixed_figure_words(&f)))
        .collect()
});

/// The words and classifier of each count (built once).
static COUNT_WORDS: LazyLock<HashMap<CountRef, (Classifier, Vec<&'static str>)>> =
    LazyLock::new(|| {
        counts()
            .into_iter()
            .map(|c| (c, fixed_count_words(&c)))
            .collect()
    });

/// The words of a fixed figure: the phrases naming it, their endings after a qualifier that
/// are phrases of their own (收入总计 of 财政拨款收入总计), and its [`LABELS`]; a column of a
/// table's 合计 row also by the table's phrases, a 三公 figure also by its stage's words.
fn fixed_figure_words(figure: &FigureRef) -> Vec<&'static str> {
    let mut out = Vec::new();
    let named = |f: &FigureRef, out: &mut Vec<&'static str>| {
        for p in phrases_of(f) {
            printed_forms(p, out);
            // "财政拨款收入总计" ends with "收入总计", a phrase of its own: a statement that
            // named the qualifier prints the ending alone ([`ELLIPTIC`]).
            let own = QUALIFIERS
                .iter()
                .find_map(|q| p.strip_prefix(q))
                .filter(|rest| phrases().any(|(other, _)| other == *rest));
            if let Some(rest) = own {
                printed_forms(rest, out);
            }
        }
    };
    let labelled = |l: Labelled, out: &mut Vec<&'static str>| {
        for (w, of) in LABELS {
            if *of == l {
                printed_forms(w, out);
            }
        }
    };
    match figure {
        F::GeneralPublic { column, .. } | F::StateCapital { column, .. } => {
            let total = match figure {
                F::GeneralPublic { .. } => gp(SpendingColumn::Subtotal),
                _ => S::Figure(SC_TOTAL),
            };
            if let S::Figure(total) = total {
                named(&total, &mut out);
            }
            if *column != SpendingColumn::Subtotal {
                named(figure, &mut out);
                labelled(Labelled::Spending(*column), &mut out);
            }
        }
        F::GovernmentFund { column, .. } => {
            named(figure, &mut out);
            labelled(Labelled::Fund(*column), &mut out);
        }
        F::ThreePublic { stage, .. } => {
            named(figure, &mut out);
            labelled(Labelled::Stage(*stage), &mut out);
        }
        _ => named(figure, &mut out),
    }
    labelled(Labelled::Figure(*figure), &mut out);
    out
}

/// The classifier and words of a count: the phrases of the thing counted (车辆, 出国团组), and
/// its [`LABELS`]. A phrase of money that also counts (公务接待费 … 批次, 绩效自评 … 个) introduces
/// its amount: the counts after it have words of their own or none ("绩效自评中共发现问题0个" is
/// no count of the self-evaluated projects).
fn fixed_count_words(count: &CountRef) -> (Classifier, Vec<&'static str>) {
    let mut out = Vec::new();
    let mut classifier = Classifier::Items;
    for (p, s) in phrases() {
        for c in CLASSIFIERS {
            if s.count(c) == Some(*count) {
                classifier = c;
                if matches!(s, Subject::Counted(_)) {
                    printed_forms(p, &mut out);
                }
            }
        }
    }
    for (w, of) in LABELS {
        if *of == Labelled::Count(*count) {
            printed_forms(w, &mut out);
        }
    }
    (classifier, out)
}

/// The words the checks take as introducing `figure` in a printed label (see
/// [`fixed_figure_words`]); a row of codes has the column's words only (its printed name is the
/// caller's).
pub(crate) fn figure_words(figure: &FigureRef) -> &'static [&'static str] {
    let column = |l: Labelled| -> &'static [&'static str] {
        LABELS
            .iter()
            .find(|(_, of)| *of == l)
            .map_or(&[], |(w, _)| std::slice::from_ref(w))
    };
    match *figure {
        F::GeneralPublic {
            code: Some(_),
            column: c,
        }
        | F::StateCapital {
            code: Some(_),
            column: c,
        } => column(Labelled::Spending(c)),
        F::GovernmentFund {
            code: Some(_),
            column: c,
        } => column(Labelled::Fund(c)),
        _ => FIGURE_WORDS
            .get(figure)
            .map(Vec::as_slice)
            .unwrap_or_default(),
    }
}

/// The classifier a count is printed with and the words that introduce it.
pub(crate) fn count_words(count: &CountRef) -> (Classifier, &'static [&'static str]) {
    COUNT_WORDS
        .get(count)
        .map_or((Classifier::Items, &[]), |(c, w)| (*c, w.as_slice()))
}
