//! The mapping from 部门预算支出经济分类 to 政府预算支出经济分类, which depends on the unit type.

use super::{EconomicCode, Source};

/// The type of a budget unit, which decides how its departmental economic codes map to
/// government ones (机关 → 501 机关工资福利支出 …, 事业单位 → 505 …).
///
/// `FromStr` also accepts 机关, 机关（行政单位） and 机关(行政单位) for [`UnitType::Administrative`].
///
/// ```
/// use final_accounts::classification::UnitType;
/// assert_eq!(UnitType::Administrative.to_string(), "行政单位");
/// assert_eq!("机关".parse::<UnitType>()?, UnitType::Administrative);
/// assert_eq!("事业单位".parse::<UnitType>()?, UnitType::PublicInstitution);
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
pub enum UnitType {
    /// 行政单位 (机关): government organs.
    #[strum(serialize = "行政单位")]
    Administrative,
    /// 事业单位: public institutions.
    #[strum(serialize = "事业单位")]
    PublicInstitution,
}

crate::names::closed_set!(
    UnitType,
    "单位类型 (unit type)",
    [
        ("机关", UnitType::Administrative),
        ("机关（行政单位）", UnitType::Administrative),
        ("机关(行政单位)", UnitType::Administrative),
    ]
);

/// One row of the 部门 → 政府 economic mapping (两套支出经济分类科目对照), with the source that shows
/// it ([`Mapping::source`]).
///
/// ```
/// use final_accounts::classification::{builtin, UnitType};
/// let row = &builtin::mappings()[0];
/// assert_eq!(row.departmental().to_string(), "30101");
/// assert_eq!(row.government().to_string(), "50101");
/// assert_eq!(row.unit_type(), UnitType::Administrative);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mapping {
    pub(crate) departmental: EconomicCode,
    pub(crate) departmental_name: &'static str,
    pub(crate) government: EconomicCode,
    pub(crate) government_name: &'static str,
    pub(crate) unit_type: UnitType,
    pub(crate) year: u16,
    pub(crate) source: &'static str,
}

impl Mapping {
    /// The departmental (部门预算) 款.
    #[must_use]
    pub fn departmental(&self) -> EconomicCode {
        self.departmental
    }
    /// Its name as the source prints it.
    #[must_use]
    pub fn departmental_name(&self) -> &'static str {
        self.departmental_name
    }
    /// The government (政府预算) 款 it maps to.
    #[must_use]
    pub fn government(&self) -> EconomicCode {
        self.government
    }
    /// Its name as the source prints it.
    #[must_use]
    pub fn government_name(&self) -> &'static str {
        self.government_name
    }
    /// The unit type the row applies to.
    #[must_use]
    pub fn unit_type(&self) -> UnitType {
        self.unit_type
    }
    /// The year of the document the row was seen in.
    #[must_use]
    pub fn year(&self) -> u16 {
        self.year
    }
    /// The id of its source (see [`builtin::mapping_sources`](super::builtin::mapping_sources)).
    #[must_use]
    pub fn source(&self) -> &'static str {
        self.source
    }
}

/// Parses the mapping data file (already checked at compile time); sources and rows.
pub(crate) fn parse(text: &'static str) -> (Vec<Source>, Vec<Mapping>) {
    let mut sources = Vec::new();
    let mut rows = Vec::new();
    for line in text.lines() {
        if let Some(declaration) = line.strip_prefix("#@source ") {
            let (id, citation) = declaration.split_once(' ').unwrap_or((declaration, ""));
            sources.push(Source::new(id, citation));
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&'static str> = line.split('|').collect();
        if let [dept, dept_name, gov, gov_name, unit, year, source] = fields.as_slice() {
            let parsed = (
                EconomicCode::parse(dept),
                EconomicCode::parse(gov),
                unit.parse::<UnitType>(),
                year.parse::<u16>(),
            );
            if let (Ok(departmental), Ok(government), Ok(unit_type), Ok(year)) = parsed {
                rows.push(Mapping {
                    departmental,
                    departmental_name: dept_name,
                    government,
                    government_name: gov_name,
                    unit_type,
                    year,
                    source,
                });
            }
        }
    }
    (sources, rows)
}
