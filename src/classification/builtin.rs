//! The built-in catalogs: partial, cited, embedded in the binary (no I/O at run time).
//!
//! Every row comes from a cited source, named in the header of its data file under `data/` and
//! in [`Catalog::sources`]; no row was invented. **All built-in catalogs are partial**
//! ([`Completeness::Partial`]): a code they do not list may still exist. To treat unknown codes
//! as errors, build a complete catalog of your edition with [`Catalog::from_rows`].
//!
//! | catalog | edition | rows | source |
//! |---|---|---|---|
//! | functional | 2023 | 36: 类 21, 款 6, 项 9 | the codes and names printed in 公开02/03/05/07表 of 大同市人力资源和社会保障局《2023年度单位决算公开》; the 类 names of its 公开01表, with codes matched by name from the current 类 list (transcribed from that document: no evidence about it) |
//! | functional | 2024 (current: documents of 2024–2026) | 131: 类 24, 款 38, 项 69; 2 orphans (2010101, 2040705) | Shanghai 普陀区 budget and final-account documents (public repository zxj6827111-blip/GovBudgetChecker) |
//! | departmental economic | 2018 (scheme in force from 2018) | 84: 类 4, 款 80; 12 orphans (the 款 of 309) | a 2024 final-account template and a school-report tool |
//! | departmental economic | 2018 (as a 2023 document prints it) | 109: 类 10, 款 99 | 公开06表 of the same 2023 document, names as printed (transcribed from that document: no evidence about it) |
//! | government economic | 2020 | 13: 类 2, 款 11; 3 orphans (50501, 50502, 50905) | the 2020 两套支出经济分类科目对照表 and payment-system samples |
//!
//! Not shipped: the 2023 类 粮油物资储备支出, 国有资本经营预算支出, 其他支出, 债务还本支出 and
//! 抗疫特别国债安排的支出, which the 2023 document lists by name only and whose codes no source
//! at hand confirms.
//!
//! # Catalogs in force
//!
//! A catalog applies from its edition year until the next edition: the audit of a report of
//! year Y uses the catalogs of the newest edition not after Y ([`functional_in_force`],
//! [`economic_in_force`]) — the 2018 departmental economic scheme for the 2023 and 2024
//! reports. A catalog transcribed from one published document declares it
//! ([`Catalog::transcribed_from`]) and is no evidence about that document's own codes
//! ([`Catalog::vouches_for`]).
//!
//! Each data file is checked while the crate compiles (a malformed line, a duplicate, or a 款
//! without its 类 that is not flagged orphan is a compile error), then parsed at first use by
//! [`Catalog::parse_text`].
//!
//! ```
//! use final_accounts::classification::{builtin, FunctionCode};
//! let code: FunctionCode = "2080505".parse()?;
//! let (catalog, entry) = builtin::find_functional(code).unwrap();
//! assert_eq!(catalog.edition(), 2024); // the newest edition that knows it
//! assert_eq!(entry.name(), "机关事业单位基本养老保险缴费支出");
//! # Ok::<(), final_accounts::Error>(())
//! ```

use std::sync::LazyLock;

use super::catalog::CatalogCode;
use super::mapping::{self, Mapping, UnitType};
use super::{
    Catalog, Completeness, EconomicCatalog, EconomicCode, EconomicScheme, Entry, FunctionCode,
    Source, data,
};

const FUNCTIONAL_2023: &str = include_str!("../../data/functional-2023.txt");
const FUNCTIONAL_2024: &str = include_str!("../../data/functional-current.txt");
const DEPARTMENTAL_2018: &str = include_str!("../../data/economic-departmental-2018.txt");
const DEPARTMENTAL_2023: &str = include_str!("../../data/economic-departmental-2023.txt");
const GOVERNMENT_2020: &str = include_str!("../../data/economic-government-2020.txt");
const MAPPING: &str = include_str!("../../data/economic-mapping.txt");

const _: () = assert!(
    data::check_catalog(FUNCTIONAL_2023, b'2', 7).is_ok(),
    "data/functional-2023.txt has a bad line"
);
const _: () = assert!(
    data::check_catalog(FUNCTIONAL_2024, b'2', 7).is_ok(),
    "data/functional-current.txt has a bad line"
);
const _: () = assert!(
    data::check_catalog(DEPARTMENTAL_2018, b'3', 5).is_ok(),
    "data/economic-departmental-2018.txt has a bad line"
);
const _: () = assert!(
    data::check_catalog(DEPARTMENTAL_2023, b'3', 5).is_ok(),
    "data/economic-departmental-2023.txt has a bad line"
);
const _: () = assert!(
    data::check_catalog(GOVERNMENT_2020, b'5', 5).is_ok(),
    "data/economic-government-2020.txt has a bad line"
);
const _: () = assert!(
    data::check_mapping(MAPPING).is_ok(),
    "data/economic-mapping.txt has a bad line"
);

static FUNCTIONAL: LazyLock<[Catalog; 2]> = LazyLock::new(|| {
    [
        load(
            FUNCTIONAL_2023,
            2023,
            "支出功能分类科目（2023年版，不完整）：一份2023年部门决算公开所列科目",
        ),
        load(
            FUNCTIONAL_2024,
            2024,
            "支出功能分类科目（现行2024—2026年，不完整）：上海市普陀区文件所见科目",
        ),
    ]
});

static DEPARTMENTAL: LazyLock<[EconomicCatalog; 2]> = LazyLock::new(|| {
    [
        load(
            DEPARTMENTAL_2018,
            2018,
            "部门预算支出经济分类科目（2018年起，不完整）：2024年部门决算模板所列科目",
        ),
        load(
            DEPARTMENTAL_2023,
            2018,
            "部门预算支出经济分类科目（2018年起，不完整）：一份2023年部门决算公开的公开06表所列科目",
        ),
    ]
});

static GOVERNMENT: LazyLock<[EconomicCatalog; 1]> = LazyLock::new(|| {
    [load(
        GOVERNMENT_2020,
        2020,
        "政府预算支出经济分类科目（约2020年起，不完整）：2020年对照表及支付样本所列科目",
    )]
});

static MAPPINGS: LazyLock<(Vec<Source>, Vec<Mapping>)> = LazyLock::new(|| mapping::parse(MAPPING));

/// Parses a built-in data file. The compile-time check above and the tests make the fallback
/// (an empty catalog) unreachable.
fn load<C: CatalogCode>(text: &'static str, edition: u16, title: &'static str) -> Catalog<C> {
    Catalog::parse_text(text, edition, Completeness::Partial)
        .map_or_else(|_| Catalog::empty(edition, title), |c| c.with_title(title))
}

/// The built-in functional catalogs, oldest edition first (2023, 2024).
///
/// ```
/// use final_accounts::classification::builtin;
/// let editions: Vec<u16> = builtin::functional_catalogs().iter().map(|c| c.edition()).collect();
/// assert_eq!(editions, [2023, 2024]);
/// ```
#[must_use]
pub fn functional_catalogs() -> &'static [Catalog] {
    FUNCTIONAL.as_slice()
}

/// The built-in functional catalog of an edition year, if there is one.
#[must_use]
pub fn functional(edition: u16) -> Option<&'static Catalog> {
    functional_catalogs()
        .iter()
        .find(|c| c.edition() == edition)
}

/// The built-in economic catalogs of a scheme, oldest edition first (部门: two of edition 2018,
/// the second as a 2023 document prints it; 政府: 2020).
///
/// ```
/// use final_accounts::classification::{builtin, EconomicScheme};
/// let catalogs = builtin::economic_catalogs(EconomicScheme::Departmental);
/// assert_eq!(catalogs.iter().map(|c| c.edition()).collect::<Vec<_>>(), [2018, 2018]);
/// ```
#[must_use]
pub fn economic_catalogs(scheme: EconomicScheme) -> &'static [EconomicCatalog] {
    match scheme {
        EconomicScheme::Departmental => DEPARTMENTAL.as_slice(),
        EconomicScheme::Government => GOVERNMENT.as_slice(),
    }
}

/// The catalogs in force for a report of `year`: those of the newest edition not after it (a
/// catalog applies from its edition year until the next edition), in the order given.
fn in_force<C: CatalogCode>(
    catalogs: &'static [Catalog<C>],
    year: u16,
) -> Vec<&'static Catalog<C>> {
    let edition = catalogs
        .iter()
        .map(Catalog::edition)
        .filter(|e| *e <= year)
        .max();
    catalogs
        .iter()
        .filter(|c| Some(c.edition()) == edition)
        .collect()
}

/// The built-in functional catalogs in force for a report of `year`: those of the newest
/// edition not after it (2023 for 2023, 2024 for 2024 to 2026); none before 2023.
///
/// ```
/// use final_accounts::classification::builtin;
/// let editions = |year| builtin::functional_in_force(year).iter().map(|c| c.edition()).collect::<Vec<_>>();
/// assert_eq!(editions(2023), [2023]);
/// assert_eq!(editions(2025), [2024]);
/// assert!(editions(2022).is_empty());
/// ```
#[must_use]
pub fn functional_in_force(year: u16) -> Vec<&'static Catalog> {
    in_force(functional_catalogs(), year)
}

/// The built-in economic catalogs of a scheme in force for a report of `year`: those of the
/// newest edition not after it. The departmental scheme of 2018 is in force for 2023 and
/// 2024 (both shipped catalogs of edition 2018).
///
/// ```
/// use final_accounts::classification::{builtin, EconomicScheme};
/// let in_force = builtin::economic_in_force(EconomicScheme::Departmental, 2024);
/// assert_eq!(in_force.iter().map(|c| c.edition()).collect::<Vec<_>>(), [2018, 2018]);
/// assert!(builtin::economic_in_force(EconomicScheme::Departmental, 2017).is_empty());
/// ```
#[must_use]
pub fn economic_in_force(scheme: EconomicScheme, year: u16) -> Vec<&'static EconomicCatalog> {
    in_force(economic_catalogs(scheme), year)
}

/// The first built-in economic catalog of a scheme and edition year, if there is one.
#[must_use]
pub fn economic(scheme: EconomicScheme, edition: u16) -> Option<&'static EconomicCatalog> {
    economic_catalogs(scheme)
        .iter()
        .find(|c| c.edition() == edition)
}

/// The newest built-in functional catalog that lists the code, with its entry.
#[must_use]
pub fn find_functional(
    code: FunctionCode,
) -> Option<(&'static Catalog, &'static Entry<FunctionCode>)> {
    functional_catalogs()
        .iter()
        .rev()
        .find_map(|c| c.get(&code).map(|e| (c, e)))
}

/// The newest built-in economic catalog of the code's scheme that lists it, with its entry.
///
/// ```
/// use final_accounts::classification::builtin;
/// let (catalog, entry) = builtin::find_economic("30239".parse()?).unwrap();
/// assert_eq!((catalog.edition(), entry.name()), (2018, "其他交通费用"));
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[must_use]
pub fn find_economic(
    code: EconomicCode,
) -> Option<(&'static EconomicCatalog, &'static Entry<EconomicCode>)> {
    economic_catalogs(code.scheme())
        .iter()
        .rev()
        .find_map(|c| c.get(&code).map(|e| (c, e)))
}

/// Every row of the 部门 → 政府 economic mapping (40 rows, partial: 303 onward mostly missing), in
/// the order of the data file: 30 from the 2020 对照表, one from a 2024 payment voucher, and
/// nine (the 事业单位 rows) from a 2026 salary-quota page that its source describes as a
/// simulation — see [`mapping_sources`] and each row's [`Mapping::source`].
#[must_use]
pub fn mappings() -> &'static [Mapping] {
    MAPPINGS.1.as_slice()
}

/// The sources of the mapping rows.
#[must_use]
pub fn mapping_sources() -> &'static [Source] {
    MAPPINGS.0.as_slice()
}

/// The government 款 a departmental 款 maps to for a unit type, if a row of [`mappings`] gives it.
///
/// ```
/// use final_accounts::classification::{builtin, UnitType};
/// let basic_pay = "30101".parse()?;
/// assert_eq!(builtin::government_code(basic_pay, UnitType::Administrative).unwrap().to_string(), "50101");
/// assert_eq!(builtin::government_code(basic_pay, UnitType::PublicInstitution).unwrap().to_string(), "50501");
/// assert_eq!(builtin::government_code("30399".parse()?, UnitType::Administrative), None);
/// # Ok::<(), final_accounts::Error>(())
/// ```
#[must_use]
pub fn government_code(departmental: EconomicCode, unit_type: UnitType) -> Option<EconomicCode> {
    mappings()
        .iter()
        .find(|m| m.departmental == departmental && m.unit_type == unit_type)
        .map(Mapping::government)
}
