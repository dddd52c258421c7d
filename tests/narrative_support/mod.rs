//! The spec's tables (大同市人力资源和社会保障局 2023) as a test-only `Figures`, and its 说明 as
//! statements. Every figure is transcribed from ../shared/spec/datong-hrss-2023-final-accounts.txt.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::borrow::Cow;

use final_accounts::classification::FunctionCode;
use final_accounts::disclosure::TableKind;
use final_accounts::finding::{Finding, Lang, Names};
use final_accounts::money::{MoneyUnit, Precision, PublishedAmount};
use final_accounts::narrative::{
    Budget, BudgetKind, ChangeWord, Claim, CountRef, FigureRef, Figures, FundColumn,
    GeneralPublicRow, ProcurementItem, ReceptionScope, SpendingColumn, Stage, StatedRate,
    Statement, ThreePublicItem, VehicleCategory,
};

/// Names the tables by the labels the spec prints (公开01表 … 公开10表), as its document does.
pub struct Labels;

impl Names for Labels {
    fn table(&self, kind: TableKind) -> Cow<'_, str> {
        Cow::Owned(format!("公开{:02}表", kind.number()))
    }
}

/// The places of a finding, in English, tables named by their labels.
pub fn places(f: &Finding) -> Vec<String> {
    f.places
        .iter()
        .map(|p| p.display(&Labels, Lang::En).to_string())
        .collect()
}

/// The expected figure of a finding, as shown.
pub fn expected(f: &Finding) -> Option<String> {
    f.expected.as_ref().map(ToString::to_string)
}

/// The printed figure of a finding, as shown.
pub fn actual(f: &Finding) -> Option<String> {
    f.actual.as_ref().map(ToString::to_string)
}

/// The message of a finding in `lang`, tables named by their labels.
pub fn message(f: &Finding, lang: Lang) -> String {
    f.message(&Labels, lang)
}

pub fn wan(s: &str) -> PublishedAmount {
    PublishedAmount::parse(s, MoneyUnit::WanYuan).unwrap()
}

/// A blank cell of a published table: zero, at the table's precision.
pub const BLANK: &str = "0.00";

pub fn gp(code: Option<&str>, column: SpendingColumn) -> FigureRef {
    FigureRef::GeneralPublic {
        code: code.map(|c| c.parse::<FunctionCode>().unwrap()),
        column,
    }
}

pub fn gp_sub(code: &str) -> FigureRef {
    gp(Some(code), SpendingColumn::Subtotal)
}

pub fn gp_total() -> FigureRef {
    gp(None, SpendingColumn::Subtotal)
}

pub fn tp(stage: Stage, item: ThreePublicItem) -> FigureRef {
    FigureRef::ThreePublic { stage, item }
}

/// 公开05表, 小计 / 基本支出 / 项目支出 of every row, blanks as "".
pub const TABLE_05: &[(&str, &str, &str, &str, &str)] = &[
    ("208", "社会保障和就业支出", "1,588.15", "953.26", "634.89"),
    (
        "20801",
        "人力资源和社会保障管理事务",
        "1,407.63",
        "809.32",
        "598.30",
    ),
    ("2080101", "行政运行", "1,407.63", "809.32", "598.30"),
    ("2080110", "劳动关系和维权", "", "", ""),
    ("20805", "行政事业单位养老支出", "143.46", "143.46", ""),
    (
        "2080505",
        "机关事业单位基本养老保险缴费支出",
        "94.47",
        "94.47",
        "",
    ),
    (
        "2080506",
        "机关事业单位职业年金缴费支出",
        "48.99",
        "48.99",
        "",
    ),
    ("20807", "就业补助", "37.06", "0.48", "36.59"),
    ("2080799", "其他就业补助支出", "37.06", "0.48", "36.59"),
    ("210", "卫生健康支出", "38.16", "38.16", ""),
    ("21011", "行政事业单位医疗", "38.16", "38.16", ""),
    ("2101101", "行政单位医疗", "38.16", "38.16", ""),
    ("221", "住房保障支出", "109.61", "109.61", ""),
    ("22102", "住房改革支出", "109.61", "109.61", ""),
    ("2210201", "住房公积金", "99.98", "99.98", ""),
    ("2210202", "提租补贴", "9.62", "9.62", ""),
];

/// 公开06表, the cells with a figure.
pub const TABLE_06: &[(&str, &str)] = &[
    ("301", "998.08"),
    ("30101", "323.25"),
    ("30102", "218.33"),
    ("30103", "170.72"),
    ("30108", "96.07"),
    ("30109", "48.99"),
    ("30110", "38.81"),
    ("30112", "1.92"),
    ("30113", "99.98"),
    ("303", "1.08"),
    ("30305", "0.48"),
    ("30309", "0.60"),
    ("302", "101.87"),
    ("30201", "2.76"),
    ("30202", "4.25"),
    ("30205", "1.00"),
    ("30206", "4.00"),
    ("30207", "0.73"),
    ("30211", "4.97"),
    ("30226", "2.94"),
    ("30228", "3.63"),
    ("30229", "19.33"),
    ("30231", "1.03"),
    ("30239", "54.08"),
    ("30299", "3.15"),
];

/// The 14 self-evaluation forms: project, 全年执行数 (万元, 3 decimals declared), 等级.
pub const FORMS: &[(&str, &str, &str)] = &[
    ("J2名选调生2022年7月至2023年12月到乡挂职补助", "8.007", "优"),
    ("J残疾人就业保障金", "6", "优"),
    ("J法律顾问费", "0", "良"),
    ("J劳动保障监察两网化一期建设维保服务费", "5", "优"),
    ("J农民工联席办公经费", "2.73", "优"),
    ("J人力资源事务", "14.305", "优"),
    ("J社保基金监督检查费", "3.986", "优"),
    ("J社会保障业务费", "35.335", "优"),
    ("J外地人才交流参展费", "4.389", "优"),
    ("J仲裁委业务费", "3.94", "优"),
    ("J驻村帮扶工作人员经费", "10.5", "优"),
    ("Z劳动能力鉴定费", "18.95", "优"),
    ("Z网络运维服务费", "7.764", "良"),
    ("Z学术技术带头人评审工作经费、津贴经费", "26.5", "优"),
];

#[derive(Clone)]
pub struct Datong {
    pub amounts: Vec<(FigureRef, PublishedAmount)>,
    pub counts: Vec<(CountRef, u64)>,
    pub rows: Vec<GeneralPublicRow>,
    pub forms: Option<final_accounts::evaluation::Rollup>,
}

impl Datong {
    pub fn new() -> Datong {
        use FigureRef as F;
        use SpendingColumn as C;
        use Stage::{Actual, Budget as Bud};
        use ThreePublicItem as T;
        let cell = |s: &str| wan(if s.is_empty() { BLANK } else { s });
        let mut amounts: Vec<(FigureRef, PublishedAmount)> = vec![
            // 公开01表
            (F::IncomeGrandTotal, wan("2,076.12")),
            (F::ExpenditureGrandTotal, wan("2,076.12")),
            (F::IncomeTotal, wan("1,991.06")),
            (F::ExpenditureTotal, wan("1,991.91")),
            (F::OpeningBalance, wan("85.06")),
            (F::ClosingBalance, wan("84.21")),
            // 公开02表 合计
            (F::FiscalIncome, wan("1,990.89")),
            (F::SuperiorSubsidyIncome, wan(BLANK)),
            (F::ServiceIncome, wan(BLANK)),
            (F::BusinessIncome, wan(BLANK)),
            (F::AffiliateRemittanceIncome, wan(BLANK)),
            (F::OtherIncome, wan("0.16")),
            // 公开03表 合计
            (F::BasicExpenditure, wan("1,102.05")),
            (F::ProjectExpenditure, wan("889.86")),
            (F::RemittanceExpenditure, wan(BLANK)),
            (F::BusinessExpenditure, wan(BLANK)),
            (F::AffiliateSubsidyExpenditure, wan(BLANK)),
            // 公开04表
            (F::FiscalIncomeGrandTotal, wan("1,990.89")),
            (F::FiscalExpenditureGrandTotal, wan("1,990.89")),
            (F::GeneralPublicIncome, wan("1,735.92")),
            (F::GovernmentFundIncome, wan("254.97")),
            (F::StateCapitalIncome, wan(BLANK)),
            // 公开05表 合计
            (gp(None, C::Subtotal), wan("1,735.92")),
            (gp(None, C::Basic), wan("1,101.03")),
            (gp(None, C::Project), wan("634.89")),
            // 公开06表
            (F::PersonnelTotal, wan("999.16")),
            (F::PublicUseTotal, wan("101.87")),
            // 公开07表 合计
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Opening,
                },
                wan(BLANK),
            ),
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Income,
                },
                wan("254.97"),
            ),
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Expenditure,
                },
                wan("254.97"),
            ),
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Basic,
                },
                wan(BLANK),
            ),
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Project,
                },
                wan("254.97"),
            ),
            (
                F::GovernmentFund {
                    code: None,
                    column: FundColumn::Closing,
                },
                wan(BLANK),
            ),
            // 公开08表 合计 (本表无数据)
            (
                F::StateCapital {
                    code: None,
                    column: C::Subtotal,
                },
                wan(BLANK),
            ),
            (
                F::StateCapital {
                    code: None,
                    column: C::Basic,
                },
                wan(BLANK),
            ),
            (
                F::StateCapital {
                    code: None,
                    column: C::Project,
                },
                wan(BLANK),
            ),
            // 公开09表
            (tp(Bud, T::Total), wan("1.03")),
            (tp(Bud, T::OverseasTravel), wan(BLANK)),
            (tp(Bud, T::Vehicles), wan("1.03")),
            (tp(Bud, T::VehiclePurchase), wan(BLANK)),
            (tp(Bud, T::VehicleOperation), wan("1.03")),
            (tp(Bud, T::Reception), wan(BLANK)),
            (tp(Actual, T::Total), wan("1.03")),
            (tp(Actual, T::OverseasTravel), wan(BLANK)),
            (tp(Actual, T::Vehicles), wan("1.03")),
            (tp(Actual, T::VehiclePurchase), wan(BLANK)),
            (tp(Actual, T::VehicleOperation), wan("1.03")),
            (tp(Actual, T::Reception), wan(BLANK)),
            // 公开10表 (行政单位 101.87, 参照公务员法管理事业单位 blank)
            (F::OperatingCost, wan("101.87")),
            (F::Procurement(ProcurementItem::Total), wan("13.40")),
            (F::Procurement(ProcurementItem::Goods), wan("3.01")),
            (F::Procurement(ProcurementItem::Works), wan(BLANK)),
            (F::Procurement(ProcurementItem::Services), wan("10.39")),
        ];
        for (code, _, sub, basic, project) in TABLE_05 {
            amounts.push((gp(Some(code), C::Subtotal), cell(sub)));
            amounts.push((gp(Some(code), C::Basic), cell(basic)));
            amounts.push((gp(Some(code), C::Project), cell(project)));
        }
        for (code, value) in TABLE_06 {
            amounts.push((F::BasicEconomic(code.parse().unwrap()), wan(value)));
        }
        let rows = TABLE_05
            .iter()
            .map(|(code, name, sub, _, _)| GeneralPublicRow {
                code: code.parse().unwrap(),
                name: (*name).to_owned(),
                total: cell(sub),
            })
            .collect();
        let v = |c| CountRef::Vehicles(Some(c));
        use VehicleCategory as V;
        let counts = vec![
            (CountRef::Vehicles(None), 4),
            (v(V::SeniorLeaders), 0),
            (v(V::PrincipalOfficials), 0),
            (v(V::ConfidentialCommunication), 1),
            (v(V::Emergency), 0),
            (v(V::LawEnforcement), 0),
            (v(V::SpecialTechnical), 0),
            (v(V::RetiredCadres), 0),
            (v(V::Other), 3),
            (CountRef::CostlyEquipment, 0),
        ];
        // The forms as the narrative's roll-up reads them: each form's 全年执行数 and grade (the
        // narrative states no budget of the forms, so theirs is left at zero here).
        let mut forms = final_accounts::evaluation::Rollup::empty();
        for (_name, spent, grade) in FORMS {
            let wan3 = |s: &str| {
                PublishedAmount::parse_with_precision(
                    s,
                    MoneyUnit::WanYuan,
                    Precision::Rounded { decimals: 3 },
                )
                .unwrap()
            };
            forms
                .add(wan3(spent), wan3("0"), Some(grade.parse().unwrap()))
                .unwrap();
        }
        Datong {
            amounts,
            counts,
            rows,
            forms: Some(forms),
        }
    }

    /// The same disclosure with one figure replaced.
    pub fn with(mut self, figure: FigureRef, value: &str) -> Datong {
        self.amounts.retain(|(f, _)| *f != figure);
        self.amounts.push((figure, wan(value)));
        self
    }
}

impl Figures for Datong {
    fn amount(&self, figure: &FigureRef) -> Option<PublishedAmount> {
        self.amounts
            .iter()
            .find(|(f, _)| f == figure)
            .map(|(_, a)| *a)
    }
    fn count(&self, count: &CountRef) -> Option<u64> {
        self.counts
            .iter()
            .find(|(c, _)| c == count)
            .map(|(_, n)| *n)
    }
    fn general_public_rows(&self) -> Vec<GeneralPublicRow> {
        self.rows.clone()
    }
    fn forms_rollup(&self) -> Option<final_accounts::evaluation::Rollup> {
        self.forms.clone()
    }
}

fn amount(f: FigureRef, s: &str) -> Claim {
    Claim::amount(f, s).unwrap()
}

fn share(part: FigureRef, whole: FigureRef, s: &str) -> Claim {
    Claim::share(part, whole, s).unwrap()
}

fn up(f: FigureRef, amount: &str, rate: &str) -> Claim {
    Claim::change(
        f,
        ChangeWord::Increase,
        Some(amount),
        Some(ChangeWord::Grow),
        StatedRate::parse(rate).unwrap(),
    )
    .unwrap()
}

fn down(f: FigureRef, amount: &str, rate: &str) -> Claim {
    Claim::change(
        f,
        ChangeWord::Decrease,
        Some(amount),
        Some(ChangeWord::Decline),
        StatedRate::parse(rate).unwrap(),
    )
    .unwrap()
}

fn same(f: FigureRef) -> Claim {
    Claim::change(
        f,
        ChangeWord::SameAsLastYear,
        None,
        None,
        StatedRate::Omitted,
    )
    .unwrap()
}

fn initial(f: FigureRef, budget: &str, rate: &str) -> Claim {
    Claim::completion(
        f,
        Budget::stated(BudgetKind::Initial, budget).unwrap(),
        rate,
    )
    .unwrap()
}

fn full_year(item: ThreePublicItem, rate: &str) -> Claim {
    Claim::completion(
        tp(Stage::Actual, item),
        Budget::table(BudgetKind::FullYear, tp(Stage::Budget, item)),
        rate,
    )
    .unwrap()
}

fn st(section: &str, text: &str, claims: Vec<Claim>, reason: Option<&str>) -> Statement {
    Statement::new(section, text, claims, reason.map(str::to_owned)).unwrap()
}

/// The 说明 of the spec, 一 … 十, every statement with its claims, as printed.
pub fn statements() -> Vec<Statement> {
    use FigureRef as F;
    use Stage::{Actual, Budget as Bud};
    use ThreePublicItem as T;
    let total = F::IncomeTotal;
    let spent = F::ExpenditureTotal;
    let gf_income = F::GovernmentFund {
        code: None,
        column: FundColumn::Income,
    };
    let gf_spent = F::GovernmentFund {
        code: None,
        column: FundColumn::Expenditure,
    };
    let v = |c| CountRef::Vehicles(Some(c));
    use VehicleCategory as V;
    let mut s = vec![
        st(
            "一",
            "2023年度收入总计2,076.12万元，支出总计2,076.12万元。与上年相比，收入总计增加736.34万元，增长54.96%，支出总计增加736.34万元，增长54.96%。主要原因是年中追加项目金额增加。",
            vec![
                amount(F::IncomeGrandTotal, "2,076.12"),
                amount(F::ExpenditureGrandTotal, "2,076.12"),
                up(F::IncomeGrandTotal, "736.34", "54.96%"),
                up(F::ExpenditureGrandTotal, "736.34", "54.96%"),
            ],
            Some("年中追加项目金额增加"),
        ),
        st(
            "二",
            "2023年度收入合计1,991.06万元，其中：",
            vec![amount(total, "1,991.06")],
            None,
        ),
        st(
            "二",
            "财政拨款收入1,990.89万元，占比99.99%；",
            vec![
                amount(F::FiscalIncome, "1,990.89"),
                share(F::FiscalIncome, total, "99.99%"),
            ],
            None,
        ),
        st(
            "二",
            "上级补助收入0万元，占比0%；",
            vec![
                amount(F::SuperiorSubsidyIncome, "0"),
                share(F::SuperiorSubsidyIncome, total, "0%"),
            ],
            None,
        ),
        st(
            "二",
            "事业收入0万元，占比0%；",
            vec![
                amount(F::ServiceIncome, "0"),
                share(F::ServiceIncome, total, "0%"),
            ],
            None,
        ),
        st(
            "二",
            "经营收入0万元，占比0%；",
            vec![
                amount(F::BusinessIncome, "0"),
                share(F::BusinessIncome, total, "0%"),
            ],
            None,
        ),
        st(
            "二",
            "附属单位上缴收入0万元，占比0%；",
            vec![
                amount(F::AffiliateRemittanceIncome, "0"),
                share(F::AffiliateRemittanceIncome, total, "0%"),
            ],
            None,
        ),
        st(
            "二",
            "其他收入0.16万元，占比0.01%。",
            vec![
                amount(F::OtherIncome, "0.16"),
                share(F::OtherIncome, total, "0.01%"),
            ],
            None,
        ),
        st(
            "三",
            "2023年度支出合计1,991.91万元，其中：",
            vec![amount(spent, "1,991.91")],
            None,
        ),
        st(
            "三",
            "基本支出1,102.05万元，占比55.33%；",
            vec![
                amount(F::BasicExpenditure, "1,102.05"),
                share(F::BasicExpenditure, spent, "55.33%"),
            ],
            None,
        ),
        st(
            "三",
            "项目支出889.86万元，占比44.67%；",
            vec![
                amount(F::ProjectExpenditure, "889.86"),
                share(F::ProjectExpenditure, spent, "44.67%"),
            ],
            None,
        ),
        st(
            "三",
            "上缴上级支出0万元，占比0%；",
            vec![
                amount(F::RemittanceExpenditure, "0"),
                share(F::RemittanceExpenditure, spent, "0%"),
            ],
            None,
        ),
        st(
            "三",
            "经营支出0万元，占比0%；",
            vec![
                amount(F::BusinessExpenditure, "0"),
                share(F::BusinessExpenditure, spent, "0%"),
            ],
            None,
        ),
        st(
            "三",
            "对附属单位补助支出0万元，占比0%。",
            vec![
                amount(F::AffiliateSubsidyExpenditure, "0"),
                share(F::AffiliateSubsidyExpenditure, spent, "0%"),
            ],
            None,
        ),
        st(
            "四",
            "2023年度财政拨款收入总计1,990.89万元，支出总计1,990.89万元。与上年相比，财政拨款收入总计增加737.23万元，增长58.81%；财政拨款支出总计增加737.23万元，增长58.81%。主要原因是年中追加项目资金增加。",
            vec![
                amount(F::FiscalIncomeGrandTotal, "1,990.89"),
                amount(F::FiscalExpenditureGrandTotal, "1,990.89"),
                up(F::FiscalIncomeGrandTotal, "737.23", "58.81%"),
                up(F::FiscalExpenditureGrandTotal, "737.23", "58.81%"),
            ],
            Some("年中追加项目资金增加"),
        ),
        st(
            "五（一）",
            "2023年一般公共预算财政拨款决算支出1,735.92万元，占本年支出合计的87.15%。与上年相比，一般公共预算财政拨款支出增加482.26万元，增长38.47%。主要原因是年中追加项目资金增加。",
            vec![
                amount(gp_total(), "1,735.92"),
                share(gp_total(), spent, "87.15%"),
                up(gp_total(), "482.26", "38.47%"),
            ],
            Some("年中追加项目资金增加"),
        ),
        st(
            "五（二）",
            "2023年度一般公共预算财政拨款支出1,735.92万元，主要用于以下方面：",
            vec![amount(gp_total(), "1,735.92")],
            None,
        ),
        st(
            "五（二）",
            "社会保障和就业支出(类)1,588.15万元，占比91.49%；",
            vec![
                amount(gp_sub("208"), "1,588.15"),
                share(gp_sub("208"), gp_total(), "91.49%"),
            ],
            None,
        ),
        st(
            "五（二）",
            "卫生健康支出(类)38.16万元，占比2.20%；",
            vec![
                amount(gp_sub("210"), "38.16"),
                share(gp_sub("210"), gp_total(), "2.20%"),
            ],
            None,
        ),
        st(
            "五（二）",
            "住房保障支出(类)109.61万元，占比6.31%。",
            vec![
                amount(gp_sub("221"), "109.61"),
                share(gp_sub("221"), gp_total(), "6.31%"),
            ],
            None,
        ),
        st(
            "五（三）",
            "2023年度一般公共预算财政拨款支出年初预算1,267.44万元，支出决算1,735.92万元，完成年初预算的136.96%。其中：",
            vec![
                amount(gp_total(), "1,735.92"),
                initial(gp_total(), "1,267.44", "136.96%"),
            ],
            None,
        ),
        st(
            "五（三）",
            "社会保障和就业支出年初预算1113.89万元，支出决算1588.15万元，完成年初预算的142.58%，用于社会保障和就业相关业务支出，较上年决算增加467.42万元，增长41.71%，主要原因年中追加项目资金。",
            vec![
                amount(gp_sub("208"), "1588.15"),
                initial(gp_sub("208"), "1113.89", "142.58%"),
                up(gp_sub("208"), "467.42", "41.71%"),
            ],
            Some("年中追加项目资金"),
        ),
        st(
            "五（三）",
            "卫生健康支出年初预算38.16万元，支出决算38.16万元，完成年初预算的100%，用于职工医疗保险等支出，较上年决算增加5万元，增长15.08%，主要原因职工医疗补助资金增加。",
            vec![
                amount(gp_sub("210"), "38.16"),
                initial(gp_sub("210"), "38.16", "100%"),
                up(gp_sub("210"), "5", "15.08%"),
            ],
            Some("职工医疗补助资金增加"),
        ),
        st(
            "五（三）",
            "住房保障支出年初预算115.39万元，支出决算109.61万元，完成年初预算的94.99%，用于职工公积金等支出，较上年决算增加9.83万元，增长9.85%，主要原因职工公积金支出增加。",
            vec![
                amount(gp_sub("221"), "109.61"),
                initial(gp_sub("221"), "115.39", "94.99%"),
                up(gp_sub("221"), "9.83", "9.85%"),
            ],
            Some("职工公积金支出增加"),
        ),
        st(
            "六",
            "2023年度财政拨款基本支出1,101.03万元，其中：",
            vec![amount(gp(None, SpendingColumn::Basic), "1,101.03")],
            None,
        ),
        st(
            "六",
            "人员经费999.16万元，主要包括在职人员工资、社会保险费、公积金及离退休人员房补、取暖费等支出；",
            vec![amount(F::PersonnelTotal, "999.16")],
            None,
        ),
        st(
            "六",
            "公用经费101.87万元，主要包括保障部门运转的办公经费、工会经费、福利费等。",
            vec![amount(F::PublicUseTotal, "101.87")],
            None,
        ),
        st(
            "七",
            "2023年度政府性基金预算财政拨款收入总计254.97万元、支出总计254.97万元。与上年相比，政府性基金预算财政拨款收入总计增加254.97万元，增长∞%；政府性基金预算财政拨款支出总计增加254.97万元，增长∞%。主要原因是支付2022年度采购办公电脑尾款使用政府性基金预算资金。",
            vec![
                amount(gf_income, "254.97"),
                amount(gf_spent, "254.97"),
                up(gf_income, "254.97", "∞%"),
                up(gf_spent, "254.97", "∞%"),
            ],
            Some("支付2022年度采购办公电脑尾款使用政府性基金预算资金"),
        ),
        st(
            "八",
            "本年度无此项支出。",
            vec![Claim::nil(F::StateCapital {
                code: None,
                column: SpendingColumn::Subtotal,
            })],
            None,
        ),
        st(
            "九（一）",
            "2023年度“三公”经费财政拨款支出全年预算1.03万元，支出决算1.03万元，完成全年预算的100.00%，比上年度减少0.16万元，下降13.45%，主要原因是：当年公车维修费较上年下降。其中：",
            vec![
                amount(tp(Bud, T::Total), "1.03"),
                amount(tp(Actual, T::Total), "1.03"),
                full_year(T::Total, "100.00%"),
                down(tp(Actual, T::Total), "0.16", "13.45%"),
            ],
            Some("当年公车维修费较上年下降"),
        ),
        st(
            "九（一）",
            "因公出国（境）费支出0万元，完成全年预算的0%，与上年相同，主要原因是：本单位无因公出国（境）费支出；",
            vec![
                amount(tp(Actual, T::OverseasTravel), "0"),
                full_year(T::OverseasTravel, "0%"),
                same(tp(Actual, T::OverseasTravel)),
            ],
            Some("本单位无因公出国（境）费支出"),
        ),
        st(
            "九（一）",
            "公务用车购置费支出0万元，完成全年预算的0%，与上年相同，主要原因是：本单位无公务用车购置费支出；",
            vec![
                amount(tp(Actual, T::VehiclePurchase), "0"),
                full_year(T::VehiclePurchase, "0%"),
                same(tp(Actual, T::VehiclePurchase)),
            ],
            Some("本单位无公务用车购置费支出"),
        ),
        st(
            "九（一）",
            "公务用车运行维护费支出1.03万元，完成全年预算的100.00%，比上年度减少0.16万元，下降13.45%，主要原因是：当年公车维修费较上年下降；",
            vec![
                amount(tp(Actual, T::VehicleOperation), "1.03"),
                full_year(T::VehicleOperation, "100.00%"),
                down(tp(Actual, T::VehicleOperation), "0.16", "13.45%"),
            ],
            Some("当年公车维修费较上年下降"),
        ),
        st(
            "九（一）",
            "公务接待费支出0万元，完成全年预算的0%，与上年相同，主要原因是：本单位无公务接待费支出。",
            vec![
                amount(tp(Actual, T::Reception), "0"),
                full_year(T::Reception, "0%"),
                same(tp(Actual, T::Reception)),
            ],
            Some("本单位无公务接待费支出"),
        ),
        st(
            "九（二）",
            "1、因公出国（境）费支出0万元，出国团组共0个，0人次。主要用于：无。",
            vec![
                amount(tp(Actual, T::OverseasTravel), "0"),
                Claim::count(CountRef::OverseasGroups, 0),
                Claim::count(CountRef::OverseasPersonTimes, 0),
            ],
            None,
        ),
        st(
            "九（二）",
            "2、公务用车购置支出0万元，使用财政拨款共购置公务用车0辆，主要用于无。",
            vec![
                amount(tp(Actual, T::VehiclePurchase), "0"),
                Claim::count(CountRef::VehiclesPurchased, 0),
            ],
            None,
        ),
        st(
            "九（二）",
            "3、公务用车运行维护费支出1.03万元，使用财政拨款负担的公务用车保有量共4辆车，主要用于：机要文件交换、市内公务活动所需车辆的燃料费、维修费、过桥过路费等。",
            vec![
                amount(tp(Actual, T::VehicleOperation), "1.03"),
                Claim::count(CountRef::VehiclesFunded, 4),
            ],
            None,
        ),
    ];
    let r = ReceptionScope::All;
    let d = ReceptionScope::Domestic;
    let fa = ReceptionScope::ForeignAffairs;
    let o = ReceptionScope::Overseas;
    s.push(st("九（二）", "4、公务接待费支出0万元，共接待0批次，0人次。国内接待费0万元，共接待0批次，0人次，其中外事接待费0万元，共接待0批次，0人次，主要是接待无；国（境）外接待费0万元，共接待国（境）外0批次，0人次，主要是无。",
        vec![amount(tp(Actual, T::Reception), "0"),
             Claim::count(CountRef::ReceptionBatches(r), 0), Claim::count(CountRef::ReceptionPersonTimes(r), 0),
             amount(F::Reception(d), "0"), Claim::count(CountRef::ReceptionBatches(d), 0), Claim::count(CountRef::ReceptionPersonTimes(d), 0),
             amount(F::Reception(fa), "0"), Claim::count(CountRef::ReceptionBatches(fa), 0), Claim::count(CountRef::ReceptionPersonTimes(fa), 0),
             amount(F::Reception(o), "0"), Claim::count(CountRef::ReceptionBatches(o), 0), Claim::count(CountRef::ReceptionPersonTimes(o), 0)],
        None));
    use ProcurementItem as P;
    s.extend([
        st("十（一）", "2023年机关运行经费支出101.87万元，比2022年增加1.39万元，增长1.38%，主要原因2023年出差次数较上年有所增加。",
            vec![amount(F::OperatingCost, "101.87"), up(F::OperatingCost, "1.39", "1.38%")],
            Some("2023年出差次数较上年有所增加")),
        st("十（二）", "2023年度政府采购支出总额13.40万元，其中：政府采购货物支出3.01万元、政府采购工程支出0万元、政府采购服务支出10.39万元。政府采购授予中小企业合同金额0万元，占政府采购支出总额的0%。其中：授予小微企业合同金额0万元，占政府采购支出总额的0%。",
            vec![amount(F::Procurement(P::Total), "13.40"), amount(F::Procurement(P::Goods), "3.01"),
                 amount(F::Procurement(P::Works), "0"), amount(F::Procurement(P::Services), "10.39"),
                 amount(F::Procurement(P::SmallMedium), "0"), share(F::Procurement(P::SmallMedium), F::Procurement(P::Total), "0%"),
                 amount(F::Procurement(P::SmallMicro), "0"), share(F::Procurement(P::SmallMicro), F::Procurement(P::Total), "0%")],
            None),
        st("十（三）", "截至2023年12月31日，本部门（单位）共有车辆4辆。其中：副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车1辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部服务用车0辆，其他用车3辆，其他用车主要是待报废车辆；单价100万元（含）以上设备（不含车辆）0台（套）。",
            vec![Claim::count(CountRef::Vehicles(None), 4), Claim::count(v(V::SeniorLeaders), 0),
                 Claim::count(v(V::PrincipalOfficials), 0), Claim::count(v(V::ConfidentialCommunication), 1),
                 Claim::count(v(V::Emergency), 0), Claim::count(v(V::LawEnforcement), 0),
                 Claim::count(v(V::SpecialTechnical), 0), Claim::count(v(V::RetiredCadres), 0),
                 Claim::count(v(V::Other), 3), Claim::count(CountRef::CostlyEquipment, 0)],
            None),
        st("十（四）", "2023年二级项目绩效自评个数14个，涉及资金147.41万元：12个项目自评等级为“优”，2个项目自评等级为“良”。",
            vec![Claim::count(CountRef::EvaluatedProjects, 14), amount(F::EvaluationSpent, "147.41"),
                 Claim::grade_count("优", 12).unwrap(), Claim::grade_count("良", 2).unwrap()],
            None),
    ]);
    s
}

pub fn narrative() -> final_accounts::narrative::Narrative {
    final_accounts::narrative::Narrative::new(statements())
}
