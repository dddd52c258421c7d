//! The Putuo disclosure (中共上海市普陀区委社会工作部 2024 年度部门决算,
//! ../shared/spec/putuo-shehuigongzuobu-2024-final-accounts.txt), built in Rust through the
//! public constructors: the nine tables (lines 83–432), the outline and the 说明 一 … 十一
//! (lines 433–662) as claims. Shanghai 2024 template (profile `shanghai-2024`): no labels, no
//! unit-name or period line on the tables, "单位：万元", no 行次, no 栏次, the 三公 table before
//! the fund tables, the 国有资本经营 table in the shape of the 政府性基金 one, a two-block 基本支出
//! table printing 0.00 where the Shanxi template leaves blanks.
//!
//! Transcribed faithfully: names wrapped over lines are joined, the spaces `pdftotext -layout`
//! puts between Chinese text and figures are dropped, blanks stay blank and 0.00 stays 0.00;
//! the template's instruction printed under the empty fund tables ("无…的，仍保留该表格式，并在
//! 本表下方作下述说明：") is kept with the explanation it introduces. No forms are published.

use final_accounts::classification::FunctionCode;
use final_accounts::disclosure::{Disclosure, PrintedOutline};
use final_accounts::money::MoneyUnit;
use final_accounts::narrative::{
    Budget, BudgetKind, ChangeWord, Claim, Comparison, CountRef, FigureRef, FundColumn, Narrative,
    ProcurementItem, SpendingColumn, Stage, StatedRate, Statement, ThreePublicItem,
    VehicleCategory,
};
use final_accounts::tables::{
    BasicDetailTable, Cell, ClassifiedRow, ColumnHeader, ColumnSet, EconomicRow,
    ExpenditureColumns, ExpenditureItem, ExpenditureTable, FiscalColumns, FiscalIncomeItem,
    FiscalTable, Fund, FundColumns, GeneralBudgetColumns, GeneralBudgetTable, GovernmentFundTable,
    IncomeColumns, IncomeExpenditureTable, IncomeItem, IncomeTable, Line, NamedCell,
    StateCapitalTable, TableMeta, ThreePublicColumns, ThreePublicTable,
};

/// The unit, as the cover prints it.
pub const UNIT: &str = "中共上海市普陀区委社会工作部";

/// A cell as printed in a table of 万元.
pub fn c(text: &str) -> Cell {
    Cell::parse(text, MoneyUnit::WanYuan).expect("a valid cell")
}

/// Cells of a column set from printed texts in column order ("" for blank).
pub fn cols<C: ColumnSet>(texts: &[&str]) -> C {
    let mut set = C::default();
    for (cell, text) in set.cells_mut().into_iter().zip(texts) {
        *cell = c(text);
    }
    set
}

/// Every table prints its title and "单位：万元", nothing else above the cells.
fn meta(title: &str) -> TableMeta {
    TableMeta::new(title, MoneyUnit::WanYuan).with_money_caption("单位")
}

fn headers(specs: &[(&str, &str)]) -> Vec<ColumnHeader> {
    specs
        .iter()
        .map(|(key, name)| ColumnHeader::new(*key, *name))
        .collect()
}

/// The expenditure 类 of the summary tables, in printed order (26 lines).
pub const CLASSES: [(&str, &str); 26] = [
    ("201", "一、一般公共服务支出"),
    ("202", "二、外交支出"),
    ("203", "三、国防支出"),
    ("204", "四、公共安全支出"),
    ("205", "五、教育支出"),
    ("206", "六、科学技术支出"),
    ("207", "七、文化旅游体育与传媒支出"),
    ("208", "八、社会保障和就业支出"),
    ("210", "九、卫生健康支出"),
    ("211", "十、节能环保支出"),
    ("212", "十一、城乡社区支出"),
    ("213", "十二、农林水支出"),
    ("214", "十三、交通运输支出"),
    ("215", "十四、资源勘探工业信息等支出"),
    ("216", "十五、商业服务业等支出"),
    ("217", "十六、金融支出"),
    ("219", "十七、援助其他地区支出"),
    ("220", "十八、自然资源海洋气象等支出"),
    ("221", "十九、住房保障支出"),
    ("222", "二十、粮油物资储备支出"),
    ("223", "二十一、国有资本经营预算支出"),
    ("224", "二十二、灾害防治及应急管理支出"),
    ("229", "二十三、其他支出"),
    ("231", "二十四、债务还本支出"),
    ("232", "二十五、债务付息支出"),
    ("234", "二十六、抗疫特别国债安排的支出"),
];

/// The 类 with an amount in 收入支出决算总表 and 财政拨款收入支出决算总表.
const CLASS_AMOUNTS: [(&str, &str); 4] = [
    ("201", "264.87"),
    ("208", "10.82"),
    ("210", "2.71"),
    ("221", "29.42"),
];

fn class(code: &str) -> ExpenditureItem {
    ExpenditureItem::Class(code.parse().expect("a 类 code"))
}

fn class_amount(code: &str) -> &'static str {
    CLASS_AMOUNTS
        .iter()
        .find(|(k, _)| *k == code)
        .map_or("", |(_, a)| *a)
}

/// 收入支出决算总表 (lines 83–118).
pub fn t01() -> IncomeExpenditureTable {
    let meta = meta("收入支出决算总表")
        .with_columns(headers(&[("income", "决算数"), ("expenditure", "决算数")]))
        .with_note("注：本表反映部门本年度的总收支和年末结转结余情况。");
    let item = |item: IncomeItem, name: &str, amount: &str| Line::new(item, name, c(amount));
    let income = vec![
        item(
            IncomeItem::Appropriation(Fund::GeneralBudget),
            "一、一般公共预算财政拨款收入",
            "307.82",
        ),
        item(
            IncomeItem::Appropriation(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款收入",
            "",
        ),
        item(
            IncomeItem::Appropriation(Fund::StateCapital),
            "三、国有资本经营预算财政拨款收入",
            "",
        ),
        item(IncomeItem::SuperiorSubsidy, "四、上级补助收入", ""),
        item(IncomeItem::InstitutionRevenue, "五、事业收入", ""),
        item(IncomeItem::BusinessRevenue, "六、经营收入", ""),
        item(IncomeItem::AffiliatedRemittance, "七、附属单位上缴收入", ""),
        item(IncomeItem::OtherRevenue, "八、其他收入", ""),
        item(IncomeItem::CurrentYearTotal, "本年收入合计", "307.82"),
        item(IncomeItem::NonFiscalBalanceUsed, "使用非财政拨款结余", ""),
        item(IncomeItem::OpeningBalance, "年初结转和结余", ""),
        item(IncomeItem::GrandTotal, "总计", "307.82"),
    ];
    let mut expenditure: Vec<Line<ExpenditureItem, Cell>> = CLASSES
        .iter()
        .map(|(code, name)| Line::new(class(code), *name, c(class_amount(code))))
        .collect();
    let exp = |item: ExpenditureItem, name: &str, amount: &str| Line::new(item, name, c(amount));
    expenditure.extend([
        exp(ExpenditureItem::CurrentYearTotal, "本年支出合计", "307.82"),
        exp(ExpenditureItem::SurplusDistribution, "结余分配", ""),
        exp(ExpenditureItem::ClosingBalance, "年末结转和结余", ""),
        exp(ExpenditureItem::GrandTotal, "总计", "307.82"),
    ]);
    IncomeExpenditureTable::new(meta, income, expenditure).expect("收入支出决算总表 builds")
}

fn row<C: ColumnSet>(code: &str, name: &str, texts: &[&str]) -> ClassifiedRow<C> {
    if code.is_empty() {
        ClassifiedRow::total(name, cols(texts))
    } else {
        ClassifiedRow::code(code, name, cols(texts)).expect("a valid code")
    }
}

/// The 类/款/项 lines of 收入决算表, 支出决算表 and 一般公共预算财政拨款支出决算表, with their 合计,
/// 基本支出 and 项目支出 (all financed by 一般公共预算财政拨款), names joined where wrapped.
pub const DETAIL: [(&str, &str, &str, &str, &str); 17] = [
    ("201", "一般公共服务支出", "264.87", "62.63", "202.24"),
    ("20139", "社会工作事务", "264.87", "62.63", "202.24"),
    ("2013901", "行政运行", "51.32", "51.32", ""),
    ("2013950", "事业运行", "11.31", "11.31", ""),
    ("2013999", "其他社会工作事务支出", "202.24", "", "202.24"),
    ("208", "社会保障和就业支出", "10.82", "10.82", ""),
    ("20805", "行政事业单位养老支出", "10.82", "10.82", ""),
    (
        "2080505",
        "机关事业单位基本养老保险缴费支出",
        "6.18",
        "6.18",
        "",
    ),
    (
        "2080506",
        "机关事业单位职业年金缴费支出",
        "4.64",
        "4.64",
        "",
    ),
    ("210", "卫生健康支出", "2.71", "2.71", ""),
    ("21011", "行政事业单位医疗", "2.71", "2.71", ""),
    ("2101101", "行政单位医疗", "2.22", "2.22", ""),
    ("2101102", "事业单位医疗", "0.49", "0.49", ""),
    ("221", "住房保障支出", "29.42", "29.42", ""),
    ("22102", "住房改革支出", "29.42", "29.42", ""),
    ("2210201", "住房公积金", "17.70", "17.70", ""),
    ("2210203", "购房补贴", "11.72", "11.72", ""),
];

/// 收入决算表 (lines 119–161): 合计 first, every line in 本年收入合计 and 财政拨款收入.
pub fn t02() -> IncomeTable {
    let meta = meta("收入决算表")
        .with_columns(headers(&[
            ("total", "本年收入合计"),
            ("fiscal", "财政拨款收入"),
            ("superior", "上级补助收入"),
            ("institution", "事业收入"),
            ("business", "经营收入"),
            ("affiliated", "附属单位上缴收入"),
            ("other", "其他收入"),
        ]))
        .with_note("注：本表反映部门本年度取得的各项收入情况。");
    let mut rows = vec![row::<IncomeColumns>("", "合计", &["307.82", "307.82"])];
    rows.extend(
        DETAIL
            .iter()
            .map(|(code, name, total, _, _)| row(code, name, &[total, total])),
    );
    IncomeTable::new(meta, rows).expect("收入决算表 builds")
}

/// 支出决算表 (lines 162–205): 合计 first.
pub fn t03() -> ExpenditureTable {
    let meta = meta("支出决算表")
        .with_columns(headers(&[
            ("total", "本年支出合计"),
            ("basic", "基本支出"),
            ("project", "项目支出"),
            ("remit", "上缴上级支出"),
            ("business", "经营支出"),
            ("subsidy", "对附属单位补助支出"),
        ]))
        .with_note("注：本表反映部门本年度各项支出情况。");
    let mut rows = vec![row::<ExpenditureColumns>(
        "",
        "合计",
        &["307.82", "105.58", "202.24"],
    )];
    rows.extend(
        DETAIL
            .iter()
            .map(|(code, name, total, basic, project)| row(code, name, &[total, basic, project])),
    );
    ExpenditureTable::new(meta, rows).expect("支出决算表 builds")
}

/// 财政拨款收入支出决算总表 (lines 206–276).
pub fn t04() -> FiscalTable {
    let meta = meta("财政拨款收入支出决算总表")
        .with_columns(headers(&[
            ("income", "决算数"),
            ("total", "合计"),
            ("general_budget", "一般公共预算财政拨款"),
            ("government_fund", "政府性基金预算财政拨款"),
            ("state_capital", "国有资本经营预算财政拨款"),
        ]))
        .with_note("注：本表反映部门本年度财政拨款总收支和结转结余情况。");
    let item = |item: FiscalIncomeItem, name: &str, amount: &str| Line::new(item, name, c(amount));
    let income = vec![
        item(
            FiscalIncomeItem::Appropriation(Fund::GeneralBudget),
            "一、一般公共预算财政拨款",
            "307.82",
        ),
        item(
            FiscalIncomeItem::Appropriation(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款",
            "",
        ),
        item(
            FiscalIncomeItem::Appropriation(Fund::StateCapital),
            "三、国有资本经营预算财政拨款",
            "",
        ),
        item(FiscalIncomeItem::CurrentYearTotal, "本年收入合计", "307.82"),
        item(
            FiscalIncomeItem::OpeningBalance,
            "年初财政拨款结转和结余",
            "",
        ),
        item(
            FiscalIncomeItem::OpeningBalanceOf(Fund::GeneralBudget),
            "一、一般公共预算财政拨款",
            "",
        ),
        item(
            FiscalIncomeItem::OpeningBalanceOf(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款",
            "",
        ),
        item(
            FiscalIncomeItem::OpeningBalanceOf(Fund::StateCapital),
            "三、国有资本经营预算财政拨款",
            "",
        ),
        item(FiscalIncomeItem::GrandTotal, "总计", "307.82"),
    ];
    let mut expenditure: Vec<Line<ExpenditureItem, FiscalColumns>> = CLASSES
        .iter()
        .map(|(code, name)| {
            let a = class_amount(code);
            Line::new(class(code), *name, cols(&[a, a]))
        })
        .collect();
    let exp = |item: ExpenditureItem, name: &str, texts: &[&str]| {
        Line::new(item, name, cols::<FiscalColumns>(texts))
    };
    expenditure.extend([
        exp(
            ExpenditureItem::CurrentYearTotal,
            "本年支出合计",
            &["307.82", "307.82"],
        ),
        exp(
            ExpenditureItem::ClosingBalance,
            "年末财政拨款结转和结余",
            &[],
        ),
        exp(ExpenditureItem::GrandTotal, "总计", &["307.82", "307.82"]),
    ]);
    FiscalTable::new(meta, income, expenditure).expect("财政拨款收入支出决算总表 builds")
}

/// 一般公共预算财政拨款支出决算表 (lines 277–326): 合计 printed last.
pub fn t05() -> GeneralBudgetTable {
    let meta = meta("一般公共预算财政拨款支出决算表")
        .with_columns(headers(&[
            ("total", "合计"),
            ("basic", "基本支出"),
            ("project", "项目支出"),
        ]))
        .with_note("注：本表反映部门本年度一般公共预算财政拨款支出情况。");
    let mut rows: Vec<ClassifiedRow<GeneralBudgetColumns>> = DETAIL
        .iter()
        .map(|(code, name, total, basic, project)| row(code, name, &[total, basic, project]))
        .collect();
    rows.push(row("", "合计", &["307.82", "105.58", "202.24"]));
    GeneralBudgetTable::new(meta, rows).expect("一般公共预算财政拨款支出决算表 builds")
}

/// The two printed blocks of 一般公共预算财政拨款基本支出决算表 (code, name, amount): 301/303 on
/// the left, 302/310 on the right. Every cell is printed, most as 0.00.
pub const T06_BLOCKS: [&[(&str, &str, &str)]; 2] = [
    &[
        ("301", "工资福利支出", "95.36"),
        ("30101", "基本工资", "14.12"),
        ("30102", "津贴补贴", "39.72"),
        ("30103", "奖金", "0.00"),
        ("30106", "伙食补助费", "0.00"),
        ("30107", "绩效工资", "10.16"),
        ("30108", "机关事业单位基本养老保险缴费", "6.18"),
        ("30109", "职业年金缴费", "4.64"),
        ("30110", "职工基本医疗保险缴费", "2.71"),
        ("30111", "公务员医疗补助缴费", "0.00"),
        ("30112", "其他社会保障缴费", "0.09"),
        ("30113", "住房公积金", "17.70"),
        ("30114", "医疗费", "0.00"),
        ("30199", "其他工资福利支出", "0.04"),
        ("303", "对个人和家庭的补助", "0.00"),
        ("30301", "离休费", "0.00"),
        ("30302", "退休费", "0.00"),
        ("30303", "退职（役）费", "0.00"),
        ("30304", "抚恤金", "0.00"),
        ("30305", "生活补助", "0.00"),
        ("30306", "救济费", "0.00"),
        ("30307", "医疗费补助", "0.00"),
        ("30308", "助学金", "0.00"),
        ("30309", "奖励金", "0.00"),
        ("30310", "个人农业生产补贴", "0.00"),
        ("30311", "代缴社会保险费", "0.00"),
        ("30399", "其他对个人和家庭的补助", "0.00"),
    ],
    &[
        ("302", "商品和服务支出", "10.23"),
        ("30201", "办公费", "3.78"),
        ("30202", "印刷费", "0.00"),
        ("30203", "咨询费", "0.00"),
        ("30204", "手续费", "0.00"),
        ("30205", "水费", "0.00"),
        ("30206", "电费", "0.00"),
        ("30207", "邮电费", "0.00"),
        ("30208", "取暖费", "0.00"),
        ("30209", "物业管理费", "0.00"),
        ("30211", "差旅费", "1.15"),
        ("30212", "因公出国（境）费用", "0.00"),
        ("30213", "维修（护）费", "0.02"),
        ("30214", "租赁费", "0.00"),
        ("30215", "会议费", "0.00"),
        ("30216", "培训费", "0.00"),
        ("30217", "公务接待费", "0.00"),
        ("30218", "专用材料费", "0.00"),
        ("30224", "被装购置费", "0.00"),
        ("30225", "专用燃料费", "0.00"),
        ("30226", "劳务费", "0.68"),
        ("30227", "委托业务费", "0.48"),
        ("30228", "工会经费", "0.00"),
        ("30229", "福利费", "1.48"),
        ("30231", "公务用车运行维护费", "0.00"),
        ("30239", "其他交通费用", "2.43"),
        ("30240", "税金及附加费用", "0.00"),
        ("30299", "其他商品和服务支出", "0.20"),
        ("310", "资本性支出", "0.00"),
        ("31001", "房屋建筑物购建", "0.00"),
        ("31002", "办公设备购置", "0.00"),
        ("31003", "专用设备购置", "0.00"),
        ("31007", "信息网络及软件购置更新", "0.00"),
        ("31013", "公务用车购置", "0.00"),
        ("31019", "其他交通工具购置", "0.00"),
        ("31021", "文物和陈列品购置", "0.00"),
        ("31022", "无形资产购置", "0.00"),
        ("31099", "其他资本性支出", "0.00"),
    ],
];

/// 一般公共预算财政拨款基本支出决算表 (lines 327–385).
pub fn t06() -> BasicDetailTable {
    let meta = meta("一般公共预算财政拨款基本支出决算表")
        .with_columns(vec![ColumnHeader::new("amount", "决算数")])
        .with_note("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    let blocks = T06_BLOCKS
        .iter()
        .map(|block| {
            block
                .iter()
                .map(|(code, name, amount)| {
                    EconomicRow::parse(code, *name, c(amount)).expect("a valid code")
                })
                .collect()
        })
        .collect();
    BasicDetailTable::new(
        meta,
        blocks,
        Some(NamedCell::new("人员经费合计", c("95.36"))),
        Some(NamedCell::new("公用经费合计", c("10.23"))),
    )
    .expect("一般公共预算财政拨款基本支出决算表 builds")
}

/// 财政拨款“三公”经费支出决算表 (lines 386–400): one row, a 预算数/决算数 pair under each item,
/// nothing printed.
pub fn t09() -> ThreePublicTable {
    let items = [
        ("total", "合计"),
        ("overseas", "因公出国（境）费"),
        ("vehicles", "公务用车购置及运行维护费 小计"),
        (
            "vehicle_purchase",
            "公务用车购置及运行维护费 公务用车购置费",
        ),
        (
            "vehicle_operation",
            "公务用车购置及运行维护费 公务用车运行维护费",
        ),
        ("reception", "公务接待费"),
    ];
    let columns = items
        .iter()
        .flat_map(|(key, name)| {
            [("budget", "预算数"), ("actual", "决算数")]
                .into_iter()
                .map(move |(prefix, stage)| {
                    ColumnHeader::new(format!("{prefix}_{key}"), format!("{name} {stage}"))
                })
        })
        .collect();
    let meta = meta("财政拨款“三公”经费支出决算表")
        .with_columns(columns)
        .with_note("注：本表反映部门本年度“三公”经费支出预决算情况。")
        .with_explanation(
            "说明：中共上海市普陀区委社会工作部本年度没有财政拨款“三公”经费支出，故本表无数据。",
        );
    ThreePublicTable::new(
        meta,
        ThreePublicColumns::default(),
        ThreePublicColumns::default(),
    )
    .expect("三公 table builds")
}

/// The columns of both fund tables, as printed.
fn fund_columns() -> Vec<ColumnHeader> {
    headers(&[
        ("opening", "年初结转和结余"),
        ("income", "本年收入"),
        ("expenditure", "本年支出 合计"),
        ("basic", "本年支出 基本支出"),
        ("project", "本年支出 项目支出"),
        ("closing", "年末结转和结余"),
    ])
}

/// 政府性基金预算财政拨款收入支出决算表 (lines 401–416): a 合计 row, empty.
pub fn t07() -> GovernmentFundTable {
    let meta = meta("政府性基金预算财政拨款收入支出决算表")
        .with_columns(fund_columns())
        .with_note("注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。")
        // The template's instruction, printed as is before the explanation it asks for.
        .with_explanation(
            "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：\n\
             说明：中共上海市普陀区委社会工作部本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
        );
    GovernmentFundTable::new(meta, vec![row::<FundColumns>("", "合计", &[])])
        .expect("政府性基金 table builds")
}

/// 国有资本经营预算财政拨款收入支出决算表 (lines 417–432): the 政府性基金 table's shape, empty.
pub fn t08() -> StateCapitalTable {
    let meta = meta("国有资本经营预算财政拨款收入支出决算表")
        .with_columns(fund_columns())
        .with_note("注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。")
        .with_explanation(
            "无国有资本经营预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：\n\
             说明：中共上海市普陀区委社会工作部本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",
        );
    StateCapitalTable::new(meta, vec![row::<FundColumns>("", "合计", &[])])
        .expect("国有资本经营 table builds")
}

/// The cover title, the part headings printed in the body and the header printed above the
/// tables, in print order. The body prints no "第二部分" (the 目录 does): the tables part opens
/// with the header "中共上海市普陀区委社会工作部2024年度部门决算表" only (line 83).
pub fn outline() -> PrintedOutline {
    PrintedOutline::new(vec![
        "中共上海市普陀区委社会工作部2024年度部门决算".to_owned(),
        "第一部分 中共上海市普陀区委社会工作部概况".to_owned(),
        "中共上海市普陀区委社会工作部2024年度部门决算表".to_owned(),
        "第三部分 中共上海市普陀区委社会工作部2024年度部门决算情况".to_owned(),
        "第四部分 名词解释".to_owned(),
    ])
}

fn code(text: &str) -> FunctionCode {
    text.parse().expect("a function code")
}

/// 一般公共预算财政拨款支出 of a 类/款/项 (合计 column).
pub fn gp(text: &str) -> FigureRef {
    FigureRef::GeneralPublic {
        code: Some(code(text)),
        column: SpendingColumn::Subtotal,
    }
}

/// 一般公共预算财政拨款支出 合计 in a column.
pub fn gp_total(column: SpendingColumn) -> FigureRef {
    FigureRef::general_public_total(column)
}

fn st(section: &str, text: &str, claims: Vec<Claim>, reason: Option<&str>) -> Statement {
    Statement::new(section, text, claims, reason.map(str::to_owned)).expect("a valid statement")
}

fn amount(figure: FigureRef, text: &str) -> Claim {
    Claim::amount(figure, text).expect("a valid amount")
}

fn share(part: FigureRef, whole: FigureRef, text: &str) -> Claim {
    Claim::share(part, whole, text).expect("a valid share")
}

/// "增加X万元，增长Y%".
fn increase(figure: FigureRef, by: &str, rate: &str) -> Claim {
    Claim::change(
        figure,
        ChangeWord::Increase,
        Some(by),
        Some(ChangeWord::Grow),
        StatedRate::parse(rate).expect("a rate"),
    )
    .expect("a valid change")
}

fn full_year(text: &str) -> Budget {
    Budget::stated(BudgetKind::FullYear, text).expect("a budget")
}

const NEW_UNIT: &str = "单位于2024年成立";
const STAFF: &str = "单位2024年新成立，人员变动，按实际支出";

/// One 项 sentence of 五（三）: its 决算, its 全年预算, the completion rate if printed, the
/// comparison word.
struct Item {
    n: &'static str,
    code: &'static str,
    text: &'static str,
    actual: &'static str,
    budget: &'static str,
    completion: Option<&'static str>,
    word: Comparison,
    reason: Option<&'static str>,
}

const ITEMS: [Item; 9] = [
    Item {
        n: "1",
        code: "2013901",
        text: "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。决算数小于全年预算数的主要原因：人员变动引起实际支出低于预算。",
        actual: "51.32",
        budget: "52.00",
        completion: Some("98.69%"),
        word: Comparison::Less,
        reason: Some("人员变动引起实际支出低于预算"),
    },
    Item {
        n: "2",
        code: "2013950",
        text: "2、一般公共服务支出（类）社会工作事务（款）事业运行（项）。主要用于：事业单位人员支出。全年预算为17.68万元，支出决算为11.31万元。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "11.31",
        budget: "17.68",
        completion: None,
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "3",
        code: "2013999",
        text: "3、一般公共服务支出（类）社会工作事务（款）其他社会工作事务支出（项）。主要用于：新建部门开办费、基层政权和社区建设项目支出。全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。",
        actual: "202.24",
        budget: "202.24",
        completion: None,
        word: Comparison::Flat,
        reason: None,
    },
    Item {
        n: "4",
        code: "2080505",
        text: "4、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：机关事业单位基本养老保险支出。全年预算为9.00万元，支出决算为6.18万元。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "6.18",
        budget: "9.00",
        completion: None,
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "5",
        code: "2080506",
        text: "5、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。主要用于：机关事业单位职业年金支出。全年预算为5.74万元，支出决算为4.64万元。决算数小于预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "4.64",
        budget: "5.74",
        completion: None,
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "6",
        code: "2101101",
        text: "6、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：行政单位医疗保险支出。全年预算为2.23万元，支出决算为2.22万元，完成全年预算数的99.55%。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "2.22",
        budget: "2.23",
        completion: Some("99.55%"),
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "7",
        code: "2101102",
        text: "7、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。主要用于：事业单位医疗保险支出。全年预算为2.29万元，支出决算为0.49万元。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "0.49",
        budget: "2.29",
        completion: None,
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "8",
        code: "2210201",
        // "主要用于：事业单位医疗保险支出" under 住房公积金 is the document's own copy slip.
        text: "8、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：事业单位医疗保险支出。全年预算为18.12万元，支出决算为17.70万元，完成全年预算数的97.68%。决算数小于全年预算数的主要原因：单位2024年新成立，人员变动，按实际支出。",
        actual: "17.70",
        budget: "18.12",
        completion: Some("97.68%"),
        word: Comparison::Less,
        reason: Some(STAFF),
    },
    Item {
        n: "9",
        code: "2210203",
        text: "9、住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：行政单位购房补贴支出。全年预算为11.72万元，支出决算为11.72万元。决算数与全年预算数持平。",
        actual: "11.72",
        budget: "11.72",
        completion: None,
        word: Comparison::Flat,
        reason: None,
    },
];

fn item_statement(item: &Item) -> Statement {
    let figure = gp(item.code);
    let budget = full_year(item.budget);
    let mut claims = vec![amount(figure, item.actual)];
    if let Some(rate) = item.completion {
        claims.push(Claim::completion(figure, budget, rate).expect("a completion"));
    }
    claims.push(Claim::versus_budget(figure, budget, item.word));
    st(
        &format!("五（三）{}", item.n),
        item.text,
        claims,
        item.reason,
    )
}

/// The 说明 (lines 433–662), one statement per sentence group, every stated figure a claim.
pub fn narrative() -> Narrative {
    let total = gp_total(SpendingColumn::Subtotal);
    let procurement = FigureRef::Procurement;
    let mut statements = vec![
        // 收入支出总计 is one printed figure for both totals (equal by construction); its
        // change is recorded once.
        st(
            "一",
            "中共上海市普陀区委社会工作部2024年度收入支出总计307.82万元。与2023年度相比，收入支出总计增加307.82万元，增长100.00%。主要原因：单位于2024年成立。",
            vec![
                amount(FigureRef::IncomeGrandTotal, "307.82"),
                amount(FigureRef::ExpenditureGrandTotal, "307.82"),
                increase(FigureRef::IncomeGrandTotal, "307.82", "100.00%"),
            ],
            Some(NEW_UNIT),
        ),
        st(
            "二",
            "本年收入合计307.82万元，其中：财政拨款收入307.82万元，占100.00%。",
            vec![
                amount(FigureRef::IncomeTotal, "307.82"),
                amount(FigureRef::FiscalIncome, "307.82"),
                share(FigureRef::FiscalIncome, FigureRef::IncomeTotal, "100.00%"),
            ],
            None,
        ),
        st(
            "三",
            "本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。",
            vec![
                amount(FigureRef::ExpenditureTotal, "307.82"),
                amount(FigureRef::BasicExpenditure, "105.58"),
                share(
                    FigureRef::BasicExpenditure,
                    FigureRef::ExpenditureTotal,
                    "34.30%",
                ),
                amount(FigureRef::ProjectExpenditure, "202.24"),
                share(
                    FigureRef::ProjectExpenditure,
                    FigureRef::ExpenditureTotal,
                    "65.70%",
                ),
            ],
            None,
        ),
        st(
            "四",
            "中共上海市普陀区委社会工作部2024年度财政拨款收入支出总计307.82万元。与2023年度相比，财政拨款收入支出总计增加307.82万元，增长100.00%。主要原因：单位于2024年成立。",
            vec![
                amount(FigureRef::FiscalIncomeGrandTotal, "307.82"),
                amount(FigureRef::FiscalExpenditureGrandTotal, "307.82"),
                increase(FigureRef::FiscalIncomeGrandTotal, "307.82", "100.00%"),
            ],
            Some(NEW_UNIT),
        ),
        st(
            "五（一）",
            "一般公共预算财政拨款支出307.82万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出增加307.82万元，增长100.00%。主要原因：单位于2024年成立。",
            vec![
                amount(total, "307.82"),
                share(total, FigureRef::ExpenditureTotal, "100.00%"),
                increase(total, "307.82", "100.00%"),
            ],
            Some(NEW_UNIT),
        ),
        st(
            "五（二）",
            "一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出（类）264.87万元，占86.05%；社会保障和就业支出（类）10.82万元，占3.52%；卫生健康支出（类）2.71万元，占0.88%；住房保障支出（类）29.42万元，占9.55%。",
            vec![
                amount(total, "307.82"),
                amount(gp("201"), "264.87"),
                share(gp("201"), total, "86.05%"),
                amount(gp("208"), "10.82"),
                share(gp("208"), total, "3.52%"),
                amount(gp("210"), "2.71"),
                share(gp("210"), total, "0.88%"),
                amount(gp("221"), "29.42"),
                share(gp("221"), total, "9.55%"),
            ],
            None,
        ),
        // "完成年初预算的95.89%" against a 年初预算 of 0: 307.82 / 321.02 is the completion of the
        // 全年预算, mislabelled. "决算数小于预算数" can only mean the 全年预算.
        st(
            "五（三）",
            "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。决算数小于预算数的主要原因：人员经费支出数小于预算数。其中：",
            vec![
                amount(total, "307.82"),
                Claim::completion(
                    total,
                    Budget::stated(BudgetKind::Initial, "0").expect("a budget"),
                    "95.89%",
                )
                .expect("a completion"),
                Claim::versus_budget(total, full_year("321.02"), Comparison::Less),
            ],
            Some("人员经费支出数小于预算数"),
        ),
    ];
    statements.extend(ITEMS.iter().map(item_statement));
    statements.extend([
        st(
            "六",
            "一般公共预算财政拨款基本支出105.58万元。其中：人员经费95.36万元，主要包括：基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出；公用经费10.23万元，主要包括：办公费、邮电费、差旅费、维修（护）费、劳务费、委托业务费、福利费、其他交通费用、其他商品和服务支出。",
            vec![
                amount(gp_total(SpendingColumn::Basic), "105.58"),
                amount(FigureRef::PersonnelTotal, "95.36"),
                amount(FigureRef::PublicUseTotal, "10.23"),
            ],
            None,
        ),
        st(
            "七",
            "中共上海市普陀区委社会工作部2024年度无“三公”经费财政拨款支出。",
            vec![Claim::nil(FigureRef::ThreePublic {
                stage: Stage::Actual,
                item: ThreePublicItem::Total,
            })],
            None,
        ),
        st(
            "八",
            "中共上海市普陀区委社会工作部2024年度无政府性基金预算财政拨款收入和支出。",
            vec![
                Claim::nil(FigureRef::GovernmentFund {
                    code: None,
                    column: FundColumn::Income,
                }),
                Claim::nil(FigureRef::GovernmentFund {
                    code: None,
                    column: FundColumn::Expenditure,
                }),
            ],
            None,
        ),
        st(
            "九",
            "中共上海市普陀区委社会工作部2024年度无国有资本经营预算财政拨款收入和支出。",
            vec![
                Claim::nil(FigureRef::StateCapitalIncome),
                Claim::nil(FigureRef::StateCapital {
                    code: None,
                    column: SpendingColumn::Subtotal,
                }),
            ],
            None,
        ),
        st(
            "十",
            "中共上海市普陀区委社会工作部2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：严格贯彻落实《上海市预算绩效管理实施办法》和本区“预算绩效管理实施办法”，完善内控制度，做好绩效管理工作；全过程绩效管理实施情况：编报绩效目标的2024年度项目1个，涉及预算金额175.52万元；绩效跟踪评价的2024年度项目1个，涉及预算金额175.52万元；绩效自评的2024年度项目1个，涉及预算金额175.52万元，平均得分100.00分（其中，绩效评级为“优”的项目1个；绩效评级为“良”的项目0个；绩效评级为“合格”的项目0个；绩效评级为“不合格”的项目0个。绩效自评中共发现问题0个）。",
            vec![
                // 编报绩效目标 and 绩效跟踪评价 (also 1 project, 175.52 万元) and the 平均得分 100.00
                // stay in the text: no figure of the crate names them.
                Claim::count(CountRef::EvaluatedProjects, 1),
                amount(FigureRef::EvaluationBudget, "175.52"),
                Claim::grade_count("优", 1).expect("a grade"),
                Claim::grade_count("良", 0).expect("a grade"),
                Claim::grade_count("合格", 0).expect("a grade"),
                Claim::grade_count("不合格", 0).expect("a grade"),
            ],
            None,
        ),
        st(
            "十一（一）",
            "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。主要原因是单位于2024年成立。",
            vec![
                amount(FigureRef::OperatingCost, "10.23"),
                increase(FigureRef::OperatingCost, "10.23", "100.00%"),
            ],
            Some(NEW_UNIT),
        ),
        st(
            "十一（二）",
            "中共上海市普陀区委社会工作部2024年度政府采购金额（以合同签订为准）为21.07万元，其中：货物采购金额21.07万元、工程采购金额0万元、服务采购金额0万元。",
            vec![
                amount(procurement(ProcurementItem::Total), "21.07"),
                amount(procurement(ProcurementItem::Goods), "21.07"),
                amount(procurement(ProcurementItem::Works), "0"),
                amount(procurement(ProcurementItem::Services), "0"),
            ],
            None,
        ),
        // The reserved and the other projects' 中小企业 awards are both stated as 21.07, the
        // whole year's procurement: together 42.14 万元 of contracts out of 21.07.
        st(
            "十一（二）",
            "2024年度本部门面向中小企业预留政府采购项目预算金额21.07万元，面向小微企业预留政府采购项目预算金额21.07万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额21.07万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元。",
            vec![
                amount(procurement(ProcurementItem::ReservedSmallMedium), "21.07"),
                amount(procurement(ProcurementItem::ReservedSmallMicro), "21.07"),
                amount(
                    procurement(ProcurementItem::AwardedReservedSmallMedium),
                    "21.07",
                ),
                amount(
                    procurement(ProcurementItem::AwardedReservedSmallMicro),
                    "21.07",
                ),
                amount(procurement(ProcurementItem::AwardedOtherSmallMedium), "21.07"),
            ],
            None,
        ),
        st(
            "十一（三）",
            "截至2024年12月31日，中共上海市普陀区委社会工作部共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）0台（套）。",
            vec![
                Claim::count(CountRef::Vehicles(None), 0),
                Claim::count(CountRef::Vehicles(Some(VehicleCategory::SeniorLeaders)), 0),
                Claim::count(
                    CountRef::Vehicles(Some(VehicleCategory::PrincipalOfficials)),
                    0,
                ),
                Claim::count(
                    CountRef::Vehicles(Some(VehicleCategory::ConfidentialCommunication)),
                    0,
                ),
                Claim::count(CountRef::Vehicles(Some(VehicleCategory::Emergency)), 0),
                Claim::count(CountRef::Vehicles(Some(VehicleCategory::LawEnforcement)), 0),
                Claim::count(
                    CountRef::Vehicles(Some(VehicleCategory::SpecialTechnical)),
                    0,
                ),
                Claim::count(CountRef::Vehicles(Some(VehicleCategory::RetiredCadres)), 0),
                Claim::count(CountRef::Vehicles(Some(VehicleCategory::Other)), 0),
                Claim::count(CountRef::CostlyEquipment, 0),
            ],
            None,
        ),
    ]);
    Narrative::new(statements)
}

/// The disclosure: the nine tables in published order, the outline and the 说明.
pub fn disclosure() -> Disclosure {
    Disclosure::builder(UNIT, 2024)
        .profile("shanghai-2024")
        .outline(outline())
        .income_expenditure(t01())
        .income(t02())
        .expenditure(t03())
        .fiscal(t04())
        .general_budget(t05())
        .basic_detail(t06())
        .three_public(t09())
        .government_fund(t07())
        .state_capital(t08())
        .narrative(narrative())
        .build()
        .expect("the disclosure builds")
}
