//! Every closed set of official names reads back what it writes, and an unknown name is one
//! error, [`UnknownName`], that names the set and lists the official names.

use std::fmt::{Debug, Display};
use std::str::FromStr;

use final_accounts::UnknownName;
use final_accounts::classification::{
    Attestation, Completeness, CostCategory, EconomicLevel, EconomicScheme, ExpenditureNature,
    FundType, IncomeSource, Level, ThreePublicExpense, UnitType,
};
use final_accounts::evaluation::{Grade, LevelOne, LevelTwo, LevelTwoLabel, TargetUnit};
use final_accounts::finding::{Lang, Severity, TableKind};
use final_accounts::money::{Direction, MoneyUnit};
use final_accounts::narrative::{
    BudgetKind, ChangeWord, Comparison, FundColumn, ProcurementItem, ReceptionScope,
    SpendingColumn, Stage, ThreePublicItem,
};
use final_accounts::tables::VehicleCategory;
use strum::IntoEnumIterator;

/// Display → FromStr (and `TryFrom<String>`, the serde form) for every variant, surrounding
/// whitespace ignored; an unknown name is an [`UnknownName`] naming `set` and listing the
/// official names in order.
fn check<T>(set: &str) -> Vec<String>
where
    T: IntoEnumIterator
        + Copy
        + PartialEq
        + Debug
        + Display
        + FromStr<Err = UnknownName>
        + TryFrom<String, Error = UnknownName>,
{
    let names: Vec<String> = T::iter().map(|v| v.to_string()).collect();
    assert!(!names.is_empty(), "{set}");
    for v in T::iter() {
        let name = v.to_string();
        assert_eq!(name.parse::<T>(), Ok(v), "{set}: {name}");
        assert_eq!(T::try_from(name.clone()), Ok(v), "{set}: {name}");
        assert_eq!(format!(" {name}\t").parse::<T>(), Ok(v), "{set}: {name}");
        // As a document may print it: a space inside, the other width of brackets and quotes.
        let printed: String = name
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let c = match c {
                    '（' => '(',
                    '）' => ')',
                    '(' => '（',
                    ')' => '）',
                    '“' | '”' => '"',
                    c => c,
                };
                if i == 1 { vec![' ', c] } else { vec![c] }
            })
            .collect();
        assert_eq!(printed.parse::<T>(), Ok(v), "{set}: {printed}");
    }
    let err = "不是名称".parse::<T>().unwrap_err();
    assert_eq!(err.name(), "不是名称");
    assert_eq!(err.set(), set);
    assert_eq!(err.expected(), names, "{set}");
    assert_eq!(
        err.to_string(),
        format!(
            "\"不是名称\" is not a {set}, expected one of: {}",
            names.join(", ")
        )
    );
    assert_eq!(T::try_from(String::new()).unwrap_err().name(), "");
    names
}

#[test]
fn every_closed_set_reads_back_its_names() {
    let fund = check::<FundType>("资金性质 (fund type)");
    assert_eq!(
        fund,
        [
            "一般公共预算",
            "政府性基金预算",
            "国有资本经营预算",
            "社会保险基金预算"
        ]
    );
    check::<IncomeSource>("收入来源 (income source)");
    check::<ExpenditureNature>("支出性质 (expenditure nature)");
    check::<CostCategory>("基本支出经费类别 (cost category)");
    check::<Attestation>("attestation");
    check::<ThreePublicExpense>("三公经费 item");
    check::<EconomicScheme>("支出经济分类 scheme");
    check::<EconomicLevel>("经济分类级次 (level: 类 or 款)");
    check::<Completeness>("catalog completeness");
    check::<Level>("科目级次 (level: 类, 款 or 项)");
    check::<UnitType>("单位类型 (unit type)");
    check::<LevelOne>("一级指标 (first-level indicator)");
    check::<LevelTwo>("二级指标 (second-level indicator)");
    check::<Grade>("等级 (grade)");
    let units = check::<TargetUnit>("指标值单位 (unit of a target value)");
    assert!(units.contains(&"%".to_owned()) && units.contains(&"万元".to_owned()));
    assert_eq!(check::<MoneyUnit>("金额单位 (money unit)"), ["元", "万元"]);
    assert_eq!(
        check::<Direction>("变动方向 (direction of a change)"),
        ["增加", "减少", "持平"]
    );
    check::<VehicleCategory>("车辆类别 (vehicle category of 公开10表)");
    check::<SpendingColumn>("支出列 (column of 公开05表 or 公开08表)");
    check::<FundColumn>("政府性基金列 (column of 公开07表)");
    check::<Stage>("三公 stage (预算数 or 决算数)");
    check::<ThreePublicItem>("三公经费 item (公开09表)");
    check::<ReceptionScope>("公务接待 scope");
    check::<ProcurementItem>("政府采购 item");
    check::<ChangeWord>("change word");
    check::<BudgetKind>("预算口径 (budget kind)");
    check::<Comparison>("comparison word");
    assert_eq!(check::<Lang>("language"), ["zh", "en"]);
    assert_eq!(check::<Severity>("severity"), ["info", "warning", "error"]);
    let kinds = check::<TableKind>("table kind");
    assert_eq!(kinds.len(), TableKind::ALL.len());
    assert_eq!(kinds[0], "income_expenditure");
}

#[test]
fn aliases_read_as_their_variant_and_display_the_official_name() {
    let cases: [(&str, String); 10] = [
        ("增长", "增长".parse::<Direction>().unwrap().to_string()),
        (
            "与上年相同",
            "与上年相同".parse::<Direction>().unwrap().to_string(),
        ),
        ("％", "％".parse::<TargetUnit>().unwrap().to_string()),
        ("万", "万".parse::<TargetUnit>().unwrap().to_string()),
        (
            "合计",
            "合计".parse::<SpendingColumn>().unwrap().to_string(),
        ),
        (
            "服务对象满意度",
            "服务对象满意度".parse::<LevelTwo>().unwrap().to_string(),
        ),
        (
            "因公出国（境）费用",
            "因公出国（境）费用"
                .parse::<ThreePublicExpense>()
                .unwrap()
                .to_string(),
        ),
        ("机关", "机关".parse::<UnitType>().unwrap().to_string()),
        (
            "部级领导干部用车",
            "部级领导干部用车"
                .parse::<VehicleCategory>()
                .unwrap()
                .to_string(),
        ),
        (
            "离退休干部用车",
            "离退休干部用车"
                .parse::<VehicleCategory>()
                .unwrap()
                .to_string(),
        ),
    ];
    let official: Vec<&str> = cases.iter().map(|(_, o)| o.as_str()).collect();
    assert_eq!(
        official,
        [
            "增加",
            "持平",
            "%",
            "万元",
            "小计",
            "服务对象满意度指标",
            "因公出国（境）费",
            "行政单位",
            "副部（省）级及以上领导用车",
            "离退休干部服务用车"
        ]
    );
    // A second-level label keeps the spelling printed, alias or official.
    let short: LevelTwoLabel = " 服务对象满意度 ".parse().unwrap();
    assert_eq!(short.kind(), LevelTwo::BeneficiarySatisfaction);
    assert_eq!(short.to_string(), "服务对象满意度");
    assert!(!short.is_official_spelling());
    assert!(
        "服务对象满意度指标"
            .parse::<LevelTwoLabel>()
            .unwrap()
            .is_official_spelling()
    );
    assert_eq!(
        "数量".parse::<LevelTwoLabel>().unwrap_err().set(),
        "二级指标 (second-level indicator)"
    );
    // An alias is accepted, not listed: the error lists the official names only.
    let err = "下跌".parse::<Direction>().unwrap_err();
    assert_eq!(err.expected(), ["增加", "减少", "持平"]);
}

#[test]
fn a_long_name_is_quoted_truncated() {
    let long = "公".repeat(40);
    let err = long.parse::<FundType>().unwrap_err();
    assert_eq!(err.name(), format!("{}…", "公".repeat(32)));
    assert!(
        err.to_string()
            .starts_with(&format!("\"{}…\" is not a", "公".repeat(32)))
    );
}

#[test]
fn the_crate_error_wraps_an_unknown_name() {
    fn grade(text: &str) -> Result<Grade, final_accounts::Error> {
        Ok(text.parse()?)
    }
    let err = grade("甲").unwrap_err();
    assert!(matches!(err, final_accounts::Error::Name(_)));
    assert_eq!(
        err.to_string(),
        "\"甲\" is not a 等级 (grade), expected one of: 优, 良, 中, 合格, 差, 不合格"
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_the_official_name_and_reads_what_from_str_reads() {
    fn json<T>()
    where
        T: IntoEnumIterator
            + Copy
            + PartialEq
            + Debug
            + Display
            + serde::Serialize
            + serde::de::DeserializeOwned,
    {
        for v in T::iter() {
            let written = serde_json::to_string(&v).unwrap();
            assert_eq!(written, format!("\"{v}\""));
            assert_eq!(serde_json::from_str::<T>(&written).unwrap(), v);
        }
        let err = serde_json::from_str::<T>("\"不是名称\"").unwrap_err();
        assert!(err.to_string().contains("expected one of"), "{err}");
    }
    json::<FundType>();
    json::<IncomeSource>();
    json::<ExpenditureNature>();
    json::<CostCategory>();
    json::<Attestation>();
    json::<ThreePublicExpense>();
    json::<EconomicScheme>();
    json::<EconomicLevel>();
    json::<Completeness>();
    json::<Level>();
    json::<UnitType>();
    json::<LevelOne>();
    json::<Grade>();
    json::<MoneyUnit>();
    json::<Direction>();
    json::<VehicleCategory>();
    json::<SpendingColumn>();
    json::<FundColumn>();
    json::<Stage>();
    json::<ThreePublicItem>();
    json::<ReceptionScope>();
    json::<ProcurementItem>();
    json::<BudgetKind>();
    json::<Comparison>();
    json::<Severity>();
    json::<TableKind>();
    assert_eq!(
        serde_json::from_str::<SpendingColumn>("\"合计\"").unwrap(),
        SpendingColumn::Subtotal
    );
}

#[test]
fn a_printed_name_keeps_its_printed_form_beside_its_value() {
    use final_accounts::Printed;
    let printed: Printed<VehicleCategory> = " 部级领导干部用车 ".parse().unwrap();
    assert_eq!(printed.value(), VehicleCategory::SeniorLeaders);
    assert_eq!(printed.printed(), "部级领导干部用车");
    assert_eq!(printed.official(), "副部（省）级及以上领导用车");
    let fund: Printed<FundType> = "政府性基金预算财政拨款".parse().unwrap();
    assert_eq!(fund.value(), FundType::GovernmentFund);
    assert_eq!(fund.to_string(), "政府性基金预算财政拨款");
    let own: Printed<ThreePublicExpense> = "因公出国 (境) 费".parse().unwrap();
    assert_eq!(own.value(), ThreePublicExpense::OverseasTravel);
    assert_eq!(own.printed(), "因公出国 (境) 费");
    let err = "公务车".parse::<Printed<VehicleCategory>>().unwrap_err();
    assert_eq!(err.name(), "公务车");
}
