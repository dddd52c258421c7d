//! 公开10表 部门决算公开相关信息统计表: government procurement, 机关运行经费, vehicles and
//! equipment (a Shanxi addition to the central nine tables).

use super::check::{Checker, Placed, RowName};

/// The key of the one value column.
const VALUE: &str = "value";

/// 车辆数合计 is not the sum of the categories.
const VEHICLES_DO_NOT_ADD_UP: Template = Template {
    zh: "车辆数合计 = 各类车辆数之和不成立：应为{expected}辆，实为{actual}辆",
    en: "the vehicle total is not the sum of the categories: they add up to {expected}, printed {actual}",
};
use super::lines::{ItemKey, Line, key_of, lookup};
use super::{Cell, ColumnSpec, CountCell, Problem, ProblemKind, SOURCE, TableError, TableMeta};
use crate::finding::{Area, Figure, Place, TableKind, Template};
use crate::finding::{Finding, Rule, Severity};

/// The vehicle categories of 公开10表 (国有资产占用情况), in template order.
///
/// `Display` and serde write the official names; `FromStr` and serde also read half-width
/// brackets and the names other templates print (部级领导干部用车, 主要领导干部用车, 离退休干部用车).
///
/// ```
/// use final_accounts::tables::VehicleCategory;
/// assert_eq!(VehicleCategory::SeniorLeaders.to_string(), "副部（省）级及以上领导用车");
/// assert_eq!("副部(省)级及以上领导用车".parse::<VehicleCategory>()?, VehicleCategory::SeniorLeaders);
/// assert_eq!("离退休干部用车".parse::<VehicleCategory>()?, VehicleCategory::RetiredCadres);
/// # Ok::<(), final_accounts::UnknownName>(())
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
#[non_exhaustive]
pub enum VehicleCategory {
    /// 副部（省）级及以上领导用车.
    #[strum(serialize = "副部（省）级及以上领导用车")]
    SeniorLeaders,
    /// 主要负责人用车.
    #[strum(serialize = "主要负责人用车")]
    PrincipalOfficials,
    /// 机要通信用车.
    #[strum(serialize = "机要通信用车")]
    ConfidentialCommunication,
    /// 应急保障用车.
    #[strum(serialize = "应急保障用车")]
    Emergency,
    /// 执法执勤用车.
    #[strum(serialize = "执法执勤用车")]
    LawEnforcement,
    /// 特种专业技术用车.
    #[strum(serialize = "特种专业技术用车")]
    SpecialTechnical,
    /// 离退休干部服务用车.
    #[strum(serialize = "离退休干部服务用车")]
    RetiredCadres,
    /// 其他用车.
    #[strum(serialize = "其他用车")]
    Other,
}

crate::names::closed_set!(
    VehicleCategory,
    "车辆类别 (vehicle category of 公开10表)",
    [
        ("副部(省)级及以上领导用车", VehicleCategory::SeniorLeaders),
        ("部级领导干部用车", VehicleCategory::SeniorLeaders),
        ("主要领导干部用车", VehicleCategory::PrincipalOfficials),
        ("离退休干部用车", VehicleCategory::RetiredCadres),
    ]
);

/// An item of 公开10表.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InfoItem {
    /// 政府采购 合计.
    ProcurementTotal,
    /// 政府采购 货物.
    ProcurementGoods,
    /// 政府采购 工程.
    ProcurementWorks,
    /// 政府采购 服务.
    ProcurementServices,
    /// 机关运行经费 (一) 行政单位.
    RunningCostsAdministrative,
    /// 机关运行经费 (二) 参照公务员法管理事业单位.
    RunningCostsCivilService,
    /// (一) 车辆数合计 (a count).
    VehiclesTotal,
    /// Vehicles of one category (a count).
    Vehicles(VehicleCategory),
    /// (二) 单价100万元(含)以上设备(不含车辆) (a count of 台套).
    Equipment,
}

impl InfoItem {
    /// Whether the item is a count (vehicles, equipment) rather than an amount.
    #[must_use]
    pub fn is_count(self) -> bool {
        matches!(
            self,
            InfoItem::VehiclesTotal | InfoItem::Vehicles(_) | InfoItem::Equipment
        )
    }
}

const INFO_KEYS: &[(&str, InfoItem)] = &[
    ("procurement_total", InfoItem::ProcurementTotal),
    ("procurement_goods", InfoItem::ProcurementGoods),
    ("procurement_works", InfoItem::ProcurementWorks),
    ("procurement_services", InfoItem::ProcurementServices),
    (
        "running_costs_administrative",
        InfoItem::RunningCostsAdministrative,
    ),
    (
        "running_costs_civil_service",
        InfoItem::RunningCostsCivilService,
    ),
    ("vehicles_total", InfoItem::VehiclesTotal),
    (
        "vehicles_senior_leaders",
        InfoItem::Vehicles(VehicleCategory::SeniorLeaders),
    ),
    (
        "vehicles_principal_officials",
        InfoItem::Vehicles(VehicleCategory::PrincipalOfficials),
    ),
    (
        "vehicles_confidential",
        InfoItem::Vehicles(VehicleCategory::ConfidentialCommunication),
    ),
    (
        "vehicles_emergency",
        InfoItem::Vehicles(VehicleCategory::Emergency),
    ),
    (
        "vehicles_law_enforcement",
        InfoItem::Vehicles(VehicleCategory::LawEnforcement),
    ),
    (
        "vehicles_special_technical",
        InfoItem::Vehicles(VehicleCategory::SpecialTechnical),
    ),
    (
        "vehicles_retired_cadres",
        InfoItem::Vehicles(VehicleCategory::RetiredCadres),
    ),
    ("vehicles_other", InfoItem::Vehicles(VehicleCategory::Other)),
    ("equipment", InfoItem::Equipment),
];

impl super::columns::private::Sealed for InfoItem {}

impl ItemKey for InfoItem {
    fn key(&self) -> String {
        key_of(INFO_KEYS, self)
    }

    fn parse_key(key: &str) -> Result<Self, ProblemKind> {
        lookup(INFO_KEYS, key, "")
    }
}

/// The value of a 公开10表 line: an amount or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InfoValue {
    /// An amount (procurement, 机关运行经费).
    Amount(Cell),
    /// A count (vehicles, equipment).
    Count(CountCell),
}

impl Default for InfoValue {
    fn default() -> Self {
        InfoValue::Amount(Cell::Blank)
    }
}

impl InfoValue {
    fn printed(&self) -> Option<String> {
        match self {
            InfoValue::Amount(c) => c.has_amount().then(|| c.to_string()),
            InfoValue::Count(c) => c.count().map(|n| n.to_string()),
        }
    }

    /// The amount cell, if this is an amount.
    #[must_use]
    pub fn amount(&self) -> Option<&Cell> {
        match self {
            InfoValue::Amount(c) => Some(c),
            InfoValue::Count(_) => None,
        }
    }

    /// The count cell, if this is a count.
    #[must_use]
    pub fn count(&self) -> Option<&CountCell> {
        match self {
            InfoValue::Count(c) => Some(c),
            InfoValue::Amount(_) => None,
        }
    }
}

/// A section of 公开10表 ("一、政府采购情况") and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InfoSection {
    /// The printed section title.
    pub title: String,
    /// The lines in printed order.
    pub lines: Vec<Line<InfoItem, InfoValue>>,
}

/// The one column of 公开10表: 统计数.
pub const COLUMNS: &[ColumnSpec] = &[ColumnSpec {
    key: "value",
    name: "统计数",
}];

/// 公开10表 部门决算公开相关信息统计表.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedInfoTable {
    meta: TableMeta,
    sections: Vec<InfoSection>,
}

impl RelatedInfoTable {
    /// Builds the table from its header and its sections.
    ///
    /// # Errors
    ///
    /// [`TableError::Invalid`] listing every structural problem: an item printed twice, an
    /// amount where a count belongs or the reverse, a value on a line without an item, an
    /// amount in another unit or with more decimals than the table prints, a bad header.
    /// (A negative count cannot be a [`CountCell`]; in JSON it is rejected as
    /// [`ProblemKind::NegativeCount`].)
    pub fn new(
        meta: TableMeta,
        sections: Vec<InfoSection>,
    ) -> Result<RelatedInfoTable, TableError> {
        Self::build(meta, sections, Vec::new())
    }

    fn build(
        mut meta: TableMeta,
        mut sections: Vec<InfoSection>,
        mut problems: Vec<Problem>,
    ) -> Result<RelatedInfoTable, TableError> {
        meta.check(COLUMNS, &mut problems);
        let place = meta.location();
        let column = meta.column_name("value").unwrap_or("统计数").to_owned();
        let mut seen: Vec<InfoItem> = Vec::new();
        for line in sections.iter_mut().flat_map(|s| s.lines.iter_mut()) {
            let at = place.clone().row(line.label()).column(column.clone());
            if let InfoValue::Amount(cell) = line.value_mut() {
                match cell.normalize(meta.unit(), meta.decimals()) {
                    Ok(c) => *cell = c,
                    Err(kind) => problems.push(Problem::new(at.clone(), kind)),
                }
            }
            if !meta.prints("value")
                && let Some(value) = line.value().printed()
            {
                problems.push(Problem::new(
                    at.clone(),
                    ProblemKind::ValueInUnprintedColumn { value },
                ));
            }
            match line.item() {
                None => {
                    if let Some(value) = line.value().printed() {
                        problems.push(Problem::new(at, ProblemKind::ValueInFillerLine { value }));
                    }
                }
                Some(item) => {
                    if seen.contains(&item) {
                        problems.push(Problem::new(at.clone(), ProblemKind::DuplicateRow));
                    }
                    seen.push(item);
                    match (item.is_count(), line.value()) {
                        (true, InfoValue::Amount(c)) if !c.is_blank() => {
                            problems.push(Problem::new(
                                at,
                                ProblemKind::WrongCellKind {
                                    expected: "a count",
                                    found: c.to_string(),
                                },
                            ));
                        }
                        (false, InfoValue::Count(c)) if *c != CountCell::Blank => {
                            problems.push(Problem::new(
                                at,
                                ProblemKind::WrongCellKind {
                                    expected: "an amount",
                                    found: c.to_string(),
                                },
                            ));
                        }
                        _ => {}
                    }
                }
            }
        }
        if !problems.is_empty() {
            return Err(TableError::Invalid {
                table: meta.place().to_owned(),
                problems,
            });
        }
        Ok(RelatedInfoTable { meta, sections })
    }

    /// The findings of the table's own arithmetic (`t10.*`): rounding tails as info, breaks
    /// as errors, counts exactly. Computed on each call; building the table checks structure
    /// only.
    #[must_use]
    pub fn check(&self) -> Vec<Finding> {
        self.checked_with(false).0
    }

    /// The findings of the table's arithmetic; with `record`, every relation it checks as an
    /// edit too (`Table::checked` calls it so).
    pub(super) fn checked_with(&self, record: bool) -> (Vec<Finding>, Vec<crate::finding::Edit>) {
        let mut checker = Checker::new(TableKind::RelatedInfo, &self.meta).recording(record);
        let amount = |item: InfoItem| -> Option<Placed<'_>> {
            let line = self.line(item)?;
            line.value()
                .amount()
                .map(|c| (c, Some(line as &dyn RowName), Some(VALUE)))
        };
        for line in self.lines() {
            if let Some(cell) = line.value().amount() {
                checker.non_negative(&NEGATIVE, (cell, Some(line as &dyn RowName), Some(VALUE)));
            }
        }
        if let Some(total) = amount(InfoItem::ProcurementTotal) {
            let parts: Vec<Placed<'_>> = [
                InfoItem::ProcurementGoods,
                InfoItem::ProcurementWorks,
                InfoItem::ProcurementServices,
            ]
            .into_iter()
            .filter_map(amount)
            .collect();
            checker.sum(
                &PROCUREMENT_TOTAL,
                total,
                &parts,
                &[],
                &Template {
                    zh: "政府采购合计 = 货物 + 工程 + 服务",
                    en: "政府采购 合计 equals 货物 plus 工程 plus 服务",
                },
            );
        }
        if let Some(total) = self.line(InfoItem::VehiclesTotal) {
            let categories: Vec<&Line<InfoItem, InfoValue>> = self
                .lines()
                .filter(|l| matches!(l.item(), Some(InfoItem::Vehicles(_))))
                .collect();
            let count = |l: &Line<InfoItem, InfoValue>| l.value().count().copied();
            let printed = count(total);
            let any = printed.is_some_and(|c| c.count().is_some())
                || categories
                    .iter()
                    .any(|l| count(l).is_some_and(|c| c.count().is_some()));
            let expected = categories.iter().try_fold(0_u32, |acc, l| {
                acc.checked_add(count(l).map_or(0, |c| c.count_or_zero()))
            });
            let actual = printed.map_or(0, |c| c.count_or_zero());
            if any && expected != Some(actual) {
                let places: Vec<Place> = core::iter::once(total)
                    .chain(categories.iter().copied())
                    .map(|l| checker.place(Some(l), Some(VALUE)))
                    .collect();
                let expected = expected.map_or(Figure::Static("more than 4294967295"), |e| {
                    Figure::Count(i64::from(e))
                });
                checker.push(
                    Finding::new(&VEHICLE_TOTAL, &VEHICLES_DO_NOT_ADD_UP)
                        .at_all(places)
                        .expected(expected)
                        .actual(Figure::Count(i64::from(actual))),
                );
            }
        }
        checker.finish()
    }

    /// The header.
    #[must_use]
    pub fn meta(&self) -> &TableMeta {
        &self.meta
    }

    /// The sections in printed order.
    #[must_use]
    pub fn sections(&self) -> &[InfoSection] {
        &self.sections
    }

    /// Every line in printed order.
    pub fn lines(&self) -> impl Iterator<Item = &Line<InfoItem, InfoValue>> {
        self.sections.iter().flat_map(|s| s.lines.iter())
    }

    /// The line of `item`, if printed.
    #[must_use]
    pub fn line(&self, item: InfoItem) -> Option<&Line<InfoItem, InfoValue>> {
        self.lines().find(|l| l.item() == Some(item))
    }

    /// The amount of an amount item, if printed.
    #[must_use]
    pub fn amount(&self, item: InfoItem) -> Option<&Cell> {
        self.line(item).and_then(|l| l.value().amount())
    }

    /// The count of a count item, if printed.
    #[must_use]
    pub fn count(&self, item: InfoItem) -> Option<&CountCell> {
        self.line(item).and_then(|l| l.value().count())
    }
}

/// The rules of 公开10表.
/// `t10.procurement-total`: see [`RULES`].
pub const PROCUREMENT_TOTAL: Rule = Rule::new(
    "t10.procurement-total",
    Area::Table(TableKind::RelatedInfo),
    Severity::Error,
)
.titled("procurement total", "政府采购合计")
.described("政府采购 合计 equals 货物 + 工程 + 服务.")
.sourced(SOURCE);

/// `t10.vehicle-total`: see [`RULES`].
pub const VEHICLE_TOTAL: Rule = Rule::new(
    "t10.vehicle-total",
    Area::Table(TableKind::RelatedInfo),
    Severity::Error,
)
.titled("vehicle count total", "车辆数合计")
.described("车辆数合计 equals the sum of the vehicle categories (exact: counts are whole numbers).")
.sourced(SOURCE);

/// `t10.negative`: see [`RULES`].
pub const NEGATIVE: Rule = Rule::new("t10.negative", Area::Table(TableKind::RelatedInfo), Severity::Error)
    .titled("negative amount", "金额为负数")
    .described("No amount of the table (政府采购 合计, 货物, 工程, 服务; 机关运行经费) is below zero: money spent cannot be. The cell is kept as printed.")
    .sourced(SOURCE);

pub(crate) const RULES: &[&Rule] = &[&PROCUREMENT_TOTAL, &VEHICLE_TOTAL, &NEGATIVE];

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{InfoItem, InfoSection, InfoValue, RelatedInfoTable};
    use crate::tables::lines::Line;
    use crate::tables::lines::raw_lines::{read_item, write_line};
    use crate::tables::meta::RawMeta;
    use crate::tables::raw::{RawCell, RawRow};
    use crate::tables::{Cell, CountCell, Problem, TableMeta};

    use super::VALUE;

    #[derive(Serialize, Deserialize)]
    #[serde(
        deny_unknown_fields,
        expecting = "a section of 公开10表: an object {\"title\", \"lines\"}"
    )]
    struct RawSection {
        title: String,
        lines: Vec<RawRow>,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(deserialize_with = "crate::serde_util::table_meta")]
        meta: RawMeta,
        #[serde(deserialize_with = "crate::serde_util::objects")]
        sections: Vec<RawSection>,
    }

    impl Serialize for RelatedInfoTable {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let sections = self
                .sections
                .iter()
                .map(|s| RawSection {
                    title: s.title.clone(),
                    lines: s
                        .lines
                        .iter()
                        .map(|line| {
                            let raw: Option<RawCell> = match line.value() {
                                InfoValue::Amount(c) => Option::from(*c),
                                InfoValue::Count(c) => Option::from(*c),
                            };
                            let cells =
                                raw.map(|r| vec![(VALUE.to_owned(), r)]).unwrap_or_default();
                            write_line(line, cells)
                        })
                        .collect(),
                })
                .collect();
            Raw {
                meta: self.meta.clone().into(),
                sections,
            }
            .serialize(serializer)
        }
    }

    impl<'de> Deserialize<'de> for RelatedInfoTable {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let raw: Raw =
                crate::serde_util::object(deserializer, "table 公开10表 (related_info)")?;
            let meta = TableMeta::from(raw.meta);
            let place = meta.location();
            let mut problems = Vec::new();
            let mut sections = Vec::with_capacity(raw.sections.len());
            for raw_section in raw.sections {
                let mut lines = Vec::with_capacity(raw_section.lines.len());
                for row in &raw_section.lines {
                    let Ok(item) = read_item::<InfoItem>(&place, row, &mut problems) else {
                        continue;
                    };
                    let is_count = item.is_some_and(InfoItem::is_count);
                    let cells = row.take_cells(&place, &[VALUE], &mut problems);
                    let at = || place.clone().row(row.label()).column(VALUE);
                    let value = match cells.first() {
                        None if is_count => InfoValue::Count(CountCell::Blank),
                        None => InfoValue::Amount(Cell::Blank),
                        Some((_, cell)) if is_count => match cell.to_count() {
                            Ok(c) => InfoValue::Count(c),
                            Err(kind) => {
                                problems.push(Problem::new(at(), kind));
                                InfoValue::Count(CountCell::Blank)
                            }
                        },
                        Some((_, cell)) => match cell.to_cell(meta.unit()) {
                            Ok(c) => InfoValue::Amount(c),
                            Err(kind) => {
                                problems.push(Problem::new(at(), kind));
                                InfoValue::Amount(Cell::Blank)
                            }
                        },
                    };
                    lines.push(Line::from_parts(
                        row.line,
                        item,
                        row.name.clone().unwrap_or_default(),
                        value,
                    ));
                }
                sections.push(InfoSection {
                    title: raw_section.title,
                    lines,
                });
            }
            RelatedInfoTable::build(meta, sections, problems).map_err(serde::de::Error::custom)
        }
    }
}
