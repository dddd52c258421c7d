//! The ten tables of the spec document (大同市人力资源和社会保障局 2023年度单位决算公开,
//! ../shared/spec/datong-hrss-2023-final-accounts.txt, lines 94–430), built in Rust through the
//! public constructors. Transcribed faithfully: labels as printed (the 支出决算表 carries
//! 公开09表), blanks, "——", 行次 with their gaps and filler lines, notes, "说明：本表无数据",
//! misprints (构建, 总支). Codes of the 类 lines of 公开01表 / 公开04表 are not printed: they are
//! the keys of the printed names in the 2023 catalog.

use final_accounts::disclosure::{Disclosure, PrintedOutline};
use final_accounts::money::MoneyUnit;
use final_accounts::tables::{
    BasicDetailTable, Cell, ClassifiedRow, ColumnHeader, ColumnSet, CountCell, EconomicRow,
    ExpenditureColumns, ExpenditureItem, ExpenditureTable, FiscalColumns, FiscalIncomeItem,
    FiscalTable, Fund, FundColumns, GeneralBudgetColumns, GeneralBudgetTable, GovernmentFundTable,
    IncomeColumns, IncomeExpenditureTable, IncomeItem, IncomeTable, InfoItem, InfoSection,
    InfoValue, Line, NamedCell, RelatedInfoTable, StateCapitalTable, TableMeta, ThreePublicColumns,
    ThreePublicTable, VehicleCategory,
};

pub const UNIT: &str = "大同市人力资源和社会保障局";

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

fn meta(label: &str, title: &str) -> TableMeta {
    TableMeta::new(title, MoneyUnit::WanYuan)
        .with_label(label)
        .with_unit_name("部门名称", UNIT)
        .with_period("2023年度")
}

fn numbered(specs: &[(&str, &str)]) -> Vec<ColumnHeader> {
    specs
        .iter()
        .zip(1_u16..)
        .map(|((key, name), n)| ColumnHeader::new(*key, *name).numbered(n))
        .collect()
}

/// The expenditure 类 of the 2023 template's summary tables, in printed order.
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

fn class(code: &str) -> ExpenditureItem {
    ExpenditureItem::Class(code.parse().expect("a 类 code"))
}

pub fn t01() -> IncomeExpenditureTable {
    let meta = meta("公开01表", "收入支出决算总表")
        .with_columns(numbered(&[("income", "金额"), ("expenditure", "金额")]))
        .with_note("注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。");
    let item = |line: u16, item: IncomeItem, name: &str, amount: &str| {
        Line::new(item, name, c(amount)).with_line(line)
    };
    let mut income = vec![
        item(
            1,
            IncomeItem::Appropriation(Fund::GeneralBudget),
            "一、一般公共预算财政拨款收入",
            "1735.92",
        ),
        item(
            2,
            IncomeItem::Appropriation(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款收入",
            "254.97",
        ),
        item(
            3,
            IncomeItem::Appropriation(Fund::StateCapital),
            "三、国有资本经营预算财政拨款收入",
            "",
        ),
        item(4, IncomeItem::SuperiorSubsidy, "四、上级补助收入", ""),
        item(5, IncomeItem::InstitutionRevenue, "五、事业收入", ""),
        item(6, IncomeItem::BusinessRevenue, "六、经营收入", ""),
        item(
            7,
            IncomeItem::AffiliatedRemittance,
            "七、附属单位上缴收入",
            "",
        ),
        item(8, IncomeItem::OtherRevenue, "八、其他收入", "0.16"),
    ];
    income.extend((9..=26).map(Line::filler));
    income.extend([
        item(27, IncomeItem::CurrentYearTotal, "本年收入合计", "1991.06"),
        item(
            28,
            IncomeItem::NonFiscalBalanceUsed,
            "使用非财政拨款结余和专用结余",
            "",
        ),
        item(29, IncomeItem::OpeningBalance, "年初结转和结余", "85.06"),
        Line::filler(30),
        item(31, IncomeItem::GrandTotal, "总计", "2076.12"),
    ]);
    let amounts: [(&str, &str); 4] = [
        ("208", "1589.17"),
        ("210", "38.16"),
        ("212", "254.97"),
        ("221", "109.61"),
    ];
    let mut expenditure: Vec<Line<ExpenditureItem, Cell>> = CLASSES
        .iter()
        .zip(32_u16..)
        .map(|((code, name), line)| {
            let amount = amounts
                .iter()
                .find(|(k, _)| k == code)
                .map_or("", |(_, a)| *a);
            Line::new(class(code), *name, c(amount)).with_line(line)
        })
        .collect();
    let exp = |line: u16, item: ExpenditureItem, name: &str, amount: &str| {
        Line::new(item, name, c(amount)).with_line(line)
    };
    expenditure.extend([
        exp(
            58,
            ExpenditureItem::CurrentYearTotal,
            "本年支出合计",
            "1991.91",
        ),
        exp(59, ExpenditureItem::SurplusDistribution, "结余分配", ""),
        exp(
            60,
            ExpenditureItem::ClosingBalance,
            "年末结转和结余",
            "84.21",
        ),
        Line::filler(61),
        exp(62, ExpenditureItem::GrandTotal, "总计", "2076.12"),
    ]);
    IncomeExpenditureTable::new(meta, income, expenditure).expect("公开01表 builds")
}

fn row<C: ColumnSet>(code: &str, name: &str, texts: &[&str]) -> ClassifiedRow<C> {
    if code.is_empty() {
        ClassifiedRow::total(name, cols(texts))
    } else {
        ClassifiedRow::code(code, name, cols(texts)).expect("a valid code")
    }
}

pub fn t02() -> IncomeTable {
    let meta = meta("公开02表", "收入决算表")
        .with_columns(numbered(&[
            ("total", "本年收入合计"),
            ("fiscal", "财政拨款收入"),
            ("superior", "上级补助收入"),
            ("institution", "事业收入"),
            ("business", "经营收入"),
            ("affiliated", "附属单位上缴收入"),
            ("other", "其他收入"),
        ]))
        .with_note("注：本表反映部门本年度取得的各项收入情况。");
    let r = |code: &str, name: &str, total: &str, fiscal: &str, other: &str| {
        row::<IncomeColumns>(code, name, &[total, fiscal, "", "", "", "", other])
    };
    IncomeTable::new(
        meta,
        vec![
            r("", "合计", "1991.06", "1990.89", "0.16"),
            r("208", "社会保障和就业支出", "1588.32", "1588.15", "0.16"),
            r(
                "20801",
                "人力资源和社会保障管理事务",
                "1407.79",
                "1407.63",
                "0.16",
            ),
            r("2080101", "行政运行", "1407.79", "1407.63", "0.16"),
            r("20805", "行政事业单位养老支出", "143.46", "143.46", ""),
            r(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "94.47",
                "94.47",
                "",
            ),
            r(
                "2080506",
                "机关事业单位职业年金缴费支出",
                "48.99",
                "48.99",
                "",
            ),
            r("20807", "就业补助", "37.06", "37.06", ""),
            r("2080799", "其他就业补助支出", "37.06", "37.06", ""),
            r("210", "卫生健康支出", "38.16", "38.16", ""),
            r("21011", "行政事业单位医疗", "38.16", "38.16", ""),
            r("2101101", "行政单位医疗", "38.16", "38.16", ""),
            r("212", "城乡社区支出", "254.97", "254.97", ""),
            r(
                "21208",
                "国有土地使用权出让收入安排的支出",
                "254.97",
                "254.97",
                "",
            ),
            r(
                "2120899",
                "其他国有土地使用权出让收入安排的支出",
                "254.97",
                "254.97",
                "",
            ),
            r("221", "住房保障支出", "109.61", "109.61", ""),
            r("22102", "住房改革支出", "109.61", "109.61", ""),
            r("2210201", "住房公积金", "99.98", "99.98", ""),
            r("2210202", "提租补贴", "9.62", "9.62", ""),
        ],
    )
    .expect("公开02表 builds")
}

pub fn t03() -> ExpenditureTable {
    // Printed with the label 公开09表: a real mistake of the document, kept.
    let meta = meta("公开09表", "支出决算表")
        .with_columns(numbered(&[
            ("total", "本年支出合计"),
            ("basic", "基本支出"),
            ("project", "项目支出"),
            ("remit", "上缴上级支出"),
            ("business", "经营支出"),
            ("subsidy", "对附属单位补助支出"),
        ]))
        .with_note("注：本表反映部门本年度各项支出情况。");
    let r = |code: &str, name: &str, total: &str, basic: &str, project: &str| {
        row::<ExpenditureColumns>(code, name, &[total, basic, project])
    };
    ExpenditureTable::new(
        meta,
        vec![
            r("", "合计", "1991.91", "1102.05", "889.86"),
            r("208", "社会保障和就业支出", "1589.17", "954.28", "634.89"),
            r(
                "20801",
                "人力资源和社会保障管理事务",
                "1408.64",
                "810.34",
                "598.30",
            ),
            r("2080101", "行政运行", "1408.64", "810.34", "598.30"),
            r("20805", "行政事业单位养老支出", "143.46", "143.46", ""),
            r(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "94.47",
                "94.47",
                "",
            ),
            r(
                "2080506",
                "机关事业单位职业年金缴费支出",
                "48.99",
                "48.99",
                "",
            ),
            r("20807", "就业补助", "37.06", "0.48", "36.59"),
            r("2080799", "其他就业补助支出", "37.06", "0.48", "36.59"),
            r("210", "卫生健康支出", "38.16", "38.16", ""),
            r("21011", "行政事业单位医疗", "38.16", "38.16", ""),
            r("2101101", "行政单位医疗", "38.16", "38.16", ""),
            r("212", "城乡社区支出", "254.97", "", "254.97"),
            r(
                "21208",
                "国有土地使用权出让收入安排的支出",
                "254.97",
                "",
                "254.97",
            ),
            r(
                "2120899",
                "其他国有土地使用权出让收入安排的支出",
                "254.97",
                "",
                "254.97",
            ),
            r("221", "住房保障支出", "109.61", "109.61", ""),
            r("22102", "住房改革支出", "109.61", "109.61", ""),
            r("2210201", "住房公积金", "99.98", "99.98", ""),
            r("2210202", "提租补贴", "9.62", "9.62", ""),
        ],
    )
    .expect("公开03表 builds")
}

pub fn t04() -> FiscalTable {
    let meta = meta("公开04表", "财政拨款收入支出决算总表")
        .with_columns(vec![
            ColumnHeader::new("income", "金额").numbered(1),
            ColumnHeader::new("total", "合计").numbered(2),
            ColumnHeader::new("general_budget", "一般公共预算财政拨款").numbered(3),
            ColumnHeader::new("government_fund", "政府性基金预算财政拨款").numbered(4),
            ColumnHeader::new("state_capital", "国有资本经营预算财政拨款").numbered(5),
        ])
        // "总支" (for 总收支) is the document's own misprint.
        .with_note("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总支和年末结转结余情况。");
    let item = |line: u16, item: FiscalIncomeItem, name: &str, amount: &str| {
        Line::new(item, name, c(amount)).with_line(line)
    };
    let mut income = vec![
        item(
            1,
            FiscalIncomeItem::Appropriation(Fund::GeneralBudget),
            "一、一般公共预算财政拨款",
            "1735.92",
        ),
        item(
            2,
            FiscalIncomeItem::Appropriation(Fund::GovernmentFund),
            "二、政府性基金预算财政拨款",
            "254.97",
        ),
        item(
            3,
            FiscalIncomeItem::Appropriation(Fund::StateCapital),
            "三、国有资本经营预算财政拨款",
            "",
        ),
    ];
    income.extend((4..=26).map(Line::filler));
    income.extend([
        item(
            27,
            FiscalIncomeItem::CurrentYearTotal,
            "本年收入合计",
            "1990.89",
        ),
        item(
            28,
            FiscalIncomeItem::OpeningBalance,
            "年初财政拨款结转和结余",
            "",
        ),
        item(
            29,
            FiscalIncomeItem::OpeningBalanceOf(Fund::GeneralBudget),
            "一般公共预算财政拨款",
            "",
        ),
        item(
            30,
            FiscalIncomeItem::OpeningBalanceOf(Fund::GovernmentFund),
            "政府性基金预算财政拨款",
            "",
        ),
        item(
            31,
            FiscalIncomeItem::OpeningBalanceOf(Fund::StateCapital),
            "国有资本经营预算财政拨款",
            "",
        ),
        item(32, FiscalIncomeItem::GrandTotal, "总计", "1990.89"),
    ]);
    let amounts: [(&str, [&str; 3]); 4] = [
        ("208", ["1588.15", "1588.15", ""]),
        ("210", ["38.16", "38.16", ""]),
        ("212", ["254.97", "", "254.97"]),
        ("221", ["109.61", "109.61", ""]),
    ];
    let mut expenditure: Vec<Line<ExpenditureItem, FiscalColumns>> = CLASSES
        .iter()
        .zip(33_u16..)
        .map(|((code, name), line)| {
            let texts = amounts
                .iter()
                .find(|(k, _)| k == code)
                .map_or(["", "", ""], |(_, a)| *a);
            Line::new(class(code), *name, cols(&texts)).with_line(line)
        })
        .collect();
    let exp = |line: u16, item: ExpenditureItem, name: &str, texts: &[&str]| {
        Line::new(item, name, cols::<FiscalColumns>(texts)).with_line(line)
    };
    expenditure.extend([
        exp(
            59,
            ExpenditureItem::CurrentYearTotal,
            "本年支出合计",
            &["1990.89", "1735.92", "254.97"],
        ),
        exp(
            60,
            ExpenditureItem::ClosingBalance,
            "年末财政拨款结转和结余",
            &[],
        ),
        Line::filler(61),
        Line::filler(62),
        Line::filler(63),
        exp(
            64,
            ExpenditureItem::GrandTotal,
            "总计",
            &["1990.89", "1735.92", "254.97"],
        ),
    ]);
    FiscalTable::new(meta, income, expenditure).expect("公开04表 builds")
}

pub fn t05() -> GeneralBudgetTable {
    let meta = meta("公开05表", "一般公共预算财政拨款支出决算表")
        .with_columns(numbered(&[
            ("total", "本年支出 小计"),
            ("basic", "本年支出 基本支出"),
            ("project", "本年支出 项目支出"),
        ]))
        .with_note("注：本表反映部门本年度一般公共预算财政拨款支出情况。");
    let r = |code: &str, name: &str, total: &str, basic: &str, project: &str| {
        row::<GeneralBudgetColumns>(code, name, &[total, basic, project])
    };
    GeneralBudgetTable::new(
        meta,
        vec![
            r("", "合计", "1735.92", "1101.03", "634.89"),
            r("208", "社会保障和就业支出", "1588.15", "953.26", "634.89"),
            r(
                "20801",
                "人力资源和社会保障管理事务",
                "1407.63",
                "809.32",
                "598.30",
            ),
            r("2080101", "行政运行", "1407.63", "809.32", "598.30"),
            r("2080110", "劳动关系和维权", "", "", ""),
            r("20805", "行政事业单位养老支出", "143.46", "143.46", ""),
            r(
                "2080505",
                "机关事业单位基本养老保险缴费支出",
                "94.47",
                "94.47",
                "",
            ),
            r(
                "2080506",
                "机关事业单位职业年金缴费支出",
                "48.99",
                "48.99",
                "",
            ),
            r("20807", "就业补助", "37.06", "0.48", "36.59"),
            r("2080799", "其他就业补助支出", "37.06", "0.48", "36.59"),
            r("210", "卫生健康支出", "38.16", "38.16", ""),
            r("21011", "行政事业单位医疗", "38.16", "38.16", ""),
            r("2101101", "行政单位医疗", "38.16", "38.16", ""),
            r("221", "住房保障支出", "109.61", "109.61", ""),
            r("22102", "住房改革支出", "109.61", "109.61", ""),
            r("2210201", "住房公积金", "99.98", "99.98", ""),
            r("2210202", "提租补贴", "9.62", "9.62", ""),
        ],
    )
    .expect("公开05表 builds")
}

/// The four printed blocks of 公开06表 (code, name, amount), in reading order.
pub const T06_BLOCKS: [&[(&str, &str, &str)]; 4] = [
    &[
        ("301", "工资福利支出", "998.08"),
        ("30101", "基本工资", "323.25"),
        ("30102", "津贴补贴", "218.33"),
        ("30103", "奖金", "170.72"),
        ("30106", "伙食补助费", ""),
        ("30107", "绩效工资", ""),
        ("30108", "机关事业单位基本养老保险缴费", "96.07"),
        ("30109", "职业年金缴费", "48.99"),
        ("30110", "职工基本医疗保险缴费", "38.81"),
        ("30111", "公务员医疗补助缴费", ""),
        ("30112", "其他社会保障缴费", "1.92"),
        ("30113", "住房公积金", "99.98"),
        ("30114", "医疗费", ""),
        ("30199", "其他工资福利支出", ""),
        ("303", "对个人和家庭的补助", "1.08"),
        ("30301", "离休费", ""),
        ("30302", "退休费", ""),
        ("30303", "退职（役）费", ""),
        ("30304", "抚恤金", ""),
        ("30305", "生活补助", "0.48"),
        ("30306", "救济费", ""),
        ("30307", "医疗费补助", ""),
        ("30308", "助学金", ""),
        ("30309", "奖励金", "0.60"),
        ("30310", "个人农业生产补贴", ""),
        ("30311", "代缴社会保险费", ""),
        ("30399", "其他对个人和家庭的补助", ""),
    ],
    &[
        ("302", "商品和服务支出", "101.87"),
        ("30201", "办公费", "2.76"),
        ("30202", "印刷费", "4.25"),
        ("30203", "咨询费", ""),
        ("30204", "手续费", ""),
        ("30205", "水费", "1.00"),
        ("30206", "电费", "4.00"),
        ("30207", "邮电费", "0.73"),
        ("30208", "取暖费", ""),
        ("30209", "物业管理费", ""),
        ("30211", "差旅费", "4.97"),
        ("30212", "因公出国（境）费用", ""),
        ("30213", "维修（护）费", ""),
        ("30214", "租赁费", ""),
        ("30215", "会议费", ""),
        ("30216", "培训费", ""),
        ("30217", "公务接待费", ""),
        ("30218", "专用材料费", ""),
        ("30224", "被装购置费", ""),
        ("30225", "专用燃料费", ""),
        ("30226", "劳务费", "2.94"),
        ("30227", "委托业务费", ""),
        ("30228", "工会经费", "3.63"),
        ("30229", "福利费", "19.33"),
        ("30231", "公务用车运行维护费", "1.03"),
        ("30239", "其他交通费用", "54.08"),
        ("30240", "税金及附加费用", ""),
        ("30299", "其他商品和服务支出", "3.15"),
    ],
    &[
        ("307", "债务利息及费用支出", ""),
        ("30701", "国内债务付息", ""),
        ("30702", "国外债务付息", ""),
        ("30703", "国内债务发行费用", ""),
        ("30704", "国外债务发行费用", ""),
        ("309", "资本性支出（基本建设）", "——"),
        ("30901", "房屋建筑物构建", "——"),
        ("30902", "办公设备购置", "——"),
        ("30903", "专用设备购置", "——"),
        ("30905", "基础设施建设", "——"),
        ("30906", "大型修缮", "——"),
        ("30907", "信息网络及软件购置更新", "——"),
        ("30908", "物资储备", "——"),
        ("30913", "公务用车购置", "——"),
        ("30919", "其他交通工具购置", "——"),
        ("30921", "文物和陈列品购置", "——"),
        ("30922", "无形资产购置", "——"),
        ("30999", "其他资本性支出", "——"),
        ("310", "资本性支出", ""),
        ("31001", "房屋建筑物构建", ""),
        ("31002", "办公设备购置", ""),
        ("31003", "专用设备购置", ""),
        ("31005", "基础设施建设", ""),
        ("31006", "大型修缮", ""),
        ("31007", "信息网络及软件购置更新", ""),
        ("31008", "物资储备", ""),
        ("31009", "土地补偿", ""),
        ("31010", "安置补助", ""),
    ],
    &[
        ("31011", "地上附着物和青苗补偿", ""),
        ("31012", "拆迁补偿", ""),
        ("31013", "公务用车购置", ""),
        ("31019", "其他交通工具购置", ""),
        ("31021", "文物和陈列品购置", ""),
        ("31022", "无形资产购置", ""),
        ("31099", "其他资本性支出", ""),
        ("311", "对企业补助（基本建设）", "——"),
        ("31101", "资本金注入", "——"),
        ("31199", "其他对企业补助", "——"),
        ("312", "对企业补助", ""),
        ("31201", "资本金注入", ""),
        ("31203", "政府投资基金股权投资", ""),
        ("31204", "费用补贴", ""),
        ("31205", "利息补贴", ""),
        ("31299", "其他对企业补助", ""),
        ("313", "对社会保障基金补助", ""),
        ("31302", "对社会保险基金补助", ""),
        ("31303", "补充全国社会保障基金", ""),
        ("31304", "对机关事业单位职业年金的补助", ""),
        ("399", "其他支出", ""),
        ("39907", "国家赔偿费用支出", ""),
        ("39908", "对民间非营利组织和群众性自治组织补贴", ""),
        ("39909", "经常性赠与", ""),
        ("39910", "资本性赠与", ""),
        ("39999", "其他支出", ""),
    ],
];

pub fn t06_with(
    blocks: &[&[(&str, &str, &str)]],
    personnel: &str,
    public: &str,
) -> Result<BasicDetailTable, final_accounts::tables::TableError> {
    let meta = meta("公开06表", "一般公共预算财政拨款基本支出决算明细表")
        .with_columns(vec![ColumnHeader::new("amount", "决算数")])
        .with_note("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    let blocks = blocks
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
        Some(NamedCell::new("人员经费合计", c(personnel))),
        Some(NamedCell::new("公用经费合计", c(public))),
    )
}

pub fn t06() -> BasicDetailTable {
    t06_with(&T06_BLOCKS, "999.16", "101.87").expect("公开06表 builds")
}

pub fn t07() -> GovernmentFundTable {
    let meta = meta("公开07表", "政府性基金预算财政拨款收入支出决算表")
        .with_money_caption("单位")
        .with_columns(numbered(&[
            ("opening", "年初结转和结余"),
            ("income", "本年收入"),
            ("expenditure", "本年支出 小计"),
            ("basic", "本年支出 基本支出"),
            ("project", "本年支出 项目支出"),
            ("closing", "年末结转和结余"),
        ]))
        .with_note("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
    let r = |code: &str, name: &str| {
        row::<FundColumns>(code, name, &["", "254.97", "254.97", "", "254.97", ""])
    };
    GovernmentFundTable::new(
        meta,
        vec![
            r("", "合计"),
            r("212", "城乡社区支出"),
            r("21208", "国有土地使用权出让收入安排的支出"),
            r("2120899", "其他国有土地使用权出让收入安排的支出"),
        ],
    )
    .expect("公开07表 builds")
}

pub fn t08() -> StateCapitalTable {
    let meta = meta("公开08表", "国有资本经营预算财政拨款支出决算表")
        .with_money_caption("单位")
        .with_columns(numbered(&[
            ("expenditure", "本年支出 合计"),
            ("basic", "本年支出 基本支出"),
            ("project", "本年支出 项目支出"),
        ]))
        .with_note("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")
        .with_explanation("说明：本表无数据");
    StateCapitalTable::new(meta, vec![row("", "合计", &[])]).expect("公开08表 builds")
}

pub fn t09() -> ThreePublicTable {
    let keys = [
        "total",
        "overseas",
        "vehicles",
        "vehicle_purchase",
        "vehicle_operation",
        "reception",
    ];
    let names = [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行维护费 小计",
        "公务用车购置及运行维护费 公务用车购置费",
        "公务用车购置及运行维护费 公务用车运行维护费",
        "公务接待费",
    ];
    let columns = ["budget", "actual"]
        .iter()
        .zip(["预算数", "决算数"])
        .flat_map(|(prefix, group)| {
            keys.iter()
                .zip(names)
                .map(move |(key, name)| (format!("{prefix}_{key}"), format!("{group} {name}")))
        })
        .zip(1_u16..)
        .map(|((key, name), n)| ColumnHeader::new(key, name).numbered(n))
        .collect();
    let meta = meta("公开09表", "财政拨款“三公”经费支出决算表")
        .with_columns(columns)
        .with_note("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
    let group: ThreePublicColumns = cols(&["1.03", "", "1.03", "", "1.03", ""]);
    ThreePublicTable::new(meta, group, group).expect("公开09表 builds")
}

pub fn t10() -> RelatedInfoTable {
    let meta = TableMeta::new("部门决算公开相关信息统计表", MoneyUnit::WanYuan)
        .with_label("公开10表")
        .with_unit_name("单位名称", UNIT)
        .with_period("2023年度")
        .with_columns(vec![ColumnHeader::new("value", "统计数")])
        .with_note("注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。");
    let amount = |line: u16, item: InfoItem, name: &str, text: &str| {
        Line::new(item, name, InfoValue::Amount(c(text))).with_line(line)
    };
    let count = |line: u16, item: InfoItem, name: &str, n: Option<u32>| {
        let cell = n.map_or(CountCell::Blank, CountCell::Count);
        Line::new(item, name, InfoValue::Count(cell)).with_line(line)
    };
    let vehicle = |line: u16, category: VehicleCategory, name: &str, n: Option<u32>| {
        count(line, InfoItem::Vehicles(category), name, n)
    };
    let sections = vec![
        InfoSection {
            title: "一、政府采购情况".to_owned(),
            lines: vec![
                amount(1, InfoItem::ProcurementTotal, "合计", "13.40"),
                amount(2, InfoItem::ProcurementGoods, "货物", "3.01"),
                amount(3, InfoItem::ProcurementWorks, "工程", ""),
                amount(4, InfoItem::ProcurementServices, "服务", "10.39"),
            ],
        },
        InfoSection {
            title: "二、机关运行经费".to_owned(),
            lines: vec![
                amount(
                    5,
                    InfoItem::RunningCostsAdministrative,
                    "(一) 行政单位",
                    "101.87",
                ),
                amount(
                    6,
                    InfoItem::RunningCostsCivilService,
                    "(二) 参照公务员法管理事业单位",
                    "",
                ),
            ],
        },
        InfoSection {
            title: "三、国有资产占用情况".to_owned(),
            lines: vec![
                count(7, InfoItem::VehiclesTotal, "(一) 车辆数合计(辆)", Some(4)),
                vehicle(
                    8,
                    VehicleCategory::SeniorLeaders,
                    "1. 副部(省)级及以上领导用车",
                    None,
                ),
                vehicle(
                    9,
                    VehicleCategory::PrincipalOfficials,
                    "2. 主要负责人用车",
                    None,
                ),
                vehicle(
                    10,
                    VehicleCategory::ConfidentialCommunication,
                    "3. 机要通信用车",
                    Some(1),
                ),
                vehicle(11, VehicleCategory::Emergency, "4. 应急保障用车", None),
                vehicle(12, VehicleCategory::LawEnforcement, "5. 执法执勤用车", None),
                vehicle(
                    13,
                    VehicleCategory::SpecialTechnical,
                    "6. 特种专业技术用车",
                    None,
                ),
                vehicle(
                    14,
                    VehicleCategory::RetiredCadres,
                    "7. 离退休干部服务用车",
                    None,
                ),
                vehicle(15, VehicleCategory::Other, "8. 其他用车", Some(3)),
                // 行次 16 is not printed: the gap is the document's.
                count(
                    17,
                    InfoItem::Equipment,
                    "(二) 单价100万元(含)以上设备(不含车辆)",
                    None,
                ),
            ],
        },
    ];
    RelatedInfoTable::new(meta, sections).expect("公开10表 builds")
}

/// What the document prints around its tables, in print order: the cover title, 第一部分, a
/// page header left from the 2022 report (printed inside 职责（九）), and the other part
/// headings as printed in the body (the 说明 part repeats 第二部分's heading; there is no
/// 第三部分).
pub fn outline() -> PrintedOutline {
    PrintedOutline::new(vec![
        "2023年度单位决算公开".to_owned(),
        "第一部分 概况".to_owned(),
        "大同市人力资源和社会保障局2022年单位决算公开报告".to_owned(),
        "第二部分 2023年部门决算表".to_owned(),
        "第二部分 2023年部门决算表".to_owned(),
        "第四部分 名词解释".to_owned(),
        "第五部分 附件".to_owned(),
    ])
}

/// The disclosure: the ten tables in published order, the 说明 as statements and the fourteen
/// forms (without their goal, achievement and analysis texts, which only the JSON fixture
/// holds).
pub fn disclosure() -> Disclosure {
    Disclosure::builder(UNIT, 2023)
        .profile("shanxi-2023")
        .outline(outline())
        .narrative(super::narrative::narrative())
        .forms(super::forms::built_forms())
        .income_expenditure(t01())
        .income(t02())
        .expenditure(t03())
        .fiscal(t04())
        .general_budget(t05())
        .basic_detail(t06())
        .government_fund(t07())
        .state_capital(t08())
        .three_public(t09())
        .related_info(t10())
        .build()
        .expect("the disclosure builds")
}
