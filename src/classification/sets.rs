//! Small closed sets of official terms, with the Chinese names as `Display` / `FromStr`.

use super::{CodeError, EconomicCode, EconomicScheme};
use crate::names::closed_set;

/// The four budgets (四本预算) a fund belongs to, per 《中华人民共和国预算法》第五条.
///
/// Disclosure tables (公开04表) use the first three as columns of 财政拨款.
///
/// ```
/// use final_accounts::classification::FundType;
/// assert_eq!(FundType::GovernmentFund.to_string(), "政府性基金预算");
/// assert_eq!("国有资本经营预算".parse::<FundType>()?, FundType::StateCapital);
/// // As a fund table prints it.
/// assert_eq!("一般公共预算财政拨款".parse::<FundType>()?, FundType::GeneralPublic);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum FundType {
    /// 一般公共预算.
    #[strum(serialize = "一般公共预算")]
    GeneralPublic,
    /// 政府性基金预算.
    #[strum(serialize = "政府性基金预算")]
    GovernmentFund,
    /// 国有资本经营预算.
    #[strum(serialize = "国有资本经营预算")]
    StateCapital,
    /// 社会保险基金预算 (预算法第五条; not a column of the departmental disclosure tables).
    #[strum(serialize = "社会保险基金预算")]
    SocialInsuranceFund,
}

closed_set!(
    FundType,
    "资金性质 (fund type)",
    [
        // As the fund tables and the 说明 print them.
        ("一般公共预算财政拨款", FundType::GeneralPublic),
        ("政府性基金预算财政拨款", FundType::GovernmentFund),
        ("国有资本经营预算财政拨款", FundType::StateCapital),
    ]
);

/// Where a department's income comes from: the columns of 公开02表 收入决算表.
///
/// ```
/// use final_accounts::classification::IncomeSource;
/// use strum::IntoEnumIterator;
/// let names: Vec<&str> = IncomeSource::iter().map(Into::into).collect();
/// assert_eq!(names, ["财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum IncomeSource {
    /// 财政拨款收入: appropriations, from the three budgets of [`FundType`].
    #[strum(serialize = "财政拨款收入")]
    FiscalAppropriation,
    /// 上级补助收入.
    #[strum(serialize = "上级补助收入")]
    SuperiorSubsidy,
    /// 事业收入.
    #[strum(serialize = "事业收入")]
    Operations,
    /// 经营收入.
    #[strum(serialize = "经营收入")]
    Business,
    /// 附属单位上缴收入.
    #[strum(serialize = "附属单位上缴收入")]
    AffiliatedRemittance,
    /// 其他收入.
    #[strum(serialize = "其他收入")]
    Other,
}

closed_set!(IncomeSource, "收入来源 (income source)");

/// The nature of an expenditure: the columns of 公开03表 支出决算表.
///
/// ```
/// use final_accounts::classification::ExpenditureNature;
/// assert_eq!("项目支出".parse::<ExpenditureNature>()?, ExpenditureNature::Project);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum ExpenditureNature {
    /// 基本支出: running costs, split into [`CostCategory`] 人员经费 and 公用经费.
    #[strum(serialize = "基本支出")]
    Basic,
    /// 项目支出.
    #[strum(serialize = "项目支出")]
    Project,
    /// 上缴上级支出.
    #[strum(serialize = "上缴上级支出")]
    RemittanceToSuperior,
    /// 经营支出.
    #[strum(serialize = "经营支出")]
    Business,
    /// 对附属单位补助支出.
    #[strum(serialize = "对附属单位补助支出")]
    SubsidyToAffiliates,
}

closed_set!(ExpenditureNature, "支出性质 (expenditure nature)");

/// The split of 基本支出 in 公开06表: 人员经费 (301 + 303) and 公用经费 (every other class).
///
/// The split follows the template arithmetic of 公开06表 (it follows from the template and is
/// seen in checker code), not a quoted official rule.
///
/// ```
/// use final_accounts::classification::{CostCategory, EconomicCode};
/// let code: EconomicCode = "30305".parse()?;
/// assert_eq!(CostCategory::of(code)?, CostCategory::Personnel);
/// assert_eq!(CostCategory::of("30239".parse()?)?.to_string(), "公用经费");
/// assert!(CostCategory::of("50101".parse()?).is_err()); // a 政府预算 code
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum CostCategory {
    /// 人员经费: 301 工资福利支出 and 303 对个人和家庭的补助.
    #[strum(serialize = "人员经费")]
    Personnel,
    /// 公用经费: 302, 307, 309, 310, … — every departmental class but 301 and 303.
    #[strum(serialize = "公用经费")]
    Public,
}

closed_set!(CostCategory, "基本支出经费类别 (cost category)");

impl CostCategory {
    /// The category of a departmental economic code (类 or 款).
    ///
    /// # Errors
    ///
    /// [`CodeError::WrongLeadingDigit`] for a 政府预算支出经济分类 code (5xx).
    pub fn of(code: EconomicCode) -> Result<CostCategory, CodeError> {
        if code.scheme() != EconomicScheme::Departmental {
            return Err(CodeError::WrongLeadingDigit {
                code: code.to_string(),
                found: code.scheme().leading_digit(),
                expected: "3 (部门预算支出经济分类)",
            });
        }
        let class = code.class();
        if class == PERSONNEL_WAGES || class == PERSONNEL_HOUSEHOLDS {
            Ok(CostCategory::Personnel)
        } else {
            Ok(CostCategory::Public)
        }
    }
}

const PERSONNEL_WAGES: EconomicCode = EconomicCode::from_parts(301, None);
const PERSONNEL_HOUSEHOLDS: EconomicCode = EconomicCode::from_parts(303, None);

/// How well a fact is attested.
///
/// ```
/// use final_accounts::classification::Attestation;
/// assert_eq!(Attestation::Unconfirmed.to_string(), "unconfirmed");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum Attestation {
    /// Shown directly by an official page or form.
    #[strum(serialize = "confirmed")]
    Confirmed,
    /// Plausible, not confirmed by a source at hand.
    #[strum(serialize = "unconfirmed")]
    Unconfirmed,
}

closed_set!(Attestation, "attestation");

/// The items of 三公经费 (the "three public" expenses of 公开09表) and their economic codes.
///
/// ```
/// use final_accounts::classification::{Attestation, EconomicCode, ThreePublicExpense};
/// let code: EconomicCode = "30217".parse()?;
/// assert_eq!(
///     ThreePublicExpense::of(code),
///     Some((ThreePublicExpense::Reception, Attestation::Confirmed))
/// );
/// assert_eq!(ThreePublicExpense::Reception.to_string(), "公务接待费");
/// assert_eq!(
///     ThreePublicExpense::of("30913".parse()?),
///     Some((ThreePublicExpense::VehiclePurchase, Attestation::Unconfirmed))
/// );
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(try_from = "String", into = "&'static str")
)]
pub enum ThreePublicExpense {
    /// 因公出国（境）费: economic code 30212 (named 因公出国（境）费用 in the catalog).
    #[strum(serialize = "因公出国（境）费")]
    OverseasTravel,
    /// 公务用车购置: 31013 (and 30913 under 基本建设, unconfirmed).
    #[strum(serialize = "公务用车购置")]
    VehiclePurchase,
    /// 公务用车运行维护费: 30231.
    #[strum(serialize = "公务用车运行维护费")]
    VehicleOperation,
    /// 公务接待费: 30217.
    #[strum(serialize = "公务接待费")]
    Reception,
}

closed_set!(
    ThreePublicExpense,
    "三公经费 item",
    [
        ("因公出国（境）费用", ThreePublicExpense::OverseasTravel),
        ("公务用车购置费", ThreePublicExpense::VehiclePurchase),
    ]
);

const OVERSEAS: &[(EconomicCode, Attestation)] = &[(
    EconomicCode::from_parts(302, Some(12)),
    Attestation::Confirmed,
)];
const PURCHASE: &[(EconomicCode, Attestation)] = &[
    (
        EconomicCode::from_parts(310, Some(13)),
        Attestation::Confirmed,
    ),
    (
        EconomicCode::from_parts(309, Some(13)),
        Attestation::Unconfirmed,
    ),
];
const OPERATION: &[(EconomicCode, Attestation)] = &[(
    EconomicCode::from_parts(302, Some(31)),
    Attestation::Confirmed,
)];
const RECEPTION: &[(EconomicCode, Attestation)] = &[(
    EconomicCode::from_parts(302, Some(17)),
    Attestation::Confirmed,
)];

impl ThreePublicExpense {
    /// The departmental economic 款 that carry this item, with how well each is attested.
    ///
    /// ```
    /// use final_accounts::classification::ThreePublicExpense;
    /// let codes: Vec<String> = ThreePublicExpense::VehiclePurchase
    ///     .economic_codes()
    ///     .iter()
    ///     .map(|(code, _)| code.to_string())
    ///     .collect();
    /// assert_eq!(codes, ["31013", "30913"]);
    /// ```
    #[must_use]
    pub fn economic_codes(self) -> &'static [(EconomicCode, Attestation)] {
        match self {
            ThreePublicExpense::OverseasTravel => OVERSEAS,
            ThreePublicExpense::VehiclePurchase => PURCHASE,
            ThreePublicExpense::VehicleOperation => OPERATION,
            ThreePublicExpense::Reception => RECEPTION,
        }
    }

    /// The item an economic code carries, if any, with how well that is attested.
    #[must_use]
    pub fn of(code: EconomicCode) -> Option<(ThreePublicExpense, Attestation)> {
        use strum::IntoEnumIterator;
        ThreePublicExpense::iter().find_map(|item| {
            item.economic_codes()
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, attestation)| (item, *attestation))
        })
    }
}
